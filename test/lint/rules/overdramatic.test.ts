import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'overdramatic';

describe(RULE, () => {
  it('notes catastrophising as info', () => {
    const text = answer({ result: 'It was an absolute catastrophe, the worst day of my career. The fix reached everyone within 36 hours.' });
    const findings = findingsOf(RULE, text);
    expect(flaggedText(text, findings)).toEqual(['absolute catastrophe', 'the worst day of my career']);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
  });

  it('accepts plain, factual weight', () => {
    expectClean(RULE, answer());
  });
});
