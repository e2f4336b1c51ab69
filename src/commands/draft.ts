/**
 * `failcoach draft`: the guided reflection that writes an answer file, and its non-interactive
 * twin (`--answers`). Both assemble and lint through the same code as `failcoach lint`.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DataError, frameworkFiles, loadFramework, loadPrompts, resolveFramework, type Framework, type Prompt } from '../draft/data.js';
import { assembleAnswer } from '../draft/assemble.js';
import { readAnswersFile, type AnswersFile } from '../draft/answers-file.js';
import { countWords, interview, type Asker, type InterviewDeps } from '../draft/interview.js';
import { answeredCount, draftTitle, newSession, type SavedDraft, type Session } from '../draft/session.js';
import { Autosave, stoppedMessage } from '../draft/autosave.js';
import { shellWord } from '../util/shell-word.js';
import { answerPath, displacedNote, review, summary, writeAnswer } from '../draft/review.js';
import { inquirerAsker, wrapLines } from '../draft/terminal.js';
import { terminalWidth, wrapText } from '../util/wrap.js';
import { loadPaint, shouldColor } from '../io/color.js';
import { FileError } from '../io/errors.js';
import { documentProblem } from '../io/inputs.js';
import { MiB, readTextBounded } from '../io/read.js';
import { plural } from '../util/plural.js';
import { formatStylish } from '../formatters/stylish.js';
import { RULES } from '../lint/rules/index.js';
import { packageVersion } from '../util/version.js';
import { UsageError, parseMaxWarnings, type Io } from '../io/streams.js';
import { SettingsResolver } from '../config/resolve.js';
import type { Linting } from '../draft/assemble.js';

export interface DraftOptions {
  answers?: string;
  template?: boolean;
  print?: boolean;
  out?: string;
  framework?: string;
  force?: boolean;
  resume?: boolean;
  fresh?: boolean;
  job?: string;
  maxWarnings?: string;
  color?: boolean;
}

// biome-ignore format: a word list reads best packed, several entries a line
const SKILL_WORDS = [
  'communication', 'stakeholder management', 'leadership', 'prioritisation', 'prioritization', 'planning', 'sql', 'python', 'analysis',
  'negotiation', 'ownership', 'collaboration', 'mentoring', 'attention to detail', 'problem solving', 'project management',
  'customer service', 'data', 'testing', 'budgeting', 'forecasting', 'presentation', 'writing', 'design', 'research', 'sales', 'operations',
  'quality',
];

/** A role and the skills a job posting mentions most, offered as defaults (never sent anywhere). */
export function suggestFromPosting(text: string): { role?: string; skills: string[] } {
  const firstLine = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  const lower = text.toLowerCase();
  const counted = SKILL_WORDS.map((skill) => ({ skill, count: lower.split(skill).length - 1 })).filter((s) => s.count > 0);
  counted.sort((a, b) => b.count - a.count);
  return {
    ...(firstLine && countWords(firstLine) <= 10 ? { role: firstLine.replace(/[:.]$/, '') } : {}),
    skills: counted.slice(0, 3).map((s) => s.skill),
  };
}

export function templateFor(framework: Framework, prompts: ReadonlyMap<string, Prompt>): string {
  const lines = [
    `# Answers for "failcoach draft --answers <this file>". Framework: ${framework.name} (${framework.id}).`,
    '# Fill in each answer in your own words; empty optional answers are left out.',
    `framework: ${framework.id}`,
    'role: ""          # optional: the role you are preparing for',
    'skills: []        # optional: two or three skills it needs most',
    'title: ""         # a short name for the story; the file name comes from it',
    'answers:',
  ];
  for (const section of framework.sections) {
    lines.push(`  # ── ${section.title}: ${section.guidance}`);
    for (const id of section.prompts) {
      if (lines.some((l) => l.startsWith(`  ${id}:`))) continue;
      const prompt = prompts.get(id)!;
      lines.push(`  # ${prompt.text}${prompt.validate.required ? '' : ' (optional)'}`);
      if (prompt.hint) lines.push(`  # ${prompt.hint}`);
      lines.push(`  ${id}: ""`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Reads --job before anything else happens, so a wrong path stops the run with nothing touched. */
function readJobPosting(path: string): { role?: string; skills: string[] } | string {
  // A posting saved as a PDF or a Word file would be read as noise: say how to save it as text instead.
  const document = documentProblem(path, 'give that file');
  if (document) return `--job ${path} ${document}`;
  const read = readTextBounded(path, MiB, 'a job posting');
  if (!read.ok) return `--job ${path} ${read.reason}${read.code === 'missing' ? ' (give a job posting saved as a text file)' : ''}`;
  return suggestFromPosting(read.text);
}

/** A path as a person would type it here: relative under the working folder, absolute outside it. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * With --print the answer is linted by the configuration of the folder it would be saved in, which
 * a copy linted elsewhere may not share: one line on standard error names it. Nothing without one.
 */
function configurationNote(configFile: string | null, path: string, options: DraftOptions): string {
  if (!configFile) return '';
  const folder = `${shownPath(dirname(resolve(path))) || '.'}/`;
  const where = options.out === undefined ? 'where the answer would be saved' : 'where --out would save it';
  return `Linted with the configuration for ${folder} (${where}): ${shownPath(configFile)}\n`;
}

/** `--answers`: the answer from a file, its findings, and an exit code as `lint` gives for it. */
async function runAnswers(
  file: AnswersFile,
  options: DraftOptions,
  linting: Linting & { file: string | null },
  io: Io,
  now: Date,
): Promise<number> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const assembled = assembleAnswer(file.framework, file.draft, linting, now);
  const named = options.out === undefined ? answerPath(file.draft.title, now) : { path: options.out };
  const path = named.path;
  // With --print the answer is standard output, so the findings go to standard error.
  const report = options.print ? io.stderr : io.stdout;
  if (options.print) {
    io.stdout.write(assembled.markdown);
    io.stderr.write(configurationNote(linting.file, path, options));
  } else {
    const outcome = writeAnswer(path, assembled.markdown, options.force ?? false);
    if (!outcome.written) {
      const problem =
        outcome.reason === 'exists' ? `${path} exists; use --force to replace it, or --out to write elsewhere` : outcome.message;
      io.stderr.write(`failcoach: ${problem}\n`);
      return 2;
    }
    // Said once it is written: the file passed over is another story's, left as it was.
    if (named.displaced) io.stderr.write(`failcoach: ${displacedNote(named.displaced, path, 'is written to')}\n`);
    const { stats: s, errorCount, warningCount } = assembled.lint;
    io.stdout.write(
      `Wrote ${path} (${summary(s.words, s.speakingSeconds, errorCount, warningCount)}).\nNext: failcoach lint ${shellWord(path)}\n`,
    );
  }
  const result = { ...assembled.lint, filePath: options.print ? '<answer>' : path };
  if (result.findings.length > 0) {
    const paint = await loadPaint(shouldColor(options.color, io.env, Boolean((report as { isTTY?: boolean }).isTTY)));
    const width = terminalWidth(report as { columns?: number }, io.env);
    report.write(formatStylish([result], { paint, rules: RULES, version: packageVersion(), cwd: process.cwd(), width }));
  }
  if (result.errorCount > 0) return 1;
  if (maxWarnings >= 0 && result.warningCount > maxWarnings) {
    io.stderr.write(`failcoach: ${plural(result.warningCount, 'warning')}, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function isInterrupt(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** Where another `failcoach draft` has a draft open: "“Clinic bookings moved an hour” is open … (process 4242)". */
function openElsewhere(drafts: readonly SavedDraft[]): string {
  const processes = drafts.map((d) => d.inUseBy).join(', ');
  return drafts.length === 1
    ? `${draftTitle(drafts[0]!.session)} is open in another failcoach draft (process ${processes})`
    : `${drafts.length} saved drafts are open in other failcoach drafts (processes ${processes})`;
}

/**
 * The draft to work on: a saved one the user picks, or a new one (null); or, with --resume when
 * every saved draft is open in another terminal, why there is none to carry on. Never deletes a
 * saved draft; never offers an empty one, or one that another failcoach draft has open.
 */
async function chooseDraft(
  asker: Asker,
  saved: readonly SavedDraft[],
  options: DraftOptions,
): Promise<{ draft: SavedDraft | null } | { refused: string }> {
  if (options.fresh) return { draft: null };
  const withAnswers = saved.filter((d) => answeredCount(d.session) > 0);
  const inUse = withAnswers.filter((d) => d.inUseBy !== undefined);
  const drafts = withAnswers.filter((d) => d.inUseBy === undefined);
  if (options.resume && drafts.length === 0) {
    if (inUse.length > 0) {
      const them = inUse.length === 1 ? 'it' : 'them';
      return { refused: `${openElsewhere(inUse)}; carry ${them} on there, or start a new one with failcoach draft --fresh` };
    }
    asker.say('No saved draft to carry on: starting a new one.');
    return { draft: null };
  }
  // Not offered, and said, so that nobody wonders where the draft went.
  if (inUse.length > 0) {
    const [it, is] = inUse.length === 1 ? ['it', 'is'] : ['they', 'are'];
    asker.say(`${openElsewhere(inUse)}, so ${it} ${is} not offered here; carry ${inUse.length === 1 ? 'it' : 'them'} on there.`);
  }
  if (drafts.length === 0) return { draft: null };
  if (options.resume && drafts.length === 1) {
    // Picked without asking: say which story it is, so nobody carries on the wrong one unawares.
    const only = drafts[0]!;
    asker.say(
      `Carrying on ${draftTitle(only.session)} (${plural(answeredCount(only.session), 'answer')}, ${only.session.startedAt.slice(0, 10)}).`,
    );
    return { draft: only };
  }
  const id = await asker.select<string>({
    message:
      drafts.length === 1
        ? 'You have a saved draft. Carry it on, or start a new one?'
        : `You have ${drafts.length} saved drafts. Which one will you carry on?`,
    choices: [
      // Short enough for 80 columns: the title, then the count and the day, in brackets.
      ...drafts.map((d) => {
        const saved = `${plural(answeredCount(d.session), 'answer')}, ${d.session.startedAt.slice(0, 10)}`;
        return { name: `Carry on ${draftTitle(d.session)}  (${saved})`, value: d.id };
      }),
      ...(options.resume ? [] : [{ name: 'Start a new draft (saved drafts stay saved)', value: '' }]),
    ],
    default: drafts[0]!.id,
  });
  return { draft: drafts.find((d) => d.id === id) ?? null };
}

interface Interactive {
  asker: Asker;
  framework: Framework;
  prompts: Map<string, Prompt>;
  linting: Linting;
  job?: { role?: string; skills: string[] };
  now: Date;
}

/** The interview and the review, with autosave; the exit code. */
async function runInteractive(run: Interactive, options: DraftOptions, io: Io): Promise<number> {
  const { asker, prompts } = run;
  let { framework } = run;
  const { autosave, drafts } = Autosave.open(io, run.now);
  let session: Session | null = null;
  try {
    const chosen = await chooseDraft(asker, drafts, options);
    if ('refused' in chosen) {
      io.stderr.write(`failcoach: ${chosen.refused}\n`);
      return 2;
    }
    const picked = chosen.draft;
    if (picked && options.framework === undefined) framework = resolveFramework(picked.session.framework, prompts);
    session = picked ? picked.session : newSession(framework.id, run.now);
    if (!autosave.take(picked ? picked.id : null, session)) return 2;
    session.framework = framework.id;
    const save = (s: Session): void => autosave.save(s);
    save(session);
    const current = session;
    // The line that was being typed when the last run was stopped comes back as the answer shown, once.
    // It stays in the draft until that question is answered: a second Ctrl-C there keeps it, and counts it.
    const resuming: Asker = {
      ...asker,
      text: async (question) => {
        const unsent = current.unsent;
        if (!unsent || unsent.message !== question.message) return asker.text(question);
        const answer = await asker.text({ ...question, default: unsent.text });
        delete current.unsent;
        return answer;
      },
    };
    const deps: InterviewDeps = {
      asker: resuming,
      framework,
      prompts,
      save,
      linting: run.linting,
      ...(run.job ? { job: run.job } : {}),
    };
    await interview(deps, session);
    return await review({
      ...deps,
      session,
      now: run.now,
      ...(options.out ? { out: options.out } : {}),
      force: options.force ?? false,
      savedIn: () => autosave.where,
      discard: () => autosave.discard(),
      write: (text) => void io.stdout.write(wrapLines(text, terminalWidth(io.stdout, io.env))),
    });
  } catch (error) {
    if (isInterrupt(error)) {
      const unsent = (error as { unsent?: Session['unsent'] }).unsent;
      if (session) {
        if (unsent) session.unsent = unsent;
        // Saved as it is counted: the count said here is the one the resume list will show.
        autosave.save(session);
      }
      // Wrapped at word boundaries like the rest of the interview: the folder's path is kept whole.
      io.stderr.write(wrapLines(stoppedMessage(session, autosave), terminalWidth(io.stderr as { columns?: number }, io.env)));
      return 130;
    }
    if (error instanceof DataError || error instanceof FileError) {
      io.stderr.write(`failcoach: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    autosave.close();
  }
}

/** Everything the interactive run needs before the first question, or the one-line reason it cannot start. */
type Prepared = Omit<Interactive, 'linting' | 'now'> & { close?: () => void };

async function prepareInteractive(
  options: DraftOptions,
  io: Io,
  prompts: Map<string, Prompt>,
  injected?: { asker?: Asker },
): Promise<Prepared> {
  const framework = resolveFramework(options.framework ?? 'star', prompts);
  const interactive = injected?.asker !== undefined || (Boolean(io.stdin.isTTY) && Boolean(io.stdout.isTTY));
  if (!interactive) {
    throw new UsageError(
      'draft asks questions and needs a terminal; in scripts use --answers answers.yaml ("failcoach draft --template" prints one)',
    );
  }
  let job: { role?: string; skills: string[] } | undefined;
  if (options.job !== undefined) {
    const posting = readJobPosting(options.job);
    if (typeof posting === 'string') throw new UsageError(posting);
    job = posting;
  }
  if (injected?.asker) return { asker: injected.asker, framework, prompts, ...(job ? { job } : {}) };
  const paint = await loadPaint(shouldColor(options.color, io.env, Boolean(io.stdout.isTTY)));
  const asker = await inquirerAsker(io, paint);
  return { asker, framework, prompts, ...(job ? { job } : {}), close: () => asker.close() };
}

export async function runDraft(options: DraftOptions, io: Io, injected?: { asker?: Asker; now?: Date }): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`failcoach: ${message}\n`);
    return 2;
  };
  if (options.fresh && options.resume) return fail('--fresh and --resume contradict each other; give one of them');
  if (options.maxWarnings !== undefined && options.answers === undefined) {
    return fail('--max-warnings works with --answers (the interactive draft shows every finding before you save)');
  }
  const now = injected?.now ?? new Date();
  try {
    const prompts = loadPrompts();
    // The settings `failcoach lint` will use for the saved answer: its folder's configuration file.
    const resolver = new SettingsResolver();
    const resolved = await resolver.settingsFor(options.out ?? join('answers', 'answer.md'));
    if (!resolved) return fail(resolver.errors.join('\nfailcoach: '));
    const linting: Linting = { settings: resolved.settings, book: resolved.book };
    if (options.template) {
      io.stdout.write(templateFor(resolveFramework(options.framework ?? 'star', prompts), prompts));
      return 0;
    }
    if (options.answers !== undefined) {
      const answers = readAnswersFile(options.answers, options.framework, prompts);
      return await runAnswers(answers, options, { ...linting, file: resolved.file }, io, now);
    }
    const prepared = await prepareInteractive(options, io, prompts, injected);
    try {
      return await runInteractive({ ...prepared, linting, now }, options, io);
    } finally {
      prepared.close?.();
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof DataError) return fail(error.message);
    throw error;
  }
}

/** `failcoach frameworks`: what --framework accepts. */
export function listFrameworks(width = 80): string {
  const prompts = loadPrompts();
  const lines = frameworkFiles().map((file) => {
    const f = loadFramework(file, prompts);
    const head = `  ${f.id.padEnd(10)} `;
    return head + wrapText(`${f.name}: ${f.description}`, { width, indent: ' '.repeat(head.length), firstLineUsed: head.length });
  });
  const title = wrapText('Frameworks (failcoach draft --framework <id>, or a path to your own YAML):', { width });
  return [title, '', ...lines, ''].join('\n');
}
