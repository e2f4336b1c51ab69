/**
 * The features a sentence classifier sees: lemma n-grams, negation, who acts in each clause and
 * what they do, modality and voice, and where the sentence sits in the answer. Words are lemmas,
 * so "told", "tells" and "telling" are one feature; actors are grammatical roles, so a team the
 * training data never named still counts as another party.
 */
import type { ClauseEvent } from '../nlp/clauses.js';
import type { Token } from '../nlp/analyse.js';
import { actFrames } from './frames.js';

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

// biome-ignore format: a word list reads best packed, several entries a line
const CONTENT = new Set([
  'NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM', 'AUX', 'PRON', 'ADP', 'PART', 'DET', 'SCONJ', 'CCONJ', 'INTJ', 'X', 'SYM',
]);

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
interface WordEntry {
  readonly word: string;
  /** `w:word`. */
  readonly unigram: string;
  /** `n:word`, made when first needed. */
  negated: string | null;
  /** `b:word_next` by the next word. */
  readonly bigrams: Map<string, string>;
}

const entries = new Map<string, WordEntry>();
let cachedFeatures = 0;

function entryOf(word: string): WordEntry {
  let entry = entries.get(word);
  if (entry === undefined) {
    entry = { word, unigram: `w:${word}`, negated: null, bigrams: new Map() };
    entries.set(word, entry);
    cachedFeatures++;
  }
  return entry;
}

/** `b:prev_word`, from the cache. */
function bigram(prev: WordEntry, w: string): string {
  let feature = prev.bigrams.get(w);
  if (feature === undefined) {
    feature = `b:${prev.word}_${w}`;
    prev.bigrams.set(w, feature);
    cachedFeatures++;
  }
  return feature;
}

/** Lemma unigrams and bigrams (with sentence-start and sentence-end markers), and negated words. */
function addWordFeatures(features: Set<string>, words: readonly Token[]): void {
  if (cachedFeatures > 100_000) {
    entries.clear();
    cachedFeatures = 0;
  }
  let prev = entryOf('^');
  for (const t of words) {
    const w = wordOf(t);
    const entry = entryOf(w);
    features.add(entry.unigram);
    features.add(bigram(prev, w));
    if (t.negated) {
      entry.negated ??= `n:${w}`;
      features.add(entry.negated);
    }
    prev = entry;
  }
  features.add(bigram(prev, '$'));
}

/** Exclamation and question marks, superlatives and words in capitals. */
function addToneFeatures(features: Set<string>, tokens: readonly Token[]): void {
  for (const t of tokens) {
    if (t.text === '!') features.add('p:!');
    if (t.text === '?') features.add('p:?');
    if (t.pos === 'ADJ' && ENDS_EST.test(t.lower) && t.lower !== t.lemma) features.add('p:superlative');
    if (t.text.length > 2 && CAPS.test(t.text) && t.text === t.text.toUpperCase() && t.pos !== 'PROPN') features.add('p:caps');
  }
}

/** Who acts in one clause and how: act, negation, modality, voice, failure wording, the speaker as object. */
function addEventFeatures(features: Set<string>, view: SentenceView, e: ClauseEvent): void {
  const who = e.actor;
  features.add(`a:${who}`);
  if (e.act) features.add(`av:${who}>${e.act}`);
  if (e.negated) features.add(`an:${who}`);
  if (e.negated && e.act) features.add(`anv:${who}>${e.act}`);
  if (e.modal) features.add(`am:${who}>${e.modal}`);
  if (e.counterfactual) features.add(`ac:${who}`);
  if (e.passive) {
    features.add(e.agent ? 'v:passive-by' : 'v:passive');
    if (!e.agent && e.act) features.add(`v:passive>${e.act}`);
  }
  const from = view.tokens[e.first]!.start;
  const to = view.tokens[e.last]!.end;
  if (view.failures.some((r) => r.start < to && r.end > from)) {
    features.add(`af:${who}`);
    if (e.passive && !e.agent) features.add('af:passive');
    if (e.nounSubject) features.add('af:noun');
  }
  if (e.onSpeaker) features.add(`os:${who}`);
  if (e.onSpeaker && e.act) features.add(`osv:${who}>${e.act}`);
  if (e.subjectMine) features.add(`mine:${who}`);
  if (e.nounSubject && who === 'thing') {
    features.add('a:noun');
    if (e.act) features.add(`av:noun>${e.act}`);
    if (e.negated) features.add('an:noun');
  }
}

/** Who acts in the sentences either side. */
function addNeighbourFeatures(features: Set<string>, view: SentenceView): void {
  for (const [name, events] of [
    ['prev', view.previous],
    ['next', view.next],
  ] as const) {
    if (!events) continue;
    for (const e of events) {
      if (e.actor === 'self' && (e.counterfactual || e.negated)) features.add(`${name}:self-owns`);
      if (e.actor === 'self') features.add(`${name}:self`);
      if (e.actor === 'other') features.add(`${name}:other`);
    }
  }
}

/** Where the sentence sits in the answer, its length in words, its heading and how much of it is quoted. */
function addPlacementFeatures(features: Set<string>, view: SentenceView, wordCount: number): void {
  const position = view.count > 1 ? view.index / (view.count - 1) : 0;
  features.add(`pos:${Math.min(4, Math.floor(position * 5))}`);
  if (view.index === 0) features.add('pos:first');
  if (view.index === view.count - 1) features.add('pos:last');
  if (view.index >= view.count - 2) features.add('pos:last2');
  const n = wordCount;
  features.add(`len:${n < 6 ? 0 : n < 12 ? 1 : n < 25 ? 2 : n < 40 ? 3 : 4}`);
  if (view.headingPart) features.add(`h:${view.headingPart}`);
  if (view.headingNames) features.add(`hd:${view.headingNames}`);
  if (view.quotedShare > 0.5) features.add('q:mostly');
}

/**
 * The feature strings of one sentence; each present feature has value 1. The helpers run in a fixed
 * order, which is the order of the strings in the result: keep it when changing them.
 */
export function sentenceFeatures(view: SentenceView): string[] {
  const features = new Set<string>();
  const words = view.tokens.filter((t) => CONTENT.has(t.pos));
  addWordFeatures(features, words);
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
    features.add(`x:${frame}`);
    if (selfActs > 0) features.add(`x:${frame}>self`);
  }
  addPlacementFeatures(features, view, words.length);
  features.add('bias');
  return [...features];
}
