/**
 * The gates guard test. A gate lets a reading skip a sentence that lacks every word the reading
 * needs, and must never change what the linter says. Some gates keep their word lists beside the
 * readings they guard, so a reading taught a new word can outgrow its gate and go quiet without a
 * failing test of its own. Here every answer we have is linted with the gates shut (as the product
 * runs) and open (every reading asked of every sentence), and the two reports, with every layer of
 * the judgement (--explain), must be the same. The labelled corpus adds 560 answers in many voices
 * when ../shared is beside the checkout; without it the test runs on our own answers alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/linter.js';
import { openGates } from '../../src/nlp/gates.js';
import { generateCorpus } from '../bench/corpus.js';
import { CORPUS_DIR, corpusAvailable, loadCorpus } from '../eval/corpus.js';

interface Input {
  path: string;
  text: string;
  markdown: boolean;
}

const ANSWERS = new URL('../fixtures/answers/', import.meta.url);
const EXAMPLES = new URL('../../examples/', import.meta.url);

function folder(url: URL): Input[] {
  return readdirSync(url)
    .filter((f) => f.endsWith('.md') || f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: f, text: readFileSync(new URL(f, url), 'utf8'), markdown: f.endsWith('.md') }));
}

/** The whole report of each answer, every layer of the judgement included, with the gates open or shut. */
function reports(inputs: readonly Input[], open: boolean): string[] {
  openGates(open);
  try {
    return inputs.map((input) => JSON.stringify(lintText(input, {}, { explain: true })));
  } finally {
    openGates(false);
  }
}

/** The answers whose reports differ, by path, so a failure names where to look. */
function differing(inputs: readonly Input[]): string[] {
  const shut = reports(inputs, false);
  const open = reports(inputs, true);
  return inputs.filter((_, i) => shut[i] !== open[i]).map((input) => input.path);
}

afterEach(() => openGates(false));

describe('the readings’ gates', () => {
  it('change nothing on our own answers, the examples and the generated ones', () => {
    const inputs = [
      ...folder(ANSWERS),
      ...folder(EXAMPLES),
      ...generateCorpus(200).map((f) => ({ path: f.name, text: f.text, markdown: f.name.endsWith('.md') })),
    ];
    expect(inputs.length).toBeGreaterThan(250);
    expect(differing(inputs)).toEqual([]);
  });

  const available = corpusAvailable();
  const title = available
    ? 'change nothing on the labelled corpus'
    : 'change nothing on the labelled corpus (skipped: ../shared/corpus is not beside this checkout)';
  it.skipIf(!available)(
    title,
    () => {
      const inputs = loadCorpus(CORPUS_DIR).map((e) => ({ path: `${e.set}/${e.id}`, text: e.text, markdown: true }));
      expect(inputs.length).toBeGreaterThan(500);
      expect(differing(inputs)).toEqual([]);
    },
    120_000,
  );

  it('are shut unless the test opens them', async () => {
    const { gatesOpen } = await import('../../src/nlp/gates.js');
    expect(gatesOpen()).toBe(false);
  });
});
