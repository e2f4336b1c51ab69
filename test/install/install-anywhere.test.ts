/**
 * README's "Install the command" steps, run for real: `npm install --global .` from this clone into
 * a throwaway prefix, `failcoach` used from another folder, then `npm uninstall --global`. And the
 * package that `npm pack` (and so a git-URL install) builds: it must carry the compiled CLI and its
 * data, and run with nothing else from the clone. No network: the global install of a folder is a
 * link, so it needs nothing from the registry, and the packed copy borrows this clone's node_modules.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** The environment without the npm_* variables that `npm test` passes down, so only our flags count. */
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync('npm', [...args, '--no-audit', '--no-fund', '--no-update-notifier'], {
    cwd,
    env: cleanEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function whySkip(): string | null {
  if (process.platform === 'win32') return 'the test drives a POSIX prefix layout (bin/ beside lib/)';
  const probe = spawnSync('npm', ['--version'], { env: cleanEnv, encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'npm is not on PATH';
  if (!existsSync(join(root, 'dist/cli.js'))) return 'dist/ is not built; `npm test` builds it first';
  return null;
}

const skipReason = whySkip();
const title = `installing failcoach anywhere${skipReason ? ` (skipped: ${skipReason})` : ''}`;
if (skipReason) console.warn(`install-anywhere tests skipped: ${skipReason}`);

/** A folder outside the clone with one weak and one strong answer under answers/. */
function elsewhere(): string {
  const dir = mkdtempSync(join(tmpdir(), 'failcoach-elsewhere-'));
  mkdirSync(join(dir, 'answers'));
  copyFileSync(join(root, 'examples/weak-blame.md'), join(dir, 'answers/weak.md'));
  copyFileSync(join(root, 'examples/strong-migration.md'), join(dir, 'answers/strong.md'));
  return dir;
}

describe.skipIf(skipReason !== null)(title, () => {
  it('npm install --global . puts a failcoach command on PATH that works from any folder, and uninstall removes it', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'failcoach-prefix-'));
    // --ignore-scripts: this clone is already built, and rebuilding dist/ would race the other test files.
    const install = npm(['install', '--global', '--prefix', prefix, '--offline', '--ignore-scripts', '.'], root);
    expect(install.status, install.stderr).toBe(0);
    const command = join(prefix, 'bin', 'failcoach');
    expect(existsSync(command)).toBe(true);

    const cwd = elsewhere();
    const env = { ...cleanEnv, PATH: `${join(prefix, 'bin')}${delimiter}${cleanEnv.PATH ?? ''}`, NO_COLOR: '1' };
    const run = (args: string[]) => spawnSync('failcoach', args, { cwd, env, encoding: 'utf8', timeout: 30_000 });
    expect(run(['--version']).stdout.trim()).toBe(version);
    const strong = run(['lint', 'answers/strong.md']);
    expect([strong.status, strong.stderr]).toEqual([0, '']);
    // The CI example's command, as README writes it: a quoted glob, GitHub annotations, exit 1 on errors.
    const ci = run(['lint', 'answers/**/*.md', '--format', 'github']);
    expect(ci.status).toBe(1);
    expect(ci.stdout).toMatch(/^::error file=answers\/weak\.md,line=\d+/m);
    expect(ci.stdout).not.toContain('answers/strong.md');

    const uninstall = npm(['uninstall', '--global', '--prefix', prefix, 'failcoach'], root);
    expect(uninstall.status, uninstall.stderr).toBe(0);
    expect(existsSync(command)).toBe(false);
    // The global copy was a link: removing it must leave the clone whole.
    expect(existsSync(join(root, 'bin/failcoach.js')) && existsSync(join(root, 'dist/cli.js'))).toBe(true);
  });

  it('npm pack ships the compiled CLI and its data, and the packed copy runs on its own', () => {
    const listing = npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root);
    expect(listing.status, listing.stderr).toBe(0);
    const files = (JSON.parse(listing.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    for (const needed of [
      'bin/failcoach.js',
      'dist/cli.js',
      'dist/lint/phrase-book.json',
      'dist/judge/judgement-model.json',
      'dist/nlp/lexicon.txt',
      'frameworks/star.yaml',
      'prompts/lessons.yaml',
      'README.md',
      'package.json',
    ]) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/'))).toEqual([]);

    const out = mkdtempSync(join(tmpdir(), 'failcoach-pack-'));
    const pack = npm(['pack', '--ignore-scripts', '--pack-destination', out], root);
    expect(pack.status, pack.stderr).toBe(0);
    const untar = spawnSync('tar', ['-xzf', join(out, `failcoach-${version}.tgz`), '-C', out], { encoding: 'utf8' });
    expect(untar.status, untar.stderr).toBe(0);
    // The dependencies an install would fetch are the ones this clone already has.
    symlinkSync(join(root, 'node_modules'), join(out, 'package/node_modules'), 'dir');
    const cwd = elsewhere();
    const lint = spawnSync(process.execPath, [join(out, 'package/bin/failcoach.js'), 'lint', 'answers/', '--format', 'compact'], {
      cwd,
      env: { ...cleanEnv, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/^answers\/weak\.md:\d+:\d+: error .+ \[blame-shifting\]$/m);
  });
});
