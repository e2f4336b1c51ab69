import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf } from '../../helpers.js';

const RULE = 'negative-ending';

describe(RULE, () => {
  it('flags an answer that closes on the loss', () => {
    const text = answer({ lesson: 'We lost two enterprise customers over it, and the damage to our reputation was terrible and painful.' });
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toMatch(/^We lost two enterprise customers/);
  });

  it('flags lingering regret even after a lesson', () => {
    const text = answer({ lesson: 'I learned to protect the test plan. I still regret how many customers I let down that week.' });
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it('accepts an ending on the lesson, even when it names the failure', () => {
    expectClean(RULE, answer());
    expectClean(RULE, answer({ lesson: 'What I learned is that a missed test is a failure waiting to happen. Since then I have not shipped a release without the full suite, and none has crashed.' }));
  });

  it('reads "we have not had a failed release since" as a turn, not a loss', () => {
    expectClean(RULE, answer({ lesson: 'I learned to start testing earlier. We have not had a failed release since.' }));
  });
});
