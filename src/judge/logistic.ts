/**
 * Binary logistic regression over sparse string features: prediction for the linter, training
 * for the reproducible build script (test/eval/train.ts). Plain TypeScript, no dependency.
 */

export interface LinearModel {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function predict(model: LinearModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

export interface Example {
  readonly features: readonly string[];
  readonly label: 0 | 1;
}

export interface TrainOptions {
  epochs?: number;
  /** L2 penalty per example step. */
  l2?: number;
  learningRate?: number;
  /** Weight of positive examples relative to negative ones (class balance). */
  positiveWeight?: number;
  /** Weights smaller than this are dropped from the saved model. */
  prune?: number;
  /** Features seen in fewer examples than this are ignored: rare words overfit and bloat the model. */
  minCount?: number;
  /** Deterministic shuffling. */
  seed?: number;
  /**
   * The epoch from which the weights at each epoch's end are averaged into the model (default:
   * the last epoch alone). An average of the later epochs depends far less on the order the
   * examples were shuffled in than the last step does.
   */
  averageFrom?: number;
  /**
   * How many models to train, each on its own shuffling of the examples, whose weights are
   * averaged into the one saved (default 1). The average depends far less on any one order than
   * each model does, and it scores as fast as one model.
   */
  bags?: number;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Feature strings as dense ids, remembered per feature array: training reads the same sentences
 * many times (one model per label and fold), so each array is converted once.
 */
export class FeatureIndex {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  private readonly converted = new WeakMap<readonly string[], Int32Array>();

  idsOf(features: readonly string[]): Int32Array {
    let out = this.converted.get(features);
    if (out) return out;
    out = new Int32Array(features.length);
    features.forEach((f, i) => {
      let id = this.ids.get(f);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(f, id);
        this.names.push(f);
      }
      out![i] = id;
    });
    this.converted.set(features, out);
    return out;
  }
}

/** AdaGrad stochastic gradient descent on the weighted log loss. */
export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}, index = new FeatureIndex()): LinearModel {
  const epochs = options.epochs ?? 12;
  const l2 = options.l2 ?? 1e-4;
  const rate = options.learningRate ?? 0.3;
  const positives = examples.filter((e) => e.label === 1).length;
  const balance = options.positiveWeight ?? (positives > 0 ? Math.min(20, Math.sqrt((examples.length - positives) / positives)) : 1);
  const rows = examples.map((e) => ({ ids: index.idsOf(e.features), label: e.label }));
  const size = index.names.length;
  const counts = new Int32Array(size);
  for (const row of rows) for (let k = 0; k < row.ids.length; k++) counts[row.ids[k]!]!++;
  const minCount = options.minCount ?? 1;
  if (minCount > 1) {
    for (const row of rows) row.ids = row.ids.filter((f) => counts[f]! >= minCount);
  }
  const averageFrom = Math.min(options.averageFrom ?? epochs - 1, epochs - 1);
  const sum = new Float64Array(size);
  let biasSum = 0;
  const bags = Math.max(1, Math.floor(options.bags ?? 1));
  for (let bag = 0; bag < bags; bag++) {
    const seed = (options.seed ?? 7) + bag * BAG_SEED_STEP;
    const run = trainOnce(rows, size, { epochs, l2, rate, balance, averageFrom, seed });
    for (let f = 0; f < size; f++) sum[f] = sum[f]! + run.weights[f]!;
    biasSum += run.bias;
  }
  const weights = new Float64Array(size);
  for (let f = 0; f < size; f++) weights[f] = sum[f]! / bags;
  const bias = biasSum / bags;
  const prune = options.prune ?? 0.01;
  const kept: Record<string, number> = {};
  const order = [...weights.keys()]
    .filter((f) => Math.abs(weights[f]!) >= prune)
    .sort((a, b) => (index.names[a]! < index.names[b]! ? -1 : 1));
  for (const f of order) kept[index.names[f]!] = Math.round(weights[f]! * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights: kept };
}

/**
 * Seeds of successive bags lie this far apart, so that no bag repeats another's shuffles while
 * training runs fewer than a thousand epochs (each epoch adds one to its seed). Seeds given a
 * multiple of it apart share bags: compare seeds 7 and 11, not 7 and 1007.
 */
const BAG_SEED_STEP = 1000;

interface Run {
  readonly epochs: number;
  readonly l2: number;
  readonly rate: number;
  readonly balance: number;
  readonly averageFrom: number;
  readonly seed: number;
}

/** One model by AdaGrad, its weights averaged over the epochs from `averageFrom` on. */
function trainOnce(
  rows: readonly { ids: Int32Array; label: 0 | 1 }[],
  size: number,
  { epochs, l2, rate, balance, averageFrom, seed }: Run,
): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const sum = new Float64Array(size);
  let biasSum = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const row of shuffled(rows, seed + epoch)) {
      const ids = row.ids;
      let z = bias;
      for (let k = 0; k < ids.length; k++) z += weights[ids[k]!]!;
      const p = sigmoid(z);
      const gradient = (p - row.label) * (row.label === 1 ? balance : 1);
      biasSquares += gradient * gradient;
      bias -= (rate * gradient) / Math.sqrt(biasSquares);
      for (let k = 0; k < ids.length; k++) {
        const f = ids[k]!;
        const g = gradient + l2 * weights[f]!;
        squares[f] = squares[f]! + g * g;
        weights[f] = weights[f]! - (rate * g) / Math.sqrt(squares[f]!);
      }
    }
    if (epoch >= averageFrom) {
      for (let f = 0; f < size; f++) sum[f] = sum[f]! + weights[f]!;
      biasSum += bias;
    }
  }
  const snapshots = epochs - averageFrom;
  for (let f = 0; f < size; f++) weights[f] = sum[f]! / snapshots;
  return { weights, bias: biasSum / snapshots };
}

/**
 * Several linear models over one vocabulary, as dense arrays: a sentence's features are looked up
 * once and scored for every label. Saved with weights quantised to 8 bits, so the model ships
 * small and loads in a few milliseconds.
 */
export interface PackedModels {
  readonly labels: readonly string[];
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly biases: readonly number[];
  readonly weights: readonly Float32Array[];
}

export interface SavedPackedModels {
  readonly labels: string[];
  readonly vocabulary: string[];
  readonly biases: number[];
  readonly scales: number[];
  /** base64 of signed bytes, one per vocabulary entry, per label. */
  readonly weights: string[];
}

export function packModels(models: Readonly<Record<string, LinearModel>>): PackedModels {
  const labels = Object.keys(models).sort();
  const names = [...new Set(labels.flatMap((l) => Object.keys(models[l]!.weights)))].sort();
  const vocabulary = new Map(names.map((n, i) => [n, i]));
  const weights = labels.map((l) => {
    const dense = new Float32Array(names.length);
    for (const [f, w] of Object.entries(models[l]!.weights)) dense[vocabulary.get(f)!] = w;
    return dense;
  });
  return { labels, vocabulary, biases: labels.map((l) => models[l]!.bias), weights };
}

/**
 * A performance cache, not state: each model's feature ids by the feature strings the analysis
 * made (-1 for a feature the model does not know). Most feature strings come from the analysis's
 * own caches, so the same string recurs and matches its entry here without comparing its letters
 * with a vocabulary string elsewhere in memory. Bounded.
 */
const idCaches = new WeakMap<PackedModels, Map<string, number>>();
const ID_CACHE_LIMIT = 200_000;

/** Feature ids of a sentence in a packed vocabulary (unknown features dropped). */
export function featureIds(packed: PackedModels, features: readonly string[]): number[] {
  let cache = idCaches.get(packed);
  if (!cache || cache.size > ID_CACHE_LIMIT) {
    cache = new Map();
    idCaches.set(packed, cache);
  }
  const ids: number[] = [];
  for (const f of features) {
    let id = cache.get(f);
    if (id === undefined) {
      id = packed.vocabulary.get(f) ?? -1;
      cache.set(f, id);
    }
    if (id >= 0) ids.push(id);
  }
  return ids;
}

export function predictPacked(packed: PackedModels, label: number, ids: readonly number[]): number {
  const w = packed.weights[label]!;
  let z = packed.biases[label]!;
  for (const id of ids) z += w[id]!;
  return sigmoid(z);
}

/**
 * A performance cache of each model, not state: its weights again feature by feature (row `id`
 * holds every label's weight for that feature, side by side), made on first use. Scoring a
 * sentence then reads a few adjacent numbers per feature, where the labels' own arrays put each
 * label's weight for the feature in a different part of memory.
 */
const byFeature = new WeakMap<PackedModels, Float32Array>();

function featureRows(packed: PackedModels): Float32Array {
  const rows = byFeature.get(packed);
  if (rows) return rows;
  const labels = packed.weights.length;
  const size = packed.weights[0]?.length ?? 0;
  const made = new Float32Array(labels * size);
  packed.weights.forEach((w, l) => {
    for (let id = 0; id < size; id++) made[id * labels + l] = w[id]!;
  });
  byFeature.set(packed, made);
  return made;
}

/**
 * One sentence's score under every label, pushed onto each label's list: the bias, then the rows
 * of its first `count` feature ids in turn, as predictPacked sums them, so the scores are the same
 * to the bit. Eight labels are summed side by side, each in its own running sum: each pass over
 * the ids then reads eight adjacent weights of a row (four left the ids read six times for 24 labels).
 */
function pushScores(out: number[][], ids: ArrayLike<number>, count: number, rows: ArrayLike<number>, biases: ArrayLike<number>): void {
  const labels = out.length;
  let l = 0;
  for (; l + 8 <= labels; l += 8) {
    let z0 = biases[l]!;
    let z1 = biases[l + 1]!;
    let z2 = biases[l + 2]!;
    let z3 = biases[l + 3]!;
    let z4 = biases[l + 4]!;
    let z5 = biases[l + 5]!;
    let z6 = biases[l + 6]!;
    let z7 = biases[l + 7]!;
    for (let k = 0; k < count; k++) {
      const r = ids[k]! * labels + l;
      z0 += rows[r]!;
      z1 += rows[r + 1]!;
      z2 += rows[r + 2]!;
      z3 += rows[r + 3]!;
      z4 += rows[r + 4]!;
      z5 += rows[r + 5]!;
      z6 += rows[r + 6]!;
      z7 += rows[r + 7]!;
    }
    out[l]!.push(sigmoid(z0));
    out[l + 1]!.push(sigmoid(z1));
    out[l + 2]!.push(sigmoid(z2));
    out[l + 3]!.push(sigmoid(z3));
    out[l + 4]!.push(sigmoid(z4));
    out[l + 5]!.push(sigmoid(z5));
    out[l + 6]!.push(sigmoid(z6));
    out[l + 7]!.push(sigmoid(z7));
  }
  for (; l < labels; l++) {
    let z = biases[l]!;
    for (let k = 0; k < count; k++) z += rows[ids[k]! * labels + l]!;
    out[l]!.push(sigmoid(z));
  }
}

/**
 * Every label's score for each sentence, by label: what predictPacked gives label by label,
 * summed in the same order (bias, then each id in turn), so the scores are the same to the bit.
 * Eight labels are summed side by side from the feature rows above, each in its own running sum.
 */
export function predictAll(packed: PackedModels, sentences: readonly (readonly number[])[]): number[][] {
  const rows = featureRows(packed);
  const biases = packed.biases;
  // Pushed onto literals, sentence by sentence: the literal soon starts as an array of doubles,
  // one map for every answer's scores (even none), where new Array(n) began as small integers
  // and changed on the first score, and the readers of the scores met both ("wrong map").
  const out = packed.weights.map((): number[] => []);
  for (let i = 0; i < sentences.length; i++) {
    const ids = sentences[i]!;
    pushScores(out, ids, ids.length, rows, biases);
  }
  return out;
}

/**
 * A feature's name and its id in the vocabulary of `model`, kept with the feature where it is made:
 * a performance cache, not state (FeatureHandle in features.ts).
 */
export interface IdHandle {
  readonly name: string;
  model: object | null;
  id: number;
}

/** The handles of each sentence's first features, one after another: sentence i's run up to ends[i]. */
export interface SentenceHandles {
  readonly items: readonly IdHandle[];
  readonly ends: readonly number[];
}

/** A performance buffer, not state: one sentence's feature ids, reused from sentence to sentence. */
let idScratch = new Int32Array(256);

/**
 * Every label's score for each sentence, from its feature strings: what
 * predictAll(packed, features.map((f) => featureIds(packed, f))) gives, to the bit (the same ids in
 * the same order, summed as predictAll sums them), without an array of ids for every sentence:
 * each sentence's ids are written into one buffer and scored before the next. `handles`, when
 * given, holds a handle for each of the first features of every sentence (the same names, in
 * order), whose ids are read from them.
 */
export function predictFeatures(packed: PackedModels, sentences: readonly (readonly string[])[], handles?: SentenceHandles): number[][] {
  let cache = idCaches.get(packed);
  if (!cache || cache.size > ID_CACHE_LIMIT) {
    cache = new Map();
    idCaches.set(packed, cache);
  }
  const vocabulary = packed.vocabulary;
  const rows = featureRows(packed);
  const biases = packed.biases;
  // As in predictAll.
  const out = packed.weights.map((): number[] => []);
  for (let i = 0; i < sentences.length; i++) {
    const features = sentences[i]!;
    if (idScratch.length < features.length) idScratch = new Int32Array(2 * features.length);
    const ids = idScratch;
    let count = 0;
    // The first features may come with handles that keep their ids (see FeatureHandle in features.ts).
    const from = handles === undefined || i === 0 ? 0 : handles.ends[i - 1]!;
    const first = handles === undefined ? 0 : handles.ends[i]! - from;
    for (let k = 0; k < first; k++) {
      const h = handles!.items[from + k]!;
      if (h.model !== packed) {
        h.id = vocabulary.get(h.name) ?? -1;
        h.model = packed;
      }
      if (h.id >= 0) ids[count++] = h.id;
    }
    for (let k = first; k < features.length; k++) {
      const f = features[k]!;
      let id = cache.get(f);
      if (id === undefined) {
        id = vocabulary.get(f) ?? -1;
        cache.set(f, id);
      }
      if (id >= 0) ids[count++] = id;
    }
    pushScores(out, ids, count, rows, biases);
  }
  return out;
}

export function savePacked(packed: PackedModels): SavedPackedModels {
  const scales: number[] = [];
  const weights = packed.weights.map((dense) => {
    let max = 0;
    for (const w of dense) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? max / 127 : 1;
    scales.push(scale);
    const bytes = new Int8Array(dense.length);
    dense.forEach((w, i) => {
      bytes[i] = Math.round(w / scale);
    });
    return Buffer.from(bytes.buffer).toString('base64');
  });
  return { labels: [...packed.labels], vocabulary: [...packed.vocabulary.keys()], biases: [...packed.biases], scales, weights };
}

export function loadPacked(saved: SavedPackedModels): PackedModels {
  const vocabulary = new Map<string, number>();
  saved.vocabulary.forEach((name, i) => {
    vocabulary.set(name, i);
  });
  const weights = saved.weights.map((text, l) => {
    const bytes = new Int8Array(Buffer.from(text, 'base64'));
    const dense = new Float32Array(bytes.length);
    const scale = saved.scales[l]!;
    for (let i = 0; i < bytes.length; i++) dense[i] = bytes[i]! * scale;
    return dense;
  });
  return { labels: saved.labels, vocabulary, biases: saved.biases, weights };
}
