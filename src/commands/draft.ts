/**
 * `failcoach draft`: the guided reflection that writes an answer file, and its non-interactive
 * twin (`--answers`). Both assemble and lint through the same code as `failcoach lint`.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { DataError, frameworkFiles, loadFramework, loadPrompts, resolveFramework, type Framework, type Prompt } from '../draft/data.js';
import { assembleAnswer, slugFor, type DraftAnswers } from '../draft/assemble.js';
import { countWords, interview, reanswerSection, validator, type Asker, type InterviewDeps } from '../draft/interview.js';
import { answeredCount, clearSession, loadSession, newSession, saveSession, sessionPath, type Session } from '../draft/session.js';
import { loadPaint, shouldColor } from '../io/color.js';
import { writeFileAtomic } from '../io/write.js';
import { formatStylish } from '../report/stylish.js';
import { RULES } from '../lint/rules/index.js';
import { packageVersion } from '../util/version.js';
import { formatDuration } from '../util/duration.js';
import type { Io } from './lint.js';

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

class InputProblem extends Error {}

/** Reads an answers file for the non-interactive path; every problem is named with its line. */
function readAnswersFile(path: string, framework: Framework, prompts: ReadonlyMap<string, Prompt>): DraftAnswers & { framework?: string } {
  if (!existsSync(path)) throw new InputProblem(`${path} does not exist; "failcoach draft --template > ${path}" writes one to fill in`);
  const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
  if (doc.errors[0]) throw new InputProblem(`${path}:${doc.errors[0].linePos?.[0]?.line ?? 1}: not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  const data = doc.toJS({ maxAliasCount: 50 }) as { framework?: unknown; role?: unknown; skills?: unknown; title?: unknown; answers?: unknown } | null;
  if (!data || typeof data !== 'object' || typeof data.answers !== 'object' || data.answers === null) throw new InputProblem(`${path}: expected an "answers:" mapping; "failcoach draft --template" shows the shape`);
  const answers: Record<string, string> = {};
  for (const [id, value] of Object.entries(data.answers as Record<string, unknown>)) {
    if (!prompts.has(id)) throw new InputProblem(`${path}: unknown answer "${id}"; the framework asks for: ${frameworkPrompts(framework, prompts).map((p) => p.id).join(', ')}`);
    if (value !== null && typeof value !== 'string') throw new InputProblem(`${path}: answer "${id}" must be text`);
    answers[id] = (value ?? '').trim();
  }
  const problems = frameworkPrompts(framework, prompts).flatMap((prompt) => {
    const verdict = validator(prompt)(answers[prompt.id] ?? '');
    return verdict === true ? [] : [`${prompt.id}: ${verdict}`];
  });
  if (problems.length > 0) throw new InputProblem(`${path}: ${problems.length} answer${problems.length === 1 ? '' : 's'} to complete — ${problems.join(' · ')}`);
  return {
    ...(typeof data.framework === 'string' ? { framework: data.framework } : {}),
    ...(typeof data.role === 'string' && data.role.trim() ? { role: data.role.trim() } : {}),
    ...(Array.isArray(data.skills) ? { skills: data.skills.map(String).filter(Boolean) } : {}),
    ...(typeof data.title === 'string' && data.title.trim() ? { title: data.title.trim() } : {}),
    answers,
  };
}

function summary(words: number, seconds: number, errors: number, warnings: number): string {
  return `${words} words, ${formatDuration(seconds)} spoken, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
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

async function writeAnswer(path: string, markdown: string, force: boolean, asker: Asker | null): Promise<boolean> {
  if (existsSync(path) && !force) {
    if (!asker) return false;
    if (!(await asker.confirm({ message: `${path} exists. Replace it?`, default: false }))) return false;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, markdown);
  return true;
}

export async function runDraft(options: DraftOptions, io: Io, injected?: { asker?: Asker; now?: Date }): Promise<number> {
  let prompts: Map<string, Prompt>;
  let framework: Framework;
  try {
    prompts = loadPrompts();
    framework = resolveFramework(options.framework ?? 'star', prompts);
  } catch (error) {
    if (error instanceof DataError) {
      io.stderr.write(`failcoach: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const now = injected?.now ?? new Date();

  if (options.template) {
    io.stdout.write(templateFor(framework, prompts));
    return 0;
  }

  if (options.answers !== undefined) {
    let draft: DraftAnswers;
    try {
      draft = readAnswersFile(options.answers, framework, prompts);
    } catch (error) {
      if (error instanceof InputProblem || error instanceof DataError) {
        io.stderr.write(`failcoach: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    const assembled = assembleAnswer(framework, draft, now);
    if (options.print) {
      io.stdout.write(assembled.markdown);
      return 0;
    }
    const path = options.out ?? join('answers', `${slugFor(draft.title, now)}.md`);
    if (!(await writeAnswer(path, assembled.markdown, options.force ?? false, null))) {
      io.stderr.write(`failcoach: ${path} exists; use --force to replace it, or --out to write elsewhere\n`);
      return 2;
    }
    const s = assembled.lint.stats;
    io.stdout.write(`Wrote ${path} (${summary(s.words, s.speakingSeconds, assembled.lint.errorCount, assembled.lint.warningCount)}).\nNext: failcoach lint ${path}\n`);
    return 0;
  }

  const interactive = injected?.asker !== undefined || (Boolean(io.stdin.isTTY) && Boolean(io.stdout.isTTY));
  if (!interactive) {
    io.stderr.write('failcoach: draft asks questions and needs a terminal; in scripts use --answers answers.yaml ("failcoach draft --template" prints one)\n');
    return 2;
  }
  const paint = await loadPaint(shouldColor(options.color, io.env, Boolean(io.stdout.isTTY)));
  const asker = injected?.asker ?? (await inquirerAsker(io, paint));
  const save = (s: Session): void => saveSession(s, io.env);
  let session: Session | null = options.fresh ? null : loadSession(io.env);
  try {
    if (session && !options.resume) {
      const resume = await asker.confirm({ message: `Resume the draft you started on ${session.startedAt.slice(0, 10)} (${answeredCount(session)} answers saved)?`, default: true });
      if (!resume) session = null;
    }
    if (session && options.framework === undefined) {
      framework = resolveFramework(session.framework, prompts);
    }
    session ??= newSession(framework.id, now);
    session.framework = framework.id;
    save(session);
    const job = options.job !== undefined ? suggestFromPosting(readFileSync(options.job, 'utf8')) : undefined;
    const deps: InterviewDeps = { asker, framework, prompts, save, ...(job ? { job } : {}) };
    await interview(deps, session);

    for (;;) {
      const draft: DraftAnswers = { ...(session.role ? { role: session.role } : {}), ...(session.skills ? { skills: session.skills } : {}), answers: session.answers };
      const assembled = assembleAnswer(framework, draft, now);
      const result = { ...assembled.lint, filePath: 'Your answer' };
      asker.say(`\n${assembled.markdown.replace(/^---[\s\S]*?---\n\n/, '')}`);
      asker.say(formatStylish([result], { paint, length: { min: 180, max: 320, hardMin: 80, hardMax: 450, wordsPerMinute: 150 }, rules: RULES, version: packageVersion(), cwd: process.cwd() }));
      const action = await asker.select<string>({
        message: 'What next?',
        choices: [
          { name: 'Save the answer', value: 'save' },
          { name: 'Answer a section again', value: 'again' },
          ...(asker.editor ? [{ name: 'Edit a section in your editor', value: 'edit' }] : []),
          { name: 'Stop for now (your answers stay saved)', value: 'stop' },
        ],
      });
      if (action === 'stop') {
        io.stdout.write(`Your answers are saved in ${sessionPath(io.env)}; run failcoach draft to carry on.\n`);
        return 0;
      }
      if (action === 'again' || action === 'edit') {
        const sectionId = await asker.select<string>({ message: 'Which section?', choices: framework.sections.map((s) => ({ name: s.title, value: s.id, description: s.guidance })) });
        if (action === 'again') await reanswerSection({ asker, framework, prompts, save }, session, sectionId);
        else {
          const section = framework.sections.find((s) => s.id === sectionId)!;
          for (const id of section.prompts) {
            const edited = await asker.editor!({ message: `Edit: ${prompts.get(id)!.text}`, default: session.answers[id] ?? '' });
            session.answers[id] = edited.trim();
            save(session);
          }
        }
        continue;
      }
      const errors = assembled.lint.errorCount;
      if (errors > 0 && !(await asker.confirm({ message: `The answer still has ${errors} error${errors === 1 ? '' : 's'} (listed above). Save it anyway?`, default: false }))) continue;
      const path = options.out ?? join('answers', `${slugFor(session.chosen, now)}.md`);
      if (!(await writeAnswer(path, assembled.markdown, options.force ?? false, asker))) {
        asker.say('Not saved. Choose "Save" again to pick another name with --out next time, or keep revising.');
        continue;
      }
      clearSession(io.env);
      const s = assembled.lint.stats;
      io.stdout.write(`\nWrote ${path} (${summary(s.words, s.speakingSeconds, assembled.lint.errorCount, assembled.lint.warningCount)}).\nNext: failcoach lint ${path}\n`);
      return 0;
    }
  } catch (error) {
    if (isInterrupt(error)) {
      const count = session ? answeredCount(session) : 0;
      io.stderr.write(`\nStopped. ${count} answer${count === 1 ? '' : 's'} saved in ${sessionPath(io.env)}; run failcoach draft to carry on where you left off.\n`);
      return 130;
    }
    if (error instanceof DataError) {
      io.stderr.write(`failcoach: ${error.message}\n`);
      return 2;
    }
    throw error;
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
