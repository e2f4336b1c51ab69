/**
 * Frameworks (frameworks/*.yaml) and reflection prompts (prompts/*.yaml): read through typed
 * schemas, every problem a DataError with the file, line, column and what was expected.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../lint/rules/index.js';
import { DataError } from '../schema/error.js';
import { checkFile, orThrow } from '../schema/document.js';
import { boolean, list, nodeAt, number, oneOf, refine, text, type Schema } from '../schema/schema.js';
import { object, required, withDefault } from '../schema/object.js';
import { didYouMean } from '../util/did-you-mean.js';

export interface PromptLimits {
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
  validate: PromptLimits;
  followUps: FollowUp[];
}

export interface FrameworkSection {
  id: string;
  title: string;
  guidance: string;
  prompts: string[];
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

export { DataError };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FRAMEWORK_DIR = join(ROOT, 'frameworks');
export const PROMPT_DIR = join(ROOT, 'prompts');
export const STAGES = ['target', 'brainstorm', 'screen', 'diagnose', 'sections', 'lessons'] as const;

const KEBAB = /^[a-z][a-z0-9-]*$/;
const kebabId = text({ pattern: KEBAB, expected: 'a kebab-case id (lower-case letters, digits and hyphens, starting with a letter)' });

function validateSchema(): Schema<PromptLimits> {
  const limits = object({
    required: withDefault(boolean(), true),
    minWords: withDefault(number({ integer: true, min: 0 }), 0),
    maxWords: withDefault(number({ integer: true, min: 1 }), 400),
  });
  return refine(limits, (value, node, place) => {
    if (value.minWords > value.maxWords) {
      place.fail(nodeAt(node, 'minWords'), `"minWords" (${value.minWords}) is more than "maxWords" (${value.maxWords})`);
    }
    return value;
  });
}

/** A prompt file's schema; `seen` holds the ids of files read before, so an id is used once across prompts/. */
function promptFileSchema(seen: Map<string, string>) {
  const uniqueId = refine(kebabId, (id, node, place) => {
    const earlier = seen.get(id);
    if (earlier !== undefined) place.fail(node, `prompt id "${id}" is already used in ${earlier}; ids must be unique across prompts/`);
    seen.set(id, place.file);
    return id;
  });
  const followUp = object({
    rule: required(
      oneOf(
        RULES.map((r) => r.id),
        'a rule id ("failcoach rules" lists them)',
      ),
    ),
    text: required(text({ nonEmpty: true })),
  });
  const prompt = object({
    id: required(uniqueId),
    text: required(text({ nonEmpty: true })),
    hint: withDefault(text(), ''),
    kind: withDefault(oneOf(['text', 'confirm']), 'text'),
    weight: withDefault(number(), 0),
    validate: withDefault(validateSchema(), { required: true, minWords: 0, maxWords: 400 }),
    followUps: withDefault(list(followUp), []),
  });
  return object(
    {
      stage: required(oneOf(STAGES)),
      prompts: required(list(prompt, { itemName: (i) => `prompt ${i + 1}` }), { quiet: true }),
    },
    { expected: 'a mapping with "stage" and "prompts"' },
  );
}

function readPromptFile(file: string, seen: Map<string, string>): Prompt[] {
  const data = orThrow(checkFile(file, 'a prompt file', promptFileSchema(seen), { noun: 'the prompt file' }));
  return data.prompts.map((prompt) => ({ ...prompt, stage: data.stage }));
}

export function loadPromptFile(file: string): Prompt[] {
  return readPromptFile(file, new Map());
}

export function loadPrompts(dir = PROMPT_DIR): Map<string, Prompt> {
  const prompts = new Map<string, Prompt>();
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    for (const prompt of readPromptFile(join(dir, name), seen)) prompts.set(prompt.id, prompt);
  }
  return prompts;
}

function frameworkSchema(prompts: ReadonlyMap<string, Prompt>) {
  const promptRef = refine(text(), (id, node, place) => {
    const prompt = prompts.get(id);
    if (!prompt) return place.mismatch(node, 'a prompt id from prompts/*.yaml', didYouMean(id, [...prompts.keys()]));
    if (prompt.kind !== 'text') place.fail(node, `prompt "${id}" is a yes/no question and cannot feed a section`);
    return id;
  });
  const section = object({
    id: required(kebabId),
    title: required(text({ nonEmpty: true })),
    guidance: withDefault(text(), ''),
    prompts: withDefault(list(promptRef), []),
  });
  const join = oneOf(['sentence'], '"sentence" (each prompt\'s answer follows the last, in one paragraph per section)');
  return object(
    {
      id: required(kebabId),
      name: required(text({ nonEmpty: true })),
      description: withDefault(text(), ''),
      question: withDefault(text({ nonEmpty: true }), 'Tell me about a time you failed.'),
      sections: required(list(section, { minItems: 1, itemName: (i) => `section ${i + 1}` }), { quiet: true }),
      assembly: withDefault(object({ headings: withDefault(boolean(), true), join: withDefault(join, 'sentence') }), {
        headings: true,
        join: 'sentence',
      }),
    },
    { expected: 'a mapping with id, name and sections' },
  );
}

export function loadFramework(file: string, prompts: ReadonlyMap<string, Prompt>): Framework {
  const { assembly, ...data } = orThrow(
    checkFile(file, 'a framework file', frameworkSchema(prompts), {
      noun: 'the framework',
      missing: 'does not exist; check the path to your framework file',
    }),
  );
  return { ...data, headings: assembly.headings, file };
}

export function frameworkFiles(dir = FRAMEWORK_DIR): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** The ids of the frameworks that come with failcoach. */
export function frameworkIds(): string[] {
  return frameworkFiles().map((f) => basename(f).replace(/\.ya?ml$/, ''));
}

/** Is this --framework value a path to a user's own file rather than an id? */
export function isFrameworkPath(idOrPath: string): boolean {
  return /[\\/]|\.ya?ml$/.test(idOrPath);
}

/** A framework by id (from frameworks/) or by path to a user's own YAML file. */
export function resolveFramework(idOrPath: string, prompts: ReadonlyMap<string, Prompt>): Framework {
  if (isFrameworkPath(idOrPath)) {
    return loadFramework(idOrPath, prompts);
  }
  const file = frameworkFiles().find((f) => basename(f).replace(/\.ya?ml$/, '') === idOrPath);
  const ids = frameworkIds();
  if (!file) {
    throw new DataError('--framework', null, `unknown framework "${idOrPath}"${didYouMean(idOrPath, ids)}; available: ${ids.join(', ')}`);
  }
  return loadFramework(file, prompts);
}
