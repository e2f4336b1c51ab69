/**
 * The --explain block of the stylish report: each sentence with its story part, who acts in it,
 * how the act is told (its frames), its classifier scores and the rules that reported on it; then each rule's decision.
 */
import type { Paint } from '../io/color.js';
import type { Explanation } from '../lint/explain.js';
import { wrapText } from '../util/wrap.js';

const score = (value: number): string => value.toFixed(2);

/** The act frames (src/judge/frames.ts) in words a reader follows. */
const FRAME_WORDS: Readonly<Record<string, string>> = {
  intent: 'with an aim (so it would…)',
  instead: 'instead of something (rather than…)',
  despite: 'despite knowing (anyway)',
  conceal: 'keeping something back (without telling…)',
  alone: 'done alone (myself)',
  outdo: 'better than everyone else',
  superlative: 'a superlative',
  praised: "someone else's praise",
  'the-one': 'the only one who…',
};

/** `label` then `text` wrapped to `width`, continuation lines under the text; under the label when the terminal is narrow. */
function field(label: string, text: string, width: number): string {
  const head = `      ${label.padEnd(10)}`;
  if (width < 60) return `      ${label}\n        ${wrapText(text, { width, indent: '        ', firstLineUsed: 8 })}`;
  return head + wrapText(text, { width, indent: ' '.repeat(head.length), firstLineUsed: head.length });
}

export function formatExplanation(explanation: Explanation, paint: Paint, width = 80): string[] {
  const lines: string[] = [paint.bold('  How each sentence was read')];
  if (!explanation.learned) lines.push(paint.dim('  (no learned model ships with this build: the rules judged alone)'));
  for (const s of explanation.sentences) {
    const text = s.text.length > 100 ? `${s.text.slice(0, 97)}…` : s.text;
    const at = `${s.line}:${s.column}`;
    lines.push(`  ${paint.dim(at)} ${wrapText(text, { width, indent: '      ', firstLineUsed: at.length + 3 })}`);
    lines.push(field('part', s.part, width));
    if (s.events.length > 0) lines.push(field('who acts', s.events.join('; '), width));
    if (s.frames.length > 0) lines.push(field('told as', s.frames.map((f) => FRAME_WORDS[f] ?? f).join('; '), width));
    if (s.parts.length > 0) lines.push(field('story', s.parts.map(([label, value]) => `${label} ${score(value)}`).join(', '), width));
    if (s.flaws.length > 0) lines.push(field('flaws', s.flaws.map(([label, value]) => `${label} ${score(value)}`).join(', '), width));
    if (s.rules.length > 0) lines.push(field('reported', s.rules.join(', '), width));
  }
  const key = '(check: findings of its own check; score: the answer classifier, against its threshold)';
  lines.push(
    '',
    paint.bold('  How each rule decided'),
    paint.dim(wrapText(key, { width, indent: '  ', firstLineUsed: 2 }).replace(/^/, '  ')),
  );
  for (const r of explanation.rules) {
    const verdict =
      r.score === null ? 'rule alone' : `score ${score(r.score)} ${r.score >= (r.threshold ?? 1) ? '≥' : '<'} ${score(r.threshold ?? 1)}`;
    const outcome = r.reported > 0 ? paint.yellow(`reported ${r.reported}`) : paint.dim('silent');
    // A table on a wide terminal; on a narrow one, the rule's id with its decision under it.
    if (width >= 72) lines.push(`  ${r.id.padEnd(26)} check ${String(r.checked).padStart(2)}  ${verdict.padEnd(20)} ${outcome}`);
    else lines.push(`  ${r.id}`, `    check ${r.checked} · ${verdict.replace('score ', '')} · ${outcome}`);
  }
  lines.push('');
  return lines;
}
