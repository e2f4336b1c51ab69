#!/usr/bin/env node
// Launcher only: the CLI lives in the compiled dist/ (built by `npm install` via `prepare`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('failcoach: the compiled CLI is missing (dist/cli.js); run "npm install" or "npm run build" in the failcoach folder\n');
  process.exit(2);
}
const { run } = await import(cli.href);
process.exitCode = await run(process.argv);
