/**
 * The review before saving: the assembled answer with its findings quoted, then save, answer a
 * section again, edit a section in the user's editor, or stop. Saving never replaces a file
 * without a yes, and a no offers another name there and then.
 */
import { folded } from '../formatters/fold.js';
import { subjectOf } from '../formatters/subject.js';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { FileError } from '../io/errors.js';
import { pathExists, writeFileSafely } from '../io/write.js';
import type { FileResult } from '../lint/result.js';
import { formatDuration } from '../util/duration.js';
import { plural } from '../util/plural.js';
import { assembleAnswer, slugFor, type AssembledAnswer, type DraftAnswers } from './assemble.js';
import type { Prompt } from './data.js';
import { reanswerSection, validator, type InterviewDeps } from './interview.js';
import { parseSectionFile, sectionFile } from './section-file.js';
import type { Session } from './session.js';
import { cutText } from '../util/cut.js';
import { MiB, readTextBounded } from '../io/read.js';
import { parse } from 'yaml';
import { shellWord } from '../util/shell-word.js';

export interface ReviewContext extends InterviewDeps {
  session: Session;
  now: Date;
  out?: string;
  force: boolean;
  /** Where the draft is autosaved, or null when autosave is off. */
  savedIn: () => string | null;
  /** Removes the autosaved draft once the answer is written. */
  discard: () => void;
  /** Writes to standard output (the final "Wrote …" lines). */
  write: (text: string) => void;
}

export type WriteOutcome = { written: true } | { written: false; reason: 'exists' } | { written: false; reason: 'failed'; message: string };

/** Writes an answer file: private (0600) when new, its folder created 0700, never over a file unless `replace`. */
export function writeAnswer(path: string, markdown: string, replace: boolean): WriteOutcome {
  if (!replace && pathExists(path)) return { written: false, reason: 'exists' };
  try {
    writeFileSafely(path, markdown, { mode: 0o600, folderMode: 0o700 });
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    return { written: false, reason: 'failed', message: `cannot write the answer: ${error.message}` };
  }
  return { written: true };
}

export function summary(words: number, seconds: number, errors: number, warnings: number): string {
  return `${plural(words, 'word')}, ${formatDuration(seconds)} spoken, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** The findings of the preview: severity, the quoted words, the message and the rule. The preview has no line numbers. */
export function previewFindings(result: FileResult): string {
  const s = result.stats;
  const target = `(target ${result.length.min}–${result.length.max} words)`;
  const head = `${summary(s.words, s.speakingSeconds, result.errorCount, result.warningCount)} ${target}`;
  // Advice given at several sentences is told once, with the other sentences after it, as the lint report folds it.
  const lines = folded(result.findings).map(([f, repeats]) => {
    const subject = subjectOf(f);
    const line = `  ▸ ${f.severity}: ${subject.quote ?? 'the whole answer'} — ${subject.message} (${f.ruleId})`;
    const also = repeats.map((r) => subjectOf(r).quote ?? 'the whole answer');
    return also.length === 0 ? line : `${line}\n    also at ${also.join(', ')}`;
  });
  return [head, ...lines].join('\n');
}

function promptsOf(ctx: ReviewContext, ids: readonly string[]): Prompt[] {
  return [...new Set(ids)].map((id) => ctx.prompts.get(id)!).filter((p) => !(p.id === 'role-link' && !ctx.session.role));
}

/** Answers the framework needs that are missing or no longer valid (after an edit, or in an old draft). */
export function incompleteAnswers(ctx: Pick<ReviewContext, 'framework' | 'prompts'>, answers: Record<string, string>): string[] {
  const ids = [...new Set(ctx.framework.sections.flatMap((s) => s.prompts))];
  return ids.flatMap((id) => {
    const prompt = ctx.prompts.get(id)!;
    const verdict = validator(prompt)(answers[id] ?? '');
    return verdict === true ? [] : [`${prompt.text} — ${verdict}`];
  });
}

function assemble(ctx: ReviewContext): AssembledAnswer {
  const { session } = ctx;
  const draft: DraftAnswers = {
    ...(session.chosen ? { title: session.chosen } : {}),
    ...(session.role ? { role: session.role } : {}),
    ...(session.skills ? { skills: session.skills } : {}),
    answers: session.answers,
  };
  return assembleAnswer(ctx.framework, draft, ctx.linting, ctx.now);
}

/** Opens one section in the user's editor and takes back each answer that is still valid. */
async function editSection(ctx: ReviewContext, sectionId: string): Promise<void> {
  const { asker, session } = ctx;
  const section = ctx.framework.sections.find((s) => s.id === sectionId)!;
  const editor = asker.editor!;
  const folder = mkdtempSync(join(tmpdir(), 'failcoach-edit-'));
  const file = join(folder, `${section.id}.md`);
  writeFileSync(file, sectionFile(section, promptsOf(ctx, section.prompts), session.answers), { mode: 0o600 });
  asker.say(`Opening ${section.title} in ${editor.name}; save and close the file to come back.`);
  const problem = await editor.open(file);
  if (problem) {
    asker.say(`Your answers are unchanged: ${problem}.`);
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  const { answers, stray } = parseSectionFile(readFileSync(file, 'utf8'));
  let keep = stray !== '';
  if (stray) asker.say(`Text above the first question was not used: “${cutText(stray, 60)}${stray.length > 60 ? '…' : ''}”.`);
  for (const prompt of promptsOf(ctx, section.prompts)) {
    const edited = answers.get(prompt.id);
    if (edited === undefined) {
      asker.say(`Kept your earlier answer to "${prompt.text}": its question line [${prompt.id}] is gone from the file.`);
      keep = true;
      continue;
    }
    const verdict = validator(prompt)(edited);
    // An empty or too-short answer keeps the one it would have replaced: required stays required.
    if (verdict !== true) {
      asker.say(`Kept your earlier answer to "${prompt.text}": ${verdict}`);
      keep = true;
      continue;
    }
    session.answers[prompt.id] = edited;
  }
  ctx.save(session);
  if (keep) asker.say(`What you wrote is kept in ${file}.`);
  else rmSync(folder, { recursive: true, force: true });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Checks a file name typed at "save under another name". */
function newNameProblem(value: string): true | string {
  const path = value.trim();
  if (!path) return 'Type a file name, for example answers/my-story.md.';
  if (path.endsWith('/')) return 'That is a folder; add a file name, for example my-story.md.';
  if (pathExists(path)) {
    if (isFolder(path)) return `${path} is a folder; add a file name, for example ${join(path, 'my-story.md')}.`;
    return `${path} exists too; choose a name that is not taken.`;
  }
  return true;
}

/** The first free name beside a taken one: story.md → story-2.md. */
function freeName(path: string): string {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let n = 2; ; n++) if (!pathExists(`${stem}-${n}${ext}`)) return `${stem}-${n}${ext}`;
}

/** The story an answer file names in its front matter (`title:`), or null when it names none or cannot be read. */
export function titleOf(path: string): string | null {
  const read = readTextBounded(path, MiB, 'an answer');
  const front = read.ok ? /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(read.text) : null;
  if (!front) return null;
  try {
    const data: unknown = parse(front[1]!);
    const title = typeof data === 'object' && data !== null ? (data as { title?: unknown }).title : undefined;
    return typeof title === 'string' && title.trim() ? title.trim() : null;
  } catch {
    return null;
  }
}

/**
 * Where an answer goes when no path is given: answers/<story>.md, unless that file holds another
 * story whose title gives the same name ("Café launch", "Cafe launch!"); then the first of
 * <story>-2.md, <story>-3.md… that is free, holds this story, or names no story (those keep the
 * usual rules: never replaced without a yes or --force). `displaced` names the file passed over.
 */
export function answerPath(title: string | undefined, now: Date): { path: string; displaced?: { path: string; title: string } } {
  const first = join('answers', `${slugFor(title, now)}.md`);
  const own = title?.trim();
  if (!own) return { path: first };
  const stem = first.slice(0, -'.md'.length);
  let displaced: { path: string; title: string } | undefined;
  for (let n = 1; ; n++) {
    const path = n === 1 ? first : `${stem}-${n}.md`;
    const held = pathExists(path) ? titleOf(path) : null;
    if (held === null || held === own) return displaced ? { path, displaced } : { path };
    displaced ??= { path, title: held };
  }
}

/** "answers/x.md holds another story (“Café launch”)": why an answer goes under another name. */
export function displacedNote(displaced: { path: string; title: string }, path: string, verb: string): string {
  return `${displaced.path} holds another story (“${displaced.title}”), so this one ${verb} ${path}`;
}

/** Where to save: the planned path, or, when it exists and the user will not replace it, another name; null to go back. */
async function savePath(ctx: ReviewContext, path: string): Promise<{ path: string; replace: boolean } | null> {
  if (ctx.force || !pathExists(path)) return { path, replace: ctx.force };
  const choice = await ctx.asker.select<string>({
    message: `${path} exists. Replace it?`,
    choices: [
      { name: 'Save under another name', value: 'rename' },
      { name: `Replace ${path}`, value: 'replace' },
      { name: 'Do not save yet (back to the review)', value: 'back' },
    ],
    default: 'rename',
  });
  if (choice === 'back') return null;
  if (choice === 'replace') return { path, replace: true };
  const typed = await ctx.asker.text({ message: 'Save as:', default: freeName(path), validate: newNameProblem });
  const chosen = typed.trim();
  return { path: extname(chosen) ? chosen : `${chosen}.md`, replace: false };
}

/** Saves the answer; true when it was written. */
async function saveAnswer(ctx: ReviewContext, assembled: AssembledAnswer): Promise<boolean> {
  const { asker } = ctx;
  const errors = assembled.lint.errorCount;
  const message = `The answer still has ${plural(errors, 'error')} (listed above). Save it anyway?`;
  if (errors > 0 && !(await asker.confirm({ message, default: false }))) return false;
  let planned = ctx.out;
  if (planned === undefined) {
    const named = answerPath(ctx.session.chosen, ctx.now);
    if (named.displaced) asker.say(`${displacedNote(named.displaced, named.path, 'will be saved as')}.`);
    planned = named.path;
  }
  const target = await savePath(ctx, planned);
  if (!target) return false;
  const outcome = writeAnswer(target.path, assembled.markdown, target.replace);
  if (!outcome.written) {
    const why =
      outcome.reason === 'exists'
        ? `${target.path} exists now. Choose "Save" again.`
        : `${outcome.message}. Your draft is still here; fix that and choose "Save" again.`;
    asker.say(`Not saved: ${why}`);
    return false;
  }
  ctx.discard();
  const s = assembled.lint.stats;
  const counts = summary(s.words, s.speakingSeconds, errors, assembled.lint.warningCount);
  ctx.write(`\nWrote ${target.path} (${counts}).\nNext: failcoach lint ${shellWord(target.path)}\n`);
  return true;
}

function showPreview(ctx: ReviewContext, assembled: AssembledAnswer): string[] {
  const { asker } = ctx;
  asker.say(`\n${assembled.markdown.replace(/^---[\s\S]*?---\n\n/, '')}`);
  asker.say(previewFindings(assembled.lint));
  const incomplete = incompleteAnswers(ctx, ctx.session.answers);
  if (incomplete.length > 0) asker.say(`Still to answer before saving:\n${incomplete.map((line) => `  ▸ ${line}`).join('\n')}`);
  return incomplete;
}

const NO_EDITOR =
  'No editor is set: set VISUAL or EDITOR (for example "export EDITOR=nano") and run failcoach draft again; your answers stay saved.';

/** The review loop; the exit code of the run (0 saved or stopped). */
export async function review(ctx: ReviewContext): Promise<number> {
  const { asker, framework } = ctx;
  // The preview again after anything that may have changed the answer; not after a message alone.
  let changed = true;
  for (;;) {
    const assembled = assemble(ctx);
    const incomplete = changed ? showPreview(ctx, assembled) : incompleteAnswers(ctx, ctx.session.answers);
    changed = true;
    const editorName = asker.editor?.name;
    const savedIn = ctx.savedIn();
    const action = await asker.select<string>({
      message: 'What next?',
      choices: [
        { name: 'Save the answer', value: 'save' },
        { name: 'Answer a section again', value: 'again' },
        ...(asker.editor ? [{ name: `Edit a section in your editor (${editorName ?? 'none set'})`, value: 'edit' }] : []),
        { name: savedIn ? 'Stop for now (your answers stay saved)' : 'Stop (autosave is off: these answers will be lost)', value: 'stop' },
      ],
    });
    if (action === 'stop') {
      const kept = savedIn
        ? `Your answers are saved in ${savedIn}; run failcoach draft to carry on.`
        : 'Stopped without saving: autosave was off, so these answers are not kept.';
      ctx.write(`${kept}\n`);
      return 0;
    }
    if (action === 'edit' && !editorName) {
      asker.say(NO_EDITOR);
      changed = false;
      continue;
    }
    if (action === 'again' || action === 'edit') {
      const choices = framework.sections.map((s) => ({ name: s.title, value: s.id, description: s.guidance }));
      const sectionId = await asker.select<string>({ message: 'Which section?', choices });
      if (action === 'again') await reanswerSection(ctx, ctx.session, sectionId);
      else await editSection(ctx, sectionId);
      continue;
    }
    if (incomplete.length > 0) {
      asker.say('Not saved: answer the questions listed above first ("Answer a section again").');
      continue;
    }
    if (await saveAnswer(ctx, assembled)) return 0;
  }
}
