/** The answers file that `failcoach draft --answers` reads: the non-interactive twin of the interview. */
import { parseDocument } from 'yaml';
import { DataError, resolveFramework, type Framework, type Prompt } from './data.js';
import type { DraftAnswers } from './assemble.js';
import { validator } from './interview.js';
import { MiB, readTextBounded } from '../io/read.js';
import { plural } from '../util/plural.js';

export class InputProblem extends Error {}

/** Aliases an answers file may use: plenty for a real file, too few to expand into gigabytes. */
const MAX_ALIASES = 50;

export interface AnswersFile {
  framework: Framework;
  draft: DraftAnswers;
}

/**
 * Reads an answers file for the non-interactive path; every problem is named with the file. The
 * framework is the --framework flag's, else the file's own `framework:` key, else STAR.
 */
export function readAnswersFile(path: string, frameworkFlag: string | undefined, prompts: ReadonlyMap<string, Prompt>): AnswersFile {
  const read = readTextBounded(path, MiB, 'an answers file');
  if (!read.ok) {
    throw new InputProblem(read.code === 'missing' ? `${path} does not exist; "failcoach draft --template > ${path}" writes one to fill in` : `--answers ${path} ${read.reason}`);
  }
  const doc = parseDocument(read.text, { uniqueKeys: true });
  if (doc.errors[0]) throw new InputProblem(`${path}:${doc.errors[0].linePos?.[0]?.line ?? 1}: not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    throw new InputProblem(`${path}: refused: its YAML aliases expand too far (at most ${MAX_ALIASES}); write the answers out in full`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new InputProblem(`${path}: expected a mapping with an "answers:" key; "failcoach draft --template" shows the shape`);
  const data = raw as { framework?: unknown; role?: unknown; skills?: unknown; title?: unknown; answers?: unknown };
  if (data.answers === undefined || data.answers === null) throw new InputProblem(`${path}: expected an "answers:" mapping; "failcoach draft --template" shows the shape`);
  if (typeof data.answers !== 'object' || Array.isArray(data.answers)) throw new InputProblem(`${path}: "answers" must be a mapping of question ids to text (id: "your answer"), not ${Array.isArray(data.answers) ? 'a list' : 'a single value'}; "failcoach draft --template" shows the shape`);
  if (data.framework !== undefined && typeof data.framework !== 'string') throw new InputProblem(`${path}: "framework" must be a framework id such as star`);
  let framework: Framework;
  try {
    framework = resolveFramework(frameworkFlag ?? (data.framework as string | undefined) ?? 'star', prompts);
  } catch (error) {
    if (error instanceof DataError && frameworkFlag === undefined && data.framework !== undefined) throw new InputProblem(`${path}: "framework: ${String(data.framework)}": ${error.message.replace(/^--framework:1: /, '')}`);
    throw error;
  }
  const asked = [...new Set(framework.sections.flatMap((s) => s.prompts))];
  const answers: Record<string, string> = {};
  for (const [id, value] of Object.entries(data.answers as Record<string, unknown>)) {
    if (!asked.includes(id)) {
      const where = prompts.has(id) ? `is not a question of the ${framework.id} framework` : 'is not a question failcoach asks';
      throw new InputProblem(`${path}: answer "${id}" ${where}; ${framework.id} asks for: ${asked.join(', ')}${prompts.has(id) ? ' (choose another framework with --framework or "framework:", or remove the answer)' : ''}`);
    }
    if (value !== null && typeof value !== 'string') throw new InputProblem(`${path}: answer "${id}" must be text`);
    answers[id] = (value ?? '').trim();
  }
  const problems = asked.map((id) => prompts.get(id)!).flatMap((prompt) => {
    const verdict = validator(prompt)(answers[prompt.id] ?? '');
    return verdict === true ? [] : [`${prompt.id}: ${verdict}`];
  });
  if (problems.length > 0) throw new InputProblem(`${path}: ${plural(problems.length, 'answer')} to complete — ${problems.join(' · ')}`);
  return {
    framework,
    draft: {
      ...(typeof data.role === 'string' && data.role.trim() ? { role: data.role.trim() } : {}),
      ...(Array.isArray(data.skills) ? { skills: data.skills.map(String).filter(Boolean) } : {}),
      ...(typeof data.title === 'string' && data.title.trim() ? { title: data.title.trim() } : {}),
      answers,
    },
  };
}
