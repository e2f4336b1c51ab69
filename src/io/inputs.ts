import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const ANSWER_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
export const MAX_INPUT_BYTES = 1024 * 1024;

export interface InputText {
  /** The path as shown in reports. */
  path: string;
  text: string;
  markdown: boolean;
}

export interface InputError {
  path: string;
  message: string;
}

export type Loaded = { ok: true; input: InputText } | { ok: false; error: InputError };

function errorCode(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : '';
}

export function isMarkdownPath(path: string): boolean {
  return extname(path).toLowerCase() !== '.txt';
}

/**
 * Decodes bytes as an answer, or says in one line why it cannot be one: binary content, invalid
 * UTF-8, too large, or empty.
 */
export function decodeAnswer(path: string, bytes: Buffer): Loaded {
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, error: { path, message: `is ${(bytes.length / 1024 / 1024).toFixed(1)} MiB; answers are limited to 1 MiB, so split it or lint the answer on its own` } };
  }
  if (bytes.includes(0)) return { ok: false, error: { path, message: 'looks like a binary file, not an answer; pass a .md or .txt file' } };
  // Node's own decoder is fast; the strict one runs only when a replacement character shows up.
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, error: { path, message: 'is not valid UTF-8; save it as UTF-8 and try again' } };
    }
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, error: { path, message: 'is empty; write your answer in it first (failcoach draft can help)' } };
  return { ok: true, input: { path, text, markdown: isMarkdownPath(path) } };
}

function readOne(path: string): Loaded {
  try {
    return decodeAnswer(path, readFileSync(path));
  } catch (error) {
    const code = errorCode(error);
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'cannot be read (permission denied); check its permissions'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code || (error instanceof Error ? error.message : String(error))})`;
    return { ok: false, error: { path, message: reason } };
  }
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && ANSWER_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full);
  }
}

/**
 * Expands the paths a user gave into answers to lint, in the order given (a directory's files
 * sorted by name). Every problem is an InputError value; nothing here prints or exits.
 */
export function collectInputs(paths: readonly string[]): Loaded[] {
  const results: Loaded[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = errorCode(error);
      results.push({
        ok: false,
        error: { path, message: code === 'ENOENT' ? 'does not exist; check the path' : `cannot be read (${code || 'unknown error'})` },
      });
      continue;
    }
    if (stats.isDirectory()) {
      const files: string[] = [];
      try {
        walk(path, files);
      } catch (error) {
        results.push({ ok: false, error: { path, message: `cannot be listed (${errorCode(error) || 'unknown error'})` } });
        continue;
      }
      if (files.length === 0) {
        results.push({ ok: false, error: { path, message: 'contains no answers (.md, .markdown or .txt files)' } });
        continue;
      }
      for (const file of files) results.push(readOne(file));
    } else {
      results.push(readOne(path));
    }
  }
  return results;
}

export async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    chunks.push(buffer);
    // Keep one byte past the limit so decodeAnswer can say the input is too large.
    if (size > MAX_INPUT_BYTES) break;
  }
  return Buffer.concat(chunks);
}
