/**
 * One bounded reader for every file failcoach reads (answers, configuration, answers files,
 * frameworks, job postings, saved drafts): it checks the file type first, so a FIFO cannot hang
 * the run and /dev/zero cannot fill memory, and never reads more than the limit allows.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { describeFailure, formatBytes } from './errors.js';

export const MiB = 1024 * 1024;

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string; code: 'missing' | 'type' | 'size' | 'io' };

/** What kind of thing a path is, for messages: a folder, a named pipe, a device… */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function typeProblem(stats: Stats, what: string): ReadResult {
  const kind = kindOf(stats);
  const advice = stats.isDirectory()
    ? `give the path to ${what}`
    : `give the path to ${what} saved as a regular file${stats.isFIFO() || stats.isCharacterDevice() ? ' (to read from a pipe, use "-" where a command accepts it)' : ''}`;
  return { ok: false, code: 'type', reason: `is ${kind}, not ${what}; ${advice}` };
}

/**
 * Reads a regular file of at most `limit` bytes. `what` names the expected content in messages
 * ("an answer", "a configuration file"). Every failure is a one-line reason, never a throw.
 */
export function readBounded(path: string, limit: number, what: string): ReadResult {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const reason = describeFailure(error, 'read');
    return { ok: false, code: reason.startsWith('does not exist') ? 'missing' : 'io', reason };
  }
  if (!stats.isFile()) return typeProblem(stats, what);
  if (stats.size > limit) return tooLarge(stats.size, limit, what);
  let fd: number;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening it must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, code: 'io', reason: describeFailure(error, 'read') };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return typeProblem(opened, what);
    // Read in chunks until end of file or one byte past the limit, whatever the stat said:
    // some files (under /proc, for one) report a size of 0, and a file can grow meanwhile.
    const chunks: Buffer[] = [];
    let length = 0;
    // The first chunk fits the size the stat gave, plus the byte that shows the end: most answers are
    // a few KiB, and a 64 KiB buffer for each of thousands of files is garbage the collector must sweep.
    let size = Math.max(opened.size + 1, 4096);
    while (length <= limit) {
      const chunk = Buffer.allocUnsafe(Math.min(size, 64 * 1024, limit + 1 - length));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      // A chunk read short is most likely the end: the read that confirms it needs no large buffer.
      size = read === chunk.length ? 64 * 1024 : 4096;
      chunks.push(chunk.subarray(0, read));
      length += read;
    }
    const buffer = Buffer.concat(chunks, length);
    if (length > limit) return tooLarge(Math.max(length, opened.size), limit, what);
    return { ok: true, bytes: buffer };
  } catch (error) {
    return { ok: false, code: 'io', reason: describeFailure(error, 'read') };
  } finally {
    closeSync(fd);
  }
}

export function tooLarge(size: number, limit: number, what: string): ReadResult & { ok: false } {
  return {
    ok: false,
    code: 'size',
    reason: `is ${formatBytes(size)}; ${what} may be at most ${formatBytes(limit)} (${limit / MiB} MiB)${what === 'an answer' ? ', so split it or lint the answer on its own' : ''}`,
  };
}

export type TextResult = { ok: true; text: string } | { ok: false; reason: string; code: 'missing' | 'type' | 'size' | 'io' };

/** Reads a bounded text file as UTF-8 (a leading byte-order mark removed). */
export function readTextBounded(path: string, limit: number, what: string): TextResult {
  const result = readBounded(path, limit, what);
  if (!result.ok) return result;
  return { ok: true, text: result.bytes.toString('utf8').replace(/^\uFEFF/, '') };
}
