import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/io/glob.js';
import { answer } from '../base-answer.js';
import { cli } from '../cli/io.js';

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
    expect(JSON.parse(result.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([`${root}/answers/2024/a.md`, `${root}/answers/b.txt`]);
    const none = await cli(['lint', `${root}/nothing/*.md`]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/matches no answers/);
    expect((await cli(['lint', `${root}/nothing/*.md`, '--no-error-on-unmatched-pattern'])).code).toBe(0);
  });
});
