/**
 * The linter's phrase book, precompiled at build time (see answer/phrase-file.ts): the build saves
 * the compiled trie of every rule's lists beside the code, and start-up loads it while the lists
 * are unchanged.
 */
import { fingerprintOf, loadSavedSet, saveSet } from '../answer/phrase-file.js';
import type { PhraseSet } from '../answer/phrase-trie.js';
import { WORD_CLASSES } from '../answer/lexicon.js';
import type { Rule } from './rule.js';

const FILE = new URL('./phrase-book.json', import.meta.url);

/** A fingerprint of everything the book is compiled from. */
export function bookFingerprint(rules: readonly Rule[]): string {
  return fingerprintOf([WORD_CLASSES, rules.map((r) => [r.id, r.phrases ?? {}, r.userList ?? null])]);
}

export function loadPrecompiledBook(rules: readonly Rule[]): PhraseSet | null {
  return loadSavedSet(FILE, bookFingerprint(rules));
}

export function savePrecompiledBook(rules: readonly Rule[], book: PhraseSet): string {
  saveSet(FILE, bookFingerprint(rules), book);
  return FILE.pathname;
}
