/**
 * The conduct model's readings of pretence and taking (see red-flag-acts.ts), in everyday words:
 *
 * - something false the speaker made or used: "put a fake address on the form", "gave a made-up
 *   name"; a record made to say something ("made the report say we were on schedule");
 * - a person the speaker passed as: "rang pretending to be from their bank", "posed as a buyer";
 * - an assessment or attendance done for someone else: "did the test for my friend", "changed the
 *   grade for him";
 * - figures moved so a target or a check was met: "moved three sales into the earlier month so I
 *   reached the target", "switched the labels so the batch would pass";
 * - taking what is not the speaker's: "pocketed the tips", "helped myself to stock from the
 *   stockroom", "kept the money".
 */
import type { Token } from '../../nlp/analyse.js';
import * as W from './red-flag-words.js';
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
  verbish,
  type Clauses,
  type ConductAct,
} from './red-flag-grammar.js';

/** Acts of finding a fake out, not of making or using one. */
const CATCHING = W.wordSet('catch spot detect flag block stop reject intercept notice find report identify');
const FALSE = W.wordSet('fake false fabricated forged made-up bogus phony phoney fictitious invented');
/** Made-up data for a test or a demo is no pretence. */
const REHEARSAL = W.wordSet('test testing retest demo demonstration training practice rehearsal sandbox staging mock');
/** "false" that is no pretence: a false alarm, a false start, a feeling someone was left with ("false comfort"). */
const NOT_PRETENCE = W.wordSet(
  'alarm positive negative start economy sense confidence hope modesty dawn impression step move idea comfort reassurance security optimism expectation',
);

/** "put a fake address on the form": a false thing the speaker made or used. */
function falseThing(c: Clauses, i: number): number {
  const { tokens } = c;
  // "caught two fake change requests", "spotted a forged signature": someone else's fake, found out.
  if (CATCHING.has(tokens[i]!.lemma)) return -1;
  const fake = ahead(tokens, i, 3, (x) => FALSE.has(x.lower));
  if (fake < 0 || tokens.some((x) => REHEARSAL.has(x.lemma) || REHEARSAL.has(x.lower))) return -1;
  // "the false positive rate", "a false negative result": a term, whatever noun follows it. Not
  // where the term's word is itself the noun's modifier ("a false security number").
  const next = tokens[fake + 1];
  if (next && NOT_PRETENCE.has(next.lemma) && !isNoun(next)) return -1;
  // The word after "fake" is its noun, whatever the tagger made of it ("a fake address").
  const noun = ahead(tokens, fake, 2, (x) => isNoun(x) || x.pos === 'VERB');
  if (noun < 0) return -1;
  // The head of a compound is its last noun: "false comfort" is a feeling, "a false security number" a number.
  let head = noun;
  while (tokens[head + 1] && isNoun(tokens[head + 1]!)) head++;
  return !NOT_PRETENCE.has(tokens[head]!.lemma) ? noun : -1;
}

/** "made the report say we were on schedule": a record made to say something. */
function madeToSay(c: Clauses, i: number): number {
  const { tokens } = c;
  if (tokens[i]!.lemma !== 'make') return -1;
  const head = ahead(tokens, i, 4, (x) => isNoun(x));
  const record = head >= 0 && (nounIn(W.RECORD_NOUNS, tokens[head]!) || nounIn(W.DATA_NOUNS, tokens[head]!));
  return record && ['say', 'show', 'read'].includes(tokens[head + 1]?.lemma ?? '') ? head + 1 : -1;
}

/** "pretending to be from their bank", "posed as a buyer", "passed myself off as the manager". */
function passedAs(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lemma === 'pose' && tokens[i + 1]?.lower === 'as') return i + 2;
  if (t.lemma === 'pass' && tokens[i + 1]?.lower === 'myself' && tokens[i + 2]?.lower === 'off') return i + 3;
  const pretending = t.lemma === 'pretend' || t.lower.startsWith('pretend');
  if (!pretending || tokens[i + 1]?.lower !== 'to' || tokens[i + 2]?.lower !== 'be') return -1;
  const next = tokens[i + 3];
  return next && (next.lower === 'from' || next.pos === 'DET' || (next.pos === 'PRON' && next.lower !== 'fine')) ? i + 4 : -1;
}

/** Things done by one person only: a test sat, a grade, an attendance mark. */
const ASSESSED = W.wordSet('test exam quiz assignment grade mark attendance register timesheet coursework essay');

/** "did the test for my friend", "changed the grade in the system for him". */
function forAnother(c: Clauses, i: number): number {
  const { tokens } = c;
  const thing = ahead(tokens, i, 4, (x) => isNoun(x) && nounIn(ASSESSED, x));
  if (thing < 0) return -1;
  const forWhom = ahead(tokens, thing, 5, (x) => x.lower === 'for');
  const who = tokens[forWhom + 1];
  if (forWhom < 0 || !who) return -1;
  if (['him', 'her', 'them'].includes(who.lower)) return forWhom + 1;
  return who.lower === 'my' && nounIn(W.RELATIONS, tokens[forWhom + 2] ?? who) ? forWhom + 2 : -1;
}

/** Acts that move, hold back or switch off what a measure or a check counts. */
const SHIFTING = W.wordSet(
  'move shift switch swap pull push bring hold roll relabel comment skip disable mute silence hardcode suppress delete remove exclude turn mark force word rewrite reword phrase frame',
);
/** What a measure or a check counts: a sale, an invoice, a test, an alert. */
const SHIFTED = W.wordSet(
  'sale order deal booking label sample invoice revenue cost expense figure number result entry date test check alert alarm warning assertion validation write-off provision report timeline summary',
);
const PASSING = W.wordSet('pass reach hit meet make clear match balance qualify');
/** What a schedule is met by: hitting these is keeping time, not gaming a measure. */
const SCHEDULE = W.wordSet('deadline date day time schedule slot window launch cutoff cut-off timeline');
const FAILING = W.wordSet('fail trigger flag page alert breach show block catch');
const GOOD = W.wordSet('better good fine ok okay clean healthy green complete normal');

/** After "so" or "to": the measure met ("would pass", "on target") or the check kept quiet ("wouldn't fail", "look better"). */
function gamedPurpose(tokens: readonly Token[], so: number): number {
  return ahead(tokens, so, 8, (x, k) => {
    // "to hit my deadline", "to make the date": a schedule kept, not a measure gamed.
    if (x.pos === 'VERB' && !x.negated && inClass(PASSING, x)) return ahead(tokens, k, 3, (y) => isNoun(y) && SCHEDULE.has(y.lemma)) < 0;
    if (x.pos === 'VERB' && x.negated && inClass(FAILING, x)) return true;
    if (x.lemma === 'target' && tokens[k - 1]?.lower === 'on') return true;
    // "to get the release out": a check defeated to ship.
    if (x.lower === 'out' && ['release', 'build', 'order', 'update', 'fix', 'patch'].includes(tokens[k - 1]?.lemma ?? '')) return true;
    // "so it sounded like the customer's fault", "so my delay wasn't visible".
    if (['sound', 'look', 'seem'].includes(x.lemma) && ['like', 'as'].includes(tokens[k + 1]?.lower ?? '')) return true;
    if (x.negated && ['visible', 'obvious', 'noticeable'].includes(x.lower)) return true;
    return ['look', 'appear', 'seem'].includes(x.lemma) && GOOD.has(tokens[k + 1]?.lower ?? '');
  });
}

/** "moved three sales into the earlier month so I reached the target", "commented out the failing test so the pipeline would pass". */
function shiftedToPass(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  // "didn't book the write-off so the quarter would come in on target": a record withheld for the figure.
  const withheld = t.negated && inClass(W.RECORDING, t);
  if (!withheld && (t.negated || !inClass(SHIFTING, t))) return -1;
  const thing = ahead(tokens, i, 5, (x) => nounIn(SHIFTED, x));
  const so = thing < 0 ? -1 : ahead(tokens, thing, 8, (x, k) => x.lower === 'so' || (x.lower === 'to' && tokens[k + 1]?.pos === 'VERB'));
  return so < 0 ? -1 : gamedPurpose(tokens, so);
}

/** "processed a refund onto my own card": money the speaker moved to themself. */
const PAYMENTS = W.wordSet('refund payment transfer credit voucher discount points bonus');

function paidToSelf(c: Clauses, i: number): number {
  const { tokens } = c;
  const paid = ahead(tokens, i, 4, (x) => isNoun(x) && PAYMENTS.has(x.lemma));
  const to = paid < 0 ? -1 : ahead(tokens, paid, 3, (x) => ['to', 'onto', 'into'].includes(x.lower));
  if (to < 0 || tokens[to + 1]?.lower !== 'my') return -1;
  return ahead(tokens, to + 1, 3, (x) => ['card', 'account', 'wallet'].includes(x.lemma));
}

const POCKETING = W.wordSet('pocket');
const STORES = W.wordSet('stockroom till float safe store warehouse stock shop office box jar kitty');

/** "pocketed the tips", "helped myself to stock from the stockroom", "kept the money". */
function taking(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (inClass(POCKETING, t)) return ahead(tokens, i, 3, (x) => isNoun(x));
  if (t.lemma === 'help' && tokens[i + 1]?.lower === 'myself' && tokens[i + 2]?.lower === 'to')
    return ahead(
      tokens,
      i + 2,
      8,
      (x, k) => tokens[k - 1]?.lower !== 'to' && STORES.has(x.lemma) && tokens.slice(i, k).some((y) => y.lower === 'from'),
    );
  if (t.lemma !== 'keep') return -1;
  return ahead(
    tokens,
    i,
    2,
    (x, k) => ['money', 'cash', 'proceeds', 'difference', 'change'].includes(x.lower) && tokens[k - 1]?.lower === 'the',
  );
}

/** "gave the client the impression that…", "made it sound like…", "implied to the board that…". */
function impression(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lemma === 'give') return ahead(tokens, i, 4, (x, k) => x.lemma === 'impression' && tokens[k + 1]?.lower === 'that');
  if (t.lemma === 'imply') return ahead(tokens, i, 6, (x) => x.lower === 'that');
  if (t.lemma !== 'make' || !['it', 'things'].includes(tokens[i + 1]?.lower ?? '')) return -1;
  const sound = tokens[i + 2];
  return sound && ['sound', 'look', 'seem'].includes(sound.lemma) && ['like', 'as'].includes(tokens[i + 3]?.lower ?? '') ? i + 3 : -1;
}

/** "told them what they wanted to hear", "adjusted the figures to match what the client expected". */
function whatTheyWanted(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  const telling = inClass(W.ASSURING, t);
  if (!telling && !inClass(W.RECORDING, t) && !['adjust', 'go', 'match'].includes(t.lemma)) return -1;
  const facts = telling || ahead(tokens, i, 4, (x) => nounIn(W.INFO_NOUNS, x) || x.lemma === 'figure' || x.lemma === 'number') >= 0;
  const wanted = ahead(
    tokens,
    i,
    10,
    (x, k) => ['want', 'expect', 'hope'].includes(x.lemma) && !x.negated && !['i', 'we'].includes(tokens[k - 1]?.lower ?? ''),
  );
  if (!facts || wanted < 0) return -1;
  // "what they wanted to hear", not "what they wanted to know".
  if (telling) return tokens[wanted + 2]?.lemma === 'hear' ? wanted + 2 : -1;
  return tokens.slice(i, wanted).some((x) => x.lower === 'what' || nounIn(W.INFO_NOUNS, x) || x.lemma === 'number') ? wanted : -1;
}

const MAKE = new Set(['make']);
const SAYING = new Set(['say', 'show', 'read']);
const POSE = new Set(['pose']);
const PASS = new Set(['pass']);
const MYSELF = new Set(['myself']);
const IMPRESSION = new Set(['impression']);
const IMPLY = new Set(['imply']);
const THAT = new Set(['that']);
const SOUNDING = new Set(['sound', 'look', 'seem']);
const FOR = new Set(['for']);
const SO_TO = new Set(['so', 'to']);
const HELP = new Set(['help']);
const KEEP = new Set(['keep']);
const KEPT = new Set(['money', 'cash', 'proceeds', 'difference', 'change']);
const MY = new Set(['my']);
const HOLDERS = new Set(['card', 'account', 'wallet']);
const WANTING = new Set(['want', 'expect', 'hope']);

/**
 * Each reading with its gate: a test of the whole sentence that every act of the reading needs,
 * read off the reading above. A reading whose gate fails returns -1 at every token.
 */
const READINGS: readonly [ConductAct['kind'], (c: Clauses, i: number) => number, (t: readonly Token[]) => boolean][] = [
  // A word of falseness.
  ['deceive', falseThing, (t) => passes(t, FALSE_LOWER)],
  // "make", then "say", "show" or "read".
  ['misrecord', madeToSay, (t) => passes(t, MAKE_LEMMA) && passes(t, SAYING_LEMMA)],
  // "pose as", "pass myself off", or a form of "pretend".
  [
    'deceive',
    passedAs,
    (t) =>
      passes(t, POSE_LEMMA) ||
      (passes(t, PASS_LEMMA) && passes(t, MYSELF_LOWER)) ||
      t.some((x) => x.lemma === 'pretend' || x.lower.startsWith('pretend')),
  ],
  // "the impression", "imply … that", or "make it sound".
  [
    'deceive',
    impression,
    (t) =>
      passes(t, IMPRESSION_LEMMA) ||
      (passes(t, IMPLY_LEMMA) && passes(t, THAT_LOWER)) ||
      (passes(t, MAKE_LEMMA) && passes(t, SOUNDING_LEMMA)),
  ],
  // A thing assessed, then "for".
  ['misrecord', forAnother, (t) => passes(t, ASSESSED_NOUN) && passes(t, FOR_LOWER)],
  // A verb of shifting or recording, a thing a measure counts, then "so" or "to".
  [
    'misrecord',
    shiftedToPass,
    (t) => (passes(t, SHIFTING_CLASS) || passes(t, RECORDING_CLASS)) && passes(t, SHIFTED_NOUN) && passes(t, SO_TO_LOWER),
  ],
  // "pocket", "help myself to", or "keep the money".
  [
    'misuse',
    taking,
    (t) =>
      passes(t, POCKETING_CLASS) || (passes(t, HELP_LEMMA) && passes(t, MYSELF_LOWER)) || (passes(t, KEEP_LEMMA) && passes(t, KEPT_LOWER)),
  ],
  // A payment, "my", and a card, account or wallet.
  ['misuse', paidToSelf, (t) => passes(t, PAYMENTS_LEMMA) && passes(t, MY_LOWER) && passes(t, HOLDERS_LEMMA)],
  // "want", "expect" or "hope".
  ['misrecord', whatTheyWanted, (t) => passes(t, WANTING_LEMMA)],
];

/** The speaker's own negated act ("I didn't book it"): speakerDoes vouches only for acts done. */
function ownDenial(c: Clauses, i: number): boolean {
  const ev = eventAt(c, i);
  return c.tokens[i]!.negated && (ev?.actor === 'self' || ev?.actor === 'group') && !ev.modal && !ev.counterfactual;
}

/** Every act this module reads in one sentence. */
export function pretences(c: Clauses): ConductAct[] {
  const out: ConductAct[] = [];
  const { tokens } = c;
  // "rang the client pretending to be …": a participle is the act of the clause it hangs on.
  const main = tokens.findIndex((x) => x.pos === 'VERB');
  const adjunct = (i: number): boolean => i > main && main >= 0 && tokens[i]!.lower.endsWith('ing') && speakerDoes(c, main);
  // Only the readings whose gate passes are asked, in their order.
  const live = READINGS.filter((r) => r[2](tokens));
  if (live.length === 0) return out;
  tokens.forEach((t, i) => {
    const mainDo = t.lemma === 'do' && t.pos === 'AUX' && tokens[i + 1]?.pos === 'DET';
    if (!verbish(tokens, i) && !mainDo && !t.lower.startsWith('pretend')) return;
    for (const [kind, read] of live) {
      const end = read(c, i);
      if (end < 0 || !(speakerDoes(c, i) || adjunct(i) || (read === shiftedToPass && ownDenial(c, i)))) continue;
      out.push({ kind, ...clauseSpan(c, i, end), certain: false });
      return;
    }
  });
  return out;
}

/** The gates read above, each numbered once at load (see the gates in red-flag-grammar.ts). */
const ASSESSED_NOUN = gate(ASSESSED, 'noun');
const FALSE_LOWER = gate(FALSE, 'lower');
const FOR_LOWER = gate(FOR, 'lower');
const HELP_LEMMA = gate(HELP, 'lemma');
const HOLDERS_LEMMA = gate(HOLDERS, 'lemma');
const IMPLY_LEMMA = gate(IMPLY, 'lemma');
const IMPRESSION_LEMMA = gate(IMPRESSION, 'lemma');
const KEEP_LEMMA = gate(KEEP, 'lemma');
const KEPT_LOWER = gate(KEPT, 'lower');
const MAKE_LEMMA = gate(MAKE, 'lemma');
const MYSELF_LOWER = gate(MYSELF, 'lower');
const MY_LOWER = gate(MY, 'lower');
const PASS_LEMMA = gate(PASS, 'lemma');
const PAYMENTS_LEMMA = gate(PAYMENTS, 'lemma');
const POCKETING_CLASS = gate(POCKETING, 'class');
const POSE_LEMMA = gate(POSE, 'lemma');
const RECORDING_CLASS = gate(W.RECORDING, 'class');
const SAYING_LEMMA = gate(SAYING, 'lemma');
const SHIFTED_NOUN = gate(SHIFTED, 'noun');
const SHIFTING_CLASS = gate(SHIFTING, 'class');
const SOUNDING_LEMMA = gate(SOUNDING, 'lemma');
const SO_TO_LOWER = gate(SO_TO, 'lower');
const THAT_LOWER = gate(THAT, 'lower');
const WANTING_LEMMA = gate(WANTING, 'lemma');
