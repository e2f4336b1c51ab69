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
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
