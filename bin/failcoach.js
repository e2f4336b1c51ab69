#!/usr/bin/env node
// Launcher only: the CLI lives in the compiled dist/ (built by `npm install` via `prepare`).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// Linting a folder makes short-lived garbage with little kept between files (about 20 MiB live
// over 2,000 answers), and V8's default growth let the old space swell to about five times that
// before collecting: 213 MiB peak. Growing the heap by half of what survives each collection
// keeps the peak near 165 MiB at no measurable cost in time. It caps nothing: a run that keeps
// more still gets all the heap it needs.
setFlagsFromString('--heap-growing-percent=50');
// V8 learns where long-lived objects are made and then makes them straight in the old space
// ("pretenuring"). Here nearly everything an answer makes dies with it, so the guesses cost more
// than they save: without them 2,000 answers take about 6% less processor time and the peak is
// about 10 MiB lower (paired runs; the output is the same either way).
setFlagsFromString('--no-allocation-site-pretenuring');
// Measured over 2,000 answers and not kept (paired runs, Node 20): --single-threaded-gc, --maglev,
// --always-sparkplug and a smaller inlining budget changed nothing or moved work onto the main
// thread; a longer or shorter --interrupt-budget saved compiler time at the main thread's cost or
// cost both. The young generation's size (--max-semi-space-size: 4 MiB takes 30 MiB off the peak
// for 5-8% more processor time) and --no-concurrent-recompilation take effect only when the
// process starts, never from here; the flags above are read at each collection, so they do.

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/failcoach.cjs', import.meta.url));

if (!existsSync(cli)) {
  process.stderr.write(
    'failcoach: the compiled CLI is missing (dist/cli.js); run "npm install" or "npm run build" in the failcoach folder\n',
  );
  process.exit(2);
}

/** The bundle, when the build made one from today's dist/ (a bare `tsc` leaves it older than dist/cli.js). */
function freshBundle() {
  try {
    return statSync(bundle).mtimeMs >= statSync(cli).mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Runs dist/ as the one script scripts/bundle.mjs made, with the code V8 compiled for it last time
 * (dist/failcoach.cjs.cache): a quarter off every start. V8 checks the cache and compiles afresh
 * when it does not fit this Node. FAILCOACH_CODE_CACHE=write is the build's own step.
 */
function loadBundle() {
  const cacheFile = `${bundle}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __import) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  // The bundle's one import() (the prompts library, for `draft`) is made here, by this module's own loader.
  const load = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), load);
  if (process.env.FAILCOACH_CODE_CACHE === 'write') process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  return module.exports;
}

const { run } = freshBundle() ? loadBundle() : await import(new URL('../dist/cli.js', import.meta.url).href);
process.exitCode = await run(process.argv);
