#!/usr/bin/env node
// Launcher only: the CLI lives in the compiled dist/ (built by `npm install` via `prepare`).
import { run } from '../dist/cli.js';

run(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`failcoach: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
