// The last build step: dist/ as one script with V8's code cache beside it, which bin/failcoach.js
// runs. `lint` runs in commit hooks on every commit, so start-up counts: compiling some 120
// modules on every run took about a quarter of it (farm-bench: 0.36 s against 0.49 s for one
// answer). The modules in dist/ stay as they are: worker threads and the tests load them, and the
// launcher falls back to them when this bundle is missing or older than dist/cli.js.
//
// 1. esbuild writes dist/failcoach.cjs from dist/cli.js. Each module's import.meta.url becomes its
//    own file's URL beside the bundle, so the data files it reads (the lexicon, the model) resolve
//    as before. The prompts library stays outside: only `draft` loads it, through the launcher.
// 2. One lint of a shipped example, run through the launcher with FAILCOACH_CODE_CACHE=write, saves
//    the code V8 compiled on the way to dist/failcoach.cjs.cache. V8 checks the cache against its
//    own version and flags on every load and ignores it when they differ (another Node), so a
//    stale cache costs a compile, never a wrong result.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist`;
const bundle = `${dist}/failcoach.cjs`;
const cache = `${bundle}.cache`;

/** Gives every module of dist/ the URL of its own file, relative to wherever the bundle is. */
const ownUrls = {
  name: 'own-import-meta-url',
  setup(build) {
    const ours = new RegExp(`^${dist.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/.*\\.js$`);
    build.onLoad({ filter: ours }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const own = `new URL(${JSON.stringify(`./${relative(dist, args.path)}`)}, __bundleUrl).href`;
      return { contents: text.replaceAll('import.meta.url', own), loader: 'js' };
    });
  },
};

rmSync(cache, { force: true });
const built = await esbuild.build({
  entryPoints: [`${dist}/cli.js`],
  outfile: bundle,
  // Kept in memory and written whole below: a commit hook that starts while `npm install` builds
  // must find the last bundle or the next, never half of one.
  write: false,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['@inquirer/prompts'],
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [ownUrls],
  logLevel: 'warning',
});

// A script run through node:vm has no module loader of its own for import(), and the option that
// lends it one warns on Node 20. The one module loaded on demand, the prompts library, is imported
// by the launcher instead, which passes its import() in as __import.
const text = built.outputFiles[0].text;
const lazy = 'import("@inquirer/prompts")';
if (!text.includes(lazy)) throw new Error(`bundle: ${lazy} not found; update scripts/bundle.mjs`);
const rewritten = text.replaceAll(lazy, '__import("@inquirer/prompts")');
// Any other import() left in the code (one written inside a template string for a worker's eval is text, not code).
if (/(?<![\w$.])import\((?!\$\{)/.test(rewritten)) throw new Error('bundle: a dynamic import() the launcher does not provide');
writeFileSync(`${bundle}.tmp`, asciiOnly(rewritten));
renameSync(`${bundle}.tmp`, bundle);

const warm = spawnSync(
  process.execPath,
  [`${root}bin/failcoach.js`, 'lint', `${root}examples/weak-blame.md`, `${root}examples/strong-migration.md`, '--format', 'json'],
  { env: { ...process.env, FAILCOACH_CODE_CACHE: 'write', NO_COLOR: '1' }, encoding: 'utf8' },
);
/** The warm-up's report, when the bundled CLI linted both examples: the weak one with findings, the strong one clean. */
function linted() {
  try {
    const report = JSON.parse(warm.stdout);
    return report.length === 2 && report[0].errorCount + report[0].warningCount > 0 && report[1].errorCount + report[1].warningCount === 0;
  } catch {
    return false;
  }
}
// Exit 1 is the weak example's findings (an uncaught error exits 1 too, hence the report's check).
if (warm.status !== 1 || warm.stderr !== '' || !linted() || !existsSync(cache)) {
  rmSync(bundle, { force: true });
  rmSync(cache, { force: true });
  process.stderr.write(`bundle: the bundled CLI did not lint the examples (exit ${warm.status})\n${warm.stderr}`);
  process.exit(1);
}

/**
 * The bundle as pure ASCII. esbuild escapes strings and plain templates but leaves some sixty
 * characters such as ’, € and … in regular expressions and comments, and one of them is enough to
 * make the launcher decode all 1.3 MB as UTF-8 into a two-byte string (11 ms to read, against 1 ms
 * for ASCII). As ASCII, a start takes about 3 ms less processor time and the peak memory is 5 MiB
 * lower for one answer, 15 MiB lower over 2,000 (paired runs). Each such character becomes its
 * \uXXXX escape, which means the same character in a regular expression (with or without the u
 * flag) and is only text in a comment. The build stops rather than guess where it would not be the
 * same: a character outside the Basic Multilingual Plane (two escapes are two characters in a
 * regular expression without the u flag), one right after a backslash (the escape would be read as
 * the backslash's), or one inside a tagged template, whose raw text the tag reads (esbuild leaves
 * those as written). TypeScript's parser, already a build tool here, finds the tagged templates.
 */
function asciiOnly(code) {
  if (!/[\u{80}-\u{10ffff}]/u.test(code)) return code;
  const tagged = [];
  const file = ts.createSourceFile('bundle.cjs', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) tagged.push([node.template.getStart(file), node.template.end]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return code.replace(/[\u{80}-\u{10ffff}]/gu, (ch, at) => {
    const unit = ch.codePointAt(0);
    if (unit > 0xffff) throw new Error(`bundle: ${JSON.stringify(ch)} is outside the BMP; escape it in the source`);
    let slashes = 0;
    while (code[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) throw new Error(`bundle: ${JSON.stringify(ch)} after a backslash at ${at}; escape it in the source`);
    if (tagged.some(([from, to]) => at >= from && at < to))
      throw new Error(`bundle: ${JSON.stringify(ch)} in a tagged template at ${at}; escape it in the source`);
    return `\\u${unit.toString(16).padStart(4, '0')}`;
  });
}
