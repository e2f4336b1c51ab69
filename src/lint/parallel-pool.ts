/**
 * The worker threads of a parallel lint run (see parallel.ts): the main thread and the workers
 * take chunks in turn, and every result goes back to its answer's place.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintTextOptions } from './linter.js';
import { chunksOf, lintSerially, type ChunkMessage, type ChunkReply, type LintJob, type WorkerSetup } from './parallel.js';
import type { FileResult } from './result.js';

/**
 * Each worker is a second heap beside the main thread's. Its young generation held to 8 MiB
 * (V8 gives it up to 48 by default) keeps the whole process under 200 MiB with one worker over
 * 2,000 answers (about 192 MiB, against 236 without the limit); the extra scavenges cost about
 * 0.9 s of processor time over those answers, measured with both threads on one processor.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

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

/**
 * Lints the jobs on `lanes` threads and returns their results in the jobs' order, and how many
 * chunks the workers linted (the main thread linted the rest). A chunk a worker could not lint
 * (the worker failed to start, crashed, or the chunk threw) is linted again on the main thread,
 * so a failure surfaces exactly as it would in a serial run.
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
