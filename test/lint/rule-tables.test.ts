/**
 * The rule contract, checked for every rule: each has a table of cases (test/lint/rules/<id>.cases.ts)
 * with at least one valid and one invalid case, each message it declares is shown by a case, its
 * options are declared with types and bounds, and its phrase lists say nothing twice.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandGroups } from '../../src/answer/phrase-language.js';
import { SIGNAL_LISTS } from '../../src/answer/signal-lists.js';
import { JUDGED, placeholders, type Rule } from '../../src/lint/rule.js';
import { RULES } from '../../src/lint/rules/index.js';
import type { RuleCases } from '../rule-tester.js';

const tables = new URL('./rules/', import.meta.url);

async function casesOf(rule: Rule): Promise<RuleCases | null> {
  const file = new URL(`${rule.id}.cases.ts`, tables);
  return existsSync(file) ? ((await import(file.href)) as { default: RuleCases }).default : null;
}

/** Alternatives written twice in one phrase: "overrode|overrode", or a group "(a b|a b)". */
function duplicateAlternatives(phrase: string): string[] {
  const repeated = new Set<string>();
  const expanded = expandGroups(phrase).map((p) => p.trim().split(/\s+/).join(' '));
  for (const [i, p] of expanded.entries()) if (expanded.indexOf(p) !== i) repeated.add(p);
  for (const p of expanded) {
    for (const token of p.split(' ')) {
      const alternatives = token.replace(/\?$/, '').split('|');
      for (const [i, a] of alternatives.entries()) if (alternatives.indexOf(a) !== i) repeated.add(a);
    }
  }
  return [...repeated];
}

describe('every rule proves it has cases', () => {
  for (const rule of RULES) {
    it(`${rule.id} has a table with valid and invalid cases, each declared message shown`, async () => {
      const cases = await casesOf(rule);
      expect(cases, `test/lint/rules/${rule.id}.cases.ts`).not.toBeNull();
      expect(cases!.ruleId).toBe(rule.id);
      expect(cases!.valid.length, 'valid cases').toBeGreaterThan(0);
      expect(cases!.invalid.length, 'invalid cases').toBeGreaterThan(0);
      const expected = new Set(cases!.invalid.flatMap((c) => c.findings.map((f) => f.messageId)));
      for (const c of cases!.invalid) expect(c.findings.length, `${c.name}: an invalid case expects a finding`).toBeGreaterThan(0);
      for (const id of expected) expect(Object.keys(rule.messages), `message id "${id}" is declared`).toContain(id);
      // The learned judgement's messages are shown in test/judge and test/lint/omission-evidence.test.ts;
      // every message of the rule's own check has a case here.
      const learned = new Set([JUDGED, rule.judgedAs?.sentence, rule.judgedAs?.whole, rule.judgedAs?.beside]);
      const own = Object.keys(rule.messages).filter((id) => !learned.has(id));
      expect(
        own.filter((id) => !expected.has(id)),
        'declared messages no case shows',
      ).toEqual([]);
    });
  }
});

describe('every rule declares its messages once', () => {
  it('each declares the judged message, and every message and suggestion in words', () => {
    for (const rule of RULES) {
      expect(Object.keys(rule.messages), rule.id).toContain(JUDGED);
      expect(placeholders(rule.messages[JUDGED]!.message), `${rule.id}: the judged message takes no data`).toEqual([]);
      for (const [id, m] of Object.entries(rule.messages)) {
        expect(m.message.length, `${rule.id}/${id}`).toBeGreaterThan(15);
        expect(m.suggestion.trim().length, `${rule.id}/${id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('option schemas', () => {
  it('declares every option with a type, a lower bound, a default within bounds and a description', () => {
    for (const rule of RULES) {
      for (const [name, spec] of Object.entries(rule.options)) {
        const where = `${rule.id}.${name}`;
        expect(['number', 'integer'], where).toContain(spec.type);
        expect(spec.min, `${where} min`).toBeTypeOf('number');
        expect(spec.default, `${where} default ≥ min`).toBeGreaterThanOrEqual(spec.min!);
        if (spec.max !== undefined) expect(spec.default, `${where} default ≤ max`).toBeLessThanOrEqual(spec.max);
        if (spec.type === 'integer') expect(Number.isInteger(spec.default), `${where} integer default`).toBe(true);
        expect(spec.description.length, `${where} description`).toBeGreaterThan(10);
      }
    }
  });

  it('gives density options to exactly the rules that report by density', () => {
    const dense = RULES.filter((r) => 'maxPer100Words' in r.options || 'minCount' in r.options).map((r) => r.id);
    for (const id of dense) {
      const rule = RULES.find((r) => r.id === id)!;
      expect(Object.keys(rule.options).sort(), id).toEqual(expect.arrayContaining(['maxPer100Words', 'minCount']));
    }
    expect(dense.sort()).toEqual(['filler', 'hedging']);
  });
});

describe('phrase lists', () => {
  it('finds a duplicate alternative, alone or in a group', () => {
    expect(duplicateAlternatives('i|we (ignored|overrode|overrode) the')).toEqual(['overrode']);
    expect(duplicateAlternatives('(not on me|not my fault|not on me) at all')).toEqual(['not on me at all']);
    expect(duplicateAlternatives('i|we (broke|violated) the law')).toEqual([]);
  });

  it('say no alternative twice, in any rule or signal list', () => {
    const lists: Array<[string, readonly string[]]> = [
      ...RULES.flatMap((rule) =>
        Object.entries(rule.phrases ?? {}).map(([list, phrases]) => [`${rule.id}/${list}`, phrases] as [string, readonly string[]]),
      ),
      ...Object.entries(SIGNAL_LISTS),
    ];
    const found = lists.flatMap(([name, phrases]) =>
      phrases.flatMap((p) => duplicateAlternatives(p).map((d) => `${name}: "${d}" in "${p}"`)),
    );
    expect(found).toEqual([]);
  });

  it('list each phrase once', () => {
    for (const rule of RULES) {
      for (const [list, phrases] of Object.entries(rule.phrases ?? {})) {
        expect(
          phrases.filter((p, i) => phrases.indexOf(p) !== i),
          `${rule.id}/${list}`,
        ).toEqual([]);
      }
    }
  });
});
