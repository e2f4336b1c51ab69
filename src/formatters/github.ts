import { folded, placeOf } from './fold.js';
import type { Formatter } from './types.js';

const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message the way the Actions runner unescapes it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as a message, plus the ':' and ',' that separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: annotations on the pull request's lines. Advice a rule repeats
 * four times or more in one answer is one annotation at its first place that lists the others
 * (GitHub shows only the first few annotations of a step), as the stylish report folds it.
 */
export const formatGithub: Formatter = (results) =>
  results
    .flatMap((result) =>
      folded(result.findings).map(([f, repeats]) => {
        const properties = [
          `file=${escapeProperty(result.filePath)}`,
          `line=${f.line}`,
          `col=${f.column}`,
          `endLine=${f.endLine}`,
          `endColumn=${f.endColumn}`,
          // A finding about the whole answer sits at its start (an annotation needs a line): the title says what it is about.
          `title=${escapeProperty(`failcoach ${f.ruleId}${f.whole ? ' (whole answer)' : ''}`)}`,
        ].join(',');
        const also = repeats.length > 0 ? `\nAlso at ${repeats.map(placeOf).join(', ')}` : '';
        const message = `${f.suggestions?.length ? `${f.message}\n${f.suggestions.join('\n')}` : f.message}${also}`;
        return `::${COMMAND[f.severity]} ${properties}::${escapeData(message)}\n`;
      }),
    )
    .join('');
