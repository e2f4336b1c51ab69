import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { resolveOptions, type LintSettings, type RuleSetting } from '../lint/engine.js';
import { SettingsResolver } from '../config/resolve.js';
import { GlobError, expandGlob, isGlob } from '../io/glob.js';
import { RULES, findRule } from '../lint/rules/index.js';
import { SEVERITIES, type Severity } from '../lint/rule.js';
import { ANSWER_EXTENSIONS, collectInputs, decodeAnswer, readStdin, type InputText, type Loaded } from '../io/inputs.js';
import { FileError } from '../io/errors.js';
import { loadPaint, shouldColor } from '../io/color.js';
import { FORMATS, formatterFor } from '../formatters/index.js';
import type { Formatter } from '../formatters/types.js';
import { countBySeverity, type FileResult } from '../lint/result.js';
import { lanesFor, lintSerially, parseConcurrency, type Concurrency, type LintJob, type WorkerSetup } from '../lint/parallel.js';
import type { PhraseSet } from '../answer/phrase-trie.js';
import { maskMarkdown } from '../answer/markdown.js';
import { identityOf, writeFileSafely, type FileIdentity } from '../io/write.js';
import { packageVersion } from '../util/version.js';
import { plural } from '../util/plural.js';
import { terminalWidth } from '../util/wrap.js';
import { didYouMean } from '../util/did-you-mean.js';
import { UsageError, parseMaxWarnings, type Io } from '../io/streams.js';

export interface LintCommandOptions {
  format: string;
  quiet?: boolean;
  maxWarnings?: string;
  rule?: string[];
  color?: boolean;
  stdinFilename?: string;
  outputFile?: string;
  /** A path with --config, false with --no-config. */
  config?: string | false;
  printConfig?: string;
  /** false with --no-inline-config */
  inlineConfig?: boolean;
  reportUnusedDisableDirectives?: boolean;
  /** false with --no-error-on-unmatched-pattern */
  errorOnUnmatchedPattern?: boolean;
  /** Print every layer of the judgement for each answer (stylish only). */
  explain?: boolean;
  /** --concurrency off|auto|N: how many threads lint a large run. */
  concurrency?: string;
}

/** "--rule hedging:off" → settings; anything else is a usage error naming the valid choices. */
export function parseRuleFlags(flags: readonly string[]): LintSettings {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    // Any id and severity are taken apart here and checked against the real ones below, so a
    // mistyped one ("Hedging:off", "__proto__:off") is named as unknown, not as a malformed flag.
    const match = /^([^:\s]+):([^:\s]+)$/.exec(flag.trim());
    if (!match) throw new UsageError(`--rule expects id:severity (for example hedging:off), got "${flag}"`);
    const [, id, severity] = match as unknown as [string, string, string];
    if (!findRule(id))
      throw new UsageError(
        `--rule: unknown rule "${id}"${didYouMean(
          id,
          RULES.map((r) => r.id),
        )}; run "failcoach rules" to list them`,
      );
    if (!SEVERITIES.includes(severity as Severity))
      throw new UsageError(
        `--rule: unknown severity "${severity}" for ${id}${didYouMean(severity, SEVERITIES)}; use one of ${SEVERITIES.join(', ')}`,
      );
    rules[id] = { severity: severity as Severity };
  }
  return { rules };
}

/** Expands the paths a user gave: stdin, globs, directories and files, in order. */
async function gather(paths: readonly string[], options: LintCommandOptions, io: Io): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  for (const path of paths.length === 0 ? ['-'] : paths) {
    if (path === '-') {
      const name = options.stdinFilename ?? '<stdin>';
      const piped = await readStdin(io.stdin);
      const decoded = decodeAnswer(name, piped.bytes, piped.complete, true);
      loaded.push(decoded.ok ? { ok: true, input: { ...decoded.input, markdown: !name.toLowerCase().endsWith('.txt') } } : decoded);
    } else if (isGlob(path) && !existsSync(path)) {
      let expanded: ReturnType<typeof expandGlob>;
      try {
        expanded = expandGlob(path);
      } catch (error) {
        if (!(error instanceof GlobError)) throw error;
        loaded.push({ ok: false, error: { path, message: `is not a pattern failcoach can use: it ${error.reason}` } });
        continue;
      }
      for (const problem of expanded.problems) loaded.push({ ok: false, error: problem });
      const matches = expanded.files.filter((file) => ANSWER_EXTENSIONS.has(extname(file).toLowerCase()) || /\.[a-z0-9]+$/i.test(path));
      if (matches.length === 0) {
        if (options.errorOnUnmatchedPattern !== false && expanded.problems.length === 0)
          loaded.push({
            ok: false,
            error: { path, message: 'matches no answers; check the pattern (quote it so the shell does not expand it)' },
          });
        continue;
      }
      loaded.push(...collectInputs(matches));
    } else {
      loaded.push(...collectInputs([path]));
    }
  }
  return withoutRepeats(loaded, options.stdinFilename ?? '<stdin>');
}

/** Each file once, however many of the paths, folders or globs given name it (as ESLint does). */
function withoutRepeats(loaded: readonly Loaded[], stdinName: string): Loaded[] {
  const seen = new Set<string>();
  return loaded.filter((item) => {
    const path = item.ok ? item.input.path : item.error.path;
    if (item.ok && path === stdinName) return true;
    const key = resolve(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The files a report must never be written over: every answer named or found, read or not. */
function inputIdentities(loaded: readonly Loaded[], stdinName: string): FileIdentity[] {
  const identities: FileIdentity[] = [];
  for (const item of loaded) {
    const path = item.ok ? item.input.path : item.error.path;
    if (item.ok && path === stdinName) continue;
    const identity = identityOf(path);
    if (identity) identities.push(identity);
  }
  return identities;
}

/** What a run will do, checked before any answer is read. */
interface Plan {
  formatter: Formatter;
  maxWarnings: number;
  configs: SettingsResolver;
  stdinName: string;
  concurrency: Concurrency;
}

/** Stage 1: check the options and settle the format, the warning limit and the settings. */
function plan(options: LintCommandOptions): Plan {
  const formatter = formatterFor(options.format);
  if (!formatter) throw new UsageError(`unknown format "${options.format}"; use one of ${Object.keys(FORMATS).join(', ')}`);
  if (options.explain && options.format !== 'stylish')
    throw new UsageError(`--explain prints for people and works with the stylish format only, not ${options.format}`);
  const flags = parseRuleFlags(options.rule ?? []);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const explicit = typeof options.config === 'string' ? options.config : undefined;
  const configs = new SettingsResolver(flags, { ...(explicit ? { explicit } : {}), disabled: options.config === false });
  if (explicit !== undefined && !existsSync(explicit)) throw new UsageError(`--config ${explicit} does not exist`);
  const concurrency = parseConcurrency(options.concurrency);
  return { formatter, maxWarnings, configs, stdinName: options.stdinFilename ?? '<stdin>', concurrency };
}

/** --print-config: the settings that apply to one file, as JSON. */
async function printConfig(file: string, configs: SettingsResolver, io: Io): Promise<number> {
  const resolved = await configs.settingsFor(file);
  if (!resolved) {
    for (const message of configs.errors) io.stderr.write(`failcoach: ${message}\n`);
    return 2;
  }
  io.stdout.write(`${JSON.stringify({ configFile: resolved.file, rules: effectiveRules(resolved.settings) }, null, 2)}\n`);
  return 0;
}

function checkPaths(paths: readonly string[], io: Io): void {
  if (paths.filter((p) => p === '-').length > 1)
    throw new UsageError('"-" (stdin) is given more than once; stdin can be read only once, so pass it once');
  const wantsStdin = paths.includes('-') || (paths.length === 0 && !io.stdin.isTTY);
  if (paths.length === 0 && !wantsStdin)
    throw new UsageError('no answers given; pass files or directories, or pipe an answer to stdin (for example: failcoach lint answer.md)');
}

/** --quiet: errors only in the report; what was left out stays on the result for the summary and the exit code. */
export function hideWarnings(result: FileResult): FileResult {
  const shown = result.findings.filter((f) => f.severity === 'error');
  const left = result.findings.filter((f) => f.severity !== 'error');
  const counts = countBySeverity(left);
  return {
    ...result,
    findings: shown,
    ...countBySeverity(shown),
    hidden: { findings: left, warningCount: counts.warningCount, infoCount: counts.infoCount },
  };
}

/** Stage 2: lint every answer that could be read, under its own settings. Returns the results and how many inputs failed. */
async function lintAll(
  loaded: readonly Loaded[],
  run: Plan,
  options: LintCommandOptions,
  io: Io,
): Promise<{ results: FileResult[]; inputErrors: number }> {
  let inputErrors = 0;
  for (const item of loaded) {
    if (item.ok) continue;
    inputErrors++;
    io.stderr.write(`failcoach: ${item.error.path} ${item.error.message}\n`);
  }
  const { jobs, setup, books } = await resolveJobs(loaded, run, options);
  const lanes = lanesFor(run.concurrency, jobs.length);
  // The pool is loaded only for a run that uses it: one answer in a commit hook pays nothing for it.
  const linted =
    lanes > 1
      ? (await (await import('../lint/parallel-pool.js')).lintInParallel(jobs, setup, books, lanes)).results
      : lintSerially(jobs, setup, books);
  const results: FileResult[] = [];
  for (const [i, result] of linted.entries()) {
    // Front matter, comments or code alone, or emoji and marks alone, are not an answer: say so rather than pass it clean.
    if (result.stats.words === 0) {
      inputErrors++;
      io.stderr.write(`failcoach: ${result.filePath} ${noWords(jobs[i]!.input)}\n`);
      continue;
    }
    results.push(options.quiet ? hideWarnings(result) : result);
  }
  for (const message of run.configs.errors) io.stderr.write(`failcoach: ${message}\n`);
  return { results, inputErrors };
}

/** Why an answer with no words is not one: it holds only what is never read, or something to read that has no words. */
function noWords(input: InputText): string {
  // What is left once front matter, comments, code and markup are blanked, as the linter reads it.
  const spoken = maskMarkdown(input.text, input.markdown).spoken;
  return /\S/u.test(spoken)
    ? 'has no words (only emoji, symbols or punctuation); write the answer in words'
    : 'has no answer text (only front matter, comments or code); write the answer below them';
}

/** Every answer that was read, with the settings it resolves to (an answer whose configuration is broken is left out). */
async function resolveJobs(
  loaded: readonly Loaded[],
  run: Plan,
  options: LintCommandOptions,
): Promise<{ jobs: LintJob[]; setup: WorkerSetup; books: PhraseSet[] }> {
  const jobs: LintJob[] = [];
  const settings: LintSettings[] = [];
  const books: PhraseSet[] = [];
  for (const item of loaded) {
    if (!item.ok) continue;
    // Stdin named by --stdin-filename takes the configuration of that name's folder, whether or not the file exists (an unsaved buffer).
    const unnamed = item.input.path === '<stdin>' && !existsSync(item.input.path);
    const resolved = await run.configs.settingsFor(unnamed ? null : item.input.path);
    if (!resolved) continue;
    let index = settings.indexOf(resolved.settings);
    if (index < 0) {
      index = settings.push(resolved.settings) - 1;
      books.push(resolved.book);
    }
    jobs.push({ input: item.input, settings: index });
  }
  const lintOptions = {
    inlineConfig: options.inlineConfig !== false,
    reportUnusedDirectives: options.reportUnusedDisableDirectives ?? false,
    explain: options.explain ?? false,
  };
  return { jobs, setup: { settings, options: lintOptions }, books };
}

/** Stage 3: format the results and write them to stdout or --output-file. False when the report could not be written. */
async function report(
  results: readonly FileResult[],
  loaded: readonly Loaded[],
  run: Plan,
  options: LintCommandOptions,
  io: Io,
): Promise<boolean> {
  const machine = options.format !== 'stylish';
  const toFile = options.outputFile !== undefined;
  const color = !machine && !toFile && shouldColor(options.color, io.env, Boolean(io.stdout.isTTY));
  const width = terminalWidth(toFile ? undefined : io.stdout, io.env);
  const context = { paint: await loadPaint(color), rules: RULES, version: packageVersion(), cwd: process.cwd(), width };
  // Machine formats always print a report, even an empty one, so tools can parse every run.
  const text = results.length > 0 || machine ? run.formatter(results, context) : '';
  if (!toFile) {
    if (text) io.stdout.write(text);
    return true;
  }
  try {
    writeFileSafely(options.outputFile!, text, {
      protect: inputIdentities(loaded, run.stdinName),
      protectedAs: 'one of the answers being linted',
    });
    return true;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    io.stderr.write(`failcoach: cannot write the report: ${error.message}\n`);
    return false;
  }
}

/**
 * Stage 4: the exit code. Warnings --quiet left out of the report still count against
 * --max-warnings, as in ESLint: -q changes what is shown, never whether a run passes.
 */
function exitCode(results: readonly FileResult[], inputErrors: number, run: Plan, io: Io): number {
  if (inputErrors > 0 || run.configs.errors.length > 0) return 2;
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount + (r.hidden?.warningCount ?? 0), 0);
  if (errors > 0) return 1;
  if (run.maxWarnings >= 0 && warnings > run.maxWarnings) {
    const hidden = results.some((r) => (r.hidden?.warningCount ?? 0) > 0) ? ' (run without --quiet to see them)' : '';
    io.stderr.write(`failcoach: ${plural(warnings, 'warning')}, more than --max-warnings ${run.maxWarnings}${hidden}\n`);
    return 1;
  }
  return 0;
}

/** Runs `failcoach lint` and returns the exit code: 0 clean, 1 findings over the line, 2 usage or input errors. */
export async function runLint(paths: readonly string[], options: LintCommandOptions, io: Io): Promise<number> {
  const run = plan(options);
  if (options.printConfig !== undefined) return printConfig(options.printConfig, run.configs, io);
  checkPaths(paths, io);
  const loaded = await gather(paths, options, io);
  const { results, inputErrors } = await lintAll(loaded, run, options, io);
  if (!(await report(results, loaded, run, options, io))) return 2;
  return exitCode(results, inputErrors, run, io);
}

/** Every rule's effective severity and options, for --print-config. */
function effectiveRules(settings: LintSettings): Record<string, RuleSetting & { severity: string; options: Record<string, number> }> {
  const out: Record<string, RuleSetting & { severity: string; options: Record<string, number> }> = {};
  for (const rule of RULES) {
    const setting = settings.rules?.[rule.id] ?? {};
    out[rule.id] = {
      severity: setting.severity ?? rule.severity,
      options: resolveOptions(rule, setting.options),
      ...(setting.add ? { add: setting.add } : {}),
      ...(setting.accept ? { accept: setting.accept } : {}),
    };
  }
  return out;
}
