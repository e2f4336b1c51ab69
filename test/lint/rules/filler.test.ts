import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'filler';

describe(RULE, () => {
  it('reports fillers once they are dense', () => {
    const text = answer({ failure: 'So, um, I basically approved the release, you know, without the older-phone suite, and it, like, crashed for 6,000 customers.' });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['um', 'basically', 'you know', 'like']);
  });

  it('lets one filler pass in a full answer', () => {
    expectClean(RULE, answer({ result: 'The fixed version, um, reached everyone within 36 hours.' }));
  });

  it('does not count "like" the verb or the preposition, or "you know how"', () => {
    expectClean(RULE, answer({
      result: 'Customers like the new statements, and it looked like a normal release week. You know how quiet support gets in June; the fix reached everyone within 36 hours.',
    }));
  });

  it('honours minCount', () => {
    const text = answer({ result: 'The fixed version, um, reached everyone within 36 hours.' });
    expect(findingsOf(RULE, text, { minCount: 1, maxPer100Words: 0 }).length).toBe(1);
  });
});
