/**
 * The judgement model's fingerprint: the corpus it learned from and the code that turns answers
 * into features and trains on them. A model whose fingerprint differs from today's inputs is
 * stale: retrain with `npm run train`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { CorpusEntry } from './corpus.js';

/** Every file of a folder, sorted, as paths from here; `except` leaves one out (the model itself). */
const folder = (path: string, except = ''): string[] =>
  readdirSync(new URL(path, import.meta.url))
    .filter((f) => f !== except)
    .sort()
    .map((f) => `${path}${f}`);

const CODE = [
  // The analysis and the judgement, whole: a module added to either is covered without a list to update.
  ...folder('../../src/judge/', 'judgement-model.json'),
  ...folder('../../src/nlp/'),
  './train.ts',
  './policy.ts',
  '../../src/lint/events.ts',
  '../../src/lint/self-talk.ts',
  '../../src/lint/decide.ts',
  // How the checks run: the phrase rules' factory, and the engine that hands a rule the checks it reads.
  '../../src/lint/rule.ts',
  '../../src/lint/engine.ts',
  // How an answer becomes sentences, words, sections and signals: every file of it.
  ...folder('../../src/answer/'),
  // The rules' own checks are features of the answer classifiers.
  ...folder('../../src/lint/rules/'),
];

export function fingerprint(entries: readonly CorpusEntry[]): string {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(`${e.set}/${e.id}\n${e.text}\n${JSON.stringify(e.flaws)}\n${JSON.stringify(e.parts)}\n`);
  for (const file of CODE) hash.update(readFileSync(new URL(file, import.meta.url), 'utf8'));
  return hash.digest('hex');
}
