/**
 * Reading a data file into a typed value: bounded read, YAML (or JSON) parse with positions, a
 * cap on aliases, then the schema. Every problem is a DataError.
 */
import { LineCounter, parseDocument, type Node } from 'yaml';
import { MiB, readTextBounded } from '../io/read.js';
import { DataError, type Checked } from './error.js';
import { Place, check, type Schema } from './schema.js';

/** Aliases a data file may use: plenty for real files, too few to expand into gigabytes. */
export const MAX_ALIASES = 50;

export interface DocumentOptions {
  /** How a message names the whole document: "the configuration", "a framework". */
  noun: string;
  /** The syntax named when parsing fails: "YAML", "YAML or JSON". */
  syntax?: string;
  /** The node to check, when it is not the document itself (package.json's "failcoach" key). */
  select?: (root: Node | null) => Node | null;
}

/** Parses and checks text that came from `file`. */
export function checkText<T>(file: string, text: string, schema: Schema<T>, options: DocumentOptions): Checked<T> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const { line, col } = counter.linePos(problem.pos[0]);
    const detail = `not valid ${options.syntax ?? 'YAML'}: ${problem.message.split('\n')[0]}`;
    return { ok: false, error: new DataError(file, { line, column: col }, detail) };
  }
  try {
    // Expanding aliases is where a hostile file ("billion laughs") would blow up: refuse early.
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    const detail = `refused: its YAML aliases expand too far (at most ${MAX_ALIASES} aliases); write the values out in full`;
    return { ok: false, error: new DataError(file, null, detail) };
  }
  const root = (doc.contents as Node | null) ?? null;
  return check(schema, options.select ? options.select(root) : root, new Place(file, counter, options.noun));
}

/**
 * Reads and checks a data file. `what` names it in read errors ("a framework file"); a reader
 * can replace the reason for a missing file with advice of its own.
 */
export function checkFile<T>(file: string, what: string, schema: Schema<T>, options: DocumentOptions & { missing?: string }): Checked<T> {
  const read = readTextBounded(file, MiB, what);
  if (!read.ok) {
    const reason = read.code === 'missing' && options.missing ? options.missing : read.reason;
    return { ok: false, error: new DataError(file, null, reason) };
  }
  return checkText(file, read.text, schema, options);
}

/** The value, or the error thrown: for loaders whose callers catch DataError. */
export function orThrow<T>(checked: Checked<T>): T {
  if (!checked.ok) throw checked.error;
  return checked.value;
}
