import { describe, expect, it } from 'vitest';
import { expectClean, findingsOf } from '../../helpers.js';
import { answer } from '../../base-answer.js';

const RULE = 'vague';

describe(RULE, () => {
  it('flags an answer with no specifics at all', () => {
    const text = 'I was working on something important and I made a mistake that caused problems. I fixed it as well as I could and told the people involved. I learned to be more careful, and since then I check things more.\n';
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('none');
  });

  it('accepts an answer with numbers, dates and names', () => {
    expectClean(RULE, answer());
  });

  it('counts roles at half weight: a manager and a client alone are thin', () => {
    const text = 'I was working on a project for a client and I made a mistake that caused problems for my manager. I fixed it as well as I could and told the people involved. I learned to be careful, and since then I check things more.\n';
    expect(findingsOf(RULE, text)).toHaveLength(1);
    expectClean(RULE, text, { minSpecifics: 1 });
  });
});
