/**
 * Linting many answers on several threads, as ESLint's --concurrency does. The command reads
 * every file and resolves every answer's settings first, on the main thread, so every read
 * error, configuration error and message comes out exactly as in a serial run; only lintText
 * moves. The main thread lints too, so on two processors one worker doubles the lanes without a
 * third copy of the model in memory. Chunks go to whichever lane is free, and each result goes
 * back to its answer's place: the results are the serial run's, in the serial run's order.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputText } from '../io/inputs.js';
import { UsageError } from '../io/streams.js';
import type { LintSettings } from './engine.js';
import { lintText, type LintTextOptions } from './linter.js';
import type { FileResult } from './result.js';

/** --concurrency: `off` lints on the main thread alone; a number is how many threads lint. */
export type Concurrency = 'off' | 'auto' | number;

/** One answer to lint and the settings it was resolved to (an index into the run's settings). */
export interface LintJob {
  input: InputText;
  settings: number;
}

/** What a worker is told once, when it starts. */
export interface WorkerSetup {
  settings: readonly LintSettings[];
  options: Omit<LintTextOptions, 'book' | 'quiet'>;
}

/** A chunk sent to a worker, and what comes back: every result, or the chunk's failure. */
export interface ChunkMessage {
  id: number;
  jobs: readonly LintJob[];
}
export type ChunkReply = { id: number; results: FileResult[] } | { id: number; failed: string };

/** Below this many answers per lane, starting a worker (its modules and model) costs more than it saves. */
export const FILES_PER_LANE = 64;
const MAX_CHUNK = 32;
/**
 * Each worker is a second heap beside the main thread's. Its young generation held to 8 MiB
 * (V8 gives it up to 48 by default) keeps the whole process under 200 MiB with one worker over
 * 2,000 answers; the extra scavenges cost no measurable time, since little lives past a chunk.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

export function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 64) return Number(value);
  throw new UsageError(`--concurrency expects off, auto or a number of threads from 1 to 64, got "${value}"`);
}

/**
 * How many threads lint `files` answers, the main thread included (1: no worker). `auto` takes
 * one per processor, and only when each has at least FILES_PER_LANE answers to lint; a number
 * is taken as asked, though never more threads than answers.
 */
export function lanesFor(concurrency: Concurrency, files: number): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_LANE)));
  return Math.max(1, Math.min(concurrency, files));
}

/** Chunks small enough that the lanes finish together, large enough that messages cost little. */
function chunksOf(jobs: readonly LintJob[], lanes: number): LintJob[][] {
  const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(jobs.length / (lanes * 4))));
  const chunks: LintJob[][] = [];
  for (let i = 0; i < jobs.length; i += size) chunks.push(jobs.slice(i, i + size));
  return chunks;
}

/**
 * The worker: the compiled module beside this file, or, when the TypeScript source itself runs
 * (the tests, under vitest or tsx), that source loaded through tsx's loader.
 */
function startWorker(setup: WorkerSetup): Worker {
  const options = { workerData: setup, resourceLimits: WORKER_LIMITS };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parallel-worker.js', import.meta.url), options);
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const source = new URL('./parallel-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** Lints every job on the main thread, in order. */
export function lintSerially(jobs: readonly LintJob[], setup: WorkerSetup, books: LintTextOptions['book'][]): FileResult[] {
  return jobs.map((job) => lintText(job.input, setup.settings[job.settings]!, { ...setup.options, book: books[job.settings] }));
}

/**
 * Lints the jobs on `lanes` threads and returns their results in the jobs' order, and how many
 * chunks the workers linted (the rest the main thread did). A chunk a
 * worker could not lint (the worker failed to start, crashed, or the chunk threw) is linted
 * again on the main thread, so a failure surfaces exactly as it would in a serial run.
 */
export async function lintInParallel(
  jobs: readonly LintJob[],
  setup: WorkerSetup,
  books: LintTextOptions['book'][],
  lanes: number,
): Promise<{ results: FileResult[]; byWorkers: number }> {
  const chunks = chunksOf(jobs, lanes);
  const done: (FileResult[] | undefined)[] = chunks.map(() => undefined);
  const pending: number[] = chunks.map((_, i) => i);
  const retry: number[] = [];
  let byWorkers = 0;
  const workers = Array.from({ length: lanes - 1 }, () => startWorker(setup));
  try {
    await new Promise<void>((finish, fail) => {
      const lane = new LaneSet(workers, chunks, done, pending, retry, () => byWorkers++);
      // The main thread lints one chunk per turn, then yields so the workers' replies are heard.
      const mainTurn = (): void => {
        try {
          const next = retry.shift() ?? pending.shift();
          if (next !== undefined) {
            done[next] = lintSerially(chunks[next]!, setup, books);
            setImmediate(mainTurn);
          } else if (lane.settled()) finish();
          else lane.onIdle = mainTurn;
        } catch (error) {
          fail(error);
        }
      };
      lane.start();
      setImmediate(mainTurn);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { results: done.flatMap((results) => results!), byWorkers };
}

/** The workers' side of the dispatch: each holds up to two chunks, so it never waits on the main thread. */
class LaneSet {
  /** Called once when the main thread has nothing left to lint but workers are still busy. */
  onIdle: (() => void) | null = null;
  private readonly busy = new Map<Worker, number[]>();

  constructor(
    private readonly workers: readonly Worker[],
    private readonly chunks: readonly (readonly LintJob[])[],
    private readonly done: (FileResult[] | undefined)[],
    private readonly pending: number[],
    private readonly retry: number[],
    private readonly counted: () => void,
  ) {}

  start(): void {
    for (const worker of this.workers) {
      this.busy.set(worker, []);
      worker.on('message', (reply: ChunkReply) => this.reply(worker, reply));
      worker.on('error', () => this.lose(worker));
      worker.on('exit', () => this.lose(worker));
      this.feed(worker);
      this.feed(worker);
    }
  }

  /** True when every chunk is linted. */
  settled(): boolean {
    return this.done.every((results) => results !== undefined);
  }

  private feed(worker: Worker): void {
    const next = this.pending.shift();
    if (next === undefined) return;
    this.busy.get(worker)!.push(next);
    worker.postMessage({ id: next, jobs: this.chunks[next]! } satisfies ChunkMessage);
  }

  private reply(worker: Worker, reply: ChunkReply): void {
    const held = this.busy.get(worker);
    if (!held) return;
    held.splice(held.indexOf(reply.id), 1);
    if ('results' in reply) {
      this.done[reply.id] = reply.results;
      this.counted();
    } else this.retry.push(reply.id);
    this.feed(worker);
    this.nudge();
  }

  /** A worker that failed or stopped: its chunks go back to the main thread. */
  private lose(worker: Worker): void {
    const held = this.busy.get(worker);
    if (!held) return;
    this.busy.delete(worker);
    this.retry.push(...held);
    this.nudge();
  }

  private nudge(): void {
    if (!this.onIdle) return;
    const wake = this.onIdle;
    this.onIdle = null;
    if (this.retry.length > 0 || this.settled()) wake();
    else this.onIdle = wake;
  }
}
