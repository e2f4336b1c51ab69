/**
 * The benchmark's generated answers, read for what the linter says of them rather than timed. The
 * generator recombines our own sentences; an answer with none of its weak sentences is a strong
 * story (an owned failure, its cost, the fix, a lesson and a change), however long. No reading of
 * conduct or tone has any business on one: this is where "so that nobody worked from an old list"
 * was once read as a record of work nobody did, on three answers in four.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/linter.js';
import { generateCorpus, WEAK_SENTENCES } from '../bench/corpus.js';

/** Rules about how the story is told, not what it leaves out: an omission or a length can be argued on a template, these cannot. */
const CONDUCT_AND_TONE = new Set([
  'red-flag',
  'blame-shifting',
  'passive-dodge',
  'never-failed',
  'fake-weakness',
  'bragging',
  'hedging',
  'filler',
  'overdramatic',
  'self-deprecation',
  'negative-ending',
  'ownership',
  'repeated-failure',
]);

describe('the generated strong answers', () => {
  // The weak sentences are filled in with numbers too; their opening words are enough to spot them.
  const weakOpenings = WEAK_SENTENCES.map((s) => s.slice(0, 24));
  const strong = generateCorpus(300).filter((file) => !weakOpenings.some((opening) => file.text.includes(opening)));

  it('are enough to mean something', () => {
    expect(strong.length).toBeGreaterThan(120);
  });

  it('draw no warning or error of conduct or tone', () => {
    const flagged = strong.flatMap((file) =>
      lintText({ path: file.name, text: file.text, markdown: file.name.endsWith('.md') }, {})
        .findings.filter((f) => f.severity !== 'info' && CONDUCT_AND_TONE.has(f.ruleId))
        .map((f) => `${file.name} ${f.ruleId}: ${file.text.slice(f.start, f.end)}`),
    );
    expect(flagged).toEqual([]);
  });
});
