/**
 * Linting many answers on several threads, as ESLint's --concurrency does. The command reads
 * every file and resolves every answer's settings first, on the main thread, so every read
 * error, configuration error and message comes out exactly as in a serial run; only lintText
 * moves. The main thread lints too, so on two processors one worker doubles the lanes without a
 * third copy of the model in memory. Chunks go to whichever lane is free, and each result goes
 * back to its answer's place: the results are the serial run's, in the serial run's order. The
 * pool of workers is parallel-pool.ts, loaded only by a run that uses it.
 */
import { availableParallelism } from 'node:os';
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

/**
 * Below this many answers per lane, starting a worker costs more than it saves. A worker compiles
 * and warms up the whole linter again, about 2 s of processor time, and the two threads then spend
 * about a fifth more processor time per answer than one thread does. Measured on two processors:
 * 128 answers took 1.4 times as long with a worker; 2,000 answers took from 0.94 to 1.2 times as
 * long, depending on what else the machine was doing.
 */
export const FILES_PER_LANE = 1000;
export const MAX_CHUNK = 32;

export function parseConcurrency(value: string | undefined): Concurrency {
  if (value === 'auto') return 'auto';
  // Off unless asked, as in ESLint: on a busy machine a worker costs more processor time and memory than it saves.
  if (value === undefined || value === 'off') return 'off';
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

/**
 * Chunks that shrink as the run goes: a third of each lane's share of what is left, at most
 * MAX_CHUNK answers. Large chunks early keep messages few; small ones at the end let the lanes
 * finish together, so no thread sits idle while another works through a last large chunk.
 */
export function chunksOf(jobs: readonly LintJob[], lanes: number): LintJob[][] {
  const chunks: LintJob[][] = [];
  for (let i = 0; i < jobs.length; ) {
    const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil((jobs.length - i) / (lanes * 3))));
    chunks.push(jobs.slice(i, i + size));
    i += size;
  }
  return chunks;
}

/** Lints every job on the main thread, in order. */
export function lintSerially(jobs: readonly LintJob[], setup: WorkerSetup, books: LintTextOptions['book'][]): FileResult[] {
  return jobs.map((job) => lintText(job.input, setup.settings[job.settings]!, { ...setup.options, book: books[job.settings] }));
}
