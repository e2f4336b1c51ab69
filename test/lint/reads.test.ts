/**
 * A rule that reads another rule's check (RuleMeta.reads): the engine runs that check once per
 * answer, hands its findings over whatever the user set that rule to, and refuses a read the rule
 * never declared.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { defineRule, type Rule } from '../../src/lint/rule.js';
import { findRule } from '../../src/lint/rules/index.js';

// A virtue offered as the flaw, and the only cost told is a day's delay the speaker shrugs off.
const OFFERED = [
  'My weakness is that I work too hard on the details of every plan.',
  'Last year I rewrote the spring timetable four times and sent it to the other teachers two days late.',
  'A few of them had to move their first lessons around.',
  'I learned to send a draft early and polish it after.',
  'Now I share the first version of every plan within a day.',
].join(' ');

function probe(reads: readonly string[], asks: string): Rule {
  return defineRule({
    id: 'probe',
    severity: 'warning',
    scope: 'answer',
    summary: 'test probe',
    rationale: 'test probe',
    sources: [],
    options: {},
    reads,
    messages: { seen: { message: 'seen {{n}}', suggestion: 'none' }, judged: { message: 'judged', suggestion: 'none' } },
    example: { flagged: 'x', fixed: 'y' },
    check(_answer, _options, emit, _find, checked) {
      emit({ start: 0, end: 1, messageId: 'seen', data: { n: checked(asks).length } });
    },
  });
}

describe('rules that read other rules’ checks', () => {
  it('gives missing-stakes the fake-weakness reading even when fake-weakness is switched off', () => {
    const settings = { rules: { 'fake-weakness': { severity: 'off' as const } } };
    const findings = lintAnswer(parseAnswer(OFFERED), settings, undefined, { model: null });
    expect(findings.some((f) => f.ruleId === 'fake-weakness')).toBe(false);
    expect(findings.filter((f) => f.ruleId === 'missing-stakes').map((f) => f.messageId)).toEqual(['offered']);
  });

  it('runs a read rule that is not among the rules linted, with its phrase lists', () => {
    const findings = lintAnswer(parseAnswer(OFFERED), {}, [findRule('missing-stakes')!], { model: null });
    expect(findings.map((f) => `${f.ruleId}/${f.messageId}`)).toEqual(['missing-stakes/offered']);
  });

  it('hands over the findings of the check it reads', () => {
    const findings = lintAnswer(parseAnswer(OFFERED), {}, [probe(['fake-weakness'], 'fake-weakness')], { model: null });
    expect(findings[0]?.message).toBe('seen 1');
  });

  it('refuses a read the rule did not declare', () => {
    expect(() => lintAnswer(parseAnswer(OFFERED), {}, [probe([], 'fake-weakness')], { model: null })).toThrow(
      /probe reads the check of fake-weakness without declaring it/,
    );
  });
});
