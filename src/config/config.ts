/**
 * Configuration: finding, loading, validating and merging `.failcoachrc.yaml`,
 * `.failcoachrc.json` or a `failcoach` key in package.json. Errors are values with a file, a line
 * and a column; only commands turn them into messages and exit codes.
 */
import { MiB, readTextBounded } from '../io/read.js';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { RULES, findRule } from '../lint/rules/index.js';
import { SEVERITIES, type Rule, type Severity } from '../lint/rule.js';
import type { LintSettings, RuleSetting } from '../lint/engine.js';
import { didYouMean } from '../util/did-you-mean.js';
export { CONFIG_FILES, findConfigFile, mergeSettings } from './find.js';

export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface LoadedConfig {
  file: string;
  settings: LintSettings;
}

export type ConfigResult = { ok: true; config: LoadedConfig } | { ok: false; error: ConfigError };

/** Aliases a config may use before it is refused: enough for real files, too few to blow up memory. */
const MAX_ALIASES = 50;
const TERM = /^[\p{L}\p{N}][\p{L}\p{N}' -]{0,79}$/u;

class Validation {
  constructor(
    readonly file: string,
    private readonly counter: LineCounter,
    private readonly offset: { line: number; column: number } = { line: 0, column: 0 },
  ) {}

  error(node: Node | null | undefined, message: string): ConfigError {
    const at = node?.range?.[0] ?? 0;
    const pos = this.counter.linePos(at);
    return { file: this.file, line: pos.line + this.offset.line, column: pos.col, message };
  }
}

/** Is this rule's vocabulary editable (`add`, `accept`)? Rules with phrase lists are. */
export function hasWordList(rule: Rule): boolean {
  return rule.userList !== undefined;
}

function validateTerms(v: Validation, node: Node, key: string, rule: Rule): string[] | ConfigError {
  if (!hasWordList(rule)) return v.error(node, `rule "${rule.id}" has no word list, so "${key}" does not apply to it`);
  if (!isSeq(node)) return v.error(node, `"${key}" for ${rule.id} must be a list of words or phrases, for example [${key === 'add' ? '"kinda"' : '"sort of"'}]`);
  const terms: string[] = [];
  for (const item of node.items) {
    const value = isScalar(item) ? item.value : undefined;
    if (typeof value !== 'string' || !TERM.test(value.trim())) {
      return v.error(item as Node, `"${key}" takes plain words and phrases (letters, digits, spaces, apostrophes, hyphens; up to 80 characters), not patterns`);
    }
    terms.push(value.trim().toLowerCase());
  }
  return terms;
}

function validateRule(v: Validation, rule: Rule, node: Node): RuleSetting | ConfigError {
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value !== 'string' || !SEVERITIES.includes(value as Severity)) {
      return v.error(node, `rule "${rule.id}": severity must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(value)}`);
    }
    return { severity: value as Severity };
  }
  if (!isMap(node)) return v.error(node, `rule "${rule.id}": give a severity (${SEVERITIES.join(', ')}) or a mapping of severity and options`);
  const setting: RuleSetting = {};
  const options: Record<string, number> = {};
  const nodes: Record<string, Node> = {};
  const valid = ['severity', ...Object.keys(rule.options), ...(hasWordList(rule) ? ['add', 'accept'] : [])];
  for (const pair of node.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as Node;
    if (!valid.includes(key)) return v.error(keyNode, `rule "${rule.id}": unknown key "${key}"${didYouMean(key, valid)}; valid keys: ${valid.join(', ')}`);
    if (key === 'severity') {
      const severity = isScalar(value) ? value.value : undefined;
      if (typeof severity !== 'string' || !SEVERITIES.includes(severity as Severity)) {
        return v.error(value, `rule "${rule.id}": severity must be one of ${SEVERITIES.join(', ')}`);
      }
      setting.severity = severity as Severity;
    } else if (key === 'add' || key === 'accept') {
      const terms = validateTerms(v, value, key, rule);
      if (!Array.isArray(terms)) return terms;
      setting[key] = terms;
    } else {
      const spec = rule.options[key]!;
      const number = isScalar(value) ? value.value : undefined;
      const kind = spec.type === 'integer' ? 'a whole number' : 'a number';
      if (typeof number !== 'number' || !Number.isFinite(number) || (spec.type === 'integer' && !Number.isInteger(number))) {
        return v.error(value, `rule "${rule.id}": option "${key}" must be ${kind} (default ${spec.default})`);
      }
      if ((spec.min !== undefined && number < spec.min) || (spec.max !== undefined && number > spec.max)) {
        return v.error(value, `rule "${rule.id}": option "${key}" must be between ${spec.min ?? '-∞'} and ${spec.max ?? '∞'}`);
      }
      options[key] = number;
      nodes[key] = value;
    }
  }
  const disorder = checkOrder(v, rule, options, nodes);
  if (disorder) return disorder;
  if (Object.keys(options).length > 0) setting.options = options;
  return setting;
}

/**
 * Pairs of options where the first must not pass the second: a length target whose lower bound
 * is above an upper bound leaves no answer that passes, so the configuration is wrong.
 */
const ORDERED_OPTIONS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  length: [
    ['min', 'max'],
    ['hardMin', 'hardMax'],
    ['min', 'hardMax'],
    ['hardMin', 'max'],
  ],
};

function checkOrder(v: Validation, rule: Rule, options: Record<string, number>, nodes: Record<string, Node>): ConfigError | null {
  const value = (key: string): number => options[key] ?? rule.options[key]!.default;
  for (const [low, high] of ORDERED_OPTIONS[rule.id] ?? []) {
    if (value(low) <= value(high)) continue;
    const origin = (key: string): string => `"${key}" (${value(key)}${nodes[key] ? '' : ', its default'})`;
    return v.error(nodes[high] ?? nodes[low], `rule "${rule.id}": ${origin(low)} is more than ${origin(high)}, so no answer could pass; make ${low} at most ${high}`);
  }
  return null;
}

/** Validates a parsed config document (or the `failcoach` value inside package.json). */
function validateConfig(v: Validation, root: Node | null): LintSettings | ConfigError {
  if (root === null || (isScalar(root) && root.value === null)) return { rules: {} };
  if (!isMap(root)) return v.error(root, 'the configuration must be a mapping with a "rules" key, for example: rules: { hedging: off }');
  const rules: Record<string, RuleSetting> = {};
  for (const pair of root.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    if (key !== 'rules') return v.error(keyNode, `unknown key "${key}"${didYouMean(key, ['rules'])}; the only top-level key is "rules"`);
    const rulesNode = pair.value as Node;
    if (rulesNode === null || (isScalar(rulesNode) && rulesNode.value === null)) continue;
    if (!isMap(rulesNode)) return v.error(rulesNode, '"rules" must map rule ids to a severity or to options');
    for (const rulePair of rulesNode.items) {
      const idNode = rulePair.key as Node;
      const id = isScalar(idNode) ? String(idNode.value) : '';
      const rule = findRule(id);
      if (!rule) return v.error(idNode, `unknown rule "${id}"${didYouMean(id, RULES.map((r) => r.id))}; valid rules: ${RULES.map((r) => r.id).join(", ")}`);
      const setting = validateRule(v, rule, rulePair.value as Node);
      if ('file' in setting) return setting;
      rules[id] = setting;
    }
  }
  return { rules };
}

function parseYamlDocument(text: string, file: string): { doc: Document; counter: LineCounter } | ConfigError {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const pos = counter.linePos(problem.pos[0]);
    return { file, line: pos.line, column: pos.col, message: `not valid YAML or JSON: ${problem.message.split('\n')[0]}` };
  }
  try {
    // Expanding aliases is where a hostile file ("billion laughs") would blow up: refuse early.
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return { file, line: 1, column: 1, message: `refused: ${error instanceof Error ? error.message : String(error)} (at most ${MAX_ALIASES} aliases)` };
  }
  return { doc, counter };
}

/** Loads one configuration file: a .failcoachrc.* file, or the "failcoach" key of a package.json. */
export function loadConfigFile(path: string): ConfigResult {
  const read = readTextBounded(path, MiB, 'a configuration file');
  if (!read.ok) return { ok: false, error: { file: path, line: 1, column: 1, message: read.reason } };
  const text = read.text;
  if (path.endsWith('package.json')) {
    try {
      JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { ok: false, error: { file: path, line: 1, column: 1, message: `is not valid JSON (${detail}); fix it, since its "failcoach" key may hold settings` } };
    }
  }
  const parsed = parseYamlDocument(text, path);
  if ('file' in parsed) return { ok: false, error: parsed };
  const v = new Validation(path, parsed.counter);
  let root = parsed.doc.contents as Node | null;
  if (path.endsWith('package.json')) {
    root = isMap(root) ? ((root.get('failcoach', true) as Node | undefined) ?? null) : null;
  }
  const settings = validateConfig(v, root);
  if ('file' in settings) return { ok: false, error: settings };
  return { ok: true, config: { file: path, settings } };
}

export function formatConfigError(error: ConfigError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}

/** The starter configuration `failcoach init` writes: every rule, commented, at its default. */
export function starterConfig(): string {
  const lines = [
    '# failcoach configuration. Found by walking up from each answer; see `failcoach rules <id>`.',
    '# A rule takes a severity (off, info, warning, error), or a mapping of severity and options.',
    '# Rules with a word list also take `add` (more words to flag) and `accept` (words never to flag).',
    'rules:',
  ];
  for (const rule of RULES) {
    const options = Object.entries(rule.options);
    lines.push(`  # ${rule.summary}`);
    if (options.length === 0 && !hasWordList(rule)) {
      lines.push(`  # ${rule.id}: ${rule.severity}`);
      continue;
    }
    lines.push(`  # ${rule.id}:`, `  #   severity: ${rule.severity}`);
    for (const [name, spec] of options) lines.push(`  #   ${name}: ${spec.default}   # ${spec.description}`);
    if (hasWordList(rule)) lines.push('  #   add: []', '  #   accept: []');
  }
  return lines.join('\n') + '\n';
}
