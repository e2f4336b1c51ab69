import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deserializePhraseSet, serializePhraseSet } from '../../src/answer/phrase-file.js';
import { parseAnswer } from '../../src/answer/parse.js';
import { RULES, compilePhraseBook } from '../../src/lint/rules/index.js';
import { bookFingerprint } from '../../src/lint/phrase-book.js';

const fixtures = new URL('../fixtures/answers/', import.meta.url);

describe('the precompiled phrase book', () => {
  it('matches exactly what the freshly compiled book matches, on every fixture sentence', () => {
    const fresh = compilePhraseBook(RULES);
    const loaded = deserializePhraseSet(JSON.parse(JSON.stringify(serializePhraseSet(fresh))));
    let sentences = 0;
    for (const file of readdirSync(fixtures)) {
      const answer = parseAnswer(readFileSync(new URL(file, fixtures), 'utf8'));
      for (const sentence of answer.sentences) {
        const a = [...fresh.matchAllByTag(sentence.words)].map(([tag, ms]) => [tag, ms.map((m) => [m.start, m.end])]);
        const b = [...loaded.matchAllByTag(sentence.words)].map(([tag, ms]) => [tag, ms.map((m) => [m.start, m.end])]);
        expect(b).toEqual(a);
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(500);
  });

  it('is refused when any phrase list has changed since it was built', () => {
    const before = bookFingerprint(RULES);
    const edited = RULES.map((rule) =>
      rule.id === 'filler' ? { ...rule, phrases: { ...rule.phrases, fillers: [...(rule.phrases?.fillers ?? []), 'innit'] } } : rule,
    );
    expect(bookFingerprint(edited)).not.toBe(before);
    expect(bookFingerprint(RULES)).toBe(before);
  });
});
