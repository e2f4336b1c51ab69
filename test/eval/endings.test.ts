/**
 * Sixty answers written to test how negative-ending reads a close (test/fixtures/endings), by a
 * session that saw no code: 30 strong answers whose last sentences open on a concession that turns
 * forward ("Even so, the client renewed…") or name a feeling still at work in a useful way, and 30
 * whose endings go back to the loss, after a concession or as a lingering regret. They were the
 * development set for the guards of that reading (2026-12-01), so they are a regression test, not
 * an unseen measure. First score, before the guards: strong answers warned 10/30, weak endings
 * caught 16/30; after: 5/30 and 18/30.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { PHRASE_BOOK, RULES } from '../../src/lint/rules/index.js';

const DIR = new URL('../fixtures/endings/', import.meta.url).pathname;
/** A little under the scores after the guards: at most 6 strong answers warned, at least 16 weak endings caught. */
const FLOORS = { strongWarned: 6, weakCaught: 16 };

function endsFlagged(group: 'strong' | 'weak'): string[] {
  return readdirSync(`${DIR}${group}`)
    .sort()
    .filter((file) => {
      const findings = lintAnswer(parseAnswer(readFileSync(`${DIR}${group}/${file}`, 'utf8')), {}, RULES, { book: PHRASE_BOOK });
      return findings.some((f) => f.ruleId === 'negative-ending' && f.severity !== 'info');
    });
}

describe('endings written to test negative-ending', () => {
  it('has its thirty strong and thirty weak answers', () => {
    expect(readdirSync(`${DIR}strong`)).toHaveLength(30);
    expect(readdirSync(`${DIR}weak`)).toHaveLength(30);
  });

  it(`warns on at most ${FLOORS.strongWarned} of the strong closes and catches at least ${FLOORS.weakCaught} of the weak ones`, () => {
    expect(endsFlagged('strong').length).toBeLessThanOrEqual(FLOORS.strongWarned);
    expect(endsFlagged('weak').length).toBeGreaterThanOrEqual(FLOORS.weakCaught);
  });
});
