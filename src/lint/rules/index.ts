import type { Rule } from '../rule.js';
import { loadPrecompiledBook } from '../phrase-book.js';
import { PhraseSet } from '../../answer/phrase-trie.js';
import { WORD_CLASSES } from '../../answer/lexicon.js';
import blameShifting from './blame-shifting.js';
import hedging from './hedging.js';
import missingLesson from './missing-lesson.js';
import missingCorrectiveAction from './missing-corrective-action.js';
import missingPrevention from './missing-prevention.js';
import fakeWeakness from './fake-weakness.js';
import neverFailed from './never-failed.js';
import length from './length.js';
import starStructure from './star-structure.js';
import ownership from './ownership.js';
import passiveDodge from './passive-dodge.js';
import redFlag from './red-flag.js';
import negativeEnding from './negative-ending.js';
import selfDeprecation from './self-deprecation.js';
import overdramatic from './overdramatic.js';
import bragging from './bragging.js';
import filler from './filler.js';
import vague from './vague.js';
import missingStakes from './missing-stakes.js';
import repeatedFailure from './repeated-failure.js';

/** Every rule, in the order `failcoach rules` lists them. */
export const RULES: readonly Rule[] = [
  blameShifting,
  hedging,
  missingLesson,
  missingCorrectiveAction,
  missingPrevention,
  fakeWeakness,
  neverFailed,
  length,
  starStructure,
  ownership,
  passiveDodge,
  redFlag,
  negativeEnding,
  selfDeprecation,
  overdramatic,
  bragging,
  filler,
  vague,
  missingStakes,
  repeatedFailure,
] as readonly Rule[];

/** Every rule's phrase lists in one trie, tagged "rule-id/list", so the linter scans each sentence once for all rules. */
export function compilePhraseBook(rules: readonly Rule[], added: Readonly<Record<string, readonly string[]>> = {}): PhraseSet {
  const entries: Record<string, readonly string[]> = {};
  for (const rule of rules) {
    for (const [list, phrases] of Object.entries(rule.phrases ?? {})) {
      const extra = list === rule.userList ? (added[rule.id] ?? []) : [];
      entries[`${rule.id}/${list}`] = extra.length > 0 ? [...phrases, ...extra] : phrases;
    }
  }
  return PhraseSet.fromTagged(entries, WORD_CLASSES);
}

export const PHRASE_BOOK = loadPrecompiledBook(RULES) ?? compilePhraseBook(RULES);

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
