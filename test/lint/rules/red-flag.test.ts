import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'red-flag';

describe(RULE, () => {
  it('flags misconduct by the speaker', () => {
    for (const [sentence, phrase] of [
      ['I lied to my manager about the test results.', 'I lied'],
      ['To hit the date I bypassed the security review.', 'I bypassed the security review'],
      ['I filled in the missing test results from the last release.', 'I filled in the missing test results'],
    ] as const) {
      const text = answer({ failure: `${sentence} The update crashed for roughly 6,000 customers on Android 11.` });
      expect(flaggedText(text, findingsOf(RULE, text)), sentence).toEqual([phrase]);
    }
  });

  it('does not flag misconduct the speaker reported in someone else, or denied', () => {
    expectClean(RULE, answer({ result: 'A contractor had falsified his test log, which I reported the same day. I never hid the crash from anyone, and the fix reached everyone within 36 hours.' }));
  });
});
