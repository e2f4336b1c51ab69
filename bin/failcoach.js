#!/usr/bin/env node
// Launcher only: the CLI lives in the compiled dist/ (built by `npm install` via `prepare`).
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// Linting a folder makes short-lived garbage with little kept between files (about 20 MiB live
// over 2,000 answers), and V8's default growth let the old space swell to about five times that
// before collecting: 213 MiB peak. Growing the heap by half of what survives each collection
// keeps the peak near 165 MiB at no measurable cost in time. It caps nothing: a run that keeps
// more still gets all the heap it needs.
setFlagsFromString('--heap-growing-percent=50');

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'failcoach: the compiled CLI is missing (dist/cli.js); run "npm install" or "npm run build" in the failcoach folder\n',
  );
  process.exit(2);
}
const { run } = await import(cli.href);
process.exitCode = await run(process.argv);
