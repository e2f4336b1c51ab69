/**
 * Quoted glob patterns ("answers/**\/*.md"), expanded without a dependency: `*`, `**`, `?`,
 * `[abc]` and `{a,b}`. Hidden folders and node_modules are skipped unless the pattern names them.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function isGlob(path: string): boolean {
  return /[*?[{]/.test(path);
}

export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        out += `[${pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = pattern.indexOf('}', i + 1);
      if (close === -1) out += '\\{';
      else {
        out += `(?:${pattern.slice(i + 1, close).split(',').map((part) => part.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = close;
      }
    } else {
      out += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`);
}

/** The directory to start walking from: the pattern's leading part without glob characters. */
function baseOf(pattern: string): string {
  const parts = pattern.split('/');
  const base: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    base.push(part);
  }
  if (base.length === parts.length) base.pop();
  return base.join('/') || '.';
}

/** Files matching the pattern, sorted; paths are shown as the user would write them. */
export function expandGlob(pattern: string): string[] {
  const normal = pattern.split(sep).join('/');
  const regex = globToRegExp(normal.replace(/^\.\//, ''));
  const base = baseOf(normal);
  const allowHidden = /(^|\/)\./.test(normal.replace(/^\.\//, '').replace(/^\.\.\//, ''));
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if ((entry.name.startsWith('.') && !allowHidden) || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const shown = (base === '.' && !normal.startsWith('./') ? relative('.', full) : full).split(sep).join('/');
        if (regex.test(shown.replace(/^\.\//, ''))) found.push(shown);
      }
    }
  };
  walk(base);
  return found;
}
