import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';
import { eachPiece } from '../../src/nlp/pieces.js';
import { randomText } from '../random-text.js';

/** The pattern the hand-written scanner must agree with, piece for piece. */
const L = '\\p{L}\\p{M}';
const I = '\\u00ad\\u200c\\u200d\\u2060\\ufeff';
const RUN = `(?:[${L}]|[${I}]+(?=[${L}]))*`;
const REFERENCE = new RegExp(`[${L}]${RUN}(?:[-'’][${L}]${RUN})*|\\d+(?:[.,:]\\d+)*%?|[^\\s${L}\\d]`, 'gu');

function byPattern(text: string): [number, number][] {
  return [...text.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length]);
}

function byScanner(text: string): [number, number][] {
  const found: [number, number][] = [];
  eachPiece(text, (start, end) => found.push([start, end]));
  return found;
}

// Characters chosen to sit on every edge of the pattern: joiners, number separators, accents,
// combining marks, non-Latin letters, astral letters and symbols, odd spaces and lone surrogates.
const ALPHABET = [
  '\u00ad',
  '\u200b',
  '\u200d',
  '\ufeff',
  'a',
  'Z',
  'q',
  'é',
  'ß',
  'ж',
  'λ',
  '中',
  'ن',
  '\u0301',
  '\u0903',
  '𝐀',
  '😀',
  '\uD800',
  '\uDC00',
  '0',
  '7',
  '٣',
  '.',
  ',',
  ':',
  '%',
  '-',
  "'",
  '’',
  '‘',
  '"',
  '!',
  '?',
  '$',
  '€',
  '_',
  '/',
  ' ',
  '\t',
  '\n',
  '\u00A0',
  '\u2003',
  '\u3000',
  '\uFEFF',
  '\u200B',
  '\u2028',
];

describe('eachPiece', () => {
  it.each([
    "we didn't ship the v2.3 build until 9:30, 40% late",
    'my co-owner’s rota — re-done twice… by the on-call lead',
    'naïve café résumé, Zoë and 中文 notes',
    "rock'n'roll '90s -- 3.14.15, 1,000,000% and 12:",
    "emoji 😀 then 𝐀𝐁 letters and a trailing hyphen- or apostrophe'",
  ])('splits %j as the pattern does', (text) => {
    expect(byScanner(text)).toEqual(byPattern(text));
  });

  it('agrees with the pattern on thousands of random strings over its edge characters', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(ALPHABET, seed, 1 + (seed % 40));
      expect(byScanner(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });
});

describe('analyse: words read through the invisible characters pasted text leaves in them', () => {
  it('tags "fa\u2060ult" and "un\u00adchecked" as the words they are, with their offsets as written', () => {
    const text = 'It was not my fa\u2060ult that the file went un\u00adchecked.';
    const tokens = analyse(text);
    const fault = tokens.find((t) => t.lower === 'fault')!;
    expect(fault.pos).toBe('NOUN');
    expect(text.slice(fault.start, fault.end)).toBe('fa\u2060ult');
    expect(tokens.find((t) => t.lower === 'unchecked')?.pos).not.toBe('PUNCT');
    expect(tokens.map((t) => t.lower)).not.toContain('\u2060');
  });

  it('splits a contraction with a soft hyphen inside it where it splits without one, each part on its own characters', () => {
    const text = 'I di\u00addn\u2019t check the van, and I ca\u00adnnot say why.';
    const tokens = analyse(text);
    const plain = analyse(text.replace(/\u00ad/g, ''));
    expect(tokens.map((t) => t.lower)).toEqual(plain.map((t) => t.lower));
    expect(tokens.map((t) => t.negated)).toEqual(plain.map((t) => t.negated));
    const did = tokens.find((t) => t.lower === 'di' || t.lower === 'did')!;
    expect(text.slice(did.start, did.end)).toBe('di\u00add');
  });
});
