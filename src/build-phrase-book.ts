/**
 * Build step (npm run build): saves the compiled phrase books (the rules' and the answer model's
 * signals) beside the compiled code, and copies the lexicon, the person nouns and the judgement
 * model (trained by `npm run train`, kept in src/) next to the code that loads them.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { RULES, compilePhraseBook } from './lint/rules/index.js';
import { savePrecompiledBook } from './lint/phrase-book.js';
import { saveSignalBook } from './answer/signals.js';

const path = savePrecompiledBook(RULES, compilePhraseBook(RULES));
process.stdout.write(`phrase book saved: ${path}\n`);
process.stdout.write(`signal book saved: ${saveSignalBook()}\n`);
// The lexicon (derived from wink-nlp's model by test/nlp/build-lexicon.ts) goes beside the tagger.
copyFileSync(new URL('../src/nlp/lexicon.txt', import.meta.url), new URL('./nlp/lexicon.txt', import.meta.url));
// So do the nouns that name a person (derived from WordNet by test/nlp/build-person-nouns.ts), beside the clause reader.
copyFileSync(new URL('../src/nlp/person-nouns.txt', import.meta.url), new URL('./nlp/person-nouns.txt', import.meta.url));
const model = new URL('../src/judge/judgement-model.json', import.meta.url);
if (existsSync(model)) {
  copyFileSync(model, new URL('./judge/judgement-model.json', import.meta.url));
  process.stdout.write('judgement model copied beside the code\n');
} else {
  process.stdout.write('no judgement model in src/judge: the rules will judge alone (npm run train makes one)\n');
}
