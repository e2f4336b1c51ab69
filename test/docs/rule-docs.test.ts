import { describe, expect, it } from 'vitest';
import { explainRule, rulesAsJson } from '../../src/commands/rules.js';
import { PLAIN } from '../../src/io/color.js';
import { RULES } from '../../src/lint/rules/index.js';
import { rulesTable } from './rules-table.js';

describe('rule docs read the messages each rule declares', () => {
  it('failcoach rules ID lists every message by id, placeholders shown as names', () => {
    for (const rule of RULES) {
      const text = explainRule(rule.id, PLAIN).replace(/\s+/g, ' ');
      for (const [id, m] of Object.entries(rule.messages)) {
        expect(text, `${rule.id}/${id}`).toContain(`${id}: ${m.message.replace(/\{\{(\w+)\}\}/g, '‹$1›')}`.replace(/\s+/g, ' '));
      }
    }
    expect(explainRule('filler', PLAIN).replace(/\s+/g, ' ')).toContain('filler: "‹phrase›" is one of ‹count› fillers in ‹words› words.');
  });

  it('the JSON rule list carries the messages and no factory internals', () => {
    const filler = JSON.parse(rulesAsJson('filler')) as Record<string, unknown>;
    expect(Object.keys(filler.messages as object)).toEqual(['filler', 'judged']);
    expect(filler).not.toHaveProperty('report');
    expect(filler).not.toHaveProperty('density');
  });

  it("the README table lists each rule's message ids", () => {
    const row = rulesTable()
      .split('\n')
      .find((line) => line.startsWith('| `fake-weakness`'))!;
    expect(row).toMatch(/\| `virtueAsFlaw`, `costNotShown`, `traitAsFailure`, `judged` \|$/);
  });
});
