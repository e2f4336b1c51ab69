import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/failcoach.js`;
const built = existsSync(`${root}dist/cli.js`);

// The launcher runs the compiled CLI; `npm test` builds it first (pretest).
describe.skipIf(!built)('bin/failcoach.js, as a user runs it', () => {
  it('lints the shipped examples: strong ones clean, weak ones caught, exit 1', () => {
    const result = spawnSync(process.execPath, [bin, 'lint', 'examples/', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Array<{ filePath: string; errorCount: number; warningCount: number }>;
    for (const file of report) {
      if (file.filePath.includes('strong')) expect(file.errorCount + file.warningCount, file.filePath).toBe(0);
      else expect(file.errorCount + file.warningCount, file.filePath).toBeGreaterThan(0);
    }
  });

  it('runs the bundle the build made (scripts/bundle.mjs), with the same report as the modules in dist/', () => {
    // The launcher runs dist/failcoach.cjs when the build made it after dist/cli.js; without it the
    // modules run and this comparison would prove nothing.
    expect(existsSync(`${root}dist/failcoach.cjs`)).toBe(true);
    expect(existsSync(`${root}dist/failcoach.cjs.cache`)).toBe(true);
    const args = ['lint', 'examples/', '--format', 'json'];
    const bundled = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
    const modules = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { run } = await import('./dist/cli.js'); process.exitCode = await run(['node', 'failcoach', ...${JSON.stringify(args)}]);`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(modules.status);
    expect(bundled.stdout).toBe(modules.stdout);
    expect(JSON.parse(bundled.stdout)).toHaveLength(5);
  });

  it("runs the command line when dist/cli.js is started directly, with the launcher's report and exit code", () => {
    const args = ['lint', 'examples/weak-blame.md', '--format', 'json'];
    const direct = spawnSync(process.execPath, [`${root}dist/cli.js`, ...args], { cwd: root, encoding: 'utf8' });
    const launched = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
    expect(direct.stderr).toBe('');
    expect(direct.status).toBe(1);
    expect(direct.stdout).toBe(launched.stdout);
  });

  it('prints nothing on stdout but the report (no dotenv or driver noise from natural)', () => {
    const out = execFileSync(process.execPath, [bin, 'lint', 'examples/strong-migration.md', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it('ends quietly when the reader closes the pipe early', () => {
    // Far more output than a pipe buffers, so the writer really meets a closed pipe.
    const many = mkdtempSync(join(tmpdir(), 'failcoach-pipe-'));
    const weak = readFileSync(`${root}examples/weak-blame.md`, 'utf8');
    for (let i = 0; i < 150; i++) writeFileSync(join(many, `answer-${i}.md`), weak);
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" lint "${many}" | head -1`], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('init writes a starter config once, and only overwrites it with --force', () => {
    const here = mkdtempSync(join(tmpdir(), 'failcoach-init-'));
    const first = spawnSync(process.execPath, [bin, 'init'], { cwd: here, encoding: 'utf8' });
    expect(first.status).toBe(0);
    expect(readFileSync(join(here, '.failcoachrc.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\S+failcoach\.schema\.json\n# failcoach configuration/,
    );
    writeFileSync(join(here, '.failcoachrc.yaml'), 'rules:\n  hedging: off\n');
    const again = spawnSync(process.execPath, [bin, 'init'], { cwd: here, encoding: 'utf8' });
    expect(again.status).toBe(2);
    expect(readFileSync(join(here, '.failcoachrc.yaml'), 'utf8')).toBe('rules:\n  hedging: off\n');
    expect(spawnSync(process.execPath, [bin, 'init', '--force'], { cwd: here, encoding: 'utf8' }).status).toBe(0);
    expect(readFileSync(join(here, '.failcoachrc.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\S+failcoach\.schema\.json\n# failcoach configuration/,
    );
  });

  it('gives one line, not a stack trace, for a user error; --debug is accepted everywhere', () => {
    const result = spawnSync(process.execPath, [bin, 'lint', 'no/such/file.md', '--debug'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\s+at /);
  });
});
