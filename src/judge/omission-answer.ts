/**
 * The answer-level readings of the stakes, the fix and the setup, from the sentence readings of
 * `omission-readings.ts` and the sentence scores: whether any sentence carries the part with
 * confidence, what the consequence told after the failure amounts to (denied, harmless, small,
 * large, reaching someone outside, only a feeling), and who acted once it went wrong (the speaker,
 * someone else, nobody), and how much of the answer comes before the failure. `omissionEvidence`
 * names the sentences a finding points at: the harmless consequence given as the stakes, the fix
 * someone else made, the background of a long setup.
 */
import type { Judgement } from './judge.js';
import { HARMLESS_READINGS } from './omission-readings.js';
import { FACT, featureFacts, namedFacts } from './story-features.js';

/** The rules that read these features, and the part each looks for. */
const READERS: Readonly<Record<string, readonly ('stakes' | 'remedy' | 'setup')[]>> = {
  'missing-stakes': ['stakes'],
  'missing-corrective-action': ['remedy'],
  'star-structure': ['setup'],
};

/** A setup longer than this share of the answer's words buries the story (strong answers stay under 30%). */
const LONG_SETUP = 0.4;

const SURE = 0.5;
/** The parts a sentence can tell: one told with confidence is no remark in place of a lesson. */
const TOLD_PARTS = ['failure', 'stakes', 'remedy', 'lesson', 'prevention'];
const SMALL = ['sk:small-sum', 'sk:small-time', 'sk:small-count'];
const LARGE = ['sk:large-sum', 'sk:large-time', 'sk:large-count'];
/** The lists above as the bits of a sentence's facts (featureFacts): each is asked of many sentences, for several rules. */
const SMALL_FACTS = namedFacts(SMALL);
const LARGE_FACTS = namedFacts(LARGE);
const HARMLESS_FACTS = namedFacts(HARMLESS_READINGS);

interface Window {
  /** The sentence where the failure is first told. */
  readonly trouble: number;
  /** Sentence indices told after the failure first shows (the failure's own sentence included for the stakes). */
  readonly consequence: readonly number[];
  /** Sentence indices after the failure that tell neither the failure, its cost, nor a lesson or change. */
  readonly response: readonly number[];
}

function score(judgement: Judgement, label: string, i: number): number {
  return judgement.scores.get(label)?.[i] ?? 0;
}

/**
 * A performance cache, not state: each judgement's window, read by several rules' features and
 * evidence, and whether the writer used headings; made once per answer.
 */
const windowCache = new WeakMap<Judgement, Window>();
const headedCache = new WeakMap<Judgement, boolean>();

function windows(judgement: Judgement): Window {
  let window = windowCache.get(judgement);
  if (window === undefined) {
    window = windowOf(judgement);
    windowCache.set(judgement, window);
  }
  return window;
}

/** A sentence under one of the writer's own headings (its "h:" feature). */
function headed(judgement: Judgement): boolean {
  let found = headedCache.get(judgement);
  if (found === undefined) {
    // Past the word features, which come first and are no heading's.
    found = judgement.sentences.some((s) => {
      for (let k = s.wordFeatures ?? 0; k < s.features.length; k++) if (s.features[k]!.startsWith('h:')) return true;
      return false;
    });
    headedCache.set(judgement, found);
  }
  return found;
}

/** Where the failure is first told (by its score, else by the answer's signals), and the sentences after it. */
function windowOf(judgement: Judgement): Window {
  const n = judgement.sentences.length;
  let trouble = judgement.sentences.findIndex((_, i) => score(judgement, 'failure', i) >= SURE);
  if (trouble < 0) trouble = judgement.sentences.findIndex((s) => (featureFacts(s.features) & FACT.atTrouble) !== 0);
  if (trouble < 0) trouble = 0;
  const reflective = (i: number): boolean => score(judgement, 'lesson', i) >= SURE || score(judgement, 'prevention', i) >= SURE;
  const consequence: number[] = [];
  const response: number[] = [];
  for (let i = trouble; i < n; i++) {
    if (reflective(i)) continue;
    consequence.push(i);
    if (i > trouble && score(judgement, 'failure', i) < SURE && score(judgement, 'stakes', i) < SURE) response.push(i);
  }
  return { trouble, consequence, response };
}

/** A consequence told as no harm, not in the speaker's own act: "so nothing else went wrong" after "i held every cue" is containment, a fix. */
const harmless = (facts: number): boolean => (facts & HARMLESS_FACTS) !== 0 && (facts & FACT.rmSelfDid) === 0;

/** The facts of sentence `i`'s features. */
const factsAt = (judgement: Judgement, i: number): number => featureFacts(judgement.sentences[i]!.features);

function stakesFeatures(judgement: Judgement, window: Window, out: string[]): void {
  const best = Math.max(0, ...(judgement.scores.get('stakes') ?? []));
  if (best < 0.35) out.push('om:stakes<0.35');
  if (best < SURE) out.push('om:stakes<0.5');
  // What the consequence's sentences tell, together; harm denied only after the failure's own
  // sentence, which may tell it "before the launch".
  let told = 0;
  let harmDenied = false;
  let outside = false;
  for (const i of window.consequence) {
    const facts = factsAt(judgement, i);
    told |= facts;
    if (i > window.trouble && harmless(facts)) harmDenied = true;
    // Someone outside reached, in a sentence that does not also deny the harm.
    if ((facts & FACT.skOutside) !== 0 && (facts & FACT.skDenied) === 0) outside = true;
  }
  const large = (told & LARGE_FACTS) !== 0;
  const small = (told & SMALL_FACTS) !== 0;
  if (harmDenied) out.push('om:harm-denied');
  if (large) out.push('om:large');
  if (small && !large) out.push('om:small-only');
  if (outside) out.push('om:outside');
  if ((told & FACT.skReacted) !== 0) out.push('om:reacted');
  if ((told & FACT.skFeeling) !== 0) out.push(best < 0.35 && !large ? 'om:feeling-only' : 'om:feeling');
}

function remedyFeatures(judgement: Judgement, window: Window, out: string[]): void {
  const best = Math.max(0, ...(judgement.scores.get('remedy') ?? []));
  if (best < 0.35) out.push('om:remedy<0.35');
  if (best < SURE) out.push('om:remedy<0.5');
  let self = 0;
  let others = 0;
  let nobody = false;
  for (const i of window.response) {
    const facts = factsAt(judgement, i);
    if ((facts & FACT.rmSelfDid) !== 0) self++;
    if ((facts & FACT.rmOthersDid) !== 0) others++;
    if ((facts & FACT.rmNobodyDid) !== 0) nobody = true;
  }
  if (self === 0) out.push('om:self-did-none');
  if (self > 1) out.push('om:self-did>1');
  if (others > 0) out.push(self === 0 ? 'om:others-only' : 'om:others-too');
  if (self === 0 && nobody) out.push('om:nobody-did');
}

/**
 * How much of the answer comes before the failure is first told, by the failure score: the
 * setup. The story's own signals of trouble also fire on background ("a regression pass by QA",
 * "slots that had to be booked"); the score weighs the whole sentence. With no sentence scored as
 * the failure there is no measure. Writers who chose STAR headings are measured by their
 * sections, in the rule's own check; LONG_SETUP is the rule's default `maxSetupShare`, since the
 * learned layer is trained on the defaults.
 */
function setupShare(judgement: Judgement, window: Window): number {
  if (headed(judgement)) return 0;
  // Where no sentence scores as the failure, the window falls back on the words of trouble: no measure of the setup.
  if (score(judgement, 'failure', window.trouble) < SURE) return 0;
  let before = 0;
  let total = 0;
  for (const s of judgement.sentences) {
    total += s.sentence.words.length;
    if (s.sentence.index < window.trouble) before += s.sentence.words.length;
  }
  return total > 0 ? before / total : 0;
}

function setupFeatures(judgement: Judgement, window: Window, out: string[]): void {
  const share = setupShare(judgement, window);
  for (const level of [0.3, LONG_SETUP, 0.5]) if (share >= level) out.push(`om:setup>=${level}`);
}

/** The answer features of the stakes, the fix and the setup, for the rules that read them (none for the others). */
export function answerOmissionFeatures(judgement: Judgement, ruleId: string): string[] {
  const parts = READERS[ruleId];
  if (!parts || judgement.sentences.length === 0) return [];
  const window = windows(judgement);
  const out: string[] = [];
  if (parts.includes('stakes')) stakesFeatures(judgement, window, out);
  if (parts.includes('remedy')) remedyFeatures(judgement, window, out);
  if (parts.includes('setup')) setupFeatures(judgement, window, out);
  return out;
}

/**
 * Where the story turns from what happened to what was learned: the sentence before the first
 * lesson or change told after the failure. A fix belongs between the two, so a missing one is
 * pointed at there ("…so an extra season was needed." then "We learned that…").
 */
function gapBeforeReflection(judgement: Judgement, window: Window): number | null {
  const n = judgement.sentences.length;
  for (let i = window.trouble + 1; i < n; i++) {
    if (score(judgement, 'lesson', i) >= SURE || score(judgement, 'prevention', i) >= SURE) return i - 1;
  }
  return null;
}

/**
 * The sentences a finding points at: the harmless consequence told as the stakes, the fix made by
 * someone else, where the story turns to its lesson with no fix or cost between, the remark that
 * stands where a lesson should, a long setup's background.
 */
export function omissionEvidence(judgement: Judgement, ruleId: string): number[] {
  if (judgement.sentences.length === 0) return [];
  const window = windows(judgement);
  const facts = (i: number): number => factsAt(judgement, i);
  if (ruleId === 'missing-stakes') {
    const shrunk = window.consequence
      .filter((i) => i > window.trouble)
      .filter((i) => harmless(facts(i)) || ((facts(i) & SMALL_FACTS) !== 0 && (facts(i) & LARGE_FACTS) === 0));
    // Or how the story ends before its lesson, where what it cost should have been told: not a
    // large cost, and not the fix (which is no place for the cost).
    const gap = gapBeforeReflection(judgement, window);
    if (gap === null || shrunk.includes(gap) || (facts(gap) & LARGE_FACTS) !== 0 || score(judgement, 'remedy', gap) >= SURE) return shrunk;
    return [...shrunk, gap];
  }
  if (ruleId === 'missing-corrective-action') {
    const others = window.response
      .filter((i) => (facts(i) & (FACT.rmOthersDid | FACT.rmNobodyDid)) !== 0)
      .sort((a, b) => score(judgement, 'remedy', b) - score(judgement, 'remedy', a));
    // A gap that tells the speaker acting is a fix told, not one missing.
    const gap = gapBeforeReflection(judgement, window);
    if (gap === null || (facts(gap) & FACT.rmSelfDid) !== 0 || score(judgement, 'remedy', gap) >= SURE) return others;
    return [gap, ...others.filter((i) => i !== gap)];
  }
  if (ruleId === 'missing-lesson') {
    // Where a lesson should close the story and a remark stands instead ("it was a good reminder
    // that things don't always go to plan"): the last sentence after the failure that tells no
    // part, or among those, one framed as an insight with nothing in it ("it just goes to show that
    // things go wrong"). A lesson told there is what to change instead (see decide()).
    const n = judgement.sentences.length;
    for (let i = window.trouble + 1; i < n; i++) if (score(judgement, 'lesson', i) >= SURE) return [];
    const remarks: number[] = [];
    for (let i = n - 1; i > window.trouble; i--) {
      if (TOLD_PARTS.every((part) => score(judgement, part, i) < SURE)) remarks.push(i);
    }
    const framed = remarks.find((i) => (facts(i) & FACT.insight) !== 0);
    return framed !== undefined ? [framed] : remarks.slice(0, 1);
  }
  if (ruleId === 'star-structure' && setupShare(judgement, window) >= LONG_SETUP) {
    // The background itself, from its first sentence: what to cut.
    return judgement.sentences.slice(0, window.trouble).map((_, i) => i);
  }
  return [];
}
