import type { Position } from './positions.js';
import type { MatchableWord } from './phrase-language.js';
import type { SentenceSignals } from './signals.js';

/** The parts of a STAR answer, plus the lesson most coaches want as its own part. */
export type Part = 'situation' | 'task' | 'action' | 'result' | 'lesson' | 'other';
export const STAR_PARTS: readonly Part[] = ['situation', 'task', 'action', 'result', 'lesson'];

export interface Word extends MatchableWord {
  /** The word as written. */
  readonly text: string;
  /** Offsets into the original source: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Inside quotation marks: someone else's words, or a term being mentioned. */
  readonly quoted: boolean;
  /** Capitalised as written. */
  readonly capitalised: boolean;
}

export interface Sentence {
  readonly index: number;
  /** Offsets into the original source: [start, end). */
  readonly start: number;
  readonly end: number;
  /** The sentence as a speaker would say it: markup removed, offsets preserved. */
  readonly text: string;
  readonly words: readonly Word[];
  readonly paragraph: number;
  /** The index in Answer.sections of the section that holds this sentence. */
  readonly sectionIndex: number;
  readonly signals: SentenceSignals;
}

export interface Section {
  readonly part: Part;
  /** The heading as written, or null for an inferred section. */
  readonly heading: string | null;
  /** What the heading says the section tells, finer than its part: the lesson, or the change made since ("What I do now"). */
  readonly names: 'lesson' | 'prevention' | null;
  readonly inferred: boolean;
  /** Sentence indices [first, last]; first > last for an empty section. */
  readonly firstSentence: number;
  readonly lastSentence: number;
  readonly start: number;
  readonly end: number;
  readonly words: number;
}

export interface Heading {
  readonly level: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The STAR part this heading names, or 'other'. */
  readonly part: Part;
}

export interface Comment {
  /** The text between <!-- and -->. */
  readonly body: string;
  readonly start: number;
  readonly end: number;
}

export interface FrontMatter {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Parsed data, or null when no parser was supplied or it is not a mapping. */
  readonly data: Record<string, unknown> | null;
  readonly error: string | null;
}

export interface Answer {
  /**
   * The text as read: the file's text with each stand-in character (a no-break space, a lone
   * carriage return, a modifier-letter apostrophe) swapped one for one for the plain one (see
   * plainText in parse.ts), so every offset into it is an offset into the file.
   */
  readonly source: string;
  readonly frontMatter: FrontMatter | null;
  readonly headings: readonly Heading[];
  readonly comments: readonly Comment[];
  readonly sentences: readonly Sentence[];
  readonly sections: readonly Section[];
  /** True when the sections come from the writer's own headings. */
  readonly explicitSections: boolean;
  /** Words a speaker would say (quoted words included). */
  readonly wordCount: number;
  locate(offset: number): Position;
}
