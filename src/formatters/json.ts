import type { Formatter } from './types.js';

/** The documented, stable JSON shape: one object per input, in input order. */
export const formatJson: Formatter = (results) =>
  `${JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.findings.map((f) => ({
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: f.message,
        // What the finding is about, as the rule contract names it: words at its position, or the whole answer (reported at its start).
        scope: f.whole ? 'answer' : 'phrase',
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        ...(f.suggestions ? { suggestions: f.suggestions } : {}),
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      infoCount: result.infoCount,
      stats: result.stats,
    })),
    null,
    2,
  )}\n`;
