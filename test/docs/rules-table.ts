/**
 * The README's rule reference, generated from the rules' own metadata: `npm run docs` prints it,
 * and test/docs/readme.test.ts fails when the README drifts from the code.
 */
import { RULES } from '../../src/lint/rules/index.js';

export function rulesTable(): string {
  const rows = RULES.map((rule) => {
    const options = Object.entries(rule.options)
      .map(([name, spec]) => `\`${name}\` (${spec.default})`)
      .join(', ');
    const severity = rule.severityNote ? `${rule.severity}¹` : rule.severity;
    const messages = Object.keys(rule.messages)
      .map((id) => `\`${id}\``)
      .join(', ');
    return `| \`${rule.id}\` | ${severity} | ${rule.summary} | ${options || '—'} | ${messages} |`;
  });
  return ['| rule | default | flags | options (default) | message ids |', '|---|---|---|---|---|', ...rows].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  console.log(rulesTable());
}
