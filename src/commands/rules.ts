import { RULES, findRule } from '../lint/rules/index.js';
import type { Rule } from '../lint/rule.js';
import type { Paint } from '../io/color.js';
import { UsageError } from '../io/streams.js';
import { describeSource } from '../lint/sources.js';
import { didYouMean } from '../util/did-you-mean.js';
import { wrapText } from '../util/wrap.js';

/** Wraps prose to the terminal width (at most 100 columns, easier to read), indented under its heading. */
function wrap(text: string, width: number, indent = '  ', hanging = indent): string[] {
  const columns = Math.min(width, 100);
  return wrapText(text, { width: columns, indent: hanging, firstLineUsed: indent.length })
    .split('\n')
    .map((line, i) => (i === 0 ? indent + line : line));
}

function severityText(rule: Rule): string {
  return rule.severityNote ? `${rule.severity} (${rule.severityNote})` : rule.severity;
}

/** The rule, or a usage error that suggests the id the user probably meant. */
function ruleOrError(id: string): Rule {
  const rule = findRule(id);
  if (!rule)
    throw new UsageError(
      `unknown rule "${id}"${didYouMean(
        id,
        RULES.map((r) => r.id),
      )}; run "failcoach rules" to list them`,
    );
  return rule;
}

/** Every option a rule accepts in the configuration: its numbers, and `add`/`accept` for a rule with a word list. */
export function ruleOptionLines(rule: Rule): string[] {
  const lines = Object.entries(rule.options).map(([name, spec]) => `${name} (${spec.type}, default ${spec.default}): ${spec.description}`);
  if (rule.userList !== undefined) {
    lines.push('add (list of words or phrases): more wording for this rule to flag');
    lines.push('accept (list of words or phrases): wording this rule must never flag');
  }
  return lines;
}

export function listRules(paint: Paint, columns = 80): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  // A severity that varies (length's two tiers) is starred, and the note under the list says how.
  const hanging = ' '.repeat(2 + width + 2 + 8 + 2);
  const lines = RULES.map((r) => {
    const head = `  ${r.id.padEnd(width)}  ${`${r.severity}${r.severityNote ? '*' : ''}`.padEnd(8)}  `;
    return head + wrapText(r.summary, { width: columns, indent: hanging, firstLineUsed: head.length });
  });
  const varying = RULES.filter((r) => r.severityNote).map((r) =>
    wrapText(`${r.id}: ${r.severityNote}`, { width: columns, indent: '    ', firstLineUsed: 2 }),
  );
  const notes = varying.length === 0 ? [] : ['', paint.dim('* the default severity varies:'), ...varying.map((l) => `  ${l}`)];
  return [paint.bold(`${RULES.length} rules`) + paint.dim('  (failcoach rules <id> explains one)'), '', ...lines, ...notes, ''].join('\n');
}

export function explainRule(id: string, paint: Paint, width = 80): string {
  const rule = ruleOrError(id);
  const options = ruleOptionLines(rule);
  const lines = [
    `${paint.bold(rule.id)}  ${paint.dim(severityText(rule))}`,
    rule.summary,
    '',
    paint.bold('Why'),
    ...wrap(rule.rationale, width),
    '',
    paint.bold('Sources'),
    ...rule.sources.flatMap((key) => wrap(`• ${describeSource(key)}`, width, '  ', '    ')),
    '',
    ...(rule.reads?.length
      ? [
          paint.bold('Reads'),
          ...wrap(
            `what ${rule.reads.join(' and ')} find in the answer, even where you switched them off: their readings are part of this rule's.`,
            width,
          ),
          '',
        ]
      : []),
    paint.bold('Options') + paint.dim(`  (under rules.${rule.id} in .failcoachrc.yaml, with severity)`),
    ...(options.length === 0 ? ['  none besides severity'] : options.flatMap((line) => wrap(line, width, '  ', '    '))),
    '',
    paint.bold('Messages'),
    ...Object.entries(rule.messages).flatMap(([messageId, m]) =>
      wrap(`${messageId}: ${m.message.replace(/\{\{(\w+)\}\}/g, '‹$1›')}`, width, '  ', '    '),
    ),
    '',
    paint.bold('Flagged'),
    ...wrap(`${paint.red('✗')} ${rule.example.flagged}`, width, '  ', '    '),
    paint.bold('Fixed'),
    ...wrap(`${paint.green('✓')} ${rule.example.fixed}`, width, '  ', '    '),
    '',
  ];
  return lines.join('\n');
}

export function rulesAsJson(id?: string): string {
  const pick = id ? [ruleOrError(id)] : RULES;
  const data = pick.map(({ check: _check, ...meta }) => meta);
  return `${JSON.stringify(id ? data[0] : data, null, 2)}\n`;
}
