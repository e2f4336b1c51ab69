import { describe, expect, it } from 'vitest';
import { compilePhrase, expandGroups, normaliseWord, stemWord } from '../../src/answer/phrase-language.js';
import { PhraseSet } from '../../src/answer/phrase-trie.js';

const words = (text: string) => text.split(/\s+/).map((t) => ({ norm: normaliseWord(t), stem: () => stemWord(normaliseWord(t)) }));

/** A one-list set, for testing the language: PhraseSet.fromTagged with a single tag. */
const setOf = (sources: string[], classes = {}): PhraseSet => PhraseSet.fromTagged({ t: sources }, classes);

function matches(set: PhraseSet, text: string): string[] {
  const list = words(text);
  return (set.matchAllByTag(list).get('t') ?? []).map((m) =>
    list
      .slice(m.start, m.end)
      .map((w) => w.norm)
      .join(' '),
  );
}

describe('phrase language', () => {
  it('matches alternatives, optional words, prefixes, suffixes and stems', () => {
    const set = setOf(['not really? my fault', 'apolog*', '~fix the bug', 'started *ing']);
    expect(matches(set, 'It was not my fault')).toEqual(['not my fault']);
    expect(matches(set, 'not really my fault')).toEqual(['not really my fault']);
    expect(matches(set, 'I apologised and apologized')).toEqual(['apologised', 'apologized']);
    expect(matches(set, 'she fixed the bug and fixes the bug')).toEqual(['fixed the bug', 'fixes the bug']);
    expect(matches(set, 'I started writing tests but started it')).toEqual(['started writing']);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(matches(setOf(["wasn't my fault"]), 'it wasn’t my fault')).toEqual(["wasn't my fault"]);
  });

  it('expands multi-word groups, and keeps single-word groups as one token', () => {
    expect(expandGroups("(i have|i've) never").map((s) => s.trim().replace(/\s+/g, ' '))).toEqual(['i have never', "i've never"]);
    expect(expandGroups('(a|b)? c')).toHaveLength(1);
  });

  it('supports word classes and bounded gaps', () => {
    const set = setOf(['if @others had ..2 told'], { others: ['they', 'manager'] });
    expect(matches(set, 'if they had only really told me')).toEqual(['if they had only really told']);
    expect(matches(set, 'if they had only really clearly told me')).toEqual([]);
  });

  it('refuses phrases that could match nothing or name an unknown class', () => {
    expect(() => compilePhrase('maybe?')).toThrow(/no required word/);
    expect(() => compilePhrase('@nobody here')).toThrow(/unknown word class/);
  });
});
