import { RULES, findRule } from '../lint/rules/index.js';
import type { Rule } from '../lint/rule.js';
import type { Paint } from '../io/color.js';
import { UsageError } from '../cli/io.js';

/** Wraps prose to a width a terminal reader can follow, indented under its heading. */
function wrap(text: string, indent = '  ', width = 88): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

function severityText(rule: Rule): string {
  return rule.severityNote ? `${rule.severity} (${rule.severityNote})` : rule.severity;
}

export function listRules(paint: Paint): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.summary}`);
  return [paint.bold(`${RULES.length} rules`) + paint.dim('  (failcoach rules <id> explains one)'), '', ...lines, ''].join('\n');
}

export function explainRule(id: string, paint: Paint): string {
  const rule = findRule(id);
  if (!rule) throw new UsageError(`unknown rule "${id}"; run "failcoach rules" to list them`);
  const options = Object.entries(rule.options);
  const lines = [
    `${paint.bold(rule.id)}  ${paint.dim(severityText(rule))}`,
    rule.summary,
    '',
    paint.bold('Why'),
    ...wrap(rule.rationale),
    ...wrap(`Sources: ${rule.sources.join('; ')}`),
    '',
    paint.bold('Options'),
    ...(options.length === 0
      ? ['  none']
      : options.map(([name, spec]) => `  ${name} (${spec.type}, default ${spec.default}): ${spec.description}`)),
    '',
    paint.bold('Messages'),
    ...Object.entries(rule.messages).flatMap(([messageId, m]) => wrap(`${messageId}: ${m.message.replace(/\{\{(\w+)\}\}/g, '‹$1›')}`)),
    '',
    paint.bold('Flagged'),
    ...wrap(`${paint.red('✗')} ${rule.example.flagged}`),
    paint.bold('Fixed'),
    ...wrap(`${paint.green('✓')} ${rule.example.fixed}`),
    '',
  ];
  return lines.join('\n');
}

export function rulesAsJson(id?: string): string {
  const pick = id ? [findRule(id)] : RULES;
  if (pick.some((r) => r === undefined)) throw new UsageError(`unknown rule "${id}"; run "failcoach rules" to list them`);
  const data = (pick as Rule[]).map(({ check: _check, ...meta }) => meta);
  return JSON.stringify(id ? data[0] : data, null, 2) + '\n';
}
