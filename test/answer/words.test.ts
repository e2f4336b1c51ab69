import { describe, expect, it } from 'vitest';
import { findWords } from '../../src/answer/text.js';
import { randomText } from '../random-text.js';

/**
 * The pattern findWords must agree with, word for word, over the span's text: a combining mark
 * stays on its letter, and a soft hyphen, zero-width joiner or word joiner inside a word, with a
 * letter or number after it, is part of it. The zero-width space is a space.
 */
const W = '\\p{L}\\p{N}';
const I = '\\u00ad\\u200c\\u200d\\u2060\\ufeff';
const RUN = `(?:[${W}\\p{M}]|[${I}]+(?=[${W}]))*`;
const REFERENCE = new RegExp(`[${W}]${RUN}(?:['’.-][${W}]${RUN})*`, 'gu');

function byPattern(text: string, start: number, end: number): [string, number, number][] {
  return [...text.slice(start, end).matchAll(REFERENCE)].map((m) => [m[0], start + m.index, start + m.index + m[0].length]);
}

function byScanner(text: string, start: number, end: number): [string, number, number][] {
  return findWords(text, { start, end }).map((w) => [w.text, w.start, w.end]);
}

// Edge characters of the pattern: its joiners, digits of other scripts, accents and combining
// marks, astral letters and symbols, lone surrogates and odd spaces.
const ALPHABET = [
  'k',
  'R',
  'é',
  'Ø',
  'ж',
  '中',
  'ب',
  '\u0301',
  '\u0308',
  '\u{1D167}',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '𝐁',
  '😀',
  '\uD83D',
  '\uDE00',
  '4',
  '٣',
  '½',
  '²',
  "'",
  '’',
  '‘',
  '.',
  '-',
  '–',
  ',',
  '!',
  '#',
  ' ',
  '\n',
  '\u00A0',
  '\u2009',
];

describe('findWords', () => {
  it.each([
    "i'd rolled v2.1.3 out to the follow-up queue at 3.30 — twice",
    'we’d promised Zoë’s team the re-run by mid-week; it slipped.',
    "trailing joiners stay out: end- 'quoted' v2. and don't",
    'astral 𝐁𝐂 letters, emoji 😀 and ½ or ² as numbers',
    'accents typed apart: nai\u0308ve cafe\u0301s, a mark alone \u0301 or after a dash -\u0301x',
    'pasted: fail\u00aded, mis\u200dsed, hand\u2060over, \ufeffstart, end\u00ad and \u200b alone, not\u200bmy\u200bfault',
  ])('finds the words of %j as the pattern does', (text) => {
    expect(byScanner(text, 0, text.length)).toEqual(byPattern(text, 0, text.length));
    expect(byScanner(text, 5, text.length - 4)).toEqual(byPattern(text, 5, text.length - 4));
  });

  it('agrees with the pattern on thousands of random spans over its edge characters', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(ALPHABET, seed, 1 + (seed % 37));
      const start = seed % 3 === 0 ? seed % Math.max(1, text.length) : 0;
      const end = seed % 5 === 0 ? Math.max(start, text.length - (seed % 4)) : text.length;
      expect(byScanner(text, start, end), JSON.stringify([text, start, end])).toEqual(byPattern(text, start, end));
    }
  });
});
