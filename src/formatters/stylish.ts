import { formatExplanation } from './explain.js';
import { plural } from '../util/plural.js';
import { formatDuration } from '../util/duration.js';
import type { Paint } from '../io/color.js';
import type { FileResult, FormatContext, Formatter, LengthTarget } from './types.js';

const PART_LABELS: ReadonlyArray<[string, string]> = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
  ['lesson', 'Lesson'],
];

function severityLabel(severity: string, paint: Paint): string {
  const padded = severity.padEnd(7);
  return severity === 'error' ? paint.red(padded) : severity === 'warning' ? paint.yellow(padded) : paint.blue(padded);
}

/** A gauge of the answer's length: the target range shaded, the words filled in. */
function lengthGauge(words: number, target: LengthTarget, paint: Paint): string {
  const cells = 30;
  const scale = Math.max(target.hardMax * 1.1, words);
  const filled = Math.min(cells, Math.round((words / scale) * cells));
  const from = Math.round((target.min / scale) * cells);
  const to = Math.round((target.max / scale) * cells);
  const tone = words < target.hardMin || words > target.hardMax ? paint.red : words < target.min || words > target.max ? paint.yellow : paint.green;
  let bar = '';
  for (let i = 0; i < cells; i++) {
    if (i < filled) bar += tone('█');
    else bar += i >= from && i < to ? paint.dim('▒') : paint.dim('░');
  }
  return bar;
}

function scorecard(result: FileResult, context: FormatContext): string[] {
  const { paint } = context;
  const { length } = result;
  const { words, sections } = result.stats;
  const seconds = (words / length.wordsPerMinute) * 60;
  const lines: string[] = [];
  const target = `target ${length.min}–${length.max} words, ${formatDuration((length.min / length.wordsPerMinute) * 60)}–${formatDuration((length.max / length.wordsPerMinute) * 60)}`;
  lines.push(`  ${'Length'.padEnd(10)} ${lengthGauge(words, length, paint)}  ${plural(words, 'word')} · ${formatDuration(seconds)} spoken ${paint.dim(`(${target})`)}`);
  const inferred = sections.some((s) => s.inferred);
  for (const [part, label] of PART_LABELS) {
    const share = sections.filter((s) => s.part === part).reduce((sum, s) => sum + s.share, 0);
    const cells = Math.round(share * 30);
    const bar = paint.green('█'.repeat(cells)) + paint.dim('░'.repeat(30 - cells));
    const percent = `${Math.round(share * 100)}%`.padStart(4);
    // A free-form answer often states the task inside the situation ("I was the on-call engineer").
    const note = share === 0 && inferred && part === 'task' ? '  told with the situation, or not at all' : share === 0 && !inferred ? '  no heading of its own' : share === 0 ? '  none found' : '';
    lines.push(`  ${label.padEnd(10)} ${bar} ${share === 0 ? paint.dim(percent + note) : percent}`);
  }
  if (inferred) lines.push(paint.dim('  (parts inferred from the wording; add ## Situation, ## Task… headings to set them yourself)'));
  return lines;
}

export const formatStylish: Formatter = (results, context) => {
  const { paint } = context;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    out.push(paint.underline(result.filePath));
    if (result.explanation) out.push(...formatExplanation(result.explanation, paint));
    const positionWidth = Math.max(0, ...result.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of result.findings) {
      const position = `${f.line}:${f.column}`.padEnd(positionWidth);
      out.push(`  ${paint.dim(position)}  ${severityLabel(f.severity, paint)}  ${f.message}  ${paint.dim(f.ruleId)}`);
      for (const suggestion of f.suggestions ?? []) out.push(`  ${' '.repeat(positionWidth)}  ${' '.repeat(7)}  ${paint.dim('→ ' + suggestion)}`);
    }
    if (result.findings.length === 0) out.push(`  ${paint.green('✔ no problems')}`);
    out.push('');
    out.push(...scorecard(result, context));
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) {
    out.push(paint.green(`✔ ${plural(results.length, 'answer')} checked, no problems`));
  } else {
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${plural(results.length, 'answer')}`;
    out.push(errors > 0 ? paint.bold(paint.red(summary)) : paint.bold(paint.yellow(summary)));
  }
  return out.join('\n') + '\n';
};
