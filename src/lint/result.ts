/** What linting one answer produces: its findings, counts, statistics and the length target it was judged by. */
import type { AnswerStats, Finding } from './engine.js';
import type { Explanation } from './explain.js';

export interface LengthTarget {
  min: number;
  max: number;
  hardMin: number;
  hardMax: number;
  wordsPerMinute: number;
}

export interface FileResult {
  filePath: string;
  findings: Finding[];
  stats: AnswerStats;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The length rule's effective options for this answer, so a report shows the target it was judged by. */
  length: LengthTarget;
  /** With --explain: every layer of the judgement. */
  explanation?: Explanation;
  /** With --quiet: the warnings and infos left out of `findings` and the counts, so a report can say so. */
  hidden?: { findings: Finding[]; warningCount: number; infoCount: number };
}

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
