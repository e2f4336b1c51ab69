/**
 * Our own labelled answers in the corpus format (test/fixtures/own-corpus), written for failcoach by
 * sessions that never saw the code or the shared corpus. The model never learns from them; they
 * measure it on voices it was not built from. They ship in the repository, so this test runs in
 * every clone, with or without ../shared.
 *
 * - u: 56 answers (22 strong, 84 labelled flaws) in spoken, written and messy-notes voices. First
 *   score on 2026-12-01: recall 70% (59/84), strong answers clean 91% (20/22).
 * - p (messy notes), q (spoken, many Englishes), r (professional written), s (33 minimal pairs): 264
 *   answers (113 strong, 235 labelled flaws) written on 2026-12-01. First score, before any change
 *   for them: recall 52% (123/235), strong answers clean 90% (102/113); p 27/58, q 40/72, r 38/65,
 *   s 18/40. Four phrases that echoed the corpus by chance were then reworded (s 17/40 after).
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { PHRASE_BOOK, RULES } from '../../src/lint/rules/index.js';
import { emptyScore, loadCorpus, scoreEntry, totals } from './corpus.js';

const DIR = new URL('../fixtures/own-corpus/', import.meta.url).pathname;
/**
 * A little under today's scores of all five sets together (recall 74%, 235/319; clean 93%,
 * 126/135); their first scores were 57% and 90%. The model's seed moves these sets more than most
 * changes do: at the last training the seed-13 model scored 227/319 and 130/135 on the same code
 * (and a session earlier, seeds 7 and 11 scored 201/319 with 131/135 and 197/319 with 123/135), so
 * the floors leave room for it. A floor crossed after retraining says to look at the answers that
 * moved, not to pick a seed.
 */
const FLOORS = { recall: 0.7, clean: 0.92 };

describe('our own labelled answers (never learned from)', () => {
  const entries = loadCorpus(DIR);

  it('holds every answer and its labels: evidence and parts are exact substrings', () => {
    expect(entries).toHaveLength(320);
    for (const e of entries) {
      for (const flaw of e.flaws) for (const evidence of flaw.evidence) expect(e.text, e.id).toContain(evidence);
      for (const texts of Object.values(e.parts)) for (const text of texts) expect(e.text, e.id).toContain(text);
    }
  });

  it(`catches at least ${Math.round(FLOORS.recall * 100)}% of their flaws and leaves ${Math.round(FLOORS.clean * 100)}% of the strong ones clean`, () => {
    const score = emptyScore();
    for (const entry of entries) scoreEntry(score, entry, lintAnswer(parseAnswer(entry.text), {}, RULES, { book: PHRASE_BOOK }));
    const t = totals(score);
    expect(t.caught / t.labelled).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(t.clean / t.strong).toBeGreaterThanOrEqual(FLOORS.clean);
  });
});
