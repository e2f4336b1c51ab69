/**
 * The conduct model's readings of claims: a record or a word that says something was done, with
 * the sentence itself saying it was not ("told the family it had been given when it was still in
 * the trolley", "put the job down as finished before the engineer had been out"), and the other
 * ways a record is made false: signed for someone else, ticked in advance, a document that is
 * someone else's altered, data kept back, money that is the company's spent as one's own.
 */
import type { Token } from '../../nlp/analyse.js';
import * as W from './red-flag-words.js';
import {
  ahead,
  anyoneElseAt,
  clauseSpan,
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

/** Acts that make a claim: recording it, saying it, or making sure a record shows it. */
const CLAIMING = new Set([...W.RECORDING, ...W.ASSURING, 'make', 'ensure', 'tell', 'write']);
/** Markers of what was really so: "when it was still…", "but I hadn't…", "before she had been out". */
const REALLY = W.wordSet('when though although before while whereas');
const LATER = W.wordSet('later afterwards');
const NEXT_TIME = W.wordSet('week day shift morning night visit stop');
/** Documents that belong to someone else when another's name is on them: a doctor's note, a manager's sign-off. */
const DOCUMENTS = W.wordSet('note letter certificate prescription form record ticket receipt invoice payslip reference transcript report');
const RESPONSES = W.wordSet('response survey questionnaire answer feedback');
const COMPANY = W.wordSet('company work business corporate firm office');
const FUNDS = W.wordSet('card account money fund cash van vehicle car fuel budget float');
/** Requirements a person holds before doing a job: "before she had her card". */
const HELD = W.wordSet('card licence license ticket permit certificate training induction sign-off clearance');

/** A state or an act claimed as done: "as finished", "had been given", "I'd checked". */
function claimAfter(tokens: readonly Token[], i: number): number {
  return ahead(tokens, i, 10, (x, k) => {
    if (W.DONE_VALUES.has(x.lower)) return true;
    const prev = tokens[k - 1];
    const perfect = prev && prev.pos === 'AUX' && (prev.lemma === 'have' || prev.lemma === 'be' || prev.lower === "'d");
    return x.pos === 'VERB' && x.lower !== x.lemma && !x.lower.endsWith('ing') && perfect === true && !tokens[k - 1]!.negated;
  });
}

/** After the claim, the sentence says it was not so: a negated act, "still", or the work done later. */
function contradicted(tokens: readonly Token[], claim: number, later: boolean): number {
  const claimed = tokens[claim]!.lemma;
  return ahead(tokens, claim, 14, (x, k) => {
    if (later && LATER.has(x.lower)) return true;
    if (later && (x.lower === 'following' || x.lower === 'next') && NEXT_TIME.has(tokens[k + 1]?.lemma ?? '')) return true;
    // "but I hadn't", "but it wasn't given": the same act, denied.
    if (x.lower === 'but')
      return (
        ahead(
          tokens,
          k,
          5,
          (y, j) =>
            y.negated && (y.lemma === claimed || (y.pos === 'AUX' && (tokens[j + 1] === undefined || tokens[j + 1]!.pos === 'PUNCT'))),
        ) >= 0
      );
    if (!REALLY.has(x.lower)) return false;
    // "told them what I'd done, before anyone else had reported it": telling first, ahead of others, is coming clean.
    if (x.lower === 'before' && anyoneElseAt(tokens, k + 1)) return false;
    return (
      ahead(tokens, k, 5, (y, j) => {
        if (y.lower === 'still' || y.lower === 'yet') return true;
        if (
          y.negated &&
          (y.pos === 'VERB' || y.pos === 'AUX') &&
          (W.DONE_ACTS.has(y.lemma) || ['have', 'get', 'call', 'go'].includes(y.lemma))
        )
          return true;
        // "before the engineer had been out": not yet done when it was recorded.
        return (
          x.lower === 'before' && y.lemma === 'have' && y.pos === 'AUX' && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX')
        );
      }) >= 0
    );
  });
}

/**
 * "…as if I were a parent", "as though we were a new customer": the speaker playing a part to test
 * what others meet, not a record claiming what was done ("logged it as if I had checked it") nor
 * signed in someone's name ("as if I were the supervisor").
 */
function roleTaken(tokens: readonly Token[], at: number): boolean {
  const who = tokens[at]?.lower;
  // Anyone of a kind ("a parent", "a new customer"), not someone in particular: "as if I were the supervisor" signs as them.
  const anyone = tokens[at + 2]?.lower === 'a' || tokens[at + 2]?.lower === 'an';
  return (who === 'i' || who === 'we') && tokens[at + 1]?.lemma === 'be' && anyone;
}

/** A claim of work done, contradicted in the same sentence. */
function falseClaim(c: Clauses, i: number): ConductAct | null {
  const { tokens } = c;
  const t = tokens[i]!;
  if (!CLAIMING.has(t.lemma)) return null;
  if (t.lemma === 'make' && tokens[i + 1]?.lower !== 'sure') return null;
  const asIf = ahead(tokens, i, 8, (x, k) => x.lower === 'as' && (tokens[k + 1]?.lower === 'if' || tokens[k + 1]?.lower === 'though'));
  if (asIf >= 0 && inClass(W.RECORDING, t) && !roleTaken(tokens, asIf + 2))
    return { kind: 'misrecord', ...clauseSpan(c, i, asIf + 1), certain: false };
  const claim = claimAfter(tokens, i);
  // "entered the calibration as done and sorted it the following week": a record made ahead of the work.
  const recordedAsDone = inClass(W.RECORDING, t) && claim >= 0 && tokens[claim - 1]?.lower === 'as';
  const against = claim < 0 ? -1 : contradicted(tokens, claim, recordedAsDone);
  if (against < 0) return null;
  const kind = inClass(W.ASSURING, t) ? 'deceive' : 'misrecord';
  return { kind, ...clauseSpan(c, i, against), certain: false };
}

/** "signed the attendance sheet for my friend", "ticked the rota for the whole week in advance". */
function signedFor(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!W.CERTIFY.has(tokens[i]!.lemma)) return -1;
  const head = objectHead(tokens, i);
  if (head < 0 || (!nounIn(W.RECORD_NOUNS, tokens[head]!) && tokens[head]!.lemma !== 'rota' && tokens[head]!.lemma !== 'sheet')) return -1;
  const forWhom = tokens[head + 1]?.lower === 'for' ? tokens[head + 2] : undefined;
  const person =
    forWhom &&
    (forWhom.lower === 'my' || forWhom.lower === 'a') &&
    isNoun(tokens[head + 3] ?? forWhom) &&
    !NEXT_TIME.has(tokens[head + 3]?.lemma ?? '');
  if (person || (forWhom && ['him', 'her', 'them'].includes(forWhom.lower))) return head + 3;
  const advance = ahead(
    tokens,
    head,
    8,
    (x, k) =>
      (x.lower === 'advance' && tokens[k - 1]?.lower === 'in') || (x.lower === 'whole' && NEXT_TIME.has(tokens[k + 1]?.lemma ?? '')),
  );
  return advance;
}

const ALTERING_DOCS = W.wordSet('change alter edit amend adjust correct');
const SPENDING = W.wordSet('use put charge spend take borrow');

/** "changed the date on the doctor's note": someone else's document altered. */
function othersDocument(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!inClass(ALTERING_DOCS, tokens[i]!)) return -1;
  return ahead(tokens, i, 8, (x, k) => nounIn(DOCUMENTS, x) && ["'s", '’s'].includes(tokens[k - 1]?.lower ?? ''));
}

/** "kept the second set of results to myself", "held back the readings", "sat on the figures". */
function keptBack(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lemma !== 'keep' && t.lemma !== 'hold' && t.lemma !== 'sit') return -1;
  const data = ahead(tokens, i, 6, (x) => isNoun(x) && (nounIn(W.DATA_NOUNS, x) || nounIn(W.INFO_NOUNS, x)));
  if (data < 0) return -1;
  if ((t.lemma === 'hold' && tokens[i + 1]?.lower === 'back') || (t.lemma === 'sit' && tokens[i + 1]?.lower === 'on')) return data;
  if (t.lemma !== 'keep') return -1;
  return ahead(tokens, data, 6, (x, k) => (x.lower === 'myself' && tokens[k - 1]?.lower === 'to') || x.lower === 'quiet');
}

/** "used the company card for a personal flight". */
function companyMoney(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!inClass(SPENDING, tokens[i]!)) return -1;
  const funds = ahead(tokens, i, 5, (x, k) => nounIn(FUNDS, x) && COMPANY.has(tokens[k - 1]?.lower ?? ''));
  if (funds < 0) return -1;
  return ahead(
    tokens,
    funds,
    6,
    (x, k) =>
      (x.lower === 'personal' || x.lower === 'private' || (x.lower === 'own' && tokens[k - 1]?.lower === 'my')) &&
      tokens[k + 1] !== undefined,
  );
}

/** "let the new starter work on the live circuit before she had her card". */
function beforeHeld(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!LETTING.has(tokens[i]!.lemma)) return -1;
  const before = ahead(tokens, i, 14, (x) => x.lower === 'before');
  if (before < 0) return -1;
  return ahead(
    tokens,
    before,
    6,
    (y, j) => nounIn(HELD, y) && tokens.slice(before + 1, j).some((z) => ['have', 'get', 'pass'].includes(z.lemma)),
  );
}

/** "filled in the survey responses myself": answers that were others' to give. */
function answeredForOthers(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!ANSWERING.has(tokens[i]!.lemma)) return -1;
  const head = objectHead(tokens, i);
  if (head < 0 || !nounIn(RESPONSES, tokens[head]!)) return -1;
  return tokens[head + 1]?.lower === 'myself' ? head + 1 : -1;
}

/** "logged in as my manager", "got a colleague to sign in as me". */
function loggedInAs(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!['log', 'sign'].includes(tokens[i]!.lemma) || tokens[i + 1]?.lower !== 'in' || tokens[i + 2]?.lower !== 'as') return -1;
  const who = tokens[i + 3];
  if (!who) return -1;
  if (['me', 'him', 'her', 'them'].includes(who.lower) || who.pos === 'PROPN') return i + 3;
  return ['my', 'his', 'her', 'their'].includes(who.lower) && tokens[i + 4] ? i + 4 : -1;
}

/** "accepted a voucher from a supplier": a gift from someone the speaker buys from. */
function supplierGift(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!TAKING.has(tokens[i]!.lemma)) return -1;
  const gift = ahead(tokens, i, 5, (x) => isNoun(x) && nounIn(W.GIFTS, x));
  const from = gift < 0 ? -1 : ahead(tokens, gift, 5, (x) => x.lower === 'from');
  return from < 0 ? -1 : ahead(tokens, from, 4, (x) => nounIn(W.SUPPLIERS, x));
}

/** "said it was all my own work". */
function ownWork(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!W.ASSURING.has(tokens[i]!.lemma) && tokens[i]!.lemma !== 'claim') return -1;
  return ahead(tokens, i, 8, (x, k) => x.lemma === 'work' && tokens[k - 1]?.lower === 'own' && tokens[k - 2]?.lower === 'my');
}

const POSSESSIVE = new Set(["'s", '’s']);
const FROM = new Set(['from']);
/** TAKING, ANSWERING and LETTING are the very verbs their readings test: one list for the reading and its gate. */
const TAKING = new Set(['accept', 'take', 'get', 'receive']);
const SAID = new Set([...W.ASSURING, 'claim']);
const WORK = new Set(['work']);
const OWN = new Set(['own']);
const ANSWERING = new Set(['fill', 'complete', 'answer']);
const MYSELF = new Set(['myself']);
const LOGGING = new Set(['log', 'sign']);
const IN = new Set(['in']);
const AS = new Set(['as']);
const FOR_WHOM = new Set(['for', 'advance', 'whole']);
const KEEPING = new Set(['keep', 'hold', 'sit']);
const KEPT = new Set(['back', 'on', 'myself', 'quiet']);
const PERSONAL = new Set(['personal', 'private', 'own']);
const LETTING = new Set(['let', 'allow', 'put', 'send', 'have', 'get']);
const BEFORE = new Set(['before']);
/** What contradicted needs after a claim ("later", "following", "but", a word of what was really so), or "as if" for a record made as if. */
const CONTRARY = new Set([...LATER, 'following', 'next', 'but', ...REALLY, 'if']);

/**
 * Each reading with its gate: a test of the whole sentence that every act of the reading needs,
 * read off the reading above. A reading whose gate fails returns -1 at every token.
 */
const READINGS: readonly [ConductAct['kind'], (c: Clauses, i: number) => number, (t: readonly Token[]) => boolean][] = [
  ['misuse', supplierGift, (t) => passes(t, TAKING_LEMMA) && passes(t, GIFTS_NOUN) && passes(t, FROM_LOWER) && passes(t, SUPPLIERS_NOUN)],
  ['deceive', ownWork, (t) => passes(t, SAID_LEMMA) && passes(t, WORK_LEMMA) && passes(t, OWN_LOWER)],
  ['misrecord', answeredForOthers, (t) => passes(t, ANSWERING_LEMMA) && passes(t, MYSELF_LOWER) && passes(t, RESPONSES_NOUN)],
  ['bypass', loggedInAs, (t) => passes(t, LOGGING_LEMMA) && passes(t, IN_LOWER) && passes(t, AS_LOWER)],
  ['misrecord', signedFor, (t) => passes(t, CERTIFY_LEMMA) && passes(t, FOR_WHOM_LOWER)],
  ['misrecord', othersDocument, (t) => passes(t, ALTERING_DOCS_CLASS) && passes(t, DOCUMENTS_NOUN) && passes(t, POSSESSIVE_LOWER)],
  [
    'conceal',
    keptBack,
    (t) => passes(t, KEEPING_LEMMA) && passes(t, KEPT_LOWER) && (passes(t, DATA_NOUNS_NOUN) || passes(t, INFO_NOUNS_NOUN)),
  ],
  [
    'misuse',
    companyMoney,
    (t) => passes(t, SPENDING_CLASS) && passes(t, COMPANY_LOWER) && passes(t, FUNDS_NOUN) && passes(t, PERSONAL_LOWER),
  ],
  ['bypass', beforeHeld, (t) => passes(t, LETTING_LEMMA) && passes(t, BEFORE_LOWER) && passes(t, HELD_NOUN)],
];

/** Every claim and record act of these kinds in one sentence. */
export function claims(c: Clauses): ConductAct[] {
  const out: ConductAct[] = [];
  const { tokens } = c;
  // Only the readings whose gate passes are asked; a false claim needs a verb of claiming and a word contradicted or "as if" needs.
  const live = READINGS.filter((r) => r[2](tokens));
  const claiming = passes(tokens, CLAIMING_LEMMA) && passes(tokens, CONTRARY_LOWER);
  if (live.length === 0 && !claiming) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!verbish(tokens, i) || !speakerDoes(c, i)) continue;
    const claim = claiming ? falseClaim(c, i) : null;
    if (claim) {
      out.push(claim);
      continue;
    }
    for (const [kind, read] of live) {
      const end = read(c, i);
      if (end < 0) continue;
      out.push({ kind, ...clauseSpan(c, i, Math.min(end, tokens.length - 1)), certain: false });
      break;
    }
  }
  return out;
}

/** The gates read above, each numbered once at load (see the gates in red-flag-grammar.ts). */
const ALTERING_DOCS_CLASS = gate(ALTERING_DOCS, 'class');
const ANSWERING_LEMMA = gate(ANSWERING, 'lemma');
const AS_LOWER = gate(AS, 'lower');
const BEFORE_LOWER = gate(BEFORE, 'lower');
const CERTIFY_LEMMA = gate(W.CERTIFY, 'lemma');
const CLAIMING_LEMMA = gate(CLAIMING, 'lemma');
const COMPANY_LOWER = gate(COMPANY, 'lower');
const CONTRARY_LOWER = gate(CONTRARY, 'lower');
const DATA_NOUNS_NOUN = gate(W.DATA_NOUNS, 'noun');
const DOCUMENTS_NOUN = gate(DOCUMENTS, 'noun');
const FOR_WHOM_LOWER = gate(FOR_WHOM, 'lower');
const FROM_LOWER = gate(FROM, 'lower');
const FUNDS_NOUN = gate(FUNDS, 'noun');
const GIFTS_NOUN = gate(W.GIFTS, 'noun');
const HELD_NOUN = gate(HELD, 'noun');
const INFO_NOUNS_NOUN = gate(W.INFO_NOUNS, 'noun');
const IN_LOWER = gate(IN, 'lower');
const KEEPING_LEMMA = gate(KEEPING, 'lemma');
const KEPT_LOWER = gate(KEPT, 'lower');
const LETTING_LEMMA = gate(LETTING, 'lemma');
const LOGGING_LEMMA = gate(LOGGING, 'lemma');
const MYSELF_LOWER = gate(MYSELF, 'lower');
const OWN_LOWER = gate(OWN, 'lower');
const PERSONAL_LOWER = gate(PERSONAL, 'lower');
const POSSESSIVE_LOWER = gate(POSSESSIVE, 'lower');
const RESPONSES_NOUN = gate(RESPONSES, 'noun');
const SAID_LEMMA = gate(SAID, 'lemma');
const SPENDING_CLASS = gate(SPENDING, 'class');
const SUPPLIERS_NOUN = gate(W.SUPPLIERS, 'noun');
const TAKING_LEMMA = gate(TAKING, 'lemma');
const WORK_LEMMA = gate(WORK, 'lemma');
