/**
 * A lesson told inside the change it led to: an insight with nothing of the speaker's in it, then
 * "so" or a colon, then the speaker's practice held now. The lesson classifier reads such a
 * sentence as the change alone, so decide.ts and missing-lesson read it here. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';
import { clauseEvents } from '../../src/nlp/clauses.js';
import { insightBeforePractice, insightWithPractice } from '../../src/judge/story-features.js';

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

const clauses = (text: string) => {
  const tokens = analyse(text, 0);
  return { tokens, events: clauseEvents(tokens) };
};
const pair = (insight: string, practice: string): boolean => insightBeforePractice(clauses(insight), clauses(practice));

describe('a lesson told as a distinction, just before its practice', () => {
  it.each([
    [
      'Care in our send tool turned out to mean checking the recipient count, not the subject line.',
      'Before any send I now compare the count with the brief.',
    ],
    ['The check has to start from the chart, not from a label printed after it.', 'I now check every tray against the chart itself.'],
    [
      'a deadline belongs in a calendar the whole team sees rather than in my head',
      'now i put every filing date in the shared calendar the day it is set',
    ],
  ])('reads "%s" then "%s"', (insight, practice) => {
    expect(pair(insight, practice)).toBe(true);
  });

  it.each([
    // No distinction drawn: a fact of the story before the change.
    ['The new form has ten fields.', 'I now check every field before I file it.'],
    // The speaker in the insight: a story told, not an insight.
    ['I trusted the label, not the chart.', 'I now check every tray against the chart.'],
    // No practice held now after it: the next sentence tells the story on.
    ['The check has to start from the chart, not from a label.', 'I went back to the ward and apologised.'],
    // A practice owed, not held.
    ['The check has to start from the chart, not from a label.', 'We should always check the chart first.'],
  ])('leaves "%s" then "%s" alone', (insight, practice) => {
    expect(pair(insight, practice)).toBe(false);
  });
});
