import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './io.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('failcoach rules', () => {
  it('lists every rule with its default severity and summary', async () => {
    const result = await cli(['rules']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^20 rules/);
    expect(result.stdout).toMatch(/blame-shifting\s+error\s+The failure is put on other people/);
  });

  it('explains one rule: rationale, sources, options and examples', async () => {
    const result = await cli(['rules', 'hedging']);
    expect(result.code).toBe(0);
    for (const part of ['Why', 'Sources: Adcock', 'maxPer100Words (number, default 1)', 'Flagged', 'Fixed']) expect(result.stdout).toContain(part);
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

  it('exits 2 with a hint for an unknown command or option', async () => {
    const command = await cli(['frobnicate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command/);
    const option = await cli(['lint', '--frobnicate']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown option/);
  });
});
