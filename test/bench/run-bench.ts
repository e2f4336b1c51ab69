/**
 * npm run bench: start-up on one answer and throughput over a generated corpus of 2,000
 * answers, for failcoach, write-good and alex on the same files, on this machine; and, when
 * ../shared is beside the checkout, failcoach over the 560 labelled answers (real text).
 *
 * Prints medians, files per second, peak memory (from each process's own getrusage) and the
 * ratios against the targets. Figures, not assertions: speed is never a unit test.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, '.bench');
const corpusDir = join(work, 'corpus');
const rssFile = join(work, 'rss.txt');
const preload = join(root, 'test/bench/rss.mjs');
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 15);
const CORPUS_RUNS = Number(process.env.BENCH_CORPUS_RUNS ?? 3);
const FILES = Number(process.env.BENCH_FILES ?? 2000);

interface Tool {
  name: string;
  /** Arguments after `node` for one file, and for the whole corpus. */
  one: string[];
  all: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs node with the RSS preload; returns wall time in ms and the child's peak RSS in MiB. */
function timeNode(args: string[]): { ms: number; rssMiB: number; status: number | null } {
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'ignore'],
    env: { ...process.env, FAILCOACH_BENCH_RSS: rssFile, NO_COLOR: '1' },
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = existsSync(rssFile) ? Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) : NaN;
  return { ms, rssMiB: rss / 1024, status: result.status };
}

function measure(args: string[], runs: number): { ms: number; rssMiB: number; status: number | null } {
  timeNode(args); // warm the file system cache
  const samples = Array.from({ length: runs }, () => timeNode(args));
  return { ms: median(samples.map((s) => s.ms)), rssMiB: Math.max(...samples.map((s) => s.rssMiB)), status: samples[0]!.status };
}

function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

rmSync(work, { recursive: true, force: true });
mkdirSync(corpusDir, { recursive: true });
const corpus = generateCorpus(FILES);
for (const file of corpus) writeFileSync(join(corpusDir, file.name), file.text);
const bytes = corpus.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
const one = join(corpusDir, corpus[0]!.name);
const files = corpus.map((f) => join(corpusDir, f.name));

if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('bench: dist/ is missing; run npm run build first');
  process.exit(2);
}

const tools: Tool[] = [
  { name: 'failcoach', one: ['bin/failcoach.js', 'lint', one], all: ['bin/failcoach.js', 'lint', corpusDir] },
  // The same call with worker threads (--concurrency auto): what they buy on this machine.
  {
    name: 'fc workers',
    one: ['bin/failcoach.js', 'lint', one, '--concurrency', 'auto'],
    all: ['bin/failcoach.js', 'lint', corpusDir, '--concurrency', 'auto'],
  },
  {
    name: 'write-good',
    one: ['node_modules/write-good/bin/write-good.js', one],
    all: ['node_modules/write-good/bin/write-good.js', ...files],
  },
  { name: 'alex', one: ['node_modules/alex/cli.js', one], all: ['node_modules/alex/cli.js', corpusDir] },
];

console.log(`failcoach benchmark — node ${process.version}, ${corpus.length} answers, ${fmt(bytes / 1024 / 1024, 2)} MiB`);
console.log(`start-up: median of ${STARTUP_RUNS} runs; corpus: median of ${CORPUS_RUNS} runs; peak RSS from each process's getrusage\n`);

const baseline = measure(['-e', '0'], STARTUP_RUNS);
console.log(
  `${'tool'.padEnd(12)}${'one answer'.padStart(12)}${'× node -e 0'.padStart(13)}${'corpus'.padStart(10)}${'files/s'.padStart(10)}${'peak MiB'.padStart(10)}`,
);
console.log(
  `${'node -e 0'.padEnd(12)}${(`${fmt(baseline.ms)} ms`).padStart(12)}${'1.00'.padStart(13)}${'—'.padStart(10)}${'—'.padStart(10)}${fmt(baseline.rssMiB).padStart(10)}`,
);

const results = new Map<string, { one: number; all: number; fps: number; rss: number }>();
for (const tool of tools) {
  const single = measure(tool.one, STARTUP_RUNS);
  const whole = measure(tool.all, CORPUS_RUNS);
  const fps = corpus.length / (whole.ms / 1000);
  const rss = Math.max(single.rssMiB, whole.rssMiB);
  results.set(tool.name, { one: single.ms, all: whole.ms, fps, rss });
  console.log(
    `${tool.name.padEnd(12)}${(`${fmt(single.ms)} ms`).padStart(12)}${fmt(single.ms / baseline.ms, 2).padStart(13)}${(`${fmt(whole.ms / 1000, 2)} s`).padStart(10)}${fmt(fps, 0).padStart(10)}${fmt(rss).padStart(10)}`,
  );
}

// The generated answers repeat a small vocabulary (about 800 distinct words over 2,000 answers), which
// flatters every per-word cache and the JIT. The labelled corpus, when it is beside the checkout, is
// real text in many voices: the same call over it says what a user's folder of answers costs.
const shared = join(root, '../shared/corpus');
if (existsSync(shared)) {
  const realDir = join(work, 'real');
  mkdirSync(realDir, { recursive: true });
  let count = 0;
  for (const set of readdirSync(shared, { withFileTypes: true })) {
    if (!set.isDirectory() || !existsSync(join(shared, set.name, 'answers'))) continue;
    for (const file of readdirSync(join(shared, set.name, 'answers'))) {
      copyFileSync(join(shared, set.name, 'answers', file), join(realDir, file));
      count++;
    }
  }
  const real = measure(['bin/failcoach.js', 'lint', realDir], CORPUS_RUNS);
  console.log(
    `${'fc real'.padEnd(12)}${'—'.padStart(12)}${'—'.padStart(13)}${(`${fmt(real.ms / 1000, 2)} s`).padStart(10)}${fmt(count / (real.ms / 1000), 0).padStart(10)}${fmt(real.rssMiB).padStart(10)}   (${count} labelled answers from ../shared/corpus)`,
  );
} else {
  console.log('fc real: skipped, ../shared/corpus is not beside the checkout');
}

const ours = results.get('failcoach')!;
const writeGood = results.get('write-good')!;
const alex = results.get('alex')!;
const checks: Array<[string, boolean]> = [
  // The targets of the judgement issue: the learned layer may cost time only where it buys accuracy.
  [`one answer within 4× node -e 0: ${fmt(ours.one / baseline.ms, 2)}×`, ours.one <= 4 * baseline.ms],
  [`corpus at ≥ 800 files/s: ${fmt(ours.fps, 0)} files/s`, ours.fps >= 800],
  [`faster than write-good: ${fmt(ours.fps / writeGood.fps, 2)}×`, ours.fps >= writeGood.fps],
  [`peak memory under 200 MiB: ${fmt(ours.rss)} MiB`, ours.rss < 200],
];
const workers = results.get('fc workers')!;
console.log(
  `\nthroughput vs alex: ${fmt(ours.fps / alex.fps, 2)}×; worker threads (--concurrency auto) vs one thread: ${fmt(workers.fps / ours.fps, 2)}×`,
);
for (const [label, ok] of checks) console.log(`${ok ? 'met ' : 'MISS'}  ${label}`);
