import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'ownership';

describe(RULE, () => {
  it('flags a failure told only as "we"', () => {
    const text = answer({
      failure: 'We approved the release without running the older-device suite, and we missed the crash on Android 11. It hit roughly 6,000 customers.',
      action: 'We paused the rollout within an hour and fixed it overnight.',
    });
    const findings = findingsOf(RULE, text);
    expect(findings.length).toBeGreaterThan(0);
    expect(flaggedText(text, findings)[0]).toBe('We');
  });

  it('accepts "we" for the team once the speaker owns their part', () => {
    expectClean(RULE, answer({ failure: 'We shipped on time, but I had skipped the older-device suite to get there. The update crashed for roughly 6,000 customers on Android 11.' }));
  });

  it('accepts "we" in the context and in the new habits after the lesson', () => {
    expectClean(RULE, answer({ lesson: 'I learned that a deadline is no reason to test less. Since then we run the full device suite on every release candidate, and we have not shipped a crash since.' }));
  });

  it('reads "I built it without checking" as the speaker owning the failure', () => {
    expectClean(RULE, answer({
      failure: 'I built the release without checking older phones, and we shipped a crash to roughly 6,000 customers on Android 11.',
      action: 'I paused the rollout within an hour and wrote to every affected customer that evening.',
    }));
  });
});
