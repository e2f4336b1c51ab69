import { expect } from 'vitest';
import type { Finding } from '../src/lint/engine.js';
import { findingsOf } from './rule-tester.js';

export { findingsOf };
export { BASE, answer } from './base-answer.js';

/** The text each finding points at. */
export function flaggedText(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}

export function expectClean(ruleId: string, text: string, options: Record<string, number> = {}): void {
  const findings = findingsOf(ruleId, text, options);
  expect(findings.map((f) => `${f.ruleId}: ${f.message} [${text.slice(f.start, f.end)}]`)).toEqual([]);
}
