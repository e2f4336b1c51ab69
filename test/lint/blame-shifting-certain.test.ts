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

  it("reports another party's act the speaker says would have averted the failure, whatever the score", () => {
    const cause = 'The outage began when the hosting firm renewed the certificate late.';
    const averted = 'If the hosting firm had renewed the certificate on time, none of this would have happened.';
    expect(blames(answer({ failure: `${cause} ${averted}` }))).toEqual(['otherParty']);
    // Answered in the same breath by the speaker's own part, it is context.
    const owned =
      'If the hosting firm had renewed the certificate on time, none of this would have happened, but tracking the renewal date was my job and I had not put it in any calendar.';
    expect(blames(answer({ failure: `${cause} ${owned}` }))).toEqual([]);
  });

  it('leaves to the score a party named without the speaker set against it', () => {
    expect(blames(answer({ failure: `${failure} The agency had changed the build script that week.` }))).toEqual([]);
  });

  it('reports nothing in an answer that owns its failure', () => {
    expect(blames(answer())).toEqual([]);
  });
});
