import { STAR_PARTS, type Part, type Section, type Sentence, type Heading } from './model.js';

/** What dividing an answer into sections reads of each sentence, before the sentences are built. */
export type SentenceDraft = Pick<Sentence, 'start' | 'end' | 'words' | 'signals'>;

/** The sections of an answer, and the index of the section that holds each sentence. */
export interface Sectioning {
  readonly sections: Section[];
  /** By sentence index; -1 for a sentence outside every section. */
  readonly sectionIndex: Int32Array;
}

const HEADING_SYNONYMS: ReadonlyArray<[Part, RegExp]> = [
  [
    'lesson',
    /\b(lessons?|learn(ed|t|ings?)?|takeaways?|took from it|take from it|took away|reflections?|hindsight|looking back|differently|since|growth|prevention|going forward|changed|now)\b/,
  ],
  ['result', /\b(results?|outcomes?|impact|aftermath|consequences?|resolution|fallout|what came of it|costs?|stakes)\b/],
  [
    'action',
    /\b(actions?|what i did|response|responded|approach|fix|fixed|fixing|recovery|correct(ed|ion|ive)?|mak(e|ing)|made it right|mitigation|steps?|what went wrong|went wrong|why it went|why it happened|why i|causes?|caused|root cause|mistake|decision|failure|error|got wrong)\b/,
  ],
  ['task', /\b(tasks?|goals?|objectives?|responsibilit(y|ies)|my role|role|assignment|mission|the ask|targets?|challenge)\b/],
  ['situation', /\b(situation|context|background|setting|setup|set-up|scene|what happened|the problem)\b/],
];

/** A heading that names what is done differently since: "What I do now", "Since then", "Since", "Going forward", "What changed". */
const NAMES_CHANGE = /\b(?:now|since|going forward|differently|changed?|changes|prevention|from then on)\b/;
/** A heading that names what was learned: "What I learned", "Lessons", "Key takeaway", "Looking back". */
const NAMES_LEARNING =
  /\b(?:lessons?|learn(?:ed|t|ings?)?|takeaways?|took from it|take from it|took away|reflections?|hindsight|looking back)\b/;

/**
 * Whether a heading names the lesson or the change made since, finer than its STAR part (which
 * files both under the lesson): what the writer says the sentences under it tell.
 */
function headingNames(text: string): 'lesson' | 'prevention' | null {
  const lower = text.toLowerCase();
  return NAMES_LEARNING.test(lower) ? 'lesson' : NAMES_CHANGE.test(lower) ? 'prevention' : null;
}

/** What joins part names in one heading: a comma (with "and" or not), "and", "&", a slash. */
export const JOINED_NAMES = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*[&/+]\s*/i;

/** Every STAR part a heading names: "Result and lesson" names two, read as one by partOfHeading. */
export function partsOfHeading(text: string): Set<Part> {
  const parts = new Set<Part>();
  for (const name of text.split(JOINED_NAMES)) {
    const part = partOfHeading(name);
    if (part !== 'other') parts.add(part);
  }
  return parts;
}

/** The STAR part a heading names, or 'other'. */
export function partOfHeading(text: string): Part {
  const normal = text.toLowerCase().replace(/[^\p{L}\p{N}\s'-]/gu, ' ');
  for (const [part, pattern] of HEADING_SYNONYMS) if (pattern.test(normal)) return part;
  return 'other';
}

function sectionOf(
  part: Part,
  heading: string | null,
  inferred: boolean,
  sentences: readonly SentenceDraft[],
  first: number,
  last: number,
  fallbackStart: number,
): Section {
  let words = 0;
  for (let i = first; i <= last; i++) words += sentences[i]!.words.length;
  const start = first <= last ? sentences[first]!.start : fallbackStart;
  const end = first <= last ? sentences[last]!.end : fallbackStart;
  const names = heading === null ? null : headingNames(heading);
  return { part, heading, names, inferred, firstSentence: first, lastSentence: last, start, end, words };
}

/**
 * Sections from the writer's own headings. Text before the first one is an untitled 'other' part,
 * or, when it tells two sentences or more (a story told first, then "What I did:", "What I
 * learned:"), its parts are inferred as in a free-form answer.
 */
export function sectionsFromHeadings(headings: readonly Heading[], sentences: readonly SentenceDraft[]): Sectioning {
  const sections: Section[] = [];
  let s = 0;
  const firstHeading = headings[0];
  if (firstHeading) {
    while (s < sentences.length && sentences[s]!.start < firstHeading.start) s++;
    if (s >= 2) sections.push(...inferSections(sentences.slice(0, s), sentences.length).sections);
    else if (s > 0) sections.push(sectionOf('other', null, false, sentences, 0, s - 1, 0));
  }
  headings.forEach((heading, h) => {
    const next = headings[h + 1];
    const first = s;
    while (s < sentences.length && (!next || sentences[s]!.start < next.start)) s++;
    sections.push(sectionOf(heading.part, heading.text, false, sentences, first, s - 1, heading.end));
  });
  return { sections, sectionIndex: indexOfSections(sections, sentences.length) };
}

/** For each sentence, the index of the section that holds it. */
function indexOfSections(sections: readonly Section[], count: number): Int32Array {
  const index = new Int32Array(count).fill(-1);
  sections.forEach((section, s) => {
    index.fill(s, section.firstSentence, section.lastSentence + 1);
  });
  return index;
}

// The weights below and the switching and skipping costs in inferSections were set by hand against the
// answers in test/fixtures/answers (the tuning set of `npm run eval`); the failure penalties were raised
// to -1.5 when the first held-out answers put sentences about the failure in the situation.
function partScores(sentence: SentenceDraft, position: number, first: boolean): number[] {
  const s = sentence.signals;
  const situation = (s.setting ? 2 : 0) + (first ? 1.5 : 0) + (1 - position) * 0.5 + (s.failure || s.remedy ? -1.5 : 0);
  const task = (s.goal ? 2.2 : 0) + (s.setting ? 0.3 : 0) + (s.failure ? -1.5 : 0) - position * 0.6;
  const actor = s.speakerSubject || s.groupSubject;
  const action =
    (s.remedy ? 2 : 0) + (s.ownedFailure ? 1.2 : s.failure ? 0.6 : 0) + (actor ? 0.4 : 0) + (actor && !s.setting && !s.goal ? 0.5 : 0);
  const result = (s.outcome ? 2 : 0) + (s.cost ? 0.8 : 0) + position * 0.3;
  const lesson = (s.lesson ? 2.5 : 0) + (s.prevention ? 2 : 0) + position * position * 0.8;
  return [situation, task, action, result, lesson];
}

/**
 * Infers STAR parts for a free-form answer. Each sentence gets a score per part from its signals
 * and its position; a dynamic programme then picks the best labelling whose parts come in STAR
 * order (a part may be skipped), so every inferred section is one contiguous run of sentences.
 * `total` is the length of the whole answer when the sentences are only its opening.
 */
export function inferSections(sentences: readonly SentenceDraft[], total = sentences.length): Sectioning {
  const n = sentences.length;
  if (n === 0) return { sections: [], sectionIndex: new Int32Array(0) };
  const parts = STAR_PARTS.length;
  const switchCost = 0.35;
  const best: number[][] = [];
  const from: number[][] = [];
  sentences.forEach((sentence, i) => {
    // Positions in the whole answer: the opening of a longer answer (`total`) is early in its story.
    const scores = partScores(sentence, total === 1 ? 0 : i / (total - 1), i === 0);
    const row: number[] = [];
    const back: number[] = [];
    for (let p = 0; p < parts; p++) {
      if (i === 0) {
        row.push(scores[p]! - p * 0.5);
        back.push(-1);
        continue;
      }
      let bestPrev = -Infinity;
      let bestQ = 0;
      for (let q = 0; q <= p; q++) {
        const value = best[i - 1]![q]! - (q === p ? 0 : switchCost);
        if (value > bestPrev) {
          bestPrev = value;
          bestQ = q;
        }
      }
      row.push(bestPrev + scores[p]!);
      back.push(bestQ);
    }
    best.push(row);
    from.push(back);
  });
  const labels = new Array<number>(n);
  let p = 0;
  const last = best[n - 1]!;
  for (let q = 1; q < parts; q++) if (last[q]! > last[p]!) p = q;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = p;
    p = from[i]![p]!;
  }
  const sections: Section[] = [];
  let runStart = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || labels[i] !== labels[runStart]) {
      sections.push(sectionOf(STAR_PARTS[labels[runStart]!]!, null, true, sentences, runStart, i - 1, 0));
      runStart = i;
    }
  }
  return { sections, sectionIndex: indexOfSections(sections, n) };
}

/** Where the failure is first told, by the wording signals: the index of its sentence, or 0 when none tells it. */
export function firstFailureIndex(sentences: readonly Pick<Sentence, 'signals'>[]): number {
  const at = sentences.findIndex((s) => s.signals.failure);
  return Math.max(at, 0);
}

/** The Result as STAR reads it from the wording: a sentence from the failure on that tells an outcome or a cost. */
export function tellsOutcome(sentence: Pick<Sentence, 'index' | 'signals'>, firstFailure: number): boolean {
  return sentence.index >= firstFailure && (sentence.signals.outcome || sentence.signals.cost);
}
