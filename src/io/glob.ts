/**
 * Quoted glob patterns ("answers/**\/*.md"), expanded without a dependency: `*`, `**`, `?`,
 * `[abc]`, `[a-z]`, `[!abc]` and `{a,b}`. Hidden folders and node_modules are skipped unless the
 * pattern names them.
 *
 * Matching never backtracks: a pattern is a small automaton run over the path once, keeping the
 * set of positions it may be at, so its cost is at most the path's length times the pattern's,
 * whatever the pattern ("*a*a*a*a*b.md" included).
 */
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { walkFiles, type WalkProblem } from './walk.js';

/** A pattern that cannot be matched, with the reason in words. */
export class GlobError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`${pattern} ${reason}`);
    this.name = 'GlobError';
  }
}

/** Alternatives a pattern's braces may produce before it is refused: {a,b}{c,d}… doubles each time. */
const MAX_ALTERNATIVES = 1024;

export function isGlob(path: string): boolean {
  return /[*?[{]/.test(path);
}

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'one' } // ?: any one character but "/"
  | { kind: 'class'; negated: boolean; singles: string; ranges: Array<[number, number]> }
  | { kind: 'star' } // *: any run without "/"
  | { kind: 'globstar' } // ** not followed by "/": any run
  | { kind: 'dirs' }; // **/: nothing, or any run ending in "/"

/** {a,b} alternatives, expanded left to right (nested braces included). */
function expandBraces(pattern: string, whole: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close !== -1 && depth === 0) i = close;
    } else if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const parts = splitTopLevel(pattern.slice(open + 1, i));
        const before = pattern.slice(0, open);
        const after = pattern.slice(i + 1);
        const out: string[] = [];
        for (const part of parts) {
          for (const expanded of expandBraces(before + part + after, whole)) {
            out.push(expanded);
            if (out.length > MAX_ALTERNATIVES)
              throw new GlobError(whole, `expands to more than ${MAX_ALTERNATIVES} alternatives; use fewer {a,b} groups`);
          }
        }
        return out;
      }
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function parseClass(pattern: string, open: number, whole: string): { token: Token; end: number } | null {
  let i = open + 1;
  let negated = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negated = true;
    i++;
  }
  const start = i;
  let singles = '';
  const ranges: Array<[number, number]> = [];
  for (; i < pattern.length; i++) {
    let c = pattern[i]!;
    if (c === ']' && i > start) return { token: { kind: 'class', negated, singles, ranges }, end: i };
    if (c === '\\' && i + 1 < pattern.length) c = pattern[++i]!;
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      let hi = pattern[i + 2]!;
      let skip = 2;
      if (hi === '\\' && i + 3 < pattern.length) {
        hi = pattern[i + 3]!;
        skip = 3;
      }
      const from = c.codePointAt(0)!;
      const to = hi.codePointAt(0)!;
      if (from > to)
        throw new GlobError(whole, `has an invalid range "${c}-${hi}" (its start comes after its end); write it as "${hi}-${c}"`);
      ranges.push([from, to]);
      i += skip;
    } else {
      singles += c;
    }
  }
  return null; // no closing bracket: the "[" is an ordinary character
}

function tokenize(pattern: string, whole: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      let run = 1;
      while (pattern[i + run] === '*') run++;
      if (run >= 2) {
        const slash = pattern[i + run] === '/';
        tokens.push({ kind: slash ? 'dirs' : 'globstar' });
        i += run - 1 + (slash ? 1 : 0);
      } else if (tokens[tokens.length - 1]?.kind !== 'star') {
        tokens.push({ kind: 'star' });
      }
    } else if (c === '?') {
      tokens.push({ kind: 'one' });
    } else if (c === '[') {
      const parsed = parseClass(pattern, i, whole);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else {
        tokens.push({ kind: 'char', char: c });
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      tokens.push({ kind: 'char', char: pattern[++i]! });
    } else {
      tokens.push({ kind: 'char', char: c });
    }
  }
  return tokens;
}

function classMatches(token: Extract<Token, { kind: 'class' }>, char: string): boolean {
  if (char === '/') return false;
  const code = char.codePointAt(0)!;
  const inside = token.singles.includes(char) || token.ranges.some(([a, b]) => code >= a && code <= b);
  return inside !== token.negated;
}

/** Can a token at this position be passed over without consuming anything? */
function skippable(token: Token): boolean {
  return token.kind === 'star' || token.kind === 'globstar' || token.kind === 'dirs';
}

/** Runs the token automaton over the text: one pass, a set of positions, no backtracking. */
function matchTokens(tokens: readonly Token[], text: string): boolean {
  const n = tokens.length;
  let current = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  const close = (set: Uint8Array): void => {
    for (let p = 0; p < n; p++) if (set[p] && skippable(tokens[p]!)) set[p + 1] = 1;
  };
  current[0] = 1;
  close(current);
  for (const char of text) {
    next.fill(0);
    let any = false;
    for (let p = 0; p < n; p++) {
      if (!current[p]) continue;
      const token = tokens[p]!;
      switch (token.kind) {
        case 'char':
          if (token.char === char) next[p + 1] = 1;
          break;
        case 'one':
          if (char !== '/') next[p + 1] = 1;
          break;
        case 'class':
          if (classMatches(token, char)) next[p + 1] = 1;
          break;
        case 'star':
          if (char !== '/') next[p] = 1;
          break;
        case 'globstar':
          next[p] = 1;
          break;
        case 'dirs':
          next[p] = 1;
          if (char === '/') next[p + 1] = 1;
          break;
      }
    }
    close(next);
    for (let p = 0; p <= n; p++) if (next[p]) any = true;
    if (!any) return false;
    [current, next] = [next, current];
  }
  return current[n] === 1;
}

export interface GlobMatcher {
  test(path: string): boolean;
}

/** Compiles a glob into a matcher for "/"-separated paths. Throws GlobError for a pattern that cannot mean anything. */
export function compileGlob(pattern: string): GlobMatcher {
  const alternatives = expandBraces(pattern, pattern).map((p) => tokenize(p, pattern));
  return { test: (path) => alternatives.some((tokens) => matchTokens(tokens, path)) };
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
  return base.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

export interface GlobResult {
  files: string[];
  problems: WalkProblem[];
}

/** Files matching the pattern, sorted; paths are shown as the user would write them. Throws GlobError. */
export function expandGlob(pattern: string): GlobResult {
  const normal = pattern.split(sep).join('/');
  const matcher = compileGlob(normal.replace(/^\.\//, ''));
  const base = baseOf(normal);
  const allowHidden = /(^|\/)\.[^./]/.test(normal.replace(/^\.\//, '').replace(/^(\.\.\/)+/, ''));
  const shownOf = (full: string): string => (base === '.' && !normal.startsWith('./') ? relative('.', full) : full).split(sep).join('/');
  if (!existsSync(base)) return { files: [], problems: [] };
  const walked = walkFiles(base, { hidden: allowHidden, wants: (full) => matcher.test(shownOf(full).replace(/^\.\//, '')) });
  return { files: walked.files.map(shownOf), problems: walked.problems };
}
