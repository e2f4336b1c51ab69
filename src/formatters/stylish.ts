/**
 * The report for people: each finding with its position, severity, message and rule id, what it is
 * about (the flagged words, or "whole answer"), its suggestions, then a scorecard per answer (not under --quiet). Text
 * wraps to the terminal width at word boundaries, indented under the message; a rule id never splits.
 */
import { formatExplanation } from './explain.js';
import { scorecard } from './scorecard.js';
import { folded, placeOf } from './fold.js';
import { shortQuote, subjectOf } from './subject.js';
import { plural } from '../util/plural.js';
import { displayWidth, wrapText } from '../util/wrap.js';
import type { Paint } from '../io/color.js';
import type { Finding } from '../lint/engine.js';
import type { FileResult, FormatContext, Formatter } from './types.js';

type Sized = FormatContext & { width: number };

/** The severity column: as wide as its widest word, "warning". */
const SEVERITY_WIDTH = 'warning'.length;

function severityLabel(severity: string, paint: Paint): string {
  const padded = severity.padEnd(SEVERITY_WIDTH);
  return severity === 'error' ? paint.red(padded) : severity === 'warning' ? paint.yellow(padded) : paint.blue(padded);
}

/** Where a finding's message starts: after the position column and the severity, each with its gap. */
function messageIndent(positionWidth: number): string {
  return ' '.repeat(2 + positionWidth + 2 + SEVERITY_WIDTH + 2);
}

/** `text` wrapped to `width`, starting `used` columns in, later lines under `indent`; each line painted. */
function wrapped(text: string, used: number, indent: string, width: number, paint: (s: string) => string = (s) => s): string[] {
  return wrapText(text, { width, indent, firstLineUsed: used })
    .split('\n')
    .map((line, i) => (i === 0 ? paint(line) : indent + paint(line.slice(indent.length))));
}

/** One finding: the message with its rule id, what it is about, and each suggestion. */
function findingLines(f: Finding, positionWidth: number, context: Sized): string[] {
  const { paint, width } = context;
  const subject = subjectOf(f);
  const position = (f.whole ? '' : `${f.line}:${f.column}`).padEnd(positionWidth);
  const head = `  ${paint.dim(position)}  ${severityLabel(f.severity, paint)}  `;
  const indent = messageIndent(positionWidth);
  const lines = wrapped(subject.message, indent.length, indent, width);
  // The rule id goes whole at the end of the message, or on a line of its own under it.
  const last = lines.length - 1;
  const lastWidth = (last === 0 ? indent.length : 0) + displayWidth(lines[last]!);
  if (lastWidth + 2 + f.ruleId.length <= width) lines[last] += `  ${paint.dim(f.ruleId)}`;
  // An id too long for the message column at this width ("missing-corrective-action" at 40
  // columns) is moved left to end at the edge, not cut or run over it.
  else lines.push(' '.repeat(Math.max(0, Math.min(indent.length, width - f.ruleId.length))) + paint.dim(f.ruleId));
  lines[0] = head + lines[0];
  lines.push(
    indent + (subject.quote === null ? paint.dim('whole answer') : wrapped(subject.quote, indent.length, indent, width).join('\n')),
  );
  for (const suggestion of f.suggestions ?? [])
    lines.push(indent + wrapped(`→ ${suggestion}`, indent.length, `${indent}  `, width, paint.dim).join('\n'));
  return lines;
}

/** The places a folded finding repeats at: "also at 1:42 “probably”, 3:7 “I guess” …". */
function repeatLines(f: Finding, repeats: readonly Finding[], positionWidth: number, context: Sized): string[] {
  const indent = messageIndent(positionWidth);
  // No-break spaces keep each place whole when the list wraps; a place wider than the room left
  // has its quote cut to fit (the quote marks and the ellipsis take four columns).
  const room = context.width - indent.length - 1;
  const placeWithin = (r: Finding): string => {
    const place = placeOf(r);
    if (displayWidth(place) <= room) return place;
    const position = `${r.line}:${r.column}`;
    return `${position} ${shortQuote(r.excerpt, Math.max(8, room - position.length - 5))}`;
  };
  const places = repeats.map((r) => placeWithin(r).replace(/ /g, '\u00a0')).join(', ');
  const text = `and ${plural(repeats.length, 'more place')} (${f.ruleId}): ${places}`;
  return wrapped(text, indent.length, indent, context.width, context.paint.dim).map((line, i) => (i === 0 ? indent + line : line));
}

/** The line under an answer with no findings to show: never "no problems" when -q hid some. */
function cleanLine(result: FileResult, paint: Paint): string {
  const hidden = result.hidden;
  if (!hidden || hidden.warningCount + hidden.infoCount === 0) return `  ${paint.green('✔ no problems')}`;
  // Not a green tick: the hidden warnings may still fail the run (--max-warnings).
  return `  ${paint.yellow('⚠ no errors')}${paint.dim(` (${hiddenText(hidden)} not shown: --quiet)`)}`;
}

function hiddenText(hidden: { warningCount: number; infoCount: number }): string {
  const parts = [
    hidden.warningCount > 0 ? plural(hidden.warningCount, 'warning') : '',
    hidden.infoCount > 0 ? plural(hidden.infoCount, 'info') : '',
  ];
  return parts.filter(Boolean).join(' and ');
}

function fileLines(result: FileResult, context: Sized): string[] {
  const { paint } = context;
  const out: string[] = [paint.underline(result.filePath)];
  if (result.explanation) out.push(...formatExplanation(result.explanation, paint, context.width));
  const positionWidth = Math.max(0, ...result.findings.map((f) => (f.whole ? 0 : `${f.line}:${f.column}`.length)));
  // Findings about the whole answer come first, then the rest in reading order.
  const ordered = [...result.findings.filter((f) => f.whole), ...result.findings.filter((f) => !f.whole)];
  for (const [f, repeats] of folded(ordered)) {
    out.push(...findingLines(f, positionWidth, context));
    if (repeats.length > 0) out.push(...repeatLines(f, repeats, positionWidth, context));
  }
  if (result.findings.length === 0) out.push(cleanLine(result, paint));
  // --quiet asks for the errors and nothing else: no scorecard panel.
  out.push('', ...(result.hidden ? [] : [...scorecard(result, context), '']));
  return out;
}

function summary(results: readonly FileResult[], paint: Paint, width: number): string {
  const sum = (pick: (r: FileResult) => number): number => results.reduce((n, r) => n + pick(r), 0);
  const errors = sum((r) => r.errorCount);
  const warnings = sum((r) => r.warningCount);
  const infos = sum((r) => r.infoCount);
  const hidden = { warningCount: sum((r) => r.hidden?.warningCount ?? 0), infoCount: sum((r) => r.hidden?.infoCount ?? 0) };
  const note = hidden.warningCount + hidden.infoCount > 0 ? `(${hiddenText(hidden)} not shown: --quiet)` : '';
  const total = errors + warnings + infos;
  let line: string;
  if (total === 0 && note) line = paint.yellow(`⚠ ${plural(results.length, 'answer')} checked, no errors`);
  else if (total === 0) line = paint.green(`✔ ${plural(results.length, 'answer')} checked, no problems`);
  // Notes alone pass: say so in the passing colour, with how many notes there are.
  else if (errors + warnings === 0)
    line = paint.green(
      wrapText(`✔ ${plural(results.length, 'answer')} checked, no errors or warnings (${plural(infos, 'info')})`, { width, indent: '  ' }),
    );
  else {
    const text = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${plural(results.length, 'answer')}`;
    const fitted = wrapText(text, { width, indent: '  ' });
    line = errors > 0 ? paint.bold(paint.red(fitted)) : paint.bold(paint.yellow(fitted));
  }
  if (!note) return line;
  return !line.includes('\n') && displayWidth(line) + 1 + note.length <= width
    ? `${line} ${paint.dim(note)}`
    : `${line}\n  ${paint.dim(note)}`;
}

export const formatStylish: Formatter = (results, given) => {
  const context = { ...given, width: given.width ?? 80 };
  const out = results.flatMap((result) => fileLines(result, context));
  out.push(summary(results, context.paint, context.width));
  return `${out.join('\n')}\n`;
};
