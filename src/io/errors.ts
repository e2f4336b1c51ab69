/**
 * File-system failures as values: a path and one line a person can act on. Commands print them
 * and choose the exit code; nothing here prints or exits.
 */
import { plural } from '../util/plural.js';

/** A file problem that a command reports as `failcoach: <message>` with exit code 2. */
export class FileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} ${reason}`);
    this.name = 'FileError';
  }
}

export function errorCode(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** Why an operation on a path failed, in words, for the usual system error codes. */
export function describeFailure(error: unknown, doing: 'read' | 'write' | 'list' | 'create'): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
      return doing === 'write' || doing === 'create'
        ? 'cannot be written: its folder does not exist; create the folder first or choose another path'
        : 'does not exist; check the path';
    case 'EACCES':
    case 'EPERM':
      return `cannot be ${doing === 'list' ? 'listed' : doing === 'read' ? 'read' : 'written'} (permission denied); check its permissions${doing === 'write' || doing === 'create' ? " and its folder's" : ''}`;
    case 'EROFS':
      return 'is on a read-only file system; choose a path you can write to';
    case 'ENOTDIR':
      return 'has a file where a folder should be in its path; check the path';
    case 'EISDIR':
      return 'is a folder; give a file name';
    case 'ENOSPC':
      return 'cannot be written: the disk is full; free some space and try again';
    case 'EDQUOT':
      return 'cannot be written: your disk quota is used up';
    case 'ELOOP':
      return 'is a link that points to itself (a loop of symbolic links); fix the link';
    case 'ENAMETOOLONG':
      return 'is a name too long for the file system; choose a shorter one';
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot be opened: too many files are open; try again';
    default:
      return `cannot be ${doing === 'list' ? 'listed' : doing === 'read' ? 'read' : 'written'} (${code || (error instanceof Error ? error.message : String(error))})`;
  }
}

/** A size as its exact byte count ("1,048,586 bytes"): a rounded figure can hide that a file is over a limit. */
export function formatBytes(bytes: number): string {
  return plural(bytes, 'byte');
}
