/**
 * Inline directives against what findings are about: a finding on a sentence is silenced by a
 * disable-next-line above that sentence; a whole-answer finding (an omission) has no line of its
 * own, so a disable-next-line that names its rule silences it wherever the comment stands.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { findRule } from '../../src/lint/rules/index.js';
import { cli } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'failcoach-directives-'));

const STORY = [
  'Last spring I moved our billing database to a new host.',
  'I scheduled it for a Friday evening and skipped the dry run because the vendor called it routine.',
  'The import stalled halfway, and invoices for about 900 customers went out a day late.',
  'I called my manager within ten minutes, rolled the database back within two hours, and wrote to every affected customer on Monday.',
];

/** missing-lesson's own check (no learned judgement) on a text. */
function lessonFindings(text: string) {
  return lintAnswer(parseAnswer(text), {}, [findRule('missing-lesson')!], { model: null, reportUnusedDirectives: true });
}

describe('directives and whole-answer findings', () => {
  const plain = `${STORY.join('\n')}\n`;

  it('an answer with no lesson gets a whole-answer finding', () => {
    const findings = lessonFindings(plain);
    expect(findings.map((f) => [f.ruleId, f.whole])).toEqual([['missing-lesson', true]]);
  });

  it('a disable-next-line naming the rule silences it from next to any sentence', () => {
    const lines = [...STORY];
    lines.splice(3, 0, '<!-- failcoach-disable-next-line missing-lesson -- the lesson comes in the follow-up -->');
    expect(lessonFindings(`${lines.join('\n')}\n`).map((f) => f.ruleId)).toEqual([]);
  });

  it('a disable-next-line that names no rule, or another rule, leaves it', () => {
    for (const comment of ['<!-- failcoach-disable-next-line -->', '<!-- failcoach-disable-next-line hedging -->']) {
      const lines = [...STORY];
      lines.splice(3, 0, comment);
      expect(lessonFindings(`${lines.join('\n')}\n`).map((f) => f.ruleId)).toContain('missing-lesson');
    }
  });

  it('silences the lesson finding about "I learned a lot." from the line above it', async () => {
    const path = join(dir, 'learned.md');
    writeFileSync(path, `${STORY.join(' ')}\n\n<!-- failcoach-disable-next-line missing-lesson -->\nI learned a lot.\n`);
    const without = JSON.parse((await cli(['lint', path, '-f', 'json', '--no-inline-config'])).stdout)[0].messages;
    expect(without.some((m: { ruleId: string }) => m.ruleId === 'missing-lesson')).toBe(true);
    const result = await cli(['lint', path, '-f', 'json', '--report-unused-disable-directives']);
    const ids = JSON.parse(result.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).not.toContain('missing-lesson');
    expect(ids).not.toContain('unused-disable-directive');
  });

  it('suggests the right id for a misspelt rule in a directive', async () => {
    const path = join(dir, 'typo.md');
    writeFileSync(path, `<!-- failcoach-disable-next-line missing-leson -->\n${STORY.join(' ')}\n`);
    const result = await cli(['lint', path, '-f', 'compact']);
    expect(result.stdout).toMatch(
      /error .*Unknown rule "missing-leson" in failcoach-disable-next-line \(did you mean "missing-lesson"\?\)/,
    );
    expect(result.code).toBe(1);
    // Told once, as a misspelling: not also as a directive that silences nothing.
    const unused = await cli(['lint', path, '-f', 'json', '--report-unused-disable-directives']);
    const ids = JSON.parse(unused.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids.filter((id: string) => id === 'directive')).toHaveLength(1);
    expect(ids).not.toContain('unused-disable-directive');
    // A directive naming a known rule it does not silence is still unused, named by that rule alone.
    writeFileSync(path, `<!-- failcoach-disable-next-line missing-leson, filler -->\n${STORY.join(' ')}\n`);
    const mixed = JSON.parse((await cli(['lint', path, '-f', 'json', '--report-unused-disable-directives'])).stdout)[0].messages;
    const notice = mixed.find((m: { ruleId: string }) => m.ruleId === 'unused-disable-directive');
    expect(notice?.message).toMatch(/failcoach-disable-next-line for filler silences nothing/);
  });

  it('shows each misspelt rule of one directive with its own suggestion in the report people read', async () => {
    const path = join(dir, 'two-typos.md');
    writeFileSync(path, `<!-- failcoach-disable hedgin, blame-shiftng -->\n${STORY.join(' ')}\n`);
    for (const format of ['stylish', 'github']) {
      const out = (await cli(['lint', path, '-f', format, '--no-color'])).stdout.replace(/\s+/g, ' ');
      expect(out, format).toMatch(/Unknown rule "hedgin".*did you mean "hedging"/);
      expect(out, format).toMatch(/Unknown rule "blame-shiftng".*did you mean "blame-shifting"/);
    }
  });
});
