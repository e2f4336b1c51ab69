import type { AnswerStats, Finding } from '../lint/engine.js';
import type { Rule } from '../lint/rule.js';
import type { Explanation } from '../lint/explain.js';
import type { Paint } from '../io/color.js';

export interface FileResult {
  filePath: string;
  findings: Finding[];
  stats: AnswerStats;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** With --explain: every layer of the judgement. */
  explanation?: Explanation;
}

export interface LengthTarget {
  min: number;
  max: number;
  hardMin: number;
  hardMax: number;
  wordsPerMinute: number;
}

export interface FormatContext {
  paint: Paint;
  /** The length rule's options, so the scorecard shows the target the linter judged by. */
  length: LengthTarget;
  /** Every rule, for formats that describe them (SARIF). */
  rules: readonly Rule[];
  version: string;
  /** Paths in machine reports are made relative to this. */
  cwd: string;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export function countBySeverity(findings: readonly Finding[]): Pick<FileResult, 'errorCount' | 'warningCount' | 'infoCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const f of findings) {
    if (f.severity === 'error') errorCount++;
    else if (f.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}
