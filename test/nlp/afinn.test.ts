import { describe, expect, it } from 'vitest';
import { wordValence } from '../../src/nlp/afinn.js';

describe('word valence from AFINN', () => {
  it('rates the words the lexicon rates, and nothing else', () => {
    expect(wordValence('terrible')).toBe(-3);
    expect(wordValence('encouraging')).toBe(2);
    expect(wordValence('spreadsheet')).toBeUndefined();
  });

  it('gives no valence to the names every object inherits, which a word of an answer can be', () => {
    expect(wordValence('constructor')).toBeUndefined();
    expect(wordValence('toString')).toBeUndefined();
    expect(wordValence('__proto__')).toBeUndefined();
  });
});
