/**
 * How the speaker presents themselves, read from the grammar of each sentence rather than from
 * fixed phrases: a claim about their own record ("I can't point to a real failure"), a failure
 * of theirs that came back ("I did much the same thing the next spring"), a verdict on their own
 * worth ("I'm hopeless with figures, always have been"), and praise of themselves or their work
 * ("the cleanest draft she had ever seen", "I'm the one they ring when it breaks").
 *
 * Each reading works on the tagged tokens and clause events of src/nlp: who is the subject, what
 * the act is, whether it is negated, hypothetical or in the past perfect. The small word sets
 * below are classes of English words (verbs of recall, evaluative adjectives), not wording taken
 * from answers.
 */
import type { Answer, Sentence } from '../answer/model.js';
import type { Token } from '../nlp/analyse.js';
import type { ClauseEvent } from '../nlp/clauses.js';
import { analyseAnswer } from '../judge/judge.js';
import type { PhraseMatch } from '../answer/phrase-language.js';
import { matchedText, wordRange, type EmitFinding, type PhraseFinder } from './rule.js';

export interface SelfTalk {
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
}

export interface Read {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly events: readonly ClauseEvent[];
  /** The whole answer's readings, for a sentence that needs its neighbours. */
  readonly all: readonly Read[];
  readonly index: number;
  /** Indices of tokens inside quotation marks: someone else's words, never the speaker's claim. */
  readonly quoted: ReadonlySet<number>;
}

export const SPEAKER = new Set(['i', 'me', 'my', 'myself', 'mine']);
const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'none', 'hardly', 'nobody']);

/** The quoted tokens of a sentence that quotes nobody: one empty set for all of them (the readings only read it). */
const NONE_QUOTED: ReadonlySet<number> = new Set();

/** A performance cache, not state: the readings of an answer, made once for the four rules that read them. */
const readings = new WeakMap<Answer, readonly Read[]>();

/** Each sentence of the answer with its tokens and clause events. */
export function readAnswer(answer: Answer): readonly Read[] {
  const cached = readings.get(answer);
  if (cached) return cached;
  const all: Read[] = [];
  analyseAnswer(answer).forEach((s, index) => {
    // Most sentences quote nobody: the quoted words are gathered, and a set made, only when there are some.
    let quoted: ReadonlySet<number> = NONE_QUOTED;
    if (s.sentence.words.some((w) => w.quoted)) {
      const inQuotes = s.sentence.words.filter((w) => w.quoted);
      const inside = new Set<number>();
      s.tokens.forEach((t, i) => {
        if (inQuotes.some((w) => t.start < w.end && t.end > w.start)) inside.add(i);
      });
      quoted = inside;
    }
    all.push({ sentence: s.sentence, tokens: s.tokens, events: s.events, all, index, quoted });
  });
  readings.set(answer, all);
  return all;
}

/** The sentence as the finding's range: the flaw is a claim the whole sentence makes. */
export function whole(read: Read): SelfTalk {
  return { sentence: read.sentence, start: read.sentence.start, end: read.sentence.end };
}

/** The clause event that holds token i, if any. */
export function clauseAt(read: Read, i: number): ClauseEvent | null {
  for (const e of read.events) if (e.first <= i && i <= e.last) return e;
  return null;
}

/** The token's lower-case text, or '' past either end. */
export function word(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

export function isNegator(t: Token): boolean {
  return NEGATORS.has(t.lower) || t.lemma === 'not';
}

/** A conditional or purpose clause opens just before index i ("if it happened again", "so it never…"). */
export function hypothetical(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const w = tokens[i]?.lower;
    if (w === 'if' || w === 'unless' || w === 'whether' || w === 'avoid' || w === 'prevent' || w === 'before' || w === 'until') return true;
  }
  return false;
}

/** Does a word from this set occur in tokens[from..to]? */
export function anyIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  set: ReadonlySet<string>,
  by: 'lower' | 'lemma' = 'lower',
): number {
  // The bounds once, not on every step; one loop per field, so that each reads a fixed property rather than one named at run time.
  const first = Math.max(0, from);
  const last = Math.min(tokens.length - 1, to);
  if (by === 'lemma') {
    for (let i = first; i <= last; i++) if (set.has(tokens[i]!.lemma)) return i;
  } else {
    for (let i = first; i <= last; i++) if (set.has(tokens[i]!.lower)) return i;
  }
  return -1;
}

/** The readings and the rule's phrase matches, reported once per sentence: a phrase where there is one, else the reading. */
export function reportWithReadings<M extends string, L extends string>(
  answer: Answer,
  find: PhraseFinder<L>,
  check: { list: L; unless?: (sentence: Sentence, match: PhraseMatch) => boolean; phraseId: M },
  readings: readonly SelfTalk[],
  emit: EmitFinding<M>,
): void {
  const spoken = new Set<number>();
  for (const sentence of answer.sentences) {
    for (const match of find(sentence, check.list)) {
      if (check.unless?.(sentence, match)) continue;
      spoken.add(sentence.index);
      emit({
        ...wordRange(sentence.words, match.start, match.end),
        messageId: check.phraseId,
        data: { phrase: matchedText(sentence.words, match.start, match.end) },
      });
    }
  }
  for (const r of readings) {
    if (spoken.has(r.sentence.index)) continue;
    spoken.add(r.sentence.index);
    emit({ start: r.start, end: r.end, messageId: check.phraseId, basis: 'events' });
  }
}

/**
 * Who acts in a clause, with one repair: "Six months on I walked…" reads "I" as the object of
 * "on" and the subject as "months"; an "I" before the clause's first verb is its subject.
 */
export function actorIn(read: Read, e: ClauseEvent): ClauseEvent['actor'] {
  if (e.actor === 'self' || e.actor === 'group') return e.actor;
  for (let i = e.first; i <= e.last; i++) {
    const t = read.tokens[i]!;
    if (t.pos === 'VERB') break;
    if (t.lower === 'i' && read.tokens[i + 1]?.pos !== 'PUNCT') return 'self';
  }
  return e.actor;
}
