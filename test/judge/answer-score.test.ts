/**
 * The answer classifiers are trained on answerFeatures (test/eval/train.ts) but the linter scores
 * with answerScoreFor, which sums the same weights without making the feature list. The two must
 * agree to the bit: a feature added to one and not the other would be learned and never used, or
 * used and never learned. Every rule's decision on our own answers (and the labelled corpus, when
 * ../shared is beside the checkout) is scored both ways here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { answerFeatures, answerScore, judge, shippedModel } from '../../src/judge/judge.js';
import { checkSummary, reread } from '../../src/lint/decide.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { CORPUS_DIR, corpusAvailable, loadCorpus } from '../eval/corpus.js';

const ANSWERS = new URL('../fixtures/answers/', import.meta.url);

/** For each answer, every rule's score as the linter decided it and as the training features give it. */
function scoredBothWays(texts: readonly string[]): { decided: number[]; fromFeatures: number[] } {
  const model = shippedModel();
  if (!model) throw new Error('no shipped model');
  const decided: number[] = [];
  const fromFeatures: number[] = [];
  for (const text of texts) {
    const answer = parseAnswer(text, { markdown: true });
    lintAnswer(answer, {}, undefined, {
      model,
      trace: (rule, own, decision) => {
        if (decision?.score == null) return;
        const judgement = judge(answer, model);
        const reports = reread(rule, answer, own, judgement);
        const features = answerFeatures(answer, judgement, rule.id, checkSummary(reports), rule.scope);
        decided.push(decision.score);
        fromFeatures.push(answerScore(model, features, rule.id) ?? Number.NaN);
      },
    });
  }
  return { decided, fromFeatures };
}

describe('the answer score', () => {
  it('is the score of the training features, to the bit, on our own answers', () => {
    const texts = readdirSync(ANSWERS)
      .sort()
      .map((f) => readFileSync(new URL(f, ANSWERS), 'utf8'));
    const { decided, fromFeatures } = scoredBothWays(texts);
    // Some twenty rules on each of some seventy answers: a trace that stopped calling would pass empty.
    expect(decided.length).toBeGreaterThan(500);
    expect(decided).toEqual(fromFeatures);
  });

  const available = corpusAvailable();
  const title = available
    ? 'is the score of the training features, to the bit, on the labelled corpus'
    : 'is the score of the training features on the labelled corpus (skipped: ../shared/corpus is not beside this checkout)';
  it.skipIf(!available)(
    title,
    () => {
      const { decided, fromFeatures } = scoredBothWays(loadCorpus(CORPUS_DIR).map((e) => e.text));
      expect(decided.length).toBeGreaterThan(5000);
      expect(decided).toEqual(fromFeatures);
    },
    120_000,
  );
});
