/**
 * The conduct model's readings of what the speaker kept back or turned away (see red-flag-acts.ts):
 *
 * - silence with a motive: "didn't tell anyone and hoped nobody would notice", "kept the near
 *   miss to myself because I didn't want to lose the bonus", "never declared the second job";
 * - only the results that suited: "only reported the runs that passed", "left the bad survey
 *   results out of the board report";
 * - blame turned on someone else, or a denial: "let the intern take the blame", "blamed the new
 *   starter though it was me", "denied it", "said it wasn't me".
 *
 * Silence that ends ("at first, but the next morning I told my manager") is not concealment.
 */
import type { Token } from '../../nlp/analyse.js';
import * as W from './red-flag-words.js';
import { SECRETLY } from '../../judge/frames.js';
import {
  ahead,
  clauseSpan,
  eventAt,
  gate,
  inClass,
  isNoun,
  nounIn,
  passes,
  speakerDoes,
  type Clauses,
  type ConductAct,
} from './red-flag-grammar.js';

/** Keeping quiet: "kept it to myself", "kept quiet about it", "sat on it". */
function keptQuiet(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lemma === 'keep' || t.lemma === 'stay')
    return (
      ahead(
        tokens,
        i,
        5,
        (x, k) =>
          x.lower === 'quiet' ||
          x.lower === 'silent' ||
          (x.lower === 'myself' && tokens[k - 1]?.lower === 'to') ||
          // "kept it between us", "between ourselves".
          ((x.lower === 'us' || x.lower === 'ourselves') && tokens[k - 1]?.lower === 'between'),
      ) >= 0
    );
  return false;
}

/** A motive for the silence: not to be noticed, or something the speaker stood to lose. */
const STAKES = W.wordSet('bonus target trouble job blame rating award promotion reputation commission review hassle fuss paperwork');

/** Whose record: "my record", "his record", "either of our records". */
const OWNERS = new Set(['my', 'his', 'her', 'our', 'their', 'your', "anyone's", "someone's"]);

/** "…so it wouldn't go on my record", "…so it stayed off either of our records": a person's record kept clean. */
function recordKeptClean(tokens: readonly Token[], from: number): number {
  return ahead(tokens, from, 24, (x, k) => {
    if (x.lemma !== 'record' || !isNoun(x)) return false;
    let off = false;
    let why = false;
    for (let j = from; j < k; j++) {
      const y = tokens[j]!;
      // Kept off it: "wouldn't go on", "never went on", "to keep it off", "stayed clean".
      off ||= y.negated || y.lower === 'off' || y.lower === 'clean' || y.lower === 'never';
      why ||= y.lower === 'so' || y.lower === 'because' || (y.lower === 'to' && tokens[j + 1]?.lemma === 'keep');
    }
    if (!off || !why) return false;
    // Whose: "my record", "either of our records", or "the (incident) record" once the keeping off is said.
    const before = tokens[k - 1]?.lower ?? '';
    return OWNERS.has(before) || before === 'the' || before === 'any' || tokens[k - 2]?.lower === 'the';
  });
}

function motive(tokens: readonly Token[], from: number): number {
  const kept = recordKeptClean(tokens, from);
  if (kept >= 0) return kept;
  // "because the pharmacist would have been pulled into it": what telling would have brought on someone, the reason for not telling.
  const because = ahead(tokens, from, 8, (x) => x.lower === 'because');
  const brought =
    because < 0
      ? -1
      : ahead(
          tokens,
          because,
          8,
          (x, k) =>
            (x.lower === 'have' || x.lower === "'ve") &&
            WOULD_FORMS.has(tokens[k - 1]?.lower ?? '') &&
            tokens[k + 1]?.lower === 'been' &&
            // Done to them ("pulled into it", "blamed"), not a state ("asleep") or what they would have been doing.
            tokens[k + 2]?.pos === 'VERB' &&
            !tokens[k + 2]!.lower.endsWith('ing'),
        );
  if (brought >= 0) return brought + 2;
  return ahead(tokens, from, 14, (x, k) => {
    if (
      isNoun(x) &&
      STAKES.has(x.lemma) &&
      tokens.slice(from, k).some((y) => ['because', 'so', 'as', 'want', 'lose', 'avoid', 'cost'].includes(y.lemma))
    )
      return true;
    // "hoped nobody would notice", "so no one found out".
    const nobody = x.lower === 'nobody' || (x.lower === 'one' && tokens[k - 1]?.lower === 'no') || x.lower === 'anyone';
    return nobody && ahead(tokens, k, 4, (y, j) => W.NOTICE.has(y.lemma) || (y.lemma === 'find' && tokens[j + 1]?.lower === 'out')) >= 0;
  });
}

const WOULD_FORMS = new Set(['would', "'d"]);

/** Choices told before an entry kept off a record: "decided", "chose", "opted". */
const CHOSE = W.wordSet('decide choose opt');

/**
 * The silence at `i` ended in its own clause: a word of ending from the clause's start to the next
 * punctuation ("at first", "until the manager arrived"). "we couldn't get a delivery till Monday"
 * later in the sentence ends no silence.
 */
function endedAround(c: Clauses, i: number): boolean {
  const { tokens } = c;
  const from = eventAt(c, i)?.first ?? i;
  const stop = ahead(tokens, i, 40, (x) => x.pos === 'PUNCT');
  const to = stop < 0 ? tokens.length : stop;
  return tokens.slice(from, to).some((x) => ENDED.has(x.lower));
}

/** Reports a silence can be chosen over: "rather than log it", "instead of reporting it". */
const UNREPORTED_ACTS = W.wordSet('log report record declare escalate flag raise');

/** Silence that ended: "at first", "until the next day", "but then I told". */
const ENDED = W.wordSet('first until till later eventually soon quickly');

/** What the readings below ask of a whole sentence, read once per sentence: asked of every verb, a long sentence would cost its length squared. */
interface SentenceFacts {
  /** A word that ends a silence (ENDED) anywhere in the sentence. */
  readonly ended: boolean;
  /** The index of the first word done unseen ("quietly", SECRETLY), or the sentence's length. */
  readonly secretlyAt: number;
  /** A sequel to a silence: a word done unseen, a hope, or a stake the speaker stood to lose. */
  readonly sequel: boolean;
  /** "let it go", "let it through". */
  readonly letThrough: boolean;
}

/** "I" or "we" before token `i`. */
function speakerBefore(tokens: readonly Token[], i: number): boolean {
  const at = tokens.findIndex((x) => x.lower === 'i' || x.lower === 'we');
  return at >= 0 && at < i;
}

/** A performance cache, not state: each sentence's facts, by its tokens. */
const factsOf = new WeakMap<readonly Token[], SentenceFacts>();

function factsAbout(tokens: readonly Token[]): SentenceFacts {
  let facts = factsOf.get(tokens);
  if (!facts) {
    const secretly = tokens.findIndex((x) => SECRETLY.has(x.lower));
    facts = {
      ended: tokens.some((x) => ENDED.has(x.lower)),
      secretlyAt: secretly < 0 ? tokens.length : secretly,
      sequel: secretly >= 0 || tokens.some((x) => x.lemma === 'hope' || (isNoun(x) && STAKES.has(x.lemma))),
      letThrough: tokens.some((x) => x.lemma === 'let' || x.lower === 'through'),
    };
    factsOf.set(tokens, facts);
  }
  return facts;
}

/** Putting an entry on a record: "put it in the log", "wrote the reading on the sheet". */
const INTO = new Set(['in', 'on', 'into']);
const ENTERING = W.wordSet('put write enter log record note');

/**
 * "didn't put it in the log", "never wrote the reading on the sheet": an entry the speaker kept off
 * a record (one named after "in", "on" or "into" within a few words). Like a telling withheld, it
 * is concealment only with a motive (silence below).
 */
function unentered(tokens: readonly Token[], i: number): boolean {
  if (!inClass(ENTERING, tokens[i]!)) return false;
  // "didn't put it through as an incident": the entry named by the kind of report it would have been.
  if (ahead(tokens, i, 5, (x, k) => x.lower === 'as' && ahead(tokens, k, 3, (y) => isNoun(y) && REPORT_KINDS.has(y.lemma)) >= 0) >= 0)
    return true;
  return (
    ahead(tokens, i, 6, (x, k) => isNoun(x) && nounIn(W.RECORD_NOUNS, x) && tokens.slice(i + 1, k).some((y) => INTO.has(y.lower))) >= 0
  );
}
/** "kept it out of the accident book", "left it off the log": an entry kept off a record, which is concealment only with a motive. */
function keptOffRecord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if ((t.lemma !== 'keep' && t.lemma !== 'leave') || t.pos !== 'VERB' || t.negated) return false;
  const off = ahead(tokens, i, 4, (x, k) => x.lower === 'off' || (x.lower === 'out' && tokens[k + 1]?.lower === 'of'));
  return off >= 0 && ahead(tokens, off, 5, (x) => isNoun(x) && nounIn(W.RECORD_NOUNS, x)) >= 0;
}

/** What an entry on a safety or quality system is filed as: "put it through as an incident", "logged as a near miss". */
const REPORT_KINDS = new Set(['incident', 'miss', 'accident', 'error', 'complaint', 'nonconformance', 'deviation']);
/** Fear, as a reason: "because I was scared", "as I was worried", "out of fear". */
const FEARS = new Set([
  'scared',
  'afraid',
  'frightened',
  'terrified',
  'worried',
  'panicked',
  'panicking',
  'nervous',
  'fear',
  'embarrassed',
  'ashamed',
]);
const REASONS = new Set(['because', 'as', 'cause', 'cos', 'coz', 'bc']);

/** A fear given as the reason after the act at `i`, within a few words of "because" (or "out of"): its index, or -1. */
function fearGiven(tokens: readonly Token[], i: number): number {
  // "out of fear", not the "out of" of "kept it out of the register".
  const outOf = ahead(tokens, i, 10, (x, k) => FEARS.has(x.lower) && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'out');
  if (outOf >= 0) return outOf;
  const reason = ahead(tokens, i, 10, (x) => REASONS.has(x.lower));
  return reason < 0 ? -1 : ahead(tokens, reason, 4, (x) => FEARS.has(x.lower));
}

/** "didn't tell anyone … hoped nobody would notice", "kept it to myself because of the bonus", "didn't declare the job". */
function silence(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  // "didn't log the incident": a telling verb the tagger read as a noun after "n't".
  const verb = t.pos === 'VERB' || (t.pos === 'NOUN' && tokens[i - 1]?.lemma === 'not');
  const untold = (t.negated && verb && (inClass(W.TELLING, t) || unentered(tokens, i))) || keptOffRecord(tokens, i);
  if (!untold && !keptQuiet(tokens, i)) return -1;
  if (factsAbout(tokens).ended && endedAround(c, i)) return -1;
  const why = motive(tokens, i);
  if (why >= 0) return why;
  // "didn't put the excursion in the log, because I was scared": an entry kept off a record for fear of what it would bring.
  if (unentered(tokens, i) || keptOffRecord(tokens, i)) {
    const feared = fearGiven(tokens, i);
    if (feared >= 0) return feared;
  }
  // "made the call to keep the stock and not write the temperature on the sheet": an entry kept off a record by choice.
  if (
    unentered(tokens, i) &&
    tokens.slice(0, i).some((x, k) => CHOSE.has(x.lemma) || (x.lemma === 'call' && tokens[k - 2]?.lemma === 'make'))
  )
    return i;
  // "kept it between us rather than log a near miss": the silence chosen over the report owed.
  const instead = ahead(
    tokens,
    i,
    8,
    (x, k) => (x.lower === 'than' && tokens[k - 1]?.lower === 'rather') || (x.lower === 'of' && tokens[k - 1]?.lower === 'instead'),
  );
  if (instead >= 0 && ahead(tokens, instead, 2, (x) => UNREPORTED_ACTS.has(x.lemma)) >= 0) return instead + 1;
  // "quietly fixed the figures and never mentioned it": the silence went with an act done unseen.
  if (untold && factsAbout(tokens).secretlyAt < i) return i;
  // "never declared the second job": a declaration owed and not made.
  if (untold && (t.lemma === 'declare' || t.lemma === 'disclose')) return ahead(tokens, i, 4, (x) => isNoun(x));
  return -1;
}

const REPORTING = W.wordSet('report present include show send share publish submit circulate');
/** Results: what a report can be selective about. */
const RESULTS = W.wordSet('run result figure number test data review sample reading score response survey finding case');
const BAD = W.wordSet('bad negative failed failing poor worst awkward unfavourable inconvenient');

/** "only reported the runs that passed", "left the bad results out of the report". */
function selective(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (inClass(REPORTING, t) && !t.negated) {
    const only = tokens[i - 1]?.lower === 'only' || tokens[i + 1]?.lower === 'only' || tokens[i + 2]?.lower === 'only';
    // "the runs": a results word the tagger read as a verb, after a determiner.
    const results = ahead(tokens, i, 6, (x, k) => nounIn(RESULTS, x) && (isNoun(x) || tokens[k - 1]?.pos === 'DET'));
    return only && results >= 0 ? results : -1;
  }
  if (t.lemma !== 'leave' && t.lemma !== 'keep' && t.lemma !== 'drop') return -1;
  const bad = ahead(tokens, i, 4, (x) => BAD.has(x.lower));
  if (bad < 0 || !nounIn(RESULTS, tokens[bad + 1] ?? t)) return -1;
  return ahead(tokens, bad, 6, (x, k) => x.lower === 'out' || (x.lower === 'off' && isNoun(tokens[k + 2] ?? x)));
}

/** "let the intern take the blame", "blamed the new starter though it was me", "denied it", "said it wasn't me". */
function blameTurned(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lemma === 'let')
    return ahead(
      tokens,
      i,
      6,
      (x, k) => x.lemma === 'blame' && tokens.slice(i, k).some((y) => ['take', 'carry', 'get', 'shoulder'].includes(y.lemma)),
    );
  if (t.lemma === 'blame' && t.pos === 'VERB' && !['myself', 'me'].includes(tokens[i + 1]?.lower ?? ''))
    return ahead(
      tokens,
      i,
      12,
      (x, k) => x.lower === 'me' && tokens[k - 1]?.lemma === 'be' && ['it', 'that'].includes(tokens[k - 2]?.lower ?? ''),
    );
  if (t.lemma === 'deny' && t.pos === 'VERB')
    return ['it', 'that', 'everything', 'having', 'doing'].includes(tokens[i + 1]?.lower ?? '') ? i + 1 : -1;
  if (t.lemma !== 'say' && t.lemma !== 'tell') return -1;
  return ahead(tokens, i, 6, (x, k) => x.lower === 'me' && tokens[k - 1]?.negated === true && tokens[k - 2]?.lemma === 'be');
}

/** People a fault is owed to: telling them nothing about it is keeping it back. */
const OWED = W.wordSet('client customer manager boss auditor regulator patient family board supervisor director inspector lead team');
const CHOOSING = W.wordSet('decide choose opt prefer easier better');

/** "said nothing", "never mentioned the failure to the client", "decided not to flag it": a silence chosen. */
function chosenSilence(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (!inClass(W.TELLING, t) && t.lemma !== 'bring') return -1;
  const facts = factsAbout(tokens);
  if (facts.ended) return -1;
  const nothing = ahead(tokens, i, 2, (x) => x.lower === 'nothing' || (x.lower === 'anything' && t.negated));
  // "decided it was easier not to mention it": the silence chosen.
  const chosen =
    tokens[i - 1]?.lower === 'to' &&
    tokens[i - 2]?.lower === 'not' &&
    tokens.slice(Math.max(0, i - 8), i - 2).some((x) => CHOOSING.has(x.lemma));
  const never =
    tokens[i - 1]?.lower === 'never' &&
    ahead(
      tokens,
      i,
      8,
      (x, k) => (OWED.has(x.lemma) && tokens[k - 2]?.lower === 'to') || (OWED.has(x.lemma) && tokens[k - 1]?.lower === 'to'),
    ) >= 0;
  if (!chosen && !never && nothing < 0) return -1;
  return chosen || never || facts.sequel || facts.letThrough ? Math.max(i, nothing) : -1;
}

/** A problem a report can leave out, and the reports it can be left out of. */
const PROBLEMS = W.wordSet('outage incident error failure delay complaint breach mistake problem issue defect miss near-miss');
const REPORTS = W.wordSet('report summary update deck email log minutes review slides dashboard record timeline notes');

/** "left the outage out of the monthly summary", "made sure the report didn't mention the outage". */
function leftOut(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lemma === 'leave' || t.lemma === 'keep') {
    const problem = ahead(tokens, i, 4, (x) => isNoun(x) && nounIn(PROBLEMS, x));
    const out = problem < 0 ? -1 : ahead(tokens, problem, 2, (x) => x.lower === 'out' || x.lower === 'off');
    return out < 0 ? -1 : ahead(tokens, out, 5, (x) => isNoun(x) && nounIn(REPORTS, x));
  }
  if (t.lemma !== 'make' || tokens[i + 1]?.lower !== 'sure') return -1;
  const silent = ahead(tokens, i + 1, 6, (x) => x.negated && (inClass(W.TELLING, x) || ['show', 'include', 'cover'].includes(x.lemma)));
  return silent < 0 ? -1 : ahead(tokens, silent, 4, (x) => isNoun(x) && nounIn(PROBLEMS, x));
}

const KEEPING = new Set(['keep', 'stay']);
const QUIET = new Set(['quiet', 'silent', 'myself', 'us', 'ourselves']);
const ONLY = new Set(['only']);
const LEAVING = new Set(['leave', 'keep', 'drop']);
const OMITTING = new Set(['leave', 'keep', 'make']);
const BLAMING = new Set(['blame', 'deny']);
const SAYING = new Set(['say', 'tell']);
const ME = new Set(['me']);
const BRING = new Set(['bring']);
const NOTHING = new Set(['nothing', 'anything', 'never']);
const NOT = new Set(['not']);

/**
 * Each reading with its gate: a test of the whole sentence that every act of the reading needs,
 * read off the reading above. A reading whose gate fails returns -1 at every token.
 */
const READINGS: readonly [ConductAct['kind'], (c: Clauses, i: number) => number, (t: readonly Token[]) => boolean][] = [
  // A telling verb negated, or "kept quiet", "stayed silent", "kept it to myself".
  // Or an entry kept off a record ("didn't put it in the log").
  [
    'conceal',
    silence,
    (t) =>
      t.some((x) => x.negated && (inClass(W.TELLING, x) || inClass(ENTERING, x))) ||
      (passes(t, KEEPING_LEMMA) && passes(t, QUIET_LOWER)) ||
      (passes(t, KEPT_OFF_LEMMA) && passes(t, OFF_OUT_LOWER)),
  ],
  // "only" with a verb of reporting, or a bad result left, kept or dropped.
  [
    'conceal',
    selective,
    (t) => (passes(t, REPORTING_CLASS) && passes(t, ONLY_LOWER)) || (passes(t, LEAVING_LEMMA) && passes(t, BAD_LOWER)),
  ],
  // A problem, left or kept out, or made sure of.
  ['conceal', leftOut, (t) => passes(t, OMITTING_LEMMA) && passes(t, PROBLEMS_NOUN)],
  // Blame or a denial, or "me" after a verb of saying.
  ['deceive', blameTurned, (t) => passes(t, BLAMING_LEMMA) || (passes(t, SAYING_LEMMA) && passes(t, ME_LOWER))],
];

/** A note that opens with the speaker's denial and no subject: "didn't log it", "never told anyone". */
function noteNegation(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  return first === 'never' || (tokens[0]?.lemma === 'do' && tokens[1]?.lemma === 'not');
}

/** Every act this module reads in one sentence. */
export function withheld(c: Clauses): ConductAct[] {
  const out: ConductAct[] = [];
  const { tokens } = c;
  // Only the readings whose gate passes are asked, in their order. A silence chosen needs a telling
  // verb (or "bring") and "nothing", "anything", "never", or "not" after a choice.
  const live = READINGS.filter((r) => r[2](tokens));
  const chosen =
    (passes(tokens, TELLING_CLASS) || passes(tokens, BRING_LEMMA)) &&
    (passes(tokens, NOTHING_LOWER) || (passes(tokens, NOT_LOWER) && passes(tokens, CHOOSING_LEMMA)));
  if (live.length === 0 && !chosen) return out;
  c.tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && !(t.pos === 'NOUN' && c.tokens[i - 1]?.lemma === 'not')) return;
    const ev = eventAt(c, i);
    // Silence is read from the speaker's own clause: "I didn't tell anyone" is negated, so speakerDoes cannot vouch for it.
    const actor = ev?.actor === 'self' || ev?.actor === 'group' || (ev?.actor === 'none' && noteNegation(c.tokens));
    const mine = actor && !ev?.modal && !ev?.counterfactual;
    const quiet = chosen ? chosenSilence(c, i) : -1;
    if (quiet >= 0 && (mine || speakerDoes(c, i) || speakerBefore(c.tokens, i))) {
      out.push({ kind: 'conceal', ...clauseSpan(c, i, quiet), certain: false });
      return;
    }
    for (const [kind, read] of live) {
      const end = read(c, i);
      if (end < 0 || !(read === silence ? mine : speakerDoes(c, i))) continue;
      out.push({ kind, ...clauseSpan(c, i, end), certain: false });
      return;
    }
  });
  return out;
}

/** The gates read above, each numbered once at load (see the gates in red-flag-grammar.ts). */
const BAD_LOWER = gate(BAD, 'lower');
const BLAMING_LEMMA = gate(BLAMING, 'lemma');
const BRING_LEMMA = gate(BRING, 'lemma');
const CHOOSING_LEMMA = gate(CHOOSING, 'lemma');
const KEEPING_LEMMA = gate(KEEPING, 'lemma');
const KEPT_OFF_LEMMA = gate(new Set(['keep', 'leave']), 'lemma');
const OFF_OUT_LOWER = gate(new Set(['off', 'out']), 'lower');
const LEAVING_LEMMA = gate(LEAVING, 'lemma');
const ME_LOWER = gate(ME, 'lower');
const NOTHING_LOWER = gate(NOTHING, 'lower');
const NOT_LOWER = gate(NOT, 'lower');
const OMITTING_LEMMA = gate(OMITTING, 'lemma');
const ONLY_LOWER = gate(ONLY, 'lower');
const PROBLEMS_NOUN = gate(PROBLEMS, 'noun');
const QUIET_LOWER = gate(QUIET, 'lower');
const REPORTING_CLASS = gate(REPORTING, 'class');
const SAYING_LEMMA = gate(SAYING, 'lemma');
const TELLING_CLASS = gate(W.TELLING, 'class');
