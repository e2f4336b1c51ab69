import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Permission tests need a user the permissions apply to. Root reads anything, so under root
 * (as CI runs) the CLI is started as "nobody" through setpriv; a normal user runs it as itself.
 * When neither works, `unprivileged` is null and the tests say why they are skipped.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/failcoach.js');
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const DROP = ['setpriv', '--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups'];
const hasSetpriv = isRoot && spawnSync(DROP[0]!, [...DROP.slice(1), 'true']).status === 0;
// The unprivileged user must be able to run this checkout (a clone under /root, mode 0700, is out of its reach).
const canDrop = hasSetpriv && spawnSync(DROP[0]!, [...DROP.slice(1), process.execPath, bin, '--version'], { cwd: tmpdir() }).status === 0;

export const unprivileged: { skipReason: string | null } = {
  skipReason: !isRoot
    ? null
    : !hasSetpriv
      ? 'running as root without setpriv: root ignores file permissions, so these tests cannot fail here'
      : !canDrop
        ? `running as root, and user ${NOBODY} cannot run this checkout (${root}); clone it where others can read it to run these tests`
        : null,
};

/** A scratch folder the unprivileged user owns (so only the modes the test sets stand in its way). */
export function userScratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  if (canDrop) chownSync(dir, NOBODY, NOBODY);
  return dir;
}

/** Hands a path the test created to the unprivileged user. */
export function giveAway(path: string): void {
  if (canDrop) chownSync(path, NOBODY, NOBODY);
}

/** Runs the built CLI as a user file permissions apply to. */
export function failcoachAsUser(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): SpawnSyncReturns<string> {
  const command = canDrop ? [...DROP, process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  return spawnSync(command[0]!, command.slice(1), {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: options.cwd, ...options.env },
    timeout: 30000,
  });
}

/** Runs `node <args>` as a user file permissions apply to (for scripts that drive the built modules). */
export function nodeAsUser(args: string[], options: { cwd: string; input?: string }): SpawnSyncReturns<string> {
  const command = canDrop ? [...DROP, process.execPath, ...args] : [process.execPath, ...args];
  return spawnSync(command[0]!, command.slice(1), {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
    timeout: 30000,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
}

export { root as checkout };
