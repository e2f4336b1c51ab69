import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/io.js';
import { answer } from '../base-answer.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/failcoach.js');

/** The built CLI in a child process: a read that hangs is killed by the time-out, and the test fails instead of hanging. */
function lintInChild(path: string): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [bin, 'lint', path], { cwd: root, encoding: 'utf8', timeout: 15000 });
  return { status: result.status, stderr: result.stderr };
}

describe('inputs that are not regular files are refused before any read', () => {
  it('a FIFO: refused at once instead of waiting for a writer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'failcoach-fifo-'));
    const fifo = join(dir, 'answer.md');
    execFileSync('mkfifo', [fifo]);
    const result = lintInChild(fifo);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `failcoach: ${fifo} is a named pipe (FIFO), not an answer; give the path to an answer saved as a regular file (to read from a pipe, use "-" where a command accepts it)\n`,
    );
  });

  it('/dev/zero: refused instead of read without end', () => {
    const result = lintInChild('/dev/zero');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^failcoach: \/dev\/zero is a character device, not an answer/);
  });
});

describe('messages about what a file holds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'failcoach-msg-'));

  it('gives the real size of a file just over the limit, not a rounded "1.0 MiB"', async () => {
    const path = join(dir, 'long.md');
    writeFileSync(path, Buffer.alloc(1024 * 1024 + 10, 0x61));
    const result = await cli(['lint', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `failcoach: ${path} is 1,048,586 bytes; answers are limited to 1 MiB (1,048,576 bytes), so split it or lint the answer on its own\n`,
    );
  });

  it('says "more than" for stdin cut off at the limit, whose full size is unknown', async () => {
    const result = await cli(['lint', '-'], { stdin: Buffer.alloc(1024 * 1024 + 10, 0x61), stdinTTY: false });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/<stdin> is more than 1,048,576 bytes; answers are limited to 1 MiB/);
  });

  it('recognises UTF-16, with or without a byte-order mark, and says to save it as UTF-8', async () => {
    const text = answer();
    const cases: Array<[string, Buffer]> = [
      ['le-bom.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['be-bom.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
      ['le-bare.md', Buffer.from(text, 'utf16le')],
    ];
    for (const [name, bytes] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const result = await cli(['lint', path]);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toBe(`failcoach: ${path} is UTF-16 text; save it as UTF-8 and try again\n`);
    }
  });

  it('recognises UTF-32 by its byte-order marks (or its zero bytes), calls it UTF-32, and says to save it as UTF-8', async () => {
    const text = answer();
    /** The text in UTF-32, little-endian: four bytes a character. */
    const utf32le = (value: string): Buffer => {
      const points = Array.from(value, (c) => c.codePointAt(0)!);
      const bytes = Buffer.alloc(points.length * 4);
      for (const [i, p] of points.entries()) bytes.writeUInt32LE(p, i * 4);
      return bytes;
    };
    const cases: Array<[string, Buffer]> = [
      ['le-bom.md', Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), utf32le(text)])],
      ['be-bom.md', Buffer.concat([Buffer.from([0x00, 0x00, 0xfe, 0xff]), utf32le(text).swap32()])],
      ['le-bare.md', utf32le(text)],
      ['be-bare.md', utf32le(text).swap32()],
    ];
    for (const [name, bytes] of cases) {
      const path = join(dir, `utf32-${name}`);
      writeFileSync(path, bytes);
      const result = await cli(['lint', path]);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toBe(`failcoach: ${path} is UTF-32 text; save it as UTF-8 and try again\n`);
    }
  });

  it('still calls a real binary file binary', async () => {
    const path = join(dir, 'image.md');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect((await cli(['lint', path])).stderr).toMatch(/looks like a binary file/);
  });

  it('writes "1 word", not "1 words"', async () => {
    const path = join(dir, 'one.md');
    writeFileSync(path, 'Failed.\n');
    const result = await cli(['lint', path]);
    expect(result.stdout).toMatch(/ 1 word · /);
    expect(result.stdout).not.toMatch(/\b1 words\b/);
  });
});

describe('the bounded reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'failcoach-bounded-'));

  it('reads every byte of a file whatever its size: a few bytes, several chunks, exactly the limit', async () => {
    const { readBounded } = await import('../../src/io/read.js');
    for (const size of [0, 5, 4095, 4096, 4097, 65_536, 200_001]) {
      const bytes = Buffer.alloc(size, 'x');
      for (let i = 0; i < size; i += 997) bytes[i] = 48 + (i % 10);
      const path = join(dir, `f${size}.md`);
      writeFileSync(path, bytes);
      const read = readBounded(path, 200_001, 'an answer');
      expect(read.ok && read.bytes.equals(bytes), `size ${size}`).toBe(true);
    }
    expect(readBounded(join(dir, 'f200001.md'), 200_000, 'an answer')).toMatchObject({ ok: false, code: 'size' });
  });

  it('reads a file whose stat reports no size (under /proc) to its end', async () => {
    const { readBounded } = await import('../../src/io/read.js');
    const path = '/proc/self/status';
    if (!existsSync(path)) return;
    const read = readBounded(path, 1024 * 1024, 'an answer');
    expect(read.ok && read.bytes.toString('utf8')).toMatch(/^Name:[\s\S]*\nPid:/);
  });
});
