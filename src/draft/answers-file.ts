/**
 * The answers file that `failcoach draft --answers` reads: the non-interactive twin of the
 * interview. Read through a typed schema; every problem is a DataError at its line and column.
 */
import { isMap, type Node } from 'yaml';
import { DataError, frameworkIds, isFrameworkPath, resolveFramework, type Framework, type Prompt } from './data.js';
import type { DraftAnswers } from './assemble.js';
import { validator } from './interview.js';
import { checkFile, orThrow } from '../schema/document.js';
import { keyOf, list, mapOf, nodeAt, orEmpty, refine, text, type Place, type Schema } from '../schema/schema.js';
import { object, optional, required } from '../schema/object.js';
import { didYouMean } from '../util/did-you-mean.js';
import { plural } from '../util/plural.js';

export interface AnswersFile {
  framework: Framework;
  draft: DraftAnswers;
}

const TEMPLATE_HINT = '"failcoach draft --template" shows the shape';
const ANSWERS_EXPECTED = 'a mapping of question ids to text (id: "your answer")';

/** The file's own `framework:` value: a framework id, or a path to a framework file. */
const frameworkRef = refine(text({ nonEmpty: true }), (value, node, place) => {
  const ids = frameworkIds();
  if (isFrameworkPath(value) || ids.includes(value)) return value;
  return place.mismatch(node, `a framework id (${ids.join(', ')}) or a path to a framework file`, didYouMean(value, ids));
});

const fileShape = object(
  {
    framework: optional(frameworkRef),
    role: optional(orEmpty(text(), '')),
    skills: optional(orEmpty(list(text()), [])),
    title: optional(orEmpty(text(), '')),
    answers: required(
      mapOf(orEmpty(text(), ''), (id) => `answer "${id}"`, ANSWERS_EXPECTED),
      { quiet: true },
    ),
  },
  { expected: 'a mapping with an "answers:" key', hint: TEMPLATE_HINT },
);

/** Every answer is a question the framework asks, and every question it needs is answered well enough. */
function checkAnswers(
  framework: Framework,
  prompts: ReadonlyMap<string, Prompt>,
  answers: Record<string, string>,
  node: Node,
  place: Place,
): void {
  const asked = [...new Set(framework.sections.flatMap((s) => s.prompts))];
  const answersNode = nodeAt(node, 'answers');
  for (const id of Object.keys(answers)) {
    if (asked.includes(id)) continue;
    const keyNode = isMap(answersNode) ? (answersNode.items.find((pair) => keyOf(pair.key) === id)?.key as Node | undefined) : undefined;
    const known = prompts.has(id);
    const where = known ? `is not a question of the ${framework.id} framework` : `is not a question failcoach asks${didYouMean(id, asked)}`;
    const advice = known ? ' (choose another framework with --framework or "framework:", or remove the answer)' : '';
    place.fail(keyNode, `answer "${id}" ${where}; ${framework.id} asks for: ${asked.join(', ')}${advice}`);
  }
  const problems = asked.flatMap((id) => {
    const verdict = validator(prompts.get(id)!)(answers[id] ?? '');
    return verdict === true ? [] : [{ id, verdict }];
  });
  if (problems.length === 0) return;
  const first = nodeAt(answersNode, problems[0]!.id) ?? answersNode;
  place.fail(first, `${plural(problems.length, 'answer')} to complete — ${problems.map((p) => `${p.id}: ${p.verdict}`).join(' · ')}`);
}

/** The schema of an answers file; the framework is the --framework flag's, else the file's own, else STAR. */
function answersSchema(frameworkFlag: string | undefined, prompts: ReadonlyMap<string, Prompt>): Schema<AnswersFile> {
  return refine(fileShape, (data, node, place): AnswersFile => {
    const framework = resolveFramework(frameworkFlag ?? data.framework ?? 'star', prompts);
    const answers: Record<string, string> = {};
    for (const [id, value] of Object.entries(data.answers)) answers[id] = value.trim();
    checkAnswers(framework, prompts, answers, node, place);
    const role = data.role?.trim();
    const title = data.title?.trim();
    const skills = data.skills?.map((s) => s.trim()).filter(Boolean);
    return { framework, draft: { ...(role ? { role } : {}), ...(skills ? { skills } : {}), ...(title ? { title } : {}), answers } };
  });
}

/** Reads an answers file for the non-interactive path; throws a DataError naming the file. */
export function readAnswersFile(path: string, frameworkFlag: string | undefined, prompts: ReadonlyMap<string, Prompt>): AnswersFile {
  const missing = `does not exist; "failcoach draft --template > ${path}" writes one to fill in`;
  return orThrow(checkFile(path, 'an answers file', answersSchema(frameworkFlag, prompts), { noun: 'the answers file', missing }));
}

export { DataError };
