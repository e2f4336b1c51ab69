/**
 * The rule contract. A rule declares, once, everything the engine, the config, the docs and the
 * tests read: its id, severity, scope, options with bounds, messages by id, and its phrase lists.
 * The lists and messages are typed data in the rule's own module rather than YAML compiled by the
 * build: tsc already compiles them at build time, a message id a check emits or a list it asks
 * for is checked against the declaration by the compiler, and build-phrase-book precompiles the
 * lists into the phrase book as before. Phrase checks are declared with definePhraseRule; rules
 * that reason over the answer keep a check function under the same contract.
 */
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

/**
 * One name for one idea: a **finding**. A rule's check emits a `RuleFinding` (where, which message,
 * how sure); the engine turns it into a `Finding` (engine.ts) with severity, line and column and
 * the message text read from the rule's `messages`. JSON keeps the names users rely on (`messages`, `ruleId`).
 */
export interface RuleFinding<M extends string = string> {
  /** Offsets into the source: [start, end). */
  start: number;
  end: number;
  /** Which of the rule's declared messages this finding speaks with. */
  messageId: M;
  /** Values for the message's `{{name}}` placeholders. */
  data?: Readonly<Record<string, string | number>>;
  /** The words the finding is about, quoted before the message ("“…”: message"); set by the learned judgement. */
  quote?: string;
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
  /** About the answer as a whole (an omission), not the words at its position: set by `answerRange`. */
  whole?: boolean;
}

/** How a check hands the engine a finding. */
export type EmitFinding<M extends string = string> = (finding: RuleFinding<M>) => void;

/** What a rule says, by message id: the text of the finding and the one change it suggests, with `{{name}}` placeholders. */
export interface RuleMessage {
  message: string;
  suggestion: string;
}

/**
 * Every rule declares the message the learned judgement speaks with when it flags a sentence, or
 * the whole answer, where the rule's own check found no phrase to point at.
 */
export const JUDGED = 'judged';

/**
 * The matches of one of the rule's phrase lists in a sentence, in the speaker's own words only
 * (never inside quotation marks). Every rule's lists are matched together in one pass per
 * sentence, so a rule pays nothing extra for its words being data.
 */
export type PhraseFinder<L extends string = string> = (sentence: Sentence, list: L) => PhraseMatch[];

/**
 * What another rule's own check found in the same answer, for a rule that declares it in `reads`.
 * Each check runs once per answer, whatever the other rule's severity: a reading a rule weighs
 * does not change because the user silenced the rule that reports it.
 */
export type CheckedBy = (ruleId: string) => readonly RuleFinding[];

export interface RuleMeta<S extends RuleOptionSpecs, M extends string = string, L extends string = string> {
  /** Stable kebab-case id: a public interface, never renamed. */
  id: string;
  severity: ActiveSeverity;
  /** How the default severity varies, when it does ("warning outside the target, error outside the hard limits"). */
  severityNote?: string;
  summary: string;
  /** Everything the rule can say, by id, declared once: the engine, `failcoach rules ID`, the docs and the tests read it here. */
  messages: Readonly<Record<M | typeof JUDGED, RuleMessage>>;
  /**
   * What a finding is about: a phrase or sentence the writer can change ('phrase'), or the answer
   * as a whole, for omissions ('answer'). A phrase rule never reports without words to point at;
   * draft coaches each answer it is given with the phrase rules.
   */
  scope: 'phrase' | 'answer';
  /**
   * The check weighs the rest of the answer before it reports a phrase (ownership asks whether any
   * sentence owns the failure), so on one fragment alone it would mislead: draft's per-question
   * coaching leaves such a rule out.
   */
  readsWholeAnswer?: boolean;
  /**
   * For an answer-scope rule, the messages that hold on one part told alone: "the lesson is a
   * platitude" holds on a lesson typed in answer to "What did you learn?", "there is no lesson"
   * needs the whole answer. draft coaches a prompt's answer with them where the prompt has a
   * follow-up for this rule.
   */
  fragment?: readonly NoInfer<M>[];
  /**
   * When the learned judgement finds no pattern of this flaw in the answer, the check's phrase
   * findings are dropped (a false alarm costs trust) or, for tone rules, kept as info.
   */
  unconfirmed?: 'drop' | 'info';
  /**
   * A sentence the learned judgement spots for this answer-scope rule is its weak form (a
   * platitude where the lesson should be), reported one level lower than the omission itself.
   */
  milderWhenSpotted?: boolean;
  /**
   * The rule's own message for what the learned judgement reports, where one says it more plainly
   * than `judged`: for the whole answer ("There is no lesson") and for a sentence it quotes.
   * `beside` is for a sentence it points at beside a finding about the whole answer ("There is no
   * lesson"), where the sentence's own message would repeat the omission ("This is where a lesson
   * would stand…"). Each rule gives all three keys, in this order (undefined where it has none): one
   * shape for the decision layer's reads, where three sent weigh back to the interpreter ("wrong map").
   */
  judgedAs?: { readonly whole?: NoInfer<M>; readonly sentence?: NoInfer<M>; readonly beside?: NoInfer<M> };
  /**
   * For an omission whose milder form is a sentence told weakly (milderWhenSpotted): whether the
   * rule's own reading finds nothing in the answer that even announces the part. When it finds
   * none, no sentence scores in the part's place, and the learned judgement speaks where the check
   * found nothing, the finding is the omission itself, about the whole answer at the rule's own
   * severity, not a sentence one level lower (decide.ts).
   */
  absent?: (answer: Answer) => boolean;
  /**
   * The check's findings read again once the story parts are scored: `parts` holds each sentence's
   * score by part ("failure", "stakes", "remedy", "lesson", "prevention"). It returns the findings
   * that stand: a finding the parts read otherwise is dropped, and one the words alone could not
   * make sure of may be added. decide.ts weighs what it returns; without a model the check's
   * findings stand as found.
   */
  reread?: (answer: Answer, findings: readonly RuleFinding[], parts: ReadonlyMap<string, readonly number[]>) => RuleFinding[];
  /**
   * For an omission: whether the events tell the part anyway, in a way the part classifier may not
   * read (a run of the speaker's own acts after the failure). Then, as for a part told surely, the
   * learned judgement alone does not call the part missing (decide.ts); the check still may.
   */
  toldInEvents?: (answer: Answer, parts: ReadonlyMap<string, readonly number[]>) => boolean;
  /** false for rules that measure rather than judge (length): the learned layer leaves them alone. */
  learned?: boolean;
  /**
   * The flaw is something said in so many words (a claim never to have failed): the learned
   * judgement confirms what the rule's own check finds and never speaks where the check found nothing.
   */
  needsCheck?: boolean;
  /**
   * With needsCheck: the sentence score for the flaw at which the learned judgement speaks even
   * though the check found nothing (one sentence after the lesson scored so high tells the flaw
   * outright, in words the check does not list), provided the answer score clears the rule's
   * threshold too.
   */
  aloneAt?: number;
  /** With aloneAt: whether the sentence at `index` may let the rule speak alone (repeated-failure: told after the lesson, no catch in it). */
  aloneWhere?: (answer: Answer, index: number) => boolean;
  /**
   * Other rules whose own checks this check weighs, by id (see CheckedBy): missing-stakes reads
   * never-failed and fake-weakness, since a story offered in place of a failure often costs nothing.
   */
  reads?: readonly string[];
  rationale: string;
  sources: string[];
  options: S;
  /**
   * Phrase lists in the phrase language of answer/phrase-language.ts, by name: the rule's words as data,
   * where a non-programmer can read and edit them.
   */
  phrases?: Readonly<Record<L, readonly string[]>>;
  /** The phrase list a user's `add` terms extend; rules without one take no `add`/`accept`. */
  userList?: NoInfer<L>;
  /** An answer fragment that trips the rule, and the same fragment fixed. Our own words. */
  example: { flagged: string; fixed: string };
}

export interface Rule<S extends RuleOptionSpecs = RuleOptionSpecs, M extends string = string, L extends string = string>
  extends RuleMeta<S, M, L> {
  check(answer: Answer, options: RuleOptions<S>, emit: EmitFinding<M>, find: PhraseFinder<L>, checked: CheckedBy): void;
}

export function defineRule<S extends RuleOptionSpecs, M extends string, L extends string = never>(rule: Rule<S, M, L>): Rule {
  return rule as unknown as Rule;
}

/** One phrase list a phrase rule reports every match of, with the message it reports it in. */
export interface PhraseCheck<M extends string, L extends string> {
  list: L;
  messageId: M;
  /** Context the phrase language cannot express ("never … before this one" is history): a match it holds for is skipped. */
  unless?: (sentence: Sentence, match: PhraseMatch, answer: Answer) => boolean;
}

/**
 * A phrase check as a declaration, in the way proselint declares its checks: the lists, the
 * message for each, and two flags. The rule reports each match of its lists in the speaker's own
 * words, in reading order.
 */
export interface PhraseRuleSpec<S extends RuleOptionSpecs, M extends string, L extends string>
  extends Omit<RuleMeta<S, M, L>, 'phrases' | 'scope'> {
  phrases: Readonly<Record<L, readonly string[]>>;
  report: readonly PhraseCheck<M, L>[];
  /**
   * Speak only above a density (options `maxPer100Words` and `minCount`, see overDensity); the
   * messages get `{{count}}` and `{{words}}`.
   */
  density?: boolean;
  /** One match alone is milder (a single dramatic word is a note; several are the tone of the answer). */
  milderWhenAlone?: boolean;
  /**
   * What the lists cannot say, read from the grammar of the answer: each span is reported with its
   * message (basis 'events') unless a phrase match already covers it.
   */
  readings?: (answer: Answer) => readonly { start: number; end: number; messageId: M; certain?: boolean }[];
}

/** A rule that reports matches of its phrase lists: the factory for every list-and-report rule. Messages get `{{phrase}}`. */
export function definePhraseRule<S extends RuleOptionSpecs, M extends string, L extends string>(spec: PhraseRuleSpec<S, M, L>): Rule {
  const { report, density, milderWhenAlone, readings, ...meta } = spec;
  return defineRule<S, M, L>({
    ...meta,
    scope: 'phrase',
    check(answer, options, emit, find) {
      const found: Array<{ sentence: Sentence; match: PhraseMatch; messageId: M }> = [];
      for (const sentence of answer.sentences) {
        for (const { list, messageId, unless } of report) {
          for (const match of find(sentence, list)) {
            // One finding per stretch of words: a list earlier in `report` keeps the words it matched
            // ("main weakness: perfectionism" is a virtue offered, not also perfectionism on its own).
            const taken = found.some((f) => f.sentence === sentence && f.match.start < match.end && match.start < f.match.end);
            if (!taken && !unless?.(sentence, match, answer)) found.push({ sentence, match, messageId });
          }
        }
      }
      if (density && !overDensity(found.length, answer.wordCount, options as unknown as DensityOptions)) return;
      const read = readings?.(answer) ?? [];
      const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
        a.start < b.end && b.start < a.end;
      // The grammar's readings count toward the tone as the list's words do: two in all are no longer alone.
      const readOnly = read.filter(
        (r) => !found.some(({ sentence, match }) => overlaps(wordRange(sentence.words, match.start, match.end), r)),
      );
      const alone = found.length + readOnly.length < 2;
      const spans: { start: number; end: number }[] = [];
      for (const { sentence, match, messageId } of found) {
        const phrase = matchedText(sentence.words, match.start, match.end);
        const range = wordRange(sentence.words, match.start, match.end);
        spans.push(range);
        // A phrase inside a span the grammar reads as certain is as certain as the reading.
        const certain = read.some((r) => r.certain && overlaps(r, range));
        emit({
          ...range,
          messageId,
          data: density ? { phrase, count: found.length, words: answer.wordCount } : { phrase },
          ...(milderWhenAlone ? { milder: alone } : {}),
          ...(certain ? { certain: true } : {}),
        });
      }
      for (const r of read) {
        if (spans.some((span) => overlaps(span, r))) continue;
        emit({
          start: r.start,
          end: r.end,
          messageId: r.messageId,
          basis: 'events',
          ...(milderWhenAlone ? { milder: alone } : {}),
          ...(r.certain ? { certain: true } : {}),
        });
      }
    },
  });
}

/** A `{{name}}` placeholder, made once (replace resets a global pattern's lastIndex before it runs). */
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** A finding's message and suggestion in words: the declared text with its placeholders filled and its quote in front. */
export function messageFor(rule: Pick<Rule, 'id' | 'messages'>, finding: RuleFinding): { message: string; suggestion: string } {
  const declared = rule.messages[finding.messageId];
  if (!declared) throw new Error(`rule ${rule.id} has no message "${finding.messageId}"`);
  // Most messages have no placeholder: those are returned as declared, with no pattern run over them.
  const fill = (text: string): string =>
    text.includes('{{') ? text.replace(PLACEHOLDER, (_, name: string) => String(finding.data?.[name] ?? `{{${name}}}`)) : text;
  const message = fill(declared.message);
  return { message: finding.quote ? `${finding.quote}: ${message}` : message, suggestion: fill(declared.suggestion) };
}

/** The `{{name}}` placeholders a message or suggestion uses. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
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
export function answerRange(answer: Answer): { start: number; end: number; whole: true } {
  const first = answer.sentences[0];
  return { ...(first ? sentenceRange(first) : { start: 0, end: 0 }), whole: true };
}

/** The words a match covers, as written: for messages that quote the speaker. */
export function matchedText(words: readonly Word[], start: number, end: number): string {
  return words
    .slice(start, end)
    .map((w) => w.text)
    .join(' ');
}

/**
 * Density rules speak only when an answer has more than `maxPer100Words` occurrences per 100
 * words and at least `minCount` of them: one "maybe" is speech, five are a habit.
 */
export interface DensityOptions {
  maxPer100Words: number;
  minCount: number;
}

export function overDensity(count: number, words: number, options: DensityOptions): boolean {
  return count > Math.max(options.minCount - 1, (options.maxPer100Words * words) / 100);
}
