/**
 * Configuration: loading and validating `.failcoachrc.yaml`, `.failcoachrc.json` or a `failcoach`
 * key in package.json against the schema built from the rules (config/schema.ts). Errors are
 * values (DataError, with the file, line and column); only commands turn them into exit codes.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'yaml';
import { MiB, readTextBounded } from '../io/read.js';
import { RULES } from '../lint/rules/index.js';
import type { LintSettings } from '../lint/engine.js';
import { DataError } from '../schema/error.js';
import { checkText } from '../schema/document.js';
import { nodeAt } from '../schema/schema.js';
import { configSchema, hasWordList } from './schema.js';
import { LineIndex } from '../answer/positions.js';
export { CONFIG_FILES, findConfigFile, mergeSettings } from './find.js';
export { hasWordList } from './schema.js';

/** A configuration problem: the one located error every data file reports. */
export type ConfigError = DataError;

export interface LoadedConfig {
  file: string;
  settings: LintSettings;
}

export type ConfigResult = { ok: true; config: LoadedConfig } | { ok: false; error: ConfigError; errors?: readonly ConfigError[] };

/**
 * Why a JSON file does not parse, located where the parser stopped: JSON is read strictly, since
 * editors and other tools read the same file ("{"a": 1,}" is YAML, but no JSON). Null when it parses.
 */
function jsonProblem(path: string, text: string, advice: string): DataError | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const at = /at position (\d+)/.exec(message);
    const detail = message.replace(/ in JSON at position \d+.*$/, '');
    if (!at) return new DataError(path, null, `is not valid JSON (${detail})${advice}`);
    return new DataError(path, new LineIndex(text).locate(Number(at[1])), `is not valid JSON (${detail})${advice}`);
  }
}

/** Loads one configuration file: a .failcoachrc.* file, or the "failcoach" key of a package.json. */
export function loadConfigFile(path: string): ConfigResult {
  const read = readTextBounded(path, MiB, 'a configuration file');
  if (!read.ok) return { ok: false, error: new DataError(path, null, read.reason) };
  const inPackage = basename(path) === 'package.json';
  const broken = inPackage
    ? jsonProblem(path, read.text, '; fix it, since its "failcoach" key may hold settings')
    : path.endsWith('.json')
      ? jsonProblem(path, read.text, '')
      : null;
  if (broken) return { ok: false, error: broken };
  const checked = checkText(path, read.text, configSchema(), {
    noun: inPackage ? 'the "failcoach" key' : 'the configuration',
    syntax: 'YAML or JSON',
    ...(inPackage ? { select: (root: Node | null) => nodeAt(root, 'failcoach') ?? null } : {}),
  });
  if (checked.ok) return { ok: true, config: { file: path, settings: checked.value } };
  return { ok: false, error: checked.error, ...(checked.errors ? { errors: checked.errors } : {}) };
}

export function formatConfigError(error: ConfigError): string {
  return error.message;
}

/** failcoach.schema.json, shipped at the package root (`npm run schema` writes it). */
export const SCHEMA_FILE = fileURLToPath(new URL('../../failcoach.schema.json', import.meta.url));

/**
 * How a configuration file in `dir` can point editors at the schema: relative when failcoach is
 * installed in the project (node_modules) or the file is inside a clone, so the line works for
 * everyone who checks the project out; otherwise (a global install) the absolute path.
 */
export function schemaReference(dir: string): string | null {
  if (!existsSync(SCHEMA_FILE)) return null;
  const path = relative(dir, SCHEMA_FILE).split(sep).join('/');
  const inClone = !relative(dirname(SCHEMA_FILE), resolve(dir)).startsWith('..');
  if (!isAbsolute(path) && (inClone || /^(\.\.\/)+node_modules\//.test(path))) return path.startsWith('.') ? path : `./${path}`;
  return SCHEMA_FILE.split(sep).join('/');
}

/** The starter configuration `failcoach init` writes in `dir`: every rule, commented, at its default. */
export function starterConfig(dir = process.cwd()): string {
  const schema = schemaReference(dir);
  const lines = [
    ...(schema ? [`# yaml-language-server: $schema=${schema}`] : []),
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
  return `${lines.join('\n')}\n`;
}
