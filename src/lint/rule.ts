import type { Answer, Sentence, Word } from '../answer/model.js';
import type { PhraseMatch } from '../answer/phrase-language.js';

export type Severity = 'off' | 'info' | 'warning' | 'error';
export type ActiveSeverity = Exclude<Severity, 'off'>;
export const SEVERITIES: readonly Severity[] = ['off', 'info', 'warning', 'error'];

export interface NumberOption {
  type: 'number' | 'integer';
  default: number;
  min?: number;
  max?: number;
  description: string;
}

export type RuleOptionSpecs = Record<string, NumberOption>;
export type RuleOptions<S extends RuleOptionSpecs> = { [K in keyof S]: number };

export interface Report {
  /** Offsets into the source: [start, end). */
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
  /**
   * A milder form of the rule's finding (a vague lesson rather than none, a length outside the
   * target but inside the hard limits): reported one severity below the rule's.
   */
  milder?: boolean;
  /**
   * The speaker disowns the failure in so many words ("it was not my fault"): reported whatever the
   * learned judgement scores the answer. Kept for wording that leaves no other reading.
   */
  certain?: boolean;
  /** What the check read: its phrase lists (the default) or the clause events. The judgement weighs each on its own. */
  basis?: 'phrases' | 'events';
  /** Reported as info whatever the rule's severity: a phrase the learned judgement found no pattern in. */
  info?: boolean;
}

export type Reporter = (report: Report) => void;

/**
 * The matches of one of the rule's phrase lists in a sentence, in the speaker's own words only
 * (never inside quotation marks). Every rule's lists are matched together in one pass per
 * sentence, so a rule pays nothing extra for its words being data.
 */
export type PhraseFinder = (sentence: Sentence, list: string) => PhraseMatch[];

export interface RuleMeta<S extends RuleOptionSpecs> {
  /** Stable kebab-case id: a public interface, never renamed. */
  id: string;
  severity: ActiveSeverity;
  /** How the default severity varies, when it does ("warning outside the target, error outside the hard limits"). */
  severityNote?: string;
  summary: string;
  /**
   * What the rule says about a sentence, or the whole answer, that the learned judgement flags
   * where the rule's own check found no phrase to point at.
   */
  judged: { message: string; suggestion: string };
  /**
   * What a finding is about: a phrase or sentence the writer can change ('phrase'), or the answer
   * as a whole, for omissions ('answer'). A phrase rule never reports without words to point at;
   * draft coaches each answer it is given with the phrase rules.
   */
  scope: 'phrase' | 'answer';
  /**
   * When the learned judgement finds no pattern of this flaw in the answer, the check's phrase
   * findings are dropped (a false alarm costs trust) or, for tone rules, kept as info.
   */
  unconfirmed?: 'drop' | 'info';
  /** false for rules that measure rather than judge (length): the learned layer leaves them alone. */
  learned?: boolean;
  rationale: string;
  sources: string[];
  options: S;
  /**
   * Phrase lists in the phrase language of answer/phrase-language.ts, by name: the rule's words as data,
   * where a non-programmer can read and edit them.
   */
  phrases?: Readonly<Record<string, readonly string[]>>;
  /** The phrase list a user's `add` terms extend; rules without one take no `add`/`accept`. */
  userList?: string;
  /** An answer fragment that trips the rule, and the same fragment fixed. Our own words. */
  example: { flagged: string; fixed: string };
}

export interface Rule<S extends RuleOptionSpecs = RuleOptionSpecs> extends RuleMeta<S> {
  check(answer: Answer, options: RuleOptions<S>, report: Reporter, find: PhraseFinder): void;
}

export function defineRule<S extends RuleOptionSpecs>(rule: Rule<S>): Rule<S> {
  return rule;
}

/** The source range of words[first..last] in a sentence. */
export function wordRange(words: readonly Word[], first: number, endExclusive: number): { start: number; end: number } {
  const a = words[first]!;
  const b = words[Math.max(first, endExclusive - 1)]!;
  return { start: a.start, end: b.end };
}

/** The range of a whole sentence, for findings about a sentence rather than a phrase. */
export function sentenceRange(sentence: Sentence): { start: number; end: number } {
  return { start: sentence.start, end: sentence.end };
}

/** Where findings about the answer as a whole are reported: its first sentence. */
export function answerRange(answer: Answer): { start: number; end: number } {
  const first = answer.sentences[0];
  return first ? sentenceRange(first) : { start: 0, end: 0 };
}

/** The words a match covers, as written: for messages that quote the speaker. */
export function matchedText(words: readonly Word[], start: number, end: number): string {
  return words.slice(start, end).map((w) => w.text).join(' ');
}

/**
 * Density rules speak only when an answer has more than `maxPer100Words` occurrences per 100
 * words and at least `minCount` of them: one "maybe" is speech, five are a habit.
 */
export function overDensity(count: number, words: number, options: { maxPer100Words: number; minCount: number }): boolean {
  return count > Math.max(options.minCount - 1, (options.maxPer100Words * words) / 100);
}
