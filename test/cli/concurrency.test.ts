/**
 * --concurrency: a run spread over worker threads prints exactly what a serial run prints, in
 * every format, with the same errors and the same exit code.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/formatters/index.js';
import { cli } from './io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/failcoach.js');
const fixtures = join(root, 'test/fixtures/answers');
let dir: string;

/** Our own fixtures, a folder under its own settings, and every kind of file that cannot be linted. */
function mixedFolder(): string {
  const out = mkdtempSync(join(tmpdir(), 'failcoach-concurrency-'));
  for (const name of readdirSync(fixtures)) copyFileSync(join(fixtures, name), join(out, name));
  mkdirSync(join(out, 'a-tuned'));
  writeFileSync(
    join(out, 'a-tuned/.failcoachrc.json'),
    '{ "rules": { "length": "off", "hedging": "off", "missing-lesson": "info", "vague": "error" } }',
  );
  writeFileSync(
    join(out, 'a-tuned/notes.txt'),
    'so basically i kind of shipped the invoice export without testing the leap year case, and i guess it broke for a few clients. i fixed it that night and i now add a date test to every export change.\n',
  );
  writeFileSync(
    join(out, 'a-tuned/brag.md'),
    'Honestly my only failure is that I care too much and work harder than anyone on the floor.\n',
  );
  writeFileSync(join(out, 'empty.md'), '   \n');
  writeFileSync(join(out, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  writeFileSync(join(out, 'wide.txt'), Buffer.from('\uFEFFI broke the build once.', 'utf16le'));
  writeFileSync(join(out, 'only-front-matter.md'), '---\ntitle: draft\n---\n<!-- to do -->\n');
  writeFileSync(join(out, 'huge.md'), 'I missed a deadline. '.repeat(60_000));
  return out;
}

beforeAll(() => {
  dir = mixedFolder();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint --concurrency', () => {
  it('prints the serial run byte for byte in every format, errors and exit code included', async () => {
    for (const format of Object.keys(FORMATS)) {
      const serial = await cli(['lint', dir, '--format', format, '--concurrency', 'off']);
      const parallel = await cli(['lint', dir, '--format', format, '--concurrency', '3']);
      expect(serial.code).toBe(2);
      expect(serial.stderr).toMatch(/binary file[\s\S]*empty[\s\S]*limited to 1 MiB[\s\S]*UTF-16[\s\S]*no answer text/);
      expect(parallel, format).toEqual(serial);
    }
  }, 120_000);

  it('keeps the order of the files given, with --quiet, --explain and --max-warnings', async () => {
    const files = readdirSync(fixtures)
      .sort()
      .reverse()
      .slice(0, 24)
      .map((name) => join(dir, name));
    for (const extra of [['--quiet'], ['--explain'], ['--max-warnings', '0']]) {
      const serial = await cli(['lint', ...files, ...extra, '--concurrency', 'off']);
      const parallel = await cli(['lint', ...files, ...extra, '--concurrency', '4']);
      expect(parallel, extra.join(' ')).toEqual(serial);
    }
    const json = JSON.parse((await cli(['lint', ...files, '--format', 'json', '--concurrency', '2'])).stdout) as { filePath: string }[];
    expect(json.map((r) => r.filePath)).toEqual(files);
  }, 120_000);

  it('refuses a value that is not off, auto or a number of threads', async () => {
    for (const value of ['0', 'many', '-2', '1.5']) {
      const result = await cli(['lint', dir, '--concurrency', value]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--concurrency expects off, auto or a number');
    }
  });

  it('the built command gives the same report on worker threads, and its --help names the flag', () => {
    const run = (value: string) =>
      spawnSync(process.execPath, [bin, 'lint', dir, '--format', 'json', '--concurrency', value], { cwd: root, encoding: 'utf8' });
    const serial = run('off');
    const parallel = run('2');
    expect(serial.status).toBe(2);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.stderr).toBe(serial.stderr);
    expect(parallel.status).toBe(serial.status);
    const help = spawnSync(process.execPath, [bin, 'lint', '--help'], { cwd: root, encoding: 'utf8' });
    expect(help.stdout).toContain('--concurrency');
  }, 60_000);

  it('stops at once on Ctrl-C while workers are linting', async () => {
    const many = mkdtempSync(join(tmpdir(), 'failcoach-interrupt-'));
    const text =
      'I shipped a change without a rollback plan and the checkout page went down for an hour. We lost orders that night. ' +
      'I rolled it back, called the two biggest customers myself, and since then every release I run has a tested way back. ';
    // Far more than can be linted before the signal comes: the run must still be going when it does.
    for (let i = 0; i < 3000; i++) writeFileSync(join(many, `a${i}.md`), text.repeat(1 + (i % 4)));
    const child = spawn(process.execPath, [bin, 'lint', many, '--concurrency', '2'], { cwd: root, stdio: 'ignore' });
    const exited = new Promise<[number | null, string | null]>((done) => child.on('exit', (c, s) => done([c, s])));
    await new Promise((started) => setTimeout(started, 2000));
    const started = Date.now();
    child.kill('SIGINT');
    const [code, signal] = await exited;
    rmSync(many, { recursive: true, force: true });
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGINT' });
    expect(Date.now() - started).toBeLessThan(3000);
  }, 60_000);
});
