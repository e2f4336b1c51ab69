/**
 * A measure told moving to a figure: the stakes in the story's own units ("her sats dropped to
 * 86"), read from the clause, not from any story's words. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { measureMoved } from '../../src/judge/omission-readings.js';
import { analyse } from '../../src/nlp/analyse.js';
import { clauseEvents } from '../../src/nlp/clauses.js';

const moved = (text: string): boolean => {
  const tokens = analyse(text);
  return measureMoved(tokens, clauseEvents(tokens));
};

describe('a measure moved to a figure', () => {
  it.each([
    ['her oxygen sats dropped to 86 within ten minutes'],
    ['his pressure went from the 70s to the 130s'],
    ['the heart rate went up to 140'],
    ['the backlog climbed past 400 by Friday'],
    ['sales fell by 12 percent that quarter'],
    ['the queue rose to about forty people'],
  ])('reads "%s"', (text) => {
    expect(moved(text)).toBe(true);
  });

  it.each([
    ['I dropped to three days a week'],
    ['we went to 3 meetings that week'],
    ['the guests went up to the 4th floor'],
    ['the lorry went under the 12 foot bridge'],
    ['prices rose over the summer'],
    ['he went from the ward to theatre'],
  ])('leaves "%s": no measure moved, or the speaker\'s own step', (text) => {
    expect(moved(text)).toBe(false);
  });
});
