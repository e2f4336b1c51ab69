import type { Answer, Sentence } from '../../answer/model.js';
import { defineRule, wordRange, type PhraseFinder } from '../rule.js';
import {
  agentlessFailures,
  claimedLater,
  doneWithout,
  facelessStory,
  noneHappened,
  ownsAct,
  ownsChoice,
  resultOfMine,
  ownsResult,
  FAILURE_PARTICIPLES,
  type EventSpan,
} from '../events.js';
import { analyseAnswer, type SentenceAnalysis } from '../../judge/judge.js';
import { facelessFailures } from '../../nlp/faceless.js';
import { WORD_CLASSES } from '../../answer/lexicon.js';
import { personRole } from '../../nlp/clauses.js';
import { errorsMadeIn } from '../../nlp/harm.js';
import { Stretches } from '../../util/stretches.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const STARTS_DIGIT = /^\d/;

const PASSIVES: readonly string[] = [
  `@be @adv? @adv? ${FAILURE_PARTICIPLES}`,
  'mistake|mistakes|error|errors|assumption|assumptions|misstep|missteps|oversight|oversights|blunder|blunders @be made',
  'the ball @be dropped',
  '@be|got @adv? mixed up',
];

const NEUTRAL_SUBJECTS = new Set(['i', 'we', 'me', 'us', 'it', 'you', "i'm", "we're"]);

/** Who the passive is about: "I was overlooked" or "we were delayed" name their subject. */
function subjectIsPerson(sentence: Sentence, start: number): boolean {
  const before = sentence.words[start - 1];
  return before !== undefined && NEUTRAL_SUBJECTS.has(before.norm) && before.norm !== 'it';
}

/** "walked the customer through exactly what was lost": a free relative names the thing lost, it tells no act. */
function namesWhatWas(sentence: Sentence, start: number): boolean {
  const before = sentence.words[start - 1]?.norm;
  return before === 'what' || before === 'whatever';
}

/** Words after "by" that start a measure, not an agent: "by two days", "by a week", "by about half". */
const NOT_AN_AGENT: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'about', 'almost', 'nearly', 'over']);
/** Number words, which start a measure only when a unit follows them: "by eleven rooms", not "by half the managers", "by dozens of staff". */
const NUMBER_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.number!);
const NUMBER_ENDINGS = /(?:teen|ty)$/;
/** Words after a number that make it a count of people, not a measure: "half the branch managers", "dozens of them". */
const COUNTS_OF = new Set(['of', 'the', 'my', 'our', 'their', 'his', 'her', 'its', 'these', 'those']);

/**
 * "by a colleague", "by an agency driver", "by one of the porters": an article or "one" that
 * starts the name of a person (within three words) or a share of a group names who did it.
 */
function personAfter(words: readonly { norm: string }[], at: number): boolean {
  if (words[at]!.norm === 'one' && words[at + 1]?.norm === 'of') return true;
  if (words[at]!.norm !== 'a' && words[at]!.norm !== 'an') return false;
  for (let j = at + 1; j < Math.min(words.length, at + 4); j++) if (personRole(words[j]!.norm)) return true;
  return false;
}

/** The words from `at` (just after "by") start a measure: a number, a unit after it. */
function measureAt(words: readonly { norm: string }[], at: number): boolean {
  const w = words[at];
  if (!w) return false;
  if (STARTS_DIGIT.test(w.norm)) return true;
  if (NOT_AN_AGENT.has(w.norm)) return !personAfter(words, at);
  if (!NUMBER_WORDS.has(w.norm) && !NUMBER_ENDINGS.test(w.norm)) return false;
  const next = words[at + 1];
  return next !== undefined && !COUNTS_OF.has(next.norm);
}

/** "was missed by the vendor" names an agent; "was missed by two days" does not. */
function agentNamed(sentence: Sentence, end: number): boolean {
  const words = sentence.words;
  for (let i = end; i < Math.min(words.length, end + 4); i++) {
    if (words[i]!.norm !== 'by') continue;
    const next = words[i + 1];
    return next !== undefined && !measureAt(words, i + 1);
  }
  return false;
}

/** "…was skipped because I decided to", "…was lost by me": the speaker names themselves as the cause. */
const SELF_AS_CAUSE: readonly string[] = [
  'by me',
  'because|since|as|after|when i',
  'because of me|my',
  'due to my',
  'my (mistake|error|decision|call|fault)',
];

/** "…, which was down to me", "that was entirely on me": the speaker takes the cause in the same sentence. */
function laidOnMe(sentence: Sentence): boolean {
  const w = sentence.words;
  for (let i = 1; i < w.length; i++) {
    if (w[i]!.norm !== 'me') continue;
    if (w[i - 1]!.norm === 'on' || (w[i - 1]!.norm === 'to' && w[i - 2]?.norm === 'down')) return true;
  }
  return false;
}

function ownedNearby(answer: Answer, sentence: Sentence, find: PhraseFinder<'selfAsCause'>): boolean {
  if (sentence.signals.ownedFailure || find(sentence, 'selfAsCause').length > 0 || laidOnMe(sentence)) return true;
  // "…his score was not escalated for three hours. … That staffing gap was my decision.": the speaker
  // claims the failure later in the same telling, so the passive tells what followed, not who did it.
  if (claimedLater(answer, sentence.index)) return true;
  const next = answer.sentences[sentence.index + 1];
  if (next?.signals.ownedFailure === true && next.words[0]?.norm !== 'but') return true;
  // "…it had been set to the wrong rate after the service. The fitter who did the service made an
  // error, and he owned it.": the next sentence names who did it, another party, which hides no one.
  const after = analyseAnswer(answer)[sentence.index + 1];
  return after?.events.some((e) => e.actor === 'other' && errorsMadeIn(after.tokens, e)) === true;
}

/**
 * Told right after the speaker owned a failure, a passive goes on with their own story: "I never
 * checked the crate. The wrong crate was loaded…", "I signed the sheet with the booked figures
 * instead of the hold count. Forty bags had been added at the desk…" (a choice owned by what it
 * replaced, see ownsChoice).
 */
function ownedBefore(answer: Answer, sentence: Sentence): boolean {
  const before = analyseAnswer(answer)[sentence.index - 1];
  return (
    before !== undefined &&
    (before.sentence.signals.ownedFailure ||
      before.events.some((e) => ownsAct(e) || ownsChoice(before.tokens, e) || doneWithout(before.tokens, e)))
  );
}

/** The sentence's reading and the index of its token at character `at`, or null. */
function tokenAt(answer: Answer, sentence: Sentence, at: number): { analysed: SentenceAnalysis; k: number } | null {
  const analysed = analyseAnswer(answer)[sentence.index];
  const k = analysed?.tokens.findIndex((t) => t.start <= at && at < t.end) ?? -1;
  return analysed && k >= 0 ? { analysed, k } : null;
}

/** "I put the figures in the old order, so the lines were swapped": the passive at `at` follows from the speaker's own act. */
function followsFromMine(answer: Answer, sentence: Sentence, at: number): boolean {
  const found = tokenAt(answer, sentence, at);
  return found !== null && resultOfMine(found.analysed.tokens, found.analysed.events, found.k);
}

/** "none of the orders was lost": the clause of the matched passive says the failure did not happen. */
function deniedAt(answer: Answer, sentence: Sentence, at: number): boolean {
  const analysed = analyseAnswer(answer)[sentence.index];
  const event = analysed?.events.find((e) => analysed.tokens[e.first]!.start <= at && analysed.tokens[e.last]!.end > at);
  return event !== undefined && noneHappened(analysed!.tokens, event);
}

/**
 * Once the speaker has owned the failure, a later passive tells what followed from it ("the
 * batches were released six days late"), not who did it: the owner is already named.
 */
/** Words that open a free relative: "what was not tested" names a thing, it tells no failure. */
const FREE_RELATIVES = new Set(['what', 'whatever']);

/**
 * The passive at character `at` is no event told: the body of a free relative ("a sign-off should
 * state what was not tested"), or, once the answer has turned to its lesson or change, a
 * possibility or a rule with a modal ("notes, beds and trolleys can all get swapped"). Told as the
 * cause ("records can get misfiled in a process this size") a modal passive is the classic excuse,
 * and a counterfactual ("should have been checked") still hides who should have.
 */
function notAnEvent(answer: Answer, sentence: Sentence, at: number): boolean {
  const found = tokenAt(answer, sentence, at);
  if (!found) return false;
  const { analysed, k } = found;
  const { tokens } = analysed;
  if (FREE_RELATIVES.has(tokens[k - 1]?.lower ?? '') || FREE_RELATIVES.has(tokens[k]!.lower)) return true;
  const turned = answer.sentences.some((s) => s.index <= sentence.index && (s.signals.lesson || s.signals.prevention));
  if (!turned) return false;
  const event = analysed.events.find((e) => e.first <= k && k <= e.last);
  return event?.passive === true && event.modal !== null && !event.counterfactual;
}

function ownedEarlier(answer: Answer, sentence: Sentence): boolean {
  return firstOwned(answer) < sentence.index;
}

/** A performance cache, not state: the index of the answer's first sentence that owns a failure (Infinity if none). */
const firstOwnedOf = new WeakMap<Answer, number>();

/** The index of the first sentence with an owned failure: a sentence has one before it exactly when this is smaller than its index. */
function firstOwned(answer: Answer): number {
  let first = firstOwnedOf.get(answer);
  if (first === undefined) {
    // Owned in the answer's words ("my mistake was…") or by its grammar: an act the speaker left
    // undone ("I never checked the crate") or a choice told with what it replaced ("I made it from
    // the strong stock instead of the weak one").
    first =
      analyseAnswer(answer).find(
        (s) =>
          s.sentence.signals.ownedFailure ||
          s.events.some((e) => ownsAct(e) || ownsChoice(s.tokens, e) || doneWithout(s.tokens, e)) ||
          ownsResult(s.tokens, s.events),
      )?.sentence.index ?? Number.POSITIVE_INFINITY;
    firstOwnedOf.set(answer, first);
  }
  return first;
}

/**
 * The act was done without its safeguard and nobody did it: "it was approved without a proper
 * review", "the change went out… was deployed without any testing". The omission is the failure,
 * and the passive leaves no one to own it. Told this way, with no owned failure in the sentence or
 * the next (the check's own condition), it hit no strong answer and no answer not labelled a dodge in the labelled corpus (560
 * answers), so the finding stands whatever the answer score (`certain`).
 */
function doneWithoutSafeguard(answer: Answer, found: EventSpan): boolean {
  const tokens = analyseAnswer(answer)[found.sentence.index]?.tokens ?? [];
  return tokens.some((t, i) => {
    if (t.lower !== 'without' || t.start < found.start) return false;
    const next = tokens[i + 1];
    return next !== undefined && (next.pos === 'DET' || next.pos === 'ADJ' || next.lower.endsWith('ing'));
  });
}

export default defineRule({
  id: 'passive-dodge',
  phrases: { passives: PASSIVES, selfAsCause: SELF_AS_CAUSE },
  userList: 'passives',
  severity: 'warning',
  scope: 'phrase',
  messages: {
    passive: {
      message: 'This passive leaves out who did it. If it was you, say so.',
      suggestion: 'Name the actor: "I missed…", "I deleted…", "I made the call to…".',
    },
    agentless: {
      message: 'This passive leaves out who did it. If it was you, say so.',
      suggestion: 'Name the actor: "I approved it without a review", not "it was approved".',
    },
    faceless: {
      message: 'Nowhere does the answer say you did this: the failure is told in passives, with nobody doing it.',
      suggestion: 'Tell it with yourself as the one acting: "I uploaded the file twice", not "the file was uploaded twice".',
    },
    judged: {
      message: 'This tells the failure with nobody doing it, so it sounds as if it simply happened.',
      suggestion: 'Name who did it: "I approved it without a review", not "it was approved".',
    },
  },
  summary: 'An agentless passive hides who made the mistake',
  rationale:
    '"Mistakes were made" and "the deadline was missed" describe a failure with nobody in it. For your own error, the passive reads as a dodge; name yourself as the one who did it. The passive is fine for other people\'s errors and for things that happened to you ("I was asked to lead").',
  sources: ['Leadership IQ', "interviewers' reports"],
  options: {},
  example: {
    flagged: 'The renewal date was missed and the contract lapsed.',
    fixed: 'I missed the renewal date, and the contract lapsed.',
  },
  check(answer, _options, report, find) {
    const reported = new Stretches();
    for (const sentence of answer.sentences) {
      const matches = find(sentence, 'passives');
      if (matches.length === 0 || ownedNearby(answer, sentence, find) || ownedEarlier(answer, sentence)) continue;
      for (const match of matches) {
        if (
          subjectIsPerson(sentence, match.start) ||
          namesWhatWas(sentence, match.start) ||
          agentNamed(sentence, match.end) ||
          deniedAt(answer, sentence, sentence.words[match.start]!.start) ||
          notAnEvent(answer, sentence, sentence.words[match.start]!.start) ||
          followsFromMine(answer, sentence, sentence.words[match.start]!.start)
        )
          continue;
        const range = wordRange(sentence.words, match.start, match.end);
        reported.add(range.start, range.end);
        report({ ...range, messageId: 'passive' });
      }
    }
    const seen = new Set<number>();
    for (const s of analyseAnswer(answer)) {
      if (find(s.sentence, 'passives').length > 0 || ownedNearby(answer, s.sentence, find) || ownedBefore(answer, s.sentence)) continue;
      const owned = ownedEarlier(answer, s.sentence);
      for (const span of facelessFailures(s.tokens).slice(0, 1)) {
        const at = s.tokens[span.first]!.start;
        if (deniedAt(answer, s.sentence, at) || notAnEvent(answer, s.sentence, at) || followsFromMine(answer, s.sentence, at)) continue;
        // Once the speaker has owned the failure, a passive of work done wrong tells what followed from it
        // ("8,000 lines were posted with the wrong dates"); a safeguard that failed ("it was never picked up") still hides who.
        if (owned && !s.tokens.slice(span.first, span.last + 1).some((t) => t.negated)) continue;
        seen.add(s.sentence.index);
        const range = { start: s.tokens[span.first]!.start, end: s.tokens[span.last]!.end };
        reported.add(range.start, range.end);
        report({ ...range, messageId: 'agentless', basis: 'events' });
      }
    }
    // Any agentless passive that carries a failure, whatever the verb.
    for (const found of agentlessFailures(answer)) {
      if (seen.has(found.sentence.index) || find(found.sentence, 'passives').length > 0) continue;
      if (ownedEarlier(answer, found.sentence)) continue;
      if (ownedNearby(answer, found.sentence, find) || ownedBefore(answer, found.sentence)) continue;
      if (notAnEvent(answer, found.sentence, found.start) || followsFromMine(answer, found.sentence, found.start)) continue;
      seen.add(found.sentence.index);
      reported.add(found.start, found.end);
      report({
        start: found.start,
        end: found.end,
        messageId: 'agentless',
        basis: 'events',
        ...(doneWithoutSafeguard(answer, found) ? { certain: true } : {}),
      });
    }
    // With no failure owned anywhere, the passives that tell the story leave the speaker out of it.
    // A clause already reported (a phrase such as "was lost" inside it) is not reported twice.
    for (const found of facelessStory(answer)) {
      if (reported.overlaps(found.start, found.end)) continue;
      report({ start: found.start, end: found.end, messageId: 'faceless', basis: 'events' });
    }
  },
});
