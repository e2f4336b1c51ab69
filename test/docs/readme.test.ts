import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../src/judge/judge.js';
import { RULES } from '../../src/lint/rules/index.js';
import { rulesTable } from './rules-table.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('carries the rules table exactly as the rules describe themselves (npm run docs)', () => {
    const start = readme.indexOf('| rule | default |');
    const end = readme.indexOf('<!-- end of rules table -->');
    expect(readme.slice(start, end).trim()).toBe(rulesTable());
  });

  it('names exactly the rules whose own check speaks whatever the answer score, as the shipped model sets them', () => {
    const sentence = /(\w+) rules speak so today \(([^)]*)\)/.exec(readme.replace(/\s+/g, ' '));
    expect(sentence, 'the sentence that names them').not.toBeNull();
    const named = [...sentence![2]!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!).sort();
    const policy = shippedModel()!.policy;
    const alone = Object.keys(policy)
      .filter((id) => policy[id]!.checked === 0)
      .sort();
    expect(named).toEqual(alone);
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen'];
    expect(words.indexOf(sentence![1]!.toLowerCase())).toBe(alone.length);
  });

  it('documents every lint option, command and exit code', () => {
    for (const text of [
      '--format',
      '--quiet',
      '--max-warnings',
      '--rule',
      '--stdin-filename',
      '--color',
      '--no-color',
      'failcoach rules',
      '--version',
      '| 0 |',
      '| 1 |',
      '| 2 |',
    ]) {
      expect(readme, text).toContain(text);
    }
    for (const rule of RULES) expect(readme).toContain(`\`${rule.id}\``);
  });

  it('gives the two set-up commands of the quick start', () => {
    expect(readme).toContain('npm install && npx failcoach lint examples/');
    expect(readme).toContain('npm test');
  });
});

describe('README examples', () => {
  // Every `failcoach …` line in the README's sh blocks runs as written from the repository root.
  const commands = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((block) => block[1]!.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.includes('failcoach ') && !line.startsWith('npm'));

  it('finds the examples', () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
  });

  for (const command of commands) {
    it(`runs: ${command}`, async () => {
      const { execSync } = await import('node:child_process');
      const { fileURLToPath } = await import('node:url');
      const root = fileURLToPath(new URL('../../', import.meta.url));
      const shell = command.replace(/(^|\| )failcoach /g, `$1node ${root}bin/failcoach.js `);
      let status = 0;
      try {
        execSync(shell, { cwd: root, stdio: 'pipe' });
      } catch (error) {
        status = (error as { status: number }).status;
      }
      expect(status, command).not.toBe(2);
    });
  }
});
