import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'repeated-failure';

describe(RULE, () => {
  it('flags the same failure coming back after the lesson', () => {
    const text = answer({ lesson: `${answer().split('\n\n')[4]!.trim()} Even so, the next quarter I made the same mistake again under a new deadline.` });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['I made the same mistake again']);
  });

  it('accepts "it never happened again"', () => {
    expectClean(RULE, answer({ lesson: 'I learned to protect the test plan. Since then I run the full suite three days out, and it has never happened again.' }));
  });
});
