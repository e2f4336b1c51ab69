/**
 * Which story to tell: the stories ranked by their screening, each with the reasons, in words a
 * person can weigh ("you said it was not really your failure"), not a score.
 */
import type { Prompt } from './data.js';
import type { Session } from './session.js';

export interface RankedStory {
  story: string;
  /** The one story that screens best; none when the best are tied. */
  recommended: boolean;
  /** Screens worse than the best. */
  lower: boolean;
  /** The user said it was a deliberate breach. */
  breach: boolean;
  reasons: string[];
}

/** What an answer to a shipped screening question says about a story, for and against. */
const REASONS: Readonly<Record<string, { yes: string; no: string }>> = {
  'screen-yours': { yes: 'it was your own decision or action', no: 'you said it was not really your failure' },
  'screen-cost': { yes: 'it cost something real', no: 'you said it cost nothing real (that can sound evasive)' },
  'screen-breach': { yes: 'you said it broke a rule or a trust on purpose: a deliberate breach reads as a red flag, not a lesson', no: '' },
  'screen-changed': { yes: 'you changed how you work because of it', no: 'you have not changed how you work because of it yet' },
};

/** The reasons one story ranks where it does: against it first, then (for the recommended one) for it. */
function reasonsFor(answers: Record<string, boolean> | undefined, questions: readonly Prompt[], recommended: boolean): string[] {
  if (!answers) return [];
  const against: string[] = [];
  const favour: string[] = [];
  for (const q of questions) {
    const said = answers[q.id];
    if (said === undefined) continue;
    const known = REASONS[q.id];
    const good = q.weight > 0 ? said : !said;
    const text = known ? (said ? known.yes : known.no) : `you said ${said ? 'yes' : 'no'} to “${q.text}”`;
    if (!text) continue;
    (good ? favour : against).push(text);
  }
  if (!recommended) return [against.length ? joinAnd(against) : 'fewer of the signs interviewers listen for'];
  const good = favour.length ? joinAnd(favour) : 'it screens best of your stories';
  return against.length ? [`${good}, but ${joinAnd(against)}`] : [good];
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The session's stories, strongest first (ties keep the order they were listed in). */
export function rankStories(session: Session, questions: readonly Prompt[]): RankedStory[] {
  const score = (story: string): number => session.scores[story] ?? 0;
  const ranked = [...session.candidates].sort((a, b) => score(b) - score(a));
  const best = ranked[0]!;
  const tied = ranked.length > 1 && score(ranked[1]!) === score(best);
  const breachIds = questions.filter((q) => q.weight < 0).map((q) => q.id);
  return ranked.map((story) => {
    const recommended = ranked.length > 1 && story === best && !tied;
    const answers = session.screening?.[story];
    return {
      story,
      recommended,
      lower: score(story) < score(best),
      breach: breachIds.some((id) => answers?.[id] === true) || (answers === undefined && score(story) < 0),
      reasons: reasonsFor(answers, questions, recommended || ranked.length === 1 || score(story) === score(best)),
    };
  });
}
