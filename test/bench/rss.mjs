// Preloaded into each benchmarked process: appends its peak resident memory (KiB) to a file.
import { appendFileSync } from 'node:fs';

const file = process.env.FAILCOACH_BENCH_RSS;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
