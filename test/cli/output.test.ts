import { closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answer } from '../base-answer.js';
import { failcoachAsUser, unprivileged, userScratch } from './as-user.js';
import { cli } from './io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/failcoach.js');

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'failcoach-out-'));
}

describe('lint -o: the report never costs the user a file', () => {
  it('refuses to write the report over one of the answers, which stays as it was', async () => {
    const dir = scratch();
    const story = join(dir, 'story.md');
    writeFileSync(story, answer());
    const result = await cli(['lint', story, '-o', story]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `failcoach: cannot write the report: ${story} is one of the answers being linted; write to another file so it is not lost\n`,
    );
    expect(readFileSync(story, 'utf8')).toBe(answer());
  });

  it('refuses an answer found in a folder, too, and one reached through a link', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'story.md'), answer());
    symlinkSync(join(dir, 'story.md'), join(dir, 'report-link.txt'));
    const result = await cli(['lint', dir, '-o', join(dir, 'report-link.txt')]);
    expect(result.code).toBe(2);
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toBe(answer());
  });

  it('writes through a symbolic link, which stays a link', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'story.md'), answer());
    writeFileSync(join(dir, 'real.json'), '');
    symlinkSync('real.json', join(dir, 'report.json'));
    const result = await cli(['lint', join(dir, 'story.md'), '-f', 'json', '-o', join(dir, 'report.json')]);
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8'))[0].filePath).toBe(join(dir, 'story.md'));
  });

  it('names a folder given as the report file, and a file used as a folder', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'story.md'), answer());
    mkdirSync(join(dir, 'reports'));
    const folder = await cli(['lint', join(dir, 'story.md'), '-o', join(dir, 'reports')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`failcoach: cannot write the report: ${join(dir, 'reports')} is a folder; give a file name inside it\n`);
    const under = await cli(['lint', join(dir, 'story.md'), '-o', join(dir, 'story.md', 'report.txt')]);
    expect(under.code).toBe(2);
    expect(under.stderr).toMatch(/story\.md is a file, not a folder; choose another path\n$/);
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toBe(answer());
  });
});

describe('lint -o /dev/stdout', () => {
  it('writes the report into whatever stdout is, a pipe or a file, and leaves it what it was', () => {
    const dir = scratch();
    // Through sh, so stdout is a real pipe (a child's stdout here would be a socket, which no path can open).
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" lint examples/weak-blame.md -f compact -o /dev/stdout | cat`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(/weak-blame\.md:\d+:\d+: error /);
    const file = join(dir, 'captured.txt');
    const fd = openSync(file, 'w');
    try {
      const redirected = spawnSync(process.execPath, [bin, 'lint', 'examples/weak-blame.md', '-f', 'compact', '-o', '/dev/stdout'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', fd, 'pipe'],
        timeout: 30000,
      });
      expect(redirected.status).toBe(1);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toMatch(/weak-blame\.md:\d+:\d+: error /);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });
});

describe('standard output that cannot be written', () => {
  it('exits 2 with a message when stdout is /dev/full, instead of 0 with no report', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [bin, 'lint', 'examples/strong-migration.md'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', full, 'pipe'],
        timeout: 30000,
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^failcoach: cannot write the results to standard output \(ENOSPC\)/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      closeSync(full);
    }
  });
});

describe('a working folder that was deleted', () => {
  it('says so in one line, exit 2, instead of an internal error', () => {
    const dir = scratch();
    const gone = join(dir, 'gone');
    mkdirSync(gone);
    const result = spawnSync(
      'sh',
      ['-c', `cd "${gone}" && rmdir "${gone}" && exec "${process.execPath}" "${bin}" lint "${root}examples/strong-migration.md"`],
      { encoding: 'utf8', timeout: 30000 },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'failcoach: the current folder no longer exists (it was deleted or moved); change to an existing folder and run failcoach again\n',
    );
  });
});

describe('lint - -', () => {
  it('rejects stdin given twice', async () => {
    const result = await cli(['lint', '-', '-'], { stdin: answer(), stdinTTY: false });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('failcoach: "-" (stdin) is given more than once; stdin can be read only once, so pass it once\n');
  });
});

describe.skipIf(unprivileged.skipReason !== null)(
  `init in a folder that cannot be written${unprivileged.skipReason ? ` (skipped: ${unprivileged.skipReason})` : ''}`,
  () => {
    it('says it cannot write there, exit 2, without a stack trace', () => {
      const dir = userScratch('failcoach-init-ro-');
      const readOnly = join(dir, 'read-only');
      mkdirSync(readOnly, { mode: 0o555 });
      // Owned by root and 0555 when run as nobody; 0555 for a normal user: not writable either way.
      const result = failcoachAsUser(['init'], { cwd: readOnly });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        "failcoach: cannot write the starter configuration: .failcoachrc.yaml cannot be written (permission denied); check its permissions and its folder's\n",
      );
    });
  },
);
