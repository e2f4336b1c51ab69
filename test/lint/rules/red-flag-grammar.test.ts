/**
 * inClass reads a verb's class by its lemma or, for a form the lexicon left inflected, by the
 * form's stems. It finds the stems through each set's inflected forms, made once; this checks
 * that lookup against the stems worked out one by one, for every word class the conduct model
 * uses and for forms of every kind (doubled letters, dropped -e, -d after -e, look-alikes).
 */
import { describe, expect, it } from 'vitest';
import type { Token } from '../../../src/nlp/analyse.js';
import { analyse } from '../../../src/nlp/analyse.js';
import { inClass, noteVoice } from '../../../src/lint/rules/red-flag-grammar.js';
import * as W from '../../../src/lint/rules/red-flag-words.js';

/** The stems of a form, one rule at a time: what inClass must agree with. */
function stemsOneByOne(w: string): string[] {
  if (!/(?:ed|d|ing)$/.test(w)) return [];
  return [
    w.replace(/d$/, ''),
    w.replace(/ed$/, ''),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    w.replace(/(\w)\1(?:ed|ing)$/, '$1'),
  ].filter((x) => x !== w);
}

const byStems = (words: ReadonlySet<string>, t: Token): boolean => words.has(t.lemma) || stemsOneByOne(t.lower).some((s) => words.has(s));

const token = (lower: string, lemma = lower): Token => ({
  text: lower,
  lower,
  lemma,
  pos: 'VERB',
  negated: false,
  start: 0,
  end: lower.length,
});

const SETS = Object.values(W).filter((v): v is ReadonlySet<string> => v instanceof Set);

/** Forms built from the classes' own words, and forms of words in no class. */
function forms(): string[] {
  const out = new Set<string>(['and', 'had', 'would', 'during', 'nothing', 'bring', 'ring', 'd', 'ing', 'ed', 'ding', 'bed', 'seeded']);
  for (const set of SETS) {
    for (const w of set) {
      const last = w.slice(-1);
      for (const f of [w, `${w}d`, `${w}ed`, `${w}ing`, `${w.slice(0, -1)}ing`, `${w}${last}ed`, `${w}${last}ing`, `${w}s`, `${w}g`])
        out.add(f);
      // Near misses: one letter off, or the doubling of another letter.
      out.add(`${w}x${last}ed`);
      out.add(`${w.slice(0, -1)}ed`);
    }
  }
  for (const w of ['pad', 'skip', 'disable', 'fudge', 'log', 'sign', 'falsify', 'see', 'agree', 'free', 'tie', 'dye'])
    for (const f of [`${w}d`, `${w}ed`, `${w}ing`, `${w.slice(0, -1)}ing`, `${w}${w.slice(-1)}ed`, `${w}${w.slice(-1)}ing`]) out.add(f);
  return [...out];
}

describe('red-flag grammar: a verb in a word class', () => {
  it('finds the class of a form the lexicon left inflected exactly where its stems do', () => {
    expect(SETS.length).toBeGreaterThan(20);
    const all = forms();
    let found = 0;
    for (const set of SETS) {
      for (const f of all) {
        for (const t of [token(f), token(f, 'be')]) {
          const expected = byStems(set, t);
          if (inClass(set, t) !== expected) throw new Error(`${f} (lemma ${t.lemma}) in [${[...set].join(' ')}]: expected ${expected}`);
          if (expected && !set.has(t.lemma)) found++;
        }
      }
    }
    // The stems really were needed many times: the check is not only of lemmas.
    expect(found).toBeGreaterThan(500);
  });

  it('reads our own inflected forms into their classes', () => {
    const padding = new Set(['pad', 'disable', 'skip']);
    expect(inClass(padding, token('padded'))).toBe(true);
    expect(inClass(padding, token('disabling'))).toBe(true);
    expect(inClass(padding, token('disabled'))).toBe(true);
    expect(inClass(padding, token('skipping'))).toBe(true);
    expect(inClass(padding, token('paged'))).toBe(false);
    expect(inClass(padding, token('padding', 'padding'))).toBe(true);
    expect(inClass(padding, token('skips'))).toBe(false);
  });
});

describe("noteVoice: a clause of notes in the speaker's voice, wherever it opens", () => {
  const tokens = (text: string) => analyse(text, 0);
  it.each([
    ['backdated the delivery note so the audit would pass'],
    ['then backdated the delivery note so the audit would pass'],
    ['the depot was shut that sunday, backdated the delivery note and went home'],
    // A verb whose past is its base form opens a note too.
    ['put it down on the log as checked'],
  ])('reads a subjectless past verb at the start, after an adverb or after a comma: %s', (text) => {
    expect(noteVoice(tokens(text))).toBe(true);
  });

  it.each([['The courier backdated the delivery note.'], ['the delivery note was backdated by the depot'], ['I backdated nothing']])(
    'does not read a clause with its own subject as a note: %s',
    (text) => {
      expect(noteVoice(tokens(text))).toBe(false);
    },
  );
});
