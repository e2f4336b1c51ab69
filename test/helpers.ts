import { expect } from 'vitest';
import { parseAnswer } from '../src/answer/parse.js';
import { lintAnswer, type Finding } from '../src/lint/engine.js';
import { findRule } from '../src/lint/rules/index.js';

/**
 * Findings of one rule's own check on a text, with its default severity and options unless given.
 * The learned judgement is left out here (it is tested on the labelled corpus and in
 * test/judge): a rule test proves what the check itself finds.
 */
export function findingsOf(ruleId: string, text: string, options: Record<string, number> = {}): Finding[] {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return lintAnswer(parseAnswer(text), { rules: { [ruleId]: { options } } }, [rule], { model: null });
}

/** The text each finding points at. */
export function flaggedText(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}

export { BASE, answer } from './base-answer.js';

export function expectClean(ruleId: string, text: string, options: Record<string, number> = {}): void {
  const findings = findingsOf(ruleId, text, options);
  expect(findings.map((f) => `${f.ruleId}: ${f.message} [${text.slice(f.start, f.end)}]`)).toEqual([]);
}
