/**
 * The scorecard under each answer in the stylish report: its length against the target it was
 * judged by, and how its words divide between the STAR parts. It agrees with the rules: a part
 * reads as missing only when star-structure says so, and a lesson told under another heading
 * (STAR puts it in the Result) shows the share it has.
 */
import { plural } from '../util/plural.js';
import { formatDuration } from '../util/duration.js';
import { displayWidth, wrapText } from '../util/wrap.js';
import type { Paint } from '../io/color.js';
import type { StatPart } from '../lint/engine.js';
import type { Part } from '../answer/model.js';
import { partsOfHeading } from '../answer/sections.js';
import type { FileResult, FormatContext, LengthTarget } from './types.js';

const PART_LABELS: ReadonlyArray<[StatPart, string]> = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
  ['lesson', 'Lesson'],
];

/** A gauge of the answer's length: the target range shaded, the words filled in. */
function lengthGauge(words: number, target: LengthTarget, paint: Paint, cells: number): string {
  const scale = Math.max(target.hardMax * 1.1, words);
  const filled = Math.min(cells, Math.round((words / scale) * cells));
  const from = Math.round((target.min / scale) * cells);
  const to = Math.round((target.max / scale) * cells);
  const tone =
    words < target.hardMin || words > target.hardMax ? paint.red : words < target.min || words > target.max ? paint.yellow : paint.green;
  let bar = '';
  for (let i = 0; i < cells; i++) {
    if (i < filled) bar += tone('█');
    else bar += i >= from && i < to ? paint.dim('▒') : paint.dim('░');
  }
  return bar;
}

/** `head` then `tail` on one line when it fits, else `tail` wrapped on the lines below, under `indent`. */
function fitLine(head: string, tail: string, width: number, indent: number, paint: (s: string) => string): string[] {
  if (!tail) return [head];
  if (displayWidth(head) + 2 + displayWidth(tail) <= width) return [`${head}  ${paint(tail)}`];
  const pad = ' '.repeat(indent);
  return [
    head,
    ...wrapText(tail, { width, indent: pad, firstLineUsed: indent })
      .split('\n')
      .map((l, i) => (i === 0 ? pad + paint(l) : pad + paint(l.slice(indent)))),
  ];
}

/**
 * The parts the rules report missing, with the rule that says so: star-structure for a STAR part
 * ("The Result part of STAR is missing"), missing-lesson for a lesson the answer lacks as a whole.
 */
function missingParts(result: FileResult): Map<string, string> {
  const all = [...result.findings, ...(result.hidden?.findings ?? [])];
  const missing = new Map<string, string>();
  for (const f of all) {
    if (f.ruleId === 'star-structure' && f.messageId === 'missingPart' && f.data?.part !== undefined) {
      missing.set(String(f.data.part).toLowerCase(), f.ruleId);
    }
    if (f.ruleId === 'missing-lesson' && f.whole) missing.set('lesson', f.ruleId);
  }
  return missing;
}

/** Whether a part's share was taken from sentences told in other parts (see AnswerStats.parts). */
function toldElsewhere(part: string, sections: FileResult['stats']['sections']): boolean {
  if (part !== 'lesson' && part !== 'result') return false;
  return !sections.some((s) => s.part === part);
}

/**
 * The setup's share as star-structure measured it, up to where the story starts: the bars share
 * the answer out by inferred part, and a story told late can have a short Situation bar and still a
 * setup of two thirds (the background before the failure is read as action).
 */
function setupShare(result: FileResult): number | null {
  const found = [...result.findings, ...(result.hidden?.findings ?? [])].find(
    (f) => f.ruleId === 'star-structure' && f.messageId === 'longSetup' && typeof f.data?.share === 'number',
  );
  return found ? Number(found.data!.share) : null;
}

function partNote(part: string, share: number, result: FileResult, missing: Map<string, string>): string {
  const sections = result.stats.sections;
  const inferred = sections.some((s) => s.inferred);
  if (missing.has(part)) return share > 0 ? `guessed; ${missing.get(part)} finds none` : `missing (see ${missing.get(part)})`;
  const setup = part === 'situation' ? setupShare(result) : null;
  if (setup !== null) return `setup up to the failure: ${setup}%`;
  if (share > 0 && toldElsewhere(part, sections)) return inferred ? '' : 'told under another heading';
  if (share > 0) return '';
  // "Action and result": a heading of the writer's names the part together with another, whose share it took.
  const joined = sections.find((s) => s.heading !== null && s.part !== part && partsOfHeading(s.heading).has(part as Part));
  if (joined) return `told under “${joined.heading}”`;
  // Nothing in the answer tells how it turned out, wherever it would sit.
  if (part === 'result') return 'not told: no sentence says how it turned out';
  if (!inferred) return 'no heading of its own';
  // A free-form answer often states the task inside the situation ("I was the on-call engineer").
  return part === 'task' ? 'optional: often told with the situation' : 'told within the other parts';
}

/** The share in figures, or in words when there is none: "0%" reads as a measurement of something there. */
function percentOf(share: number): string {
  if (share <= 0) return 'none';
  return share < 0.005 ? '<1%' : `${Math.round(share * 100)}%`;
}

export function scorecard(result: FileResult, context: FormatContext & { width: number }): string[] {
  const { paint, width } = context;
  const { length } = result;
  const { words, sections } = result.stats;
  // Narrow terminals get shorter bars, and notes go under the bar when there is no room beside it.
  const cells = width >= 100 ? 30 : width >= 70 ? 20 : 10;
  const spoken = (n: number): string => formatDuration((n / length.wordsPerMinute) * 60);
  const gauge = `  ${'Length'.padEnd(10)} ${lengthGauge(words, length, paint, cells)}`;
  const measure = `${plural(words, 'word')} · ${spoken(words)} spoken`;
  const target = `(target ${length.min}–${length.max} words, ${spoken(length.min)}–${spoken(length.max)})`;
  const lines =
    displayWidth(gauge) + 2 + displayWidth(measure) <= width
      ? fitLine(`${gauge}  ${measure}`, target, width, 13, paint.dim)
      : fitLine(gauge, `${measure} ${target}`, width, 13, paint.dim);
  const noteAt = width - (13 + cells + 2) >= 20 ? 13 + cells + 2 : 13;
  const missing = missingParts(result);
  for (const [part, label] of PART_LABELS) {
    const share = result.stats.parts[part];
    const filled = Math.round(share * cells);
    // A share the rules find missing is only where the part would sit: drawn, but not in green.
    const bar = (missing.has(part) ? paint.yellow : paint.green)('█'.repeat(filled)) + paint.dim('░'.repeat(cells - filled));
    const percent = percentOf(share).padStart(4);
    const note = partNote(part, share, result, missing);
    const tone = missing.has(part) ? paint.yellow : paint.dim;
    lines.push(...fitLine(`  ${label.padEnd(10)} ${bar} ${share === 0 ? paint.dim(percent) : percent}`, note, width, noteAt, tone));
  }
  if (sections.some((s) => s.inferred)) {
    // Headings below an opening told without one: only the opening's parts were inferred.
    const headed = sections.some((s) => !s.inferred && s.heading !== null);
    const hint = headed
      ? '(parts before your first heading inferred from the wording; give the opening a heading or a label, such as Situation:, to set it yourself)'
      : '(parts inferred from the wording; add ## Situation, ## Task… headings, or Situation: labels, to set them yourself)';
    lines.push(
      ...wrapText(hint, { width, indent: '   ', firstLineUsed: 2 })
        .split('\n')
        .map((l, i) => paint.dim(i === 0 ? `  ${l}` : l)),
    );
  }
  return lines;
}
