/**
 * Derives failcoach's lexicon from wink-nlp's English model (npm run lexicon): for every word the
 * model knows, the part of speech and lemma the model gives it, so that `lint` can tag text
 * without loading the model (about 200 ms on each start; `lint` runs in commit hooks).
 *
 * Tags come from wink's tagger in two passes: each word alone (its lexical default), then every
 * word in context over the text at hand (the labelled corpus when it is beside the checkout, the
 * answers in examples/ and test/fixtures/), where the tag the tagger gives most often wins. A word
 * that the tagger read as a verb in at least a fifth of its uses keeps that reading too, so
 * "change" after "I" or "to" is a verb and after "the" a noun.
 *
 * Output: src/nlp/lexicon.txt, one word a line, sorted: "word TAG[ lemma[ VERBLEMMA]]". A word missing
 * from it is read as a noun that is its own lemma, so such words are left out.
 */
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
interface Collection {
  out(property?: unknown): unknown[];
}
interface Wink {
  readDoc(text: string): { tokens(): Collection };
  its: Record<string, unknown>;
}
const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
const model = require('wink-eng-lite-web-model') as unknown;
const core = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as {
  features: { lexeme: { list: string[] } };
};
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

const root = new URL('../../', import.meta.url).pathname;
const WORD = /^[a-z][a-z'-]*$/;

function texts(): string[] {
  const out: string[] = [];
  const corpus = join(root, '..', 'shared', 'corpus');
  const dirs = [join(root, 'examples'), join(root, 'test', 'fixtures', 'answers')];
  if (existsSync(corpus))
    for (const set of readdirSync(corpus)) if (existsSync(join(corpus, set, 'answers'))) dirs.push(join(corpus, set, 'answers'));
  for (const dir of dirs) for (const f of readdirSync(dir)) if (/\.(md|txt)$/.test(f)) out.push(readFileSync(join(dir, f), 'utf8'));
  return out;
}

const counts = new Map<string, Map<string, number>>();
const lemmas = new Map<string, string>();
const verbLemmas = new Map<string, string>();
const note = (word: string, tag: string, lemma: string, weight: number): void => {
  let tags = counts.get(word);
  if (!tags) {
    tags = new Map();
    counts.set(word, tags);
  }
  tags.set(tag, (tags.get(tag) ?? 0) + weight);
  if (tag === 'VERB' || tag === 'AUX') {
    if (!verbLemmas.has(word)) verbLemmas.set(word, lemma);
  }
  if (!lemmas.has(word) || weight >= 1) lemmas.set(word, lemma);
};

function tagText(text: string, weight: number): void {
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemma = tokens.out(its.lemma) as string[];
  values.forEach((v, i) => {
    const word = v.toLowerCase();
    if (WORD.test(word) || /^'|^n't$/.test(word)) note(word, pos[i]!, (lemma[i] ?? word).toLowerCase(), weight);
  });
}

const started = Date.now();
// Each word alone: a small weight, so any use in context outweighs it.
for (const word of core.features.lexeme.list) if (WORD.test(word)) tagText(word, 0.5);
for (const text of texts()) tagText(text, 1);

/**
 * Irregular past forms the model leaves as their own lemma ("lost"). Regular past forms it leaves
 * unlemmatised ("fixed") keep their form: the classifiers' word features have always read them so,
 * and `clauseTense` reads their -ed ending as the past.
 */
const IRREGULAR: Readonly<Record<string, string>> = { lost: 'lose', thought: 'think', fell: 'fall' };
const pastLemma = (word: string, lemma: string): string => (lemma === word ? (IRREGULAR[word] ?? lemma) : lemma);

const lines: string[] = [];
for (const [word, tags] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const total = [...tags.values()].reduce((a, b) => a + b, 0);
  const [tag] = [...tags].sort((a, b) => b[1] - a[1])[0]!;
  const verb = tags.get('VERB') ?? 0;
  const lemma = tag === 'VERB' ? pastLemma(word, lemmas.get(word) ?? word) : (lemmas.get(word) ?? word);
  const alsoVerb = tag !== 'VERB' && tag !== 'AUX' && verb > 0 && verb / total >= 0.2;
  const verbLemma = pastLemma(word, verbLemmas.get(word) ?? lemma);
  // An unknown word is read as a noun that is its own lemma: such words need no entry.
  if (!alsoVerb && tag === 'NOUN' && lemma === word) continue;
  lines.push(`${word} ${alsoVerb ? `${tag} ${lemma} ${verbLemma}` : lemma === word ? tag : `${tag} ${lemma}`}`);
}
const file = join(root, 'src', 'nlp', 'lexicon.txt');
writeFileSync(file, `${lines.join('\n')}\n`);
console.log(`lexicon: ${lines.length} words written to ${file} in ${Date.now() - started} ms`);
