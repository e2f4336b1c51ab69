/**
 * The --explain block of the stylish report: each sentence with its story part, who acts in it,
 * its classifier scores and the rules that reported on it; then each rule's decision.
 */
import type { Paint } from '../io/color.js';
import type { Explanation } from '../lint/explain.js';

const score = (value: number): string => value.toFixed(2);

export function formatExplanation(explanation: Explanation, paint: Paint): string[] {
  const lines: string[] = [paint.bold('  How each sentence was read')];
  if (!explanation.learned) lines.push(paint.dim('  (no learned model ships with this build: the rules judged alone)'));
  for (const s of explanation.sentences) {
    const text = s.text.length > 100 ? `${s.text.slice(0, 97)}…` : s.text;
    lines.push(`  ${paint.dim(`${s.line}:`)} ${text}`);
    lines.push(`      part      ${s.part}`);
    if (s.events.length > 0) lines.push(`      who acts  ${s.events.join('; ')}`);
    if (s.parts.length > 0) lines.push(`      story     ${s.parts.map(([label, value]) => `${label} ${score(value)}`).join('  ')}`);
    if (s.flaws.length > 0) lines.push(`      flaws     ${s.flaws.map(([label, value]) => `${label} ${score(value)}`).join('  ')}`);
    if (s.rules.length > 0) lines.push(`      reported  ${s.rules.join(', ')}`);
  }
  lines.push('', paint.bold('  How each rule decided') + paint.dim('  (check: findings of its own check; score: the answer classifier, against its threshold)'));
  for (const r of explanation.rules) {
    const verdict = r.score === null ? 'rule alone' : `score ${score(r.score)} ${r.score >= (r.threshold ?? 1) ? '≥' : '<'} ${score(r.threshold ?? 1)}`;
    const outcome = r.reported > 0 ? paint.yellow(`reported ${r.reported}`) : paint.dim('silent');
    lines.push(`  ${r.id.padEnd(26)} check ${String(r.checked).padStart(2)}  ${verdict.padEnd(20)} ${outcome}`);
  }
  lines.push('');
  return lines;
}
