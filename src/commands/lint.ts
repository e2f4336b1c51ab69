import { parseAnswer } from '../answer/parse.js';
import { answerStats, lintAnswer, resolveOptions, type LintSettings, type RuleSetting } from '../lint/engine.js';
import { PHRASE_BOOK, RULES, findRule } from '../lint/rules/index.js';
import { SEVERITIES, type Severity } from '../lint/rule.js';
import { collectInputs, decodeAnswer, readStdin, type InputText, type Loaded } from '../io/inputs.js';
import { loadPaint, shouldColor } from '../io/color.js';
import { countBySeverity, type FileResult, type Formatter, type LengthTarget } from '../report/types.js';
import { formatStylish } from '../report/stylish.js';
import { formatJson } from '../report/json.js';
import { formatCompact } from '../report/compact.js';
import { formatGithub } from '../report/github.js';
import { formatSarif } from '../report/sarif.js';
import { writeFileAtomic } from '../io/write.js';
import { packageVersion } from '../util/version.js';

export const FORMATS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, compact: formatCompact, github: formatGithub, sarif: formatSarif };

export interface LintCommandOptions {
  format: string;
  quiet?: boolean;
  maxWarnings?: string;
  rule?: string[];
  color?: boolean;
  stdinFilename?: string;
  outputFile?: string;
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export class UsageError extends Error {}

/** "--rule hedging:off" → settings; anything else is a usage error naming the valid choices. */
export function parseRuleFlags(flags: readonly string[]): LintSettings {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const match = /^([a-z-]+):([a-z]+)$/.exec(flag.trim());
    if (!match) throw new UsageError(`--rule expects id:severity (for example hedging:off), got "${flag}"`);
    const [, id, severity] = match as unknown as [string, string, string];
    if (!findRule(id)) throw new UsageError(`--rule: unknown rule "${id}"; run "failcoach rules" to list them`);
    if (!SEVERITIES.includes(severity as Severity)) throw new UsageError(`--rule: unknown severity "${severity}" for ${id}; use one of ${SEVERITIES.join(', ')}`);
    rules[id] = { severity: severity as Severity };
  }
  return { rules };
}

export function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^-?\d+$/.test(value) || Number(value) < -1) throw new UsageError(`--max-warnings expects a whole number (0 or more, or -1 for no limit), got "${value}"`);
  return Number(value);
}

function lengthTarget(settings: LintSettings): LengthTarget {
  const rule = findRule('length')!;
  const o = resolveOptions(rule, settings.rules?.['length']?.options);
  return { min: o['min']!, max: o['max']!, hardMin: o['hardMin']!, hardMax: o['hardMax']!, wordsPerMinute: o['wordsPerMinute']! };
}

export function lintText(input: InputText, settings: LintSettings, parseYaml?: (text: string) => unknown, quiet = false): FileResult {
  const answer = parseAnswer(input.text, { markdown: input.markdown, phraseBook: PHRASE_BOOK, ...(parseYaml ? { parseYaml } : {}) });
  const all = lintAnswer(answer, settings);
  const findings = quiet ? all.filter((f) => f.severity === 'error') : all;
  const wordsPerMinute = lengthTarget(settings).wordsPerMinute;
  return { filePath: input.path, findings, stats: answerStats(answer, wordsPerMinute), ...countBySeverity(findings) };
}

/** Runs `failcoach lint` and returns the exit code: 0 clean, 1 findings over the line, 2 usage or input errors. */
export async function runLint(paths: readonly string[], options: LintCommandOptions, io: Io): Promise<number> {
  const formatter = FORMATS[options.format];
  if (!formatter) throw new UsageError(`unknown format "${options.format}"; use one of ${Object.keys(FORMATS).join(', ')}`);
  const settings = parseRuleFlags(options.rule ?? []);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);

  const wantsStdin = paths.includes('-') || (paths.length === 0 && !io.stdin.isTTY);
  if (paths.length === 0 && !wantsStdin) throw new UsageError('no answers given; pass files or directories, or pipe an answer to stdin (for example: failcoach lint answer.md)');

  const loaded: Loaded[] = [];
  for (const path of paths.length === 0 ? ['-'] : paths) {
    if (path === '-') {
      const name = options.stdinFilename ?? '<stdin>';
      const decoded = decodeAnswer(name, await readStdin(io.stdin));
      loaded.push(decoded.ok ? { ok: true, input: { ...decoded.input, markdown: !name.toLowerCase().endsWith('.txt') } } : decoded);
    } else {
      loaded.push(...collectInputs([path]));
    }
  }

  let inputErrors = 0;
  for (const item of loaded) {
    if (!item.ok) {
      inputErrors++;
      io.stderr.write(`failcoach: ${item.error.path} ${item.error.message}\n`);
    }
  }
  const inputs = loaded.flatMap((item) => (item.ok ? [item.input] : []));
  // Front matter is skipped, not parsed: no rule reads it, and yaml costs tens of milliseconds to load.
  const results = inputs.map((input) => lintText(input, settings, undefined, options.quiet ?? false));

  const machine = options.format !== 'stylish';
  const toFile = options.outputFile !== undefined;
  const color = !machine && !toFile && shouldColor(options.color, io.env, Boolean(io.stdout.isTTY));
  const context = { paint: await loadPaint(color), length: lengthTarget(settings), rules: RULES, version: packageVersion(), cwd: process.cwd() };
  // Machine formats always print a report, even an empty one, so tools can parse every run.
  const report = results.length > 0 || machine ? formatter(results, context) : '';
  if (toFile) {
    try {
      writeFileAtomic(options.outputFile!, report);
    } catch (error) {
      io.stderr.write(`failcoach: cannot write the report to ${options.outputFile} (${error instanceof Error && 'code' in error ? String(error.code) : 'error'}); check the folder exists and is writable\n`);
      return 2;
    }
  } else if (report) {
    io.stdout.write(report);
  }

  if (inputErrors > 0) return 2;
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`failcoach: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

export { RULES };
