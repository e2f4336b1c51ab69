/**
 * How red-flag meets the learned layer: an act the conduct model reads without ambiguity is marked
 * `certain` and reported whatever the answer score; a looser reading is left to the judgement. The
 * policy here is set so that the judgement alone never speaks, which isolates the `certain` mark.
 */
import { describe, expect, it } from 'vitest';
import { reportedSilenced } from './silenced.js';
import { answer } from '../base-answer.js';

const story = (sentence: string): string =>
  answer({ failure: `${sentence} The update crashed for roughly 6,000 customers on Android 11.` });

const redFlags = (text: string): string[] => reportedSilenced('red-flag', text);

describe('red-flag and the learned judgement', () => {
  it('reports an unambiguous act even where the judgement would stay silent', () => {
    expect(redFlags(story('I backdated the consent forms by a week.'))).toEqual(['falseRecord']);
    expect(redFlags(story('we skipped the lockout on the conveyor to get the line running again.'))).toEqual(['bypass']);
    expect(redFlags(story('I knew it was against policy, but I shared the draft with the supplier anyway.'))).toEqual(['knowingBreach']);
    // A record of events the sentence says never happened, and a bill for work the speaker says they did not do.
    expect(redFlags(story('I entered three site visits in the log that never happened.'))).toEqual(['falseRecord']);
    expect(redFlags(story('i billed the client for two callouts i never did'))).toEqual(['falseRecord']);
  });

  it('leaves a looser reading to the judgement', () => {
    expect(redFlags(story('I let my manager think the migration was finished.'))).toEqual([]);
    // Logging what did not happen can be honest ("the checks I hadn't done", for the next shift): not certain.
    expect(redFlags(story("I logged the checks I hadn't done in the handover so the next shift would do them."))).toEqual([]);
  });

  it('says nothing on a strong answer', () => {
    expect(redFlags(answer())).toEqual([]);
  });
});
