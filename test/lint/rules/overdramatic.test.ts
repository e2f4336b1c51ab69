import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'overdramatic';

describe(RULE, () => {
  it('warns when drama is the tone of the answer', () => {
    const text = answer({ result: 'It was an absolute catastrophe, the worst day of my career. The fix reached everyone within 36 hours.' });
    const findings = findingsOf(RULE, text);
    expect(flaggedText(text, findings)).toEqual(['absolute catastrophe', 'the worst day of my career']);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('notes a single dramatic phrase as info', () => {
    const text = answer({ result: 'It felt like a nightmare at the time. The fix reached everyone within 36 hours.' });
    const findings = findingsOf(RULE, text);
    expect(flaggedText(text, findings)).toEqual(['nightmare']);
    expect(findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('accepts plain, factual weight', () => {
    expectClean(RULE, answer());
  });
});
