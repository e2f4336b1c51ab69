/**
 * Walks a folder tree for `lint`'s folders and globs alike: follows symbolic links to files and
 * folders (as ESLint and markdownlint do), visits each real folder once so a link loop ends, and
 * reports a subfolder it cannot list or a broken link by its own path while walking the rest.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import { describeFailure } from './errors.js';

export interface WalkProblem {
  path: string;
  message: string;
}

export interface WalkOptions {
  /** Walk into and yield hidden entries (names starting with "."). */
  hidden: boolean;
  /** Is this file (by its full path) wanted? */
  wants: (path: string) => boolean;
}

export interface WalkResult {
  files: string[];
  problems: WalkProblem[];
}

function kindAfterLinks(full: string, entry: Dirent, problems: WalkProblem[]): Stats | 'file' | 'dir' | null {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return null;
  try {
    return statSync(full);
  } catch (error) {
    const reason = describeFailure(error, 'read');
    problems.push({
      path: full,
      message: reason.startsWith('does not exist') ? 'is a broken link (what it points to does not exist); fix or remove the link' : reason,
    });
    return null;
  }
}

/** Files under `root`, in name order per folder; problems for what could not be listed or followed. */
export function walkFiles(root: string, options: WalkOptions): WalkResult {
  const files: string[] = [];
  const problems: WalkProblem[] = [];
  const visited = new Set<string>();
  const visit = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      problems.push({ path: dir, message: describeFailure(error, 'list') });
      return;
    }
    // A folder reached twice (a link back up the tree, or two links to one place) is walked once.
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: dir, message: describeFailure(error, 'list') });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if ((entry.name.startsWith('.') && !options.hidden) || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isSymbolicLink() && !options.wants(full)) {
        // A link is only worth following when it may lead to a folder; a link to an unwanted file is skipped unread.
        let target: Stats;
        try {
          target = statSync(full);
        } catch {
          continue;
        }
        if (target.isDirectory()) visit(full);
        continue;
      }
      const kind = kindAfterLinks(full, entry, problems);
      if (kind === null) continue;
      const isDir = kind === 'dir' || (typeof kind === 'object' && kind.isDirectory());
      const isFile = kind === 'file' || (typeof kind === 'object' && kind.isFile());
      if (isDir) visit(full);
      else if (isFile && options.wants(full)) files.push(full);
    }
  };
  visit(root);
  return { files, problems };
}
