/**
 * The conduct model behind red-flag: a failure that is itself a breach the speaker chose. It reads
 * the tagged tokens and clause events of a sentence (src/nlp) and finds acts of five classes:
 *
 * - misrecord: a record made to say what did not happen ("entered the fridge check as done at
 *   nine so the audit sheet looked complete", "initialled the test report before the rig had run"),
 *   or a missing reading filled with a stand-in ("filled in the missing reading with a normal value")
 * - deceive: telling someone what the speaker knew was untrue, or inventing it ("a delivery time I
 *   made up")
 * - exfiltrate: protected data sent to a personal account or device
 * - bypass: getting round a safeguard, or acting without a required licence, permit or approval
 * - conceal: removing data and keeping quiet about it, or booking a cost so that it would not show
 *   against the speaker's own measure ("so it wouldn't show up against my targets")
 *
 * and a knowing breach ("I knew the rule, but went ahead anyway"; "we weren't meant to…, but I
 * still…"). An act counts only when the speaker (or the speaker's group, or someone the speaker
 * told or had do it) really did it: not negated, not hypothetical, not refused, not someone else's
 * act the speaker reports. The word classes (red-flag-words.ts) only say which kind of act a verb
 * and its object make. Everything is decided within one sentence.
 *
 * It lives beside the rule, in src/lint/rules/, so the judgement model's fingerprint covers it.
 */
import type { Token } from '../../nlp/analyse.js';
import { personRole, type ClauseEvent } from '../../nlp/clauses.js';
import * as W from './red-flag-words.js';
import {
  ahead,
  clauseSpan,
  eventAt,
  fromSomeoneElse,
  gate,
  inClass,
  isNoun,
  nounIn,
  objectHead,
  passes,
  speakerDoes,
  verbish,
  type Clauses,
  type ConductAct,
} from './red-flag-grammar.js';

/** The words notDone reads by form, besides a verb of doing negated: its gate's list. */
const NOT_DONE_CUES = new Set(['before', 'without', 'back', 'follow']);
/** The verbs of a check left undone (checkSkipped). */
const SKIP_MISS = new Set(['skip', 'miss']);

/**
 * A count not made: "had not been counted", "we never counted the back store". Read apart from the
 * done acts, because "didn't count on the rain" and "didn't count for much" make no count at all.
 */
function uncounted(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.negated && t.lemma === 'count' && t.pos === 'VERB' && !COUNT_OTHERWISE.has(tokens[k + 1]?.lower ?? '');
}
const COUNT_OTHERWISE = new Set(['on', 'upon', 'for', 'towards', 'toward', 'as']);

/** Some work was not done: "hadn't signed", "before the rig had run", "meant to redo it later". */
export function notDone(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (t.negated && W.DONE_ACTS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
    if (uncounted(tokens, k)) return true;
    if (t.lower === 'before' || t.lower === 'without')
      return ahead(tokens, k, 5, (x) => x.pos === 'VERB' && W.DONE_ACTS.has(x.lemma) && x.lower !== x.lemma) >= 0;
    if (t.lower === 'back' && tokens[k - 1]?.lemma === 'go') return true;
    return t.lower === 'follow' && tokens[k - 1]?.lower === 'to';
  });
}

/**
 * "marked it as passed without running the pack on the firefox build, only chrome", "signed it off
 * without testing every branch, just the main one": the check was run, on less than it should have
 * covered. The record is a misjudged scope, not a claim for a check never made.
 */
const GLANCES = new Set(['look', 'glance', 'skim', 'eyeball', 'guess', 'feel']);
function partlyDone(tokens: readonly Token[], i: number): boolean {
  const without = ahead(tokens, i, 10, (x) => x.lower === 'without');
  if (without < 0) return false;
  const only = ahead(tokens, without, 14, (x) => x.lower === 'only' || x.lower === 'just');
  if (only < 0) return false;
  let k = only + 1;
  while (k < only + 4 && (tokens[k]?.pos === 'ADP' || tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM'))
    k++;
  const scope = tokens[k];
  // "only a quick look" replaces the check with a glance; "only chrome" names what it covered.
  return scope !== undefined && (isNoun(scope) || scope.pos === 'PROPN') && !GLANCES.has(scope.lemma);
}

/** Periods a result is counted in: "count towards the quarter", "counted in March's figures" (months are read apart). */
const PERIODS = new Set(['quarter', 'qtr', 'month', 'year', 'period', 'week']);

const TRACES = new Set(['record', 'trace', 'evidence', 'trail', 'sign', 'proof']);
/** Verbs that put a result in a period: "count towards", "fall into", "land in". */
const COUNTED = new Set(['count', 'fall', 'land']);

/** Sanctions a record can be made to escape: "it's a disciplinary", "a write-up". */
const SANCTIONS = new Set(['disciplinary', 'write-up', 'writeup', 'penalty', 'sanction', 'demerit', 'reprimand']);
/** Costs a record can be made to keep off the speaker: "so the office would not charge it to me". */
const CHARGING = new Set(['charge', 'blame', 'dock', 'bill', 'deduct', 'penalise', 'penalize', 'fine', 'discipline']);
const ME = new Set(['me', 'us', 'myself']);

/**
 * From the opener at `k` ("so", "because", "to"), a sanction the record escapes: "because if it
 * goes down as missed it's a disciplinary", "so the office would not charge it to me", "so it
 * wouldn't count against our team".
 */
function escapesSanction(tokens: readonly Token[], k: number): boolean {
  const end = Math.min(tokens.length, k + 15);
  // The sanction is what the record keeps away, not what it takes on: "if it goes down as missed it's
  // a disciplinary", "so it wouldn't count against us"; not "even though I knew it meant a disciplinary".
  let averted = false;
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.lower === 'if' || t.lower === 'otherwise' || t.negated) averted = true;
    if (SANCTIONS.has(t.lower) && averted) return true;
    if (t.lower === 'against' && t.negated && (ME.has(tokens[j + 1]?.lower ?? '') || ['my', 'our'].includes(tokens[j + 1]?.lower ?? '')))
      return true;
    if (t.pos === 'VERB' && CHARGING.has(t.lemma) && t.negated && tokens.slice(j + 1, j + 5).some((x) => ME.has(x.lower))) return true;
  }
  return false;
}

/** What opens a clause with its subject: "before the sponsor saw it", "before anyone noticed". */
const SUBJECT_POS = new Set(['DET', 'PRON', 'NOUN', 'PROPN']);
/** What figures are made to do: "would work", "balanced", "added up", "tallied". */
const FITTING = new Set(['work', 'balance', 'tally', 'add', 'match']);
/** Figures taken together: "the numbers", "the totals", "the books". */
const TALLIES = new Set(['number', 'figure', 'total', 'sum', 'count']);

/** After `i`, a purpose or result that games a measure or escapes notice: "so the dashboard stayed green", "which got our numbers under the target". */
export function gamingAfter(tokens: readonly Token[], i: number): boolean {
  return tokens.some((t, k) => {
    if (k > i && (t.lower === 'so' || t.lower === 'because') && escapesSanction(tokens, k)) return true;
    // "before the audit": out of sight of the check itself.
    if (k > i && t.lower === 'before' && ahead(tokens, k, 3, (x) => x.lemma === 'audit' || x.lemma === 'inspection') >= 0) return true;
    // "before the sponsor saw it": out of sight of whoever would have seen it. A subject opens the
    // clause: "the week before without checking it" is a time, and the check the speaker's own.
    if (
      k > i &&
      t.lower === 'before' &&
      SUBJECT_POS.has(tokens[k + 1]?.pos ?? '') &&
      ahead(tokens, k, 4, (x) => x.pos === 'VERB' && W.NOTICE.has(x.lemma) && x.lemma !== 'come') >= 0
    )
      return true;
    if (k <= i || !['so', 'which', 'to', 'order'].includes(t.lower)) return false;
    // "so there was no record of it".
    if (ahead(tokens, k, 6, (x, j) => tokens[j - 1]?.lower === 'no' && TRACES.has(x.lemma)) >= 0) return true;
    // "which is a 28-day target" says what the record's category means; "which got us under the target" is a result.
    const verb = t.lower === 'which' ? ahead(tokens, k, 3, (x) => x.pos === 'VERB' || x.pos === 'AUX') : -1;
    const describes = verb >= 0 && tokens[verb]!.lemma === 'be' && tokens[verb + 1]?.pos === 'DET';
    // The measure must head its noun phrase: "the figure skating club" names a club, not figures.
    const measureAt = ahead(tokens, k, 10, (x, j) => isNoun(x) && W.GAMED.has(x.lemma) && !(tokens[j + 1] && isNoun(tokens[j + 1]!)));
    if (!describes && measureAt >= 0) return true;
    // "so it would count towards the quarter", "so they would fall into that period": booked for the period it did not happen in.
    const counts = ahead(tokens, k, 5, (x) => COUNTED.has(x.lemma) && x.pos === 'VERB');
    if (counts >= 0 && ahead(tokens, counts, 4, (x) => PERIODS.has(x.lemma)) >= 0) return true;
    // "so the numbers would work", "so the totals balanced": the figures made to fit.
    if (t.lower === 'so') {
      const fits = ahead(tokens, k, 5, (x) => x.pos === 'VERB' && FITTING.has(x.lemma));
      if (fits >= 0 && tokens.slice(k + 1, fits).some((x) => isNoun(x) && TALLIES.has(x.lemma))) return true;
    }
    // "so it looked fine", "so it matched the schedule": a record made for how it would look.
    const looks = ahead(tokens, k, 4, (x) => x.pos === 'VERB' && ['look', 'appear', 'seem', 'match'].includes(x.lemma));
    if (
      t.lower === 'so' &&
      looks >= 0 &&
      !['at', 'into', 'for', 'after', 'ahead', 'through', 'over'].includes(tokens[looks + 1]?.lower ?? '')
    )
      return true;
    const neg = ahead(tokens, k, 6, (x) => x.lemma === 'not' || x.lower === 'never' || x.lower === 'nobody');
    const seen = neg >= 0 ? ahead(tokens, neg, 4, (x) => x.pos === 'VERB' && W.NOTICE.has(x.lemma)) : -1;
    return seen >= 0 && !fromSomeoneElse(tokens, seen);
  });
}

/**
 * After the record act at `i`, "so" and a check that would not see it: "so it wouldn't flag on the
 * audit", "so nobody would notice", "so it wouldn't show up at the inspection". Not where what goes
 * unseen is named as someone else's doing (fromSomeoneElse).
 */
function keptFromNotice(tokens: readonly Token[], i: number): boolean {
  const so = ahead(tokens, i, 12, (x) => x.lower === 'so');
  if (so < 0) return false;
  if (escapesSanction(tokens, so)) return true;
  const neg = ahead(tokens, so, 5, (x) => x.lemma === 'not' || x.lower === 'never' || x.lower === 'nobody' || x.lower === 'no');
  const seen = neg >= 0 ? ahead(tokens, neg, 3, (x) => (x.pos === 'VERB' || x.negated) && W.NOTICE.has(x.lemma)) : -1;
  return seen >= 0 && !fromSomeoneElse(tokens, seen);
}

/** Where values come from that were not taken at the time: "from the previous readings", "from last night's". ("From memory" is a belief, see unwitting.) */
function fromElsewhere(tokens: readonly Token[], i: number, stale: (k: number) => boolean): boolean {
  const from = ahead(tokens, i, 12, (x) => x.lower === 'from');
  if (from < 0 || tokens.slice(i + 1, from).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')) return false;
  return stale(from);
}

/** Verbs that put values on a record, and values from another time: "filled in the readings from last week". */
const REUSING = new Set(['fill', 'enter', 'copy', 'write', 'put', 'reuse', 'record', 'log']);
const STALE = new Set(['last', 'previous', 'yesterday', "yesterday's", 'earlier', 'old', 'similar']);
/** What a reading is taken on, old or not: "from the old scales" is where it was read, not when. */
// biome-ignore format: a word list reads best packed
const INSTRUMENTS = new Set(['scale', 'scales', 'balance', 'gauge', 'meter', 'thermometer', 'probe', 'monitor', 'machine', 'analyser', 'analyzer', 'sensor']);
/** What must be measured fresh each time: a reading copied from yesterday is a false record. */
const MEASURES = new Set([
  'reading',
  'temperature',
  'temp',
  'measurement',
  'observation',
  'value',
  'weight',
  'level',
  'pressure',
  'obs',
  'count',
]);
/** "I missed", "I'd missed", "we had missed": the speaker's own miss at `k`. */
function missedBySpeaker(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower ?? '';
  const subject = ["'d", '’d', 'had'].includes(prev) ? (tokens[k - 2]?.lower ?? '') : prev;
  return subject === 'i' || subject === 'we';
}
/** A reading that was never taken: a blank, a reading missed. */
const GAPS = new Set(['missing', 'missed', 'blank', 'skipped', 'empty']);
/** Made-up values: "normal values", "dummy readings", "made-up numbers". */
const STAND_INS = new Set(['normal', 'typical', 'usual', 'dummy', 'made-up', 'plausible', 'invented', 'guessed']);
/** How a reading tends to come out, told of the values put in its place: "the values it usually runs at". */
// Not "always": "the figures the bank statements always show" names a real source.
const HABITUALLY = new Set(['usually', 'normally', 'typically', 'generally']);
/** What a stand-in is passed off as: a value, a reading, a number. */
const VALUES = new Set(['value', 'reading', 'number', 'figure', 'temperature', 'temp', 'result']);

/**
 * Around the record act at `i`, a missing reading filled with a stand-in for a measurement:
 * "the two missing readings were filled in with normal values", "filled in the missing entry
 * using the average of the readings either side". Returns where the stand-in is named, or -1. A
 * gap filled with what is known ("the blank cells with the delivery dates the supplier
 * confirmed", "the empty shifts with our usual agency nurses") is no reading made up.
 */
export function gapFilled(tokens: readonly Token[], i: number): number {
  if (tokens[i]!.lemma !== 'fill' && tokens[i]!.lemma !== 'enter') return -1;
  // "filled in the temperatures for the eight days I'd missed": readings put down for times the
  // speaker says they did not take them. Readings only: "filled in the hours for the days I missed"
  // is a timesheet put right.
  const reading = ahead(tokens, i, 4, (x) => isNoun(x) && MEASURES.has(x.lemma));
  if (reading >= 0 && tokens[reading + 1]?.lower === 'for') {
    const missed = ahead(tokens, reading, 8, (x, k) => x.lower === 'missed' && missedBySpeaker(tokens, k));
    // The caller quotes through the word after the one returned.
    if (missed >= 0) return missed - 1;
  }
  if (!tokens.slice(Math.max(0, i - 6), i + 7).some((x) => GAPS.has(x.lower))) return -1;
  // "filled in the two missing quarters in the log so it matched the schedule": checks that never
  // happened, entered for their periods to make the record conform. Late paperwork for real work
  // ("filled in the missing days on my timesheet") has no such purpose.
  const periods = ahead(tokens, i, 5, (x, k) => isNoun(x) && PERIODS.has(x.lemma) && GAPS.has(tokens[k - 1]?.lower ?? ''));
  if (periods >= 0 && gamingAfter(tokens, periods)) return periods;
  return ahead(tokens, i, 12, (x, k) => {
    if (x.lower !== 'with' && x.lower !== 'using') return false;
    // "with normal values", "using the average of the readings".
    const standIn = ahead(tokens, k, 3, (y, j) => STAND_INS.has(y.lower) && VALUES.has(tokens[j + 1]?.lemma ?? ''));
    const average = ahead(tokens, k, 2, (y, j) => y.lower === 'average' && tokens[j + 1]?.lower === 'of');
    // "using the values the incubator usually runs at", "with the numbers it normally shows": what a reading tends to be, not what it was.
    const values = ahead(tokens, k, 3, (y) => isNoun(y) && VALUES.has(y.lemma));
    const habitual = values >= 0 ? ahead(tokens, values, 5, (y) => HABITUALLY.has(y.lower)) : -1;
    return standIn >= 0 || average >= 0 || habitual >= 0;
  });
}

/** Words after "as if" that tell what did not happen: "as if I had", "as though they had been". */
const UNREAL_PERFECT = new Set(['had', "'d"]);

/**
 * After the record act at `i`, in its clause, a manner told as unreal: "filled in the chart as if I
 * had", "ticked the form as though the checks had been done". A record made to look like something
 * happened that the sentence itself says did not. Returns where the perfect is, or -1.
 */
export function madeAsIf(tokens: readonly Token[], i: number): number {
  const as = ahead(tokens, i, 14, (x, k) => x.lower === 'as' && (tokens[k + 1]?.lower === 'if' || tokens[k + 1]?.lower === 'though'));
  if (as < 0 || tokens.slice(i + 1, as).some((x) => x.pos === 'PUNCT' && x.lower !== ',')) return -1;
  const perfect = ahead(tokens, as + 1, 4, (x) => UNREAL_PERFECT.has(x.lower) && !x.negated);
  // "as if I had never been there": written for a newcomer, not a record of what did not happen.
  if (perfect < 0) return -1;
  // "as if I had.", "as though the checks had been done": the record's own act left unsaid or done.
  // Not "as if the engineer had no context", "as though it had been a severity one": an imagined case.
  const next = tokens[perfect + 1];
  const after = tokens[perfect + 2];
  const unsaid = next === undefined || next.pos === 'PUNCT';
  const done = next?.pos === 'VERB' || (next?.lower === 'been' && (after === undefined || after.pos === 'PUNCT' || after.pos === 'VERB'));
  return unsaid || done ? perfect : -1;
}

/**
 * "wrote in the provision report that…", "put in the log that…": a record act into a record named
 * right after it, with what it says to follow.
 */
function writtenInto(tokens: readonly Token[], i: number): boolean {
  const into = tokens[i + 1];
  if (into?.lower !== 'in' && into?.lower !== 'on' && into?.lower !== 'into') return false;
  const record = ahead(tokens, i + 1, 4, (x) => isNoun(x) && (nounIn(W.RECORD_NOUNS, x) || x.lemma === 'report'));
  return record >= 0 && ahead(tokens, record, 2, (x) => x.lower === 'that') >= 0;
}

/** Things named as not yet checked: "the uncounted bays", "the untested units". */
const UNCHECKED_THINGS = W.wordSet('uncounted unchecked untested unverified unsigned uninspected unmeasured unaudited unreviewed unseen');

/**
 * The record act at `i` takes as its object things named as never checked: "keyed the uncounted
 * bays in", "entered the untested units". A record of them states what no one found out.
 */
function uncheckedObject(tokens: readonly Token[], i: number): boolean {
  return ahead(tokens, i, 4, (x, k) => UNCHECKED_THINGS.has(x.lower) && !tokens.slice(i + 1, k).some((y) => y.pos === 'PUNCT')) >= 0;
}

/** Work a record can be made to keep moving: "so the batch would not be held up". */
const HELD = new Set(['hold', 'delay', 'stop', 'block', 'quarantine', 'reject', 'fail']);

/**
 * After a check recorded as done (from `as`), a purpose of keeping the work moving: "logged it as
 * checked that week so the batch would not be held up". A check done needs no such purpose; the
 * record stands in for one that was not.
 */
function keptMoving(tokens: readonly Token[], as: number): boolean {
  // "once it had passed I logged it as passed": the check told as done.
  if (tokens.slice(0, as).some((x) => x.lower === 'once' || x.lower === 'after')) return false;
  const so = ahead(tokens, as, 8, (x) => x.lower === 'so');
  if (so < 0) return false;
  return ahead(tokens, so, 7, (x) => x.pos === 'VERB' && HELD.has(x.lemma) && x.negated) >= 0;
}

/** Acts whose omission is a matter of judgement, not of a false record: "signed without reading the small print". */
const JUDGMENT_ACTS = new Set(['read', 'think', 'ask', 'wait', 'tell', 'consult', 'talk', 'query']);

/** "initialled each label without stopping": going on without a break, no check left out. */
const PAUSING = new Set(['stop', 'pause', 'hesitate', 'delay', 'break', 'rest', 'fuss']);

/** "without actually walking the floors": the act a certification vouches for was not done. */
export function unchecked(tokens: readonly Token[], i: number): boolean {
  return uncheckedAt(tokens, i) >= 0;
}

/** The act left undone in "without actually walking the floors" (its index), or -1. */
function uncheckedAt(tokens: readonly Token[], i: number): number {
  const without = ahead(tokens, i, 10, (x) => x.lower === 'without');
  if (without < 0) return -1;
  const act = ahead(tokens, without, 2, (x) => x.lower.endsWith('ing') && x.pos !== 'ADV');
  return act >= 0 && !JUDGMENT_ACTS.has(tokens[act]!.lemma) && !PAUSING.has(tokens[act]!.lemma) ? act : -1;
}

/** Acts of going over a thing to see it is right: skipped on the thing signed, they leave an approval unreviewed. */
const REVIEWING = new Set(['check', 'review', 'verify', 'proofread', 'validate', 'compare', 'reconcile', 'test', 'look', 'go', 'read']);
/** Records whose signature attests the signer's own checks: "ticked off the checklist without checking it" vouches for checks not done. */
const ATTESTING = new Set(['checklist', 'certificate', 'cert', 'log', 'logbook', 'register', 'mar', 'chart']);
const BACK_REFERENCES = new Set(['it', 'them', 'this', 'these', 'that', 'those']);

/**
 * "signed off the entries without checking them against the mocks", "approved the rota without
 * going over it": the review skipped is of the very thing signed, so the signature approved it
 * unreviewed, a lapse of judgement rather than a record of work that was not done. Not where the
 * thing signed is itself a check or a piece of work ("signed off the inspection without doing
 * it"), and not where what went unchecked is something else ("without checking the fridges").
 */
function approvedUnreviewed(tokens: readonly Token[], i: number, head: number): boolean {
  const signed = tokens[head]?.lemma ?? '';
  if (head < 0 || CHECK_NOUNS.has(signed) || SIGNED_WORK.has(signed) || ATTESTING.has(signed)) return false;
  const without = ahead(tokens, i, 10, (x) => x.lower === 'without');
  if (without < 0) return false;
  const act = ahead(tokens, without, 2, (x) => x.lower.endsWith('ing') && x.pos !== 'ADV');
  if (act < 0) return false;
  // "cross-checking", "double-checking": a compound the lexicon leaves unlemmatised is read by its last part.
  const lemma = tokens[act]!.lemma;
  const last = lemma.slice(lemma.lastIndexOf('-') + 1).replace(/ing$/, '');
  if (!REVIEWING.has(lemma) && !REVIEWING.has(last)) return false;
  // "going over it", "looking at them": a particle between the act and what it goes over.
  let k = act + 1;
  if (['over', 'at', 'through'].includes(tokens[k]?.lower ?? '')) k++;
  const object = tokens[k];
  if (object === undefined) return false;
  if (BACK_REFERENCES.has(object.lower)) return true;
  const named = ahead(tokens, k - 1, 3, (x) => isNoun(x));
  return named >= 0 && tokens[named]!.lemma === tokens[head]!.lemma;
}

/**
 * "I knew I hadn't done the final torque check on the caliper bolts, …, so I signed the job card":
 * the work known to be undone, told before the signature in the same sentence.
 */
function knownUndoneBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens.slice(0, i);
  return before.some((x) => x.lemma === 'know' && x.pos === 'VERB' && !x.negated) && notDone(before);
}

/** Beliefs told beside a sign-off: "assumed the rest", "figured it was fine", "trusted the report". */
const RELYING = W.wordSet(`${W.BELIEF} figure presume trust reckon`);

/**
 * A sign-off where all the sentence leaves undone is a review of what was signed ("without checking
 * the props table", "did not check the acoustic requirement"), with no sign the signer knew it was
 * wrong: a lapse of diligence, not a false record. Never where the check protects people (a gas or
 * electrical test, a safety record) or is a test: a test signed for and not run states a result.
 * Where the record states a check ("as checked") or is a record of the signer's own checks (a
 * checklist, a temperature log), only when part of the check was done and a belief covers the rest
 * ("did the first row and assumed the rest"). And not where the sentence tells knowledge ("knew",
 * "even though") or a motive to game a measure or escape notice.
 */
function reviewSkippedOnly(c: Clauses, i: number, doneValue: boolean, record: number): boolean {
  const { tokens } = c;
  if (passes(tokens, PROTECTING_LOWER) && tokens.some((x) => PROTECTING.has(x.lower))) return false;
  // What the sentence leaves undone: the act after "without", and negated done acts.
  const undone: number[] = [];
  const skipped = uncheckedAt(tokens, i);
  if (skipped >= 0) undone.push(skipped);
  tokens.forEach((x, k) => {
    if (x.negated && (x.pos === 'VERB' || x.pos === 'AUX') && W.DONE_ACTS.has(x.lemma)) undone.push(k);
  });
  const reviewing = (k: number): boolean => {
    const lemma = tokens[k]!.lemma;
    const last = lemma.slice(lemma.lastIndexOf('-') + 1).replace(/ing$/, '');
    if (lemma === 'test' || last === 'test') return false;
    // "without running each one": a check run, as well as one gone over.
    return REVIEWING.has(lemma) || REVIEWING.has(last) || lemma === 'run';
  };
  if (undone.length === 0 || !undone.every(reviewing)) return false;
  if (signedBeforeDone(tokens, i) || signedAfterGone(tokens, i)) return false;
  const mine = (e: ClauseEvent): boolean => (e.actor === 'self' || e.actor === 'group') && !e.negated;
  const knew =
    c.events.some((e) => mine(e) && e.act === 'know') || tokens.some((x, k) => x.lower === 'though' && tokens[k - 1]?.lower === 'even');
  if (knew || gamingAfter(tokens, i) || keptFromNotice(tokens, i)) return false;
  const attests = record >= 0 && (ATTESTING.has(tokens[record]!.lemma) || MEASURES.has(tokens[record]!.lemma));
  if (!doneValue && !attests) return true;
  // Part of the check done ("did the first row"), and a belief for the rest.
  const partly = c.events.some((e) => mine(e) && e.first > i && e.act === 'do');
  return partly && c.events.some((e) => mine(e) && RELYING.has(e.act ?? ''));
}

/** Acts of putting one's name to a record. */
const SIGNING = new Set(['sign', 'initial', 'stamp', 'tick']);

/**
 * "signed the chart before I'd given the doses", "ticked the sheet before we had checked the
 * last bay": a record made before the act it vouches for was done. Not an act of judgement
 * ("signed it before I had read it" is a misjudgement, not a false record).
 */
function signedBeforeDone(tokens: readonly Token[], i: number): boolean {
  const before = ahead(tokens, i, 10, (x) => x.lower === 'before');
  if (before < 0) return false;
  // "had", or "'d" (which the tagger reads as "would"; before a participle it is "had").
  const had = ahead(
    tokens,
    before,
    3,
    (x) => x.pos === 'AUX' && (x.lemma === 'have' || x.lower === "'d" || x.lower === '’d') && !x.negated,
  );
  if (had < 0) {
    // "signed the whole round before I started": the work vouched for not yet begun, in the simple past.
    // Only a signature for work ("the round", "the job"): "signed the visitor book before I started" is a sign-in.
    const who = tokens[before + 1]?.lower;
    const verb = tokens[before + 2];
    const work = objectHead(tokens, i);
    return (
      (who === 'i' || who === 'we') &&
      verb?.pos === 'VERB' &&
      verb.lower !== verb.lemma &&
      BEGUN.has(verb.lemma) &&
      work >= 0 &&
      SIGNED_WORK.has(tokens[work]!.lemma)
    );
  }
  const act = ahead(tokens, had, 2, (x) => x.pos === 'VERB' && x.lower !== x.lemma && !x.lower.endsWith('ing'));
  return act >= 0 && !JUDGMENT_ACTS.has(tokens[act]!.lemma);
}

/** The act told as coming after the record: "…and gave the doses afterwards". */
const AFTERWARDS = new Set(['afterwards', 'afterward', 'later', 'after']);
const BACK_TO_RECORD = new Set(['it', 'them', 'this', 'that', 'these', 'those']);

/**
 * "signed the charts at the start of the round and then gave the tablets afterwards": the record
 * made first, then the act it vouches for, told as done after it. The later act is one a record
 * vouches for (W.DONE_ACTS) and "afterwards" or "later" closes its clause; "…and gave it to the
 * manager later" hands the record itself on.
 */
function signedThenDone(tokens: readonly Token[], i: number): boolean {
  // A signature that vouches for work: "signed the charts", "ticked the checklist", not "recorded the
  // referral and made the call later" or "signed the consent form and then gave the injection".
  if (!SIGNING.has(tokens[i]!.lemma)) return false;
  const attests = ahead(tokens, i, 6, (x) => isNoun(x) && ATTESTING.has(x.lemma));
  if (attests < 0 || tokens.slice(i + 1, attests).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')) return false;
  const and = ahead(tokens, i, 16, (x) => x.lower === 'and' || x.lower === 'then');
  if (and < 0) return false;
  const act = ahead(tokens, and, 3, (x) => x.pos === 'VERB' && W.DONE_ACTS.has(x.lemma) && !x.negated);
  if (act < 0 || BACK_TO_RECORD.has(tokens[act + 1]?.lower ?? '')) return false;
  const later = ahead(tokens, act, 8, (x) => AFTERWARDS.has(x.lower));
  if (later < 0) return false;
  const next = tokens[later + 1];
  return !next || next.pos === 'PUNCT' || next.lower === 'and' || next.lower === 'but';
}

/** What leaving a check's reach is told with: "had gone", "had left", "had been sent". */
const GONE = W.wordSet('go leave ship send dispatch release deliver');

/**
 * "signed the final check boxes after the trays had already gone": a check signed for when what it
 * checks had left, so the check could not have been made. Only a record of a check: a delivery note
 * signed after the driver had left tells no check.
 */
function signedAfterGone(tokens: readonly Token[], i: number): boolean {
  const after = ahead(tokens, i, 18, (x) => x.lower === 'after');
  if (after < 0 || tokens.slice(i + 1, after).some((x) => x.pos === 'VERB')) return false;
  if (!tokens.slice(i + 1, after).some((x) => isNoun(x) && (CHECK_NOUNS.has(x.lemma) || x.lemma === 'checklist'))) return false;
  const had = ahead(tokens, after, 4, (x) => x.pos === 'AUX' && x.lemma === 'have' && !x.negated);
  return had >= 0 && ahead(tokens, had, 3, (x) => x.pos === 'VERB' && x.lower !== x.lemma && GONE.has(x.lemma)) >= 0;
}

/** Starting the work a record vouches for: "before I started", "before we began the round". */
const BEGUN = new Set(['start', 'begin', 'give', 'do', 'check', 'finish', 'complete', 'administer']);
/** Work a signature vouches for as done: "signed the round", "signed off the job". */
const SIGNED_WORK = new Set(['round', 'job', 'visit', 'check', 'inspection', 'test', 'dose', 'medication', 'task', 'work', 'clean']);

const MONTHS = new Set(
  'january february march april may june july august september october november december earlier previous old wrong false'.split(' '),
);

/** Checks a record can vouch for: skipped, they make a record of them as done untrue. */
const CHECK_NOUNS = new Set(['test', 'check', 'inspection', 'review', 'audit', 'measurement', 'reading', 'count', 'walkround', 'visit']);

/**
 * A record the speaker made of work or a check as done: "put it down on the cert as tested",
 * "marked the job as complete", or of readings with a value ("filled in the 2am readings on the log
 * as 2°C"). Its span, or null.
 */
export function recordedAsDone(c: Clauses): { first: number; last: number } | null {
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!verbish(tokens, i) || !inClass(W.RECORDING, t) || !speakerDoes(c, i)) continue;
    // "filled in the 2 + 4am readings on the log as 2°C": the value may follow a long object.
    const as = ahead(tokens, i, 12, (x) => x.lower === 'as');
    if (as < 0) continue;
    // "as done", "as complete", "as carried out".
    const done = ahead(tokens, as, 2, (x, k) => W.DONE_VALUES.has(x.lower) || (x.lower === 'carried' && tokens[k + 1]?.lower === 'out'));
    if (done >= 0) return clauseSpan(c, i, tokens[done]!.lower === 'carried' ? done + 1 : done);
    // A value for readings: "the readings … as 2°C".
    const readings = tokens.slice(i + 1, as).some((x) => isNoun(x) && MEASURES.has(x.lemma));
    if (readings && tokens[as + 1]?.pos === 'NUM') return clauseSpan(c, i, as + 1);
  }
  return null;
}

/**
 * "i ticked the pressure test on the sheet as done … i owned up that i hadnt actually done the test
 * on 14": a record of a check as done (`record`, in sentence `index`), and a later sentence, before
 * `until` (where the answer turns to its lesson), that says the check, named by the same noun, was left undone.
 */
export function deniedLater(
  clauses: readonly Clauses[],
  index: number,
  record: { first: number; last: number },
  until: number = clauses.length,
): boolean {
  const tokens = clauses[index]!.tokens;
  const checks: { lemma: string; kind: string }[] = [];
  for (let k = record.first; k <= record.last; k++) {
    const x = tokens[k]!;
    if (checkNoun(x)) checks.push({ lemma: x.lemma, kind: kindOf(tokens, k) });
  }
  if (checks.length === 0) return false;
  // The same check: its noun, and its kind where both name one ("the pressure test" and "the test on 14",
  // not "the pressure test" and "the flue spillage test").
  const same = (later: readonly Token[], k: number): boolean =>
    checks.some((c) => c.lemma === later[k]!.lemma && (c.kind === '' || kindOf(later, k) === '' || kindOf(later, k) === c.kind));
  for (let k = index + 1; k < Math.min(until, clauses.length); k++) {
    const later = clauses[k]!;
    if (!later.tokens.some((x, j) => isNoun(x) && same(later.tokens, j))) continue;
    if (checkSkipped(later) || neverHappened(later)) return true;
  }
  return false;
}

/** A check or a reading, as a noun: "the pressure test", "the 2am readings". */
function checkNoun(x: Token): boolean {
  return isNoun(x) && (CHECK_NOUNS.has(x.lemma) || MEASURES.has(x.lemma));
}

/** "The bell test did not happen that week": a check, the subject of a denied happening. */
function neverHappened(c: Clauses): boolean {
  return c.events.some(
    (e) => e.negated && (e.act === 'happen' || e.act === 'occur') && c.tokens.slice(e.first, e.last + 1).some(checkNoun),
  );
}

/** The word that names a check's kind, just before its noun: "pressure" in "the pressure test"; '' where none does. */
function kindOf(tokens: readonly Token[], k: number): string {
  const before = tokens[k - 1];
  return before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'ADJ') ? before.lemma : '';
}

/**
 * The speaker left a check undone: "i skipped the tightness test", "we never ran the checks", or
 * an act a record vouches for not done ("I hadn't seen the site").
 */
export function checkSkipped(c: Clauses): boolean {
  const { tokens } = c;
  // Sound: notDone needs a verb of doing (DONE_ACTS, by lemma) negated, or one of its cue words by
  // form; a check skipped needs "skip" or "miss" and a check (CHECK_NOUNS, by lemma).
  if ((passes(tokens, DONE_ACTS_LEMMA) || passes(tokens, NOT_DONE_CUES_LOWER) || passes(tokens, COUNT_LEMMA)) && notDone(tokens))
    return true;
  if (!passes(tokens, SKIP_MISS_LEMMA) || !passes(tokens, CHECK_NOUNS_LEMMA)) return false;
  return tokens.some(
    (t, i) =>
      t.pos === 'VERB' &&
      SKIP_MISS.has(t.lemma) &&
      ahead(tokens, i, 4, (x) => isNoun(x) && CHECK_NOUNS.has(x.lemma)) >= 0 &&
      speakerDoes(c, i),
  );
}

/**
 * Words one of which every false record on a record act needs (see misrecords): "without" (a
 * reading taken unchecked), "based" (a stale basis), "before", "back" or "follow" (work not done
 * yet, as notDone and signedBeforeDone read it), "as" (a value recorded), "that" (written into a
 * record), "from" (a reading reused), "after" (a check signed after what it checks had gone).
 */
const RECORD_CUES = new Set([
  'without',
  'based',
  'before',
  'back',
  'follow',
  'as',
  'that',
  'from',
  'so',
  'after',
  'afterwards',
  'afterward',
  'later',
]);
const DATE = new Set(['date']);
const FILLING = new Set(['fill', 'enter']);

/**
 * Whether misrecords can find anything in the sentence. A falsifying or fabricating verb may make
 * one alone. A record act needs one of its cues: a cue word, a date ("with April dates"), some
 * work negated (notDone), or a gap filled ("the missing readings").
 */
function mayMisrecord(tokens: readonly Token[]): boolean {
  if (passes(tokens, FALSIFY_CLASS) || passes(tokens, FABRICATE_CLASS)) return true;
  if (!passes(tokens, RECORDING_CLASS)) return false;
  return (
    passes(tokens, RECORD_CUES_LOWER) ||
    passes(tokens, DATE_LEMMA) ||
    (passes(tokens, FILLING_LEMMA) && passes(tokens, GAPS_LOWER)) ||
    tokens.some((t, k) => (t.negated && W.DONE_ACTS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) || uncounted(tokens, k))
  );
}

/** A record act with a false value: "as complete", "as criminal damage", "with April dates". */
export function misrecords(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  if (!mayMisrecord(tokens)) return out;
  tokens.forEach((t, i) => {
    if (!verbish(tokens, i)) return;
    const falsify = inClass(W.FALSIFY, t);
    const fabricate = inClass(W.FABRICATE, t) && t.lemma !== 'invent';
    if (!falsify && !fabricate && !inClass(W.RECORDING, t)) return;
    if (!speakerDoes(c, i)) return;
    if (falsify || fabricate) {
      const object = ahead(
        tokens,
        i,
        5,
        (x) => isNoun(x) && (nounIn(W.INFO_NOUNS, x) || nounIn(W.RECORD_NOUNS, x) || nounIn(W.DATA_NOUNS, x)),
      );
      // "reopened and backdated the claim", "backdated her pay rise to April": an entitlement dated
      // from when it was due is a remedy, not a false record.
      const backdated = ahead(tokens, i, 4, (x) => isNoun(x));
      if (falsify && t.lemma !== 'falsify' && W.ENTITLEMENTS.has(tokens[backdated]?.lemma ?? '')) return;
      if (falsify || (fabricate && object >= 0)) {
        out.push({ kind: 'misrecord', ...clauseSpan(c, i, object), certain: true });
        return;
      }
    }
    if (!inClass(W.RECORDING, t)) return;
    // "filled in the chart at the end of the shift as if I had": the record shows what did not happen.
    const unreal = madeAsIf(tokens, i);
    if (unreal >= 0) {
      out.push({ kind: 'misrecord', ...clauseSpan(c, i, unreal), certain: true });
      return;
    }
    const as = ahead(tokens, i, 7, (x) => x.lower === 'as' && x.pos === 'ADP');
    const dated = ahead(tokens, i, 7, (x, k) => x.lemma === 'date' && isNoun(x) && MONTHS.has(tokens[k - 1]?.lower ?? ''));
    const head = objectHead(tokens, i);
    // The record named as the object ("signed the chart") or where the mark went ("signed the round on the MAR").
    // "the whole bay's charts": the record is what the possessive names.
    const owned = head >= 0 && tokens[head + 1]?.lower === "'s" && tokens[head + 2] && nounIn(W.RECORD_NOUNS, tokens[head + 2]!);
    const record = owned
      ? head + 2
      : head >= 0 && nounIn(W.RECORD_NOUNS, tokens[head]!)
        ? head
        : ahead(
            tokens,
            i,
            7,
            (x, k) => isNoun(x) && nounIn(W.RECORD_NOUNS, x) && ['on', 'in'].includes(tokens[k - 2]?.lower ?? tokens[k - 1]!.lower),
          );
    // "logged the checks I hadn't done so the next shift would do them": a to-do handed on, not a claim.
    // Asked only of a certification that could be one (it scans far).
    const handedOn = (): boolean =>
      ahead(
        tokens,
        i,
        16,
        (x, k) => x.lower === 'so' && ahead(tokens, k, 5, (y) => W.DONE_ACTS.has(y.lemma) && (y.pos === 'VERB' || y.pos === 'AUX')) >= 0,
      ) >= 0;
    const signedOff = tokens[i + 1]?.lower === 'off' && SIGNING.has(t.lemma);
    const certifies =
      inClass(W.CERTIFY, t) &&
      (record >= 0 || signedOff) &&
      !handedOn() &&
      (notDone(tokens.slice(i)) ||
        knownUndoneBefore(tokens, i) ||
        unchecked(tokens, i) ||
        signedBeforeDone(tokens, i) ||
        signedThenDone(tokens, i) ||
        signedAfterGone(tokens, i)) &&
      !(as < 0 && approvedUnreviewed(tokens, i, head));
    // "as complete" with the work not done, "as criminal damage" to bring the figures down.
    // "as complete", or a measured value ("put the temperature down as 4 degrees").
    // Not a value entered "instead of" the right one ("keyed it as 5,000 instead of 500"): a slip, owned as one.
    const slip =
      as >= 0 && ahead(tokens, as, 6, (x, k) => x.lower === 'instead' || (x.lower === 'rather' && tokens[k + 1]?.lower === 'than')) >= 0;
    const doneValue = as >= 0 && !slip && ahead(tokens, as, 3, (x) => W.DONE_VALUES.has(x.lower) || x.pos === 'NUM') >= 0;
    const falseValue =
      ((doneValue || dated >= 0) && notDone(tokens)) ||
      // "keyed the uncounted bays in … so the numbers matched": figures for what was never counted, made to fit.
      ((as >= 0 || dated >= 0 || writtenInto(tokens, i) || uncheckedObject(tokens, i)) &&
        gamingAfter(tokens, i) &&
        !ownIncident(tokens, i)) ||
      (doneValue && keptMoving(tokens, as));
    // "from the old scales": a reading taken now on an old instrument is no value from another time.
    const stale = (k: number): boolean => {
      const at = STALE.has(tokens[k + 1]?.lower ?? '')
        ? k + 1
        : tokens[k + 1]?.pos === 'DET' && STALE.has(tokens[k + 2]?.lower ?? '')
          ? k + 2
          : -1;
      return at >= 0 && !INSTRUMENTS.has(tokens[at + 1]?.lemma ?? '');
    };
    // A chart, sheet or log the speaker filled in so that a check would not see something ("so it
    // wouldn't flag on the audit", "so nobody would notice"), or filled from values not taken then
    // ("from the previous readings"): the record stands in for what was not done.
    // A record, or readings put on one ("ticked the fridge temps"): either vouches for a check.
    const onRecord = record >= 0 || (head >= 0 && (nounIn(W.RECORD_NOUNS, tokens[head]!) || nounIn(MEASURES, tokens[head]!)));
    if (onRecord && (keptFromNotice(tokens, i) || ((REUSING.has(t.lemma) || t.lemma === 'complete') && fromElsewhere(tokens, i, stale)))) {
      out.push({ kind: 'misrecord', ...clauseSpan(c, i, Math.max(head, record)), certain: false });
      return;
    }
    const measured = head >= 0 && nounIn(MEASURES, tokens[head]!);
    // "wrote the temps in without checking the fridges": a reading recorded without taking it.
    if (measured && REUSING.has(t.lemma) && unchecked(tokens, i)) {
      out.push({ kind: 'misrecord', ...clauseSpan(c, i, head), certain: false });
      return;
    }
    const reused =
      REUSING.has(t.lemma) && measured ? ahead(tokens, i, 8, (x, k) => (x.lower === 'from' || x.lower === 'as') && stale(k)) : -1;
    // "signed the inspection report based on the previous batch's results", "marked the rest of the
    // regression as passed based on the last cycle": a record that vouches for this check, made from
    // an earlier one.
    const staleBasis = certifiesOrPasses(tokens, i, head, doneValue) ? basedOnStale(tokens, i, stale) : -1;
    if (staleBasis >= 0) {
      out.push({ kind: 'misrecord', ...clauseSpan(c, i, staleBasis), certain: false });
      return;
    }
    const standIn = gapFilled(tokens, i);
    if (standIn >= 0) {
      out.push({ kind: 'misrecord', ...clauseSpan(c, i, standIn + 1), certain: false });
      return;
    }
    // A record of the signer's own checks (a checklist, a log) still vouches for the part left out.
    const attesting = [head, record].some((k) => k >= 0 && ATTESTING.has(tokens[k]!.lemma));
    if ((certifies || falseValue) && reused < 0 && !attesting && partlyDone(tokens, i)) return;
    // Signed "without checking" and nothing more: the signer vouched for what they had not verified,
    // which is false only if they knew it was not so ("I took it as read"). Not a result written on
    // it ("as tested", "as checked"): that states a check the signer knew they had not made.
    // ("without checking" itself reads as a check not done: only what follows it may say the work was not.)
    const unverified = certifies && !doneValue ? uncheckedAt(tokens, i) : -1;
    const uncheckedOnly = unverified >= 0 && !notDone(tokens.slice(unverified + 1)) && !signedBeforeDone(tokens, i);
    if (certifies && reviewSkippedOnly(c, i, doneValue, Math.max(head, record))) return;
    if (certifies || falseValue || reused >= 0)
      // A record certifying work the sentence says was not done leaves no other reading, and so does
      // a sign-off of work done ("signed off the install as tested"). A sign-off of a plan ("signed
      // off the December rota without cross-checking it"), or of anything left unverified, approves it
      // unchecked: false only if the speaker knew, so a belief told beside it ("because I trusted the
      // import") reads it as a lapse.
      out.push({
        kind: 'misrecord',
        ...clauseSpan(c, i, Math.max(as, dated, record, reused + 1)),
        certain: certifies && !uncheckedOnly && (record >= 0 || doneValue || !nounIn(PLANNED, tokens[head] ?? t)),
      });
  });
  return out;
}

/**
 * The record vouches for a check: a certifying act on a record, named by its head or by a word
 * before it ("signed the inspection report"), or a result given as done ("marked … as passed").
 */
function certifiesOrPasses(tokens: readonly Token[], i: number, head: number, doneValue: boolean): boolean {
  if (doneValue) return true;
  if (head < 0 || !inClass(W.CERTIFY, tokens[i]!)) return false;
  for (let k = i + 1; k <= head; k++) if (isNoun(tokens[k]!) && nounIn(W.RECORD_NOUNS, tokens[k]!)) return true;
  return false;
}

/** "based on the previous cycle", "based on last month's results": where, after the act at i and in its clause, the record's basis is an earlier one; the basis's last word, or -1. */
function basedOnStale(tokens: readonly Token[], i: number, stale: (k: number) => boolean): number {
  for (let k = i + 1; k < Math.min(tokens.length - 2, i + 14); k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.lower !== ',') return -1;
    if (t.lower === 'based' && tokens[k + 1]?.lower === 'on' && stale(k + 1)) {
      const noun = ahead(tokens, k + 1, 5, (x) => isNoun(x));
      return noun >= 0 ? noun : k + 2;
    }
  }
  return -1;
}

const OBJECT_PRONOUNS = new Set(['it', 'them', 'this', 'that', 'these', 'those', 'everything']);

/**
 * A personal place at token k for data moved by the verb at i: a named webmail or stick, or a
 * personal account ('account'); a home laptop, "my own phone", or taking it home ('device').
 */
function personalPlace(tokens: readonly Token[], i: number, k: number): 'account' | 'device' | null {
  const x = tokens[k]!;
  const prev = tokens[k - 1]?.lower ?? '';
  const next = tokens[k + 1];
  if (W.OUTSIDE.has(x.lower)) return 'account';
  // A personal account or device by name: "my personal Gmail", "a private laptop", "her personal address" (which the
  // tagger may read as the verb "address"); not "a private function".
  if ((x.lower === 'personal' || x.lower === 'private') && next && W.PERSONAL_PLACES.has(next.lower)) return 'account';
  if ((x.lower === 'home' || (x.lower === 'own' && prev === 'my')) && next && W.PERSONAL_PLACES.has(next.lower)) return 'device';
  if (x.lower === 'home' && ['take', 'bring', 'carry'].includes(tokens[i]!.lemma) && !(next && isNoun(next))) return 'device';
  return null;
}

/** "the WhatsApp group", "the lads' WhatsApp chat": a chat app's group, named right after it. */
function groupChat(tokens: readonly Token[], place: number): boolean {
  return W.OUTSIDE.has(tokens[place]!.lower) && ['group', 'chat', 'groupchat'].includes(tokens[place + 1]?.lower ?? '');
}

const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
/** The words one of which personalPlace needs at the place it names. */
const PLACE_WORDS = new Set([...W.OUTSIDE, 'personal', 'private', 'home', 'own']);

/**
 * "Copied my manager on the email": a person copied on a message, which moves no data of itself;
 * the place after it ("from my home laptop") is where the message was sent from.
 */
function copiesPerson(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lemma !== 'copy' && tokens[i]!.lemma !== 'cc') return false;
  let k = i + 1;
  const possessive = (x: Token): boolean => POSSESSIVES.has(x.lower);
  const objectHere = (x: Token, at: number): boolean =>
    isNoun(x) || (x.pos === 'PRON' && (!possessive(x) || ['on', 'in'].includes(tokens[at + 1]?.lower ?? '')));
  while (k < tokens.length && k <= i + 4 && !objectHere(tokens[k]!, k)) k++;
  const person = tokens[k];
  if (!person) return false;
  const named = person.pos === 'PROPN' || (person.pos === 'PRON' && !OBJECT_PRONOUNS.has(person.lower)) || personRole(person.lemma);
  return named && ['on', 'in', 'into'].includes(tokens[k + 1]?.lower ?? '');
}

/** How many tokens, within `span` words after `i` that are not themselves bracketed, sit inside brackets. */
function bracketedAfter(tokens: readonly Token[], i: number, span: number): number {
  let inside = 0;
  let depth = 0;
  let dashes = 0;
  for (let k = i + 1, outside = 0; k < tokens.length && outside < span; k++) {
    const x = tokens[k]!.lower;
    // "(names, dates of birth…)", or the same aside set off by dashes: "— client names, income figures —".
    const dash = x === '—' || x === '–';
    if (x === '(' || (dash && depth === 0 && dashes === 0)) {
      depth++;
      if (dash) dashes++;
    } else if (dash && dashes > 0) {
      depth--;
      dashes--;
      inside++;
      continue;
    }
    if (depth > 0) inside++;
    else outside++;
    if (x === ')' && depth > 0) depth--;
  }
  return inside;
}

/** Words that can open the object's noun phrase before a place word: "212 personal email addresses", "the private files". */
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'ADJ']);

/**
 * "I put 212 personal email addresses in the CC line": the place word at k describes what the verb
 * at i moved, right after it, so it is the data, not where the data went.
 */
function describesObject(tokens: readonly Token[], i: number, k: number): boolean {
  for (let j = i + 1; j < k; j++) if (!OBJECT_OPENERS.has(tokens[j]!.pos) && !POSSESSIVES.has(tokens[j]!.lower)) return false;
  return true;
}

/** Acts of handing a thing over in person or by post: "took it round to her", "gave it to the client". */
const HANDING = new Set(['take', 'give', 'bring', 'hand', 'deliver', 'post', 'drop', 'return']);
/** Whom data is handed back to: the person it was recovered for, named by a pronoun or as the customer. */
const OWNERS_OF_DATA = new Set(['her', 'him', 'customer', 'client', 'owner', 'patient']);

/** After the device at `end`: "and took it round to her", "and gave it to the customer", the device handed to its data's owner. */
function handedToOwner(tokens: readonly Token[], end: number): boolean {
  // "a usb stick and…": the place may end a word before the "and".
  const and = ahead(tokens, end, 2, (x) => x.lower === 'and');
  if (and < 0) return false;
  const hand = ahead(tokens, and, 2, (x) => HANDING.has(x.lemma));
  if (hand < 0) return false;
  const to = ahead(tokens, hand, 4, (x) => x.lower === 'to' || x.lower === 'back');
  if (to < 0) return false;
  const whom = ahead(tokens, to, 2, (x) => OWNERS_OF_DATA.has(x.lower) || OWNERS_OF_DATA.has(x.lemma));
  return whom >= 0;
}

/** Protected data to a personal account or device: "forwarded the file to my home email". */
export function exfiltrations(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  // Sound: every act needs a verb of moving, and a place that personalPlace names (by one of its
  // words) or a relation after "to my", "with a".
  if (!passes(tokens, MOVING_CLASS) || !(passes(tokens, PLACE_WORDS_LOWER) || passes(tokens, RELATIONS_NOUN))) return out;
  tokens.forEach((t, i) => {
    // "used to email the list": after an infinitive's "to", a verb the tagger may have read as a noun.
    const verb = t.pos === 'VERB' || (t.pos === 'NOUN' && tokens[i - 1]?.pos === 'PART' && tokens[i - 1]!.lower === 'to');
    if (!verb || !inClass(W.MOVING, t) || !speakerDoes(c, i) || copiesPerson(tokens, i)) return;
    const place = ahead(
      tokens,
      i,
      // An aside in brackets ("the clinic list (names, dates of birth…) to my Gmail") does not count to the distance.
      12 + bracketedAfter(tokens, i, 12),
      (_x, k) =>
        (personalPlace(tokens, i, k) !== null && !describesObject(tokens, i, k)) ||
        (['my', 'a'].includes(tokens[k - 1]?.lower ?? '') &&
          ['to', 'with'].includes(tokens[k - 2]?.lower ?? '') &&
          nounIn(W.RELATIONS, tokens[k]!)),
    );
    if (place < 0) return;
    // What was moved: the words between the verb and the place ("about 40 pages of the buyer's contracts"), or the first five.
    const moved = tokens.slice(i + 1, Math.max(i + 6, place));
    const object = moved.find((x) => isNoun(x) || x.pos === 'PRON');
    const pronoun = object?.pos === 'PRON' && OBJECT_PRONOUNS.has(object.lower);
    // Data by name, or something that belongs to the people the data is about: "the customer's card number".
    const owned = moved.some((x, k) => W.OWNERS.has(x.lemma) && ["'s", '’s'].includes(moved[k + 1]?.lower ?? ''));
    if (!object || (!pronoun && !owned && !moved.some((x) => nounIn(W.DATA_NOUNS, x)))) return;
    const kind = personalPlace(tokens, i, place);
    // "put the team sheet up on the WhatsApp group": a group's chat is where its members share their
    // work, so only data about people held in trust is a leak there ("the patients' details").
    if (groupChat(tokens, place) && !owned && !moved.some((x) => nounIn(W.PERSONAL_DATA, x) || nounIn(W.OWNERS, x))) return;
    // Handed to a friend or relative: only data by name and not the speaker's own, not "gave it to my partner to read".
    if (kind === null && (pronoun || ['my', 'our'].includes(tokens[i + 1]?.lower ?? ''))) return;
    // To the place's last word: "my personal Gmail" (two words), "my Hotmail" (one).
    const end = W.OUTSIDE.has(tokens[place]!.lower) ? place : place + 1;
    // "put them on a usb stick and took it round to her": a device handed to the one whose data it is.
    if (handedToOwner(tokens, end)) return;
    out.push({ kind: 'exfiltrate', ...clauseSpan(c, i, end), certain: kind === 'account' });
  });
  return out;
}

/** What stands between "without" and the safeguard it goes without: "without waiting for approval". */
const SEEKING = new Set(['waiting', 'getting', 'asking', 'seeking', 'going', 'running', 'having']);

const OFF_VERBS = new Set(['turn', 'switch', 'leave', 'take', 'keep']);
const OVERRIDING = new Set(['override', 'overrode', 'overridden']);
const OVERRIDABLE = new Set(['system', 'control', 'limit', 'block', 'lock', 'setting', 'alarm', 'stop', 'hold', 'check', 'warning']);

/** A safeguard modified or named: "the approval process", "the safety check", "the interlock". */
function safeguardAhead(tokens: readonly Token[], i: number, span: number): number {
  return ahead(tokens, i, span, (x, k) => {
    if (!isNoun(x) && x.pos !== 'ADJ') return false;
    if (W.SAFEGUARDS.has(x.lemma) || W.SAFEGUARDS.has(x.lower)) return true;
    // An alarm on equipment ("the fridge alarm", "the alarm on the fridge"), not an alarm clock.
    if (x.lemma === 'alarm') return isNoun(tokens[k - 1] ?? x) ? tokens[k - 1] !== x : tokens[k + 1]?.lower === 'on';
    return W.SAFEGUARD_KINDS.has(x.lower) && isNoun(tokens[k + 1] ?? x);
  });
}

/** Plans and schedules: signed off, they are approved, not vouched for as done. */
const PLANNED = W.wordSet('rota roster plan schedule budget design forecast estimate timetable layout drawing proposal quote order');

/** Acts that tell a choice made knowingly: "I knew the board wouldn't meet", "decided to go ahead", "skipped it". */
const CHOOSING = W.wordSet('know decide choose skip ignore bother risk gamble');
/** Words that tell an act done whatever the rule: "went ahead anyway". */
const ANYWAY = W.wordSet('anyway regardless');

/** The sentence tells the speaker's choice before the safeguard gone without: an act of knowing or deciding of theirs, or "anyway" after the act. */
function chosen(c: Clauses, act: number, guard: number): boolean {
  return (
    c.tokens.some((x, k) => k > act && k <= guard + 6 && ANYWAY.has(x.lower)) ||
    c.events.some((e) => e.first < guard && (e.actor === 'self' || e.actor === 'group') && !e.negated && CHOOSING.has(e.act ?? ''))
  );
}

/** Judgements of a risk as small: "looked small", "seemed harmless", "thought it was low-risk". */
const JUDGING = W.wordSet('look seem think assume feel sound appear');
const SMALL_RISK = W.wordSet('small minor trivial tiny simple safe harmless low-risk routine cosmetic quick');

/** After `from`, the reason given is that the risk looked small: "because the change looked small", "as I assumed it was minor". */
function riskMisjudged(tokens: readonly Token[], from: number): boolean {
  const reason = ahead(
    tokens,
    from,
    4,
    (x, k) => x.lower === 'because' || x.lower === 'since' || (x.lower === 'as' && tokens[k + 1]?.pos === 'PRON'),
  );
  if (reason < 0) return false;
  const judged = ahead(tokens, reason, 5, (x) => (x.pos === 'VERB' || x.pos === 'AUX') && JUDGING.has(x.lemma));
  return judged >= 0 && ahead(tokens, judged, 4, (x) => SMALL_RISK.has(x.lower)) >= 0;
}

/** What a safeguard word may name and still be the safeguard: "the approval email", "the permit form". */
const CARRIERS = W.wordSet('email form process procedure step document paperwork number code check review ticket letter call sheet');

/**
 * A safeguard word that only describes the thing asked for: "without asking for the extra
 * isolation layer" asks for packing, not for leave to go ahead. Going without such a thing is a
 * judgement about how much protection to ask for, not a control got round.
 */
function describesOther(tokens: readonly Token[], guard: number): boolean {
  const x = tokens[guard]!;
  const next = tokens[guard + 1];
  if (!next || !isNoun(next) || !(W.SAFEGUARDS.has(x.lemma) || W.SAFEGUARDS.has(x.lower))) return false;
  return !W.SAFEGUARDS.has(next.lemma) && !inClass(CARRIERS, next);
}

/** Verbs that put a record on file: "added a note", "wrote an entry", "put a date on it". */
const FILING = new Set([
  'add',
  'write',
  'put',
  'make',
  'enter',
  'create',
  'type',
  'insert',
  'file',
  'leave',
  'draft',
  'change',
  'amend',
  'edit',
  'set',
]);
/** A date told as earlier than the day: "dated three months earlier", "dated back to March". */
const EARLIER = new Set(['earlier', 'back', 'previously']);
const STAMPS = new Set(['date', 'time', 'timestamp']);
/** What can carry a date that makes it look older: a note, an entry, a record. */
const DATED_RECORDS = new Set([...W.RECORD_NOUNS, 'note', 'entry', 'file', 'statement', 'report', 'letter', 'minute', 'email']);

/**
 * "added a note to the file dated three months earlier", "put an earlier time on the entry": a
 * record the speaker made that says it was made before it was. The speaker's filing verb must come
 * first: "the letter, dated a week earlier, had warned us" is told of a record found.
 */
export function backdated(c: Clauses): ConductAct[] {
  const { tokens } = c;
  if (!passes(tokens, DATED_LOWER)) return [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let end = -1;
    // "dated three months earlier", up to the clause's end; "dated back to 2019" tells where a thing came from.
    if (t.lower === 'dated')
      end = ahead(tokens, i, 5, (x, k) => EARLIER.has(x.lower) && !(x.lower === 'back' && tokens[k + 1]?.lower === 'to'));
    else if (t.lower === 'earlier' && STAMPS.has(tokens[i + 1]?.lemma ?? '')) end = i + 1;
    if (end < 0 || tokens.slice(i + 1, end).some((x) => x.pos === 'PUNCT')) continue;
    // "I dated the note three weeks earlier": the speaker's own dating.
    if (t.lower === 'dated' && t.pos === 'VERB' && speakerDoes(c, i) && tokens[i - 1]?.pos === 'PRON')
      return [{ kind: 'misrecord', ...clauseSpan(c, i, end), certain: false }];
    let act = -1;
    for (let k = i - 1; k >= Math.max(0, i - 9) && act < 0; k--) {
      const x = tokens[k]!;
      // "a summary of the defects, which dated back…": a relative clause describes, it files nothing.
      if ((x.pos === 'PUNCT' && x.lower !== ',') || x.lower === 'which' || x.lower === 'that') break;
      if (x.pos === 'VERB' && FILING.has(x.lemma) && !x.negated && speakerDoes(c, k)) act = k;
    }
    if (act < 0) continue;
    // "put an earlier date on the entry": the date goes on a record, not on a meeting or a request.
    const recorded = tokens.slice(act + 1, Math.min(tokens.length, end + 6)).some((x) => isNoun(x) && DATED_RECORDS.has(x.lemma));
    if (t.lower === 'earlier' && !recorded) continue;
    return [{ kind: 'misrecord', ...clauseSpan(c, act, end), certain: false }];
  }
  return [];
}

/** Asking someone to do a thing: "told him to", "asked her to". */
const INSTRUCTING = new Set(['tell', 'ask', 'instruct']);
/** Leaving a check undone: "to skip the second check", "to leave the paperwork". */
const SKIPPING = new Set(['skip', 'leave', 'ignore', 'bypass', 'forget', 'drop']);
/** Checks and records another person can be told to leave undone. */
const LEFT_UNDONE = new Set([
  ...CHECK_NOUNS,
  ...W.RECORD_NOUNS,
  'assessment',
  'paperwork',
  'screening',
  'procedure',
  'protocol',
  'observation',
  'obs',
]);
const TAKEN_OVER = new Set(['to', 'with', 'for']);
/** After "leave X": what makes it left undone rather than put down or put off ("leave the forms on my desk", "until Monday"). */
const LEFT_AS = new Set(['undone', 'blank', 'unfinished', 'incomplete', 'unsigned', 'empty']);
const CLAUSE_ENDS = new Set(['and', 'but', 'because', 'so', 'as', 'since']);

/**
 * "told the porter to skip the second identity check", "my crewmate wanted to do the paperwork
 * properly and I told him to leave it": the speaker has someone else leave a check or a record
 * undone. "it" stands for a check or record named earlier in the sentence; "asked her to leave the
 * checks to me" takes them on.
 */
export function toldToSkip(c: Clauses): ConductAct[] {
  const { tokens } = c;
  if (!passes(tokens, INSTRUCTING_LEMMA) || !passes(tokens, SKIPPING_LEMMA)) return [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !INSTRUCTING.has(t.lemma) || t.negated || !speakerDoes(c, i)) continue;
    const to = ahead(tokens, i, 5, (x) => x.lower === 'to');
    const verb = to < 0 ? undefined : tokens[to + 1];
    if (!verb || !SKIPPING.has(verb.lemma) || verb.negated) continue;
    let head = ahead(tokens, to + 1, 5, (x) => isNoun(x) || x.pos === 'PRON' || x.pos === 'PUNCT');
    if (head < 0 || tokens[head]!.pos === 'PUNCT') continue;
    // The head of a compound: "the second barcode check".
    while (isNoun(tokens[head]!) && tokens[head + 1] && isNoun(tokens[head + 1]!)) head++;
    const object = tokens[head]!;
    const named = isNoun(object)
      ? LEFT_UNDONE.has(object.lemma) || LEFT_UNDONE.has(object.lower)
      : BACK_TO_RECORD.has(object.lower) && tokens.slice(0, i).some((x) => isNoun(x) && LEFT_UNDONE.has(x.lemma));
    if (!named) continue;
    // "leave the checks to me", "leave it with us": the speaker takes the work on.
    const after = tokens[head + 1];
    if (after && TAKEN_OVER.has(after.lower) && ['me', 'us', 'myself'].includes(tokens[head + 2]?.lower ?? '')) continue;
    // "leave the forms on my desk", "leave the review until Monday": put down or put off, not left undone.
    if (verb.lemma === 'leave' && after && after.pos !== 'PUNCT' && !CLAUSE_ENDS.has(after.lower) && !LEFT_AS.has(after.lower)) continue;
    return [{ kind: 'bypass', ...clauseSpan(c, i, head), certain: false }];
  }
  return [];
}

/** The nearest verb before `i` with no punctuation between, or -1. */
function verbBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && tokens[k]!.pos !== 'PUNCT'; k--) if (tokens[k]!.pos === 'VERB') return k;
  return -1;
}

/** Getting round a safeguard, or acting without the licence or approval it needs. */
export function bypasses(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  // Sound: each act below needs a control overridden, a safeguard named (after a verb of getting
  // round or switching off, or after "without"), or "over" a limit.
  const guarded = safeguardNamed(tokens);
  const live =
    passes(tokens, OVERRIDING_CLASS) ||
    (guarded &&
      (passes(tokens, BYPASSING_CLASS) ||
        (passes(tokens, OFF_VERBS_LEMMA) && passes(tokens, OFF_WORD_LOWER)) ||
        passes(tokens, WITHOUT_LOWER))) ||
    (passes(tokens, OVER_LOWER) && passes(tokens, LIMIT_LEMMA));
  if (live)
    tokens.forEach((t, i) => {
      const offSwitch = OFF_VERBS.has(t.lemma) && ahead(tokens, i, 4, (x) => x.lower === 'off') >= 0;
      // "overrode the stock system": a control overridden, not a colleague's view.
      const overridden = inClass(OVERRIDING, t) && OVERRIDABLE.has(tokens[objectHead(tokens, i)]?.lemma ?? '');
      if (overridden && speakerDoes(c, i)) out.push({ kind: 'bypass', ...clauseSpan(c, i, objectHead(tokens, i)), certain: false });
      if (t.pos === 'VERB' && (inClass(W.BYPASSING, t) || offSwitch) && speakerDoes(c, i)) {
        const guard = safeguardAhead(tokens, i, 6);
        if (guard >= 0) out.push({ kind: 'bypass', ...clauseSpan(c, i, guard), certain: true });
      }
      if (t.lower === 'without') {
        // "without waiting for sign-off", "without getting approval": the safeguard a few words further on.
        const seeking = SEEKING.has(tokens[i + 1]?.lower ?? '');
        // "without the building control approval": a determiner adds a word to the reach.
        const guard = safeguardAhead(tokens, i, (seeking ? 5 : 3) + (tokens[i + 1]?.pos === 'DET' ? 1 : 0));
        // "without the permit number on them": the safeguard names another noun's kind, and was not gone without.
        const modifier = guard >= 0 && isNoun(tokens[guard + 1] ?? tokens[guard]!) && tokens[guard + 1] !== undefined;
        const ev = eventAt(c, i);
        // With no clause read round "without" ("…to lock the rotor ourselves and crack on without the permit", where
        // the tagger made "crack" a noun), the act is the nearest verb before it with no punctuation between.
        const act = ev ? tokens.findIndex((x, k) => k >= ev.first && k < i && x.pos === 'VERB') : verbBefore(tokens, i);
        // "without a second reviewer": a check the speaker went without is a lapse unless it was a permit
        // the act needed, a safeguard waited for or asked for, or the sentence tells the choice.
        const needed =
          seeking || W.PERMITS.has(tokens[guard]?.lemma ?? '') || W.PERMITS.has(tokens[guard]?.lower ?? '') || chosen(c, act, guard);
        if (
          guard >= 0 &&
          !modifier &&
          act >= 0 &&
          needed &&
          speakerDoes(c, act) &&
          // "because the change looked small": a risk misjudged, not a breach chosen.
          !riskMisjudged(tokens, guard) &&
          !(seeking && describesOther(tokens, guard))
        )
          out.push({ kind: 'bypass', ...clauseSpan(c, act, guard), certain: true });
      }
      if (
        t.lower === 'over' &&
        speakerDoes(
          c,
          tokens.findIndex((x, k) => k < i && x.pos === 'VERB' && eventAt(c, k) === eventAt(c, i)),
        )
      ) {
        const limit = ahead(tokens, i, 3, (x) => x.lemma === 'limit');
        const mine =
          tokens[i + 1]?.lower === 'my' || ahead(tokens, i, 3, (x) => ['legal', 'speed', 'driving', 'hours'].includes(x.lower)) >= 0;
        if (limit >= 0 && mine) out.push({ kind: 'bypass', ...clauseSpan(c, i, limit), certain: true });
      }
    });
  if (passes(tokens, SAVING_LEMMA) && passes(tokens, PROTECTIONS_LOWER)) out.push(...protectionRemovedToSave(c));
  return [
    ...out,
    ...(guarded && passes(tokens, RATHER_LOWER) ? avoidedSafeguards(c) : []),
    ...splitUnder(c),
    ...controlsDefeated(c, guarded),
    ...isolationSkipped(c),
    ...protectiveCheckSkipped(c),
  ];
}

/** Physical protection against a fall, a cut or a blow: what a site or a machine keeps people safe with. */
const PROTECTIONS = new Set([
  'protection',
  'guard',
  'guards',
  'guarding',
  'barrier',
  'barriers',
  'railing',
  'railings',
  'handrail',
  'handrails',
  'netting',
  'fencing',
  'harness',
  'harnesses',
  'shield',
  'edge',
]);
/** Acts of taking protection away: "had the edge protection taken down", "took the guard off", "removed the barriers". */
const REMOVING_PROTECTION = W.wordSet('take remove strip pull dismantle unclip unbolt leave drop');
/** A saving aimed at: "to save on the hire", "to cut the cost", "to save time". */
const SAVING = new Set(['save', 'cut', 'avoid', 'speed']);

/**
 * "we'd had the edge protection taken down to save on the hire", "I took the guard off to save
 * time": protection removed by the speaker's choice, told with the saving it was for. The purpose
 * makes it a risk taken on purpose, not an oversight; "removed the barrier after the inspection"
 * with no saving is left alone.
 */
function protectionRemovedToSave(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !inClass(REMOVING_PROTECTION, t)) return;
    // The protection named as the object, or before a participle ("had the protection taken down").
    const object = ahead(tokens, i, 5, (x) => isNoun(x) && PROTECTIONS.has(x.lower));
    const before = t.lower !== t.lemma ? tokens.findLastIndex((x, k) => k < i && k >= i - 4 && isNoun(x) && PROTECTIONS.has(x.lower)) : -1;
    const guard = object >= 0 ? object : before;
    if (guard < 0) return;
    // Taken away: "down", "off", "away", "out", or a verb that says so itself.
    const away = ['take', 'leave', 'pull', 'drop'].includes(t.lemma)
      ? ahead(tokens, i, guard > i ? guard - i + 2 : 2, (x) => ['down', 'off', 'away', 'out'].includes(x.lower))
      : i;
    if (away < 0) return;
    const from = Math.max(i, guard, away);
    const to = ahead(tokens, from, 10, (x, k) => (x.lemma === 'to' || x.lower === 'to') && SAVING.has(tokens[k + 1]?.lemma ?? ''));
    if (to < 0 || tokens.slice(from, to).some((x) => x.pos === 'PUNCT')) return;
    // The speaker's act, or one they had done: "we'd had it taken down".
    const had = tokens
      .slice(0, Math.min(i, guard))
      .some((x, k) => (x.lower === 'i' || x.lower === 'we') && ahead(tokens, k, 3, (y) => y.lemma === 'have' || y.lemma === 'get') >= 0);
    if (!speakerDoes(c, i) && !had) return;
    out.push({ kind: 'bypass', ...clauseSpan(c, Math.min(i, guard), to + 1), certain: false });
  });
  return out;
}

const OFF_WORD = new Set(['off']);
/** avoidedSafeguards needs "rather than" or "instead of", and a safeguard named. */
const RATHER = new Set(['rather', 'instead']);
const WITHOUT = new Set(['without']);
const OVER = new Set(['over']);
const LIMIT = new Set(['limit']);
const ALARM = new Set(['alarm']);

/** Whether safeguardAhead can find anything in the sentence: a safeguard, an alarm, or a kind of safeguard. */
function safeguardNamed(tokens: readonly Token[]): boolean {
  return passes(tokens, SAFEGUARDS_WORD) || passes(tokens, ALARM_LEMMA) || passes(tokens, SAFEGUARD_KINDS_LOWER);
}

/** Defeating a control, by instruction or by hand: "disabled the alarm", "wedged the seat switch", "cable-tied the interlock switch closed". */
const DEFEATING = W.wordSet(
  'disable bypass circumvent defeat override silence mute wedge tape jam pin jumper prop tie cable-tie zip-tie bridge',
);
/** Controls a system keeps: disabling one is getting round it ("disabled the two-factor check"). */
const CONTROLS = W.wordSet(
  'system control limit block lock setting alarm stop hold check warning sensor switch interlock guard monitor validation filter verification firewall antivirus encryption camera tracker logging breaker trip cut-out cutout detector mfa 2fa two-factor',
);
/** A safeguard left in a state that defeats it: "with the guard taped open". */
const DEFEATED = W.wordSet('open off removed disabled bypassed taped pinned propped wedged jumpered overridden unplugged');
/** States a control is held in to defeat it: "tied the switch closed", "taped the guard open". */
const HELD_IN = new Set(['closed', 'shut', 'open', 'down', 'back']);
/** Acts of making equipment safe: "without isolating it". */
const MAKING_SAFE = W.wordSet('isolate isolating earth earthing ground grounding clip clipping tie tying harness');

/** The means of getting round a control, as nouns: "the admin override", "a bypass key". */
const OVERRIDES = new Set(['override', 'overrides', 'bypass', 'backdoor', 'master-key']);
const USING = W.wordSet('use');

const WITH = new Set(['with']);

/** A control disabled, a guard left open, equipment worked on without making it safe. `guarded`: the sentence names a safeguard. */
function controlsDefeated(c: Clauses, guarded: boolean): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  // Sound: each act needs a verb of defeating, "with" and a safeguard, "without" and an act of
  // making safe, or a verb of using and an override.
  const live =
    passes(tokens, DEFEATING_CLASS) ||
    (guarded && passes(tokens, WITH_LOWER)) ||
    (passes(tokens, WITHOUT_LOWER) && passes(tokens, MAKING_SAFE_LOWER)) ||
    (passes(tokens, USING_CLASS) && passes(tokens, OVERRIDES_LOWER));
  if (!live) return out;
  tokens.forEach((t, i) => {
    let end = -1;
    if (verbish(tokens, i) && inClass(DEFEATING, t)) {
      let head = objectHead(tokens, i);
      // "cable-tied the interlock switch closed": the state it was left in, read as the object's head.
      if (head > 0 && HELD_IN.has(tokens[head]!.lower) && isNoun(tokens[head - 1]!)) head--;
      if (tokens[head] && nounIn(CONTROLS, tokens[head]!)) end = head;
    }
    const guard = t.lower === 'with' ? safeguardAhead(tokens, i, 3) : -1;
    if (guard >= 0 && DEFEATED.has(tokens[guard + 1]?.lower ?? '')) end = guard + 1;
    if (guard >= 0 && DEFEATED.has(tokens[guard + 2]?.lower ?? '') && tokens[guard + 1]?.pos === 'VERB') end = guard + 2;
    if (t.lower === 'without' && MAKING_SAFE.has(tokens[i + 1]?.lower ?? '')) end = i + 1;
    // "using the admin override", "used a bypass key": the means of getting round a control, put to use.
    if (t.pos === 'VERB' && inClass(USING, t)) {
      const head = objectHead(tokens, i);
      if (head >= 0 && OVERRIDES.has(tokens[head]!.lower)) end = head;
    }
    if (end < 0) return;
    // The act is the speaker's: the verb itself, or the clause's verb before "with" or "without".
    const ev = eventAt(c, i);
    const act = verbish(tokens, i) ? i : tokens.findIndex((x, k) => k >= (ev?.first ?? 0) && k < i && x.pos === 'VERB');
    if (act >= 0 && speakerDoes(c, act)) out.push({ kind: 'bypass', ...clauseSpan(c, act, end), certain: false });
  });
  return out;
}

/** Acts that change what a record already says: "added a line to the notes", "edited the log". */
const AMENDING = W.wordSet('add change edit amend alter rewrite update insert');
/** Records that can be changed after the event, besides the record nouns: notes, a file, the minutes. */
const AMENDABLE = new Set([...W.RECORD_NOUNS, 'note', 'file', 'minute', 'history', 'report', 'timeline']);
/** How a thing would seem: "look like", "seem as if", "appear as though". */
const SEEMING = W.wordSet('look seem appear');
const LIKE = new Set(['like', 'as', 'though']);

/**
 * "went back into the notes and added that she had refused, because I didn't want it to look like I'd
 * missed it": a record the speaker changed, with how it would look as the aim. A record is changed
 * to correct it or to complete it; changed for appearances, it is made to say what suits.
 */
export function amendedForLooks(c: Clauses): ConductAct[] {
  const { tokens } = c;
  if (!passes(tokens, AMENDING_CLASS) || !passes(tokens, SEEMING_LEMMA)) return [];
  const out: ConductAct[] = [];
  tokens.forEach((t, i) => {
    if (!verbish(tokens, i) || !inClass(AMENDING, t) || !speakerDoes(c, i)) return;
    const record = tokens.findIndex((x, k) => k >= i - 8 && k <= i + 8 && isNoun(x) && AMENDABLE.has(x.lemma));
    if (record < 0) return;
    // Seeming that someone did or did not do something ("look like I'd missed it", "as if we had"),
    // not a likeness of form ("look like the other sites' notes").
    const looks = ahead(
      tokens,
      i,
      25,
      (x, k) =>
        SEEMING.has(x.lemma) &&
        x.pos === 'VERB' &&
        LIKE.has(tokens[k + 1]?.lower ?? '') &&
        (tokens[k + 2]?.pos === 'PRON' || LIKE.has(tokens[k + 2]?.lower ?? '')),
    );
    // The aim, told before the seeming: "didn't want it to", "so it would", "so that it".
    const aimed = looks >= 0 && tokens.slice(i + 1, looks).some((x) => x.lemma === 'want' || x.lower === 'so');
    if (!aimed) return;
    // From the clause that names the record to the end of what was added, at the next punctuation.
    const stop = ahead(tokens, i, 30, (x) => x.pos === 'PUNCT');
    out.push({
      kind: 'misrecord',
      first: clauseSpan(c, Math.min(i, record)).first,
      last: stop < 0 ? tokens.length - 1 : stop - 1,
      certain: false,
    });
  });
  return out;
}

/** Checks, by their head noun. */
const CHECK_HEADS = W.wordSet('check test analysis inspection assessment reading');
/**
 * What makes a check one that protects people rather than the work: a gas or electrical safety
 * test, an allergy or identity check. A unit test or a proofread skipped is a lapse of craft.
 */
const PROTECTING = W.wordSet(
  'safety gas flue fire electrical earth insulation allergy allergen clinical identity id co carbon-monoxide leak',
);
/** Acts of carrying out a check, negated ("didn't do the test"), and of leaving one out ("skipped the test"). */
const CARRYING_OUT = W.wordSet('do run carry perform');
/** Reasons and purposes given for a check left out. */
const REASONS = new Set(['because', 'since', 'cause', 'bc', 'cos', 'coz', 'as']);

/**
 * "I didn't do the flue gas analysis, because it was getting dark", "skipped the allergy check to
 * get the tray out": the speaker's own check that protects people, left out with a reason given.
 * The reason tells it chosen; a belief ("because I thought it had been done") tells it a lapse.
 */
function protectiveCheckSkipped(c: Clauses): ConductAct[] {
  const { tokens } = c;
  // Sound: a check named by its head with a protective word, or a protected thing checked by a verb.
  const named = passes(tokens, PROTECTING_LOWER) && passes(tokens, CHECK_HEADS_LEMMA);
  const verbal = passes(tokens, GUARDED_LEMMA) && passes(tokens, CHECKING_LEMMA);
  if (!named && !verbal) return [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const act = t.pos === 'VERB' || t.pos === 'AUX';
    const left = (t.negated && act && CARRYING_OUT.has(t.lemma)) || (t.pos === 'VERB' && SKIP_MISS.has(t.lemma));
    // "didn't check her wristband", "never confirmed the allergies": the check told by its verb.
    const unchecked = verbal && t.negated && act && CHECKING.has(t.lemma);
    if (!left && !unchecked) continue;
    const ev = eventAt(c, i);
    const mine = t.negated ? (ev?.actor === 'self' || ev?.actor === 'group') && !ev.modal && !ev.counterfactual : speakerDoes(c, i);
    if (!mine) continue;
    const head = left
      ? ahead(tokens, i, 5, (x) => isNoun(x) && CHECK_HEADS.has(x.lemma))
      : ahead(tokens, i, 5, (x) => isNoun(x) && GUARDED.has(x.lemma));
    if (head < 0 || (left && !tokens.slice(i + 1, head).some((x) => PROTECTING.has(x.lower)))) continue;
    // A reason after the check, or a purpose ("to get the tray out").
    const why = ahead(tokens, head, 8, (x, k) => REASONS.has(x.lower) || (x.lower === 'to' && tokens[k + 1]?.pos === 'VERB'));
    if (why < 0) continue;
    if (c.events.some((e) => e.first > head && (e.actor === 'self' || e.actor === 'group') && !e.negated && BELIEVING.has(e.act ?? '')))
      continue;
    return [{ kind: 'bypass', ...clauseSpan(c, i, head), certain: false }];
  }
  return [];
}

/** Verbs of checking a thing: "checked her wristband", "confirmed the allergies". */
const CHECKING = W.wordSet('check verify confirm');
/** What is checked to keep a person safe: who they are, what they react to, what a job needs. */
const GUARDED = W.wordSet('wristband allergy allergies id identity permit licence license dob birth');

/** Acts that make equipment safe to work on: isolating it, locking it off, earthing it. */
const ISOLATING = W.wordSet('isolate lock tag earth ground');
/** The particle that makes "lock" and "tag" the safe-isolation act: "lock off", "tag out". */
const ISOLATED = new Set(['off', 'out']);
/** Beliefs the speaker acted on: "I thought it was dead", "assumed the breaker was off". */
const BELIEVING = W.wordSet(`${W.BELIEF} expect presume suppose`);

/**
 * "i didn't lock off at the supply, i knew the circuit": the speaker's own isolation of live
 * equipment left undone, and the sentence tells it was chosen (an act of knowing, deciding or
 * skipping of theirs, "anyway", or a saving aimed at). Left undone on a belief ("I thought the
 * breaker was off") it is a lapse, not a breach.
 */
function isolationSkipped(c: Clauses): ConductAct[] {
  const { tokens } = c;
  if (!passes(tokens, ISOLATING_LEMMA)) return [];
  const at = tokens.findIndex((t, i) => {
    if (!t.negated || t.pos !== 'VERB' || !ISOLATING.has(t.lemma)) return false;
    if ((t.lemma === 'lock' || t.lemma === 'tag') && !ISOLATED.has(tokens[i + 1]?.lower ?? '')) return false;
    const ev = eventAt(c, i);
    return (ev?.actor === 'self' || ev?.actor === 'group') && !ev.modal && !ev.counterfactual;
  });
  if (at < 0) return [];
  const mine = (e: ClauseEvent): boolean => (e.actor === 'self' || e.actor === 'group') && !e.negated;
  if (c.events.some((e) => mine(e) && BELIEVING.has(e.act ?? ''))) return [];
  const saving = tokens.some((x, k) => x.lower === 'to' && SAVING.has(tokens[k + 1]?.lemma ?? ''));
  const knowingly = saving || tokens.some((x) => ANYWAY.has(x.lower)) || c.events.some((e) => mine(e) && CHOOSING.has(e.act ?? ''));
  return knowingly ? [{ kind: 'bypass', ...clauseSpan(c, at, Math.min(at + 1, tokens.length - 1)), certain: false }] : [];
}

const SPLIT = new Set(['split']);

/** An order split to stay under an approval limit: "split the order …, which kept each under the threshold". */
function splitUnder(c: Clauses): ConductAct[] {
  const { tokens } = c;
  // Sound: the act needs "split" by its lemma.
  if (!passes(tokens, SPLIT_LEMMA)) return [];
  const split = tokens.findIndex((t, i) => t.lemma === 'split' && verbish(tokens, i) && speakerDoes(c, i));
  if (split < 0) return [];
  const under = ahead(tokens, split, 30, (t) => t.lower === 'under' || t.lower === 'below');
  const limit = under < 0 ? -1 : ahead(tokens, under, 3, (x) => x.lemma === 'threshold' || x.lemma === 'limit');
  return limit < 0 ? [] : [{ kind: 'bypass', first: clauseSpan(c, split).first, last: limit, certain: false }];
}

/** "Rather than go through the lockout, I just…": a safeguard declined in favour of the speaker's own act. */
function avoidedSafeguards(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  tokens.forEach((t, i) => {
    const opens = (t.lower === 'rather' && tokens[i + 1]?.lower === 'than') || (t.lower === 'instead' && tokens[i + 1]?.lower === 'of');
    if (!opens) return;
    const boundary = ahead(tokens, i + 1, 12, (x) => x.pos === 'PUNCT' || x.pos === 'CCONJ');
    const guard = safeguardAhead(tokens, i + 1, Math.min(6, boundary < 0 ? 6 : boundary - i - 1));
    // "instead of skipping the sign-off" declines the bypass, not the safeguard.
    if (guard < 0 || tokens.slice(i + 2, guard).some((x) => inClass(W.BYPASSING, x))) return;
    const acts = tokens.map((_x, k) => k).filter((k) => tokens[k]!.pos === 'VERB' && (k < i || k > guard + 1) && speakerDoes(c, k));
    if (acts.length === 0) return;
    const act = acts.find((k) => k > guard) ?? acts[acts.length - 1]!;
    out.push({ kind: 'bypass', first: Math.min(i, act), last: Math.max(clauseSpan(c, act).last, guard), certain: true });
  });
  return out;
}

const OMITTING = new Set(['keep', 'leave']);
const COVER = new Set(['cover']);
const UP = new Set(['up']);
const UNREPORTED = new Set(['report', 'log', 'record', 'declare']);
/** Verbs of writing a thing down, which report it when a record follows: "write it on the sheet", "put it in the log". */
const WRITTEN_ON = new Set(['write', 'put', 'enter', 'note', 'mark']);
/** Verbs of letting a thing pass that a checker would have refused: "would not have signed it off", "wouldn't have allowed it". */
/** Those whose work is to look at a record: what is kept off it so that they would not see it is hidden. */
const OVERSEERS = new Set(['inspector', 'auditor', 'regulator', 'assessor', 'examiner', 'inspection', 'audit']);
/** What an overseer does with a record: "the inspector sees it", "so the auditor wouldn't find it". */
const SEEING = new Set(['see', 'find', 'notice', 'spot', 'read', 'check', 'question', 'ask']);
const APPROVING = new Set(['sign', 'approve', 'allow', 'authorise', 'authorize', 'permit', 'accept', 'agree', 'sanction']);
const EVIDENCE = new Set([
  'run',
  'row',
  'point',
  'line',
  'case',
  'complaint',
  'incident',
  'error',
  'failure',
  'outlier',
  'result',
  'review',
]);

/** The object is data or a pronoun for it: "took them out", "deleted the failed runs". */
function dataObject(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.pos === 'PRON' && ['it', 'them', 'those', 'these'].includes(next.lower)) return true;
  const head = objectHead(tokens, i);
  if (head < 0) return false;
  const x = tokens[head]!;
  return nounIn(W.DATA_NOUNS, x) || nounIn(W.INFO_NOUNS, x) || nounIn(W.RECORD_NOUNS, x) || nounIn(EVIDENCE, x);
}
const OFF = new Set(['off', 'out']);

const OURS = new Set(['my', 'our']);
const SO = new Set(['so']);
/** Showing on a measure: "so it wouldn't show up against my targets". */
const SHOWING = new Set(['show', 'appear', 'register', 'count']);
/** Moving money or time on the books: the acts that can keep a cost off a measure. */
const BOOKING = new Set(['book', 'charge', 'code', 'post', 'allocate', 'bill', 'split', 'spread', 'move', 'put', 'record', 'log']);

/**
 * A cost booked so that it would not show against the speaker's own measure: "booked the $27,000
 * to the brand-awareness line so it wouldn't show up against my targets". The act before the "so"
 * moves money or time on the books (a fix done "so it wouldn't show up in our SLA figures" is a
 * fix), the purpose is negated, and the measure is the speaker's own ("my targets", "our budget").
 * How a story would look ("so it wouldn't look like we had…") says nothing of what was done.
 */
function keptOffOurMeasure(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  // Sound: the act needs "so", a verb of showing, and "my" or "our" before the measure.
  if (!passes(tokens, SO_LOWER) || !passes(tokens, SHOWING_LEMMA) || !passes(tokens, OURS_LOWER)) return out;
  tokens.forEach((t, k) => {
    if (t.lower !== 'so') return;
    const shows = ahead(tokens, k, 5, (x) => x.pos === 'VERB' && SHOWING.has(x.lemma));
    if (shows < 0 || !tokens.slice(k + 1, shows + 1).some((x) => x.negated || x.lemma === 'not' || x.lower === 'never')) return;
    const measure = ahead(
      tokens,
      shows,
      6,
      (x, j) => OURS.has(x.lower) && tokens[j + 1] !== undefined && isNoun(tokens[j + 1]!) && W.GAMED.has(tokens[j + 1]!.lemma),
    );
    if (measure < 0) return;
    for (let i = k - 1; i >= 0; i--) {
      if (tokens[i]!.pos !== 'VERB') continue;
      if (BOOKING.has(tokens[i]!.lemma) && speakerDoes(c, i))
        out.push({ kind: 'conceal', ...clauseSpan(c, i, measure + 1), certain: false });
      return;
    }
  });
  return out;
}

/** An object that says nothing was hidden: "to hide nothing from them". */
const NOTHING = new Set(['nothing', 'no', 'none']);
/** Acts that make a thing, whose infinitive tells what the thing is for: "wrote a rule to…", "built a filter to…". */
// biome-ignore format: a word list reads best packed
const MAKING = new Set(['write', 'build', 'create', 'make', 'design', 'draft', 'code', 'add', 'set', 'configure', 'develop', 'program', 'install', 'buy', 'order']);

/**
 * The infinitive at i is the aim of a clause the speaker acts in, done to a thing: "I moved some
 * pallets to hide the dent", not "I asked the porter to hide it" (a person does it) nor "the rule
 * to deny it" (no act of the speaker's). Whatever was hidden, hiding it was the point of the act.
 */
function aimOfOwnAct(c: Clauses, i: number): boolean {
  const { tokens } = c;
  if (tokens[i - 1]?.lower !== 'to' || tokens[i]!.negated || NOTHING.has(tokens[i + 1]?.lower ?? '')) return false;
  const event = eventAt(c, i);
  if (!event || (event.actor !== 'self' && event.actor !== 'group') || event.negated || event.modal || event.conditional) return false;
  const between = tokens.slice(event.first, i - 1);
  if (between.some((x) => x.pos === 'PROPN' || (x.pos === 'NOUN' && personRole(x.lemma)))) return false;
  // The thing the act moved comes between: "moved some pallets", "turned the camera". A thing
  // made is another matter: "wrote the rule to hide the test pages" says what the rule was for.
  const verb = between.findIndex((x) => x.pos === 'VERB');
  if (verb < 0 || MAKING.has(between[verb]!.lemma)) return false;
  return between.slice(verb + 1).some((x) => x.pos === 'NOUN' || x.lower === 'it');
}

/** A thing coming to notice ("so it wouldn't show"), and everyone noticing it ("so nobody would notice"). */
const SHOWN = new Set(['show', 'appear', 'register']);
const NOTICING = new Set(['notice', 'see', 'spot']);
const ITSELF = new Set(['it', 'they', 'this', 'that']);
const NOBODY = new Set(['nobody', 'noone']);
const WOULD = new Set(['would', "'d", 'could', 'will', 'wo', 'ca', 'can']);

/**
 * The first act of the speaker's, done and not a mend, in a clause that starts before token `k`. A
 * function of its own: a closure over the loop's `k` would have V8 allocate it afresh for every word.
 */
function actBefore(events: readonly ClauseEvent[], k: number): ClauseEvent | undefined {
  return events.find(
    (e) =>
      e.actor === 'self' &&
      e.first < k &&
      !e.negated &&
      !e.modal &&
      !e.conditional &&
      e.act !== null &&
      !UNDERGOING.has(e.act) &&
      !mends(e.act),
  );
}

/**
 * "pulled the tacho card for a bit so it wouldn't show", "re-sorted the log so nobody would
 * notice": the speaker's own act, done so that something would not be seen. Whatever the act, the
 * purpose makes it concealment. The span from the act to the verb of being seen, or null.
 */
function keptFromView(c: Clauses): { first: number; last: number } | null {
  const { tokens, events } = c;
  // Sound: the purpose opens with "so".
  if (!passes(tokens, SO_LOWER)) return null;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (tokens[k]!.lower !== 'so') continue;
    const act = actBefore(events, k);
    if (!act) continue;
    // "so it wouldn't show": the thing itself kept from showing; "so nobody would notice": everyone
    // kept from noticing. Not someone named kept from seeing something ("so the client would not
    // see the draft before it was ready"), which is often only timing.
    let s = k + 1;
    if (tokens[s]?.lower === 'that') s++;
    const subject = tokens[s]?.lower ?? '';
    const views = ITSELF.has(subject) ? SHOWN : NOBODY.has(subject) ? NOTICING : null;
    if (!views) continue;
    for (let v = s + 1; v < Math.min(tokens.length, s + 5); v++) {
      const t = tokens[v]!;
      if (t.pos === 'PUNCT') break;
      if (!views.has(t.lemma) || !t.negated) continue;
      const modal = tokens.slice(s + 1, v).some((x) => WOULD.has(x.lower));
      // "so the error wouldn't show again": a failure kept from coming back is the fix, not a cover;
      // "so nobody would find out from someone else" is the speaker telling first.
      const after = tokens.slice(v + 1, v + 6);
      if (modal && !after.some((x) => RECURRING.has(x.lower) || x.lower === 'from' || x.lower === 'until' || x.lower === 'before'))
        return { first: act.first, last: v };
    }
  }
  return null;
}
/** Acts that mend: what they keep from showing is the failure itself. */
const MENDING = new Set(['fix', 'correct', 'repair', 'patch', 'resolve', 'solve', 'prevent']);
/** A mending act, by its lemma or, where the lexicon kept the inflected form ("fixed"), by its stem. */
function mends(act: string): boolean {
  return MENDING.has(act) || (act.endsWith('d') && (MENDING.has(act.slice(0, -1)) || MENDING.has(act.slice(0, -2))));
}
/** Words that tell a failure kept from coming back, not kept from view. */
const RECURRING = new Set(['again', 'future', 'anymore', 'twice', 'next']);
/** What the speaker underwent or thought, not did: no act that could hide anything. */
const UNDERGOING = new Set(['be', 'have', 'feel', 'think', 'know', 'want', 'hope', 'need', 'get', 'seem']);

/** Where a thing is kept so nobody hears of it: "quiet", "between us", "to ourselves", "under wraps". */
const HUSHED = new Set(['quiet', 'hush', 'schtum', 'shtum', 'secret']);
const AMONG_US = new Set(['us', 'ourselves', 'the', 'you', 'me']);
/** Acts by which the speaker ends a silence: "then I reported it", "I told the manager". */
const REPORTING = new Set(['report', 'tell', 'inform', 'ring', 'call', 'raise', 'flag', 'escalate', 'confess', 'admit']);
/** What the speaker only weighed: "I could have kept it quiet", "was tempted to keep it between us". */
const WEIGHED = new Set(['tempt', 'want', 'think', 'consider', 'wish', 'hope']);

/**
 * "So we kept it between the two of us", "I kept it quiet", "told the lads to keep it to
 * themselves", "swept it under the carpet": the failure kept from anyone who should hear of it, in
 * the idioms of hushing. Not weighed only ("I could have kept it quiet", "I was tempted to…"),
 * denied ("we didn't keep it quiet"), or a state kept ("kept the room quiet").
 */
export function hushedUp(c: Clauses): ConductAct[] {
  const { tokens } = c;
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if ((t.lemma !== 'keep' && t.lemma !== 'sweep') || t.pos !== 'VERB' || t.negated) continue;
    const event = eventAt(c, i);
    if (!event || event.modal || event.negated || event.conditional) continue;
    if (tokens.slice(Math.max(0, i - 4), i).some((x) => WEIGHED.has(x.lemma))) continue;
    // "kept it between us for an hour until the manager arrived, and then I reported it": a silence the speaker
    // ended by telling, not one kept. Ended by being found out ("until the audit found it"), it was kept.
    if (tokens.slice(i + 2).some((x, k) => REPORTING.has(x.lemma) && !x.negated && speakerDoes(c, i + 2 + k))) continue;
    // The speaker's side keeps it, or is told to by the speaker: "I told the drivers to keep it between us".
    // The subject may be the speaker's side counted: "the two of us kept it quiet".
    const counted = tokens.slice(event.first, i).some((x) => x.lower === 'us' || x.lower === 'we');
    const ours =
      event.actor === 'self' ||
      event.actor === 'group' ||
      counted ||
      tokens.slice(0, i).some((x, k) => speakerDoes(c, k) && x.lemma === 'tell');
    if (!ours) continue;
    const it = tokens[i + 1]!;
    if (!(it.lower === 'it' || it.lower === 'this' || it.lower === 'that' || it.lower === 'things')) continue;
    const where = tokens[i + 2]!;
    const next = tokens[i + 3]?.lower ?? '';
    const hushed =
      t.lemma === 'sweep'
        ? where.lower === 'under' && (tokens[i + 4]?.lemma === 'carpet' || tokens[i + 4]?.lemma === 'rug')
        : HUSHED.has(where.lower) ||
          (where.lower === 'between' && AMONG_US.has(next)) ||
          (where.lower === 'to' && (next === 'ourselves' || next === 'myself' || next === 'themselves')) ||
          (where.lower === 'under' && (next === 'wraps' || (next === 'the' && tokens[i + 4]?.lower === 'radar')));
    if (hushed) return [{ kind: 'conceal', ...clauseSpan(c, i, Math.min(tokens.length - 1, i + 4)), certain: false }];
  }
  return [];
}

/** What a record of a failure is called: "the incident report", "a near-miss form", "the accident book". */
const INCIDENTS = new Set(['incident', 'accident', 'near-miss', 'miss', 'error', 'deviation', 'datix', 'complaint']);

/**
 * The record filled in at `i` is one of the failure itself, the speaker's own report of it: "filled
 * in the incident report that night, before anyone asked". Made first, it is coming clean, not a
 * record kept out of sight.
 */
function ownIncident(tokens: readonly Token[], i: number): boolean {
  return tokens
    .slice(i + 1, i + 6)
    .some((x, k, near) => (INCIDENTS.has(x.lemma) || INCIDENTS.has(x.lower)) && INCIDENT_RECORDS.has(near[k + 1]?.lemma ?? ''));
}
/** What the report of an incident is written on: "the incident report", "a near-miss form", "the accident book". */
const INCIDENT_RECORDS = new Set(['report', 'form', 'book', 'log', 'record', 'sheet']);

/** Data removed and not told: "dropped the odd rows from the table … and said nothing"; a cost booked so it would not show. */
export function concealments(c: Clauses): ConductAct[] {
  const { tokens, events } = c;
  const out: ConductAct[] = [...keptOffOurMeasure(c), ...hushedUp(c)];
  // Whether the speaker kept quiet about it: asked only of a verb of removing below, and once.
  let keptQuiet: boolean | undefined;
  const quiet = (): boolean =>
    (keptQuiet ??=
      events.some((e) => e.actor === 'self' && e.negated && !e.modal && e.act !== null && W.TELLING.has(e.act)) ||
      // "without marking it anywhere": the tagger may read the gerund as a noun with its own lemma.
      tokens.some((t, k) => t.lower === 'without' && tokens[k + 1] !== undefined && inClass(W.TELLING, tokens[k + 1]!)));
  // "we didn't report the near miss because the site was going for a safety award".
  // Sound: the act is a verb of reporting (UNREPORTED, by lemma), negated.
  // "I did not write it on the job sheet": a verb of writing with a record after it is one of reporting.
  const reporting = (t: Token, k: number): boolean =>
    UNREPORTED.has(t.lemma) || (WRITTEN_ON.has(t.lemma) && ahead(tokens, k, 5, (x) => nounIn(W.RECORD_NOUNS, x)) >= 0);
  const unreported = !(passes(tokens, UNREPORTED_LEMMA) || passes(tokens, WRITTEN_ON_LEMMA))
    ? -1
    : tokens.findIndex(
        (t, k) => reporting(t, k) && t.negated && tokens.slice(Math.max(0, k - 4), k).some((x) => x.lower === 'i' || x.lower === 'we'),
      );
  if (unreported >= 0) {
    const reason = ahead(tokens, unreported, 8, (x) => x.lower === 'because' || x.lower === 'so');
    const stake =
      reason < 0
        ? -1
        : ahead(tokens, reason, 10, (x) => isNoun(x) && (W.GAMED.has(x.lemma) || x.lemma === 'award' || x.lemma === 'rating'));
    // "I did not record it on the sheet, because I knew my manager would not have signed it off":
    // kept off the record because whoever checks it would have refused it.
    const refused =
      reason < 0 || stake >= 0 ? -1 : ahead(tokens, reason, 10, (x) => x.negated && x.pos === 'VERB' && APPROVING.has(x.lemma));
    const wouldHave = refused >= 0 && tokens.slice(reason, refused).some((x) => WOULD.has(x.lower));
    // "I didn't write it in the log, because if you write it, the inspector sees it": kept off the
    // record so that whoever oversees it would not see it.
    const overseer = reason < 0 || stake >= 0 || wouldHave ? -1 : ahead(tokens, reason, 10, (x) => isNoun(x) && OVERSEERS.has(x.lemma));
    const seen = overseer < 0 ? -1 : ahead(tokens, overseer, 4, (x) => x.pos === 'VERB' && SEEING.has(x.lemma));
    if (stake >= 0) out.push({ kind: 'conceal', ...clauseSpan(c, unreported, stake), certain: false });
    else if (wouldHave) out.push({ kind: 'conceal', ...clauseSpan(c, unreported, refused), certain: false });
    else if (seen >= 0) out.push({ kind: 'conceal', ...clauseSpan(c, unreported, seen), certain: false });
  }
  const unseen = keptFromView(c);
  if (unseen) out.push({ kind: 'conceal', ...unseen, certain: false });
  // Sound: each act below needs a verb of hiding, "cover up", keeping or leaving "off" or "out", or a verb of removing.
  const live =
    passes(tokens, HIDING_CLASS) ||
    (passes(tokens, COVER_LEMMA) && passes(tokens, UP_LOWER)) ||
    (passes(tokens, OMITTING_LEMMA) && passes(tokens, OFF_LOWER)) ||
    passes(tokens, REMOVING_CLASS);
  if (live)
    tokens.forEach((t, i) => {
      if (t.pos !== 'VERB') return;
      // "moved some pallets to hide the dent": hiding as the aim of the speaker's own act.
      if (inClass(W.HIDING, t) && aimOfOwnAct(c, i)) {
        out.push({ kind: 'conceal', ...clauseSpan(c, i), certain: false });
        return;
      }
      if (!speakerDoes(c, i)) return;
      if (inClass(W.HIDING, t) || (t.lemma === 'cover' && tokens[i + 1]?.lower === 'up')) {
        // "I was hiding in the research", "hid behind the process": the speaker taking cover in
        // something, with nothing hidden from anyone; a way of avoiding the work, not a concealment.
        if (inClass(W.HIDING, t) && SHELTERS.has(tokens[i + 1]?.lower ?? '')) return;
        // "I hid the field inside an accordion": a thing placed out of sight on a screen, a choice
        // of design that users paid for, not a fact kept from anyone.
        if (inClass(W.HIDING, t) && placedInInterface(tokens, i)) return;
        const object = tokens.slice(i + 1, i + 5).find((x) => isNoun(x));
        if (!object || !W.FEELINGS.has(object.lemma)) out.push({ kind: 'conceal', ...clauseSpan(c, i), certain: false });
        return;
      }
      // "kept the near miss off the log so the site wouldn't lose its bonus".
      const offRecord =
        OMITTING.has(t.lemma) &&
        ahead(
          tokens,
          i,
          8,
          (x, k) => OFF.has(x.lower) && ahead(tokens, k, 4, (y) => nounIn(W.RECORD_NOUNS, y) || y.lemma === 'report') >= 0,
        ) >= 0;
      if (offRecord && gamingAfter(tokens, i)) {
        out.push({ kind: 'conceal', ...clauseSpan(c, i), certain: false });
        return;
      }
      if (!inClass(W.REMOVING, t) || !(quiet() || gamingAfter(tokens, i)) || !dataObject(tokens, i)) return;
      if (t.lemma === 'take' && ahead(tokens, i, 3, (x) => x.lower === 'out') < 0) return;
      out.push({ kind: 'conceal', ...clauseSpan(c, i), certain: false });
    });
  return out;
}

/** Where a person takes cover, told right after "hide": "hiding in the research", "behind the process". */
const SHELTERS = new Set(['in', 'behind', 'inside', 'within', 'away']);

/** The parts of a screen that a design can tuck a thing into: not a page or a footnote of a document, where a fact is hidden. */
// biome-ignore format: a word list reads best packed
const INTERFACE_PLACES = new Set([
  'menu', 'submenu', 'accordion', 'tab', 'dropdown', 'drop-down', 'sidebar', 'settings', 'toggle', 'modal', 'popup', 'pop-up',
]);
/** What the speaker made sure someone would not do: "so the auditor would not see it", "so nobody noticed". */
const SEEING_AIMS = new Set(['see', 'notice', 'find', 'spot', 'know']);

/**
 * "hid it inside an accordion", "hidden under a settings tab": in, inside, under or behind, then a
 * place of INTERFACE_PLACES, with no aim of keeping it from someone's sight after it ("so the
 * manager would not find it").
 */
function placedInInterface(tokens: readonly Token[], i: number): boolean {
  const into = ahead(tokens, i, 6, (x) => SHELTERS.has(x.lower) || x.lower === 'under');
  if (into < 0 || ahead(tokens, into, 4, (x) => isNoun(x) && INTERFACE_PLACES.has(x.lower)) < 0) return false;
  return !tokens
    .slice(into)
    .some(
      (x, k, rest) =>
        (x.lower === 'so' || x.lower === 'from') && rest.slice(k + 1, k + 8).some((y) => SEEING_AIMS.has(y.lemma) || personRole(y.lemma)),
    );
}

/** The gates read above, each numbered once at load (see the gates in red-flag-grammar.ts). */
const ALARM_LEMMA = gate(ALARM, 'lemma');
const CHECK_NOUNS_LEMMA = gate(CHECK_NOUNS, 'lemma');
const DONE_ACTS_LEMMA = gate(W.DONE_ACTS, 'lemma');
const COUNT_LEMMA = gate(new Set(['count']), 'lemma');
const NOT_DONE_CUES_LOWER = gate(NOT_DONE_CUES, 'lower');
const SKIP_MISS_LEMMA = gate(SKIP_MISS, 'lemma');
const UNREPORTED_LEMMA = gate(UNREPORTED, 'lemma');
const WRITTEN_ON_LEMMA = gate(WRITTEN_ON, 'lemma');
const BYPASSING_CLASS = gate(W.BYPASSING, 'class');
const COVER_LEMMA = gate(COVER, 'lemma');
const DATE_LEMMA = gate(DATE, 'lemma');
const DEFEATING_CLASS = gate(DEFEATING, 'class');
const FABRICATE_CLASS = gate(W.FABRICATE, 'class');
const FALSIFY_CLASS = gate(W.FALSIFY, 'class');
const FILLING_LEMMA = gate(FILLING, 'lemma');
const GAPS_LOWER = gate(GAPS, 'lower');
const HIDING_CLASS = gate(W.HIDING, 'class');
const LIMIT_LEMMA = gate(LIMIT, 'lemma');
const PROTECTING_LOWER = gate(PROTECTING, 'lower');
const GUARDED_LEMMA = gate(GUARDED, 'lemma');
const CHECKING_LEMMA = gate(CHECKING, 'lemma');
const CHECK_HEADS_LEMMA = gate(CHECK_HEADS, 'lemma');
const AMENDING_CLASS = gate(AMENDING, 'class');
const SEEMING_LEMMA = gate(SEEMING, 'lemma');
const ISOLATING_LEMMA = gate(ISOLATING, 'lemma');
const MAKING_SAFE_LOWER = gate(MAKING_SAFE, 'lower');
const MOVING_CLASS = gate(W.MOVING, 'class');
const OFF_LOWER = gate(OFF, 'lower');
const OFF_VERBS_LEMMA = gate(OFF_VERBS, 'lemma');
const OFF_WORD_LOWER = gate(OFF_WORD, 'lower');
const OMITTING_LEMMA = gate(OMITTING, 'lemma');
const OURS_LOWER = gate(OURS, 'lower');
const OVERRIDES_LOWER = gate(OVERRIDES, 'lower');
const SAVING_LEMMA = gate(SAVING, 'lemma');
const PROTECTIONS_LOWER = gate(PROTECTIONS, 'lower');
const OVERRIDING_CLASS = gate(OVERRIDING, 'class');
const OVER_LOWER = gate(OVER, 'lower');
const PLACE_WORDS_LOWER = gate(PLACE_WORDS, 'lower');
const RATHER_LOWER = gate(RATHER, 'lower');
const RECORDING_CLASS = gate(W.RECORDING, 'class');
const RECORD_CUES_LOWER = gate(RECORD_CUES, 'lower');
const DATED_LOWER = gate(new Set(['dated', 'earlier']), 'lower');
const INSTRUCTING_LEMMA = gate(INSTRUCTING, 'lemma');
const SKIPPING_LEMMA = gate(SKIPPING, 'lemma');
const RELATIONS_NOUN = gate(W.RELATIONS, 'noun');
const REMOVING_CLASS = gate(W.REMOVING, 'class');
const SAFEGUARDS_WORD = gate(W.SAFEGUARDS, 'word');
const SAFEGUARD_KINDS_LOWER = gate(W.SAFEGUARD_KINDS, 'lower');
const SHOWING_LEMMA = gate(SHOWING, 'lemma');
const SO_LOWER = gate(SO, 'lower');
const SPLIT_LEMMA = gate(SPLIT, 'lemma');
const UP_LOWER = gate(UP, 'lower');
const USING_CLASS = gate(USING, 'class');
const WITHOUT_LOWER = gate(WITHOUT, 'lower');
const WITH_LOWER = gate(WITH, 'lower');

/** Marks of access that only their holder may use: handed on, they open the system to whoever holds them. */
const CREDENTIALS = new Set(['password', 'passwords', 'login', 'logins', 'credentials', 'passcode', 'passphrase']);
/** Verbs of handing a thing on, and the chat and mail verbs people type ("whatsapp'd", "texted"). */
// biome-ignore format: a word list reads best packed
const HANDING_ON = new Set([
  'send', 'give', 'share', 'text', 'email', 'e-mail', 'forward', 'message', 'whatsapp', 'post', 'pass', 'dm', 'slack', 'read',
]);
/** Whose access it was: the speaker's own or their organisation's ("our root login"), or one that opens everything. */
const ACCESS_HELD = new Set(['my', 'our', 'root', 'admin', 'administrator', 'master', 'shared', 'team', 'system', 'server']);

/**
 * "i whatsapp'd the vendor our root login so they could install the cert", "I texted him my
 * password": the speaker's own or the organisation's access handed to someone else. Not a login
 * made for its new holder ("sent the new starter her login"), nor one withheld ("never shared it").
 */
export function credentialsHandedOn(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  if (!tokens.some((t) => CREDENTIALS.has(t.lower))) return out;
  tokens.forEach((t, i) => {
    // A chat verb the tagger reads as a name ("whatsapp" before "'d"), or any verb of handing on.
    const typed = HANDING_ON.has(t.lower) && (tokens[i + 1]?.lower === "'d" || tokens[i + 1]?.lower === 'd');
    // "texted", "messaged": a past the lexicon keeps unlemmatised is read by its stem (inClass).
    if ((t.pos !== 'VERB' && !typed) || !(typed || inClass(HANDING_ON, t)) || t.negated) return;
    if (!typed && !speakerDoes(c, i)) return;
    if (typed && tokens[i - 1]?.lower !== 'i' && tokens[i - 1]?.lower !== 'we') return;
    const access = ahead(tokens, i, 8, (x) => CREDENTIALS.has(x.lower));
    // Within the act's own words: no stop and no verb of another clause ("the hosting guy" has a gerund, no clause).
    if (access < 0 || tokens.slice(i + 1, access).some((x) => x.pos === 'PUNCT' || (x.pos === 'VERB' && !x.lower.endsWith('ing')))) return;
    if (!tokens.slice(Math.max(i + 1, access - 3), access).some((x) => ACCESS_HELD.has(x.lower))) return;
    out.push({ kind: 'exfiltrate', ...clauseSpan(c, i, access), certain: false });
  });
  return out;
}
