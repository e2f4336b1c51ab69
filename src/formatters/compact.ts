import { subjectLabel, subjectOf } from './subject.js';
import type { Formatter } from './types.js';

/**
 * One finding per line, "path:line:col: severity “words”: message [rule-id]", for editors and grep.
 * The words are what the finding is about ("whole answer" for an omission); lines never wrap.
 */
export const formatCompact: Formatter = (results) =>
  results
    .flatMap((result) =>
      result.findings.map((f) => {
        const subject = subjectOf(f);
        return `${result.filePath}:${f.line}:${f.column}: ${f.severity} ${subjectLabel(subject)}: ${subject.message} [${f.ruleId}]\n`;
      }),
    )
    .join('');
