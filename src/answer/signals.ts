/**
 * What each sentence does in the story: who acts, whether it tells of the failure, the fix, the
 * cost, the lesson or the change that followed. The section inference and most rules read these
 * signals instead of matching words on their own, so "understanding" lives in one place.
 */
import type { MatchableWord, PhraseMatch } from './phrase-language.js';
import { PhraseSet } from './phrase-trie.js';
import { fingerprintOf, loadSavedSet, saveSet } from './phrase-file.js';
import { OTHERS, WORD_CLASSES, negatedBefore } from './lexicon.js';
import { CONTEXT_VERBS, OPENERS_OF_NOW, ROUTINE, SPEAKER, IRREGULAR_ACTIONS, NOT_ACTIONS, SIGNAL_LISTS } from './signal-lists.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const ENDS_ED = /ed$/;
const STARTS_I_WE = /^(i|we)'/;
const SUM_OR_SHARE = /[$€£]\s?\d|\d\s?(?:%|percent|k\b)/;

export interface SentenceSignals {
  /** The speaker is a grammatical subject ("I", "I'm", "I've"). */
  readonly speakerSubject: boolean;
  /** "we" or "the team" is a subject. */
  readonly groupSubject: boolean;
  /** The sentence tells of something going wrong. */
  readonly failure: boolean;
  /** The speaker owns a failure here ("I missed", "my mistake", "I should have"). */
  readonly ownedFailure: boolean;
  /** Something done to fix, contain or own up to the damage. */
  readonly remedy: boolean;
  /** A remedy whose subject is the speaker ("I rolled back", "so I called her"). */
  readonly ownedRemedy: boolean;
  /** A lesson or takeaway. */
  readonly lesson: boolean;
  /** The speaker did something: "I" followed closely by a past-tense verb of action. */
  readonly speakerAction: boolean;
  /** What is done differently now, or proof the lesson stuck. */
  readonly prevention: boolean;
  /** The speaker changed how things are done ("I wrote a checklist"): prevention when it follows the lesson. */
  readonly change: boolean;
  /** The goal, the task or the speaker's responsibility. */
  readonly goal: boolean;
  /** Scene-setting: when, where, which role. */
  readonly setting: boolean;
  /** How things turned out. */
  readonly outcome: boolean;
  /** A consequence or cost. */
  readonly cost: boolean;
  /** Source ranges of the failure wording ("missed", "without warning", "wrong"), quoted words included. */
  readonly failureWording: readonly { readonly start: number; readonly end: number }[];
}

/** A routine marker in the habit's own clause ("I check every…", "before I send, I…"). */
function routineNear(words: readonly MatchableWord[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - 4); i < Math.min(words.length, end + 6); i++) {
    const norm = words[i]!.norm;
    if (ROUTINE.has(norm) && !(norm === 'always' && words[i + 1]?.norm === 'been')) return true;
  }
  return false;
}

/** "I called", "I then rolled", "I quietly rebuilt": the speaker acting, by the verb that follows "I". */
function speakerActs(words: readonly (MatchableWord & { quoted: boolean })[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.norm !== 'i' || words[i]!.quoted) continue;
    for (let j = i + 1; j <= i + 2 && j < words.length; j++) {
      const norm = words[j]!.norm;
      if (NOT_ACTIONS.has(norm)) break;
      if (IRREGULAR_ACTIONS.has(norm) || (norm.length > 4 && norm.endsWith('ed'))) return true;
    }
  }
  return false;
}

const NONE: PhraseMatch[] = [];

const SIGNAL_BOOK_FILE = new URL('./signal-book.json', import.meta.url);
const signalBookFingerprint = (): string => fingerprintOf([SIGNAL_LISTS, WORD_CLASSES]);

/**
 * The signal lists compiled into one phrase set, on first use: loaded from the copy the build
 * saves beside the code while the lists are unchanged, compiled from them otherwise.
 */
export const signalPhrases: () => PhraseSet = (() => {
  let compiled: PhraseSet | null = null;
  return () => (compiled ??= loadSavedSet(SIGNAL_BOOK_FILE, signalBookFingerprint()) ?? PhraseSet.fromTagged(SIGNAL_LISTS, WORD_CLASSES));
})();

/** The signal lists computeSignals reads, named as in SIGNAL_LISTS without "signal/". */
const SIGNAL_TAGS = [
  'failureVerbs',
  'omission',
  'failure',
  'ownedFailure',
  'remedy',
  'remedyFrames',
  'groupSubject',
  'lesson',
  'hindsight',
  'prevention',
  'later',
  'habit',
  'change',
  'goal',
  'setting',
  'outcome',
  'cost',
] as const;
type SignalTag = (typeof SIGNAL_TAGS)[number];

/** Each signal list's tag number in the signal set (-1 for a list it lacks), looked up once instead of by name per sentence. */
const signalTagNumbers: () => Readonly<Record<SignalTag, number>> = (() => {
  let numbers: Record<SignalTag, number> | null = null;
  return () => {
    if (numbers === null) {
      const tags = signalPhrases().tags;
      numbers = Object.fromEntries(SIGNAL_TAGS.map((tag) => [tag, tags.indexOf(`signal/${tag}`)])) as Record<SignalTag, number>;
    }
    return numbers;
  };
})();

/** Build step: saves the compiled signal lists beside the code; returns the file's path. */
export function saveSignalBook(): string {
  saveSet(SIGNAL_BOOK_FILE, signalBookFingerprint(), PhraseSet.fromTagged(SIGNAL_LISTS, WORD_CLASSES));
  return SIGNAL_BOOK_FILE.pathname;
}

/** Matches that do not touch quoted words: the speaker's own language only. */
export function unquoted(matches: readonly PhraseMatch[] | undefined, words: readonly { quoted: boolean }[]): PhraseMatch[] {
  if (!matches) return [];
  if (!words.some((w) => w.quoted)) return matches as PhraseMatch[];
  return matches.filter((m) => {
    for (let i = m.start; i < m.end; i++) if (words[i]!.quoted) return false;
    return true;
  });
}

const SUBJECT_WORDS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it', 'nobody', 'everyone', 'someone']);
const OBJECT_FORMS = new Set(['him', 'her', 'them', 'their', 'his']);
const OTHER_PEOPLE = new Set(OTHERS.filter((w) => !OBJECT_FORMS.has(w)));
// biome-ignore format: a word list reads best packed, several entries a line
const CLAUSE_OPENERS = new Set([
  'and', 'but', 'so', 'then', 'because', 'when', 'while', 'after', 'before', 'until', 'since', 'if', 'although', 'though', 'that', 'who',
  'once', 'as',
]);
// biome-ignore format: a word list reads best packed, several entries a line
const DETERMINERS = new Set([
  'the', 'my', 'our', 'a', 'an', 'their', 'his', 'her', 'one', 'two', 'three', 'some', 'several', 'both', 'all', 'every',
]);

/** A noun for a person opens a clause ("my manager said", "and the client agreed") rather than ending one ("I called the client"). */
function opensClause(words: readonly MatchableWord[], i: number): boolean {
  let j = i - 1;
  // Allow one modifier between a determiner and the noun: "my new manager", "the support lead".
  const modifier = words[j];
  if (
    j >= 1 &&
    modifier &&
    DETERMINERS.has(words[j - 1]!.norm) &&
    !DETERMINERS.has(modifier.norm) &&
    !CLAUSE_OPENERS.has(modifier.norm) &&
    !SUBJECT_WORDS.has(modifier.norm)
  )
    j--;
  while (j >= 0 && DETERMINERS.has(words[j]!.norm)) j--;
  return j < 0 || CLAUSE_OPENERS.has(words[j]!.norm);
}

// biome-ignore format: a word list reads best packed, several entries a line
const AUXILIARIES = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'does', 'did', 'should', "wasn't", "isn't", "weren't",
  "hasn't", "hadn't", "didn't", "doesn't",
]);
const AMBIGUOUS_PRONOUNS = new Set(['it', 'you']);

/** "it was", "you had": the pronoun is a subject only when a verb follows it. */
function actsAsSubject(words: readonly MatchableWord[], i: number): boolean {
  const next = words[i + 1]?.norm ?? '';
  return AUXILIARIES.has(next) || ENDS_ED.test(next);
}

/**
 * The subject of the clause that word `index` sits in, looking backwards: "i", "we", "other"
 * (a person such as "my manager"), "thing" (a noun subject such as "the deadline was"), a
 * pronoun, or null. Enough to tell "I skipped" from "we skipped" and "the vendor skipped".
 */
function nearestSubject(words: readonly MatchableWord[], index: number): string | null {
  // "the payments that had not settled", "a step which never ran": a relative pronoun right before
  // the verb is its subject, standing for the noun before it.
  const right = words[index]?.norm;
  if (right === 'that' || right === 'which') return 'thing';
  if (right === 'who') return 'other';
  for (let i = index; i >= 0; i--) {
    const norm = words[i]!.norm;
    if (norm === "i'm" || norm === "i've" || norm === "i'd") return 'i';
    if (norm === "we're" || norm === "we've" || norm === "we'd") return 'we';
    if (SUBJECT_WORDS.has(norm)) {
      if (AMBIGUOUS_PRONOUNS.has(norm) && !actsAsSubject(words, i)) continue;
      return norm;
    }
    if (norm === 'team' && (words[i - 1]?.norm === 'our' || words[i - 1]?.norm === 'the')) return 'we';
    if (OTHER_PEOPLE.has(norm) && opensClause(words, i)) return 'other';
    // "the deadline was": a verb whose own subject is a noun closes the search.
    if (
      AUXILIARIES.has(norm) &&
      i > 0 &&
      !SUBJECT_WORDS.has(words[i - 1]!.norm) &&
      !STARTS_I_WE.test(words[i - 1]!.norm) &&
      !['not', 'never', 'also', 'then', 'just', 'really', 'still', 'already'].includes(words[i - 1]!.norm)
    )
      return 'thing';
  }
  return null;
}

/** Objects that deny the failure verb before them: "lost no working days", "missed nothing". */
const NOTHING = new Set(['no', 'nothing', 'none', 'zero']);

/** "I couldn't be across every detail": what the speaker could not do is the shape of an excuse, a failure told but not owned. */
const INABILITY = "couldn't";

/** Besides a negator, words that deny a failure word after them ("zero errors", "to avoid a delay"). */
const DENYING = new Set(['without', 'zero', 'avoid', 'avoided', 'prevent', 'prevented']);

/** "no errors", "without missing a deadline": the failure word is denied. */
function negatedAt(words: readonly MatchableWord[], start: number): boolean {
  return negatedBefore(words, start, 3, DENYING);
}

/** "later than I should have", "I've always been": not a change in behaviour. */
function falsePrevention(words: readonly MatchableWord[], end: number): boolean {
  const next = words[end]?.norm;
  // "re-walked the transects over the next two days": a stretch of time the story went on for, not a change since.
  return next === 'than' || next === 'been' || next === 'had' || (words[end - 1]?.norm !== 'time' && DURATIONS.has(next ?? ''));
}
/** Units a stretch of time is counted in. */
const DURATIONS = new Set(['days', 'nights', 'hours', 'mornings', 'evenings', 'shifts']);

/** What a class period is called by ("the next lesson", "a double lesson") and what it heads ("my lesson plans"). */
const PERIOD_BEFORE = new Set(['next', 'last', 'following', 'previous', 'double', 'morning', 'afternoon', 'practical']);
const PERIOD_AFTER = new Set(['plan', 'plans', 'planning', 'observation', 'observations', 'time', 'slot', 'starter']);

/**
 * A lesson that is a class someone teaches or takes ("redo it the next lesson", "rewrote my lesson
 * plans"), not one learned: the word alone, with a period's word before it or a teacher's after it,
 * and not "learned" ("next lesson learned: …").
 */
function classPeriod(words: readonly MatchableWord[], start: number, end: number): boolean {
  const word = words[start]!.norm;
  if (end - start !== 1 || (word !== 'lesson' && word !== 'lessons')) return false;
  const after = words[end]?.norm ?? '';
  if (after === 'learned' || after === 'learnt') return false;
  if (PERIOD_BEFORE.has(words[start - 1]?.norm ?? '') || PERIOD_AFTER.has(after)) return true;
  // "wrong for the lesson", "re-set the lesson for the next day": the class, after what is done in or to it.
  return words[start - 1]?.norm === 'the' && CLASS_BEFORE_THE.has(words[start - 2]?.norm ?? '');
}
/** Words before "the lesson" that make it a class: "during the lesson", "re-set the lesson". */
// biome-ignore format: a word list reads best packed
const CLASS_BEFORE_THE = new Set(['for', 'during', 'in', 'into', 'through', 'reset', 're-set', 'taught', 'teach', 'ran', 'run', 'planned', 'start', 'started', 'end', 'ended', 'disrupted', 'interrupted', 'stopped', 'cancelled', 'canceled']);

/**
 * "My responsibility was to supervise the pour": the duty named, not a failure owned ("that was my
 * responsibility"). The match ends at `end`, on "responsibility", and a form of "be" then "to" follows.
 */
function taskNamed(words: readonly MatchableWord[], end: number): boolean {
  const last = words[end - 1]?.norm;
  if (last !== 'responsibility' && last !== 'responsibilities') return false;
  const be = words[end]?.norm;
  return (be === 'was' || be === 'is' || be === 'were' || be === 'are') && words[end + 1]?.norm === 'to';
}

/** "Nothing I could have done", "anything I could have": not an admission. */
function isDenied(words: readonly MatchableWord[], start: number): boolean {
  const before = words[start - 1]?.norm;
  return before === 'nothing' || before === 'anything' || before === 'what';
}

/** A storyteller's opening set off by a comma ("Now, the vendor…"): no turn to the present. */
const STORYTELLERS_NOW = /^\W*\w+\s*,/;

/** The storyteller's "Now, …": a sentence that opens on "now" set off by a comma, which turns nothing to the present. */
export function opensOnStorytellersNow(sentence: {
  readonly words: readonly { readonly norm: string; readonly quoted: boolean }[];
  readonly text: string;
}): boolean {
  const first = sentence.words[0];
  return first !== undefined && !first.quoted && first.norm === 'now' && STORYTELLERS_NOW.test(sentence.text);
}

/**
 * A sentence that opens on the present, whoever its subject: "Now every order…", "These days I'll
 * always ring first". Not the storyteller's "Now, …", set off by a comma.
 */
export function opensOnNow(sentence: {
  readonly words: readonly { readonly norm: string; readonly quoted: boolean }[];
  readonly text: string;
}): boolean {
  const first = sentence.words[0];
  return first !== undefined && !first.quoted && OPENERS_OF_NOW.has(first.norm) && !STORYTELLERS_NOW.test(sentence.text);
}

/** The signals of one sentence, from its words (as tokenised by the parser) and its text. */
export function computeSignals(
  words: readonly (MatchableWord & { quoted: boolean; start: number; end: number })[],
  text: string,
): SentenceSignals {
  const byTag = signalPhrases().matchByTagNumber(words);
  const number = signalTagNumbers();
  let speakerSubject = false;
  let quoted = false;
  for (const w of words) {
    if (w.quoted) quoted = true;
    else if (!speakerSubject && SPEAKER.has(w.norm)) speakerSubject = true;
  }
  const hits = (tag: SignalTag): PhraseMatch[] => {
    const found = byTag[number[tag]];
    return found === undefined ? NONE : quoted ? unquoted(found, words) : found;
  };
  const found = (tag: SignalTag): boolean => hits(tag).length > 0;
  const failureVerbs = hits('failureVerbs').filter((m) => !negatedAt(words, m.start) && !NOTHING.has(words[m.end]?.norm ?? ''));
  const omissions = hits('omission');
  const plainFailure =
    omissions.length > 0 || hits('failure').some((m) => !negatedAt(words, m.start) && !NOTHING.has(words[m.end]?.norm ?? ''));
  const ownedVerb = failureVerbs.some(
    (m) =>
      nearestSubject(words, m.start - 1) === 'i' &&
      (!CONTEXT_VERBS.has(words[m.start]!.norm) || plainFailure) &&
      words[m.start]!.norm !== INABILITY,
  );
  const ownedOmission = omissions.some((m) => nearestSubject(words, m.start - 1) === 'i');
  const ownedFailure =
    ownedVerb || ownedOmission || hits('ownedFailure').some((m) => !isDenied(words, m.start) && !taskNamed(words, m.end));
  // A repair not made ("I didn't send the fix", "never rang them") is no remedy.
  // Read in one pass, with no array of subjects between: that array was empty (small integers)
  // or strings from answer to answer, and its two shapes sent computeSignals back to the
  // interpreter (a "wrong map" deopt) on answers of the other kind.
  let remedyByI = false;
  let remedyByWe = false;
  for (const m of hits('remedy')) {
    if (negatedAt(words, m.start)) continue;
    const subject = nearestSubject(words, m.start - 1);
    if (subject === 'i') remedyByI = true;
    else if (subject === 'we') remedyByWe = true;
  }
  const framed = found('remedyFrames');
  const ownedRemedy = framed || remedyByI;
  const remedy = ownedRemedy || remedyByWe;
  return {
    speakerSubject,
    groupSubject: found('groupSubject'),
    failure: ownedFailure || plainFailure,
    ownedFailure,
    remedy,
    ownedRemedy,
    speakerAction: speakerActs(words),
    lesson: hits('lesson').some((m) => !classPeriod(words, m.start, m.end)) || (ownedFailure && found('hindsight')),
    prevention:
      hits('prevention').some((m) => !falsePrevention(words, m.end)) ||
      (speakerSubject && OPENERS_OF_NOW.has(words[0]?.norm ?? '') && !words[0]!.quoted) ||
      (speakerSubject && hits('later').some((m) => !falsePrevention(words, m.end))) ||
      hits('habit').some((m) => routineNear(words, m.start, m.end)),
    change: found('change'),
    goal: found('goal'),
    setting: found('setting'),
    outcome: found('outcome'),
    cost: found('cost') || SUM_OR_SHARE.test(text),
    failureWording: failureWording(words, [byTag[number.failure], byTag[number.failureVerbs], byTag[number.omission]]),
  };
}

/** The source ranges of the failure lists' matches, quoted words included, list by list. */
function failureWording(
  words: readonly { start: number; end: number }[],
  lists: readonly (PhraseMatch[] | undefined)[],
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const matches of lists)
    if (matches) for (const m of matches) spans.push({ start: words[m.start]!.start, end: words[m.end - 1]!.end });
  return spans;
}

/** Source ranges of a sentence's failure wording ("missed", "without warning", "wrong"), for clause-level readings. */
export function failureSpans(sentence: { readonly signals: SentenceSignals }): readonly { start: number; end: number }[] {
  return sentence.signals.failureWording;
}
