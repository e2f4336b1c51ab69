import { describe, expect, it } from 'vitest';
import {
  featureIds,
  loadPacked,
  packModels,
  predict,
  predictAll,
  predictFeatures,
  predictPacked,
  savePacked,
  trainLogistic,
  type Example,
} from '../../src/judge/logistic.js';

// A toy task: "late" with "they" is the positive class; words are features.
const examples: Example[] = [];
for (let i = 0; i < 40; i++) {
  examples.push({ features: ['bias', 'w:they', 'w:late', `w:noise${i % 5}`], label: 1 });
  examples.push({ features: ['bias', 'w:i', 'w:late', `w:noise${i % 7}`], label: 0 });
  examples.push({ features: ['bias', 'w:they', 'w:early', `w:noise${i % 3}`], label: 0 });
}

describe('logistic regression', () => {
  it('learns a conjunction of features from examples', () => {
    const model = trainLogistic(examples, { epochs: 30, minCount: 2 });
    expect(predict(model, ['bias', 'w:they', 'w:late'])).toBeGreaterThan(0.5);
    expect(predict(model, ['bias', 'w:i', 'w:late'])).toBeLessThan(0.5);
    expect(predict(model, ['bias', 'w:they', 'w:early'])).toBeLessThan(0.5);
  });

  it('is reproducible: the same data gives the same weights', () => {
    expect(trainLogistic(examples, { epochs: 5 })).toEqual(trainLogistic(examples, { epochs: 5 }));
  });

  it('averages the weights of its later epochs when asked, and is the plain model otherwise', () => {
    const last = trainLogistic(examples, { epochs: 6, prune: 0 });
    const before = trainLogistic(examples, { epochs: 5, prune: 0 });
    const averaged = trainLogistic(examples, { epochs: 6, prune: 0, averageFrom: 4 });
    for (const f of Object.keys(last.weights)) {
      expect(averaged.weights[f]!, f).toBeCloseTo((last.weights[f]! + before.weights[f]!) / 2, 2);
    }
    expect(averaged.bias).toBeCloseTo((last.bias + before.bias) / 2, 2);
    expect(averaged).not.toEqual(last);
    // Averaging from the last epoch alone is the plain model, weight for weight.
    expect(trainLogistic(examples, { epochs: 6, averageFrom: 5 })).toEqual(trainLogistic(examples, { epochs: 6 }));
  });

  it('averages the weights of models trained on different shufflings when asked for bags, and is one model otherwise', () => {
    const one = trainLogistic(examples, { epochs: 4, prune: 0, seed: 3 });
    const other = trainLogistic(examples, { epochs: 4, prune: 0, seed: 1003 });
    const bagged = trainLogistic(examples, { epochs: 4, prune: 0, seed: 3, bags: 2 });
    expect(one).not.toEqual(other);
    for (const f of Object.keys(one.weights)) {
      expect(bagged.weights[f]!, f).toBeCloseTo((one.weights[f]! + other.weights[f]!) / 2, 2);
    }
    expect(bagged.bias).toBeCloseTo((one.bias + other.bias) / 2, 2);
    expect(trainLogistic(examples, { epochs: 4, seed: 3, bags: 1 })).toEqual(trainLogistic(examples, { epochs: 4, seed: 3 }));
  });

  it('keeps its predictions through packing, 8-bit saving and loading', () => {
    const a = trainLogistic(examples, { epochs: 30 });
    const b = trainLogistic(
      examples.map((e) => ({ ...e, label: (1 - e.label) as 0 | 1 })),
      { epochs: 30 },
    );
    const packed = packModels({ a, b });
    const loaded = loadPacked(JSON.parse(JSON.stringify(savePacked(packed))));
    for (const features of [
      ['bias', 'w:they', 'w:late'],
      ['bias', 'w:i', 'w:early', 'w:unseen'],
    ]) {
      const ids = featureIds(loaded, features);
      expect(predictPacked(loaded, loaded.labels.indexOf('a'), ids)).toBeCloseTo(predict(a, features), 1);
      expect(predictPacked(loaded, loaded.labels.indexOf('b'), ids)).toBeCloseTo(predict(b, features), 1);
    }
  });

  it('scores every label of every sentence at once to the bit, as label by label', () => {
    // Weights chosen so that the order of the sums shows: -30 then two tiny weights, each over half
    // a unit in the last place of 30, rounds up twice; the two tiny ones summed first round once.
    const packed = packModels({
      far: { bias: 0, weights: { 'w:big': -30, 'w:tiny': 2e-15, 'w:tinier': 2e-15, 'w:mid': 0.625 } },
      near: { bias: 0.37, weights: { 'w:big': -0.5, 'w:tiny': 1.5, 'w:mid': -2.25 } },
      none: { bias: -1.21, weights: {} },
    });
    const sentences = [
      featureIds(packed, ['w:big', 'w:tiny', 'w:tinier']),
      featureIds(packed, []),
      featureIds(packed, ['w:mid', 'w:unknown', 'w:big', 'w:tiny']),
    ];
    const all = predictAll(packed, sentences);
    expect(all).toHaveLength(3);
    packed.labels.forEach((_label, l) => {
      expect(all[l]).toEqual(sentences.map((ids) => predictPacked(packed, l, ids)));
    });
    // The scores are real ones: not all equal, and an empty sentence scores its bias alone.
    expect(new Set(all.flat()).size).toBeGreaterThan(4);
    expect(all[packed.labels.indexOf('none')]![1]).toBeCloseTo(1 / (1 + Math.exp(1.21)), 12);
  });

  it("looks feature ids up in each model's own vocabulary, the same on every call", () => {
    // Two vocabularies that share names at different places: the ids remembered for one model must never serve the other.
    const first = packModels({ x: { bias: 0, weights: { 'w:apron': 1, 'w:kettle': 2, 'w:ladle': 3 } } });
    const second = packModels({ x: { bias: 0, weights: { 'w:kettle': 1, 'w:ladle': 2, 'w:whisk': 3 } } });
    const sentence = ['w:whisk', 'w:ladle', 'w:spoon', 'w:apron', 'w:kettle'];
    const expected = (packed: typeof first): number[] =>
      sentence.filter((f) => packed.vocabulary.has(f)).map((f) => packed.vocabulary.get(f)!);
    for (let round = 0; round < 3; round++) {
      expect(featureIds(first, sentence)).toEqual(expected(first));
      expect(featureIds(second, sentence)).toEqual(expected(second));
      // A new array of the same words, built afresh: the same ids.
      expect(
        featureIds(
          second,
          sentence.map((f) => `${f.slice(0, 2)}${f.slice(2)}`),
        ),
      ).toEqual(expected(second));
    }
    expect(expected(first)).toEqual([2, 0, 1]);
    expect(expected(second)).toEqual([2, 1, 0]);
  });

  it('scores many labels at once to the bit, in the groups it sums together and in the ones left over', () => {
    // Nine labels: two groups of four summed side by side and one left over. Each label's weights
    // differ, and the order of its sums shows (see the test above): -30 first, then tiny ones.
    const weights = (n: number): Record<string, number> => ({
      'w:big': -30 + n / 8,
      'w:tiny': 2e-15 * (1 + (n % 3)),
      'w:tinier': 2e-15,
      'w:mid': (n - 4) * 0.3125,
    });
    const packed = packModels(
      Object.fromEntries(Array.from({ length: 9 }, (_, n) => [`label${n}`, { bias: n / 10 - 0.4, weights: weights(n) }])),
    );
    const sentences = [
      featureIds(packed, ['w:big', 'w:tiny', 'w:tinier']),
      featureIds(packed, ['w:mid', 'w:big', 'w:tiny', 'w:tinier', 'w:mid']),
      featureIds(packed, []),
    ];
    const all = predictAll(packed, sentences);
    expect(all).toHaveLength(9);
    packed.labels.forEach((_label, l) => {
      expect(all[l]).toEqual(sentences.map((ids) => predictPacked(packed, l, ids)));
    });
    expect(new Set(all.flat()).size).toBeGreaterThan(20);
  });

  it('scores feature strings as predictAll scores their ids, to the bit', () => {
    const packed = packModels(
      Object.fromEntries(
        Array.from({ length: 7 }, (_, n) => [
          `label${n}`,
          { bias: n / 10 - 0.3, weights: { 'w:a': -3 + n / 3, 'w:b': 1e-15 * n, 'w:c': n * 0.7 } },
        ]),
      ),
    );
    // Unknown features are dropped; a long sentence outgrows the id buffer.
    const long = Array.from({ length: 600 }, (_, k) => ['w:a', 'w:b', 'w:x', 'w:c'][k % 4]!);
    const sentences = [['w:a', 'w:x', 'w:c'], [], ['w:c', 'w:c', 'w:b'], long];
    expect(predictFeatures(packed, sentences)).toEqual(
      predictAll(
        packed,
        sentences.map((f) => featureIds(packed, f)),
      ),
    );
  });
});

describe('the sentence scores of an answer', () => {
  it('are the same whether it was the answer analysed last (its word features carry their ids) or not', async () => {
    const { parseAnswer } = await import('../../src/answer/parse.js');
    const { analyseAnswer, judge, shippedModel } = await import('../../src/judge/judge.js');
    const model = shippedModel();
    if (!model) throw new Error('no shipped model');
    const dir = new URL('../fixtures/answers/', import.meta.url);
    const { readdirSync, readFileSync } = await import('node:fs');
    const texts = readdirSync(dir)
      .sort()
      .slice(0, 6)
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    for (let k = 0; k + 1 < texts.length; k++) {
      const direct = parseAnswer(texts[k]!, { markdown: true });
      const scored = judge(direct, model).scores;
      // Another answer analysed in between: the first is then scored by its feature names alone.
      const again = parseAnswer(texts[k]!, { markdown: true });
      analyseAnswer(again);
      analyseAnswer(parseAnswer(texts[k + 1]!, { markdown: true }));
      expect(judge(again, model).scores).toEqual(scored);
    }
  });
});
