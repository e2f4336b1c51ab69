/**
 * The judgement model's fingerprint: the corpus it learned from and the code that turns answers
 * into features and trains on them. A model whose fingerprint differs from today's inputs is
 * stale: retrain with `npm run train`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { CorpusEntry } from './corpus.js';

const CODE = [
  '../../src/judge/features.ts',
  '../../src/judge/frames.ts',
  '../../src/nlp/clauses.ts',
  '../../src/nlp/faulted.ts',
  '../../src/nlp/faceless.ts',
  '../../src/nlp/analyse.ts',
  '../../src/nlp/lexicon.txt',
  '../../src/judge/judge.ts',
  '../../src/judge/story-features.ts',
  '../../src/judge/logistic.ts',
  './train.ts',
  './policy.ts',
  '../../src/lint/events.ts',
  '../../src/lint/self-talk.ts',
  '../../src/lint/decide.ts',
  '../../src/answer/signals.ts',
  '../../src/answer/signal-lists.ts',
  // The rules' own checks are features of the answer classifiers.
  ...readdirSync(new URL('../../src/lint/rules/', import.meta.url))
    .sort()
    .map((f) => `../../src/lint/rules/${f}`),
];

export function fingerprint(entries: readonly CorpusEntry[]): string {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(`${e.set}/${e.id}\n${e.text}\n${JSON.stringify(e.flaws)}\n${JSON.stringify(e.parts)}\n`);
  for (const file of CODE) hash.update(readFileSync(new URL(file, import.meta.url), 'utf8'));
  return hash.digest('hex');
}
