/**
 * One section of a draft as a file to edit: the questions as comments, each answer under its
 * question, read back by question.
 */
import { wrapText } from '../util/wrap.js';
import type { FrameworkSection, Prompt } from './data.js';

const QUESTION = /^#\s*──\s.*\[([A-Za-z0-9_-]+)\]\s*$/;

export function sectionFile(section: FrameworkSection, prompts: readonly Prompt[], answers: Record<string, string>): string {
  const lines = [
    `# ${section.title}: ${section.guidance}`,
    '# Write each answer under its question. Lines starting with # are ignored; keep the question',
    '# lines (the ones with [ids]) so each answer finds its question. Save and close to go back.',
  ];
  for (const prompt of prompts) {
    lines.push('', `# ── ${prompt.text}${prompt.validate.required ? '' : ' (optional)'} [${prompt.id}]`);
    const answer = answers[prompt.id]?.trim();
    if (answer) lines.push(wrapText(answer, { width: 78 }));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The answers in an edited section file, by question id. A question whose line was deleted is
 * missing from the result (so its earlier answer stays); lines of an answer join into one. Text
 * above the first question belongs to no question: it comes back as `stray`, to be reported.
 */
export function parseSectionFile(text: string): { answers: Map<string, string>; stray: string } {
  const answers = new Map<string, string[]>();
  const stray: string[] = [];
  let current: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    const question = QUESTION.exec(line);
    if (question) {
      current = [];
      answers.set(question[1]!, current);
      continue;
    }
    if (line.trimStart().startsWith('#')) continue;
    (current ?? stray).push(line.trim());
  }
  const joined = (parts: string[]): string => parts.filter(Boolean).join(' ');
  return { answers: new Map([...answers].map(([id, parts]) => [id, joined(parts)])), stray: joined(stray) };
}
