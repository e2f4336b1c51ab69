/**
 * Finding configuration files, without loading yaml: most runs have no configuration, and the
 * parser costs tens of milliseconds to load, so config.ts is imported only when a file is found.
 */
import { existsSync } from 'node:fs';
import { MiB, readTextBounded } from '../io/read.js';
import { dirname, join, resolve } from 'node:path';
import type { LintSettings, RuleSetting } from '../lint/engine.js';

export const CONFIG_FILES = ['.failcoachrc.yaml', '.failcoachrc.yml', '.failcoachrc.json'] as const;

/**
 * Does this package.json configure failcoach? "broken" when it cannot be read or parsed: then
 * nobody can tell, and the loader reports it rather than lint without the settings.
 */
function packageJsonHasKey(path: string): boolean | 'broken' {
  const read = readTextBounded(path, MiB, 'a package.json');
  if (!read.ok) return 'broken';
  try {
    const data = JSON.parse(read.text) as unknown;
    return data !== null && typeof data === 'object' && !Array.isArray(data) && 'failcoach' in data;
  } catch {
    return 'broken';
  }
}

/** The nearest configuration file at or above a directory, or null. */
export function findConfigFile(startDir: string, cache: Map<string, string | null> = new Map()): string | null {
  const seen: string[] = [];
  let dir = resolve(startDir);
  for (;;) {
    const cached = cache.get(dir);
    if (cached !== undefined) {
      for (const d of seen) cache.set(d, cached);
      return cached;
    }
    seen.push(dir);
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) {
        for (const d of seen) cache.set(d, candidate);
        return candidate;
      }
    }
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && packageJsonHasKey(pkg) !== false) {
      for (const d of seen) cache.set(d, pkg);
      return pkg;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      for (const d of seen) cache.set(d, null);
      return null;
    }
    dir = parent;
  }
}

/** Settings from a file, overridden by command-line --rule flags (severity only). */
export function mergeSettings(file: LintSettings, flags: LintSettings): LintSettings {
  const rules: Record<string, RuleSetting> = { ...(file.rules ?? {}) };
  for (const [id, setting] of Object.entries(flags.rules ?? {})) rules[id] = { ...(rules[id] ?? {}), ...setting };
  return { rules };
}
