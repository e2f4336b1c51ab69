/**
 * The grammar the conduct model (red-flag-acts.ts and the modules beside it) reads acts with: who
 * really does an act (the speaker, the speaker's group, or someone the speaker told or had do it;
 * not negated, not hypothetical, not refused, not a passive), the object a verb takes, and the
 * words a finding quotes. It works on the tagged tokens and clause events of src/nlp.
 */
import { SAME_FORM_PAST, type Token } from '../../nlp/analyse.js';
import type { ClauseEvent, Clauses } from '../../nlp/clauses.js';
import * as W from './red-flag-words.js';
import { gatesOpen } from '../../nlp/gates.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const ENDS_ED = /ed$/;

export type ActKind = 'misrecord' | 'deceive' | 'exfiltrate' | 'bypass' | 'conceal' | 'knowing' | 'misuse';

export interface ConductAct {
  readonly kind: ActKind;
  /** Token indices [first, last] in the sentence: the words the finding quotes. */
  readonly first: number;
  readonly last: number;
  /** The act leaves no other reading: reported whatever the learned judgement scores the answer. */
  readonly certain: boolean;
}

export type { Clauses };

/** Clause openers after which an act did not happen: "if I had skipped", "rather than wait". */
const UNREAL_OPENERS = new Set(['if', 'unless', 'whether', 'than', 'instead']);
/** Words after which a verb tells an act avoided: "without checking", "instead of skipping". */
const STOPPERS = new Set(['without', 'than', 'instead', 'of', 'against', 'avoid']);
const INVERTED = new Set(['had', 'were', 'should']);
/** Governors after which an infinitive did not happen: "I refused to sign", "I was tempted to skip". */
const NP_POS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PRON', 'PART']);

/** A performance cache, not state: for each token of a sentence, the index of the first clause event over it, or -1. */
const eventIndex = new WeakMap<Clauses, Int32Array>();

/** The first clause event whose span holds token `i`. Indexed once per sentence: read for every verb, a scan would cost a long sentence its length squared. */
export function eventAt(c: Clauses, i: number): ClauseEvent | undefined {
  let index = eventIndex.get(c);
  if (!index) {
    index = new Int32Array(c.tokens.length).fill(-1);
    c.events.forEach((e, k) => {
      for (let j = Math.max(0, e.first); j <= Math.min(e.last, index!.length - 1); j++) if (index![j] === -1) index![j] = k;
    });
    eventIndex.set(c, index);
  }
  const k = i >= 0 && i < index.length ? index[i]! : -1;
  return k < 0 ? undefined : c.events[k];
}

/** A modal before the act, but not "I'd emailed" (had), in the clause up to `i`. */
function hypothetical(tokens: readonly Token[], first: number, i: number): boolean {
  for (let j = first; j < i; j++) {
    const t = tokens[j]!;
    if (t.pos !== 'AUX' || !W.MODALS.has(t.lemma)) continue;
    if (t.lower === "'d" || t.lower === '’d') {
      const next = tokens.slice(j + 1, i + 1).find((x) => x.pos !== 'ADV');
      if (next && next.lower !== next.lemma && !next.lower.endsWith('ing')) continue;
    }
    return true;
  }
  return false;
}

/** be/get right before a participle: "was signed off" is someone's act, not the subject's. */
function passiveAt(tokens: readonly Token[], first: number, i: number): boolean {
  const t = tokens[i]!;
  if (t.lower === t.lemma || t.lower.endsWith('ing')) return false;
  for (let j = i - 1; j >= first; j--) {
    const w = tokens[j]!;
    if (w.pos === 'ADV' || w.pos === 'PART') continue;
    return w.lemma === 'be' || w.lemma === 'get';
  }
  return false;
}

/** A clause the tagger found no verb in ("i padded my timesheet": an unknown verb read as a noun), bounded by punctuation. */
function bareClause(c: Clauses, i: number): ClauseEvent {
  let first = i;
  while (first > 0 && c.tokens[first - 1]!.pos !== 'PUNCT' && c.tokens[first - 1]!.pos !== 'CCONJ') first--;
  return {
    actor: 'none',
    subject: null,
    nounSubject: false,
    subjectMine: false,
    share: false,
    act: null,
    negated: false,
    modal: null,
    counterfactual: false,
    hedged: false,
    conditional: false,
    passive: false,
    agent: false,
    onSpeaker: false,
    first,
    last: i,
  };
}

/** The answers so far, by token: 0 not yet asked, 1 yes, 2 no. */
const doers = new WeakMap<Clauses, Int8Array>();

/** Does the speaker (or the speaker's group) really do the act at token `i`? Remembered per sentence. */
export function speakerDoes(c: Clauses, i: number): boolean {
  let known = doers.get(c);
  if (!known) {
    known = new Int8Array(c.tokens.length);
    doers.set(c, known);
  }
  const told = known[i];
  if (told === 1) return true;
  if (told === 2) return false;
  const does = doesAct(c, i, 0);
  // An index outside the sentence is not remembered (a typed array ignores the write): asked again, it is worked out again.
  known[i] = does ? 1 : 2;
  return does;
}

/** Whether the speaker does the verb that a "by …ing" at `by` serves: the nearest verb before it in the sentence. */
function byMeansOf(c: Clauses, by: number, depth: number): boolean {
  for (let j = by - 1; j >= 0; j--) if (c.tokens[j]!.pos === 'VERB') return doesAct(c, j, depth + 1);
  return false;
}

function doesAct(c: Clauses, i: number, depth: number): boolean {
  const { tokens } = c;
  const t = tokens[i];
  const ev = eventAt(c, i) ?? bareClause(c, i);
  if (!t || t.negated || depth > 3 || ev.counterfactual) return false;
  const opener = tokens[ev.first - 1];
  if (opener && UNREAL_OPENERS.has(opener.lower)) return false;
  if (hypothetical(tokens, ev.first, i) || passiveAt(tokens, ev.first, i)) return false;
  // "saved the week by skipping the checks": a means told after "by" is done by whoever does the act it serves.
  if (tokens[i - 1]?.lower === 'by' && t.lower.endsWith('ing')) return byMeansOf(c, i - 1, depth);
  for (let j = i - 1; j >= ev.first; j--) {
    const w = tokens[j]!;
    if (w.lower === 'to' && w.pos === 'PART') return governedBy(c, j, depth);
    // "Had I skipped the permit, …": an inverted conditional.
    if (w.pos === 'PRON' && (w.lower === 'i' || w.lower === 'we')) return !(j - 1 === ev.first && INVERTED.has(tokens[j - 1]!.lower));
    if (STOPPERS.has(w.lower)) return false;
    // "merged it myself using the override": a participle after the speaker's own "myself" is the speaker's.
    if (w.lower === 'myself' || w.lower === 'ourselves') return ev.actor === 'self' || ev.actor === 'group';
    if (w.pos === 'ADV' || w.pos === 'AUX' || w.pos === 'PART' || w.pos === 'INTJ') continue;
    // "kept signing", "started skipping": the act is what the governing verb says of it.
    if (w.pos === 'VERB') return W.ENACTING.has(w.lemma) && w.lower !== 'going' && doesAct(c, j, depth + 1);
    if (NP_POS.has(w.pos)) return causedBy(c, j, depth);
  }
  return ev.actor === 'self' || ev.actor === 'group' || (ev.actor === 'none' && noteVerb(tokens, i, ev.first));
}

/** A past verb that opens a clause with no subject, as notes drop "I": "skipped lockout", "backdated the form". */
export function noteVerb(tokens: readonly Token[], i: number, first = 0): boolean {
  const t = tokens[i]!;
  for (let k = first; k < i; k++) if (tokens[k]!.pos !== 'ADV') return false;
  const before = tokens[first - 1];
  if (before && before.pos !== 'PUNCT' && before.pos !== 'CCONJ') return false;
  // "put it down on the cert": a verb whose past is its base form reads as past in notes too.
  const past =
    ENDS_ED.test(t.lower) || (t.pos === 'VERB' && ((t.lower !== t.lemma && !t.lower.endsWith('ing')) || SAME_FORM_PAST.has(t.lower)));
  return past && (t.pos === 'VERB' || (t.pos === 'NOUN' && ENDS_ED.test(t.lower))) && tokens[i + 1]?.pos !== 'AUX';
}

/**
 * The sentence has a note in the speaker's voice: a clause that opens with a past verb and no
 * subject, at its start or after a comma or "and" ("then filled in the log", "came in early,
 * skipped the checks").
 */
export function noteVoice(tokens: readonly Token[]): boolean {
  if (tokens.length < 2) return false;
  for (let first = 0; first < tokens.length; first++) {
    if (first > 0 && tokens[first - 1]!.pos !== 'PUNCT' && tokens[first - 1]!.pos !== 'CCONJ') continue;
    let i = first;
    while (i < tokens.length - 1 && tokens[i]!.pos === 'ADV') i++;
    if (noteVerb(tokens, i, first)) return true;
  }
  return false;
}

/** A noun phrase before the act: its subject, unless the speaker had them do it ("I had my manager book them"). */
function causedBy(c: Clauses, j: number, depth: number): boolean {
  let k = j;
  while (k >= 0 && NP_POS.has(c.tokens[k]!.pos) && !['i', 'we'].includes(c.tokens[k]!.lower)) k--;
  const before = c.tokens[k];
  if (!before || (before.pos !== 'VERB' && before.pos !== 'AUX') || !W.CAUSING.has(before.lemma)) return false;
  return doesAct(c, k, depth + 1);
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
    return doesAct(c, k, depth + 1);
  }
  return false;
}

/** The index of the first token after `i` (within `span`, inside the sentence) that passes `test`; -1 if none. */
export function ahead(tokens: readonly Token[], i: number, span: number, test: (t: Token, k: number) => boolean): number {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + span); k++) if (test(tokens[k]!, k)) return k;
  return -1;
}

const ANYONE = new Set(['anyone', 'anybody', 'someone', 'somebody']);

/** "anyone else" at `k`: after "before", the speaker told first ("before anyone else had reported it"). */
export function anyoneElseAt(tokens: readonly Token[], k: number): boolean {
  return ANYONE.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'else';
}

/** The clause's range around token `i`, extended to `to` when the act's words run further. */
export function clauseSpan(c: Clauses, i: number, to = i): { first: number; last: number } {
  const ev = eventAt(c, i);
  const first = Math.min(ev?.first ?? i, i);
  // From the speaker's own subject when the clause names it: "…so i just skipped the sign-off" quotes "i just skipped the sign-off".
  let subject = -1;
  for (let k = i; k >= first && subject < 0; k--) if (c.tokens[k]!.lower === 'i' || c.tokens[k]!.lower === 'we') subject = k;
  return { first: subject >= 0 ? subject : first, last: Math.max(ev?.last ?? i, to) };
}

/** The token's verb is in `words`, by its lemma or, where the lexicon kept the inflected form ("disabled"), by its stem. */
export function inClass(words: ReadonlySet<string>, t: Token): boolean {
  if (words.has(t.lemma)) return true;
  // Only a form ending in -d or -ing has stems: most words stop here, with no lookup.
  const last = t.lower.charCodeAt(t.lower.length - 1);
  if (last !== 100 && last !== 103) return false;
  return inflectedForms(words).has(t.lower);
}

/** A performance cache of each word set, not state: the forms whose stems include one of its words. */
const formsOf = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
const WORD_CHAR = /\w/;

/**
 * Every form with a stem in `words`, made once per set. A form's stems are what is left when -d,
 * -ed or -ing comes off ("padde", "padd", "pad" for "padded"), -ing turned to -e ("disabling" →
 * disable), and a doubled letter before -ed or -ing made single ("padded" → pad); so the forms of
 * a word w are w+d, w+ed, w+ing, w less its -e plus -ing, and w with its last letter doubled
 * before -ed or -ing. One lookup per form, where finding and testing each stem took several.
 */
function inflectedForms(words: ReadonlySet<string>): ReadonlySet<string> {
  const known = formsOf.get(words);
  if (known) return known;
  const forms = new Set<string>();
  for (const w of words) {
    forms.add(`${w}d`).add(`${w}ed`).add(`${w}ing`);
    if (w.endsWith('e')) forms.add(`${w.slice(0, -1)}ing`);
    const last = w.slice(-1);
    if (WORD_CHAR.test(last)) forms.add(`${w}${last}ed`).add(`${w}${last}ing`);
  }
  formsOf.set(words, forms);
  return forms;
}

/** The token's noun is in `words`, by its lemma or its singular ("results", "goggles"). */
export function nounIn(words: ReadonlySet<string>, t: Token): boolean {
  if (words.has(t.lemma) || words.has(t.lower)) return true;
  // The singular, for a form ending in -s: any other form is its own singular, looked up just above.
  return t.lower.endsWith('s') && words.has(t.lower.slice(0, -1));
}

/** A noun or a name. */
export const isNoun = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN';

/** A verb, or a word the lexicon reads only as a noun where only a verb can stand ("to record", "I log"). */
export function verbish(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'VERB') return true;
  const prev = tokens[i - 1];
  if (t.pos !== 'NOUN') return false;
  if (!prev) return noteVerb(tokens, i);
  // "to just wedge it": an adverb between the infinitive's "to" and the verb.
  const to = prev.pos === 'ADV' ? tokens[i - 2] : prev;
  return (to?.lower === 'to' && to.pos === 'PART') || prev.lower === 'i' || prev.lower === 'we';
}

const OBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const PARTICLES = new Set(['off', 'up', 'in', 'out', 'down']);

/** The head noun of the object right after the verb at i ("signed the MAR charts" → charts); -1 when none. */
export function objectHead(tokens: readonly Token[], i: number): number {
  let head = -1;
  for (let k = i + 1; k < tokens.length; k++) {
    const x = tokens[k]!;
    if (head < 0 && PARTICLES.has(x.lower)) continue;
    if (x.lower === 'my' || x.lower === 'our' || x.lower === 'their' || x.lower === 'his' || x.lower === 'her') continue;
    // "the failed runs": a participle or a word read as a verb inside the noun phrase.
    const prev = tokens[k - 1]!.pos;
    const inPhrase =
      x.pos === 'VERB' &&
      k > i + 1 &&
      (head === k - 1 || prev === 'DET' || prev === 'ADJ') &&
      tokens[k + 1]?.pos !== 'DET' &&
      tokens[k + 1]?.pos !== 'PRON';
    if (!OBJECT_POS.has(x.pos) && !inPhrase) break;
    if (isNoun(x) || inPhrase) head = k;
  }
  return head;
}

/**
 * "so nobody would find out secondhand", "so they wouldn't hear it from a client first": the aim is
 * who tells it, not that it stays unknown. Coming clean, not keeping out of sight.
 */
export function fromSomeoneElse(tokens: readonly Token[], seen: number): boolean {
  const after = tokens[seen + 1]?.lower === 'out' ? seen + 2 : seen + 1;
  const next = tokens[after]?.lower ?? '';
  return next === 'secondhand' || next === 'second-hand' || next === 'from';
}

/*
 * Gates. Most sentences hold none of the acts a reading looks for, and a reading proves that token
 * by token, often scanning ahead from each one. A reading whose every act needs some word in the
 * sentence can stop at once when that word is absent: these tests say so, and each reading says
 * beside its gate why the gate is sound.
 *
 * A test must cost less than the reading it spares, so the words are not looked for one set at a
 * time. Each word set a gate names gets a number, and two indexes, made once, say which sets a word
 * is in: by lemma, and by lowercase form (the forms inClass and nounIn accept, -d, -ing and a
 * plural -s, are listed as forms). A sentence is read once, two lookups a token, into a flag per
 * set; every gate after that is one array read.
 */

type Reading = 'lemma' | 'lower' | 'word' | 'class' | 'noun';

/** The number each word set was given, for each way of reading it. */
const gateIds: Record<Reading, Map<ReadonlySet<string>, number>> = {
  lemma: new Map(),
  lower: new Map(),
  word: new Map(),
  class: new Map(),
  noun: new Map(),
};
/** Which gates' sets a word belongs to, as a lemma and as a lowercase form: one index, so a token whose form is its lemma is looked up once. */
interface Entry {
  readonly lemma: number[];
  readonly lower: number[];
}
const index = new Map<string, Entry>();
let gateCount = 0;

/**
 * A performance cache, not state: the flags of the sentence asked about last (the readings ask of
 * one sentence in a row), a flag per gate numbered when they were made. Another sentence has them
 * made again in the same array.
 */
let flagged: readonly Token[] | null = null;
let flags = new Uint8Array(0);

function enter(as: keyof Entry, word: string, id: number): void {
  let entry = index.get(word);
  if (!entry) {
    entry = { lemma: [], lower: [] };
    index.set(word, entry);
  }
  const ids = entry[as];
  if (ids[ids.length - 1] !== id) ids.push(id);
}

/** The number of `words` read as `how`, given the first time it is asked for. */
function gateId(words: ReadonlySet<string>, how: Reading): number {
  const known = gateIds[how].get(words);
  if (known !== undefined) return known;
  const id = gateCount++;
  gateIds[how].set(words, id);
  // Flags made before this gate was numbered lack it: the next sentence asked about has them made again.
  flagged = null;
  for (const w of words) {
    if (how !== 'lower') enter('lemma', w, id);
    if (how === 'lower' || how === 'word' || how === 'noun') enter('lower', w, id);
    // nounIn's singular: a form that is the word and an -s.
    if (how === 'noun') enter('lower', `${w}s`, id);
  }
  // inClass's stems: every form whose stem is one of the words (each ends in -d or -g, as inClass asks).
  if (how === 'class') for (const f of inflectedForms(words)) enter('lower', f, id);
  return id;
}

/** Makes the flags of `tokens`: two lookups a token at most, one where its form is its lemma. */
function flagsOf(tokens: readonly Token[]): void {
  if (flags.length < gateCount) flags = new Uint8Array(gateCount);
  else flags.fill(0);
  for (const t of tokens) {
    const a = index.get(t.lemma);
    if (a) for (const g of a.lemma) flags[g] = 1;
    const b = t.lower === t.lemma ? a : index.get(t.lower);
    if (b) for (const g of b.lower) flags[g] = 1;
  }
  flagged = tokens;
}

/**
 * A gate: the number of `words` read as `how`: by lowercase form ('lower'), by lemma ('lemma'),
 * by either ('word'), as inClass reads it ('class': the lemma, or a form ending in -d or -ing whose
 * stem is one of the words), or as nounIn reads it ('noun': lemma, form, or the form less an -s).
 * Made once at load, beside the reading that asks it.
 */
export const gate = (words: ReadonlySet<string>, how: Reading): number => gateId(words, how);

/** Whether some token of the sentence passes the gate. */
export function passes(tokens: readonly Token[], g: number): boolean {
  if (gatesOpen()) return true;
  if (tokens !== flagged) flagsOf(tokens);
  return flags[g] === 1;
}

/**
 * Whether some token of the sentence is in the gate's words, read as the gate reads them: the same
 * flag, but a fact about the sentence rather than a gate, so it stays shut when the guard test
 * opens the gates (a reading may ask it where it would otherwise walk the tokens for those words).
 */
export function hasWord(tokens: readonly Token[], g: number): boolean {
  if (tokens !== flagged) flagsOf(tokens);
  return flags[g] === 1;
}
