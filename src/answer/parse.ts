import type { Answer, Comment, FrontMatter, Heading, Section, Sentence, Word } from './model.js';
import { maskMarkdown } from './markdown.js';
import { LineIndex } from './positions.js';
import { normaliseWord, stemWord } from './phrases.js';
import { computeSignals, signalPhrases } from './signals.js';
import type { PhraseSet } from './phrases.js';
import { findParagraphs, findQuotations, findSentences, findWords, type Span } from './text.js';
import { inferSections, partOfHeading, sectionsFromHeadings } from './sections.js';

export interface ParseOptions {
  /** Markdown (default) or plain text, where '#' and '*' are just characters. */
  markdown?: boolean;
  /** A YAML parser for front matter; loaded lazily by the caller so plain answers never pay for it. */
  parseYaml?: (text: string) => unknown;
  /**
   * The phrases to find in every sentence, in one pass: it must hold SIGNAL_LISTS; the linter
   * adds its rules' lists so sentences are scanned once for both.
   */
  phraseBook?: PhraseSet;
}

class AnswerWord implements Word {
  readonly norm: string;
  readonly capitalised: boolean;
  private stemCache: string | null = null;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly quoted: boolean,
  ) {
    this.norm = normaliseWord(text);
    const first = text[0] ?? '';
    this.capitalised = first !== first.toLowerCase();
  }
  stem(): string {
    if (this.stemCache === null) this.stemCache = stemWord(this.norm);
    return this.stemCache;
  }
}

function parseFrontMatter(raw: { raw: string; start: number; end: number } | null, parseYaml: ParseOptions['parseYaml']): FrontMatter | null {
  if (!raw) return null;
  if (!parseYaml) return { ...raw, data: null, error: null };
  try {
    const data = parseYaml(raw.raw);
    const mapping = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
    return { ...raw, data: mapping, error: mapping || data == null ? null : 'front matter is not a mapping of keys to values' };
  } catch (error) {
    return { ...raw, data: null, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

export function parseAnswer(source: string, options: ParseOptions = {}): Answer {
  const markdown = options.markdown ?? true;
  const book = options.phraseBook ?? signalPhrases();
  const masked = maskMarkdown(source, markdown);
  const spoken = masked.spoken;
  const index = new LineIndex(source);
  const sentences: Sentence[] = [];
  findParagraphs(spoken, masked.blockStarts).forEach((paragraph, paragraphIndex) => {
    const quotations = findQuotations(spoken, paragraph);
    for (const span of findSentences(spoken, paragraph)) {
      const words = findWords(spoken, span).map(
        (w) => new AnswerWord(w.text, w.start, w.end, quotations.length > 0 && inside(quotations, w.start, w.end)),
      );
      if (words.length === 0) continue;
      const text = spoken.slice(span.start, span.end);
      const phrases = book.matchAllByTag(words);
      sentences.push({
        index: sentences.length,
        start: span.start,
        end: span.end,
        text,
        words,
        paragraph: paragraphIndex,
        section: -1,
        signals: computeSignals(words, text, phrases),
        phrases,
      });
    }
  });
  const headings: Heading[] = masked.headings.map((h) => ({ ...h, part: partOfHeading(h.text) }));
  const starHeadings = headings.filter((h) => h.part !== 'other');
  const explicit = starHeadings.length >= 2;
  // The title ('# …') does not divide the answer when the parts sit under '##' headings.
  const partsBelowTitle = starHeadings.some((h) => h.level >= 2);
  const dividing = explicit ? headings.filter((h) => (partsBelowTitle ? h.level >= 2 : h.part !== 'other')) : [];
  const sections: Section[] = explicit ? sectionsFromHeadings(dividing, sentences) : inferSections(sentences);
  const comments: Comment[] = masked.comments;
  return {
    source,
    frontMatter: parseFrontMatter(masked.frontMatter, options.parseYaml),
    headings,
    comments,
    sentences,
    sections,
    explicitSections: explicit,
    wordCount: sentences.reduce((sum, s) => sum + s.words.length, 0),
    phraseBook: book,
    locate: (offset) => index.locate(offset),
  };
}
