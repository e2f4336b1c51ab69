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
