import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { answer } from '../base-answer.js';

const hedges = 'It maybe took probably 36 hours, I guess, and it sort of recovered.';

function fired(text: string, options: { inlineConfig?: boolean; reportUnusedDirectives?: boolean } = {}): string[] {
  return lintAnswer(parseAnswer(text), {}, undefined, options).map((f) => `${f.ruleId}@${f.line}`);
}

describe('inline directives', () => {
  const base = answer({ result: hedges });
  const hedgeLine = base.split('\n').findIndex((l) => l.startsWith('It maybe')) + 1;

  it('disable-next-line silences the named rule on the next line only', () => {
    const lines = base.split('\n');
    lines.splice(hedgeLine - 1, 0, '<!-- failcoach-disable-next-line hedging -- quoting my old self -->');
    const result = fired(lines.join('\n'));
    expect(result.filter((r) => r.startsWith('hedging'))).toEqual([]);
  });

  it('disable and enable bound a region; enable with no names ends every disable', () => {
    const text = `<!-- failcoach-disable hedging, filler -->\n${base}\n<!-- failcoach-enable -->\n\nMaybe, probably, I guess, sort of, um, like, basically.\n`;
    const result = fired(text);
    const lastLine = text.split('\n').length - 1;
    expect(result.filter((r) => r.startsWith('hedging')).every((r) => r === `hedging@${lastLine}`)).toBe(true);
    expect(result.some((r) => r === `hedging@${lastLine}`)).toBe(true);
  });

  it('disable-file silences a whole-answer rule everywhere', () => {
    const short =
      '<!-- failcoach-disable-file length -->\nI missed the launch date by a week. I learned to plan backwards, and now I do.\n';
    expect(fired(short).some((r) => r.startsWith('length'))).toBe(false);
    expect(fired(short, { inlineConfig: false }).some((r) => r.startsWith('length'))).toBe(true);
  });

  it('reports unknown rules always, and unused directives when asked', () => {
    const text = `<!-- failcoach-disable nosuch -->\n<!-- failcoach-disable-next-line bragging -->\n${base}`;
    expect(fired(text)).toContain('directive@1');
    const unused = fired(text, { reportUnusedDirectives: true });
    expect(unused).toContain('unused-disable-directive@2');
    expect(fired(text)).not.toContain('unused-disable-directive@2');
  });
});
