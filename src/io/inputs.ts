import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { describeFailure, formatBytes } from './errors.js';
import { MiB, readBounded } from './read.js';
import { walkFiles } from './walk.js';

export const ANSWER_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
export const MAX_INPUT_BYTES = MiB;

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

export function isMarkdownPath(path: string): boolean {
  return extname(path).toLowerCase() !== '.txt';
}

export function isAnswerPath(path: string): boolean {
  return ANSWER_EXTENSIONS.has(extname(path).toLowerCase());
}

/**
 * Documents an answer is often kept in, which failcoach does not read: what each is and how to
 * save it as text. Named on the command line, such a file is refused with this advice whatever it
 * holds; a folder walk passes over it, as it passes over every file that is not an answer.
 */
const DOCUMENTS: ReadonlyMap<string, { kind: string; save: string }> = new Map([
  ['.docx', { kind: 'a Word document', save: 'in Word, File › Save As › Plain Text' }],
  ['.doc', { kind: 'a Word document', save: 'in Word, File › Save As › Plain Text' }],
  ['.odt', { kind: 'an OpenDocument text', save: 'in LibreOffice, File › Save As › Text' }],
  ['.rtf', { kind: 'a Rich Text file', save: 'in TextEdit, Format › Make Plain Text' }],
  ['.pages', { kind: 'a Pages document', save: 'in Pages, File › Export To › Plain Text' }],
  ['.pdf', { kind: 'a PDF', save: 'copy its text into a .md or .txt file' }],
]);

/**
 * Why failcoach does not read a document of this kind, and how to export it; null for any other
 * path. `then` is what to do with the text file ("lint that file").
 */
export function documentProblem(path: string, then = 'lint that file'): string | null {
  const ext = extname(path).toLowerCase();
  const document = DOCUMENTS.get(ext);
  if (!document) return null;
  const name = basename(path);
  const stem = name.slice(0, name.length - ext.length) || 'answer';
  // pandoc reads Word, OpenDocument and Rich Text; pdftotext reads a PDF.
  const tool = ext === '.pages' ? '' : ext === '.pdf' ? `, or pdftotext ${name} ${stem}.txt` : `, or pandoc ${name} -o ${stem}.md`;
  return `is ${document.kind}; failcoach reads plain text and Markdown (.md, .markdown, .txt): save it as text (${document.save}${tool}) and ${then}`;
}

const TOO_LARGE = (size: string): string =>
  `is ${size}; answers are limited to 1 MiB (${formatBytes(MAX_INPUT_BYTES)}), so split it or lint the answer on its own`;

/**
 * UTF-32 text: a byte-order mark (FF FE 00 00 or 00 00 FE FF), or three zero bytes beside most
 * ASCII characters. Checked before UTF-16, whose little-endian mark (FF FE) begins UTF-32's.
 */
function looksLikeUtf32(bytes: Buffer): boolean {
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return true;
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return true;
  const sample = Math.min(bytes.length - (bytes.length % 4), 4096);
  if (sample < 8) return false;
  let little = 0;
  let big = 0;
  for (let i = 0; i < sample; i += 4) {
    // A character under U+10000 written in four bytes: its two high bytes are zero, whichever the order.
    if (bytes[i + 2] === 0 && bytes[i + 3] === 0 && bytes[i] !== 0) little++;
    if (bytes[i] === 0 && bytes[i + 1] === 0 && bytes[i + 3] !== 0) big++;
  }
  const characters = sample / 4;
  return little > characters * 0.9 || big > characters * 0.9;
}

/** UTF-16 text: a byte-order mark, or a zero byte beside most ASCII characters. */
function looksLikeUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  return (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) || (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1);
}

/**
 * Decodes bytes as an answer, or says in one line why it cannot be one: UTF-32, UTF-16, binary content,
 * invalid UTF-8, too large, or empty. `sizeKnown` is false when the input was cut off at the limit
 * (a pipe), so its real size is unknown.
 */
/** `piped`: the bytes came from standard input (`path` is then `<stdin>` or --stdin-filename's name). */
export function decodeAnswer(path: string, bytes: Buffer, sizeKnown = true, piped = false): Loaded {
  if (bytes.length > MAX_INPUT_BYTES) {
    return {
      ok: false,
      error: { path, message: TOO_LARGE(sizeKnown ? formatBytes(bytes.length) : `more than ${formatBytes(MAX_INPUT_BYTES)}`) },
    };
  }
  if (looksLikeUtf32(bytes)) return { ok: false, error: { path, message: 'is UTF-32 text; save it as UTF-8 and try again' } };
  if (looksLikeUtf16(bytes)) return { ok: false, error: { path, message: 'is UTF-16 text; save it as UTF-8 and try again' } };
  if (bytes.includes(0))
    return { ok: false, error: { path, message: 'looks like a binary file (it holds NUL bytes), not an answer written as plain text' } };
  // Node's own decoder is fast; the strict one runs only when a replacement character shows up.
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, error: { path, message: 'is not valid UTF-8; save it as UTF-8 and try again' } };
    }
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    const message = piped
      ? 'is empty: nothing came in on standard input; pipe an answer in, or name its file'
      : 'is empty; write your answer in it first (failcoach draft can help)';
    return { ok: false, error: { path, message } };
  }
  return { ok: true, input: { path, text, markdown: isMarkdownPath(path) } };
}

/** Reads one answer file through the bounded reader: a FIFO or a device is refused before any read. */
export function readAnswerFile(path: string): Loaded {
  const read = readBounded(path, MAX_INPUT_BYTES, 'an answer');
  if (!read.ok) {
    if (read.code === 'size') {
      let size = '';
      try {
        size = formatBytes(statSync(path).size);
      } catch {
        size = `more than ${formatBytes(MAX_INPUT_BYTES)}`;
      }
      return { ok: false, error: { path, message: TOO_LARGE(size) } };
    }
    return { ok: false, error: { path, message: read.reason } };
  }
  return decodeAnswer(path, read.bytes);
}

/** The answers in a folder, walked with links followed; a problem with any part is reported by its path. */
export function collectFolder(path: string): Loaded[] {
  const walked = walkFiles(path, { hidden: false, wants: isAnswerPath });
  const results: Loaded[] = walked.problems.map((p) => ({ ok: false as const, error: p }));
  if (walked.files.length === 0 && walked.problems.length === 0) {
    results.push({ ok: false, error: { path, message: 'contains no answers (.md, .markdown or .txt files)' } });
  }
  for (const file of walked.files) results.push(readAnswerFile(file));
  return results;
}

/**
 * Expands the paths a user gave into answers to lint, in the order given (a directory's files
 * sorted by name). Every problem is an InputError value; nothing here prints or exits.
 */
export function collectInputs(paths: readonly string[]): Loaded[] {
  const results: Loaded[] = [];
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      results.push({ ok: false, error: { path, message: describeFailure(error, 'read') } });
      continue;
    }
    // A document named outright (a .pages package is a folder) gets advice, not a reading of its bytes.
    const document = documentProblem(path);
    if (document) results.push({ ok: false, error: { path, message: document } });
    else if (isFolder) results.push(...collectFolder(path));
    else results.push(readAnswerFile(path));
  }
  return results;
}

/** Reads stdin up to one byte past the limit; `complete` is false when it stopped there. */
export async function readStdin(stream: NodeJS.ReadableStream): Promise<{ bytes: Buffer; complete: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    chunks.push(buffer);
    // Keep one byte past the limit so decodeAnswer can say the input is too large.
    if (size > MAX_INPUT_BYTES) return { bytes: Buffer.concat(chunks), complete: false };
  }
  return { bytes: Buffer.concat(chunks), complete: true };
}
