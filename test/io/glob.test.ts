import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/io/glob.js';
import { answer } from '../base-answer.js';
import { cli } from '../cli/io.js';
import { failcoachAsUser, giveAway, unprivileged, userScratch } from '../cli/as-user.js';

describe('globs', () => {
  it('translate *, **, ?, [..] and {a,b}', () => {
    expect(compileGlob('answers/**/*.md').test('answers/a/b/c.md')).toBe(true);
    expect(compileGlob('answers/**/*.md').test('answers/c.md')).toBe(true);
    expect(compileGlob('answers/*.md').test('answers/a/c.md')).toBe(false);
    expect(compileGlob('a?.{md,txt}').test('ab.txt')).toBe(true);
    expect(compileGlob('[ab].md').test('c.md')).toBe(false);
  });

  it('expand quoted patterns, and fail on one that matches nothing unless told not to', async () => {
    const root = mkdtempSync(join(tmpdir(), 'failcoach-glob-'));
    mkdirSync(join(root, 'answers/2024'), { recursive: true });
    writeFileSync(join(root, 'answers/2024/a.md'), answer());
    writeFileSync(join(root, 'answers/b.txt'), answer());
    writeFileSync(join(root, 'answers/notes.json'), '{}');
    const result = await cli(['lint', `${root}/answers/**/*.{md,txt}`, '-f', 'json']);
    expect(JSON.parse(result.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([
      `${root}/answers/2024/a.md`,
      `${root}/answers/b.txt`,
    ]);
    const none = await cli(['lint', `${root}/nothing/*.md`]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/matches no answers/);
    expect((await cli(['lint', `${root}/nothing/*.md`, '--no-error-on-unmatched-pattern'])).code).toBe(0);
  });
});

describe('globs: patterns that used to crash or hang', () => {
  it('names an invalid range in one line, exit 2', async () => {
    const result = await cli(['lint', '[z-a]*.md']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'failcoach: [z-a]*.md is not a pattern failcoach can use: it has an invalid range "z-a" (its start comes after its end); write it as "a-z"\n',
    );
  });

  it('matches many stars against a long name without backtracking (in a child process, so a hang fails)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'failcoach-stars-'));
    writeFileSync(join(dir, `${'a'.repeat(200)}.md`), answer());
    writeFileSync(join(dir, `${'a'.repeat(60)}b.md`), answer());
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin/failcoach.js'), 'lint', `${dir}/*a*a*a*a*a*a*a*a*a*a*a*a*b.md`, '-f', 'json'],
      { encoding: 'utf8', timeout: 15000 },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(dir, `${'a'.repeat(60)}b.md`)]);
  });

  it('does work proportional to the name times the pattern, whatever the pattern', () => {
    const matcher = compileGlob('*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b.md');
    expect(matcher.test(`${'a'.repeat(5000)}.md`)).toBe(false);
    expect(matcher.test(`${'a'.repeat(5000)}b.md`)).toBe(true);
    expect(compileGlob('**/x/**/*.md').test(`${'x/'.repeat(2000)}a.md`)).toBe(true);
  });

  it('keeps classes, negation, escapes and nested braces', () => {
    expect(compileGlob('[!a]*.md').test('b.md')).toBe(true);
    expect(compileGlob('[!a]*.md').test('a.md')).toBe(false);
    expect(compileGlob('[a-c][0-9].md').test('b7.md')).toBe(true);
    expect(compileGlob('\\*.md').test('*.md')).toBe(true);
    expect(compileGlob('\\*.md').test('x.md')).toBe(false);
    expect(compileGlob('{a,b{c,d}}.md').test('bd.md')).toBe(true);
    expect(compileGlob('*.md').test('dir/a.md')).toBe(false);
    expect(() => compileGlob('{a,b}'.repeat(12))).toThrow(/more than 1024 alternatives/);
  });
});

describe('links and unreadable folders, in folders and globs', () => {
  function tree(): string {
    const dir = mkdtempSync(join(tmpdir(), 'failcoach-links-'));
    mkdirSync(join(dir, 'answers'));
    mkdirSync(join(dir, 'elsewhere', 'more'), { recursive: true });
    writeFileSync(join(dir, 'answers', 'a.md'), answer());
    writeFileSync(join(dir, 'elsewhere', 'linked-file.md'), answer());
    writeFileSync(join(dir, 'elsewhere', 'more', 'deep.md'), answer());
    symlinkSync(join(dir, 'elsewhere', 'linked-file.md'), join(dir, 'answers', 'b-link.md'));
    symlinkSync(join(dir, 'elsewhere', 'more'), join(dir, 'answers', 'c-folder'));
    // A loop: a link back up to the folder that holds it.
    symlinkSync(join(dir, 'answers'), join(dir, 'answers', 'c-folder-loop'));
    return dir;
  }

  it('follows linked files and folders inside a folder, once each, even through a loop', async () => {
    const dir = tree();
    const result = await cli(['lint', join(dir, 'answers'), '-f', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([
      join(dir, 'answers', 'a.md'),
      join(dir, 'answers', 'b-link.md'),
      join(dir, 'answers', 'c-folder', 'deep.md'),
    ]);
  });

  it('follows them in a glob too', async () => {
    const dir = tree();
    const result = await cli(['lint', `${dir}/answers/**/*.md`, '-f', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([
      `${dir}/answers/a.md`,
      `${dir}/answers/b-link.md`,
      `${dir}/answers/c-folder/deep.md`,
    ]);
  });

  it('reports a broken link by its path and exits 2, still linting the rest', async () => {
    const dir = tree();
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'answers', 'd-broken.md'));
    const result = await cli(['lint', join(dir, 'answers'), '-f', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `failcoach: ${join(dir, 'answers', 'd-broken.md')} is a broken link (what it points to does not exist); fix or remove the link\n`,
    );
    expect(JSON.parse(result.stdout)).toHaveLength(3);
  });
});

describe.skipIf(unprivileged.skipReason !== null)(
  `an unreadable subfolder${unprivileged.skipReason ? ` (skipped: ${unprivileged.skipReason})` : ''}`,
  () => {
    it('is named, the rest is linted, and the exit code is 2 — in a folder and in a glob', () => {
      const dir = userScratch('failcoach-locked-');
      for (const sub of ['open', 'locked']) {
        mkdirSync(join(dir, sub));
        writeFileSync(join(dir, sub, 'a.md'), answer());
        giveAway(join(dir, sub));
        giveAway(join(dir, sub, 'a.md'));
      }
      chmodSync(join(dir, 'locked'), 0o000);
      const folder = failcoachAsUser(['lint', '.', '-f', 'json'], { cwd: dir });
      expect(folder.status).toBe(2);
      expect(folder.stderr).toBe('failcoach: locked cannot be listed (permission denied); check its permissions\n');
      expect(JSON.parse(folder.stdout).map((r: { filePath: string }) => r.filePath)).toEqual(['open/a.md']);
      const glob = failcoachAsUser(['lint', '**/*.md', '-f', 'json'], { cwd: dir });
      expect(glob.status).toBe(2);
      expect(glob.stderr).toBe('failcoach: locked cannot be listed (permission denied); check its permissions\n');
      expect(JSON.parse(glob.stdout).map((r: { filePath: string }) => r.filePath)).toEqual(['open/a.md']);
    });
  },
);
