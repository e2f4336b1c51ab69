/**
 * The features a sentence classifier sees: lemma n-grams, negation, who acts in each clause and
 * what they do, modality and voice, and where the sentence sits in the answer. Words are lemmas,
 * so "told", "tells" and "telling" are one feature; actors are grammatical roles, so a team the
 * training data never named still counts as another party.
 */
import type { ClauseEvent } from '../nlp/clauses.js';
import { interned, type Token } from '../nlp/analyse.js';
import { actFrames } from './frames.js';
import type { IdHandle } from './logistic.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const ENDS_EST = /est$/;
const CAPS = /[A-Z]/;

export interface SentenceView {
  readonly tokens: readonly Token[];
  readonly events: readonly ClauseEvent[];
  /** Position in the answer, 0-based, and the number of sentences. */
  readonly index: number;
  readonly count: number;
  /** The STAR part named by the writer's heading above this sentence, or null. */
  readonly headingPart: string | null;
  /** What the heading over the sentence names, finer than its part: the lesson, or the change made since. */
  readonly headingNames?: string | null;
  /** The clause events of the sentences before and after, when there are any. */
  readonly previous: readonly ClauseEvent[] | null;
  readonly next: readonly ClauseEvent[] | null;
  /** Source ranges of the sentence's failure wording, to tell whose clause carries the failure. */
  readonly failures: readonly { start: number; end: number }[];
  /** Share of words inside quotation marks. */
  readonly quotedShare: number;
}

/**
 * The tokens that are words: every part of speech but punctuation (NOUN, VERB, ADJ, ADV, PROPN,
 * NUM, AUX, PRON, ADP, PART, DET, SCONJ, CCONJ, INTJ, X, SYM). Asked of every token, so one
 * comparison rather than a lookup in a set of the sixteen.
 */
const isWord = (t: Token): boolean => t.pos !== 'PUNCT';

function wordOf(token: Token): string {
  if (token.pos === 'NUM') return '#';
  // A word that starts with a digit ("3pm", "2fa") is a number too.
  const first = token.lower.charCodeAt(0);
  return first >= 48 && first <= 57 ? '#' : token.lemma;
}

/**
 * A performance cache, not state: each word's feature strings, made (and hashed, when first looked
 * up) once for the run instead of once per sentence. Word features are most of a sentence's
 * features, and building them anew was the costliest step of the analysis. A word's entry holds
 * its unigram, its negated form and the bigrams it opens, so a word costs one lookup here and its
 * bigram with the next word one more.
 */
/**
 * A word feature's name with its id in the last sentence model that scored it: predictFeatures
 * reads the id here instead of looking the name up for every sentence (word features are most of
 * a sentence's features). A performance cache, not state: the id is the vocabulary's, for `model`.
 */
export type FeatureHandle = IdHandle;

/** Where the word features' handles go, in the order their names are listed. */
export interface HandleSink {
  push(handle: FeatureHandle): unknown;
}

function handle(name: string): FeatureHandle {
  return { name, model: null, id: -1 };
}

interface WordEntry {
  readonly word: string;
  /** `w:word`. */
  readonly unigram: FeatureHandle;
  /** `n:word`, made when first needed. */
  negated: FeatureHandle | null;
  /** `b:word_next` by the next word. */
  readonly bigrams: Map<string, Bigram>;
  /** The sentence (its stamp) that last listed the unigram, and the negated form. */
  seen: number;
  negatedSeen: number;
}

interface Bigram extends FeatureHandle {
  /** `b:word_next`. */
  readonly name: string;
  /** The sentence (its stamp) that last listed it. */
  seen: number;
}

/**
 * Each sentence's stamp: a word's features are listed once per sentence by marking the cached
 * entry with it, where a set of strings would hash each one. A feature string is one entry's
 * (unigram and negated form by word, bigram by word pair: no word holds the "_" that joins a
 * pair), so marking entries lists each string once, as the set did, in the same order.
 */
let sentenceStamp = 0;

const entries = new Map<string, WordEntry>();
let cachedFeatures = 0;

function entryOf(word: string): WordEntry {
  let entry = entries.get(word);
  if (entry === undefined) {
    entry = { word, unigram: handle(`w:${word}`), negated: null, bigrams: new Map(), seen: 0, negatedSeen: 0 };
    entries.set(word, entry);
    cachedFeatures++;
  }
  return entry;
}

/** `b:prev_word`, from the cache. */
function bigram(prev: WordEntry, w: string): Bigram {
  let feature = prev.bigrams.get(w);
  if (feature === undefined) {
    feature = { name: `b:${prev.word}_${w}`, model: null, id: -1, seen: 0 };
    prev.bigrams.set(w, feature);
    cachedFeatures++;
  }
  return feature;
}

/** The bigram's name added to `out` (and it to `handles`) unless this sentence listed it already. */
function listBigram(out: string[], handles: HandleSink | undefined, feature: Bigram, stamp: number): void {
  if (feature.seen === stamp) return;
  feature.seen = stamp;
  out.push(feature.name);
  handles?.push(feature);
}

/**
 * Lemma unigrams and bigrams (with sentence-start and sentence-end markers), and negated words, of
 * the tokens that are words (isWord), each listed once in `out` in the order first met. Returns
 * how many words there are.
 */
function addWordFeatures(out: string[], tokens: readonly Token[], handles: HandleSink | undefined): number {
  if (cachedFeatures > 100_000) {
    entries.clear();
    cachedFeatures = 0;
  }
  const stamp = ++sentenceStamp;
  let prev = entryOf('^');
  let count = 0;
  for (const t of tokens) {
    if (!isWord(t)) continue;
    count++;
    const w = wordOf(t);
    const entry = entryOf(w);
    if (entry.seen !== stamp) {
      entry.seen = stamp;
      out.push(entry.unigram.name);
      handles?.push(entry.unigram);
    }
    listBigram(out, handles, bigram(prev, w), stamp);
    if (t.negated) {
      entry.negated ??= handle(`n:${w}`);
      if (entry.negatedSeen !== stamp) {
        entry.negatedSeen = stamp;
        out.push(entry.negated.name);
        handles?.push(entry.negated);
      }
    }
    prev = entry;
  }
  listBigram(out, handles, bigram(prev, '$'), stamp);
  return count;
}

/** Exclamation and question marks, superlatives and words in capitals. */
function addToneFeatures(features: Listed, tokens: readonly Token[]): void {
  for (const t of tokens) {
    if (t.text === '!') features.add('p:!');
    if (t.text === '?') features.add('p:?');
    if (t.pos === 'ADJ' && ENDS_EST.test(t.lower) && t.lower !== t.lemma) features.add('p:superlative');
    // A word with a capital differs from its lower case, whatever clitic it stands for: that cheap test before the pattern.
    if (t.text.length > 2 && t.pos !== 'PROPN' && t.lower !== t.text && CAPS.test(t.text) && t.text === t.text.toUpperCase())
      features.add('p:caps');
  }
}

/**
 * A performance cache, not state: feature names made of a prefix and one or two words
 * (`av:self>tell`), each made once for the run instead of once per clause. The words are an
 * actor, a lemma or a modal, which the analysis shares between tokens, so a lookup here finds them
 * without making a string. Bounded.
 */
class Names {
  private readonly byFirst = new Map<string, Map<string, string>>();
  private size = 0;

  constructor(private readonly prefix: string) {}

  /** `${prefix}${first}`. */
  of(first: string): string {
    return this.pair(first, '');
  }

  /** `${prefix}${first}>${second}`, or `${prefix}${first}` when `second` is empty. */
  pair(first: string, second: string): string {
    let bySecond = this.byFirst.get(first);
    if (bySecond === undefined) {
      if (this.size > 50_000) {
        this.byFirst.clear();
        this.size = 0;
      }
      bySecond = new Map();
      this.byFirst.set(first, bySecond);
    }
    let name = bySecond.get(second);
    if (name === undefined) {
      name = interned(second === '' ? `${this.prefix}${first}` : `${this.prefix}${first}>${second}`);
      bySecond.set(second, name);
      this.size++;
    }
    return name;
  }
}

const A = new Names('a:');
const AV = new Names('av:');
const AN = new Names('an:');
const ANV = new Names('anv:');
const AM = new Names('am:');
const AC = new Names('ac:');
const PASSIVE_ACT = new Names('v:passive>');
const AF = new Names('af:');
const OS = new Names('os:');
const OSV = new Names('osv:');
const MINE = new Names('mine:');
const AV_NOUN = new Names('av:noun>');

/** Who acts in one clause and how: act, negation, modality, voice, failure wording, the speaker as object. */
function addEventFeatures(features: Listed, view: SentenceView, e: ClauseEvent): void {
  const who = e.actor;
  features.add(A.of(who));
  if (e.act) features.add(AV.pair(who, e.act));
  if (e.negated) features.add(AN.of(who));
  if (e.negated && e.act) features.add(ANV.pair(who, e.act));
  if (e.modal) features.add(AM.pair(who, e.modal));
  if (e.counterfactual) features.add(AC.of(who));
  if (e.passive) {
    features.add(e.agent ? 'v:passive-by' : 'v:passive');
    if (!e.agent && e.act) features.add(PASSIVE_ACT.of(e.act));
  }
  const from = view.tokens[e.first]!.start;
  const to = view.tokens[e.last]!.end;
  if (view.failures.some((r) => r.start < to && r.end > from)) {
    features.add(AF.of(who));
    if (e.passive && !e.agent) features.add('af:passive');
    if (e.nounSubject) features.add('af:noun');
  }
  if (e.onSpeaker) features.add(OS.of(who));
  if (e.onSpeaker && e.act) features.add(OSV.pair(who, e.act));
  if (e.subjectMine) features.add(MINE.of(who));
  if (e.nounSubject && who === 'thing') {
    features.add('a:noun');
    if (e.act) features.add(AV_NOUN.of(e.act));
    if (e.negated) features.add('an:noun');
  }
}

/** The neighbour features by side, made once. */
const NEIGHBOURS = {
  prev: { owns: 'prev:self-owns', self: 'prev:self', other: 'prev:other' },
  next: { owns: 'next:self-owns', self: 'next:self', other: 'next:other' },
} as const;

/** Who acts in the sentences either side. */
function addNeighbourFeatures(features: Listed, view: SentenceView): void {
  addNeighbour(features, NEIGHBOURS.prev, view.previous);
  addNeighbour(features, NEIGHBOURS.next, view.next);
}

function addNeighbour(features: Listed, names: (typeof NEIGHBOURS)['prev' | 'next'], events: readonly ClauseEvent[] | null): void {
  if (!events) return;
  for (const e of events) {
    if (e.actor === 'self' && (e.counterfactual || e.negated)) features.add(names.owns);
    if (e.actor === 'self') features.add(names.self);
    if (e.actor === 'other') features.add(names.other);
  }
}

/** The placement features, made once: `pos:0`…`pos:4`, `len:0`…`len:4`, and by heading. */
const POSITIONS = [0, 1, 2, 3, 4].map((n) => interned(`pos:${n}`));
const LENGTHS = [0, 1, 2, 3, 4].map((n) => interned(`len:${n}`));
const HEADING = new Names('h:');
const HEADING_NAMES = new Names('hd:');

/** Where the sentence sits in the answer, its length in words, its heading and how much of it is quoted. */
function addPlacementFeatures(features: Listed, view: SentenceView, wordCount: number): void {
  const position = view.count > 1 ? view.index / (view.count - 1) : 0;
  const at = Math.min(4, Math.floor(position * 5));
  features.add(POSITIONS[at] ?? `pos:${at}`);
  if (view.index === 0) features.add('pos:first');
  if (view.index === view.count - 1) features.add('pos:last');
  if (view.index >= view.count - 2) features.add('pos:last2');
  const n = wordCount;
  features.add(LENGTHS[n < 6 ? 0 : n < 12 ? 1 : n < 25 ? 2 : n < 40 ? 3 : 4]!);
  if (view.headingPart) features.add(HEADING.of(view.headingPart));
  if (view.headingNames) features.add(HEADING_NAMES.of(view.headingNames));
  if (view.quotedShare > 0.5) features.add('q:mostly');
}

const FRAME_NAMES = new Names('x:');

/**
 * Features added after the ones already in `out`, each listed once, in the order first met, as a
 * set would list them, without a set made for every sentence. There are a few dozen, and their
 * names are interned (Names, or literals), so asking whether one is listed compares pointers.
 */
export class Listed {
  private readonly from: number;

  constructor(readonly out: string[]) {
    this.from = out.length;
  }

  add(feature: string): void {
    if (!this.out.includes(feature, this.from)) this.out.push(feature);
  }
}

/**
 * The feature strings of one sentence; each present feature has value 1. The helpers run in a fixed
 * order, which is the order of the strings in the result: keep it when changing them. Given
 * `handles`, the word features (the first ones listed) are added to it too, one handle each, in
 * the same order.
 */
export function sentenceFeatures(view: SentenceView, handles?: HandleSink): string[] {
  // The word features first, listed once each by addWordFeatures; the rest, whose names share no
  // prefix with theirs ("w:", "b:", "n:"), listed once each after them.
  const listed: string[] = [];
  const words = addWordFeatures(listed, view.tokens, handles);
  const features = new Listed(listed);
  addToneFeatures(features, view.tokens);
  let selfActs = 0;
  let othersAct = 0;
  for (const e of view.events) {
    addEventFeatures(features, view, e);
    if (e.actor === 'self' || e.actor === 'group') selfActs++;
    if (e.actor === 'other') othersAct++;
  }
  if (selfActs === 0) features.add('a:no-self');
  addNeighbourFeatures(features, view);
  if (othersAct > 0 && selfActs === 0) features.add('a:only-others');
  for (const frame of actFrames(view.tokens, view.events)) {
    features.add(FRAME_NAMES.of(frame));
    if (selfActs > 0) features.add(FRAME_NAMES.pair(frame, 'self'));
  }
  addPlacementFeatures(features, view, words);
  features.add('bias');
  return listed;
}
