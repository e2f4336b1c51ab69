/**
 * npm run bench:inputs: how long masking takes on each pathological input at the 1 MiB limit,
 * on this machine. Figures, not assertions; the test holds the bound.
 */
import { maskMarkdown } from '../../src/answer/markdown.js';
import { pathologicalMarkdown } from './pathological.js';

for (const [name, text] of pathologicalMarkdown()) {
  const started = performance.now();
  maskMarkdown(text, true);
  console.log(
    `${name.padEnd(36)} ${(performance.now() - started).toFixed(0).padStart(6)} ms  (${text.length.toLocaleString('en-US')} characters)`,
  );
}

// Glob matching: many stars against a long name, which the old pattern compiler backtracked on.
const { compileGlob } = await import('../../src/io/glob.js');
const pattern = '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b.md';
const name = `${'a'.repeat(10000)}.md`;
const started = performance.now();
compileGlob(pattern).test(name);
console.log(`${'glob of 20 stars, 10,000-character name'.padEnd(36)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);

// Whole answers of one unbroken sentence at the limit: many readings look across a sentence for each of its words.
const { lintText } = await import('../../src/lint/linter.js');
const sentences: Array<[string, string]> = [
  ['one sentence of clauses, 1 MiB', `I failed. ${'i kept quiet, '.repeat(74000)}end.`],
  ['one sentence of a silence, repeated', `I failed. ${'I did not tell anyone '.repeat(45000)}end.`],
  ['one sentence, no commas', `I failed. ${'the client never told me that the report was wrong '.repeat(19000)}end.`],
];
for (const [title, text] of sentences) {
  const started = performance.now();
  lintText({ path: 'long.md', text, markdown: true }, {});
  console.log(
    `${title.padEnd(36)} ${(performance.now() - started).toFixed(0).padStart(6)} ms  (${text.length.toLocaleString('en-US')} characters, whole lint)`,
  );
}
