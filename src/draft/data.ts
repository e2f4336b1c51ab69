/**
 * Frameworks (frameworks/*.yaml) and reflection prompts (prompts/*.yaml): loaded and validated,
 * with every problem reported as the file, the line and what to change.
 */
import { existsSync, readdirSync } from 'node:fs';
import { MiB, readTextBounded } from '../io/read.js';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { RULES } from '../lint/rules/index.js';

export interface Validation {
  required: boolean;
  minWords: number;
  maxWords: number;
}

export interface FollowUp {
  rule: string;
  text: string;
}

export interface Prompt {
  id: string;
  stage: string;
  text: string;
  hint: string;
  kind: 'text' | 'confirm';
  weight: number;
  validate: Validation;
  followUps: FollowUp[];
}

export interface FrameworkSection {
  id: string;
  title: string;
  guidance: string;
  prompts: string[];
  share: number;
}

export interface Framework {
  id: string;
  name: string;
  description: string;
  question: string;
  sections: FrameworkSection[];
  headings: boolean;
  file: string;
}

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FRAMEWORK_DIR = join(ROOT, 'frameworks');
export const PROMPT_DIR = join(ROOT, 'prompts');
export const STAGES = ['target', 'brainstorm', 'screen', 'diagnose', 'sections', 'lessons'] as const;

interface Reader {
  file: string;
  counter: LineCounter;
}

function lineOf(reader: Reader, node: Node | null | undefined): number {
  return reader.counter.linePos(node?.range?.[0] ?? 0).line;
}

function fail(reader: Reader, node: Node | null | undefined, message: string): never {
  throw new DataError(reader.file, lineOf(reader, node), message);
}

/** Aliases a data file may use: plenty for real files, too few to expand into gigabytes. */
const MAX_ALIASES = 50;

function read(file: string): { reader: Reader; root: Node } {
  const loaded = readTextBounded(file, MiB, 'a YAML data file');
  if (!loaded.ok) throw new DataError(file, 1, loaded.reason);
  const counter = new LineCounter();
  const doc = parseDocument(loaded.text, { lineCounter: counter, uniqueKeys: true });
  const reader = { file, counter };
  const error = doc.errors[0];
  if (error) throw new DataError(file, counter.linePos(error.pos[0]).line, `not valid YAML: ${error.message.split('\n')[0]}`);
  try {
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    throw new DataError(file, 1, `refused: its YAML aliases expand too far (at most ${MAX_ALIASES}); write the values out in full`);
  }
  return { reader, root: doc.contents as Node };
}

function field(reader: Reader, map: YAMLMap, key: string, kind: 'string' | 'number' | 'boolean', required: boolean, fallback?: unknown): unknown {
  const node = map.get(key, true) as Node | undefined;
  if (node === undefined) {
    if (required) fail(reader, map, `missing "${key}"; add it (a ${kind})`);
    return fallback;
  }
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== kind) fail(reader, node, `"${key}" must be a ${kind}`);
  return value;
}

function checkKeys(reader: Reader, map: YAMLMap, allowed: readonly string[], where: string): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!allowed.includes(key)) fail(reader, pair.key as Node, `unknown key "${key}" in ${where}; allowed: ${allowed.join(', ')}`);
  }
}

function stringList(reader: Reader, node: Node | undefined, what: string): string[] {
  if (node === undefined) return [];
  if (!isSeq(node)) fail(reader, node, `${what} must be a list`);
  return node.items.map((item) => {
    if (!isScalar(item) || typeof item.value !== 'string') fail(reader, item as Node, `${what} must hold text`);
    return item.value as string;
  });
}

export function loadPromptFile(file: string): Prompt[] {
  const { reader, root } = read(file);
  if (!isMap(root)) fail(reader, root, 'expected a mapping with "stage" and "prompts"');
  checkKeys(reader, root, ['stage', 'prompts'], 'a prompt file');
  const stage = field(reader, root, 'stage', 'string', true) as string;
  if (!(STAGES as readonly string[]).includes(stage)) fail(reader, root.get('stage', true) as Node, `unknown stage "${stage}"; use one of ${STAGES.join(', ')}`);
  const list = root.get('prompts', true) as Node | undefined;
  if (!isSeq(list)) fail(reader, list ?? root, '"prompts" must be a list');
  return list.items.map((item) => {
    if (!isMap(item)) fail(reader, item as Node, 'each prompt must be a mapping with id, text and hint');
    checkKeys(reader, item, ['id', 'text', 'hint', 'kind', 'weight', 'validate', 'followUps'], `prompt`);
    const id = field(reader, item, 'id', 'string', true) as string;
    if (!/^[a-z][a-z0-9-]*$/.test(id)) fail(reader, item.get('id', true) as Node, `prompt id "${id}" must be kebab-case`);
    const kind = (field(reader, item, 'kind', 'string', false, 'text') as string) as Prompt['kind'];
    if (kind !== 'text' && kind !== 'confirm') fail(reader, item.get('kind', true) as Node, 'kind must be "text" or "confirm"');
    const validateNode = item.get('validate', true) as Node | undefined;
    const validate: Validation = { required: true, minWords: 0, maxWords: 400 };
    if (validateNode !== undefined) {
      if (!isMap(validateNode)) fail(reader, validateNode, 'validate must be a mapping: { required, minWords, maxWords }');
      checkKeys(reader, validateNode, ['required', 'minWords', 'maxWords'], 'validate');
      validate.required = field(reader, validateNode, 'required', 'boolean', false, true) as boolean;
      validate.minWords = field(reader, validateNode, 'minWords', 'number', false, 0) as number;
      validate.maxWords = field(reader, validateNode, 'maxWords', 'number', false, 400) as number;
    }
    const followNode = item.get('followUps', true) as Node | undefined;
    const followUps: FollowUp[] = [];
    if (followNode !== undefined) {
      if (!isSeq(followNode)) fail(reader, followNode, 'followUps must be a list of { rule, text }');
      for (const f of followNode.items) {
        if (!isMap(f)) fail(reader, f as Node, 'a follow-up is { rule, text }');
        checkKeys(reader, f, ['rule', 'text'], 'a follow-up');
        const rule = field(reader, f, 'rule', 'string', true) as string;
        if (!RULES.some((r) => r.id === rule)) fail(reader, f.get('rule', true) as Node, `unknown rule "${rule}"; run "failcoach rules" to list them`);
        followUps.push({ rule, text: field(reader, f, 'text', 'string', true) as string });
      }
    }
    return {
      id,
      stage,
      text: field(reader, item, 'text', 'string', true) as string,
      hint: field(reader, item, 'hint', 'string', false, '') as string,
      kind,
      weight: field(reader, item, 'weight', 'number', false, 0) as number,
      validate,
      followUps,
    };
  });
}

export function loadPrompts(dir = PROMPT_DIR): Map<string, Prompt> {
  const prompts = new Map<string, Prompt>();
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    for (const prompt of loadPromptFile(join(dir, name))) {
      if (prompts.has(prompt.id)) throw new DataError(join(dir, name), 1, `prompt id "${prompt.id}" is used twice; ids must be unique across prompts/`);
      prompts.set(prompt.id, prompt);
    }
  }
  return prompts;
}

export function loadFramework(file: string, prompts: ReadonlyMap<string, Prompt>): Framework {
  const { reader, root } = read(file);
  if (!isMap(root)) fail(reader, root, 'expected a mapping with id, name, sections');
  checkKeys(reader, root, ['id', 'name', 'description', 'question', 'sections', 'assembly'], 'a framework');
  const sectionsNode = root.get('sections', true) as Node | undefined;
  if (!isSeq(sectionsNode) || sectionsNode.items.length === 0) fail(reader, sectionsNode ?? root, '"sections" must be a non-empty list');
  const sections = sectionsNode.items.map((item) => {
    if (!isMap(item)) fail(reader, item as Node, 'each section is { id, title, guidance, prompts, share }');
    checkKeys(reader, item, ['id', 'title', 'guidance', 'prompts', 'share'], 'a section');
    const ids = stringList(reader, item.get('prompts', true) as Node | undefined, '"prompts"');
    for (const id of ids) {
      if (!prompts.has(id)) fail(reader, item.get('prompts', true) as Node, `unknown prompt "${id}"; prompts are defined in prompts/*.yaml`);
      if (prompts.get(id)!.kind !== 'text') fail(reader, item.get('prompts', true) as Node, `prompt "${id}" is a yes/no question and cannot feed a section`);
    }
    const share = field(reader, item, 'share', 'number', true) as number;
    if (share <= 0 || share >= 1) fail(reader, item.get('share', true) as Node, 'share must be between 0 and 1, the part of the answer this section should take');
    return {
      id: field(reader, item, 'id', 'string', true) as string,
      title: field(reader, item, 'title', 'string', true) as string,
      guidance: field(reader, item, 'guidance', 'string', false, '') as string,
      prompts: ids,
      share,
    };
  });
  const total = sections.reduce((sum, s) => sum + s.share, 0);
  if (Math.abs(total - 1) > 0.02) fail(reader, sectionsNode, `the sections' shares add up to ${total.toFixed(2)}; make them add up to 1`);
  const assembly = root.get('assembly', true) as Node | undefined;
  let headings = true;
  if (assembly !== undefined) {
    if (!isMap(assembly)) fail(reader, assembly, 'assembly must be a mapping: { headings, join }');
    checkKeys(reader, assembly, ['headings', 'join'], 'assembly');
    headings = field(reader, assembly, 'headings', 'boolean', false, true) as boolean;
    const join = field(reader, assembly, 'join', 'string', false, 'sentence');
    if (join !== 'sentence') fail(reader, assembly.get('join', true) as Node, 'join must be "sentence": each prompt\'s answer follows the last, in one paragraph per section');
  }
  return {
    id: field(reader, root, 'id', 'string', true) as string,
    name: field(reader, root, 'name', 'string', true) as string,
    description: field(reader, root, 'description', 'string', false, '') as string,
    question: field(reader, root, 'question', 'string', false, 'Tell me about a time you failed.') as string,
    sections,
    headings,
    file,
  };
}

export function frameworkFiles(dir = FRAMEWORK_DIR): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f)) : [];
}

/** A framework by id (from frameworks/) or by path to a user's own YAML file. */
export function resolveFramework(idOrPath: string, prompts: ReadonlyMap<string, Prompt>): Framework {
  if (/[\\/]|\.ya?ml$/.test(idOrPath)) {
    if (!existsSync(idOrPath)) throw new DataError(idOrPath, 1, 'does not exist; check the path to your framework file');
    return loadFramework(idOrPath, prompts);
  }
  const file = frameworkFiles().find((f) => basename(f).replace(/\.ya?ml$/, '') === idOrPath);
  if (!file) throw new DataError('--framework', 1, `unknown framework "${idOrPath}"; available: ${frameworkFiles().map((f) => basename(f).replace(/\.ya?ml$/, '')).join(', ')}`);
  return loadFramework(file, prompts);
}
