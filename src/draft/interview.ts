/**
 * The guided reflection: target, brainstorm, screen, diagnose, the framework's sections and the
 * lessons, then review. It talks through an Asker, so tests drive it with scripted answers and
 * the command drives it with inquirer; it saves the session after every answer.
 */
import { parseAnswer } from '../answer/parse.js';
import { lintAnswer, phraseBookFor, type Finding } from '../lint/engine.js';
import { RULES } from '../lint/rules/index.js';
import type { Linting } from './assemble.js';
import type { Framework, Prompt } from './data.js';
import type { Session } from './session.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Asker {
  text(options: { message: string; hint?: string; default?: string; validate: (value: string) => true | string }): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(options: { message: string; choices: Array<Choice<T>>; default?: T }): Promise<T>;
  /** Opens $EDITOR on a text; absent where no editor can run. */
  editor?(options: { message: string; default: string }): Promise<string>;
  say(text: string): void;
}

export interface InterviewDeps {
  asker: Asker;
  framework: Framework;
  prompts: ReadonlyMap<string, Prompt>;
  save: (session: Session) => void;
  /** The user's effective settings, so coaching agrees with `failcoach lint`. */
  linting: Linting;
  /** Suggestions from a job posting (--job): a role and skills to offer as defaults. */
  job?: { role?: string; skills: string[] };
}

export function countWords(text: string): number {
  return text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
}

export function validator(prompt: Prompt): (value: string) => true | string {
  return (value) => {
    const words = countWords(value);
    if (words === 0) return prompt.validate.required ? 'This one needs an answer; a sentence is enough.' : true;
    if (words < prompt.validate.minWords) return `A little more, please: at least ${prompt.validate.minWords} words (you have ${words}).`;
    if (words > prompt.validate.maxWords) return `Shorter, please: at most ${prompt.validate.maxWords} words (you have ${words}). Keep the detail for follow-up questions.`;
    return true;
  };
}

/**
 * Findings of the phrase rules (a rule's scope says which) on one answer to one question,
 * through the same linter `lint` uses. A fragment is not a whole answer, so the answer-level
 * judgement, learned on whole answers, stays out: each rule's own check speaks.
 */
export function lintFragment(text: string, linting: Linting): Finding[] {
  const rules = RULES.filter((r) => r.scope === 'phrase');
  const book = linting.book ?? phraseBookFor(linting.settings);
  return lintAnswer(parseAnswer(text), linting.settings, rules, { book, inlineConfig: false, model: null });
}

/** Coaching for an answer: the prompt's own follow-up where its rule fired, else the rule's message. */
export function coaching(prompt: Prompt, text: string, linting: Linting): string[] {
  const findings = lintFragment(text, linting);
  const lines: string[] = [];
  for (const f of findings) {
    const followUp = prompt.followUps.find((u) => u.rule === f.ruleId);
    const line = `"${f.excerpt}": ${followUp ? followUp.text : f.message}`;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}

async function askPrompt(deps: InterviewDeps, session: Session, prompt: Prompt, fallback?: string): Promise<string> {
  const { asker } = deps;
  let value = await asker.text({ message: prompt.text, hint: prompt.hint, default: session.answers[prompt.id] ?? fallback ?? '', validate: validator(prompt) });
  for (;;) {
    const notes = value.trim() ? coaching(prompt, value, deps.linting) : [];
    if (notes.length === 0) break;
    asker.say(notes.map((n) => `  ▸ ${n}`).join('\n'));
    const again = await asker.confirm({ message: 'Rephrase it?', default: true });
    if (!again) break;
    value = await asker.text({ message: prompt.text, hint: prompt.hint, default: value, validate: validator(prompt) });
  }
  session.answers[prompt.id] = value.trim();
  deps.save(session);
  return value.trim();
}

function promptOf(deps: InterviewDeps, id: string): Prompt {
  const prompt = deps.prompts.get(id);
  if (!prompt) throw new Error(`prompt "${id}" is missing from prompts/`);
  return prompt;
}

function stagePrompts(deps: InterviewDeps, stage: string): Prompt[] {
  return [...deps.prompts.values()].filter((p) => p.stage === stage);
}

const ORDER = ['target', 'brainstorm', 'screen', 'diagnose', 'sections', 'review'];

function reached(session: Session, stage: string): boolean {
  return ORDER.indexOf(session.stage) > ORDER.indexOf(stage);
}

function advance(deps: InterviewDeps, session: Session, stage: string): void {
  session.stage = stage;
  deps.save(session);
}

async function target(deps: InterviewDeps, session: Session): Promise<void> {
  const { asker } = deps;
  asker.say('\nStep 1 of 6 · The role (optional)');
  const role = await asker.text({ message: promptOf(deps, 'role').text, hint: promptOf(deps, 'role').hint, default: session.role ?? deps.job?.role ?? '', validate: validator(promptOf(deps, 'role')) });
  session.role = role.trim() || undefined;
  deps.save(session);
  const skills = await asker.text({ message: promptOf(deps, 'skills').text, hint: promptOf(deps, 'skills').hint, default: (session.skills ?? deps.job?.skills ?? []).join(', '), validate: validator(promptOf(deps, 'skills')) });
  session.skills = skills.split(',').map((s) => s.trim()).filter(Boolean);
  advance(deps, session, 'brainstorm');
}

async function brainstorm(deps: InterviewDeps, session: Session): Promise<void> {
  const { asker } = deps;
  const prompt = promptOf(deps, 'failure');
  asker.say('\nStep 2 of 6 · Brainstorm: list real failures, one line each. Press Enter on an empty line when done.');
  while (session.candidates.length < 10) {
    // The hint once, with the first line; after that it would only repeat itself.
    const hint = session.candidates.length === 0 ? prompt.hint : undefined;
    const line = await asker.text({ message: `${prompt.text} (${session.candidates.length + 1} of up to 10)`, ...(hint ? { hint } : {}), validate: (v) => (v.trim() === '' && session.candidates.length === 0 ? 'Name at least one failure to work with.' : validator(prompt)(v)) });
    if (line.trim() === '') break;
    session.candidates.push(line.trim());
    deps.save(session);
  }
  advance(deps, session, 'screen');
}

async function screen(deps: InterviewDeps, session: Session): Promise<void> {
  const { asker } = deps;
  const questions = stagePrompts(deps, 'screen');
  if (session.candidates.length > 1) {
    asker.say('\nStep 3 of 6 · Screen each story with a few quick questions.');
    for (const candidate of session.candidates) {
      if (session.scores[candidate] !== undefined) continue;
      asker.say(`\n“${candidate}”`);
      let score = 0;
      for (const q of questions) if (await asker.confirm({ message: q.text, default: q.weight > 0 })) score += q.weight;
      session.scores[candidate] = score;
      deps.save(session);
    }
  } else {
    session.scores[session.candidates[0]!] = 0;
  }
  const ranked = [...session.candidates].sort((a, b) => (session.scores[b] ?? 0) - (session.scores[a] ?? 0));
  const best = ranked[0]!;
  session.chosen = await asker.select({
    message: session.candidates.length > 1 ? `Which story will you tell? Recommended: “${best}”` : 'The story you will tell:',
    choices: ranked.map((c) => ({ name: `${c}${c === best && session.candidates.length > 1 ? '  (recommended)' : ''}${(session.scores[c] ?? 0) < 0 ? '  (a breach: choose another)' : ''}`, value: c })),
    default: best,
  });
  advance(deps, session, 'diagnose');
}

async function diagnose(deps: InterviewDeps, session: Session): Promise<void> {
  deps.asker.say(`\nStep 4 of 6 · Diagnose “${session.chosen}”. Plain facts first; you will shape them next.`);
  for (const prompt of stagePrompts(deps, 'diagnose')) {
    if (session.answers[prompt.id] !== undefined) continue;
    await askPrompt(deps, session, prompt);
  }
  advance(deps, session, 'sections');
}

/** Prompts the framework needs that diagnosis did not already answer, in section order. */
function sectionPrompts(deps: InterviewDeps): Array<{ prompt: Prompt; section: Framework['sections'][number] }> {
  const seen = new Set<string>();
  const list: Array<{ prompt: Prompt; section: Framework['sections'][number] }> = [];
  for (const section of deps.framework.sections) {
    for (const id of section.prompts) {
      if (seen.has(id)) continue;
      seen.add(id);
      list.push({ prompt: promptOf(deps, id), section });
    }
  }
  return list;
}

async function sections(deps: InterviewDeps, session: Session): Promise<void> {
  const { asker, framework } = deps;
  const lessonStage = sectionPrompts(deps).some(({ prompt }) => prompt.stage === 'lessons');
  let shown = '';
  for (const { prompt, section } of sectionPrompts(deps)) {
    if (prompt.stage !== 'sections' && prompt.stage !== 'lessons') continue;
    if (session.answers[prompt.id] !== undefined) continue;
    if (shown !== section.id) {
      const step = prompt.stage === 'lessons' && lessonStage ? 'Step 6 of 6 · Lessons' : `Step 5 of 6 · ${framework.name}`;
      asker.say(`\n${step} — ${section.title}: ${section.guidance}`);
      shown = section.id;
    }
    // The fix told during diagnosis is the natural first draft of the response.
    const fallback = prompt.id === 'response' ? session.answers['made-right'] : undefined;
    await askPrompt(deps, session, prompt, fallback);
  }
  advance(deps, session, 'review');
}

/** Runs every stage not yet done; returns when the answers are complete. */
export async function interview(deps: InterviewDeps, session: Session): Promise<void> {
  if (!reached(session, 'target') && session.stage === 'target') await target(deps, session);
  if (session.stage === 'brainstorm') await brainstorm(deps, session);
  if (session.stage === 'screen') await screen(deps, session);
  if (session.stage === 'diagnose') await diagnose(deps, session);
  if (session.stage === 'sections') await sections(deps, session);
}

/** Asks one section's prompts again (the review loop's "answer again"). */
export async function reanswerSection(deps: InterviewDeps, session: Session, sectionId: string): Promise<void> {
  const section = deps.framework.sections.find((s) => s.id === sectionId);
  if (!section) return;
  deps.asker.say(`\n${section.title}: ${section.guidance}`);
  for (const id of section.prompts) await askPrompt(deps, session, promptOf(deps, id));
}
