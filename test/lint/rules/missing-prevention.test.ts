import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf } from '../../helpers.js';

const RULE = 'missing-prevention';

describe(RULE, () => {
  it('flags a lesson with no change in behaviour and no proof it stuck', () => {
    const findings = findingsOf(RULE, answer({ lesson: 'What I learned is that a deadline is never a reason to shrink the test plan.' }));
    expect(findings).toHaveLength(1);
  });

  it('accepts a change told as a habit with a routine in it', () => {
    expectClean(RULE, answer({ lesson: 'What I learned is that deadlines do not shrink test plans. I book the device lab before every release candidate is cut.' }));
  });

  it('accepts a change of practice made after the lesson', () => {
    expectClean(RULE, answer({ lesson: 'What I learned is that deadlines do not shrink test plans. I wrote a release checklist that puts the older-device run first.' }));
  });

  it('does not take "later than I should have" or "I have always been" for a change', () => {
    const text = answer({ lesson: 'I learned that I started the tests two days later than I should have. I have always been careful, though.' });
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });
});
