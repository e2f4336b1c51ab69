import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf } from '../../helpers.js';

const RULE = 'missing-corrective-action';

describe(RULE, () => {
  it('flags a failure followed straight by the lesson', () => {
    const findings = findingsOf(RULE, answer({ action: '', result: '' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
  });

  it('accepts a response in words outside any verb list: the speaker acting after the failure', () => {
    expectClean(RULE, answer({ action: 'That evening I borrowed four older phones from the support team and sat with two developers until we had a build that opened on all of them.' }));
  });

  it('does not count what others did as the speaker\'s response', () => {
    const findings = findingsOf(RULE, answer({ action: 'The support team rolled the update back the next morning and the developers fixed it within a day.' }));
    expect(findings).toHaveLength(1);
  });

  it('counts a fix told with "we" (the ownership rule judges the pronoun)', () => {
    expectClean(RULE, answer({ action: 'We rolled the update back within an hour and shipped a fix the next day.' }));
  });
});
