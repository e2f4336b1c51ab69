/**
 * A sentence's word features: each lemma (w:), each pair of neighbours with the sentence's start
 * and end as ^ and $ (b:), and each word inside a negation (n:), in the order first met, each
 * once. The classifiers' scores are sums over these in this order, so both the strings and their
 * order are checked here. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';
import { clauseEvents } from '../../src/nlp/clauses.js';
import { sentenceFeatures } from '../../src/judge/features.js';

const wordFeatures = (text: string): string[] => {
  const tokens = analyse(text, 0);
  const features = sentenceFeatures({
    tokens,
    events: clauseEvents(tokens),
    failures: [],
    previous: null,
    next: null,
    index: 0,
    count: 1,
    headingPart: null,
    quotedShare: 0,
  });
  return features.filter((f) => /^[wbn]:/.test(f));
};

describe('word features', () => {
  it('gives lemmas, neighbour pairs and negated words in reading order', () => {
    expect(wordFeatures('We did not ship the crates twice.')).toEqual([
      ...['w:we', 'b:^_we', 'w:do', 'b:we_do', 'w:not', 'b:do_not', 'w:ship', 'b:not_ship', 'n:ship'],
      ...['w:the', 'b:ship_the', 'n:the', 'w:crates', 'b:the_crates', 'n:crates', 'w:twice', 'b:crates_twice', 'n:twice', 'b:twice_$'],
    ]);
  });

  it('gives a repeated word or pair once, where it first comes, and numbers as #', () => {
    expect(wordFeatures('i weighed the flour, weighed the flour again and logged 40 grams')).toEqual([
      ...['w:i', 'b:^_i', 'w:weigh', 'b:i_weigh', 'w:the', 'b:weigh_the', 'w:flour', 'b:the_flour'],
      ...['b:flour_weigh', 'w:again', 'b:flour_again', 'w:and', 'b:again_and', 'w:log', 'b:and_log'],
      ...['w:#', 'b:log_#', 'w:gram', 'b:#_gram', 'b:gram_$'],
    ]);
  });

  it('gives the same features for a sentence read again later, after many others', () => {
    const first = wordFeatures("the courier wasn't told the gate code");
    for (let i = 0; i < 300; i++) wordFeatures(`the courier brought crate ${i} to bay ${i % 7} before noon`);
    expect(wordFeatures("the courier wasn't told the gate code")).toEqual(first);
    expect(first).toContain('n:tell');
  });
});
