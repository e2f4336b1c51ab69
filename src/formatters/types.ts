import type { Rule } from '../lint/rule.js';
import type { FileResult } from '../lint/result.js';
import type { Paint } from '../io/color.js';

export type { FileResult, LengthTarget } from '../lint/result.js';

export interface FormatContext {
  paint: Paint;
  /** Every rule, for formats that describe them (SARIF). */
  rules: readonly Rule[];
  version: string;
  /** Paths in machine reports are made relative to this. */
  cwd: string;
  /** Columns to wrap reports for people to (the terminal's, else $COLUMNS); 80 when not given. */
  width?: number;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
