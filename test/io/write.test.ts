import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileError } from '../../src/io/errors.js';
import { identityOf, writeFileSafely } from '../../src/io/write.js';

let umask = 0;
beforeAll(() => {
  // The usual umask, under which a careless write leaves files readable by everyone.
  umask = process.umask(0o022);
});
afterAll(() => {
  process.umask(umask);
});

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'failcoach-write-'));
}

function failure(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    return (error as FileError).message;
  }
  throw new Error('expected a FileError');
}

describe('writeFileSafely', () => {
  it('replaces a regular file atomically and leaves no temporary behind', () => {
    const dir = scratch();
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'old\n');
    writeFileSafely(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('refuses to write over a protected file (an input), leaving it as it was', () => {
    const dir = scratch();
    const answer = join(dir, 'answer.md');
    writeFileSync(answer, 'my story\n');
    const message = failure(() =>
      writeFileSafely(answer, 'report', { protect: [identityOf(answer)!], protectedAs: 'one of the answers being linted' }),
    );
    expect(message).toBe(`${answer} is one of the answers being linted; write to another file so it is not lost`);
    expect(readFileSync(answer, 'utf8')).toBe('my story\n');
  });

  it('writes through a symbolic link: the link stays a link and its target gets the text', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'target.json'), 'old');
    symlinkSync('target.json', join(dir, 'link.json'));
    writeFileSafely(join(dir, 'link.json'), 'new');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('new');
  });

  it('writes into a FIFO as it is, without replacing it by a file', async () => {
    const dir = scratch();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const done = new Promise((resolve) => reader.on('close', resolve));
    writeFileSafely(fifo, 'through the pipe\n');
    await done;
    expect(received).toBe('through the pipe\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  // Only root may make a device node; a copy of /dev/null in a scratch folder stands in for the real one.
  it.skipIf(process.getuid?.() !== 0)('writes into a character device as it is (root only: mknod)', () => {
    const dir = scratch();
    const device = join(dir, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    writeFileSafely(device, 'discarded\n');
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it('never follows a link planted where a temporary file might go', () => {
    const dir = scratch();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    // The name the old writer used: a dot, the file name, the process id, ".tmp".
    symlinkSync(victim, join(dir, `.out.txt.${process.pid}.tmp`));
    writeFileSafely(join(dir, 'out.txt'), 'report\n');
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('report\n');
  });

  it('creates a new file with the mode asked for, whatever the umask; an existing file keeps its own', () => {
    const dir = scratch();
    const fresh = join(dir, 'fresh.md');
    writeFileSafely(fresh, 'a', { mode: 0o600 });
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
    const shared = join(dir, 'shared.md');
    writeFileSync(shared, 'b', { mode: 0o644 });
    writeFileSafely(shared, 'c', { mode: 0o600 });
    expect(statSync(shared).mode & 0o777).toBe(0o644);
    expect(readFileSync(shared, 'utf8')).toBe('c');
  });

  it('creates missing folders with the mode asked for', () => {
    const dir = scratch();
    writeFileSafely(join(dir, 'answers', 'deep', 'a.md'), 'x', { mode: 0o600, folderMode: 0o700 });
    expect(statSync(join(dir, 'answers')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'answers', 'deep')).mode & 0o777).toBe(0o700);
  });

  it('says what is wrong with a folder as the path, or a file where a folder should be', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'folder'));
    expect(failure(() => writeFileSafely(join(dir, 'folder'), 'x'))).toBe(`${join(dir, 'folder')} is a folder; give a file name inside it`);
    writeFileSync(join(dir, 'existing.md'), 'x');
    expect(failure(() => writeFileSafely(join(dir, 'existing.md', 'sub.md'), 'x', { folderMode: 0o700 }))).toMatch(
      /existing\.md is a file, not a folder/,
    );
    expect(failure(() => writeFileSafely(join(dir, 'missing', 'a.md'), 'x'))).toMatch(/folder .*missing does not exist/);
  });

  // Node's recursive mkdir never returns there: the write runs in a child that a loop would keep past its timeout.
  it.skipIf(!existsSync('/proc/self'))('refuses, at once, to create folders under /proc, which takes none', () => {
    const module = JSON.stringify(new URL('../../src/io/write.ts', import.meta.url).pathname);
    const script = `
      import { writeFileSafely } from ${module};
      try { writeFileSafely('/proc/failcoach-answers/deep/a.md', 'x', { folderMode: 0o700 }); } catch (error) { process.stdout.write(error.message); }`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.signal, 'the write was still running after 30 s').toBeNull();
    expect(child.stdout).toBe(
      '/proc/failcoach-answers/deep/a.md cannot be created: /proc is a system folder that takes no new folders; choose another path',
    );
  });

  it('removes temporaries a killed run left long ago, and only those', () => {
    const dir = scratch();
    const old = join(dir, '.out.txt.0123456789ab.tmp');
    const recent = join(dir, '.out.txt.ba9876543210.tmp');
    writeFileSync(old, 'half');
    writeFileSync(recent, 'in use');
    const hourAgo = new Date(Date.now() - 3600 * 1000);
    utimesSync(old, hourAgo, hourAgo);
    writeFileSafely(join(dir, 'out.txt'), 'x');
    expect(readdirSync(dir).sort()).toEqual(['.out.txt.ba9876543210.tmp', 'out.txt']);
  });
});
