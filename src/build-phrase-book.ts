/** Build step (npm run build): saves the compiled phrase book beside the compiled code. */
import { RULES, compilePhraseBook } from './lint/rules/index.js';
import { savePrecompiledBook } from './lint/phrase-book.js';

const path = savePrecompiledBook(RULES, compilePhraseBook(RULES));
process.stdout.write(`phrase book saved: ${path}\n`);
