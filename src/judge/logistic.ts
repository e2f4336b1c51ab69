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
  /** Deterministic shuffling. */
  seed?: number;
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

/** AdaGrad stochastic gradient descent on the weighted log loss. */
export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}): LinearModel {
  const epochs = options.epochs ?? 12;
  const l2 = options.l2 ?? 1e-4;
  const rate = options.learningRate ?? 0.3;
  const positives = examples.filter((e) => e.label === 1).length;
  const balance = options.positiveWeight ?? (positives > 0 ? Math.min(20, Math.sqrt((examples.length - positives) / positives)) : 1);
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  let bias = 0;
  let biasSquares = 1e-8;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const example of shuffled(examples, (options.seed ?? 7) + epoch)) {
      let z = bias;
      for (const f of example.features) z += weights.get(f) ?? 0;
      const p = sigmoid(z);
      const weight = example.label === 1 ? balance : 1;
      const gradient = (p - example.label) * weight;
      biasSquares += gradient * gradient;
      bias -= (rate * gradient) / Math.sqrt(biasSquares);
      for (const f of example.features) {
        const w = weights.get(f) ?? 0;
        const g = gradient + l2 * w;
        const s = (squares.get(f) ?? 1e-8) + g * g;
        squares.set(f, s);
        weights.set(f, w - (rate * g) / Math.sqrt(s));
      }
    }
  }
  const prune = options.prune ?? 0.01;
  const kept: Record<string, number> = {};
  for (const [f, w] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(w) >= prune) kept[f] = Math.round(w * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights: kept };
}
