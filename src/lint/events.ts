/**
 * Readings of clause events that rules share: which other parties work against the speaker's
 * work, where the speaker owns a failure, and which failures happen with nobody doing them. They
 * read the grammar (actor, negation, modality, voice), so an unlisted party ("the DBAs", "the
 * partner integration team") counts the same as a listed one.
 */
import type { Answer, Sentence } from '../answer/model.js';
import { analyseAnswer, type SentenceAnalysis } from '../judge/judge.js';
import { clauseTense } from '../judge/story-features.js';
import { failureSpans } from '../answer/signals.js';
import type { ClauseEvent } from '../nlp/clauses.js';
import { dutyAct, harmOf, THE_FAILURE, type Harm } from '../nlp/harm.js';
import type { Token } from '../nlp/analyse.js';
import {
  causeNamedElsewhere,
  causesOnOthers,
  failingsThatCaused,
  faultedThings,
  shortfallsOnOthers,
  stretches,
  workloadBlamed,
  wrongHandedOver,
} from '../nlp/faulted.js';
import { NEGATIVE_QUANTIFIERS, NO_ACT } from '../judge/omission-readings.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const PASSIVE_AUX_WORD = /^(was|were|been|got|gotten|wasn't|weren't)$/;

export interface EventSpan {
  readonly sentence: Sentence;
  readonly event: ClauseEvent;
  readonly start: number;
  readonly end: number;
}

/** The clause's words in the source; an "even" that opens the next clause ("…, even though…") is left to it. */
function clauseRange(tokens: readonly Token[], event: ClauseEvent): { start: number; end: number } {
  const last = tokens[event.last]!.lower === 'even' && event.last > event.first ? event.last - 1 : event.last;
  return { start: tokens[event.first]!.start, end: tokens[last]!.end };
}

/**
 * A passive told as what happened ("was approved"), not as what had to, could or would
 * ("had to be reshuffled", "couldn't be published") or as a rule ("isn't tested until").
 */
function toldAsHappened(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (event.modal) return false;
  const upTo = tokens.slice(event.first, event.last + 1);
  const at = upTo.findIndex((t) => t.lemma === event.act && t.pos === 'VERB');
  const before = upTo.slice(0, at < 0 ? upTo.length : at);
  if (before.some((t) => t.lower === 'to')) return false;
  return before.some((t) => PASSIVE_AUX_WORD.test(t.lower));
}

/** "none has been returned for an error since", "not one order was lost": a passive that says the failure did not happen. */
export function noneHappened(tokens: readonly Token[], event: ClauseEvent): boolean {
  for (let k = event.first; k <= event.last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'VERB') return false;
    if (NEGATIVE_QUANTIFIERS.has(t.lower)) return true;
    // "not one", "not a single order".
    if (t.lower === 'not' && (tokens[k + 1]?.lower === 'one' || tokens[k + 1]?.lower === 'a')) return true;
  }
  return false;
}

/**
 * Failures told in an agentless passive whose subject is not the speaker: "it was approved without
 * a review". The sentence's failure wording must fall in the passive's own clause: "the model was
 * computed from a snapshot, and the forecast drifted" tells what a system did beside the failure.
 */
export function agentlessFailures(answer: Answer): EventSpan[] {
  const found: EventSpan[] = [];
  const firstLesson = answer.sentences.find((s) => s.signals.lesson || s.signals.prevention)?.index ?? answer.sentences.length;
  for (const s of analyseAnswer(answer)) {
    if (!s.sentence.signals.failure) {
      // "the humidity logger was not put inside the crate": a duty left undone, told with nobody to
      // leave it, is the failure itself, in words no failure list knows. Only in the story, in the past.
      if (s.sentence.index < firstLesson) found.push(...dutiesUndone(s));
      continue;
    }
    for (const event of s.events) {
      if (!event.passive || event.agent || event.actor === 'self' || event.actor === 'group' || event.onSpeaker) continue;
      if (!toldAsHappened(s.tokens, event) || noneHappened(s.tokens, event)) continue;
      // "by the time the error was spotted": the failure found, not the failure done. Unfound ("was never caught") it is a safeguard that failed.
      if (!event.negated && event.act !== null && DETECTING.has(event.act)) continue;
      const range = clauseRange(s.tokens, event);
      if (!failureSpans(s.sentence).some((f) => f.start < range.end && f.end > range.start)) continue;
      found.push({ sentence: s.sentence, event, ...range });
    }
  }
  return found;
}

/** Agentless passives of a duty left undone, in the past: "the logger was not put inside the crate", "the form wasn't sent". */
function dutiesUndone(s: SentenceAnalysis): EventSpan[] {
  const found: EventSpan[] = [];
  for (const event of s.events) {
    if (!event.passive || !event.negated || event.agent || event.actor === 'self' || event.actor === 'group' || event.onSpeaker) continue;
    if (event.act === null || !dutyAct(event.act) || DETECTING.has(event.act)) continue;
    if (!toldAsHappened(s.tokens, event) || noneHappened(s.tokens, event) || clauseTense(s.tokens, event) !== 'past') continue;
    found.push({ sentence: s.sentence, event, ...clauseRange(s.tokens, event) });
  }
  return found;
}

/** Acts of finding a failure out: told in a passive, they say when it came to light, not who caused it. */
const DETECTING = new Set(['spot', 'notice', 'catch', 'discover', 'detect', 'find', 'identify', 'realise', 'realize', 'uncover']);

/** Words that make a participle a state ("was very focused on", "were quite impressed"), not an act done. */
const DEGREE = new Set(['very', 'so', 'too', 'quite', 'really', 'fairly', 'pretty', 'extremely', 'more', 'less', 'most', 'least']);

/** Verbs of holding a role, not of acting on the failure: "I owned the return", "I led the project". */
export const ROLE_ACTS: ReadonlySet<string> = new Set(['own', 'lead', 'manage', 'coordinate', 'oversee', 'head', 'supervise']);
/**
 * Acts that set the scene before a story: a role held, or one taken up ("I joined the team in March",
 * "I started as coordinator", "when I arrived"), and the speaker's liking for the place ("I loved
 * that about it"), which is a view of it, not something done in the story.
 */
const SETTING_ACTS: ReadonlySet<string> = new Set([...ROLE_ACTS, 'join', 'start', 'work', 'become', 'arrive', 'like', 'love', 'enjoy']);

/**
 * The clause's subject did something, in the past: an act, not a state, a discovery or an attempt
 * ("I uploaded", "we shipped"; not "I was", "we noticed", "we didn't").
 */
export function didInPast(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (event.passive || event.negated || event.modal || event.act === null || NO_ACT.has(event.act)) return false;
  const tense = clauseTense(tokens, event);
  return tense === 'past' || tense === 'perfect';
}

/** What a speaker can call theirs to own a failure: "checking it was my responsibility", "that was my call". */
const OWNED_CHARGES = new Set(['responsibility', 'job', 'call', 'fault', 'mistake', 'error', 'decision', 'duty']);

/** "The fault was mine", "the decision to skip it was mine", "that one was on me", "checking it was my job": the speaker claims it. */
function claimedMine(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.lemma === 'be' && claimedAfterBe(tokens, k)) return true;
  }
  return false;
}

/** The claim of claimedMine, read from the "be" at k. */
/** Adverbs that say how surely a claim is made, not that it is hedged ("perhaps on me" is not one). */
// biome-ignore format: a word list reads best packed
const SURELY = new Set([
  'plainly', 'clearly', 'entirely', 'completely', 'squarely', 'all', 'really', 'fully', 'totally', 'wholly', 'definitely',
  'absolutely', 'honestly', 'simply', 'just', 'obviously', 'solely', 'firmly',
]);

function claimedAfterBe(tokens: readonly Token[], k: number): boolean {
  // "the error was plainly mine", "that was entirely on me": adverbs that only say how surely.
  let at = k + 1;
  while (SURELY.has(tokens[at]?.lower ?? '') && at < k + 3) at++;
  const next = tokens[at]?.lower;
  if (next === 'mine' || (next === 'on' && tokens[at + 1]?.lower === 'me')) return true;
  if (next !== 'my') return false;
  // "it was my classification error", "that was my own call": the charge after up to two words that qualify it.
  for (let j = at + 1; j <= at + 3; j++) {
    const x = tokens[j];
    if (x === undefined) return false;
    if (OWNED_CHARGES.has(x.lemma)) return true;
    if (x.pos !== 'NOUN' && x.pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * A performance cache, not state: claimedMine of each analysed sentence, filled in as asked. The
 * rules ask it of the same sentences many times over (once per deflection or harm found).
 */
const claims = new WeakMap<readonly SentenceAnalysis[], (boolean | undefined)[]>();

/** claimedMine of sentence i of the analysis, through the cache. */
function claimedMineAt(analysis: readonly SentenceAnalysis[], i: number): boolean {
  let known = claims.get(analysis);
  if (!known) {
    known = [];
    claims.set(analysis, known);
  }
  let mine = known[i];
  if (mine === undefined) {
    mine = claimedMine(analysis[i]!.tokens);
    known[i] = mine;
  }
  return mine;
}

/** What the speaker takes on: "took full responsibility", "take the blame". */
const TAKEN_ON = new Set(['responsibility', 'blame', 'ownership']);

/**
 * "I took full responsibility with the partner", "told my manager it was down to my decision": the
 * failure claimed in a sentence that also tells the fix.
 */
function responsibilityTaken(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (t.lemma === 'take' && t.pos === 'VERB') return tokens.slice(k + 1, k + 4).some((x) => TAKEN_ON.has(x.lemma));
    // "down to my decision", "down to me".
    return t.lower === 'down' && tokens[k + 1]?.lower === 'to' && (tokens[k + 2]?.lower === 'me' || tokens[k + 2]?.lower === 'my');
  });
}

/** What the speaker owns up to: "I owned it on the call", "owned up to the client". */
const OWNED_UP = new Set(['it', 'up', 'that', 'this']);

/** "I owned it", "I owned up": the speaker's word that the failure was theirs, told with what they did about it. */
function ownedUp(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.lemma === 'own' && t.pos === 'VERB' && OWNED_UP.has(tokens[k + 1]?.lower ?? ''));
}

/**
 * "The supplier never told us… But the plan was my document, and I had cut that test. So the gap
 * was mine.": the speaker claims the failure later in the same paragraph as sentence `index`,
 * having first named what others did, or opens the next paragraph on the claim ("The problem was
 * mine.").
 */
export function claimedLater(answer: Answer, index: number): boolean {
  const analysis = analyseAnswer(answer);
  const paragraph = analysis[index]?.sentence.paragraph;
  if (paragraph === undefined) return false;
  for (let i = index + 1; i < analysis.length; i++) {
    const here = analysis[i]!.sentence.paragraph;
    const opensNext = here === paragraph + 1 && analysis[i - 1]?.sentence.paragraph === paragraph;
    if ((here === paragraph || opensNext) && claimedMineAt(analysis, i)) return true;
  }
  return false;
}

/** No sentence of the answer puts the failure on the speaker: no owned failure, no act the speaker owns, nothing claimed as theirs. */
export function ownsNothing(answer: Answer): boolean {
  let nothing = ownsNothingOf.get(answer);
  if (nothing === undefined) {
    const analysis = analyseAnswer(answer);
    nothing = !analysis.some(
      (s, i) =>
        s.sentence.signals.ownedFailure ||
        s.events.some((e) => ownsAct(e) || doneWithout(s.tokens, e) || ownsAssumption(s.tokens, s.events, e)) ||
        dutyLapsed(s.tokens, s.events) ||
        claimedMineAt(analysis, i),
    );
    ownsNothingOf.set(answer, nothing);
  }
  return nothing;
}

/** Verbs of a belief acted on without checking it. */
const ASSUMING = new Set(['assume', 'presume']);

/**
 * A belief the speaker acted on, told with what they believed: "I assumed the defaults had carried
 * over", "I had presumed she'd be fine". In a story of a failure the wrong belief is the mistake,
 * owned. "I assumed the role of lead" tells no belief (no clause follows it) and sets the scene;
 * "I assume it still runs" is about today.
 */
export function ownsAssumption(tokens: readonly Token[], events: readonly ClauseEvent[], event: ClauseEvent): boolean {
  if (event.actor !== 'self' || !ASSUMING.has(event.act ?? '')) return false;
  if (event.negated || event.modal || event.passive || event.conditional || clauseTense(tokens, event) !== 'past') return false;
  return events.some((other) => other.first > event.first && other !== event);
}

/** A performance cache, not state: ownsNothing of an answer, asked by ownership and by facelessStory (passive-dodge). */
const ownsNothingOf = new WeakMap<Answer, boolean>();

/** The speaker does something in the story, past the scene they set: "I uploaded the file twice", not "I joined in March". */
export function speakerActs(tokens: readonly Token[], events: readonly ClauseEvent[], noFailure = false): boolean {
  return events.some(
    (e) =>
      e.actor === 'self' &&
      didInPast(tokens, e) &&
      !SETTING_ACTS.has(e.act ?? '') &&
      !dutyHeld(tokens, e) &&
      !(noFailure && background(tokens, e)),
  );
}

/**
 * "During my PhD I was studying microplastics in river sediments": the speaker's work in progress
 * ("was" and the act's "-ing"), told in a sentence with no failure in it, sets the scene as a role does.
 */
function background(tokens: readonly Token[], event: ClauseEvent): boolean {
  for (let k = event.first + 1; k <= event.last; k++) {
    const t = tokens[k]!;
    if (t.lemma !== event.act || t.pos !== 'VERB') continue;
    return t.lower.endsWith('ing') && tokens[k - 1]?.lemma === 'be' && tokens[k - 1]!.lower !== 'being';
  }
  return false;
}

/** Words that make the act after "for" or "with" a duty held: "responsible for preparing", "tasked with running". */
const DUTY_HOLDERS = new Set(['responsible', 'accountable', 'charge', 'tasked', 'charged']);

/**
 * "I was responsible for preparing the bundle", "I was in charge of running the tender": the act
 * is a duty the speaker held, which sets the scene like a role; it does not tell that they did it.
 */
function dutyHeld(tokens: readonly Token[], event: ClauseEvent): boolean {
  for (let k = event.first + 1; k <= event.last; k++) {
    const t = tokens[k]!;
    if (t.lemma !== event.act || t.pos !== 'VERB') continue;
    const link = tokens[k - 1]!.lower;
    return (link === 'for' || link === 'with' || link === 'of') && DUTY_HOLDERS.has(tokens[k - 2]?.lower ?? '');
  }
  return false;
}

/**
 * The story up to where the answer turns to the lesson or the change (or, from `'fix'`, already to
 * the fix), when the speaker does nothing in it; null when they do. The speaker acting anywhere in
 * the story ("I uploaded the file twice") makes it their own telling; a role held or taken up ("I
 * led the team", "I joined in March") only sets the scene.
 */
export function storyWithoutSpeaker(answer: Answer, endsAt: 'fix' | 'lesson'): readonly SentenceAnalysis[] | null {
  const analysed = analyseAnswer(answer);
  const end = analysed.findIndex(
    (s) => (endsAt === 'fix' && s.sentence.signals.remedy) || s.sentence.signals.lesson || s.sentence.signals.prevention,
  );
  const story = end < 0 ? analysed : analysed.slice(0, end);
  return story.some((s) => speakerActs(s.tokens, s.events, !s.sentence.signals.failure)) ? null : story;
}

/**
 * The story told with nobody in it. When no sentence of the answer puts the failure on the speaker
 * (no owned failure, no act the speaker owns, nothing claimed as theirs) and the speaker does
 * nothing in the story before its fix or lesson, every passive told there as happened, with no
 * agent, is where the speaker left themself out, whatever its verb: "the payment file was uploaded
 * twice", "the wax was poured too hot". Not a passive about a person ("they weren't obliged to"),
 * one told as a state ("was very focused on"), nor one that says nothing happened.
 */
export function facelessStory(answer: Answer): EventSpan[] {
  if (!ownsNothing(answer)) return [];
  const story = storyWithoutSpeaker(answer, 'fix');
  if (!story) return [];
  const found: EventSpan[] = [];
  for (const s of story) {
    for (const event of s.events) {
      if (!event.passive && headlinePassive(s.tokens, event)) {
        found.push({ sentence: s.sentence, event, ...clauseRange(s.tokens, event) });
        continue;
      }
      if (!event.passive || event.agent || event.actor === 'self' || event.actor === 'group') continue;
      if ((event.actor === 'other' && !event.nounSubject) || !toldAsHappened(s.tokens, event) || noneHappened(s.tokens, event)) continue;
      // "the timetable was set for us", "the rota was imposed on me": done to the speaker's side, it leaves no doer of theirs out.
      if (event.onSpeaker) continue;
      const at = s.tokens.findIndex((t, k) => k >= event.first && k <= event.last && t.lemma === event.act && t.pos === 'VERB');
      if (at >= 0 && DEGREE.has(s.tokens[at - 1]?.lower ?? '')) continue;
      found.push({ sentence: s.sentence, event, ...clauseRange(s.tokens, event) });
    }
  }
  return found;
}

/**
 * The passive of clipped notes, with its auxiliary dropped and a denial before the participle: "panel
 * not refitted after the repair", "alarm never escalated". "Not" right before an inflected verb with
 * no auxiliary in the clause can only be a participle, so the clause is a passive with nobody in it.
 * Its subject is a noun, not the speaker or a person's pronoun.
 */
function headlinePassive(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (event.actor === 'self' || event.actor === 'group' || event.modal || !event.negated || event.act === null) return false;
  for (let k = event.first; k <= event.last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return false;
    if (t.pos !== 'VERB' || t.lemma !== event.act) continue;
    const before = tokens[k - 1]?.lower;
    const inflected = t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s');
    return (before === 'not' || before === 'never') && inflected && tokens[event.first]!.pos !== 'PRON' && k > event.first + 1;
  }
  return false;
}

export interface HarmSpan extends EventSpan {
  readonly harm: Harm;
}

/** Acts of putting words out for others to read or hear: what follows them is the speaker's own text. */
const AUTHORING = new Set(['write', 'publish', 'print', 'post', 'quote', 'state', 'announce', 'headline', 'report', 'draft', 'type']);

/**
 * "I wrote that the council was cutting £2m": the clause is what the speaker wrote, their own
 * words (here the very error), not an act of the party it names. A clause opened by "that" right
 * after the speaker's verb of writing or publishing.
 */
function authoredBySpeaker(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (tokens[event.first - 1]?.lower !== 'that') return false;
  const verb = tokens[event.first - 2];
  if (verb?.pos !== 'VERB' || !AUTHORING.has(verb.lemma)) return false;
  for (let k = event.first - 3; k >= Math.max(0, event.first - 6); k--) {
    const w = tokens[k]!.lower;
    if (w === 'i' || w === 'we') return true;
    if (tokens[k]!.pos === 'PUNCT') break;
  }
  return false;
}

/** Verbs of knowing at the time: what follows is what the speaker knew when they acted. */
const KNEW = new Set(['know', 'see']);

/**
 * "I knew the engineer had not finished, but…", "I could see the parts hadn't come": the clause is
 * what the speaker knew when they went ahead, which makes the choice theirs, not a party's lapse
 * made the cause. A clause right after the speaker's own verb of knowing (past, not denied), with
 * or without "that".
 */
function knownBySpeaker(tokens: readonly Token[], event: ClauseEvent): boolean {
  const at = tokens[event.first - 1]?.lower === 'that' ? event.first - 2 : event.first - 1;
  const verb = tokens[at];
  if (verb?.pos !== 'VERB' || !KNEW.has(verb.lemma) || verb.negated) return false;
  // Past ("I knew", "we saw"), or "could see": the base form after a modal of ability.
  if (verb.lower === verb.lemma && !(verb.lemma === 'see' && tokens[at - 1]?.lower === 'could')) return false;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const w = tokens[k]!.lower;
    if (w === 'i' || w === 'we') return true;
    if (tokens[k]!.pos !== 'AUX' && tokens[k]!.pos !== 'ADV') break;
  }
  return false;
}

/**
 * "I organised a plasterer so she wasn't waiting on the insurers": a denied clause opened by "so
 * (that)" right after the speaker's own act is what that act spared the party, not a duty they left undone.
 */
function sparedBySpeaker(tokens: readonly Token[], events: readonly ClauseEvent[], event: ClauseEvent): boolean {
  if (!event.negated) return false;
  const opener = tokens[event.first - 1]?.lower === 'that' ? event.first - 2 : event.first - 1;
  if (tokens[opener]?.lower !== 'so') return false;
  const before = events.filter((e) => e.last < event.first).at(-1);
  return before !== undefined && (before.actor === 'self' || before.actor === 'group');
}

/** More than half the sentence's words are inside quotation marks: someone else's speech. */
function mostlyQuoted(sentence: Sentence): boolean {
  const words = sentence.words;
  let quoted = 0;
  for (const w of words) if (w.quoted) quoted++;
  return words.length > 0 && quoted * 2 > words.length;
}

/**
 * Clauses where another party works against the speaker's work: withholds, undoes, keeps
 * changing, delivers late, should have caught, missed the flaw. Quoted speech is someone else's
 * words and is left out.
 */
export function othersHarming(answer: Answer): HarmSpan[] {
  const found: HarmSpan[] = [];
  for (const s of analyseAnswer(answer)) {
    if (mostlyQuoted(s.sentence)) continue;
    for (const event of s.events) {
      if (authoredBySpeaker(s.tokens, event) || knownBySpeaker(s.tokens, event) || sparedBySpeaker(s.tokens, s.events, event)) continue;
      if (answersMyFix(s.events, event)) continue;
      const harm = harmOf(s.tokens, event);
      if (harm) found.push({ sentence: s.sentence, event, harm, ...clauseRange(s.tokens, event) });
    }
  }
  return found;
}

/** Acts of putting a failure right, or of answering for it, that a party's next act may answer in turn. */
// biome-ignore format: a word list reads best packed
const FIXING = new Set([
  'reply', 'respond', 'apologise', 'apologize', 'explain', 'refund', 'fix', 'redo', 'replace', 'repair', 'correct', 'reissue',
]);

/**
 * "replied to the review myself with what went wrong - she changed it to 4 stars": a party's act
 * told after the speaker's own fix in the same sentence answers that fix; it is no cause of the failure.
 */
function answersMyFix(events: readonly ClauseEvent[], event: ClauseEvent): boolean {
  if (event.actor !== 'other') return false;
  return events.some((e) => e.last < event.first && e.actor === 'self' && !e.negated && !e.modal && FIXING.has(e.act ?? ''));
}

/** What happens to the speaker or what they lacked, not what they left undone: "I never got it back", "I didn't know". */
const UNDERGONE = new Set(['be', 'get', 'have', 'know', 'receive', 'hear', 'feel', 'want', 'need', 'like', 'mind', 'expect']);

/**
 * A clause where the speaker owns an act or an omission: "I should have asked", "I never
 * confirmed it". "I couldn't" is inability, the shape of an excuse, and owns nothing; nor does
 * what the speaker never got or never knew, or was never told, or a condition ("even if I didn't…").
 */
export function ownsAct(event: ClauseEvent): boolean {
  // "I was never told": done to the speaker.
  if (event.actor !== 'self' || event.passive || event.conditional) return false;
  if (event.counterfactual) return event.modal !== 'would' && !event.hedged;
  return event.negated && !event.modal && !UNDERGONE.has(event.act ?? 'be');
}

/** Words that open a clause giving a cause. */
const CAUSAL = new Set(['because', 'since', 'as']);

/** The subjects of a lapse that names no one: "nobody caught it". */
const UNCAUGHT_BY = new Set(['nobody', 'no one']);

/**
 * The speaker's own choice, told as done in the past with what it replaced ("I measured from the
 * fence line instead of the pins", "I guessed rather than checking") or as done wrong (ownsWrongAct:
 * "I typed the wrong dose"). Beside a lapse that names no one ("…, and nobody caught it"), what
 * went uncaught was the speaker's choice.
 */
export function ownsChoice(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (event.actor !== 'self' || event.modal || event.negated || event.passive || event.conditional || event.act === 'be') return false;
  for (let k = event.first; k < event.last; k++) {
    const w = tokens[k]!.lower;
    const next = tokens[k + 1]!.lower;
    if ((w === 'instead' && next === 'of') || (w === 'rather' && next === 'than')) return clauseTense(tokens, event) === 'past';
  }
  return ownsWrongAct(tokens, event);
}

/** Participles that tell a failure done to something: "was missed", "were swapped", "got misfiled". */
export const FAILURE_PARTICIPLES =
  'missed|deleted|dropped|lost|overlooked|forgotten|skipped|mishandled|misconfigured|ignored|overwritten|corrupted|leaked|botched|miscalculated|misread|mislabeled|mislabelled|misplaced|misreported|misrouted|wiped|neglected|mismanaged|misjudged|underestimated|overestimated|miscommunicated|omitted|bungled|blown|missent|misfiled|swapped|transposed|mistyped|miscounted|misaddressed|double-booked|overbooked|overcharged|undercharged|overpaid|underpaid|overdosed|underdosed|overfilled|misdirected|misdelivered|mispriced|misquoted|misspelt|misspelled|missold|mis-sold|miscoded|misrecorded|misallocated|mismatched';
const FAILURE_PARTICIPLE_SET: ReadonlySet<string> = new Set(FAILURE_PARTICIPLES.split('|'));

/** A failure told in the passive as what followed from the speaker's own act (resultOfMine): the speaker owns it. */
export function ownsResult(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  return events.some((e) => e.passive && FAILURE_PARTICIPLE_SET.has(tokens[e.last]?.lower ?? '') && resultOfMine(tokens, events, e.first));
}

/**
 * The clause at token `at` tells what followed from the speaker's own act, set before it in the
 * same sentence by "so": "I put the new figures into the old row order, so the two lines were
 * swapped". The passive names its cause; it hides nobody.
 */
export function resultOfMine(tokens: readonly Token[], events: readonly ClauseEvent[], at: number): boolean {
  const result = events.find((e) => e.first <= at && at <= e.last);
  if (!result) return false;
  // The "so" between the clause before and this one: "…, so the fruit line and the veg line were swapped".
  const before = events.reduce((last, e) => (e.last < result.first ? Math.max(last, e.last) : last), -1);
  let so = -1;
  for (let k = before + 1; k <= result.first; k++) if (tokens[k]!.lower === 'so') so = k;
  if (so < 0) return false;
  return events.some(
    (e) =>
      e.last < so &&
      e.actor === 'self' &&
      !e.passive &&
      !e.modal &&
      !e.conditional &&
      e.act !== 'be' &&
      !FINDING_OUT.has(e.act ?? '') &&
      clauseTense(tokens, e) === 'past',
  );
}

/** The speaker's own act in the past, told as done wrong (doneWrong): "I typed the wrong dose on the sheet". */
export function ownsWrongAct(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (event.actor !== 'self' || event.modal || event.negated || event.passive || event.conditional || event.act === 'be') return false;
  return doneWrong(tokens, event) && clauseTense(tokens, event) === 'past';
}

/** Words that call an act or what it was done to wrong: "the wrong date", "wrongly", "by mistake". */
const WRONG_WORDS = new Set(['wrong', 'wrongly', 'incorrect', 'incorrectly', 'mistakenly', 'accidentally', 'inadvertently']);
/** Acts that are wrong in themselves: "I mixed up the two orders", "I swapped the labels". */
const MIXING = new Set(['swap', 'confuse', 'transpose', 'muddle', 'jumble']);
const MIS_PREFIX = /^mis[a-z]{3,}$/;
/** Verbs of finding out, whose object may be a clause of its own: "I realised the wrong part was fitted" owns nothing. */
// biome-ignore format: a word list reads best packed
const FINDING_OUT = new Set([
  'realise', 'realize', 'notice', 'find', 'see', 'discover', 'learn', 'hear', 'know', 'think', 'feel', 'believe', 'understand', 'spot',
  'recognise', 'recognize', 'say', 'explain', 'ask', 'worry', 'wonder', 'fear',
  // What befell the speaker rather than what they did: "ended up with 23 bags in the wrong hold", "got the wrong part".
  'end', 'wind', 'have', 'get', 'receive', 'give',
]);

/**
 * The speaker's own act, told as done wrong: "I typed the wrong dose on the sheet", "I wrongly
 * assumed…", "I mixed up the two orders", "I mislabelled the crate". The word of wrong must be the
 * clause's own, before any verb after the act ("I realised the wrong part had been fitted" is a
 * finding-out, and "I told her the wrong tin was on the shelf" reports).
 */
function doneWrong(tokens: readonly Token[], event: ClauseEvent): boolean {
  const act = event.act ?? '';
  if (FINDING_OUT.has(act)) return false;
  let at = -1;
  for (let k = event.first; k <= event.last; k++) {
    const t = tokens[k]!;
    if (t.lemma === act && t.pos === 'VERB') {
      at = k;
      break;
    }
    // "I wrongly assumed…", "I accidentally deleted…": the word of wrong before the act.
    if (WRONG_WORDS.has(t.lower) && t.pos === 'ADV') return true;
  }
  if (at < 0) return false;
  // "I mixed the two up", "I mixed up the orders"; any verb of "mis-" but "miss" ("I mislabelled", "I misjudged").
  if (act === 'mix') return tokens.slice(at + 1, event.last + 1).some((t) => t.lower === 'up');
  if (MIXING.has(act) || (MIS_PREFIX.test(act) && act !== 'miss')) return true;
  for (let k = at + 1; k <= event.last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    // "I told the client the wrong date", not "I told her the wrong tin was on the shelf": after a
    // verb of telling, the wrong thing must be what was told, with no verb of its own after it.
    if (WRONG_WORDS.has(t.lower))
      return !TELLING.has(act) || !tokens.slice(k + 1, event.last + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  }
  return false;
}

/** Verbs of telling or showing, whose object may be a clause: "told her the wrong tin was on the shelf". */
const TELLING = new Set(['tell', 'show', 'send']);

export interface Span {
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
}

/**
 * Stretches that put the failure's cause on another party politely: a fault in the party's thing
 * ("the spec they sent was incomplete") or a cause verb that names the party ("it came from the
 * carrier, who…"). Quoted speech is left out.
 */
export function othersFaulted(answer: Answer): Span[] {
  const found: Span[] = [];
  for (const s of analyseAnswer(answer)) {
    if (mostlyQuoted(s.sentence)) continue;
    // The four readings in turn, in the order they were once spread into one array, without building it;
    // the sentence's stretches between stops are cut once for the three that read them.
    const stretched = stretches(s.tokens);
    for (const spans of [
      faultedThings(s.tokens, stretched),
      causesOnOthers(s.tokens, stretched),
      causeNamedElsewhere(s.tokens),
      shortfallsOnOthers(s.tokens, stretched),
    ]) {
      for (const span of spans) {
        if (causeDeniedAfter(s.tokens, span.last)) continue;
        found.push({ sentence: s.sentence, start: s.tokens[span.first]!.start, end: s.tokens[span.last]!.end });
      }
    }
  }
  return found;
}

const POINTERS = new Set(['that', 'it', 'this', 'them']);

/** After token `from`, "even without that": the failure would have come whatever the act just told. */
function wouldHaveAnyway(tokens: readonly Token[], from: number): boolean {
  for (let k = Math.max(0, from + 1); k < tokens.length - 2; k++)
    if (tokens[k]!.lower === 'even' && tokens[k + 1]!.lower === 'without' && POINTERS.has(tokens[k + 2]!.lower)) return true;
  return false;
}

/** What a cause is called, when the speaker says a fault was not it: "not the cause", "not the reason". */
const CAUSE_NAMES = new Set(['cause', 'reason', 'problem', 'issue', 'why']);

/**
 * After token `from`, the same sentence says the fault just told was not the cause: "the supplier
 * was also slow to answer, but that was not the cause; the cause was my order".
 */
function causeDeniedAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length - 2; k++) {
    if (!THE_FAILURE.has(tokens[k]!.lower) || tokens[k + 1]?.lemma !== 'be') continue;
    let j = k + 2;
    const not = tokens[j]?.lemma === 'not';
    if (!not && !tokens[k + 1]!.negated) continue;
    if (not) j++;
    while (tokens[j]?.pos === 'ADV') j++;
    if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'a') j++;
    if (CAUSE_NAMES.has(tokens[j]?.lemma ?? '')) return true;
  }
  return false;
}

/**
 * Stretches that tell another party's or a thing's failing as the cause of what went wrong: linked
 * by "so" to the failure or the speaker's helplessness, "the booking fell through, so we couldn't
 * take instructions" (failingsThatCaused); or a thing a party handed over, described as wrong or
 * out of date, "marketing sent us a deck that had outdated figures in it" (wrongHandedOver).
 * Quoted speech is left out.
 */
export function failingsOnOthers(answer: Answer): Span[] {
  const found: Span[] = [];
  for (const s of analyseAnswer(answer)) {
    if (mostlyQuoted(s.sentence)) continue;
    for (const span of [...failingsThatCaused(s.tokens), ...wrongHandedOver(s.tokens)])
      found.push({ sentence: s.sentence, start: s.tokens[span.first]!.start, end: s.tokens[span.last]!.end });
  }
  return found;
}

/**
 * The failure's setting told as overloaded (workloadBlamed): "the department was very busy",
 * "caseload was huge that year", "due to the volume involved". Quoted speech is left out.
 */
export function workloadExcuses(answer: Answer): Span[] {
  const found: Span[] = [];
  for (const s of analyseAnswer(answer)) {
    if (mostlyQuoted(s.sentence)) continue;
    for (const span of workloadBlamed(s.tokens))
      found.push({ sentence: s.sentence, start: s.tokens[span.first]!.start, end: s.tokens[span.last]!.end });
  }
  return found;
}

/** Words that take a share of the failure: "part of it", "some of it", "my part in it". */
const SHARE_WORDS = new Set(['part', 'some', 'bit', 'share']);
/** Words that hold an owning at arm's length: "perhaps", "I suppose", "I'd say". */
const HEDGE_WORDS = new Set(['perhaps', 'maybe', 'possibly', 'arguably', 'suppose', 'guess', 'say']);

/**
 * "I suppose part of it was perhaps on me as well", "my part in it, I'd say, is that I could perhaps
 * have…": a share owned with a hedge. "i maybe should have checked i guess": an owning hedged twice over.
 */
export function hedgedOwning(sentence: Sentence): boolean {
  const words = sentence.words;
  if (!words.some((w) => w.norm === 'me' || w.norm === 'my' || w.norm === 'i')) return false;
  const hedges = words.filter((w) => HEDGE_WORDS.has(w.norm)).length;
  const share = words.findIndex((w, k) => SHARE_WORDS.has(w.norm) && (words[k + 1]?.norm === 'of' || words[k + 1]?.norm === 'in'));
  return hedges >= 2 || (share >= 0 && hedges > 0);
}

/**
 * Does the speaker own an act beside what another party did: in this sentence, the next, or the
 * one before? Told right after "I didn't send a reminder", "nine families hadn't booked" is what
 * the speaker's omission led to, not a cause put on the families. The sentence before counts only
 * in the same paragraph, with an omission told in the past, and for a lapse that did not land on
 * the speaker: "I didn't reread it. The finance team had sent me the wrong numbers." still blames.
 */
export function answeredAround(answer: Answer, found: Span & { readonly event?: ClauseEvent }): boolean {
  const analysis = analyseAnswer(answer);
  const index = found.sentence.index;
  const here = analysis[index];
  const harm = found.event;
  // "…, but that was mine to catch", "The fault was mine.": the speaker claims it beside the harm.
  // An owning hedged twice over ("i maybe should have checked i guess") answers nothing beside it.
  const owns = (s: SentenceAnalysis | undefined): boolean => s !== undefined && ownsSomeAct(s) && !hedgedOwning(s.sentence);
  if ([index, index + 1].some((i) => owns(analysis[i]) || (analysis[i] !== undefined && claimedMineAt(analysis, i)))) return true;
  if (claimedLater(answer, index)) return true;
  // "…had sent us the wrong voltage, but we'd have been late even without that": the party's act told as no cause.
  if (here && wouldHaveAnyway(here.tokens, harm?.last ?? here.tokens.findIndex((t) => t.start >= found.end) - 1)) return true;
  // The speaker's own act given as its cause in the same sentence: "nobody reviewed it because I merged it myself".
  if (
    harm &&
    here?.events.some(
      (e) => e.first > harm.first && e.actor === 'self' && CAUSAL.has(here.tokens[e.first - 1]?.lower ?? '') && didInPast(here.tokens, e),
    )
  )
    return true;
  // Nobody catching what the speaker chose wrongly, told in the same sentence: "I measured from the fence line instead of the pins, and nobody caught it".
  if (
    harm &&
    !harm.onSpeaker &&
    UNCAUGHT_BY.has(harm.subject ?? '') &&
    here?.events.some((e) => e.last < harm.first && ownsChoice(here.tokens, e))
  )
    return true;
  const before = analysis[index - 1];
  if (!before || before.sentence.paragraph !== found.sentence.paragraph || found.event?.onSpeaker === true) return false;
  return before.events.some((e) => ownsActIn(before.tokens, e) && clauseTense(before.tokens, e) === 'past');
}

/**
 * The sentences that own a failure: a clause like "I should have asked", or the speaker's failure
 * wording. The wording does not count in a sentence that only names the story's topic ("My failure
 * was last year, during the migration"), nor in one that tells the speaker's fix ("I made the call
 * to hold and got everyone off safely") unless it claims the failure too ("I owned it on the call",
 * "told them it was my error"): neither owns what caused the failure.
 */
export function ownedSentences(answer: Answer): ReadonlySet<number> {
  const owned = new Set<number>();
  for (const s of analyseAnswer(answer)) {
    const worded =
      s.sentence.signals.ownedFailure &&
      !namesTopic(s.tokens) &&
      (!s.sentence.signals.remedy || claimedMine(s.tokens) || ownedUp(s.tokens) || responsibilityTaken(s.tokens));
    // "Now I write the test first, and I don't deploy after two": a practice told since, not a cause owned.
    const practice = s.sentence.signals.prevention && !s.sentence.signals.failure;
    if ((worded && !rhetoricalTag(s.tokens)) || (!practice && ownsSomeAct(s))) owned.add(s.sentence.index);
  }
  return owned;
}

/** The auxiliaries of a question tag: "was I?", "did we?", "would I?". */
const TAG_AUXILIARIES = new Set(['was', 'were', 'did', 'would', 'could', 'should', 'do', 'am', 'is', 'have', 'had', 'will']);

/**
 * The sentence closes on a question tag put to the listener about the speaker: "so I wasn't going
 * to leave the cart and sit down, was I?". A denial so tagged is a defence, asking agreement that
 * nothing else could be done; it owns nothing.
 */
function rhetoricalTag(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  if (n < 4 || tokens[n - 1]!.text !== '?') return false;
  const who = tokens[n - 2]!.lower;
  const aux = tokens[n - 3]!;
  return (who === 'i' || who === 'we') && TAG_AUXILIARIES.has(aux.lower) && tokens[n - 4]!.text === ',';
}

/**
 * "I don't think it would have happened to anyone", "I didn't think it was a big deal": an opinion
 * denied, which owns nothing. "I didn't think to check" and "I didn't think about the traffic" are
 * a step left out, and own it.
 */
function opinionDenied(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (event.act === null || !OPINING.has(event.act)) return false;
  for (let k = event.first; k <= event.last; k++) {
    const t = tokens[k]!;
    if (t.lemma === event.act && t.pos === 'VERB') return !STEP_AFTER_THINK.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** Verbs of opinion: "I don't reckon they trusted me again", "I don't suppose it mattered". */
const OPINING = new Set(['think', 'believe', 'reckon', 'suppose', 'guess', 'imagine']);

/** What makes "think" a step rather than an opinion: "think to check", "think about the traffic". */
const STEP_AFTER_THINK = new Set(['to', 'of', 'about', 'through', 'ahead']);

/** The speaker owns an act in this clause (ownsAct), an opinion denied aside. */
/** A sentence with an act the speaker owns: one clause's own ("I never checked"), or a duty then what was done instead. */
function ownsSomeAct(s: SentenceAnalysis): boolean {
  if (rhetoricalTag(s.tokens)) return false;
  return (
    s.events.some((e) => ownsActIn(s.tokens, e) || ownsWrongActIn(s, e)) || dutyLapsed(s.tokens, s.events) || ownsResult(s.tokens, s.events)
  );
}

function ownsActIn(tokens: readonly Token[], event: ClauseEvent): boolean {
  return (ownsAct(event) && !opinionDenied(tokens, event)) || doneWithout(tokens, event);
}

/**
 * The speaker's act done wrong (ownsWrongAct), unless a clause before it in the sentence hands the
 * cause to someone else: "I was never briefed on the new valve, so I opened the wrong one" owns
 * the act and puts its cause on the briefing that never came.
 */
function ownsWrongActIn(s: SentenceAnalysis, event: ClauseEvent): boolean {
  if (!ownsWrongAct(s.tokens, event)) return false;
  return !s.events.some((e) => e.last < event.first && ((e.actor === 'self' && e.passive && e.negated) || harmOf(s.tokens, e) !== null));
}

/** Verbs of a duty laid on someone, told in the passive: "I was meant to", "I was supposed to", "I was expected to". */
const DUTY_LAID = new Set(['mean', 'suppose', 'expect']);

/**
 * "I was meant to check each pump weekly, but I let two of them go to fortnightly": the speaker's
 * own duty, then what they did instead, set against it by "but". That owns the lapse as plainly as
 * "I didn't check them weekly".
 */
export function dutyLapsed(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  const duty = events.find((e) => e.actor === 'self' && e.passive && !e.negated && !e.modal && DUTY_LAID.has(e.act ?? ''));
  if (!duty) return false;
  return events.some(
    (e) =>
      e.first > duty.last &&
      e.actor === 'self' &&
      !e.conditional &&
      (didInPast(tokens, e) || ownsAct(e)) &&
      tokens.slice(duty.last, e.first).some((t) => t.lower === 'but'),
  );
}

/** Words that can stand between "without" and the step left out: "without even checking", "without properly reading". */
const BEFORE_STEP = new Set(['even', 'actually', 'properly', 'first', 'really', 'fully', 'ever']);

/**
 * "I issued the set to site without overlaying it", "I signed the certificate without running the
 * test": the speaker's own act, done in the past, told with the step they left out. That owns an
 * omission as plainly as "I didn't overlay it". Not "without being asked" (a passive), nor "without
 * anyone noticing" (someone else's act).
 */
export function doneWithout(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (event.actor !== 'self' || !didInPast(tokens, event)) return false;
  for (let k = event.first; k < event.last; k++) {
    if (tokens[k]!.lower !== 'without') continue;
    let step = k + 1;
    while (step <= event.last && BEFORE_STEP.has(tokens[step]!.lower)) step++;
    const t = tokens[step];
    // The tagger may read the step as a noun ("without de-duplicating them").
    return t !== undefined && (t.pos === 'VERB' || t.pos === 'NOUN') && t.lower.endsWith('ing') && t.lower !== 'being';
  }
  return false;
}

/** Nouns that name the failure as the story's topic: "my biggest failure was…". */
const TOPIC_NOUNS = new Set(['failure', 'mistake', 'error']);
/** What follows a topic named, not a cause owned: a time, a place, a thing ("…was last year", "…was the stocktake"). */
const TOPIC_FOLLOWERS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const TOPIC_TIMES = new Set(['last', 'during', 'back']);

/**
 * "My failure was last year during the migration", "my biggest mistake was the Leeds contract":
 * the failure named as what the story is about, with no owning of what caused it. Not "my mistake
 * was assuming the backup ran" nor "my mistake was not checking" (what the speaker did), nor "it
 * was my mistake".
 */
function namesTopic(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'my') continue;
    let k = i + 1;
    while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV') k++;
    if (!TOPIC_NOUNS.has(tokens[k]?.lemma ?? '') || tokens[k + 1]?.lemma !== 'be' || tokens[k + 1]!.negated) continue;
    const next = tokens[k + 2];
    return next !== undefined && (TOPIC_FOLLOWERS.has(next.pos) || TOPIC_TIMES.has(next.lower)) && !next.lower.endsWith('ing');
  }
  return false;
}
