import type { Formatter } from './types.js';

/** One finding per line, "path:line:col: severity message [rule-id]", for editors and grep. */
export const formatCompact: Formatter = (results) =>
  results
    .flatMap((result) => result.findings.map((f) => `${result.filePath}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]\n`))
    .join('');
