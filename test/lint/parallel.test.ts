import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMarkdownPath } from '../../src/io/inputs.js';
import { phraseBookFor, type LintSettings } from '../../src/lint/engine.js';
import { FILES_PER_LANE, lanesFor, lintSerially, parseConcurrency, type LintJob } from '../../src/lint/parallel.js';
import { lintInParallel } from '../../src/lint/parallel-pool.js';

const fixtures = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));

describe('parallel linting', () => {
  it('reads --concurrency', () => {
    expect(parseConcurrency(undefined)).toBe('off');
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('3')).toBe(3);
    expect(() => parseConcurrency('0')).toThrow(/--concurrency/);
    expect(() => parseConcurrency('two')).toThrow(/--concurrency/);
  });

  it('starts no worker for a small run, one lane a processor for a large one', () => {
    expect(lanesFor('off', 10_000)).toBe(1);
    expect(lanesFor('auto', 1)).toBe(1);
    expect(lanesFor('auto', 2 * FILES_PER_LANE - 1)).toBe(1);
    expect(lanesFor('auto', 100 * FILES_PER_LANE)).toBe(availableParallelism());
    expect(lanesFor(4, 3)).toBe(3);
    expect(lanesFor(2, 50)).toBe(2);
  });

  it('gives the serial results in order, with workers linting part of them, under several settings', async () => {
    const settings: LintSettings[] = [{}, { rules: { hedging: { severity: 'off' }, vague: { add: ['some stuff'] } } }];
    const books = settings.map((s) => phraseBookFor(s));
    // Longest first: the later chunks finish first, so results put in the order they come back would show.
    const texts = readdirSync(fixtures).map((name) => ({ name, text: readFileSync(join(fixtures, name), 'utf8') }));
    texts.sort((a, b) => b.text.length - a.text.length);
    const names = texts.map((t) => t.name);
    const jobs: LintJob[] = texts.map(({ name, text }, i) => ({
      input: { path: name, text, markdown: isMarkdownPath(name) },
      settings: i % 2,
    }));
    const setup = { settings, options: { inlineConfig: true, reportUnusedDirectives: true, explain: true } };
    const serial = lintSerially(jobs, setup, books);
    const parallel = await lintInParallel(jobs, setup, books, 3);
    expect(parallel.byWorkers).toBeGreaterThan(0);
    expect(parallel.results).toEqual(serial);
    expect(parallel.results.map((r) => r.filePath)).toEqual(names);
  }, 60_000);

  it('fails as a serial run fails when an answer cannot be linted in a worker: the chunk is linted again on the main thread', async () => {
    const setup = { settings: [{}], options: {} };
    const books = [phraseBookFor({})];
    const good = (i: number): LintJob => ({ input: { path: `a${i}.md`, text: 'I missed the deadline.', markdown: true }, settings: 0 });
    // Not text: parsing it throws, in a worker as on the main thread. It is in the first chunk, which a worker takes.
    const broken = { input: { path: 'broken.md', text: null as unknown as string, markdown: true }, settings: 0 };
    const jobs = [broken, ...Array.from({ length: 11 }, (_, i) => good(i))];
    let serialError = '';
    try {
      lintSerially(jobs, setup, books);
    } catch (error) {
      serialError = (error as Error).message;
    }
    expect(serialError).not.toBe('');
    await expect(lintInParallel(jobs, setup, books, 2)).rejects.toThrow(serialError);
  }, 60_000);
});
