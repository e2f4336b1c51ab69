/**
 * A byte-for-byte record of every judgement, for checking that a performance change altered
 * none: lints every corpus answer (../shared/corpus/x/answers) and every fixture under
 * test/fixtures/answers, plainly and with --explain (classifier scores included), plus the
 * same answers under tuned settings, and writes one JSON line per answer.
 *
 *   npx tsx test/bench/dump.ts > /tmp/before.jsonl   (then again after a change, and cmp)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAnswerPath, isMarkdownPath } from '../../src/io/inputs.js';
import { lintText } from '../../src/lint/linter.js';
import type { LintSettings } from '../../src/lint/engine.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (isAnswerPath(path)) out.push(path);
  }
  return out;
}

const corpus = join(root, '../shared/corpus');
const dirs = [
  ...readdirSync(corpus)
    .sort()
    .map((set) => join(corpus, set, 'answers'))
    .filter((dir) => {
      try {
        return statSync(dir).isDirectory();
      } catch {
        return false;
      }
    }),
  join(root, 'test/fixtures/answers'),
];
// Tuned settings take the rules' own path (no judgement) and the user-word paths.
const tuned: LintSettings = {
  rules: { hedging: { add: ['kind of a'], accept: ['i think'] }, length: { options: { min: 120 } }, filler: { severity: 'error' } },
};
for (const dir of dirs) {
  for (const file of filesUnder(dir)) {
    const input = { path: relative(root, file), text: readFileSync(file, 'utf8'), markdown: isMarkdownPath(file) };
    const plain = lintText(input, {});
    const explained = lintText(input, {}, { explain: true });
    const withSettings = lintText(input, tuned, { reportUnusedDirectives: true });
    process.stdout.write(`${JSON.stringify({ plain, explained, withSettings })}\n`);
  }
}
