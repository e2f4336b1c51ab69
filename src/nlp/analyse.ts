/**
 * Language analysis: every token of a sentence with its universal part of speech, its lemma,
 * whether it sits in the scope of a negation, and its exact offsets in the source.
 *
 * The tags and lemmas are wink-nlp's (wink-eng-lite-web-model), taken from the model at build
 * time into src/nlp/lexicon.txt by test/nlp/build-lexicon.ts: loading the model itself costs
 * about 200 ms on every start, and `lint` runs in commit hooks. Measured on the labelled corpus,
 * the lexicon's tags give the classifiers the same accuracy as tagging with the model in context
 * (see the closing note of the judgement issue). Where the model read a word both ways, the verb
 * reading is taken after a subject pronoun, an auxiliary or "to".
 */
import { readFileSync } from 'node:fs';
import { pieceEnd, pieceStart } from './pieces.js';
import { findLine } from './sorted-lines.js';
import { isInvisible, withoutInvisible } from '../util/invisible.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const LATIN_LETTER = /[a-z]/;
const STARTS_DIGIT = /^\d/;
const ANY_LETTER = /[\p{L}]/u;
const SYMBOL_MARK = /[$€£%+=<>&@#]/;
const STARTS_UPPER = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}s?$/u;
const NOT_CLITIC = /^n['’]t$/i;
const STARTS_UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X';

/**
 * Verbs whose past and participle are written as their base ("was cut", "I put it", "the script was
 * run"): the form alone does not say they are past.
 */
export const SAME_FORM_PAST: ReadonlySet<string> = new Set([
  'run',
  'put',
  'set',
  'cut',
  'hit',
  'shut',
  'let',
  'spread',
  'split',
  'read',
  'upset',
  'quit',
  // Compounds of the verbs above: "some pages were not proofread".
  'proofread',
  'reread',
  'misread',
  'reset',
  'broadcast',
  'forecast',
  'overrun',
]);

export interface Token {
  /** The token as written ("did", "n't"). */
  readonly text: string;
  /** Lower case. */
  readonly lower: string;
  /** The lemma, lower case ("n't" → "not", "told" → "tell"). */
  readonly lemma: string;
  readonly pos: Pos;
  /** Inside the scope of a negation ("never told me" marks "told" and "me"). */
  readonly negated: boolean;
  /** Offsets into the source: [start, end). */
  readonly start: number;
  readonly end: number;
}

interface Entry {
  readonly pos: Pos;
  readonly lemma: string;
  /** The verb lemma, for a word the model also read as a verb. */
  readonly verb: string | null;
}

/**
 * The one copy of `word` that V8 keeps in its table of names (the form every property key and
 * literal string takes). Tokens whose words are such copies share them, and comparing one with a
 * literal ("then", "was"), as the readings and rules do at every token, is a pointer comparison;
 * a string made afresh for each token is compared letter by letter. Called once per distinct word.
 */
export function interned(word: string): string {
  // An object with no prototype keeps its properties in a dictionary: adding a name to it makes no
  // hidden class, as a literal `{ [word]: 0 }` would for every distinct word.
  const key: Record<string, number> = Object.create(null);
  key[word] = 0;
  for (const name in key) return name;
  return word;
}

/** A word's lexicon entry, and the word itself as a name (interned). */
interface Known {
  readonly word: string;
  readonly entry: Entry | null;
  /** The word is a negator (NEGATORS): asked of every token, so answered once per word. */
  readonly negator: boolean;
  /** The word is a day's short name (DAY_SHORT), likewise. */
  readonly dayShort: boolean;
}

/** The lexicon as sorted lines, searched by bisection (sorted-lines.ts): no map of 40,000 words to build on start. */
class Lexicon {
  private readonly lines: string[];
  /** A performance cache of per-word facts, not state: each word's entry and its interned form. */
  private readonly cache = new Map<string, Known>();

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  lookup(word: string): Entry | null {
    return this.known(word).entry;
  }

  /** The word's entry, with the word interned: made once per word. */
  known(word: string): Known {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const line = findLine(this.lines, word);
    let found: Entry | null = null;
    if (line !== undefined) {
      const [pos, lemma, verb] = line.slice(word.length + 1).split(' ');
      found = {
        pos: pos as Pos,
        lemma: lemma === undefined ? interned(word) : interned(lemma),
        verb: verb === undefined ? null : interned(verb),
      };
    } else found = this.prefixed(word);
    const known = { word: interned(word), entry: found, negator: NEGATORS.has(word), dayShort: DAY_SHORT.has(word) };
    this.cache.set(word, known);
    return known;
  }

  /**
   * A verb form the model never saw, made of a prefix and one it knows: "rewrote", "overslept",
   * "mistook", "redid". Only an inflected form (a past or a participle) is read as a verb outright;
   * a bare "re-" word the model does not know may as well be a noun ("a re-run"), and is read as
   * the verb only where one is due, as any noun that is also a verb is ("I should have re-run it").
   */
  private prefixed(word: string): Entry | null {
    if (word.length < 5) return null;
    for (const prefix of VERB_PREFIXES) {
      if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
      // "re-ran", "co-wrote": the prefix may be joined by a hyphen, which the lemma keeps ("re-run").
      const hyphen = word.charCodeAt(prefix.length) === 45 ? '-' : '';
      const rest = word.slice(prefix.length + hyphen.length);
      // "relay", "overlay": "lay" is a verb of its own as well as the past of "lie".
      if (rest === 'lay') continue;
      const line = findLine(this.lines, rest);
      if (line === undefined) continue;
      const [pos, lemma, verb] = line.slice(rest.length + 1).split(' ');
      // A line with no lemma is its own lemma ("run VERB").
      const base = pos === 'VERB' || (pos === 'AUX' && lemma === 'do') ? (lemma ?? rest) : verb;
      if (!base || rest.endsWith('ing')) continue;
      if (base !== rest) return { pos: 'VERB', lemma: interned(prefix + hyphen + base), verb: null };
      // The bare form ("re-run", "overbook"): a noun that is a verb where a verb is due ("should have re-run it").
      return { pos: 'NOUN', lemma: interned(word), verb: interned(prefix + hyphen + base) };
    }
    return null;
  }
}

/**
 * Prefixes that make a verb of a verb: "re-", "over-", "under-", "mis-", "out-", "pre-", "co-". Not
 * "un-": its participles are mostly adjectives ("unaccompanied", "unswitched").
 */
const VERB_PREFIXES = ['under', 'over', 'mis', 'out', 'pre', 're', 'co'];

let lexicon: Lexicon | null = null;

function words(): Lexicon {
  lexicon ??= new Lexicon(readFileSync(new URL('./lexicon.txt', import.meta.url), 'utf8'));
  return lexicon;
}

const CLITICS: readonly [RegExp, string][] = [
  [/^(.+)(n't)$/, "n't"],
  [/^(.+)('s|'re|'ve|'d|'ll|'m)$/, ''],
];
const CLITIC_ENTRIES: Readonly<Record<string, Entry>> = {
  "n't": { pos: 'PART', lemma: 'not', verb: null },
  "'s": { pos: 'AUX', lemma: 'be', verb: null },
  "'re": { pos: 'AUX', lemma: 'be', verb: null },
  "'m": { pos: 'AUX', lemma: 'be', verb: null },
  "'ve": { pos: 'AUX', lemma: 'have', verb: null },
  "'d": { pos: 'AUX', lemma: 'would', verb: null },
  "'ll": { pos: 'AUX', lemma: 'will', verb: null },
};
/** Adverbs that may stand between "'d" and "been" or a participle: "he'd already been", "id never signed". */
const BEFORE_BEEN = new Set(['already', 'never', 'just', 'always', 'also', 'only', 'probably', 'not', 'even', 'clearly']);

/** "been" at piece `from`, or after one or two adverbs that may stand before it. */
function beenAhead(pieces: readonly Piece[], from: number): boolean {
  for (let k = from; k < from + 3 && k < pieces.length; k++) {
    const word = pieces[k]!.lower;
    if (word === 'been') return true;
    if (!BEFORE_BEEN.has(word)) return false;
  }
  return false;
}

/**
 * A past participle at piece `from`, or after one or two adverbs that may stand before it: "been",
 * "had", or a verb form the lexicon reads as other than its base ("signed", "gone", "left"); what
 * shows "id" typed in notes to be "I'd" ("id already signed the round"). "lay" is the past of "lie"
 * and a verb of its own ("I'd lay money on it"), and a form that is its own past ("put") says nothing.
 *
 * "'d" itself is read as "had" only before "been" (beenAhead): read so before every participle, the
 * clause features of the corpus shifted and the classifiers caught 8 fewer flaws out of fold (seed 7).
 */
function participleAhead(lexicon: Lexicon, pieces: readonly Piece[], from: number): boolean {
  for (let k = from; k < from + 3 && k < pieces.length; k++) {
    const word = pieces[k]!.lower;
    if (word === 'been' || word === 'had') return true;
    if (BEFORE_BEEN.has(word)) continue;
    if (word === 'lay') return false;
    const entry = lexicon.lookup(word);
    const verb = entry?.pos === 'VERB' ? entry.lemma : entry?.verb;
    return verb != null && verb !== word && !word.endsWith('ing') && !word.endsWith('s');
  }
  return false;
}

/** A past form the lexicon does not list, by its ending: "rostered", "upsold". */
function unlistedPast(lexicon: Lexicon, piece: Piece | undefined): boolean {
  return piece !== undefined && piece.lower.length > 4 && piece.lower.endsWith('ed') && lexicon.lookup(piece.lower) === null;
}

/** "'d" read as "had": before "been", the one reading it can have. */
const HAD: Entry = { pos: 'AUX', lemma: 'have', verb: null };
/** The same entries by form: a map lookup, not a property lookup with a fresh string (which V8 interns first). */
const CLITIC_BY_FORM: ReadonlyMap<string, Entry> = new Map(Object.entries(CLITIC_ENTRIES));
/**
 * Contractions typed without the apostrophe, as notes often are ("didnt", "havent", "im"): where
 * the clitic starts, and the clitic it stands for. Only forms that are not English words on their
 * own are listed ("its", "well", "were", "ill" and "id" are words, so they stay as typed).
 */
const NOT_DROPPED = ['dont', 'didnt', 'doesnt', 'havent', 'hasnt', 'hadnt', 'wasnt', 'werent', 'isnt', 'arent'];
const NOT_DROPPED_MODAL = ['couldnt', 'shouldnt', 'wouldnt', 'mustnt', 'neednt', 'wont', 'cant'];
// biome-ignore format: a word list reads best packed
const SCOTS_NOT = ['didnae', 'dinnae', 'doesnae', 'isnae', 'wasnae', 'wisnae', 'werenae', 'arenae', 'hadnae', 'havenae', 'hasnae', 'couldnae', 'wouldnae', 'shouldnae', 'cannae'];
const UNMARKED: ReadonlyMap<string, readonly [number, string]> = new Map<string, readonly [number, string]>([
  ...[...NOT_DROPPED, ...NOT_DROPPED_MODAL].map((w): [string, readonly [number, string]] => [w, [w.length - 2, "n't"]]),
  ['im', [1, "'m"]],
  ['ive', [1, "'ve"]],
  ['youre', [3, "'re"]],
  ['theyre', [4, "'re"]],
  ['thats', [4, "'s"]],
  // Pronouns with a clitic whose joined form is no word of its own ("shed", "wed", "well" and "hell" are).
  ['hed', [2, "'d"]],
  ['theyd', [4, "'d"]],
  ['youd', [3, "'d"]],
  ['hes', [2, "'s"]],
  ['shes', [3, "'s"]],
  ['theyve', [4, "'ve"]],
  ['weve', [2, "'ve"]],
  ['youve', [3, "'ve"]],
  ['theyll', [4, "'ll"]],
  ['itll', [2, "'ll"]],
  ['whats', [4, "'s"]],
  ['theres', [5, "'s"]],
  // Scots negation, written onto its auxiliary ("control hadnae put it up", "I didnae check"): "nae" is "n't".
  ...SCOTS_NOT.map((w): [string, readonly [number, string]] => [w, [w.length - 3, "n't"]]),
]);
const STEMS_BEFORE_NOT: ReadonlyMap<string, string> = new Map([
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
  // Scots stems before "nae": "dinnae" (don't), "wisnae" (wasn't).
  ['din', 'do'],
  ['wis', 'be'],
]);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who']);

/**
 * A piece of a spelling: the spelling itself, or its word or its clitic. What it is depends on its
 * letters alone, so every occurrence of a spelling shares its pieces (see spellingAt); where each
 * stands in the sentence is kept beside them (Pieces). Every piece has the same fields, so the
 * loops below that read them see one shape of object.
 */
interface Piece {
  readonly text: string;
  /** Where the piece starts in the spelling it was split from. */
  readonly offset: number;
  /** The clitic a piece stands for when its apostrophe was left out ("nt" in "didnt" is "n't"), or undefined. */
  readonly as: string | undefined;
  /** The text in lower case (`text.toLowerCase()`, apostrophes as typed, invisible characters dropped: see lowerCaseOf). */
  readonly lower: string;
  /** The lexicon's entry for the form the tagger reads (see analyse), when known already: null to look it up. */
  known: Known | null;
  /** guess() of the piece opening a sentence, and elsewhere, once asked: per-word facts like `known`. */
  guessFirst: Entry | null;
  guessRest: Entry | null;
}

/** A piece in lower case, as read: "fa\u00adult" (a soft hyphen inside) is "fault" to the lexicon and to every reading. */
function lowerCaseOf(text: string): string {
  return withoutInvisible(text.toLowerCase());
}

function makePiece(text: string, offset: number, as?: string): Piece {
  return { text, offset, as, lower: lowerCaseOf(text), known: null, guessFirst: null, guessRest: null };
}

/** A sentence's pieces, and where each starts in the sentence. */
interface Pieces {
  readonly pieces: Piece[];
  readonly starts: number[];
}

/** The form of a piece the tagger looks up: its clitic, or its lower case, with a typographic apostrophe made plain. */
function formOf(piece: Piece): string {
  const lowered = piece.as ?? piece.lower;
  return lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
}

/**
 * What splitPiece makes of one spelling, and each part's entry in the lexicon: a per-word fact,
 * the same wherever the spelling stands. Each piece of a sentence then costs one probe of the
 * table below, hashed from the sentence's characters without slicing them, in place of a slice,
 * lower-casing, the tests for clitics and a lookup of the lexicon's cache.
 */
interface Spelling {
  readonly text: string;
  /** The parts splitPiece made of the spelling standing at offset 0. */
  readonly parts: readonly Piece[];
}

/** Spellings in an open-addressed table, with each one's hash beside it; kept at most half full. Bounded: past the cap, pieces are split afresh. */
const MOST_SPELLINGS = 100_000;
let spellingSlots: (Spelling | undefined)[] = new Array<Spelling | undefined>(1 << 12);
let spellingHashes = new Int32Array(1 << 12);
let spellingCount = 0;

/** FNV-1a over the characters of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function spells(spelling: Spelling, text: string, start: number, end: number): boolean {
  const own = spelling.text;
  if (own.length !== end - start) return false;
  for (let i = 0; i < own.length; i++) if (own.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function growSpellings(): void {
  const slots = spellingSlots;
  const hashes = spellingHashes;
  spellingSlots = new Array<Spelling | undefined>(slots.length * 2);
  spellingHashes = new Int32Array(slots.length * 2);
  const mask = spellingSlots.length - 1;
  for (let i = 0; i < slots.length; i++) {
    const spelling = slots[i];
    if (spelling === undefined) continue;
    let slot = hashes[i]! & mask;
    while (spellingSlots[slot] !== undefined) slot = (slot + 1) & mask;
    spellingSlots[slot] = spelling;
    spellingHashes[slot] = hashes[i]!;
  }
}

/** The spelling written at text[start, end), split and looked up the first time it is seen. */
function spellingAt(lexicon: Lexicon, text: string, start: number, end: number): Spelling {
  const hash = hashOf(text, start, end);
  const mask = spellingSlots.length - 1;
  let slot = hash & mask;
  for (let spelling = spellingSlots[slot]; spelling !== undefined; spelling = spellingSlots[slot]) {
    if (spellingHashes[slot] === hash && spells(spelling, text, start, end)) return spelling;
    slot = (slot + 1) & mask;
  }
  const raw = text.slice(start, end);
  const parts: Piece[] = [];
  splitPiece(raw, 0, parts);
  for (const part of parts) part.known = lexicon.known(formOf(part));
  const spelling: Spelling = { text: raw, parts };
  if (spellingCount >= MOST_SPELLINGS) return spelling;
  spellingSlots[slot] = spelling;
  spellingHashes[slot] = hash;
  spellingCount++;
  if (spellingCount * 2 > spellingSlots.length) growSpellings();
  return spelling;
}

/**
 * A performance buffer, not state: the pieces of the sentence analyse() is tagging and where each
 * starts, reused from sentence to sentence. analyse() reads them before it returns and nothing it
 * calls splits another sentence; two fresh arrays per sentence were a tenth of the analysis's garbage.
 */
const splitBuffer: Pieces = { pieces: [], starts: [] };

/** Words, numbers and single punctuation marks, with their offsets in `text` (see pieces.ts), in splitBuffer. */
function split(lexicon: Lexicon, text: string): Pieces {
  const { pieces, starts } = splitBuffer;
  let count = 0;
  for (let at = pieceStart(text, 0); at < text.length; at = pieceStart(text, at)) {
    const end = pieceEnd(text, at);
    const { parts } = spellingAt(lexicon, text, at, end);
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      pieces[count] = part;
      starts[count] = at + part.offset;
      count++;
    }
    at = end;
  }
  // The last sentence's pieces past this one's end are cut off: the readers ask for a piece past the end and expect none.
  pieces.length = count;
  starts.length = count;
  return splitBuffer;
}

/** The piece `raw` at `at`, or its word and its clitic, added to `pieces`. */
function splitPiece(raw: string, at: number, pieces: Piece[]): void {
  const plain = withoutInvisible(raw);
  if (plain.length === raw.length) {
    splitPlain(raw, at, pieces);
    return;
  }
  // "di<soft hyphen>dn't": split as read, then each part takes the characters it stands on as written.
  const parts: Piece[] = [];
  splitPlain(plain, 0, parts);
  const written: number[] = [];
  for (let k = 0; k < raw.length; k++) if (!isInvisible(raw.charCodeAt(k))) written.push(k);
  for (let p = 0; p < parts.length; p++) {
    const start = p === 0 ? 0 : written[parts[p]!.offset]!;
    const end = p + 1 < parts.length ? written[parts[p + 1]!.offset]! : raw.length;
    pieces.push({ ...parts[p]!, text: raw.slice(start, end), offset: at + start });
  }
}

/** splitPiece of a piece with no invisible characters in it. */
function splitPlain(raw: string, at: number, pieces: Piece[]): void {
  // Most pieces hold no apostrophe: they cannot carry a clitic, so they skip the patterns below.
  if (!raw.includes("'") && !raw.includes('’')) {
    const lower = lowerCaseOf(raw);
    // "HES", "THATS": a word in capitals is an acronym as likely as a contraction; only a lower-case or capitalised form is split.
    const unmarked = raw.length <= 8 ? UNMARKED.get(lower) : undefined;
    if (unmarked !== undefined && !(raw.length > 1 && raw === raw.toUpperCase())) {
      const [cut, clitic] = unmarked;
      pieces.push(makePiece(raw.slice(0, cut), at), makePiece(raw.slice(cut), at + cut, clitic));
      return;
    }
    if (raw.length !== 6 || lower !== 'cannot') {
      pieces.push({ text: raw, offset: at, as: undefined, lower, known: null, guessFirst: null, guessRest: null });
      return;
    }
  }
  const lower = lowerCaseOf(raw).replace(/’/g, "'");
  if (lower === 'cannot') {
    pieces.push(makePiece(raw.slice(0, 3), at), makePiece(raw.slice(3), at + 3));
    return;
  }
  for (const [pattern] of CLITICS) {
    const c = pattern.exec(lower);
    if (c?.[1] && LATIN_LETTER.test(c[1])) {
      const cut = c[1].length;
      pieces.push(makePiece(raw.slice(0, cut), at), makePiece(raw.slice(cut), at + cut));
      return;
    }
  }
  pieces.push(makePiece(raw, at));
}

/**
 * "IT" inside a clause, after a word, in a sentence that is not shouted, with no word in capitals
 * after it: the department. At the start of a sentence or after a stop ("Honestly? IT was my
 * fault") and in a shout ("IT WAS MY FAULT, nobody else's") it is the pronoun, stressed.
 */
function departmentIT(pieces: readonly Piece[], i: number): boolean {
  const before = pieces[i - 1];
  if (before === undefined || STOP.test(before.text)) return false;
  const after = pieces[i + 1]?.text ?? '';
  if (after.length > 1 && after === after.toUpperCase() && ANY_LETTER.test(after)) return false;
  return pieces.some((p) => LOWER_LETTER.test(p.text));
}
const STOP = /^[.?!:;]+$/;
const LOWER_LETTER = /\p{Ll}/u;

function guess(piece: string, lower: string, first: boolean): Entry {
  if (STARTS_DIGIT.test(piece)) return { pos: 'NUM', lemma: lower, verb: null };
  if (!ANY_LETTER.test(piece)) return { pos: piece.length === 1 && SYMBOL_MARK.test(piece) ? 'SYM' : 'PUNCT', lemma: piece, verb: null };
  // Unknown words: names and acronyms by their capitals, the rest read as nouns.
  if ((!first && STARTS_UPPER.test(piece)) || ACRONYM.test(piece)) return { pos: 'PROPN', lemma: lower, verb: null };
  return { pos: 'NOUN', lemma: lower, verb: null };
}

/**
 * guess() of a piece whose form `lower` the lexicon has no entry for, kept with the piece: its
 * answer depends on nothing else (`lower` is the piece's own form, the same at every occurrence).
 */
function pieceGuess(piece: Piece, lower: string, first: boolean): Entry {
  if (first) {
    piece.guessFirst ??= guess(piece.text, lower, true);
    return piece.guessFirst;
  }
  piece.guessRest ??= guess(piece.text, lower, false);
  return piece.guessRest;
}

/** "n't" typed with either apostrophe, in any case. */
function isNot(text: string): boolean {
  return text.length === 3 && NOT_CLITIC.test(text);
}

/**
 * Determiners after which a bare verb form can only be a noun. Not "this" or "that" ("this cost us
 * a week") and not "her" ("let her run it"), which can also stand before a verb.
 */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'their', 'his', 'its', 'your', 'every', 'each', 'no', 'any']);

const BE_HAVE = new Set(['was', 'were', 'is', 'are', 'had', 'has']);
/** Adjectives that open "the more…, the more…" and the like, where a clause follows. */
const COMPARING = new Set(['more', 'less', 'fewer', 'sooner', 'longer', 'better', 'worse', 'further']);

/**
 * A bare verb form that heads a noun phrase: right after a determiner ("the file") or a determiner
 * and an adjective ("the whole run"), or after a determiner and a noun when "was" or "had" follows
 * ("a payment file was uploaded").
 */
function nounAfterDeterminer(tokens: readonly Token[], next: string): boolean {
  const n = tokens.length;
  if (NOUN_DETERMINERS.has(tokens[n - 1]?.lower ?? '')) return true;
  // "the supplier's upload", "the client's sign-off": after a possessive "'s", as after "their".
  if (tokens[n - 1]?.pos === 'PART' && tokens[n - 1]!.lemma === "'s") return true;
  // "the whole run", "a quick call": after a determiner and an adjective. Not "the more we push".
  if (tokens[n - 1]?.pos === 'ADJ' && !COMPARING.has(tokens[n - 1]!.lower) && NOUN_DETERMINERS.has(tokens[n - 2]?.lower ?? '')) return true;
  return tokens[n - 1]?.pos === 'NOUN' && NOUN_DETERMINERS.has(tokens[n - 2]?.lower ?? '') && BE_HAVE.has(next);
}

/** `lower` is the -s form of the verb `lemma` ("covers", "fixes", "carries") and a determiner stands just before it. */
function pluralAfterDeterminer(tokens: readonly Token[], lower: string, lemma: string): boolean {
  // Not "each", which stands alone as well ("each goes in its own request").
  const before = tokens[tokens.length - 1]?.lower ?? '';
  if (before === 'each' || !NOUN_DETERMINERS.has(before)) return false;
  if (lower.length !== lemma.length + 1 && lower.length !== lemma.length + 2) return false;
  return lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`);
}

/**
 * "for an office move", "after the site visit": a bare verb form right after a preposition, its
 * determiner and a singular noun heads a compound noun. A clause cannot start there (its subject
 * would be the preposition's object, and a singular subject would take "moves").
 */
function compoundAfterPreposition(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  const noun = tokens[n - 1];
  const det = tokens[n - 2];
  const prep = tokens[n - 3];
  return noun !== undefined && noun.lower === noun.lemma && det?.pos === 'DET' && prep?.pos === 'ADP';
}

/** The lower-case form of the piece at `i`, as the tagger reads it. */
function lowerOf(pieces: readonly Piece[], i: number): string | undefined {
  const piece = pieces[i];
  return piece === undefined ? undefined : (piece.as ?? piece.lower);
}

/**
 * A verb group starts after the piece at `i`, past one adverb: an auxiliary ("didn't"), or a verb
 * inflected for tense ("took", "went"). A bare form or anything else is no verb group.
 */
function verbGroupAfter(lexicon: Lexicon, pieces: readonly Piece[], i: number): boolean {
  let k = i + 1;
  let word = lowerOf(pieces, k);
  if (word !== undefined && lexicon.lookup(word)?.pos === 'ADV') word = lowerOf(pieces, ++k);
  if (word === undefined) return false;
  const entry = lexicon.lookup(word);
  if (entry === null) return false;
  if (entry.pos === 'AUX') return true;
  const verb = entry.pos === 'VERB' ? entry.lemma : entry.verb;
  return verb !== null && verb !== word && !word.endsWith('ing');
}

/** Prepositions whose -ing object is a verb's gerund: "without flagging it", "by checking each one". */
const GERUND_AFTER = new Set(['without', 'by']);

const SHORT_VOWEL_END = /[^aeiou][aeiou][^aeiouwxy]$/;

/** The verb an -ing form the lexicon reads only as a noun or an adjective is made from: "flagging" → flag, "taping" → tape; null if none. */
function gerundStem(lexicon: Lexicon, lower: string): string | null {
  const base = lower.slice(0, -3);
  const doubled = base.length > 2 && base.at(-1) === base.at(-2) ? base.slice(0, -1) : null;
  // "taping" is from tape, "tapping" from tap: a base ending in one vowel and one consonant tries its -e first.
  const stems = doubled === null && SHORT_VOWEL_END.test(base) ? [`${base}e`, base] : [doubled, base, `${base}e`];
  for (const stem of stems) {
    if (stem === null) continue;
    const entry = lexicon.lookup(stem);
    if (entry === null) continue;
    if (entry.pos === 'VERB') return entry.lemma;
    if (entry.verb !== null) return entry.verb;
  }
  return null;
}

/** Short names of days that the lexicon reads as verbs ("wed", "sat"), and the words that show them to be days. */
const DAY_SHORT = new Set(['wed', 'weds', 'sat', 'tues', 'thurs']);
const DAY_BEFORE = new Set([
  'on',
  'by',
  'until',
  'till',
  'til',
  'from',
  'before',
  'after',
  'since',
  'next',
  'last',
  'this',
  'every',
  'that',
]);
const DAY_PARTS = new Set(['am', 'pm', 'morning', 'afternoon', 'evening', 'night']);

/**
 * Bases whose -ed form drops only their final e: "bridge" → "bridged", "torque" → "torqued", and a
 * single vowel other than e before one consonant ("code" → "coded", "zone" → "zoned"; not "jumpered").
 */
const KEEPS_E = /(?:dg|[cgsvz]|qu|[^aeiou]u|[^aeiou][aiou][b-df-hj-np-tvz])ed$/;
const DOUBLED_ED = /([b-df-hj-np-tv-z])\1ed$/;

/**
 * Subjects after which a word the lexicon does not list is read as their verb: "I now recount
 * every shelf", "we triage by hand". The lexicon leaves out plain nouns (a noun that is its own
 * lemma), and a subject is not followed by one. Not "it" (the IT team typed in lower case), "you"
 * ("you guys") or "who"; after any subject pronoun, though, an unlisted -ed form is a past verb.
 */
const PERSONAL_SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she']);

/** Auxiliaries a bare verb follows: the modals and "do" ("can only refund", "didn't review"). Not "be" or "have" ("was review season"). */
const BARE_VERB_AUXILIARIES = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'must', 'may', 'might']);
/** "do" takes a bare verb before "not" ("didn't test it"); otherwise it is the main verb and takes an object ("never did overtime"). */
const DO_FORMS = new Set(['do', 'does', 'did']);

/** Before a main verb "do": a subject pronoun, a negation or an auxiliary, maybe with an adverb between ("I never did the count"). */
const OPENS_OBJECT: ReadonlySet<Pos> = new Set(['DET', 'NUM', 'ADJ', 'NOUN']);

/** The form of "do" at `i` is a main verb: after its subject, a negation or an auxiliary, and before a noun phrase. */
function mainDo(lexicon: Lexicon, pieces: readonly Piece[], i: number, tokens: readonly Token[]): boolean {
  const after = lexicon.lookup(lowerOf(pieces, i + 1) ?? '');
  if (after === null || !OPENS_OBJECT.has(after.pos)) return false;
  let k = tokens.length - 1;
  if (tokens[k]?.pos === 'ADV' && tokens[k]!.lemma !== 'not') k--;
  const before = tokens[k];
  if (before === undefined) return false;
  if (before.lemma === 'not' || before.lower === 'never' || before.pos === 'AUX') return true;
  return before.pos === 'PRON' && SUBJECT_PRONOUNS.has(before.lower) && before.lower !== 'who';
}

/** The words so far end on a form of "do" and its "not", maybe with an adverb after: "didn't", "did not really". */
function notAfterDo(tokens: readonly Token[]): boolean {
  let n = tokens.length - 1;
  if (tokens[n]?.pos === 'ADV' && tokens[n]!.lower !== 'not') n--;
  const not = tokens[n]?.lower;
  return (not === 'not' || not === "n't" || not === 'n’t') && DO_FORMS.has(tokens[n - 1]?.lower ?? '');
}

/** The auxiliaries of a perfect, as written: a participle follows them. */
const PERFECT_AUXILIARIES = new Set(["'d", '\u2019d', 'had', 'have', 'has', "'ve", '\u2019ve']);

/**
 * A word the lexicon does not list, read as the verb of its clause: in -ed right after a subject
 * pronoun ("I bridged the interlock", "we torqued them by hand"), or in any form right after a
 * personal subject or an auxiliary that takes a bare verb, past one adverb or "not" ("I now
 * recount every shelf", "I didn't test it", "can only refund").
 */
function unlistedVerb(
  lexicon: Lexicon,
  piece: string,
  lower: string,
  pos: Pos,
  governor: Pos | null,
  governorLower: string,
  tokens: readonly Token[],
): boolean {
  if (pos !== 'NOUN' || (governor !== 'PRON' && governor !== 'AUX')) return false;
  const past = lower.length > 4 && lower.endsWith('ed');
  const subject = governor === 'PRON' && (past ? SUBJECT_PRONOUNS : PERSONAL_SUBJECTS).has(governorLower);
  // "ca" and "wo" ("can't", "won't") are tagged with their lemmas; the governor keeps the form.
  const auxiliary =
    governor === 'AUX' &&
    (BARE_VERB_AUXILIARIES.has(governorLower) ||
      governorLower === 'ca' ||
      governorLower === 'wo' ||
      (DO_FORMS.has(governorLower) && notAfterDo(tokens)) ||
      // "if she'd rostered properly", "we had upsold it": an unlisted -ed form after a perfect's auxiliary is its participle.
      (past && PERFECT_AUXILIARIES.has(governorLower)));
  if (!subject && !auxiliary) return false;
  // The -ed reading after a subject pronoun asks no more of the word; the rest skip digits, other scripts and -ing forms.
  if (!(subject && past) && (!LATIN_LETTER.test(piece.charAt(0)) || lower.endsWith('ing'))) return false;
  return lexicon.lookup(lower) === null;
}

/**
 * "Counts depend on who counted last", "Delays were logged": a sentence's first word, a verb form
 * in -s, with a verb group right after it, is a plural noun and that verb group's subject. A
 * sentence does not open on a verb inflected for a subject it leaves out, except in set phrases
 * ("Turns out…", "Seems like…"), where no verb follows.
 */
function pluralSubjectAtStart(lexicon: Lexicon, pieces: readonly Piece[], i: number, pos: Pos, lower: string, lemma: string): boolean {
  if (i !== 0 || pos !== 'VERB' || lower === lemma || !lower.endsWith('s') || lower.endsWith('ss')) return false;
  const word = lowerOf(pieces, i + 1);
  const entry = word === undefined ? null : lexicon.lookup(word);
  if (entry === null || word === undefined) return false;
  if (entry.pos === 'AUX') return true;
  // A verb after it, in any form but one that agrees with a singular subject ("-s") or an -ing form.
  return entry.pos === 'VERB' && !word.endsWith('ing') && !(word.endsWith('s') && word !== entry.lemma);
}

/**
 * "Shared services were short-staffed", "Trained staff are scarce": a sentence's first word, an -ed
 * form, with a noun after it and that noun's verb group after the noun, describes the noun and is
 * its adjective. A verb opening a sentence with its subject left out takes an object, not "were".
 */
function participleBeforeSubject(lexicon: Lexicon, pieces: readonly Piece[], i: number, pos: Pos, lower: string): boolean {
  if (i !== 0 || pos !== 'VERB' || !lower.endsWith('ed')) return false;
  const noun = lowerOf(pieces, i + 1);
  const after = lowerOf(pieces, i + 2);
  if (noun === undefined || after === undefined) return false;
  return lexicon.lookup(noun)?.pos === 'NOUN' && lexicon.lookup(after)?.pos === 'AUX';
}

/** The base of an unknown -ed form, by the spelling rules: "bridged" → bridge, "jumpered" → jumper, "padded" → pad. */
/** The verb an -ed form is the past of, when the lexicon lists that verb in some form: "mixed" → mix, "scared" → scare, "worried" → worry. */
function pastOfListedVerb(lexicon: Lexicon, lower: string): string | null {
  const stems = [pastStem(lower), lower.slice(0, -1), lower.slice(0, -2)];
  if (lower.endsWith('ied')) stems.push(`${lower.slice(0, -3)}y`);
  for (const stem of stems) {
    // The verb is listed by its own form, or by another of its forms ("mixes" lists mix).
    for (const form of [stem, `${stem}s`, `${stem}es`, `${stem}ing`]) {
      const entry = lexicon.lookup(form);
      if (entry !== null && ((entry.pos === 'VERB' && entry.lemma === stem) || entry.verb === stem)) return stem;
    }
  }
  return null;
}

function pastStem(lower: string): string {
  if (DOUBLED_ED.test(lower)) return lower.slice(0, -3);
  return KEEPS_E.test(lower) ? lower.slice(0, -1) : lower.slice(0, -2);
}

/** Words after which a clause, and so "id" for "I'd", may start. */
// Not "and" or "so", which join nouns as often ("passport and id checked", "so id expired").
const CLAUSE_OPENERS = new Set([
  'but',
  'then',
  'because',
  'cos',
  'coz',
  'when',
  'as',
  'since',
  'until',
  'if',
  'which',
  'where',
  'after',
  'before',
  'now',
  'also',
  'just',
  'tbh',
  'honestly',
]);

/**
 * "id already signed the round", "id been there a year": "id" typed for "I'd", read so only before a
 * participle, where "I'd" is "I had" and the word "id" cannot stand ("the id badge", "her id").
 */
function unmarkedHad(lexicon: Lexicon, divided: Pieces): Pieces {
  const { pieces, starts } = divided;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if ((piece.text !== 'id' && piece.text !== 'Id') || !participleAhead(lexicon, pieces, i + 1)) continue;
    // Where a clause can start: at the start, after a stop or a conjunction; not "my id expired", "the id got rejected".
    const before = pieces[i - 1];
    if (before !== undefined && LATIN_LETTER.test(before.lower) && !CLAUSE_OPENERS.has(before.lower)) continue;
    if (!actsOnSomething(pieces, i + 1)) continue;
    pieces.splice(i, 1, makePiece(piece.text.slice(0, 1), 0), makePiece('d', 1, "'d"));
    starts.splice(i, 1, starts[i]!, starts[i]! + 1);
  }
  return divided;
}

/**
 * "it was, sort of, booked into the wrong place": a hedge set off by commas right after an
 * auxiliary, its "of" closed by a comma too. Read as the hedge it is, the passive reaches over it.
 */
function setOffAfterAux(tokens: readonly Token[], g: Pos, governorLower: string, pieces: readonly Piece[], i: number): boolean {
  return g === 'PUNCT' && governorLower === ',' && tokens[tokens.length - 2]?.pos === 'AUX' && lowerOf(pieces, i + 2) === ',';
}

/** Words that open the object of a verb: "signed the round", "sent it". */
const OBJECT_OPENERS = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'his',
  'her',
  'their',
  'it',
  'them',
  'him',
  'every',
  'all',
  'both',
  'that',
  'this',
]);

/** Particles of a phrasal verb that takes an object: "mixed up our order", "messed up the booking". */
const OBJECT_PARTICLES = new Set(['up', 'out']);

/** A particle after the word at `i`, then what opens an object: "mixed | up our order". */
function particleThenObject(pieces: readonly Piece[], i: number): boolean {
  return OBJECT_PARTICLES.has(lowerOf(pieces, i + 1) ?? '') && OBJECT_OPENERS.has(lowerOf(pieces, i + 2) ?? '');
}

/**
 * After "id" at `from`: an adverb, "been" or "had" ("id already signed", "id been there"), or a
 * participle with an object ("id signed the round"). "ID expired on Monday", "ID checked against
 * the booking" have none: there "id" is the card.
 */
function actsOnSomething(pieces: readonly Piece[], from: number): boolean {
  const word = (k: number): string => pieces[k]?.lower ?? '';
  if (BEFORE_BEEN.has(word(from)) || word(from) === 'been' || word(from) === 'had') return true;
  return OBJECT_OPENERS.has(word(from + 1));
}

/** Tags `text`, which starts at `offset` in the source. */
export function analyse(text: string, offset = 0): Token[] {
  const lexicon = words();
  const { pieces, starts } = unmarkedHad(lexicon, split(lexicon, text));
  const tokens: Token[] = [];
  let negated = false;
  let previousPos: Pos | null = null;
  // The last token that was not an adverb or a negation: what a verb reading is judged by.
  let governorPos: Pos | null = null;
  let governorLower = '';
  // The word before was a hedge ("kind", "sort") whose "of" comes next.
  let hedging = false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    // The word as a name (interned), with its entry: what every token of it shares.
    const known = piece.known ?? lexicon.known(formOf(piece));
    const lower = known.word;
    const next = pieces[i + 1];
    const beforeNot = next !== undefined && (next.as === "n't" || isNot(next.text)) && STEMS_BEFORE_NOT.get(lower);
    // Every clitic form starts with an apostrophe or n ("n't"): other words skip that lookup.
    const first = lower.charCodeAt(0);
    const clitic = first === 39 || first === 110 ? CLITIC_BY_FORM.get(lower) : undefined;
    // "he'd been", "she'd already been": "'d" before "been" is "had", never "would".
    // "if she'd rostered properly": in a condition, "'d" before a participle is "had" too.
    const had =
      clitic !== undefined &&
      lower === "'d" &&
      (beenAhead(pieces, i + 1) ||
        (pieces[i - 2]?.lower === 'if' && (participleAhead(lexicon, pieces, i + 1) || unlistedPast(lexicon, pieces[i + 1]))));
    let entry = (had ? HAD : clitic) ?? (beforeNot ? { pos: 'AUX' as Pos, lemma: beforeNot, verb: null } : null) ?? known.entry;
    // A capitalised word the lexicon knows only in lower case is still that word at a sentence's start.
    entry ??= pieceGuess(piece, lower, i === 0);
    if (entry.pos === 'PROPN' && i === 0 && lexicon.lookup(lower) === null && STARTS_UPPER_LOWER.test(piece.text))
      entry = { pos: 'NOUN', lemma: lower, verb: null };
    let pos = entry.pos;
    let lemma = entry.lemma;
    const g = governorPos;
    if (entry.verb && g && (g === 'AUX' || (g === 'PRON' && SUBJECT_PRONOUNS.has(governorLower)) || governorLower === 'to')) {
      pos = 'VERB';
      lemma = entry.verb;
    } else if (unlistedVerb(lexicon, piece.text, lower, pos, g, governorLower, tokens)) {
      // "I bridged the interlock", "I now recount every shelf", "I didn't test it": a word the lexicon does not list, read as the verb.
      pos = 'VERB';
      lemma = lower.endsWith('ed') ? pastStem(lower) : lower;
    } else if (pos === 'ADJ' && g === 'PRON' && SUBJECT_PRONOUNS.has(governorLower) && lower.length > 4 && lower.endsWith('ed')) {
      // "I mixed the buffer", "we scared the client": a word the lexicon lists only as an adjective,
      // straight after a subject pronoun, is the past of its verb (a predicate adjective needs "was").
      const verb = pastOfListedVerb(lexicon, lower);
      if (verb !== null) {
        pos = 'VERB';
        lemma = verb;
      }
    } else if (pos === 'ADJ' && g === 'NOUN' && lower.length > 4 && lower.endsWith('ed') && particleThenObject(pieces, i)) {
      // "their dispatch guy mixed up our order": a word the lexicon lists only as an adjective, after
      // a noun and before a particle and an object, is the past of a phrasal verb.
      const verb = pastOfListedVerb(lexicon, lower);
      if (verb !== null) {
        pos = 'VERB';
        lemma = verb;
      }
    } else if (pluralSubjectAtStart(lexicon, pieces, i, pos, lower, lemma)) {
      pos = 'NOUN';
    } else if (participleBeforeSubject(lexicon, pieces, i, pos, lower)) {
      pos = 'ADJ';
    }
    // "I kind of apologised", "it was sort of ignored": a hedge after a subject or an auxiliary, an
    // adverb with its "of", not a noun the clause could take for its subject or a verb "sort".
    if (hedging && lower === 'of') pos = 'ADV';
    hedging = false;
    if (
      (lower === 'kind' || lower === 'sort') &&
      lowerOf(pieces, i + 1) === 'of' &&
      g !== null &&
      (g === 'AUX' || (g === 'PRON' && SUBJECT_PRONOUNS.has(governorLower)) || setOffAfterAux(tokens, g, governorLower, pieces, i))
    ) {
      pos = 'ADV';
      lemma = lower;
      hedging = true;
    }
    // "without flagging the change", "by checking each one": after "without" or "by", an -ing form is the verb's gerund.
    if (pos !== 'VERB' && lower.length > 5 && lower.endsWith('ing') && GERUND_AFTER.has(tokens[tokens.length - 1]?.lower ?? '')) {
      const verb = entry.verb ?? gerundStem(lexicon, lower);
      if (verb !== null) {
        pos = 'VERB';
        lemma = verb;
      }
    }
    // "the 2 + 4am readings", "at 7 am": "am" after a number is the time of day, not the verb.
    if (lower === 'am' && tokens[tokens.length - 1]?.pos === 'NUM') {
      pos = 'NOUN';
      lemma = 'am';
    }
    // "on weds", "by sat am": a day's short name read as a verb ("wed", "sat") names the day after a preposition or before a time of day.
    if (known.dayShort && (DAY_BEFORE.has(tokens[tokens.length - 1]?.lower ?? '') || DAY_PARTS.has(lowerOf(pieces, i + 1) ?? ''))) {
      pos = 'PROPN';
      lemma = lower;
    }
    // "head office IT pushed it out", "IT never told us": "IT" in capitals, in a sentence that is not
    // all capitals, is the department, not the pronoun.
    if (piece.text === 'IT' && departmentIT(pieces, i)) {
      pos = 'PROPN';
      lemma = 'it';
    }
    // "Priya's team": after a noun or a name, 's is the possessive.
    if (lower === "'s" && (previousPos === 'NOUN' || previousPos === 'PROPN')) {
      pos = 'PART';
      lemma = "'s";
    }
    // "I didn't do the second test", "we did the count": "do" in a verb group, before the noun phrase
    // it acts on, is the main verb, and the clause's act (its negation reaches it). Not "did the team
    // check it?", "what did the client say": a question puts "do" before its subject.
    if (pos === 'AUX' && lemma === 'do' && mainDo(lexicon, pieces, i, tokens)) pos = 'VERB';
    if (pos === 'VERB' && lemma === lower && previousPos === 'NOUN' && compoundAfterPreposition(tokens)) pos = 'NOUN';
    // "the team lead never told me", "the site visit went well": a bare verb form after a noun, with
    // the clause's own verb group right after it, heads a compound noun.
    if (pos === 'VERB' && lemma === lower && previousPos === 'NOUN' && verbGroupAfter(lexicon, pieces, i)) pos = 'NOUN';
    // "the file", "a copy", "our pour": a bare verb form right after a determiner is a noun.
    if (pos === 'VERB' && lemma === lower && nounAfterDeterminer(tokens, next?.lower ?? '')) pos = 'NOUN';
    // "the covers were left off", "my checks": a verb's -s form right after a determiner is a plural
    // noun; no verb takes its -s right after "the" or "my". The verb's lemma is the noun's singular.
    else if (pos === 'VERB' && lemma !== lower && pluralAfterDeterminer(tokens, lower, lemma)) pos = 'NOUN';
    if (pos === 'PUNCT' || pos === 'CCONJ' || pos === 'SCONJ') negated = false;
    tokens.push({
      text: piece.text,
      lower,
      lemma,
      pos,
      negated,
      start: offset + starts[i]!,
      end: offset + starts[i]! + piece.text.length,
    });
    // The word's own answer (lower is known.word), and the lemma asked only where it is another word.
    if (known.negator || (lemma !== lower && NEGATORS.has(lemma))) negated = true;
    previousPos = pos;
    if ((pos !== 'ADV' && pos !== 'PART') || lower === 'to') {
      governorPos = pos;
      governorLower = lower;
    }
  }
  return tokens;
}
