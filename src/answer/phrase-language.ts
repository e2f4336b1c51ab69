import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { withoutInvisible } from '../util/invisible.js';

/**
 * The phrase language: how a phrase is written, compiled and matched against one word. The trie
 * that matches many phrases at once is in phrase-trie.ts; the saved form of a compiled set is in
 * phrase-file.ts.
 *
 * A tiny, regex-free phrase language for matching word sequences. Rules describe phrases as
 * data ("not my fault", "if @others had ..3 told") and match them against the words the Answer
 * model already tokenised, so no rule re-tokenises text and no user-supplied phrase can cause
 * catastrophic backtracking.
 *
 * Tokens, separated by spaces:
 *   word       the word itself (case-insensitive; ’ and ' are the same)
 *   a|b|c      any of the alternatives
 *   token?     the token is optional
 *   pre*       any word starting with "pre"
 *   *ing       any word ending with "ing"
 *   ~verb      any word with the same Porter stem as "verb" (fixes, fixed, fixing)
 *   @class     any word of a named class supplied when compiling (for example @others)
 *   *          any one word
 *   ..N        between 0 and N words of anything
 *   (a b|c)    a group of multi-word alternatives, expanded into separate phrases; (…)? is optional
 */

export interface MatchableWord {
  /** Lower-cased text with straight apostrophes. */
  readonly norm: string;
  /** The number of norm among all words seen (see wordForm), when known: phrase sets find their per-word facts by it. */
  readonly id?: number;
  /** Porter stem of norm, computed on first use. */
  stem(): string;
}

export type Atom =
  | { kind: 'literal'; values: ReadonlySet<string> }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'suffix'; suffix: string }
  | { kind: 'stem'; stem: string }
  | { kind: 'class'; values: ReadonlySet<string> }
  | { kind: 'any' };

export interface PhraseToken {
  /** The token as written, so phrases that share a beginning share trie edges. */
  key: string;
  alternatives: Atom[];
  optional: boolean;
  /** For `..N` gaps: the most words skipped. */
  gap?: number;
}

export interface CompiledPhrase {
  readonly source: string;
  readonly tokens: readonly PhraseToken[];
  /** Caller's payload, returned with each match (a message id, a weight…). */
  readonly tag: string;
  /** The tag's number within the set that holds the phrase, set when the set is built. */
  tagId: number;
}

export interface PhraseMatch {
  phrase: CompiledPhrase;
  /** Index of the first matched word. */
  start: number;
  /** Index one past the last matched word. */
  end: number;
}

export type WordClasses = Readonly<Record<string, readonly string[]>>;

export function stemWord(word: string): string {
  return PorterStemmer.stem(word.replace(/is(e|ed|es|ing|ation)$/, 'iz$1'));
}

/** A combining mark: an accent typed or pasted apart from its letter. */
const COMBINING = /\p{M}/u;

/**
 * A word as the lists spell it: lower case, straight apostrophes, accents composed with their
 * letters (NFC), so "naïve" typed as i + U+0308 is the "naïve" of a list or a config, and without
 * the soft hyphens and zero-width characters pasted text leaves inside words.
 */
export function normaliseWord(text: string): string {
  const lower = text.toLowerCase();
  const straight = lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
  const plain = withoutInvisible(straight);
  const composed = COMBINING.test(plain) ? plain.normalize('NFC') : plain;
  return APOSTROPHE_DROPPED.get(composed) ?? composed;
}

/**
 * Contractions typed without their apostrophe, as notes are ("im", "didnt", "cant"), read as the
 * lists spell them. Only forms that are no other word: "its", "id", "ill", "wont", "well", "were",
 * "shed", "hell", "lets" and "wed" are words of their own and stay as typed.
 */
const APOSTROPHE_DROPPED: ReadonlyMap<string, string> = new Map(
  [
    'im',
    'ive',
    'dont',
    'didnt',
    'doesnt',
    'cant',
    'couldnt',
    'wouldnt',
    'shouldnt',
    'wasnt',
    'werent',
    'isnt',
    'arent',
    'havent',
    'hasnt',
    'hadnt',
    'theyre',
    'youre',
    'weve',
    'theyve',
    'youve',
    'thats',
    'theres',
    'whats',
    'wouldve',
    'couldve',
    'shouldve',
    'mustnt',
    'neednt',
    'aint',
    'itll',
    'youll',
    'theyll',
    'itd',
    'theyd',
    'youd',
  ].map((w) => [w, restoredApostrophe(w)]),
);

/** "didnt" → "didn't", "im" → "i'm", "ive" → "i've", "theyre" → "they're", "wouldve" → "would've", "itll" → "it'll". */
function restoredApostrophe(word: string): string {
  if (word === 'im') return "i'm";
  if (word === 'ive') return "i've";
  for (const ending of ['nt', 're', 've', 'll', 's', 'd']) {
    if (word.endsWith(ending) && word.length > ending.length + 1) {
      // "cant" and "wont"-like forms keep their stem: "can't"; "dont" → "don't".
      return `${word.slice(0, -ending.length)}${ending === 'nt' ? "n't" : `'${ending}`}`;
    }
  }
  return word;
}

/** What is known of a word as written, whatever sentence it is in: worked out once per spelling. */
export class WordForm {
  readonly norm: string;
  /** Capitalised as written. */
  readonly capitalised: boolean;
  /** The number of norm, shared by every spelling of it ("The", "the"); -1 once the table is full. */
  readonly id: number;
  private stemmed: string | null = null;
  constructor(
    /** The word as written. */
    readonly text: string,
    norm: string,
    id: number,
  ) {
    this.norm = norm;
    const first = text[0] ?? '';
    this.capitalised = first !== first.toLowerCase();
    this.id = id;
  }
  /** Porter stem of norm, computed on first use. */
  stem(): string {
    if (this.stemmed === null) this.stemmed = stemWord(this.norm);
    return this.stemmed;
  }
}

/**
 * Per-word facts, not a cache of any text longer than a word: every spelling seen, and a number
 * for every normal form. Each word of an answer then costs one probe here, hashed from the source's
 * characters without slicing them, instead of a slice, lower-casing and one lookup per phrase set;
 * and every occurrence of a word shares one text and one norm string. Bounded: past the cap, words
 * are worked out afresh and numbered -1.
 */
const MOST_FORMS = 100_000;
const NORM_IDS = new Map<string, number>();
/** Each numbered norm's string, by number: every spelling of a word shares it. */
const NORMS: string[] = [];
/** Spellings in an open-addressed table, with each one's hash beside it; kept at most half full. */
let formSlots: (WordForm | undefined)[] = new Array<WordForm | undefined>(1 << 12);
let formHashes = new Int32Array(1 << 12);
let formCount = 0;

/** FNV-1a over the characters of source[start, end). */
function hashOf(source: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return hash;
}

function spells(form: WordForm, source: string, start: number, end: number): boolean {
  const text = form.text;
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== source.charCodeAt(start + i)) return false;
  return true;
}

function newForm(text: string): WordForm {
  const norm = normaliseWord(text);
  let id = NORM_IDS.get(norm);
  if (id === undefined && NORMS.length < MOST_FORMS) {
    id = NORMS.length;
    NORM_IDS.set(norm, id);
    NORMS.push(norm);
  }
  return new WordForm(text, id === undefined ? norm : NORMS[id]!, id ?? -1);
}

function growForms(): void {
  const slots = formSlots;
  const hashes = formHashes;
  formSlots = new Array<WordForm | undefined>(slots.length * 2);
  formHashes = new Int32Array(slots.length * 2);
  const mask = formSlots.length - 1;
  for (let i = 0; i < slots.length; i++) {
    const form = slots[i];
    if (form === undefined) continue;
    let slot = hashes[i]! & mask;
    while (formSlots[slot] !== undefined) slot = (slot + 1) & mask;
    formSlots[slot] = form;
    formHashes[slot] = hashes[i]!;
  }
}

/** The form of the word written at source[start, end). */
export function wordFormAt(source: string, start: number, end: number): WordForm {
  const hash = hashOf(source, start, end);
  const mask = formSlots.length - 1;
  let slot = hash & mask;
  for (let form = formSlots[slot]; form !== undefined; form = formSlots[slot]) {
    if (formHashes[slot] === hash && spells(form, source, start, end)) return form;
    slot = (slot + 1) & mask;
  }
  const form = newForm(source.slice(start, end));
  if (formCount >= MOST_FORMS) return form;
  formSlots[slot] = form;
  formHashes[slot] = hash;
  formCount++;
  if (formCount * 2 > formSlots.length) growForms();
  return form;
}

/** The form of a word as written. */
export function wordForm(text: string): WordForm {
  return wordFormAt(text, 0, text.length);
}

/** Word classes compiled once per phrase set, so every "@others" shares one set of words. */
type ClassAtoms = Map<string, Atom>;

export function classAtoms(classes: WordClasses): ClassAtoms {
  const atoms: ClassAtoms = new Map();
  for (const [name, members] of Object.entries(classes)) atoms.set(name, { kind: 'class', values: new Set(members.map(normaliseWord)) });
  return atoms;
}

function compileAtom(part: string, classes: ClassAtoms, source: string): Atom {
  if (part === '*') return { kind: 'any' };
  if (part.startsWith('@')) {
    const atom = classes.get(part.slice(1));
    if (!atom) throw new Error(`unknown word class ${part} in phrase "${source}"`);
    return atom;
  }
  if (part.startsWith('~')) return { kind: 'stem', stem: stemWord(normaliseWord(part.slice(1))) };
  if (part.length > 1 && part.endsWith('*')) return { kind: 'prefix', prefix: normaliseWord(part.slice(0, -1)) };
  if (part.length > 1 && part.startsWith('*')) return { kind: 'suffix', suffix: normaliseWord(part.slice(1)) };
  return { kind: 'literal', values: new Set([normaliseWord(part)]) };
}

function compileToken(raw: string, classes: ClassAtoms, source: string): PhraseToken {
  const gap = /^\.\.(\d+)$/.exec(raw);
  if (gap) return { key: raw, alternatives: [{ kind: 'any' }], optional: true, gap: Number(gap[1]) };
  const optional = raw.length > 1 && raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  const atoms = body
    .split('|')
    .filter(Boolean)
    .map((part) => compileAtom(part, classes, source));
  // Merge plain literals into one set so alternatives cost one lookup.
  const literals = new Set<string>();
  const others: Atom[] = [];
  for (const atom of atoms) {
    if (atom.kind === 'literal') for (const v of atom.values) literals.add(v);
    else others.push(atom);
  }
  const alternatives: Atom[] = literals.size > 0 ? [{ kind: 'literal', values: literals }, ...others] : others;
  if (alternatives.length === 0) throw new Error(`empty token in phrase "${source}"`);
  return { key: raw, alternatives, optional };
}

/** Expands "(i have|i've) never" into "i have never" and "i've never". */
export function expandGroups(source: string): string[] {
  const open = source.indexOf('(');
  if (open === -1) return [source];
  const close = source.indexOf(')', open);
  if (close === -1) throw new Error(`unclosed group in phrase "${source}"`);
  const optional = source[close + 1] === '?';
  const alternatives = source
    .slice(open + 1, close)
    .split('|')
    .map((a) => a.trim());
  if (optional) alternatives.push('');
  const before = source.slice(0, open);
  const after = source.slice(close + (optional ? 2 : 1));
  // A group of single words is just a token of alternatives: no need to multiply phrases.
  const singleWords = alternatives.every((a) => a !== '' && !/\s/.test(a) && !a.includes('?'));
  if (singleWords || (optional && alternatives.slice(0, -1).every((a) => a !== '' && !/\s/.test(a) && !a.includes('?')))) {
    const token = alternatives.filter(Boolean).join('|') + (optional ? '?' : '');
    return expandGroups(`${before} ${token} ${after}`);
  }
  return alternatives.flatMap((alternative) => expandGroups(`${before} ${alternative} ${after}`));
}

export function compilePhrase(source: string, classes: WordClasses | ClassAtoms = {}, tag = ''): CompiledPhrase {
  const atoms = classes instanceof Map ? classes : classAtoms(classes);
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new Error('empty phrase');
  const tokens = parts.map((part) => compileToken(part, atoms, source));
  if (tokens.every((t) => t.optional)) throw new Error(`phrase "${source}" has no required word`);
  return { source, tokens, tag, tagId: 0 };
}

function atomMatches(atom: Atom, word: MatchableWord): boolean {
  switch (atom.kind) {
    case 'literal':
    case 'class':
      return atom.values.has(word.norm);
    case 'prefix':
      return word.norm.startsWith(atom.prefix);
    case 'suffix':
      return word.norm.length > atom.suffix.length + 2 && word.norm.endsWith(atom.suffix);
    case 'stem':
      return word.stem() === atom.stem;
    case 'any':
      return true;
  }
}

export function tokenMatches(token: PhraseToken, word: MatchableWord): boolean {
  const alternatives = token.alternatives;
  for (let i = 0; i < alternatives.length; i++) if (atomMatches(alternatives[i]!, word)) return true;
  return false;
}
