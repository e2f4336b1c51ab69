/**
 * The labelled corpus in CI: the shipped linter, model included, must stay above floors set a
 * little under what it reaches, and the model must have been trained from today's corpus and
 * feature code. Both read ../shared, which a user's clone does not have: they skip then.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { PHRASE_BOOK, RULES } from '../../src/lint/rules/index.js';
import { shippedModel } from '../../src/judge/judge.js';
import { corpusAvailable, emptyScore, loadCorpus, loadExtras, scoreEntry, totals } from './corpus.js';
import { fingerprint } from './fingerprint.js';

/** Floors a little under the shipped model's scores on the whole corpus it learned from: recall 96% (581/605), strong answers clean 100% (253/253), 35 of 35 pairs split (every pair: the issue asks for all). Its leave-one-set-out scores are lower: see README. */
const FLOORS = { recall: 0.9, clean: 0.98, pairs: 35 };

const available = corpusAvailable();
const title = available ? 'the labelled corpus' : 'the labelled corpus (skipped: ../shared/corpus is not beside this checkout)';

describe.skipIf(!available)(title, () => {
  const entries = available ? loadCorpus() : [];

  it('ships a model trained from this corpus, our own labelled sets and this feature code (npm run train refreshes it)', () => {
    const model = shippedModel();
    expect(model).not.toBeNull();
    expect(model!.fingerprint).toBe(fingerprint([...entries, ...loadExtras()]));
  });

  it(`splits at least ${FLOORS.pairs} of the minimal pairs of set f: the strong telling clean, its weak twin flagged`, () => {
    const pairs = entries.filter((e) => e.set === 'f');
    const wrong = new Set<number>();
    for (const entry of pairs) {
      const answer = parseAnswer(entry.text);
      const speaking = lintAnswer(answer, {}, RULES, { book: PHRASE_BOOK }).filter((f) => f.severity !== 'info');
      // Pairs are numbered strong (odd), weak (the next even number).
      const pair = Math.ceil(Number(entry.id.split('-')[1]) / 2);
      if (entry.verdict === 'strong' ? speaking.length > 0 : speaking.length === 0) wrong.add(pair);
    }
    const total = Math.ceil(pairs.length / 2);
    expect(total - wrong.size, `pairs not split: ${[...wrong].join(', ')}`).toBeGreaterThanOrEqual(FLOORS.pairs);
  });

  it(`catches at least ${FLOORS.recall * 100}% of labelled flaws and leaves ${FLOORS.clean * 100}% of strong answers clean`, () => {
    const score = emptyScore();
    for (const entry of entries) {
      const answer = parseAnswer(entry.text);
      scoreEntry(score, entry, lintAnswer(answer, {}, RULES, { book: PHRASE_BOOK }));
    }
    const t = totals(score);
    expect(t.caught / t.labelled).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(t.clean / t.strong).toBeGreaterThanOrEqual(FLOORS.clean);
  });
});
