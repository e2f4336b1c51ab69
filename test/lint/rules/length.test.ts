import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf } from '../../helpers.js';

const RULE = 'length';
const words = (n: number): string => Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'done.' : i % 12 === 0 ? 'Word' : 'word')).join(' ') + '\n';

describe(RULE, () => {
  it('passes an answer inside the target', () => {
    expectClean(RULE, answer());
  });

  it('warns between the hard and soft limits and says the speaking time', () => {
    const findings = findingsOf(RULE, words(120));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe('Too short: 120 words, about 48s spoken; aim for 180–320 words.');
  });

  it('is an error under hardMin and over hardMax', () => {
    expect(findingsOf(RULE, words(60))[0]!.severity).toBe('error');
    const long = findingsOf(RULE, words(500));
    expect(long[0]!.severity).toBe('error');
    expect(long[0]!.message).toContain('500 words, about 3m 20s spoken');
  });

  it('points a long answer at the sentence where it passes the limit', () => {
    const text = words(400);
    const finding = findingsOf(RULE, text)[0]!;
    expect(finding.severity).toBe('warning');
    const before = text.slice(0, finding.start).split(/\s+/).filter(Boolean).length;
    expect(before).toBeLessThanOrEqual(320);
    expect(before).toBeGreaterThan(300);
  });

  it('honours its options', () => {
    expectClean(RULE, words(120), { min: 100 });
    expect(findingsOf(RULE, words(120), { wordsPerMinute: 120 })[0]!.message).toContain('about 1m 00s spoken');
  });
});
