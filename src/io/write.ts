/**
 * One safe way to write a user-visible file (a lint report, a drafted answer, a starter
 * configuration, the saved draft). It never turns a device, a FIFO or a symbolic link into a
 * regular file, never writes over a file the caller says is an input, creates its temporary file
 * exclusively under a random name, and replaces only regular files atomically.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileError, describeFailure, errorCode } from './errors.js';
import { kindOf } from './read.js';

export interface FileIdentity {
  dev: number;
  ino: number;
}

export interface WriteOptions {
  /** Permissions of a file created new; an existing file keeps its own. Unset: 0666 less the umask. */
  mode?: number;
  /** Give an existing file `mode` too, instead of keeping its own (for files that must stay private). */
  forceMode?: boolean;
  /** Create missing parent folders with these permissions. Unset: a missing folder is an error. */
  folderMode?: number;
  /** Files the write must never replace, such as the answers a report is about. */
  protect?: readonly FileIdentity[];
  /** How to name a protected file in the refusal ("one of the answers being linted"). */
  protectedAs?: string;
}

/** A leftover temporary file older than this was left by a killed run, not by a writer at work. */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;
const TEMPORARY = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

export function identityOf(path: string): FileIdentity | null {
  try {
    const s = statSync(path);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

function statOrNull(path: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') throw new FileError(path, notAFolderReason(path));
    throw new FileError(path, describeFailure(error, 'write'));
  }
}

/** For a path like existing.md/sub.md: names the part of the path that is a file, not a folder. */
function notAFolderReason(path: string): string {
  let dir = dirname(resolve(path));
  for (;;) {
    try {
      const s = statSync(dir);
      return s.isDirectory()
        ? 'has a file where a folder should be in its path; check the path'
        : `cannot be created: ${dir} is a file, not a folder; choose another path`;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return 'has a file where a folder should be in its path; check the path';
      dir = parent;
    }
  }
}

/** Where a write to `path` really lands: the target of a link, or the path itself. */
function resolveTarget(path: string): { target: string; inPlace: boolean } {
  const link = statOrNull(path, false);
  if (!link?.isSymbolicLink()) return { target: path, inPlace: false };
  try {
    const real = realpathSync(path);
    // /dev/stdout and /proc/self/fd/N are views of an open file: write through them, never around them.
    if (real.startsWith('/proc/') || real.startsWith('/dev/')) return { target: path, inPlace: true };
    return { target: real, inPlace: false };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') throw new FileError(path, describeFailure(error, 'write'));
    // A link to nothing yet (or to a pipe under /proc): write through it, and it stays a link.
    return { target: path, inPlace: true };
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
}

function writeInPlace(path: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new FileError(path, describeFailure(error, 'write'));
  }
  try {
    writeAll(fd, text);
  } catch (error) {
    throw new FileError(path, describeFailure(error, 'write'));
  } finally {
    closeSync(fd);
  }
}

/** Temporaries of `target` left behind by a run that was killed between writing and renaming. */
export function leftoverTemporaries(target: string): Array<{ path: string; mtimeMs: number }> {
  const dir = dirname(target);
  const name = basename(target);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const found: Array<{ path: string; mtimeMs: number }> = [];
  for (const entry of entries) {
    const match = TEMPORARY.exec(entry);
    if (!match || match[1] !== name) continue;
    try {
      const s = lstatSync(join(dir, entry));
      if (s.isFile()) found.push({ path: join(dir, entry), mtimeMs: s.mtimeMs });
    } catch {
      // Gone already: another run cleaned it up.
    }
  }
  return found;
}

function removeStaleTemporaries(target: string, now = Date.now()): void {
  for (const leftover of leftoverTemporaries(target)) {
    if (now - leftover.mtimeMs > STALE_TEMPORARY_MS) rmSync(leftover.path, { force: true });
  }
}

/** Writes beside the target under a fresh random name, then renames it over the target. */
function replaceAtomically(
  target: string,
  text: string,
  existing: Pick<Stats, 'mode' | 'uid' | 'gid'> | null,
  mode: number | undefined,
): void {
  removeStaleTemporaries(target);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    // Exclusive and not following links: a file or link planted under this name makes the open fail.
    fd = openSync(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      existing ? 0o600 : (mode ?? 0o666),
    );
  } catch (error) {
    throw new FileError(target, describeFailure(error, 'write'));
  }
  try {
    try {
      if (existing) {
        fchmodSync(fd, existing.mode & 0o7777);
        if (existing.uid !== fstatSync(fd).uid || existing.gid !== fstatSync(fd).gid) {
          try {
            fchownSync(fd, existing.uid, existing.gid);
          } catch {
            // Only root may give a file away; the file is then ours, with the old permissions.
          }
        }
      } else if (mode !== undefined) {
        // The umask can only take permissions away; set them exactly, whatever it is.
        fchmodSync(fd, mode);
      }
      writeAll(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error instanceof FileError ? error : new FileError(target, describeFailure(error, 'write'));
  }
}

/**
 * Writes `text` to `path` safely (see the module comment). Throws FileError with a one-line
 * reason; the caller prints it.
 */
export function writeFileSafely(path: string, text: string, options: WriteOptions = {}): void {
  const { target, inPlace } = resolveTarget(path);
  const existing = statOrNull(target, true);
  if (existing) {
    const protectedFile = options.protect?.some((p) => p.dev === existing.dev && p.ino === existing.ino);
    if (protectedFile)
      throw new FileError(path, `is ${options.protectedAs ?? 'one of the inputs'}; write to another file so it is not lost`);
    if (existing.isDirectory()) throw new FileError(path, 'is a folder; give a file name inside it');
    if (inPlace || !existing.isFile()) {
      if (existing.isSocket()) throw new FileError(path, `is ${kindOf(existing)}; give the path of a file`);
      writeInPlace(path, text);
      return;
    }
    replaceAtomically(
      target,
      text,
      options.forceMode && options.mode !== undefined ? { mode: options.mode, uid: existing.uid, gid: existing.gid } : existing,
      options.mode,
    );
    return;
  }
  if (inPlace) {
    writeInPlace(path, text);
    return;
  }
  const folder = dirname(target);
  const parent = statOrNull(folder, true);
  if (!parent) {
    if (options.folderMode === undefined)
      throw new FileError(path, `cannot be written: the folder ${folder} does not exist; create it first or choose another path`);
    ensureFolder(folder, options.folderMode, path);
  } else if (!parent.isDirectory()) {
    throw new FileError(path, `cannot be created: ${folder} is a file, not a folder; choose another path`);
  }
  replaceAtomically(target, text, null, options.mode);
}

/**
 * Creates a folder (and its parents) with exact permissions on the folders it creates. One folder
 * at a time, from the deepest one that exists: Node's recursive mkdir loops for ever, at full
 * processor, on a file system that answers "no such file" to every mkdir (under /proc, for one).
 */
export function ensureFolder(folder: string, mode: number, reportAs = folder): void {
  const missing: string[] = [];
  for (let dir = resolve(folder); ; ) {
    let s: Stats;
    try {
      s = statSync(dir);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOTDIR') throw new FileError(reportAs, notAFolderReason(join(folder, 'x')));
      if (code !== 'ENOENT') throw new FileError(reportAs, describeFailure(error, 'create'));
      missing.unshift(dir);
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
      continue;
    }
    if (!s.isDirectory()) throw new FileError(reportAs, notAFolderReason(join(folder, 'x')));
    break;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir, { mode });
    } catch (error) {
      const code = errorCode(error);
      // Made meanwhile by another run: fine, as long as it is a folder (its mode is then its own).
      if (code === 'EEXIST' && statSync(dir).isDirectory()) continue;
      if (code === 'EEXIST' || code === 'ENOTDIR') throw new FileError(reportAs, notAFolderReason(join(folder, 'x')));
      // Its parent is there (found or made just now), yet the system says "no such file": a
      // folder such as /proc or /sys, which shows the system's state and holds no folders of ours.
      if (code === 'ENOENT')
        throw new FileError(
          reportAs,
          `cannot be created: ${dirname(dir)} is a system folder that takes no new folders; choose another path`,
        );
      throw new FileError(reportAs, describeFailure(error, 'create'));
    }
    // mkdir's mode passes through the umask; set the new folder's permissions exactly.
    fchmodFolder(dir, mode);
  }
}

function fchmodFolder(dir: string, mode: number): void {
  const fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    fchmodSync(fd, mode);
  } finally {
    closeSync(fd);
  }
}

/** Does anything (a file, a folder, a link, even a broken one) already sit at this path? */
export function pathExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
