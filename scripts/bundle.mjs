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
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

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
await esbuild.build({
  entryPoints: [`${dist}/cli.js`],
  outfile: bundle,
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
const text = readFileSync(bundle, 'utf8');
const lazy = 'import("@inquirer/prompts")';
if (!text.includes(lazy)) throw new Error(`bundle: ${lazy} not found; update scripts/bundle.mjs`);
const rewritten = text.replaceAll(lazy, '__import("@inquirer/prompts")');
// Any other import() left in the code (one written inside a template string for a worker's eval is text, not code).
if (/(?<![\w$.])import\((?!\$\{)/.test(rewritten)) throw new Error('bundle: a dynamic import() the launcher does not provide');
writeFileSync(bundle, rewritten);

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
