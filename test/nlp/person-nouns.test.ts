import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lines = readFileSync(new URL('../../src/nlp/person-nouns.txt', import.meta.url), 'utf8').split('\n');

describe('the person nouns derived from WordNet', () => {
  it("carries WordNet's licence notice, which must travel with any part of the database", () => {
    const notice = lines.filter((l) => l.startsWith('#')).join('\n');
    expect(notice).toContain('WordNet 3.0 Copyright 2006 by Princeton University');
    expect(notice).toContain('Permission to use, copy, modify and distribute');
  });

  it('lists plain lower-case words, sorted and once each, as the bisection in personRole needs', () => {
    const words = lines.filter((l) => l !== '' && !l.startsWith('#'));
    expect(words.length).toBeGreaterThan(5000);
    for (const w of words) expect(w).toMatch(/^[a-z][a-z'-]*[a-z]$/);
    for (let i = 1; i < words.length; i++) expect(words[i - 1]! < words[i]!).toBe(true);
  });
});
