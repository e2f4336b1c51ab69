/**
 * The one error every data file reports (configuration, frameworks, prompts, answers files): the
 * file, the line and column when the problem is in its content, and one line saying what was
 * expected. Printed as `file:line:col: message`, or `file: message` for the file as a whole.
 */
export interface Position {
  line: number;
  column: number;
}

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly position: Position | null,
    readonly detail: string,
  ) {
    super(position ? `${file}:${position.line}:${position.column}: ${detail}` : `${file}: ${detail}`);
    this.name = 'DataError';
  }
}

/** A typed value, or the located reason there is none (the first of them, and all of them when a schema found several). */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: DataError; errors?: readonly DataError[] };
