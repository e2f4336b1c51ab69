/**
 * A lesson told inside the change it led to: an insight with nothing of the speaker's in it, then
 * "so" or a colon, then the speaker's practice held now. The lesson classifier reads such a
 * sentence as the change alone, so decide.ts and missing-lesson read it here. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';
import { clauseEvents } from '../../src/nlp/clauses.js';
import { insightWithPractice } from '../../src/judge/story-features.js';

const reads = (text: string): boolean => {
  const tokens = analyse(text, 0);
  return insightWithPractice(tokens, clauseEvents(tokens));
};

describe('a lesson told inside the change', () => {
  it.each([
    'Stock accuracy depends on who counted last, so I now recount every bay I did not count myself.',
    'Patience is the whole job with a new boiler: I now run the pressure test for a full twenty minutes before I sign off.',
    'honesty about lead times matters at the quote, not at delivery, so i now check the calendar with ops before every quote',
    'Teamwork means one thing for me now: at every handover I read out who needs two people to move.',
  ])('reads "%s"', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    // The speaker's own act before the turn: a story, not an insight.
    'I skipped the recount, so now I recount every bay myself.',
    // A narrative "so", with no practice held now after it.
    'The sky looked clear, so I let the pour go ahead without checking the forecast.',
    // A party of people acting: the controller caught it, which is no insight.
    'The controller caught it during review, so now I check every rate twice.',
    // A practice owed, not held: "should" is no change made.
    'Timing is everything with orders: we should always order early.',
  ])('leaves "%s" alone', (text) => {
    expect(reads(text)).toBe(false);
  });
});
