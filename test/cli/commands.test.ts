import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './io.js';
import { RULES } from '../../src/lint/rules/index.js';
import { SOURCES } from '../../src/lint/sources.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('failcoach rules', () => {
  it('lists every rule with its default severity and summary', async () => {
    const result = await cli(['rules']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^20 rules/);
    expect(result.stdout).toMatch(/blame-shifting\s+error\s+The failure is put on other people/);
  });

  it('stars a severity that varies and says under the list how it varies', async () => {
    const out = (await cli(['rules'])).stdout;
    expect(out).toMatch(/^\s+length\s+error\*\s/m);
    expect(out).toMatch(/^\s+hedging\s+warning\s/m);
    const notes = out.slice(out.indexOf('* the default severity varies'));
    expect(notes).toMatch(
      /length: info under min or over max, warning under warnMin or over warnMax,\s+error under hardMin or over hardMax/,
    );
    expect(notes).not.toMatch(/hedging/);
  });

  it('wraps the list to a narrow terminal at word boundaries, summaries indented under their column', async () => {
    const result = await cli(['rules'], { env: { COLUMNS: '60' } });
    const lines = result.stdout.split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(60);
    const summaries = RULES.map((r) => r.summary);
    const text = lines
      .slice(2)
      .map((l) => l.trim())
      .join(' ');
    for (const summary of summaries) expect(text.replace(/\s+/g, ' ')).toContain(summary);
  });

  it('explains one rule: rationale, sources, options and examples', async () => {
    const result = await cli(['rules', 'hedging']);
    expect(result.code).toBe(0);
    for (const part of ['Why', 'Sources', 'maxPer100Words (number, default 1)', 'Flagged', 'Fixed']) expect(result.stdout).toContain(part);
  });

  it('names each source and says what kind of source it is', async () => {
    const result = await cli(['rules', 'hedging']);
    expect(result.stdout).toContain('• Phillip Adcock (commercial psychologist and author)');
    expect(result.stdout).not.toMatch(/Sources: Adcock/);
    const sarif = JSON.parse((await cli(['lint', '-', '-f', 'sarif'], { stdin: 'It was not my fault at all.\n', stdinTTY: false })).stdout);
    const hedging = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'hedging');
    expect(hedging.help.text).toContain('Sources: Phillip Adcock (commercial psychologist and author)');
  });

  it('describes every source a rule names', () => {
    const unknown = RULES.flatMap((rule) => rule.sources.filter((key) => !Object.hasOwn(SOURCES, key)).map((key) => `${rule.id}: ${key}`));
    expect(unknown).toEqual([]);
  });

  it('lists add and accept as options of a rule with a word list, as init offers them', async () => {
    const blame = await cli(['rules', 'blame-shifting']);
    expect(blame.stdout).not.toMatch(/Options[^\n]*\n {2}none/);
    expect(blame.stdout).toMatch(/ {2}add \(list of words or phrases\)/);
    expect(blame.stdout).toMatch(/ {2}accept \(list of words or phrases\)/);
    const length = await cli(['rules', 'length']);
    expect(length.stdout).not.toMatch(/ {2}add \(/);
  });

  it("names the other rules' checks a rule reads, and only for a rule that reads any", async () => {
    const stakes = await cli(['rules', 'missing-stakes']);
    expect(stakes.stdout).toMatch(
      /Reads\n {2}what never-failed and fake-weakness find in the answer, even where you\n {2}switched them off/,
    );
    expect((await cli(['rules', 'hedging'])).stdout).not.toMatch(/Reads/);
    expect(JSON.parse((await cli(['rules', 'missing-stakes', '--json'])).stdout).reads).toEqual(['never-failed', 'fake-weakness']);
  });

  it('suggests the rule id meant by a misspelt or shortened one', async () => {
    for (const [typed, meant] of [
      ['blame', 'blame-shifting'],
      ['hedgin', 'hedging'],
      ['missing-leson', 'missing-lesson'],
    ]) {
      const result = await cli(['rules', typed!]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`failcoach: unknown rule "${typed}" (did you mean "${meant}"?); run "failcoach rules" to list them\n`);
    }
    expect((await cli(['rules', 'zzzz', '--json'])).stderr).toBe('failcoach: unknown rule "zzzz"; run "failcoach rules" to list them\n');
  });

  it('prints the same metadata as JSON', async () => {
    const all = JSON.parse((await cli(['rules', '--json'])).stdout);
    expect(all).toHaveLength(20);
    expect(JSON.parse((await cli(['rules', 'length', '--json'])).stdout).options.max.default).toBe(320);
  });

  it('exits 2 for an unknown rule', async () => {
    const result = await cli(['rules', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown rule "nope"/);
  });
});

describe('failcoach --help and --version', () => {
  it('prints the version from package.json', async () => {
    const result = await cli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('prints help with examples, exit 0, for the program and each command', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Examples:/);
    const lint = await cli(['lint', '--help']);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/--max-warnings/);
    expect(lint.stdout).toMatch(/Exit codes/);
  });

  it("keeps every command's help within 80 columns", async () => {
    for (const command of [[], ['lint'], ['draft'], ['rules'], ['init'], ['frameworks']]) {
      const help = await cli([...command, '--help'], { env: { COLUMNS: '80' } });
      expect(help.code).toBe(0);
      const long = help.stdout.split('\n').filter((line) => line.length > 80);
      expect(long, command.join(' ') || 'failcoach').toEqual([]);
    }
  });

  it('exits 2 with a hint for an unknown command or option', async () => {
    const command = await cli(['frobnicate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command/);
    const option = await cli(['lint', '--frobnicate']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown option/);
  });
});

describe('lint: inputs and flags a person mistypes', () => {
  it('lints a file once however many times the paths name it', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'failcoach-repeat-'));
    const file = join(dir, 'answer.md');
    writeFileSync(file, 'I missed a deadline. I learned to plan better.\n');
    const result = await cli(['lint', '--format', 'json', file, file, dir, join(dir, '..', dir.split('/').pop()!, 'answer.md')]);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(1);
  });

  it('suggests the severity meant in --rule', async () => {
    const result = await cli(['lint', '--rule', 'hedging:of', '-'], { stdin: 'I missed a deadline.' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(did you mean "off"?)');
  });
});

describe('messages from the option parser', () => {
  it('read like every other failcoach error: one "failcoach:" line, exit 2', async () => {
    for (const args of [
      ['lint', '-f', 'xml', 'a.md'],
      ['lint', '--bogus'],
    ]) {
      const result = await cli(args);
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')[0]).toMatch(/^failcoach: /);
    }
  });

  it('frameworks fit the terminal', async () => {
    const result = await cli(['frameworks'], { env: { COLUMNS: '60' } });
    for (const line of result.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(60);
    expect(result.stdout).toContain('mcdougall');
  });
});
