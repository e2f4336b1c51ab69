/**
 * blame-shifting and the learned judgement: disowning in so many words ("not my fault", "that's on
 * the agency, not me") is marked `certain` and reported whatever the answer score. The policy here
 * is set so that the judgement alone never speaks, which isolates the mark.
 */
import { describe, expect, it } from 'vitest';
import { reportedSilenced } from './silenced.js';
import { answer } from '../base-answer.js';

const blames = (text: string): string[] => reportedSilenced('blame-shifting', text);
const failure = 'I pushed the update without the older-device run, and it crashed for about 6,000 customers.';

describe('blame-shifting and the learned judgement', () => {
  it('reports the failure put on another party against the speaker, whatever the score', () => {
    expect(blames(answer({ failure: `${failure} With three releases that month, that's on the agency, not me.` }))).toEqual(['disowning']);
  });

  it('leaves to the score a party named without the speaker set against it', () => {
    expect(blames(answer({ failure: `${failure} The agency had changed the build script that week.` }))).toEqual([]);
  });

  it('reports nothing in an answer that owns its failure', () => {
    expect(blames(answer())).toEqual([]);
  });
});
