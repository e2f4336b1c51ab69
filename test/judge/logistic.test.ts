import { describe, expect, it } from 'vitest';
import {
  featureIds,
  loadPacked,
  packModels,
  predict,
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
});
