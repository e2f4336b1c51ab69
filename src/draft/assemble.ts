/**
 * Turns answers to the reflection prompts into the spoken answer: one paragraph per framework
 * section under its heading, linted by the same linter `failcoach lint` uses.
 */
import { stringify } from 'yaml';
import { lintText } from '../lint/linter.js';
import type { FileResult } from '../lint/result.js';
import type { LintSettings } from '../lint/engine.js';
import type { PhraseSet } from '../answer/phrase-trie.js';
import { formatDuration } from '../util/duration.js';
import type { Framework } from './data.js';

export interface DraftAnswers {
  role?: string;
  skills?: string[];
  title?: string;
  answers: Record<string, string>;
}

/** Joins answers into sentences: trimmed, capitalised, ended with a full stop when they have none. */
function asSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed) return '';
  const capital = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?…"”')]$/.test(capital) ? capital : `${capital}.`;
}

export function sectionText(framework: Framework, sectionId: string, answers: Record<string, string>): string {
  const section = framework.sections.find((s) => s.id === sectionId);
  return section ? section.prompts.map((id) => asSentence(answers[id] ?? '')).filter(Boolean).join(' ') : '';
}

/** The answer body: headings and paragraphs, as a person would say it. */
export function assembleBody(framework: Framework, answers: Record<string, string>): string {
  const parts: string[] = [];
  for (const section of framework.sections) {
    const text = sectionText(framework, section.id, answers);
    if (!text) continue;
    parts.push(framework.headings ? `## ${section.title}\n\n${text}` : text);
  }
  return parts.join('\n\n') + '\n';
}

/** The settings a draft is linted under: the same ones `failcoach lint` would use for the saved file. */
export interface Linting {
  settings: LintSettings;
  book?: PhraseSet;
}

export interface AssembledAnswer {
  markdown: string;
  lint: FileResult;
}

/** The file `draft` writes: YAML front matter, then the answer under its section headings. */
export function assembleAnswer(framework: Framework, draft: DraftAnswers, linting: Linting, date = new Date()): AssembledAnswer {
  const body = assembleBody(framework, draft.answers);
  const lint = lintText({ path: 'draft.md', text: body, markdown: true }, linting.settings, linting.book ? { book: linting.book } : {});
  const front = {
    question: framework.question,
    framework: framework.id,
    ...(draft.role ? { role: draft.role } : {}),
    ...(draft.skills?.length ? { skills: draft.skills } : {}),
    date: date.toISOString().slice(0, 10),
    words: lint.stats.words,
    speakingTime: formatDuration(lint.stats.speakingSeconds),
    lint: { errors: lint.errorCount, warnings: lint.warningCount, infos: lint.infoCount },
  };
  return { markdown: `---\n${stringify(front).trimEnd()}\n---\n\n${body}`, lint };
}

/** A file name from the story's title: lower-case words joined by hyphens. */
export function slugFor(title: string | undefined, date = new Date()): string {
  const words = (title ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9\s-]/g, ' ').split(/\s+/).filter(Boolean).slice(0, 8);
  return words.length > 0 ? words.join('-') : `failure-answer-${date.toISOString().slice(0, 10)}`;
}
