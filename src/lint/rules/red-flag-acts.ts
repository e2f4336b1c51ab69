/**
 * The conduct model behind red-flag: a failure that is itself a breach the speaker chose. It reads
 * the tagged tokens and clause events of a sentence (src/nlp) and finds acts of five classes:
 *
 * - misrecord: a record made to say what did not happen ("logged the visit as the full half hour so
 *   it wouldn't trigger a review", "signed the charts before I'd actually seen them")
 * - deceive: telling someone what the speaker knew was untrue, or inventing it ("a delivery time I
 *   made up")
 * - exfiltrate: protected data sent to a personal account or device
 * - bypass: getting round a safeguard, or acting without a required licence, permit or approval
 * - conceal: removing data and keeping quiet about it
 *
 * and a knowing breach ("I knew it was wrong, but did it anyway"; "we weren't allowed to…, but I
 * used to…"). An act counts only when the speaker (or the speaker's group, or someone the speaker
 * told or had do it) really did it: not negated, not hypothetical, not refused, not someone else's
 * act the speaker reports. The word classes (red-flag-words.ts) only say which kind of act a verb
 * and its object make. Everything is decided within one sentence.
 *
 * It lives beside the rule, in src/lint/rules/, so the judgement model's fingerprint covers it.
 */
import type { Token } from '../../nlp/analyse.js';
import type { ClauseEvent } from '../../nlp/clauses.js';
import * as W from './red-flag-words.js';

export type ActKind = 'misrecord' | 'deceive' | 'exfiltrate' | 'bypass' | 'conceal' | 'knowing';

export interface ConductAct {
  readonly kind: ActKind;
  /** Token indices [first, last] in the sentence: the words the finding quotes. */
  readonly first: number;
  readonly last: number;
  /** The act leaves no other reading: reported whatever the learned judgement scores the answer. */
  readonly certain: boolean;
}

export interface Clauses {
  readonly tokens: readonly Token[];
  readonly events: readonly ClauseEvent[];
}

/** Clause openers after which an act did not happen: "if I had skipped", "rather than wait". */
const UNREAL_OPENERS = new Set(['if', 'unless', 'whether', 'than', 'instead']);
/** Words after which a verb tells an act avoided: "without checking", "instead of skipping". */
const STOPPERS = new Set(['without', 'than', 'instead', 'of', 'against', 'avoid']);
const INVERTED = new Set(['had', 'were', 'should']);
/** Governors after which an infinitive did not happen: "I refused to sign", "I was tempted to skip". */
const NP_POS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PRON', 'PART']);

export function eventAt(c: Clauses, i: number): ClauseEvent | undefined {
  return c.events.find((e) => e.first <= i && i <= e.last);
}

/** A modal before the act, but not "I'd emailed" (had), in the clause up to `i`. */
function hypothetical(tokens: readonly Token[], first: number, i: number): boolean {
  for (let j = first; j < i; j++) {
    const t = tokens[j]!;
    if (t.pos !== 'AUX' || !W.MODALS.has(t.lemma)) continue;
    if (t.lower === "'d" || t.lower === '’d') {
      const next = tokens.slice(j + 1, i + 1).find((x) => x.pos !== 'ADV');
      if (next && next.lower !== next.lemma && !/ing$/.test(next.lower)) continue;
    }
    return true;
  }
  return false;
}

/** be/get right before a participle: "was signed off" is someone's act, not the subject's. */
function passiveAt(tokens: readonly Token[], first: number, i: number): boolean {
  const t = tokens[i]!;
  if (t.lower === t.lemma || /ing$/.test(t.lower)) return false;
  for (let j = i - 1; j >= first; j--) {
    const w = tokens[j]!;
    if (w.pos === 'ADV' || w.pos === 'PART') continue;
    return w.lemma === 'be' || w.lemma === 'get';
  }
  return false;
}

/** Does the speaker (or the speaker's group) really do the act at token `i`? */
export function speakerDoes(c: Clauses, i: number, depth = 0): boolean {
  const { tokens } = c;
  const t = tokens[i];
  const ev = eventAt(c, i);
  if (!t || !ev || t.negated || depth > 3 || ev.counterfactual) return false;
  const opener = tokens[ev.first - 1];
  if (opener && UNREAL_OPENERS.has(opener.lower)) return false;
  if (hypothetical(tokens, ev.first, i) || passiveAt(tokens, ev.first, i)) return false;
  for (let j = i - 1; j >= ev.first; j--) {
    const w = tokens[j]!;
    if (w.lower === 'to' && w.pos === 'PART') return governedBy(c, j, depth);
    // "Had I skipped the permit, …": an inverted conditional.
    if (w.pos === 'PRON' && (w.lower === 'i' || w.lower === 'we')) return !(j - 1 === ev.first && INVERTED.has(tokens[j - 1]!.lower));
    if (STOPPERS.has(w.lower)) return false;
    if (w.pos === 'ADV' || w.pos === 'AUX' || w.pos === 'PART' || w.pos === 'INTJ') continue;
    // "kept signing", "started skipping": the act is what the governing verb says of it.
    if (w.pos === 'VERB') return W.ENACTING.has(w.lemma) && w.lower !== 'going' && speakerDoes(c, j, depth + 1);
    if (NP_POS.has(w.pos)) return causedBy(c, j, depth);
  }
  return ev.actor === 'self' || ev.actor === 'group';
}

/** A noun phrase before the act: its subject, unless the speaker had them do it ("I had my manager book them"). */
function causedBy(c: Clauses, j: number, depth: number): boolean {
  let k = j;
  while (k >= 0 && NP_POS.has(c.tokens[k]!.pos) && !['i', 'we'].includes(c.tokens[k]!.lower)) k--;
  const before = c.tokens[k];
  if (!before || (before.pos !== 'VERB' && before.pos !== 'AUX') || !W.CAUSING.has(before.lemma)) return false;
  return speakerDoes(c, k, depth + 1);
}

/** An infinitive happened when its governor is an act of doing or directing, done by the speaker. */
function governedBy(c: Clauses, to: number, depth: number): boolean {
  for (let k = to - 1; k >= 0; k--) {
    const w = c.tokens[k]!;
    if (NP_POS.has(w.pos) || w.pos === 'ADV') continue;
    if (w.pos !== 'VERB' && w.pos !== 'AUX') return false;
    if (!W.ENACTING.has(w.lemma) || w.lower === 'going') return false;
    // "I was asked to skip it": someone asked; whether the speaker did is told elsewhere.
    if (passiveAt(c.tokens, 0, k)) return false;
    return speakerDoes(c, k, depth + 1);
  }
  return false;
}

/** The index of the first token after `i` (within `span`, inside the sentence) that passes `test`; -1 if none. */
export function ahead(tokens: readonly Token[], i: number, span: number, test: (t: Token, k: number) => boolean): number {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + span); k++) if (test(tokens[k]!, k)) return k;
  return -1;
}

/** The clause's range around token `i`, extended to `to` when the act's words run further. */
export function clauseSpan(c: Clauses, i: number, to = i): { first: number; last: number } {
  const ev = eventAt(c, i);
  return { first: Math.min(ev?.first ?? i, i), last: Math.max(ev?.last ?? i, to) };
}

/** The token's verb is in `words`, by its lemma or, where the lexicon kept the inflected form ("disabled"), by its stem. */
export function inClass(words: ReadonlySet<string>, t: Token): boolean {
  if (words.has(t.lemma)) return true;
  const stems = [t.lower.replace(/d$/, ''), t.lower.replace(/ed$/, ''), t.lower.replace(/ing$/, ''), t.lower.replace(/ing$/, 'e')];
  return stems.some((w) => w !== t.lower && words.has(w));
}

const isNoun = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN';

/** A verb, or a word the lexicon reads only as a noun where only a verb can stand ("to record", "I log"). */
export function verbish(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'VERB') return true;
  const prev = tokens[i - 1];
  if (t.pos !== 'NOUN' || !prev) return false;
  return (prev.lower === 'to' && prev.pos === 'PART') || prev.lower === 'i' || prev.lower === 'we';
}

/** Some work was not done: "hadn't signed", "before I'd actually seen them", "to go back and do it properly". */
export function notDone(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (t.negated && W.DONE_ACTS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
    if (t.lower === 'before' || t.lower === 'without')
      return ahead(tokens, k, 5, (x) => x.pos === 'VERB' && W.DONE_ACTS.has(x.lemma) && x.lower !== x.lemma) >= 0;
    if (t.lower === 'back' && tokens[k - 1]?.lemma === 'go') return true;
    return t.lower === 'follow' && tokens[k - 1]?.lower === 'to';
  });
}

/** After `i`, a purpose or result that games a measure or escapes notice: "so it wouldn't trigger a review", "which brought our figures down". */
export function gamingAfter(tokens: readonly Token[], i: number): boolean {
  return tokens.some((t, k) => {
    if (k <= i || !['so', 'which', 'to', 'order'].includes(t.lower)) return false;
    if (ahead(tokens, k, 10, (x) => isNoun(x) && W.GAMED.has(x.lemma)) >= 0) return true;
    const neg = ahead(tokens, k, 6, (x) => x.lemma === 'not' || x.lower === 'never' || x.lower === 'nobody');
    return neg >= 0 && ahead(tokens, neg, 4, (x) => x.pos === 'VERB' && W.NOTICE.has(x.lemma)) >= 0;
  });
}

/** Verbs that put values on a record, and values from another time: "filled in the readings from last week". */
const REUSING = new Set(['fill', 'enter', 'copy', 'write', 'put', 'reuse', 'record', 'log']);
const STALE = new Set(['last', 'previous', 'yesterday', "yesterday's", 'earlier', 'old']);
/** What must be measured fresh each time: a reading copied from yesterday is a false record. */
const MEASURES = new Set(['reading', 'temperature', 'measurement', 'observation', 'value', 'weight', 'level', 'pressure', 'obs']);
/** Acts whose omission is a matter of judgment, not of a false record: "signed without reading the small print". */
const JUDGMENT_ACTS = new Set(['read', 'think', 'ask', 'wait', 'tell', 'consult', 'talk', 'query']);

const OBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const PARTICLES = new Set(['off', 'up', 'in', 'out', 'down']);

/** The head noun of the object right after the verb at i ("signed the MAR charts" → charts); -1 when none. */
export function objectHead(tokens: readonly Token[], i: number): number {
  let head = -1;
  for (let k = i + 1; k < tokens.length; k++) {
    const x = tokens[k]!;
    if (head < 0 && PARTICLES.has(x.lower)) continue;
    if (x.lower === 'my' || x.lower === 'our' || x.lower === 'their' || x.lower === 'his' || x.lower === 'her') continue;
    if (!OBJECT_POS.has(x.pos)) break;
    if (isNoun(x)) head = k;
  }
  return head;
}

/** "without actually walking the floors": the act a certification vouches for was not done. */
function unchecked(tokens: readonly Token[], i: number): boolean {
  const without = ahead(tokens, i, 10, (x) => x.lower === 'without');
  if (without < 0) return false;
  const act = ahead(tokens, without, 2, (x) => /ing$/.test(x.lower) && x.pos !== 'ADV');
  return act >= 0 && !JUDGMENT_ACTS.has(tokens[act]!.lemma);
}

const MONTHS = new Set(
  'january february march april may june july august september october november december earlier previous old wrong false'.split(' '),
);

/** A record act with a false value: "as complete", "as criminal damage", "with April dates". */
export function misrecords(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  tokens.forEach((t, i) => {
    if (!verbish(tokens, i)) return;
    const falsify = W.FALSIFY.has(t.lemma);
    const fabricate = W.FABRICATE.has(t.lemma) && t.lemma !== 'invent';
    if (!falsify && !fabricate && !W.RECORDING.has(t.lemma)) return;
    if (!speakerDoes(c, i)) return;
    const object = ahead(
      tokens,
      i,
      5,
      (x) => isNoun(x) && (W.INFO_NOUNS.has(x.lemma) || W.RECORD_NOUNS.has(x.lemma) || W.DATA_NOUNS.has(x.lemma)),
    );
    if (falsify || (fabricate && object >= 0)) {
      out.push({ kind: 'misrecord', ...clauseSpan(c, i, object), certain: true });
      return;
    }
    if (!W.RECORDING.has(t.lemma)) return;
    const as = ahead(tokens, i, 7, (x) => x.lower === 'as' && x.pos === 'ADP');
    const dated = ahead(tokens, i, 7, (x, k) => x.lemma === 'date' && isNoun(x) && MONTHS.has(tokens[k - 1]?.lower ?? ''));
    const head = objectHead(tokens, i);
    const record = head >= 0 && W.RECORD_NOUNS.has(tokens[head]!.lemma) ? head : -1;
    const certifies = W.CERTIFY.has(t.lemma) && record >= 0 && (notDone(tokens.slice(i)) || unchecked(tokens, i));
    // "as complete" with the work not done, "as criminal damage" to bring the figures down.
    const doneValue = as >= 0 && ahead(tokens, as, 3, (x) => W.DONE_VALUES.has(x.lower)) >= 0;
    const falseValue = ((doneValue || dated >= 0) && notDone(tokens)) || ((as >= 0 || dated >= 0) && gamingAfter(tokens, i));
    const stale = (k: number): boolean =>
      STALE.has(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]?.pos === 'DET' && STALE.has(tokens[k + 2]?.lower ?? ''));
    const measured = head >= 0 && MEASURES.has(tokens[head]!.lemma);
    const reused =
      REUSING.has(t.lemma) && measured ? ahead(tokens, i, 8, (x, k) => (x.lower === 'from' || x.lower === 'as') && stale(k)) : -1;
    if (certifies || falseValue || reused >= 0)
      out.push({ kind: 'misrecord', ...clauseSpan(c, i, Math.max(as, dated, record, reused + 1)), certain: false });
  });
  return out;
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
  if ((x.lower === 'personal' || x.lower === 'private') && next && isNoun(next))
    return W.PERSONAL_PLACES.has(next.lower) ? 'account' : 'device';
  if ((x.lower === 'home' || (x.lower === 'own' && prev === 'my')) && next && W.PERSONAL_PLACES.has(next.lower)) return 'device';
  if (x.lower === 'home' && ['take', 'bring', 'carry'].includes(tokens[i]!.lemma) && !(next && isNoun(next))) return 'device';
  return null;
}

/** Protected data to a personal account or device: "sent it to my personal Gmail". */
export function exfiltrations(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !W.MOVING.has(t.lemma) || !speakerDoes(c, i)) return;
    const object = tokens.slice(i + 1, i + 6).find((x) => isNoun(x) || x.pos === 'PRON');
    const pronoun = object?.pos === 'PRON' && OBJECT_PRONOUNS.has(object.lower);
    if (!object || (!pronoun && !tokens.slice(i + 1, i + 6).some((x) => W.DATA_NOUNS.has(x.lemma)))) return;
    const place = ahead(tokens, i, 12, (_x, k) => personalPlace(tokens, i, k) !== null);
    if (place >= 0) {
      const certain = personalPlace(tokens, i, place) === 'account';
      out.push({ kind: 'exfiltrate', ...clauseSpan(c, i, place + 1), certain });
    }
  });
  return out;
}

/** A safeguard modified or named: "the approval process", "the safety check", "the interlock". */
function safeguardAhead(tokens: readonly Token[], i: number, span: number): number {
  return ahead(tokens, i, span, (x, k) => {
    if (!isNoun(x) && x.pos !== 'ADJ') return false;
    if (W.SAFEGUARDS.has(x.lemma) || W.SAFEGUARDS.has(x.lower)) return true;
    return W.SAFEGUARD_KINDS.has(x.lower) && isNoun(tokens[k + 1] ?? x);
  });
}

/** Getting round a safeguard, or acting without the licence or approval it needs. */
export function bypasses(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  tokens.forEach((t, i) => {
    const offSwitch = (t.lemma === 'turn' || t.lemma === 'switch') && ahead(tokens, i, 4, (x) => x.lower === 'off') >= 0;
    if (t.pos === 'VERB' && (inClass(W.BYPASSING, t) || offSwitch) && speakerDoes(c, i)) {
      const guard = safeguardAhead(tokens, i, 6);
      if (guard >= 0) out.push({ kind: 'bypass', ...clauseSpan(c, i, guard), certain: false });
    }
    if (t.lower === 'without') {
      const guard = safeguardAhead(tokens, i, 3);
      const ev = eventAt(c, i);
      const act = ev ? tokens.findIndex((x, k) => k >= ev.first && k < i && x.pos === 'VERB') : -1;
      if (guard >= 0 && act >= 0 && speakerDoes(c, act)) out.push({ kind: 'bypass', ...clauseSpan(c, act, guard), certain: false });
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
      if (limit >= 0 && mine) out.push({ kind: 'bypass', ...clauseSpan(c, i, limit), certain: false });
    }
  });
  return [...out, ...avoidedSafeguards(c), ...splitUnder(c)];
}

/** An order split to stay under an approval limit: "split the order …, which kept each under the threshold". */
function splitUnder(c: Clauses): ConductAct[] {
  const { tokens } = c;
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
    out.push({ kind: 'bypass', first: Math.min(i, act), last: Math.max(clauseSpan(c, act).last, guard), certain: false });
  });
  return out;
}

const OMITTING = new Set(['keep', 'leave']);
const EVIDENCE = new Set(['run', 'row', 'point', 'line', 'case', 'complaint', 'incident', 'error', 'failure', 'outlier', 'result']);

/** The object is data or a pronoun for it: "took them out", "deleted the failed runs". */
function dataObject(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.pos === 'PRON' && ['it', 'them', 'those', 'these'].includes(next.lower)) return true;
  const head = objectHead(tokens, i);
  const lemma = head >= 0 ? tokens[head]!.lemma : '';
  return W.DATA_NOUNS.has(lemma) || W.INFO_NOUNS.has(lemma) || W.RECORD_NOUNS.has(lemma) || EVIDENCE.has(lemma);
}
const OFF = new Set(['off', 'out']);

/** Data removed and not told: "took them out of the spreadsheet … and didn't mention it". */
export function concealments(c: Clauses): ConductAct[] {
  const { tokens, events } = c;
  const out: ConductAct[] = [];
  const keptQuiet =
    events.some((e) => e.actor === 'self' && e.negated && !e.modal && e.act !== null && W.TELLING.has(e.act)) ||
    tokens.some((t, k) => t.lower === 'without' && W.TELLING.has(tokens[k + 1]?.lemma ?? ''));
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !speakerDoes(c, i)) return;
    if (W.HIDING.has(t.lemma) || (t.lemma === 'cover' && tokens[i + 1]?.lower === 'up')) {
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
        (x, k) => OFF.has(x.lower) && ahead(tokens, k, 4, (y) => W.RECORD_NOUNS.has(y.lemma) || y.lemma === 'report') >= 0,
      ) >= 0;
    if (offRecord && gamingAfter(tokens, i)) {
      out.push({ kind: 'conceal', ...clauseSpan(c, i), certain: false });
      return;
    }
    if (!W.REMOVING.has(t.lemma) || !(keptQuiet || gamingAfter(tokens, i)) || !dataObject(tokens, i)) return;
    if (t.lemma === 'take' && ahead(tokens, i, 3, (x) => x.lower === 'out') < 0) return;
    out.push({ kind: 'conceal', ...clauseSpan(c, i), certain: false });
  });
  return out;
}
