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
  return section
    ? section.prompts
        .map((id) => asSentence(answers[id] ?? ''))
        .filter(Boolean)
        .join(' ')
    : '';
}

/** The answer body: headings and paragraphs, as a person would say it. */
export function assembleBody(framework: Framework, answers: Record<string, string>): string {
  const parts: string[] = [];
  for (const section of framework.sections) {
    const text = sectionText(framework, section.id, answers);
    if (!text) continue;
    parts.push(framework.headings ? `## ${section.title}\n\n${text}` : text);
  }
  return `${parts.join('\n\n')}\n`;
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
    // The story's title: a later draft whose title gives the same file name knows this one is another story.
    ...(draft.title ? { title: draft.title } : {}),
    ...(draft.role ? { role: draft.role } : {}),
    ...(draft.skills?.length ? { skills: draft.skills } : {}),
    date: date.toISOString().slice(0, 10),
    words: lint.stats.words,
    speakingTime: formatDuration(lint.stats.speakingSeconds),
    lint: { errors: lint.errorCount, warnings: lint.warningCount, infos: lint.infoCount },
  };
  const head = `---\n${stringify(front).trimEnd()}\n---\n\n`;
  // Findings point into the file as written, front matter included, as `failcoach lint` reports them.
  const lines = head.split('\n').length - 1;
  const shift = head.length;
  const findings = lint.findings.map((f) => ({
    ...f,
    start: f.start + shift,
    end: f.end + shift,
    line: f.line + lines,
    endLine: f.endLine + lines,
  }));
  return { markdown: `${head}${body}`, lint: { ...lint, findings } };
}

/** Letters that do not decompose into a base letter and an accent, spelt as English speakers would. */
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ŀ: 'l',
  ĸ: 'k',
};

/**
 * A file name from the story's title: lower-case words joined by hyphens, accents folded (é → e,
 * ß → ss), letters of any script kept as they are ("日本語"), everything else dropped.
 */
export function slugFor(title: string | undefined, date = new Date()): string {
  const folded = (title ?? '')
    .toLowerCase()
    .replace(/[ßæœøđðłþıŀĸ]/gu, (ch) => FOLDS[ch] ?? ch)
    .normalize('NFKD')
    // Accents come off Latin, Greek and Cyrillic letters only: elsewhere (Devanagari…) marks are part of the word.
    .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/['’]/gu, '');
  const words = folded
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);
  const slug = Array.from(words.join('-')).slice(0, 80).join('').replace(/-+$/, '');
  return slug || `failure-answer-${date.toISOString().slice(0, 10)}`;
}
