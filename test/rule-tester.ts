/**
 * Rule tests as tables, in the way ESLint's RuleTester is used: for each rule, answers it must
 * leave clean (`valid`) and answers it must flag (`invalid`), each invalid case listing every
 * finding it expects with its message id and its exact place. A rule's table lives in
 * test/lint/rules/<rule-id>.cases.ts; test/lint/rule-tables.test.ts proves every rule has one.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../src/answer/parse.js';
import { lintAnswer, type Finding } from '../src/lint/engine.js';
import type { ActiveSeverity } from '../src/lint/rule.js';
import { findRule } from '../src/lint/rules/index.js';

export interface ValidCase {
  /** What the case shows, as a test name. */
  name: string;
  text: string;
  options?: Record<string, number>;
}

export interface ExpectedFinding {
  messageId: string;
  /** Where, as "line:column-endLine:endColumn" (1-based, end exclusive, as in the JSON report). */
  at: string;
  /** The words the finding points at, as written. */
  text?: string;
  severity?: ActiveSeverity;
  /** The whole message, or a pattern it must match. */
  message?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface RuleCases {
  ruleId: string;
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export function defineCases(ruleId: string, cases: Omit<RuleCases, 'ruleId'>): RuleCases {
  return { ruleId, ...cases };
}

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

/** A finding's place in the form the tables write it. */
function placeOf(f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  return `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
}

/** What a table compares: only the fields the expectation names. */
function comparable(text: string, actual: Finding, expected: ExpectedFinding): Record<string, unknown> {
  return {
    messageId: actual.messageId,
    at: placeOf(actual),
    ...(expected.text !== undefined ? { text: text.slice(actual.start, actual.end) } : {}),
    ...(expected.severity !== undefined ? { severity: actual.severity } : {}),
    ...(expected.message !== undefined ? { message: actual.message } : {}),
  };
}

function expectation(expected: ExpectedFinding): Record<string, unknown> {
  const { message, ...rest } = expected;
  return message === undefined ? rest : { ...rest, message: typeof message === 'string' ? message : expect.stringMatching(message) };
}

/** Registers the table's cases as tests. */
export function testRule(cases: RuleCases): void {
  describe(cases.ruleId, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = findingsOf(cases.ruleId, c.text, c.options);
        expect(findings.map((f) => `${f.messageId} ${placeOf(f)} [${c.text.slice(f.start, f.end)}]`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = findingsOf(cases.ruleId, c.text, c.options);
        expect(findings.map((f, i) => comparable(c.text, f, c.findings[i] ?? { messageId: '', at: '' }))).toEqual(
          c.findings.map(expectation),
        );
        for (const f of findings) {
          expect(f.message, 'a message with an unfilled placeholder').not.toMatch(/\{\{/);
          for (const s of f.suggestions ?? []) expect(s, 'a suggestion with an unfilled placeholder').not.toMatch(/\{\{/);
        }
      });
    }
  });
}
