/**
 * Readings of clause events that several rules share: who a failure is put on, and which
 * failures happen with nobody doing them. They read the grammar (actor, negation, voice) and the
 * sentence's failure signal, so an unlisted party ("the DBAs", "the partner integration team")
 * counts the same as a listed one.
 */
import type { Answer, Sentence } from '../answer/model.js';
import { analyseAnswer } from '../judge/judge.js';
import { failureSpans } from '../answer/signals.js';
import { speakerOwns, type ClauseEvent } from '../nlp/clauses.js';
import type { Token } from '../nlp/analyse.js';

const NOBODY = new Set(['nobody', 'none', 'nothing', 'noone', 'neither']);

export interface EventSpan {
  readonly sentence: Sentence;
  readonly event: ClauseEvent;
  readonly start: number;
  readonly end: number;
}

/** Does the speaker own a failure in this sentence, or in the one right after it? */
export function ownedAround(answer: Answer, index: number): boolean {
  const analysis = analyseAnswer(answer);
  for (const i of [index, index + 1]) {
    const s = analysis[i];
    if (!s) continue;
    if (s.sentence.signals.ownedFailure) return true;
    if (s.events.some(speakerOwns)) return true;
  }
  return false;
}

function clauseRange(tokens: readonly Token[], event: ClauseEvent): { start: number; end: number } {
  return { start: tokens[event.first]!.start, end: tokens[event.last]!.end };
}

/**
 * Clauses where another party causes or fails to prevent the trouble: "the DBAs never told me",
 * "the vendor changed the API without warning", "the QA team missed the bug".
 */
export function othersAtFault(answer: Answer): EventSpan[] {
  const found: EventSpan[] = [];
  for (const s of analyseAnswer(answer)) {
    if (!s.sentence.signals.failure && !s.events.some((e) => e.negated)) continue;
    for (const event of s.events) {
      if (event.actor !== 'other' || event.passive) continue;
      // "Nobody lost money" denies the harm; "nobody told me" is left to the rule's phrase list.
      if (event.subject && NOBODY.has(event.subject)) continue;
      // "he would have seen an error", "if he had opened the app": hypotheticals, not causes.
      if (event.modal && !event.counterfactual) continue;
      const opener = s.tokens[event.first - 1];
      if (opener && (opener.lower === 'if' || opener.lower === 'unless')) continue;
      // The failure must be told in this party's own clause, not merely somewhere in the sentence.
      const range = clauseRange(s.tokens, event);
      const inClause = failureSpans(s.sentence).some((r) => r.start < range.end && r.end > range.start);
      if (!event.negated && !inClause) continue;
      found.push({ sentence: s.sentence, event, ...range });
    }
  }
  return found;
}

/** Failures told in an agentless passive whose subject is not the speaker: "it was approved without a review". */
export function agentlessFailures(answer: Answer): EventSpan[] {
  const found: EventSpan[] = [];
  for (const s of analyseAnswer(answer)) {
    if (!s.sentence.signals.failure) continue;
    for (const event of s.events) {
      if (!event.passive || event.agent || event.actor === 'self' || event.actor === 'group') continue;
      found.push({ sentence: s.sentence, event, ...clauseRange(s.tokens, event) });
    }
  }
  return found;
}
