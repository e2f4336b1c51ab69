/**
 * Failures told with nobody in them, read from the words around a be/get passive: a safeguard
 * left undone ("it wasn't tested", "the fitting didn't get checked") or the wrong thing done ("the
 * wrong tube was cut", "the flyer was sent out with the wrong date", "it was filed under May, when it
 * should have gone under June"). A passive with its agent
 * named ("by the vendor"), about a person ("they were caught off guard") or told as a rule ("a plan
 * isn't tested until…") is none of these.
 */
import { SAME_FORM_PAST, type Token } from './analyse.js';

export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

/** Acts that guard work: left undone in an agentless passive, they are the failure. */
// biome-ignore format: a word list reads best packed, several entries a line
const SAFEGUARDS = new Set([
  'check', 'test', 'catch', 'notice', 'spot', 'review', 'update', 'verify', 'validate', 'confirm', 'protect', 'tighten', 'connect',
  'enter', 'record', 'document', 'flag', 'escalate', 'communicate', 'pick', 'lock', 'label', 'secure', 'approve', 'back',
  // Work handed on or put back, left undone: "the invoice was never sent", "it was never re-enabled", "it wasn't chased".
  'send', 'pass', 'hand', 'chase', 'follow', 'renew', 'restore', 'reinstate', 're-enable', 'reenable', 'reconnect', 'close', 'shut',
  // A record, a filing or an assessment owed, left undone: "the form was not signed", "the declaration was not lodged in time".
  'sign', 'lodge', 'file', 'submit', 'assess', 'reassess', 'inspect', 'log', 'complete', 'book', 'order', 'brief', 'inform',
  'notify', 'report', 'tell', 'warn', 'service', 'calibrate', 'count', 'measure', 'schedule', 'reconcile', 'audit',
  // Cases owed an answer, left waiting: "some applications didn't get processed in time", "the refunds were not paid".
  'process', 'pay', 'answer', 'action', 'handle',
]);
/** States a thing is left in that a safeguard should have ended: "the gate was left unlocked overnight". */
const LEFT_UNSAFE = new Set([
  'unlocked',
  'unattended',
  'unsecured',
  'unchecked',
  'unsigned',
  'unlabelled',
  'unlabeled',
  'untested',
  'uncovered',
  'unguarded',
]);
/** A person as the passive's subject is someone it happened to. */
const PERSONS = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'they', 'he', 'she', 'you', 'them']);
const WRONGLY = new Set(['wrong', 'incorrect', 'mislabelled', 'mislabeled', 'outdated']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const PARTICLES = new Set(['up', 'out', 'off', 'through', 'over']);

function negator(t: Token): boolean {
  return t.lemma === 'not' || t.lower === 'never';
}

/** Told as what happened: was, were, been, got, or "didn't get"; not "is", "be", "gets". */
function toldAsPast(tokens: readonly Token[], auxAt: number): boolean {
  const aux = tokens[auxAt]!;
  if (/^(was|were|been|got|gotten)$/.test(aux.lower)) return true;
  return aux.lower === 'get' && tokens.slice(Math.max(0, auxAt - 2), auxAt).some((t) => t.lower === 'did' || t.lower === "didn't");
}

/** The passive at participle `at`: where its subject starts and whether it is negated; null when it is not a faceless passive. */
function facelessPassive(tokens: readonly Token[], at: number): { from: number; negated: boolean } | null {
  const t = tokens[at]!;
  if (t.pos !== 'VERB' || /ing$/.test(t.lower)) return null;
  let i = at - 1;
  let negated = false;
  while (i >= 0 && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART')) {
    if (negator(tokens[i]!)) negated = true;
    i--;
  }
  const aux = tokens[i];
  if (!aux || (aux.lemma !== 'be' && aux.lemma !== 'get') || !toldAsPast(tokens, i)) return null;
  if (aux.lemma === 'be' && t.lower === t.lemma && !SAME_FORM_PAST.has(t.lower)) return null;
  let from = i;
  while (from - 1 >= 0 && (tokens[from - 1]!.pos === 'AUX' || negator(tokens[from - 1]!))) {
    if (negator(tokens[from - 1]!)) negated = true;
    from--;
  }
  if (PERSONS.has(tokens[from - 1]?.lower ?? '')) return null;
  // Back to the determiner that opens the subject's phrase: "Over the Christmas rush some claims…" starts at "some".
  while (from - 1 >= 0 && NOUN_PHRASE.has(tokens[from - 1]!.pos)) {
    from--;
    if (tokens[from]!.pos === 'DET') break;
  }
  for (let j = at + 1; j < tokens.length && tokens[j]!.pos !== 'PUNCT'; j++) {
    if (tokens[j]!.lower === 'by' && ['DET', 'PROPN', 'PRON'].includes(tokens[j + 1]?.pos ?? '')) return null;
  }
  return { from, negated };
}

/** Words that set what was done against what should have been: "…, when it should have gone…", "…, but it should be…". */
const CONTRASTS = new Set(['when', 'but', 'where', 'whereas', 'while']);

/**
 * The clause after the participle says what should have been done instead: "the dose was put in
 * both slots, when it should only go in the morning". What was done is then the wrong thing.
 */
function contrastedWithDuty(tokens: readonly Token[], at: number): boolean {
  for (let j = at + 1; j < tokens.length - 1; j++) {
    if (!CONTRASTS.has(tokens[j]!.lower)) continue;
    // The contrast's own subject, then "should" or "ought": "when it should", "but they ought to".
    for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
      const w = tokens[k]!;
      if ((w.lower === 'should' || w.lower === 'ought') && !w.negated) return true;
      if (w.pos !== 'PRON' && w.pos !== 'DET' && w.pos !== 'NOUN') break;
    }
  }
  return false;
}

/**
 * "…was disabled during the migration and never re-enabled": a second participle after "and" and
 * a negator, sharing the passive told before it in the sentence (`found` or any be-passive). Its
 * range starts at "and".
 */
function elidedPassive(tokens: readonly Token[], at: number, found: readonly TokenRange[]): { from: number; negated: boolean } | null {
  const t = tokens[at]!;
  if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing') || !negator(tokens[at - 1] ?? t)) return null;
  if (tokens[at - 2]?.lower !== 'and') return null;
  // The passive before: "was" or "were", then a participle, whatever the tagger made of it ("was disabled").
  const earlier =
    found.length > 0 ||
    tokens.slice(0, at - 2).some((x, k) => (x.lower === 'was' || x.lower === 'were') && PAST_PARTICIPLE.test(tokens[k + 1]?.lower ?? ''));
  return earlier ? { from: at - 2, negated: true } : null;
}

const PAST_PARTICIPLE = /^[a-z-]{3,}ed$/;

/** The faceless failures of one sentence, as token ranges from the subject to the participle. */
export function facelessFailures(tokens: readonly Token[]): TokenRange[] {
  const found: TokenRange[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const passive = facelessPassive(tokens, at) ?? elidedPassive(tokens, at, found);
    if (!passive) continue;
    // "the side gate was left unlocked overnight": a safeguard's work left undone, told as a state.
    const leftUnsafe = !passive.negated && tokens[at]!.lemma === 'leave' && LEFT_UNSAFE.has(tokens[at + 1]?.lower ?? '');
    const safeguard = (passive.negated && SAFEGUARDS.has(tokens[at]!.lemma)) || leftUnsafe;
    const near = tokens.slice(Math.max(0, at - 5), at + 6);
    const wrong = !passive.negated && (near.some((w) => WRONGLY.has(w.lower)) || contrastedWithDuty(tokens, at));
    if (!safeguard && !wrong) continue;
    const last = PARTICLES.has(tokens[at + 1]?.lower ?? '') || leftUnsafe ? at + 1 : at;
    found.push({ first: passive.from, last });
  }
  return found;
}
