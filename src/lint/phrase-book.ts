/**
 * The linter's phrase book, precompiled at build time. Compiling every rule's and signal's
 * phrase lists costs tens of milliseconds on each start, and `lint` runs in commit hooks; the
 * build saves the compiled trie beside the code with a fingerprint of the lists it came from, and
 * start-up loads it when the fingerprint still matches (otherwise it compiles, as from source).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { PhraseSet, type SerializedPhraseSet } from '../answer/phrases.js';
import { WORD_CLASSES } from '../answer/lexicon.js';
import { SIGNAL_LISTS } from '../answer/signals.js';
import type { Rule } from './rule.js';

const FILE = new URL('./phrase-book.json', import.meta.url);

/** A fingerprint of everything the book is compiled from. */
export function bookFingerprint(rules: readonly Rule[]): string {
  const source = JSON.stringify([SIGNAL_LISTS, WORD_CLASSES, rules.map((r) => [r.id, r.phrases ?? {}, r.userList ?? null])]);
  return createHash('sha256').update(source).digest('hex');
}

export function loadPrecompiledBook(rules: readonly Rule[]): PhraseSet | null {
  try {
    const saved = JSON.parse(readFileSync(FILE, 'utf8')) as { fingerprint: string; set: SerializedPhraseSet };
    return saved.fingerprint === bookFingerprint(rules) ? PhraseSet.deserialize(saved.set) : null;
  } catch {
    return null;
  }
}

export function savePrecompiledBook(rules: readonly Rule[], book: PhraseSet): string {
  writeFileSync(FILE, JSON.stringify({ fingerprint: bookFingerprint(rules), set: book.serialize() }));
  return FILE.pathname;
}
