/**
 * The guided reflection: target, brainstorm, screen, diagnose, the framework's sections and the
 * lessons, then review. It talks through an Asker, so tests drive it with scripted answers and
 * the command drives it with inquirer; it saves the session after every answer.
 */
import { parseAnswer } from '../answer/parse.js';
import { lintAnswer, phraseBookFor, type Finding } from '../lint/engine.js';
import { RULES } from '../lint/rules/index.js';
import type { RuleFinding } from '../lint/rule.js';
import type { Linting } from './assemble.js';
import type { Framework, Prompt } from './data.js';
import { rankStories } from './recommend.js';
import type { Session } from './session.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  /** What the answer line shows once chosen (the name without its tags). */
  short?: string;
}

export interface Asker {
  text(options: { message: string; hint?: string; default?: string; validate: (value: string) => true | string }): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(options: { message: string; choices: Array<Choice<T>>; default?: T }): Promise<T>;
  /**
   * The user's editor ($VISUAL, then $EDITOR): its name (absent when neither is set), and `open`,
   * which edits a file and returns a problem, or null once the file is saved. Absent where no editor can run.
   */
  editor?: { name?: string; open(file: string): Promise<string | null> };
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
    if (words > prompt.validate.maxWords)
      return `Shorter, please: at most ${prompt.validate.maxWords} words (you have ${words}). Keep the detail for follow-up questions.`;
    return true;
  };
}

/**
 * Findings of the phrase rules (a rule's scope says which) on one answer to one question,
 * through the same linter `lint` uses. A fragment is not a whole answer, so the answer-level
 * judgement, learned on whole answers, stays out, and so do findings that depend on the rest of
 * the answer: rules that read the whole answer, and findings from clause events (who caused the
 * failure is weighed against what the next sentences own). An answer-scope rule the question asks
 * about (`asked`, its follow-ups' rules) speaks in the messages it declares hold on a fragment
 * (Rule.fragment): the lesson typed for "What did you learn?" is checked for a platitude there and
 * then, not only at the final review.
 */
export function lintFragment(text: string, linting: Linting, asked: readonly string[] = []): Finding[] {
  const partRule = (r: (typeof RULES)[number]): boolean => r.fragment !== undefined && asked.includes(r.id);
  const rules = RULES.filter((r) => (r.scope === 'phrase' && !r.readsWholeAnswer) || partRule(r));
  const holds = new Map(rules.filter(partRule).map((r) => [r.id, new Set<string>(r.fragment)]));
  const book = linting.book ?? phraseBookFor(linting.settings);
  const fromEvents = new Set<string>();
  const trace = (rule: { id: string }, raw: readonly RuleFinding[]): void => {
    for (const f of raw) if (f.basis === 'events') fromEvents.add(`${rule.id}:${f.start}:${f.end}`);
  };
  const findings = lintAnswer(parseAnswer(text), linting.settings, rules, { book, inlineConfig: false, model: null, trace });
  return findings.filter((f) => !fromEvents.has(`${f.ruleId}:${f.start}:${f.end}`) && (holds.get(f.ruleId)?.has(f.messageId) ?? true));
}

/**
 * Coaching for an answer: the prompt's own follow-up where its rule fired, else the rule's message;
 * one line per piece of advice, quoting every phrase it is about. A message that names its phrase
 * ("\"I think\" is one of 3 hedges…") is the same advice for each phrase it is given for: it is
 * said once, for the first, with the others after it.
 */
export function coaching(prompt: Prompt, text: string, linting: Linting): string[] {
  const advice = new Map<string, { said: string; quotes: string[]; others: string[] }>();
  const asked = prompt.followUps.map((u) => u.rule);
  for (const f of lintFragment(text, linting, asked)) {
    const followUp = prompt.followUps.find((u) => u.rule === f.ruleId);
    const said = followUp ? followUp.text : f.message;
    const key = followUp ? said : `${f.ruleId}\0${f.messageId}`;
    const entry = advice.get(key) ?? { said, quotes: [], others: [] };
    // The same words said again join the quotes; other words the message names are listed after it.
    const list = said === entry.said ? entry.quotes : entry.others;
    if (!entry.quotes.includes(f.excerpt) && !entry.others.includes(f.excerpt)) list.push(f.excerpt);
    advice.set(key, entry);
  }
  const quoted = (quotes: readonly string[]): string => quotes.map((q) => `"${q}"`).join(', ');
  return [...advice.values()].map(
    ({ said, quotes, others }) => `${quoted(quotes)}: ${said}${others.length > 0 ? ` Also ${quoted(others)}.` : ''}`,
  );
}

async function askPrompt(deps: InterviewDeps, session: Session, prompt: Prompt, fallback?: string): Promise<string> {
  const { asker } = deps;
  let value = await asker.text({
    message: prompt.text,
    hint: prompt.hint,
    default: session.answers[prompt.id] ?? fallback ?? '',
    validate: validator(prompt),
  });
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

function advance(deps: InterviewDeps, session: Session, stage: string): void {
  session.stage = stage;
  deps.save(session);
}

/** The step a stage is, out of how many: the lessons are a step of their own when the framework asks them. */
function step(deps: InterviewDeps, stage: string): string {
  const total = sectionPrompts(deps).some(({ prompt }) => prompt.stage === 'lessons') ? 6 : 5;
  const at = ['target', 'brainstorm', 'screen', 'diagnose', 'sections', 'lessons'].indexOf(stage) + 1;
  return `Step ${at} of ${total}`;
}

/** Prompts that are about the role, asked only when there is one. */
const ROLE_PROMPTS = new Set(['skills', 'role-link']);

function asked(session: Session, prompt: Prompt): boolean {
  return session.role !== undefined || !ROLE_PROMPTS.has(prompt.id);
}

async function target(deps: InterviewDeps, session: Session): Promise<void> {
  const { asker } = deps;
  asker.say(`\n${step(deps, 'target')} · The role (optional)`);
  const rolePrompt = promptOf(deps, 'role');
  const roleDefault = session.role ?? deps.job?.role ?? '';
  const role = await asker.text({ message: rolePrompt.text, hint: rolePrompt.hint, default: roleDefault, validate: validator(rolePrompt) });
  session.role = role.trim() || undefined;
  deps.save(session);
  if (session.role) {
    const skillsPrompt = promptOf(deps, 'skills');
    const skillsDefault = (session.skills ?? deps.job?.skills ?? []).join(', ');
    const skills = await asker.text({
      message: skillsPrompt.text,
      hint: skillsPrompt.hint,
      default: skillsDefault,
      validate: validator(skillsPrompt),
    });
    session.skills = skills
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  } else {
    delete session.skills;
  }
  advance(deps, session, 'brainstorm');
}

async function brainstorm(deps: InterviewDeps, session: Session): Promise<void> {
  const { asker } = deps;
  const prompt = promptOf(deps, 'failure');
  asker.say(`\n${step(deps, 'brainstorm')} · Brainstorm`);
  const first = session.candidates.length;
  while (session.candidates.length < 10) {
    // The hint once, with the first line; after that it would only repeat itself.
    const hint = session.candidates.length === first ? prompt.hint : undefined;
    const line = await asker.text({
      message: `${prompt.text} (${session.candidates.length + 1} of up to 10)`,
      ...(hint ? { hint } : {}),
      validate: (v) =>
        v.trim() === '' && session.candidates.length === 0 ? 'Name at least one failure to work with.' : validator(prompt)(v),
    });
    if (line.trim() === '') break;
    session.candidates.push(line.trim());
    deps.save(session);
  }
  advance(deps, session, 'screen');
}

async function screenOne(deps: InterviewDeps, session: Session, candidate: string, questions: readonly Prompt[]): Promise<void> {
  deps.asker.say(`\n“${candidate}”`);
  const answers: Record<string, boolean> = {};
  let score = 0;
  for (const q of questions) {
    answers[q.id] = await deps.asker.confirm({ message: q.text, default: q.weight > 0 });
    if (answers[q.id]) score += q.weight;
  }
  session.screening = { ...session.screening, [candidate]: answers };
  session.scores[candidate] = score;
  deps.save(session);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

async function screen(deps: InterviewDeps, session: Session): Promise<void> {
  const { asker } = deps;
  const questions = stagePrompts(deps, 'screen');
  const which = session.candidates.length > 1 ? 'each story' : 'your story';
  asker.say(`\n${step(deps, 'screen')} · Screen ${which} with a few yes/no questions`);
  for (const candidate of session.candidates) {
    if (session.scores[candidate] === undefined) await screenOne(deps, session, candidate, questions);
  }
  const ranked = rankStories(session, questions);
  if (ranked.length === 1) {
    const only = ranked[0]!;
    asker.say(`Your story: “${only.story}”${only.reasons.length ? `\n    ${capital(only.reasons.join('. '))}.` : ''}`);
    if (only.breach && (await asker.confirm({ message: 'Add another failure to choose from?', default: true }))) {
      advance(deps, session, 'brainstorm');
      return;
    }
    session.chosen = only.story;
    advance(deps, session, 'diagnose');
    return;
  }
  const allBreaches = ranked.every((r) => r.breach);
  const lines = ranked.map((r) => {
    const label = allBreaches ? '· A breach:' : r.recommended ? '★ Recommended:' : r.lower ? '· Ranked lower:' : '· Equal best:';
    return `  ${label} “${r.story}”${r.reasons.length ? `\n    ${capital(r.reasons.join('. '))}.` : ''}`;
  });
  asker.say(lines.join('\n'));
  if (allBreaches) {
    // None of them is a good story to tell: say so instead of offering the least bad as "equal best".
    asker.say('  Each of these broke a rule or a trust on purpose. A failure of judgement makes a better answer than any of them.');
    if (await asker.confirm({ message: 'Add another failure to choose from?', default: true })) {
      advance(deps, session, 'brainstorm');
      return;
    }
  } else if (!ranked.some((r) => r.recommended)) asker.say('  These screen equally well: choose the one you remember in most detail.');
  session.chosen = await asker.select({
    message: 'Which story will you tell?',
    choices: ranked.map((r) => {
      const tags = `${r.recommended ? '  (recommended)' : ''}${r.breach ? '  (a breach: a red flag)' : ''}`;
      return { name: `${r.story}${tags}`, value: r.story, short: r.story };
    }),
    default: ranked[0]!.story,
  });
  advance(deps, session, 'diagnose');
}

async function diagnose(deps: InterviewDeps, session: Session): Promise<void> {
  deps.asker.say(`\n${step(deps, 'diagnose')} · Diagnose “${session.chosen}”`);
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
  let shown = '';
  for (const { prompt, section } of sectionPrompts(deps)) {
    if (prompt.stage !== 'sections' && prompt.stage !== 'lessons') continue;
    if (session.answers[prompt.id] !== undefined || !asked(session, prompt)) continue;
    // A new heading whenever the step or the section changes: the lessons are step 6 in every framework. The
    // section's guidance stays out: the question's own hint is the one hint on screen.
    const heading =
      prompt.stage === 'lessons'
        ? `${step(deps, 'lessons')} · Lessons (${framework.name} — ${section.title})`
        : `${step(deps, 'sections')} · ${framework.name} — ${section.title}`;
    if (shown !== heading) asker.say(`\n${heading}`);
    shown = heading;
    // The fix told during diagnosis is the natural first draft of the response.
    const fallback = prompt.id === 'response' ? session.answers['made-right'] : undefined;
    await askPrompt(deps, session, prompt, fallback);
  }
  advance(deps, session, 'review');
}

/** Runs every stage not yet done; returns when the answers are complete. */
export async function interview(deps: InterviewDeps, session: Session): Promise<void> {
  if (session.stage === 'target') await target(deps, session);
  // A single story that is a breach can send the user back to add others.
  while (session.stage === 'brainstorm' || session.stage === 'screen') {
    if (session.stage === 'brainstorm') await brainstorm(deps, session);
    await screen(deps, session);
  }
  if (session.stage === 'diagnose') await diagnose(deps, session);
  if (session.stage === 'sections') await sections(deps, session);
}

/** Asks one section's prompts again (the review loop's "answer again"). */
export async function reanswerSection(deps: InterviewDeps, session: Session, sectionId: string): Promise<void> {
  const section = deps.framework.sections.find((s) => s.id === sectionId);
  if (!section) return;
  deps.asker.say(`\n${deps.framework.name} — ${section.title}`);
  for (const id of section.prompts) if (asked(session, promptOf(deps, id))) await askPrompt(deps, session, promptOf(deps, id));
}
