import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deserializePhraseSet, fingerprintOf, loadSavedSet, saveSet, serializePhraseSet } from '../../src/answer/phrase-file.js';
import { normaliseWord, stemWord } from '../../src/answer/phrase-language.js';
import { PhraseSet } from '../../src/answer/phrase-trie.js';
import { SIGNAL_LISTS } from '../../src/answer/signal-lists.js';
import { signalPhrases } from '../../src/answer/signals.js';
import { WORD_CLASSES } from '../../src/answer/lexicon.js';

const words = (text: string) => text.split(/\s+/).map((t) => ({ norm: normaliseWord(t), stem: () => stemWord(normaliseWord(t)) }));

/** Every match, as "tag: words", in tag order: what a saved set must reproduce. */
function found(set: PhraseSet, text: string): string[] {
  const list = words(text);
  return [...set.matchAllByTag(list)].flatMap(([tag, ms]) =>
    ms.map(
      (m) =>
        `${tag}: ${list
          .slice(m.start, m.end)
          .map((w) => w.norm)
          .join(' ')}`,
    ),
  );
}

const LISTS = {
  blame: ['not my fault', 'if @others had ..2 told', 'the @others? never told me'],
  fix: ['~fix the bug', 'rolled|roll ..3 back', 'apolog*'],
  habit: ["(i have|i've) since", 'every time', 'started *ing'],
};
const CLASSES = { others: ['they', 'manager', 'vendor'] };
const TEXTS = [
  'It was not my fault , if they had only told me I would have fixed the bug',
  'the vendor never told me so I rolled the release right back and apologised',
  "I've since started checking every time and I have since fixes the bug",
  'nothing here matches at all',
];

describe('the saved form of a phrase set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'failcoach-phrase-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('matches exactly what the compiled set matches, after a trip through JSON', () => {
    const fresh = PhraseSet.fromTagged(LISTS, CLASSES);
    const loaded = deserializePhraseSet(JSON.parse(JSON.stringify(serializePhraseSet(fresh))));
    for (const text of TEXTS) expect(found(loaded, text)).toEqual(found(fresh, text));
    expect(found(loaded, TEXTS[1]!)).toEqual(['blame: the vendor never told me', 'fix: rolled the release right back', 'fix: apologised']);
  });

  it('saves each distinct word list once', () => {
    const saved = serializePhraseSet(PhraseSet.fromTagged({ a: ['@others said', '@others agreed'], b: ['@others left'] }, CLASSES));
    expect(saved.atoms.filter(([kind]) => kind === 'class')).toHaveLength(1);
  });

  it('is loaded only under the fingerprint it was saved with', () => {
    const file = pathToFileURL(join(dir, 'book.json'));
    const set = PhraseSet.fromTagged(LISTS, CLASSES);
    saveSet(file, fingerprintOf([LISTS, CLASSES]), set);
    expect(found(loadSavedSet(file, fingerprintOf([LISTS, CLASSES]))!, TEXTS[0]!)).toEqual(found(set, TEXTS[0]!));
    const edited = { ...LISTS, fix: [...LISTS.fix, 'patched'] };
    expect(loadSavedSet(file, fingerprintOf([edited, CLASSES]))).toBeNull();
    writeFileSync(file, '{ not json');
    expect(loadSavedSet(file, fingerprintOf([LISTS, CLASSES]))).toBeNull();
    expect(loadSavedSet(pathToFileURL(join(dir, 'missing.json')), 'x')).toBeNull();
  });

  it('gives the answer model the signals it would compile from its lists', () => {
    const compiled = PhraseSet.fromTagged(SIGNAL_LISTS, WORD_CLASSES);
    const text = 'Last year I was responsible for the launch and I skipped the review , so since then I check every change';
    expect(found(signalPhrases(), text)).toEqual(found(compiled, text));
    expect(found(compiled, text).length).toBeGreaterThan(3);
  });
});
