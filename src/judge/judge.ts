/**
 * The learned layer of judgement. Each sentence is analysed (tokens, clause events, features) once
 * per answer; sentence classifiers score it for the flaws that show in a phrase and for the parts
 * of the story (failure, stakes, fix, lesson, prevention); an answer-level classifier per rule
 * then weighs those scores together with what the rule's own check found. The rule reports only
 * when that answer score clears a threshold chosen by leave-one-set-out on the labelled corpus.
 */
import { readFileSync } from 'node:fs';
import type { Answer, Sentence } from '../answer/model.js';
import { analyse, type Token } from '../nlp/analyse.js';
import { clauseEvents, speakerOwns, type ClauseEvent } from '../nlp/clauses.js';
import { sentenceFeatures, type FeatureHandle, type HandleSink } from './features.js';
import {
  FACT,
  featureFacts,
  hollowPart,
  neighbourStoryFeatures,
  OMISSION_PARTS,
  recordFacts,
  storyFeatures as storySentenceFeatures,
} from './story-features.js';
import { failureSpans } from '../answer/signals.js';
import { omissionReadings } from './omission-readings.js';
import { answerOmissionFeatures } from './omission-answer.js';
import {
  loadPacked,
  predictFeatures,
  sigmoid,
  type SentenceHandles,
  type LinearModel,
  type PackedModels,
  type SavedPackedModels,
} from './logistic.js';

/** The story parts scored for every sentence. */
export const STORY_LABELS = ['failure', 'stakes', 'remedy', 'lesson', 'prevention'] as const;
export type StoryLabel = (typeof STORY_LABELS)[number];

export interface RulePolicy {
  /** Answer-level score at or above which the rule speaks. */
  readonly threshold: number;
  /** The answer score at or above which the rule speaks when its own check found something. */
  readonly checked?: number;
  /** Sentence score at or above which a sentence is reported as the rule's evidence. */
  readonly spot: number;
}

export interface JudgementModel {
  /** sha256 of the corpus and the feature code the model was trained from. */
  readonly fingerprint: string;
  /** Sentence classifiers by label (rule ids and story parts), over one vocabulary. */
  readonly sentence: PackedModels;
  /** Answer classifiers by rule id. */
  readonly answer: Readonly<Record<string, LinearModel>>;
  readonly policy: Readonly<Record<string, RulePolicy>>;
}

export interface SentenceAnalysis {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly events: readonly ClauseEvent[];
  readonly features: readonly string[];
  /**
   * How many of `features` are word features ("w:", "b:", "n:"), which come first: a reader of the
   * other features (frames, headings) starts after them. Absent where the analysis was made by hand.
   */
  readonly wordFeatures?: number;
}

const analyses = new WeakMap<Answer, SentenceAnalysis[]>();
/**
 * A performance buffer, not state: the word-feature handles of the answer analysed last (the first
 * features of each sentence, sentence after sentence), which judge() reads when it scores that
 * answer, as it does right after analysing it. Reused from answer to answer, so it makes no garbage;
 * for any other answer judge() looks the features up by name, which gives the same ids.
 */
class HandleBuffer implements HandleSink, SentenceHandles {
  readonly items: FeatureHandle[] = [];
  readonly ends: number[] = [];
  count = 0;
  /** The analysis the buffer holds the handles of. */
  of: readonly SentenceAnalysis[] | null = null;

  push(handle: FeatureHandle): void {
    this.items[this.count++] = handle;
  }

  /** The end of sentence `i`'s handles. */
  end(i: number): void {
    this.ends[i] = this.count;
  }
}

const lastHandles = new HandleBuffer();

/** Tokens, clause events and features of every sentence, computed once per answer. */
export function analyseAnswer(answer: Answer): readonly SentenceAnalysis[] {
  const cached = analyses.get(answer);
  if (cached) return cached;
  const count = answer.sentences.length;
  const tagged = answer.sentences.map((sentence) => {
    const tokens = analyse(sentence.text, sentence.start);
    const events = clauseEvents(tokens);
    // The story features, then the omission readings (both arrays are made here).
    const story = storySentenceFeatures(tokens, events);
    for (const reading of omissionReadings(tokens, events)) story.push(reading);
    return { tokens, events, story };
  });
  // Where the trouble is first told: what comes after it is told as consequence, fix or lesson.
  const trouble = answer.sentences.findIndex((s) => s.signals.failure);
  const handles = lastHandles;
  handles.count = 0;
  handles.of = null;
  const result = answer.sentences.map((sentence, i) => {
    const { tokens, events, story } = tagged[i]!;
    const section = answer.sections[sentence.sectionIndex];
    let quoted = 0;
    for (const w of sentence.words) if (w.quoted) quoted++;
    const wordsFrom = handles.count;
    const features = sentenceFeatures(
      {
        tokens,
        events,
        failures: failureSpans(sentence),
        previous: tagged[i - 1]?.events ?? null,
        next: tagged[i + 1]?.events ?? null,
        index: sentence.index,
        count,
        // A part guessed for the unlabelled lines before the first label is no heading.
        headingPart: answer.explicitSections && section && !section.inferred ? section.part : null,
        headingNames: answer.explicitSections && section && !section.inferred ? section.names : null,
        quotedShare: sentence.words.length > 0 ? quoted / sentence.words.length : 0,
      },
      handles,
    );
    handles.end(i);
    for (const f of story) features.push(f);
    neighbourStoryFeatures('prev', tagged[i - 1]?.story ?? null, features);
    neighbourStoryFeatures('next', tagged[i + 1]?.story ?? null, features);
    const where = trouble < 0 ? 'sf:no-trouble' : i < trouble ? 'sf:before-trouble' : i === trouble ? 'sf:at-trouble' : 'sf:after-trouble';
    features.push(where);
    recordFacts(features, story, where);
    return { sentence, tokens, events, features, wordFeatures: handles.count - wordsFrom };
  });
  analyses.set(answer, result);
  handles.of = result;
  return result;
}

export interface Judgement {
  readonly sentences: readonly SentenceAnalysis[];
  /** Sentence scores by label, one per sentence. */
  readonly scores: ReadonlyMap<string, readonly number[]>;
}

/**
 * Each answer's judgement by the model it was judged with: the first model's in the entry itself
 * (a run judges with one model), any other's in a map made only then.
 */
interface Judged {
  readonly model: JudgementModel;
  readonly judgement: Judgement;
  others?: WeakMap<JudgementModel, Judgement>;
}

const judgements = new WeakMap<Answer, Judged>();

export function judge(answer: Answer, model: JudgementModel): Judgement {
  const judged = judgements.get(answer);
  if (judged !== undefined) {
    if (judged.model === model) return judged.judgement;
    const other = judged.others?.get(model);
    if (other) return other;
  }
  const sentences = analyseAnswer(answer);
  // Pushed onto a literal: an empty .map() result (an answer with no sentences) had another map
  // than a filled one, and predictFeatures went back to the interpreter on meeting it.
  const features: (readonly string[])[] = [];
  for (const s of sentences) features.push(s.features);
  const byLabel = predictFeatures(model.sentence, features, lastHandles.of === sentences ? lastHandles : undefined);
  const scores = new Map<string, number[]>();
  model.sentence.labels.forEach((label, l) => {
    scores.set(label, byLabel[l]!);
  });
  const judgement = { sentences, scores };
  if (judged === undefined) judgements.set(answer, { model, judgement });
  else {
    judged.others ??= new WeakMap();
    judged.others.set(model, judgement);
  }
  return judgement;
}

const LEVELS = [0.2, 0.35, 0.5, 0.65, 0.8, 0.9];

/**
 * A performance cache, not state: each name's level features ("max>=0.5"), made once. The same
 * strings every time also make the answer classifiers' lookups fast: a property lookup by a new
 * string interns it first. The names are the labels' and a few fixed ones.
 */
const levelNames = new Map<string, readonly string[]>();

function levels(name: string, value: number, into: FeatureSink): void {
  let names = levelNames.get(name);
  if (names === undefined) {
    names = LEVELS.map((level) => `${name}>=${level}`);
    levelNames.set(name, names);
  }
  for (let i = 0; i < LEVELS.length; i++) {
    if (value < LEVELS[i]!) break;
    into.push(names[i]!);
  }
}

/** The second highest of the values top() was last given: read right after it (top() returns the highest), with no pair made for each call. */
let topSecond = 0;

/** The highest of `values` (0 if none is above it); the second highest is then in topSecond. */
function top(values: readonly number[]): number {
  let a = 0;
  let b = 0;
  // By index: the iterator of a for-of was allocated afresh on each call.
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > a) {
      b = a;
      a = v;
    } else if (v > b) b = v;
  }
  topSecond = b;
  return a;
}

/** A digit anywhere in the text (what /\d/ finds), without a pattern made for each word. */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** What the rule's own check found, summarised for the answer classifier. */
export interface CheckSummary {
  readonly findings: number;
  readonly milder: number;
  /** Findings read from the clause events rather than the phrase lists. */
  readonly fromEvents: number;
}

const stories = new WeakMap<Judgement, readonly string[]>();

/** Who acts in a sentence, as answer features: a fix told as the speaker's own act, or as what others did. */
function actorsOf(names: LabelNames, events: readonly ClauseEvent[], into: string[]): void {
  if (events.some((e) => (e.actor === 'self' || e.actor === 'group') && !e.negated && !e.counterfactual && !e.modal))
    into.push(names.selfActs);
  if (events.some((e) => e.actor === 'other' && !e.negated)) into.push(names.othersAct);
  if (events.some((e) => e.passive && !e.agent)) into.push(names.passive);
}

/** The names of a story label's answer features, made once. */
interface LabelNames {
  /** `${label}2`: its second best sentence. */
  readonly second: string;
  /** `${label}@0`…`${label}@2`: where its best sentence sits. */
  readonly at: readonly string[];
  readonly selfActs: string;
  readonly othersAct: string;
  readonly passive: string;
  readonly measured: string;
  readonly afterFailure: string;
  readonly many: string;
}

/**
 * A performance cache, not state: each story label's feature names, made once rather than once per
 * answer. The same strings every time also make the answer classifiers' lookups of them fast (see levels).
 */
const LABEL_NAMES: ReadonlyMap<string, LabelNames> = new Map(
  STORY_LABELS.map((label) => [
    label,
    {
      second: `${label}2`,
      at: [0, 1, 2].map((n) => `${label}@${n}`),
      selfActs: `${label}:self-acts`,
      othersAct: `${label}:others-act`,
      passive: `${label}:passive`,
      measured: `${label}:measured`,
      afterFailure: `${label}:after-failure`,
      many: `${label}:3+`,
    },
  ]),
);

/** How many sentences tell an act in each frame (an aim, a concealment, a comparison with everyone else...). */
function cueFeatures(judgement: Judgement): string[] {
  const counts = new Map<string, number>();
  for (const s of judgement.sentences) {
    // "x:" read by its two codes first: most features are not frames. The word features, most of them, are none.
    const features = s.features;
    for (let k = s.wordFeatures ?? 0; k < features.length; k++) {
      const f = features[k]!;
      if (f.charCodeAt(0) === 120 && f.charCodeAt(1) === 58 && !f.endsWith('>self')) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }
  const out: string[] = [];
  for (const [f, n] of counts) {
    out.push(`cue:${f.slice(2)}`);
    if (n > 1) out.push(`cue:${f.slice(2)}>1`);
  }
  const kinds = counts.size;
  if (kinds > 1) out.push('cues>1');
  if (kinds > 2) out.push('cues>2');
  return out;
}

/** The sentences told as a part with some confidence, and whether they carry it: a lesson with no content is no lesson. */
export function partSubstance(judgement: Judgement): string[] {
  const out: string[] = [];
  const lesson = judgement.scores.get('lesson');
  const prevention = judgement.scores.get('prevention');
  if (!lesson || !prevention) return out;
  // The answer's best account of what changed: a lesson or a prevention, whichever is told more surely.
  levels('learned', Math.max(0, ...lesson.map((v, i) => Math.max(v, prevention[i] ?? 0))), out);
  for (const part of Object.values(OMISSION_PARTS)) {
    const scores = judgement.scores.get(part) ?? [];
    const told = judgement.sentences.filter((_, i) => (scores[i] ?? 0) >= 0.35);
    if (told.length === 0) continue;
    const solid = told.filter((s) => !hollowPart(part, s.features));
    out.push(solid.length > 0 ? `${part}:solid` : `${part}:hollow`);
    if (solid.some((s) => (scores[s.sentence.index] ?? 0) >= 0.5)) out.push(`${part}:solid>=0.5`);
  }
  if (judgement.sentences.some((s, i) => (prevention[i] ?? 0) >= 0.35 && (featureFacts(s.features) & FACT.selfHabit) !== 0))
    out.push('prevention:habit');

  return out;
}

/** Sentences told in the place of the part an omission rule looks for, that do not carry it: the omission's evidence. */
export function hollowSentences(judgement: Judgement, ruleId: string, atLeast: number): number[] {
  const part = OMISSION_PARTS[ruleId];
  const scores = part ? judgement.scores.get(part) : undefined;
  if (!part || !scores) return [];
  return judgement.sentences
    .map((s, i) => ({ i, score: scores[i] ?? 0, hollow: hollowPart(part, s.features) }))
    .filter((x) => x.hollow && x.score >= atLeast)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.i);
}

/** The features every rule's answer classifier shares: how strongly each part of the story is told, and who owns the failure. Computed once per answer. */
function storyFeatures(judgement: Judgement): readonly string[] {
  const cached = stories.get(judgement);
  if (cached) return cached;
  const features: string[] = [];
  for (const label of STORY_LABELS) {
    const scores = judgement.scores.get(label);
    if (!scores) continue;
    const names = LABEL_NAMES.get(label)!;
    const first = top(scores);
    const second = topSecond;
    levels(label, first, features);
    levels(names.second, second, features);
    // Where the best sentence for the part sits: a lesson at the start is not a closing lesson.
    const at = scores.indexOf(first);
    if (scores.length > 1 && first >= 0.35) features.push(names.at[Math.min(2, Math.floor((3 * at) / scores.length))]!);
    if (first >= 0.35) {
      const best = judgement.sentences[at]!;
      actorsOf(names, best.events, features);
      // A consequence told with a measure (hours, money, people) is a stake; a fix told after the failure is a fix.
      if (best.tokens.some((t) => t.pos === 'NUM' || hasDigit(t.text))) features.push(names.measured);
      const failure = judgement.scores.get('failure');
      if (failure && label !== 'failure' && at > failure.indexOf(Math.max(...failure))) features.push(names.afterFailure);
    }
    let told = 0;
    for (const v of scores) if (v >= 0.5) told++;
    if (told > 2) features.push(names.many);
  }
  features.push(...cueFeatures(judgement), ...partSubstance(judgement));
  let owned = 0;
  let others = 0;
  let selfActs = 0;
  for (const s of judgement.sentences) {
    for (const e of s.events) {
      if (e.actor === 'self') selfActs++;
      if (speakerOwns(e)) owned++;
      if (e.actor === 'other') others++;
    }
  }
  if (owned > 0) features.push('owns');
  if (owned > 2) features.push('owns>2');
  if (others > selfActs / 2) features.push('others-act-often');
  if (others > selfActs) features.push('others-act-more');
  stories.set(judgement, features);
  return features;
}

/** The answer-level features for one rule: its sentence scores, the story parts, its own check. */
export function answerFeatures(
  answer: Answer,
  judgement: Judgement,
  ruleId: string,
  check: CheckSummary,
  scope: 'phrase' | 'answer',
): string[] {
  const features: string[] = [];
  ownFeatures(judgement, ruleId, features);
  for (const f of storyFeatures(judgement)) features.push(f);
  checkFeatures(answer, judgement, ruleId, check, scope, features);
  return features;
}

/**
 * Where the answer features go, one after another: a list of them (answerFeatures, for training),
 * or a running sum of one classifier's weights (answerScoreFor), which then needs no list.
 */
interface FeatureSink {
  push(feature: string): unknown;
}

/** The answer features before the story parts: the bias and the rule's own sentence scores. */
function ownFeatures(judgement: Judgement, ruleId: string, features: FeatureSink): void {
  features.push('bias');
  const own = judgement.scores.get(ruleId);
  if (own) {
    const first = top(own);
    const second = topSecond;
    levels('max', first, features);
    levels('second', second, features);
  }
}

/** The answer features after the story parts: the omission readings, the rule's own check, the answer's length and headings. */
function checkFeatures(
  answer: Answer,
  judgement: Judgement,
  ruleId: string,
  check: CheckSummary,
  scope: 'phrase' | 'answer',
  features: FeatureSink,
): void {
  for (const f of answerOmissionFeatures(judgement, ruleId)) features.push(f);
  if (check.findings > 0) features.push('check');
  if (check.findings > 1) features.push('check>1');
  if (check.findings > 3) features.push('check>3');
  if (check.milder > 0) features.push('check:milder');
  if (check.fromEvents > 0) features.push('check:events');
  if (check.findings > check.fromEvents) features.push('check:phrases');
  // How long the answer is bears on what it leaves out, not on whether a phrase blames or hedges:
  // phrase rules must judge a short draft as they judge a long one.
  if (scope === 'phrase') return;
  const words = answer.wordCount;
  features.push(`words:${words < 60 ? 0 : words < 120 ? 1 : words < 200 ? 2 : words < 350 ? 3 : words < 500 ? 4 : 5}`);
  if (answer.explicitSections) features.push('headings');
  // What a check finds under the writer's own headings ("no section under that heading") is a
  // fact about the answer's shape; found by reading free-form sentences, it is an inference.
  if (answer.explicitSections && check.findings > 0) features.push('check:headings');
}

/**
 * A performance cache, not state: each answer classifier's weights as a map. Every rule's score
 * reads the same few dozen feature strings; a map finds each by its hash, where a property lookup
 * by a string not yet interned interns it first.
 */
const weightMaps = new WeakMap<LinearModel, Map<string, number>>();
/** The names every object inherits ("constructor", "toString"…): looked up on the weights as predict() does. */
const INHERITED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

function weightMap(classifier: LinearModel): Map<string, number> {
  let weights = weightMaps.get(classifier);
  if (weights === undefined) {
    weights = new Map(Object.entries(classifier.weights));
    weightMaps.set(classifier, weights);
  }
  return weights;
}

/** What predict(classifier, features) gives, to the bit: the bias and each weight summed in the same order. */
export function answerScore(model: JudgementModel, features: readonly string[], ruleId: string): number | null {
  const classifier = model.answer[ruleId];
  if (!classifier) return null;
  return sigmoid(addWeights(classifier, classifier.bias, features));
}

/** `z` plus the classifier's weight of each feature in turn, as predict() adds them. */
function addWeights(classifier: LinearModel, z: number, features: readonly string[]): number {
  const sum = weightSum(classifier, z);
  for (const f of features) sum.push(f);
  return sum.z;
}

/** A running sum of one classifier's weights, fed features as answerFeatures lists them, added as predict() adds them. */
class WeightSum implements FeatureSink {
  classifier: LinearModel = { bias: 0, weights: {} };
  weights: ReadonlyMap<string, number> = new Map();
  z = 0;

  push(f: string): void {
    const w = this.weights.get(f);
    this.z += w !== undefined ? w : INHERITED.has(f) ? (this.classifier.weights[f] ?? 0) : 0;
  }
}

/** The one running sum, reset for each score: a score is summed to its end before the next starts. */
const runningSum = new WeightSum();

/** The running sum, started at `z` for `classifier`. */
function weightSum(classifier: LinearModel, z: number): WeightSum {
  runningSum.classifier = classifier;
  runningSum.weights = weightMap(classifier);
  runningSum.z = z;
  return runningSum;
}

/**
 * A performance cache, not state: the answer classifiers' features as numbers (every classifier's
 * names, one id each) and each classifier's weights by id, 0 where it has none. The story
 * features every rule shares are turned into ids once per answer (storyIds) and each rule's score
 * reads its weights by them.
 */
interface AnswerWeights {
  readonly ids: ReadonlyMap<string, number>;
  readonly dense: ReadonlyMap<LinearModel, Float64Array>;
}

const answerWeights = new WeakMap<JudgementModel, AnswerWeights>();

function answerWeightsOf(model: JudgementModel): AnswerWeights {
  let made = answerWeights.get(model);
  if (made === undefined) {
    const ids = new Map<string, number>();
    // An inherited name gets no id: it is read from each classifier's weights, as predict() reads it.
    for (const classifier of Object.values(model.answer))
      for (const f of Object.keys(classifier.weights)) if (!ids.has(f) && !INHERITED.has(f)) ids.set(f, ids.size);
    const dense = new Map<LinearModel, Float64Array>();
    for (const classifier of Object.values(model.answer)) {
      const weights = new Float64Array(ids.size);
      for (const [f, w] of Object.entries(classifier.weights)) {
        const id = ids.get(f);
        if (id !== undefined) weights[id] = w;
      }
      dense.set(classifier, weights);
    }
    made = { ids, dense };
    answerWeights.set(model, made);
  }
  return made;
}

/** An id no classifier has: its weight is 0. */
const NO_WEIGHT = -1;
/** A name every object inherits: its weight is read from the weights as predict() reads it. */
const INHERITED_NAME = -2;

/** Performance cache, not state: the ids of a judgement's story features, for the model they were made for. */
const storyIdCache = new WeakMap<Judgement, { readonly model: JudgementModel; readonly ids: readonly number[] }>();

function storyIds(judgement: Judgement, model: JudgementModel): readonly number[] {
  const cached = storyIdCache.get(judgement);
  if (cached !== undefined && cached.model === model) return cached.ids;
  const { ids } = answerWeightsOf(model);
  const story = storyFeatures(judgement);
  // A plain array of small integers: a typed array made once per answer cost more to make than it saved in reading.
  const out: number[] = [];
  for (let k = 0; k < story.length; k++) {
    const f = story[k]!;
    out.push(ids.get(f) ?? (INHERITED.has(f) ? INHERITED_NAME : NO_WEIGHT));
  }
  storyIdCache.set(judgement, { model, ids: out });
  return out;
}

/**
 * The rule's answer score: answerScore(model, answerFeatures(...), ruleId), to the bit, without
 * making the features: the bias, then the weight of each feature in the order answerFeatures
 * lists them, the story features every rule shares read by their ids.
 */
export function answerScoreFor(
  model: JudgementModel,
  answer: Answer,
  judgement: Judgement,
  ruleId: string,
  check: CheckSummary,
  scope: 'phrase' | 'answer',
): number | null {
  const classifier = model.answer[ruleId];
  if (!classifier) return null;
  // The story features' ids first (made once per answer): the running sum then runs from the bias to its end uninterrupted.
  const ids = storyIds(judgement, model);
  const dense = answerWeightsOf(model).dense.get(classifier)!;
  const story = storyFeatures(judgement);
  const sum = weightSum(classifier, classifier.bias);
  ownFeatures(judgement, ruleId, sum);
  let z = sum.z;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    z += id >= 0 ? dense[id]! : id === NO_WEIGHT ? 0 : (classifier.weights[story[k]!] ?? 0);
  }
  sum.z = z;
  checkFeatures(answer, judgement, ruleId, check, scope, sum);
  return sigmoid(sum.z);
}

const MODEL_FILE = new URL('./judgement-model.json', import.meta.url);
let shipped: JudgementModel | null | undefined;

/** The model as saved: sentence classifiers packed and quantised. */
export interface SavedJudgementModel extends Omit<JudgementModel, 'sentence'> {
  readonly sentence: SavedPackedModels;
}

export function loadModel(saved: SavedJudgementModel): JudgementModel {
  return { ...saved, sentence: loadPacked(saved.sentence) };
}

/** The model that ships with the package, or null when it is missing (rules then judge alone). */
export function shippedModel(): JudgementModel | null {
  if (shipped !== undefined) return shipped;
  try {
    shipped = loadModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as SavedJudgementModel);
  } catch {
    shipped = null;
  }
  return shipped;
}
