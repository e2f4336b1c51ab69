/**
 * A lint worker (see parallel.ts): lints the chunks it is sent with the settings it was started
 * with, and answers each with its results in order, or with why the chunk failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { phraseBookFor } from './engine.js';
import { lintSerially, type ChunkMessage, type ChunkReply, type WorkerSetup } from './parallel.js';

const setup = workerData as WorkerSetup;
const books = setup.settings.map((settings) => phraseBookFor(settings));

parentPort!.on('message', (chunk: ChunkMessage) => {
  let reply: ChunkReply;
  try {
    reply = { id: chunk.id, results: lintSerially(chunk.jobs, setup, books) };
  } catch (error) {
    reply = { id: chunk.id, failed: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
