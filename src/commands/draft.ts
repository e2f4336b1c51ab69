/**
 * `failcoach draft`: the guided reflection that writes an answer file, and its non-interactive
 * twin (`--answers`). Both assemble and lint through the same code as `failcoach lint`.
 */
import { join } from 'node:path';
import { DataError, frameworkFiles, loadFramework, loadPrompts, resolveFramework, type Framework, type Prompt } from '../draft/data.js';
import { assembleAnswer, slugFor, type DraftAnswers } from '../draft/assemble.js';
import { readAnswersFile, type AnswersFile } from '../draft/answers-file.js';
import { countWords, interview, reanswerSection, validator, type Asker, type InterviewDeps } from '../draft/interview.js';
import { DraftStore, answeredCount, draftTitle, newSession, type SavedDraft, type Session } from '../draft/session.js';
import { loadPaint, shouldColor } from '../io/color.js';
import { pathExists, writeFileSafely } from '../io/write.js';
import { FileError } from '../io/errors.js';
import { MiB, readTextBounded } from '../io/read.js';
import { plural } from '../util/plural.js';
import { formatStylish } from '../formatters/stylish.js';
import { RULES } from '../lint/rules/index.js';
import { packageVersion } from '../util/version.js';
import { formatDuration } from '../util/duration.js';
import type { Io } from '../cli/io.js';
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
  color?: boolean;
}

const SKILL_WORDS = [
  'communication', 'stakeholder management', 'leadership', 'prioritisation', 'prioritization', 'planning', 'sql', 'python', 'analysis',
  'negotiation', 'ownership', 'collaboration', 'mentoring', 'attention to detail', 'problem solving', 'project management', 'customer service',
  'data', 'testing', 'budgeting', 'forecasting', 'presentation', 'writing', 'design', 'research', 'sales', 'operations', 'quality',
];

/** A role and the skills a job posting mentions most, offered as defaults (never sent anywhere). */
export function suggestFromPosting(text: string): { role?: string; skills: string[] } {
  const firstLine = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0);
  const lower = text.toLowerCase();
  const counted = SKILL_WORDS.map((skill) => ({ skill, count: lower.split(skill).length - 1 })).filter((s) => s.count > 0);
  counted.sort((a, b) => b.count - a.count);
  return {
    ...(firstLine && countWords(firstLine) <= 10 ? { role: firstLine.replace(/[:.]$/, '') } : {}),
    skills: counted.slice(0, 3).map((s) => s.skill),
  };
}

/** The text prompts a framework asks, in order, once each. */
function frameworkPrompts(framework: Framework, prompts: ReadonlyMap<string, Prompt>): Prompt[] {
  const ids = [...new Set(framework.sections.flatMap((s) => s.prompts))];
  return ids.map((id) => prompts.get(id)!);
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
  return lines.join('\n') + '\n';
}

function summary(words: number, seconds: number, errors: number, warnings: number): string {
  return `${plural(words, 'word')}, ${formatDuration(seconds)} spoken, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** The inquirer-backed asker, loaded only when `draft` runs interactively. */
async function inquirerAsker(io: Io, paint: Awaited<ReturnType<typeof loadPaint>>): Promise<Asker> {
  const { input, confirm, select, editor } = await import('@inquirer/prompts');
  const context = { input: io.stdin, output: io.stdout };
  return {
    text: async ({ message, hint, default: value, validate }) => {
      if (hint) io.stdout.write(`${paint.dim(hint)}\n`);
      return input({ message, ...(value ? { default: value } : {}), validate }, context);
    },
    confirm: ({ message, default: value }) => confirm({ message, ...(value === undefined ? {} : { default: value }) }, context),
    select: <T>({ message, choices, default: value }: { message: string; choices: Array<{ name: string; value: T; description?: string }>; default?: T }) =>
      select<T>({ message, choices, ...(value === undefined ? {} : { default: value }) }, context),
    editor: ({ message, default: value }) => editor({ message, default: value, waitForUserInput: false }, context),
    say: (text) => io.stdout.write(`${text}\n`),
  };
}

function isInterrupt(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

type WriteOutcome = { written: true } | { written: false; reason: 'exists' } | { written: false; reason: 'failed'; message: string };

/** Writes an answer file: private (0600) when new, answers/ created 0700, never over a file without --force or a yes. */
async function writeAnswer(path: string, markdown: string, force: boolean, asker: Asker | null): Promise<WriteOutcome> {
  if (pathExists(path) && !force) {
    if (!asker || !(await asker.confirm({ message: `${path} exists. Replace it?`, default: false }))) return { written: false, reason: 'exists' };
  }
  try {
    writeFileSafely(path, markdown, { mode: 0o600, folderMode: 0o700 });
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    return { written: false, reason: 'failed', message: `cannot write the answer: ${error.message}` };
  }
  return { written: true };
}

/** Reads --job before anything else happens, so a wrong path stops the run with nothing touched. */
function readJobPosting(path: string): { role?: string; skills: string[] } | string {
  const read = readTextBounded(path, MiB, 'a job posting');
  if (!read.ok) return `--job ${path} ${read.reason}${read.code === 'missing' ? ' (give a job posting saved as a text file)' : ''}`;
  return suggestFromPosting(read.text);
}

/** Answers the framework needs that are missing or no longer valid (after an edit, or in an old draft). */
function incompleteAnswers(framework: Framework, prompts: ReadonlyMap<string, Prompt>, answers: Record<string, string>): string[] {
  return frameworkPrompts(framework, prompts).flatMap((prompt) => {
    const verdict = validator(prompt)(answers[prompt.id] ?? '');
    return verdict === true ? [] : [`${prompt.text} — ${verdict}`];
  });
}

/** The draft to work on: a saved one the user picks, or a new one. Never deletes a saved draft. */
async function chooseDraft(asker: Asker, drafts: readonly SavedDraft[], options: DraftOptions): Promise<SavedDraft | null> {
  if (options.fresh || drafts.length === 0) return null;
  if (options.resume && drafts.length === 1) return drafts[0]!;
  const id = await asker.select<string>({
    message: drafts.length === 1 ? 'You have a saved draft. Carry it on, or start a new one?' : `You have ${drafts.length} saved drafts. Which one will you carry on?`,
    choices: [
      ...drafts.map((d) => ({ name: `Carry on ${draftTitle(d.session)}, started ${d.session.startedAt.slice(0, 10)} (${plural(answeredCount(d.session), 'answer')} saved)`, value: d.id })),
      ...(options.resume ? [] : [{ name: 'Start a new draft (saved drafts stay saved)', value: '' }]),
    ],
    default: drafts[0]!.id,
  });
  return drafts.find((d) => d.id === id) ?? null;
}

export async function runDraft(options: DraftOptions, io: Io, injected?: { asker?: Asker; now?: Date }): Promise<number> {
  let prompts: Map<string, Prompt>;
  try {
    prompts = loadPrompts();
  } catch (error) {
    if (error instanceof DataError) {
      io.stderr.write(`failcoach: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const now = injected?.now ?? new Date();
  // The settings `failcoach lint` will use for the saved answer: its folder's configuration file.
  const resolver = new SettingsResolver();
  const resolved = await resolver.settingsFor(options.out ?? join('answers', 'answer.md'));
  if (!resolved) {
    io.stderr.write(`failcoach: ${resolver.errors[0]}\n`);
    return 2;
  }
  const linting: Linting = { settings: resolved.settings, book: resolved.book };

  if (options.template) {
    try {
      io.stdout.write(templateFor(resolveFramework(options.framework ?? 'star', prompts), prompts));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      io.stderr.write(`failcoach: ${error.message}\n`);
      return 2;
    }
    return 0;
  }

  if (options.answers !== undefined) {
    let file: AnswersFile;
    try {
      file = readAnswersFile(options.answers, options.framework, prompts);
    } catch (error) {
      if (error instanceof DataError) {
        io.stderr.write(`failcoach: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    const assembled = assembleAnswer(file.framework, file.draft, linting, now);
    if (options.print) {
      io.stdout.write(assembled.markdown);
      return 0;
    }
    const path = options.out ?? join('answers', `${slugFor(file.draft.title, now)}.md`);
    const outcome = await writeAnswer(path, assembled.markdown, options.force ?? false, null);
    if (!outcome.written) {
      io.stderr.write(outcome.reason === 'exists' ? `failcoach: ${path} exists; use --force to replace it, or --out to write elsewhere\n` : `failcoach: ${outcome.message}\n`);
      return 2;
    }
    const s = assembled.lint.stats;
    io.stdout.write(`Wrote ${path} (${summary(s.words, s.speakingSeconds, assembled.lint.errorCount, assembled.lint.warningCount)}).\nNext: failcoach lint ${path}\n`);
    return 0;
  }

  let framework: Framework;
  try {
    framework = resolveFramework(options.framework ?? 'star', prompts);
  } catch (error) {
    if (error instanceof DataError) {
      io.stderr.write(`failcoach: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const interactive = injected?.asker !== undefined || (Boolean(io.stdin.isTTY) && Boolean(io.stdout.isTTY));
  if (!interactive) {
    io.stderr.write('failcoach: draft asks questions and needs a terminal; in scripts use --answers answers.yaml ("failcoach draft --template" prints one)\n');
    return 2;
  }
  if (options.fresh && options.resume) {
    io.stderr.write('failcoach: --fresh and --resume contradict each other; give one of them\n');
    return 2;
  }
  let job: { role?: string; skills: string[] } | undefined;
  if (options.job !== undefined) {
    const posting = readJobPosting(options.job);
    if (typeof posting === 'string') {
      io.stderr.write(`failcoach: ${posting}\n`);
      return 2;
    }
    job = posting;
  }
  const paint = await loadPaint(shouldColor(options.color, io.env, Boolean(io.stdout.isTTY)));
  const asker = injected?.asker ?? (await inquirerAsker(io, paint));

  // Autosave: a store of drafts, or the reason there is none (the interview still runs).
  const opened = DraftStore.open(io.env, () => now);
  let store: DraftStore | null = opened.ok ? opened.store : null;
  let autosaveProblem: string | null = opened.ok ? null : opened.reason;
  let drafts: SavedDraft[] = [];
  if (store) {
    try {
      const listed = store.list();
      drafts = listed.drafts;
      for (const notice of listed.notices) io.stderr.write(`failcoach: ${notice}\n`);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      autosaveProblem = error.message;
      store = null;
    }
  }
  if (autosaveProblem) io.stderr.write(`failcoach: cannot autosave this draft: ${autosaveProblem}. Your answers stay only in this window until you save the answer.\n`);

  let session: Session | null = null;
  let draftId = '';
  let release: (() => void) | null = null;
  const where = (): string => (store ? store.pathOf(draftId) : '');
  const save = (s: Session): void => {
    // A draft with nothing in it yet is not worth a file: it would only clutter the resume list.
    if (!store || (answeredCount(s) === 0 && !pathExists(store.pathOf(draftId)))) return;
    try {
      store.save(draftId, s);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      store = null;
      autosaveProblem = error.message;
      io.stderr.write(`failcoach: autosave stopped: ${error.message}. Your answers stay only in this window until you save the answer.\n`);
    }
  };
  try {
    const picked = await chooseDraft(asker, drafts, options);
    if (picked) {
      session = picked.session;
      draftId = picked.id;
      if (options.framework === undefined) framework = resolveFramework(session.framework, prompts);
    } else {
      session = newSession(framework.id, now);
      draftId = store ? store.newId(session) : 'unsaved';
    }
    if (store) {
      let lock;
      try {
        lock = store.lock(draftId);
      } catch (error) {
        // A drafts folder that can be read but not written: carry on without autosave, and say so.
        if (!(error instanceof FileError)) throw error;
        autosaveProblem = error.message;
        store = null;
        io.stderr.write(`failcoach: cannot autosave this draft: ${error.message}. Your answers stay only in this window until you save the answer.\n`);
      }
      if (lock && !lock.ok) {
        io.stderr.write(`failcoach: that draft is open in another failcoach draft (process ${lock.pid}); carry it on there, or choose another draft\n`);
        return 2;
      }
      if (lock) release = lock.release;
    }
    session.framework = framework.id;
    save(session);
    const deps: InterviewDeps = { asker, framework, prompts, save, linting, ...(job ? { job } : {}) };
    await interview(deps, session);

    for (;;) {
      const draft: DraftAnswers = { ...(session.role ? { role: session.role } : {}), ...(session.skills ? { skills: session.skills } : {}), answers: session.answers };
      const assembled = assembleAnswer(framework, draft, linting, now);
      const result = { ...assembled.lint, filePath: 'Your answer' };
      asker.say(`\n${assembled.markdown.replace(/^---[\s\S]*?---\n\n/, '')}`);
      asker.say(formatStylish([result], { paint, rules: RULES, version: packageVersion(), cwd: process.cwd() }));
      const incomplete = incompleteAnswers(framework, prompts, session.answers);
      if (incomplete.length > 0) asker.say(`Still to answer before saving:\n${incomplete.map((line) => `  ▸ ${line}`).join('\n')}`);
      const action = await asker.select<string>({
        message: 'What next?',
        choices: [
          { name: 'Save the answer', value: 'save' },
          { name: 'Answer a section again', value: 'again' },
          ...(asker.editor ? [{ name: 'Edit a section in your editor', value: 'edit' }] : []),
          { name: store ? 'Stop for now (your answers stay saved)' : 'Stop (autosave is off: these answers will be lost)', value: 'stop' },
        ],
      });
      if (action === 'stop') {
        io.stdout.write(store ? `Your answers are saved in ${where()}; run failcoach draft to carry on.\n` : 'Stopped without saving: autosave was off, so these answers are not kept.\n');
        return 0;
      }
      if (action === 'again' || action === 'edit') {
        const sectionId = await asker.select<string>({ message: 'Which section?', choices: framework.sections.map((s) => ({ name: s.title, value: s.id, description: s.guidance })) });
        if (action === 'again') await reanswerSection({ asker, framework, prompts, save, linting }, session, sectionId);
        else {
          const section = framework.sections.find((s) => s.id === sectionId)!;
          for (const id of section.prompts) {
            const prompt = prompts.get(id)!;
            const edited = (await asker.editor!({ message: `Edit: ${prompt.text}`, default: session.answers[id] ?? '' })).trim();
            const verdict = validator(prompt)(edited);
            // An empty or too-short save keeps the answer it would have replaced: required stays required.
            if (verdict !== true) {
              asker.say(`Kept your earlier answer to "${prompt.text}": ${verdict}`);
              continue;
            }
            session.answers[id] = edited;
            save(session);
          }
        }
        continue;
      }
      if (incomplete.length > 0) {
        asker.say('Not saved: answer the questions listed above first ("Answer a section again").');
        continue;
      }
      const errors = assembled.lint.errorCount;
      if (errors > 0 && !(await asker.confirm({ message: `The answer still has ${plural(errors, 'error')} (listed above). Save it anyway?`, default: false }))) continue;
      const path = options.out ?? join('answers', `${slugFor(session.chosen, now)}.md`);
      const outcome = await writeAnswer(path, assembled.markdown, options.force ?? false, asker);
      if (!outcome.written) {
        asker.say(outcome.reason === 'exists' ? 'Not saved. Choose "Save" again to pick another name with --out next time, or keep revising.' : `Not saved: ${outcome.message}. Your draft is still here; fix that and choose "Save" again.`);
        continue;
      }
      if (store) store.remove(draftId);
      const s = assembled.lint.stats;
      io.stdout.write(`\nWrote ${path} (${summary(s.words, s.speakingSeconds, assembled.lint.errorCount, assembled.lint.warningCount)}).\nNext: failcoach lint ${path}\n`);
      return 0;
    }
  } catch (error) {
    if (isInterrupt(error)) {
      const count = session ? answeredCount(session) : 0;
      io.stderr.write(
        count === 0
          ? '\nStopped before any answer; nothing to save.\n'
          : store
          ? `\nStopped. ${plural(count, 'answer')} saved in ${where()}; run failcoach draft to carry on where you left off.\n`
          : `\nStopped. Autosave was off (${autosaveProblem ?? 'no state folder'}), so ${plural(count, 'answer')} could not be kept.\n`,
      );
      return 130;
    }
    if (error instanceof DataError || error instanceof FileError) {
      io.stderr.write(`failcoach: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    release?.();
  }
}

/** `failcoach frameworks`: what --framework accepts. */
export function listFrameworks(): string {
  const prompts = loadPrompts();
  const lines = frameworkFiles().map((file) => {
    const f = loadFramework(file, prompts);
    return `  ${f.id.padEnd(10)} ${f.name}: ${f.description}`;
  });
  return ['Frameworks (failcoach draft --framework <id>, or a path to your own YAML):', '', ...lines, ''].join('\n');
}
