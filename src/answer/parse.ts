import type { Answer, Comment, FrontMatter, Heading, Sentence, Word } from './model.js';
import { maskMarkdown } from './markdown.js';
import { LineIndex } from './positions.js';
import { wordFormAt, type WordForm } from './phrase-language.js';
import { computeSignals } from './signals.js';
import { findParagraphs, findQuotations, findSentences, findWordBounds, type Span } from './text.js';
import { inferSections, JOINED_NAMES, partOfHeading, sectionsFromHeadings, type Sectioning, type SentenceDraft } from './sections.js';

export interface ParseOptions {
  /** Markdown (default) or plain text, where '#' and '*' are just characters. */
  markdown?: boolean;
  /** A YAML parser for front matter; loaded lazily by the caller so plain answers never pay for it. */
  parseYaml?: (text: string) => unknown;
}

class AnswerWord implements Word {
  readonly text: string;
  readonly norm: string;
  readonly capitalised: boolean;
  readonly id: number;
  constructor(
    /** What is known of the word whatever its sentence (its norm, its stem), shared by every occurrence. */
    private readonly form: WordForm,
    readonly start: number,
    readonly end: number,
    readonly quoted: boolean,
  ) {
    this.text = form.text;
    this.norm = form.norm;
    this.capitalised = form.capitalised;
    this.id = form.id;
  }
  stem(): string {
    return this.form.stem();
  }
}

function parseFrontMatter(
  raw: { raw: string; start: number; end: number } | null,
  parseYaml: ParseOptions['parseYaml'],
): FrontMatter | null {
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

/** A sentence before its section is known. */
interface Draft extends SentenceDraft {
  readonly text: string;
  readonly paragraph: number;
}

/** The sentences of the spoken text, with their words and signals, in reading order. */
function draftSentences(spoken: string, blockStarts: readonly number[]): Draft[] {
  const drafts: Draft[] = [];
  const bounds: number[] = [];
  findParagraphs(spoken, blockStarts).forEach((paragraph, paragraphIndex) => {
    const quotations = findQuotations(spoken, paragraph);
    for (const span of findSentences(spoken, paragraph)) {
      const count = findWordBounds(spoken, span, bounds);
      if (count === 0) continue;
      const words: AnswerWord[] = [];
      for (let w = 0; w < count; w++) {
        const start = bounds[w * 2]!;
        const end = bounds[w * 2 + 1]!;
        words.push(new AnswerWord(wordFormAt(spoken, start, end), start, end, quotations.length > 0 && inside(quotations, start, end)));
      }
      const text = spoken.slice(span.start, span.end);
      drafts.push({ start: span.start, end: span.end, text, words, paragraph: paragraphIndex, signals: computeSignals(words, text) });
    }
  });
  return drafts;
}

/**
 * "Situation:", "**What went wrong:**", "lesson:": a short label that opens a paragraph or list
 * item, or stands alone on it, perhaps with an aside in brackets ("Action (and my error):").
 */
const INLINE_LABEL = /^([\p{L}][\p{L}' &/-]{1,38}?(?:\s*\([^()\n]{1,40}\))?)\s*:(?:\s+\S|\s*$)/u;
/** An aside in brackets after a label's name: "Action (and where it went wrong)", "Result (so far)". */
const ASIDE = /\s*\([^()]*\)$/;

/**
 * STAR parts named by a label at the start of a paragraph rather than by a markdown heading:
 * "Situation: I ran the night shift…". Each is a heading that begins with its sentence. A label
 * of more than four words is prose ("Within a week I had a plan: …"), and one that names no part
 * of the story is left alone.
 */
function inlineLabels(drafts: readonly Draft[]): Heading[] {
  const labels: Heading[] = [];
  drafts.forEach((draft, i) => {
    if (i > 0 && drafts[i - 1]!.paragraph === draft.paragraph) return;
    const label = partLabel(draft.text);
    if (label === null) return;
    const part = partOfHeading(label.replace(ASIDE, ''));
    labels.push({ level: 7, text: label.trim(), start: draft.start, end: draft.start + label.length, part });
  });
  return labels;
}

/** A line that is only a label, as notes head their parts: "what i did", "lesson", "since then". */
const BARE_LABEL = /^[\p{L}][\p{L}' &/-]{1,38}$/u;

/**
 * Labels that name a story part and say nothing else: a line of notes alone in its paragraph with
 * more text after it ("what i did", "lesson", "since"), or a run-in label that opens a paragraph
 * as a sentence of its own ("Impact. Her rent stopped…", from "**Impact.**"). Headings written
 * without "#" or a colon, by draft index; they are not sentences of the answer.
 */
function bareLabels(drafts: readonly Draft[], lines: ReadonlySet<number>): Map<number, Heading> {
  const found = new Map<number, Heading>();
  drafts.forEach((draft, i) => {
    if (i === drafts.length - 1 || drafts[i - 1]?.paragraph === draft.paragraph) return;
    const text = draft.text.trim();
    const name = text.replace(/[.:]$/, '');
    if (!bareLabel(name)) return;
    const next = drafts[i + 1]!;
    // Alone on its line ("what i did"), or run in before the part's first sentence ("**Impact.** Her rent…").
    const onItsLine = lines.has(draft.start) && next.paragraph !== draft.paragraph;
    const runIn = name !== text && next.paragraph === draft.paragraph;
    // Read as a heading written with "#" is read: "Result and lesson" heads the lesson.
    if (onItsLine || runIn) found.set(i, { level: 7, text: name, start: draft.start, end: draft.end, part: partOfHeading(name) });
  });
  return found;
}

/**
 * Text that is only the name of a story part: one or two words ("lesson", "since then"), or a
 * question of up to five ("what i did", "what went wrong"). A line of notes that tells something
 * ("fixed the valve", "ran a second correction") is no label, whatever its words.
 */
function bareLabel(text: string): boolean {
  // An aside in brackets after the name is still the name.
  const name = text.replace(ASIDE, '');
  // Two or three names joined: "Result and lesson", "Action, and what went wrong", "Situation / task".
  const names = name.split(JOINED_NAMES);
  // "Now, the mistake." and "So, the fix." are a speaker's signposts, not a heading of two parts.
  if (names.length > 1)
    return names.length <= 3 && !SIGNPOSTS.has(names[0]!.toLowerCase()) && names.every((n) => !JOINED_NAMES.test(n) && bareLabel(n));
  if (name === '' || !BARE_LABEL.test(name)) return false;
  const words = name.toLowerCase().split(/\s+/);
  const question = LABEL_QUESTIONS.has(words[0]!) && words.length <= 5;
  return (words.length <= 2 || question) && partOfHeading(name) !== 'other';
}
const LABEL_QUESTIONS = new Set(['what', 'how', 'why', 'where']);
/** Words a speaker opens a stretch with, which also name a part alone ("Now" heads the change since). */
const SIGNPOSTS = new Set([
  'now',
  'so',
  'then',
  'and',
  'but',
  'well',
  'okay',
  'ok',
  'right',
  'anyway',
  'first',
  'next',
  'finally',
  'since',
]);

/** The label that opens `text` when it names a story part in at most four words ("what i did", "lesson", "cost"), or null. */
function partLabel(text: string): string | null {
  const label = INLINE_LABEL.exec(text)?.[1];
  if (label === undefined) return null;
  // Its aside is read neither for the part it names nor among its words.
  const name = label.replace(ASIDE, '');
  if (partOfHeading(name) === 'other') return null;
  // Four words at most, or five for a question ("What I did about it:").
  const words = name.trim().split(/\s+/);
  return words.length <= 4 || (words.length === 5 && LABEL_QUESTIONS.has(words[0]!.toLowerCase())) ? label : null;
}

/**
 * Where a line opens on a label of a story part: notes typed a part to a line ("cost: 3 wks
 * later…", "what i did: went back…", "now: i check…") with no full stop before the line break,
 * so without this the parts ran together as one sentence. Each such line starts a block, as a
 * bullet does, and its label is then read as the part's heading.
 */
function labelledLines(spoken: string, bare: Set<number>): number[] {
  const starts: number[] = [];
  let lineStart = 0;
  while (lineStart < spoken.length) {
    let end = spoken.indexOf('\n', lineStart);
    if (end === -1) end = spoken.length;
    let first = lineStart;
    while (first < end && (spoken.charCodeAt(first) === 32 || spoken.charCodeAt(first) === 9)) first++;
    // A label and the start of what follows it fit in 80 characters.
    if (first < end && partLabel(spoken.slice(first, Math.min(end, first + 80))) !== null) starts.push(first);
    // A line that is only a label ("what i did") is a block of its own, and so is what follows it:
    // in markdown, a line after a list item would run on as part of the item.
    else if (first < end && end - first <= 40 && bareLabel(spoken.slice(first, end).trim()) && end < spoken.length) {
      starts.push(first, end + 1);
      bare.add(first);
    }
    lineStart = end + 1;
  }
  return starts;
}

/** The sections: the writer's STAR headings when there are at least two, inferred from the sentences otherwise. */
function divide(headings: readonly Heading[], drafts: readonly SentenceDraft[]): Sectioning & { explicit: boolean } {
  const starHeadings = headings.filter((h) => h.part !== 'other');
  const explicit = starHeadings.length >= 2;
  if (!explicit) return { ...inferSections(drafts), explicit };
  // The title ('# …') does not divide the answer when the parts sit under '##' headings.
  const partsBelowTitle = starHeadings.some((h) => h.level >= 2);
  const dividing = headings.filter((h) => (partsBelowTitle ? h.level >= 2 : h.part !== 'other'));
  return { ...sectionsFromHeadings(dividing, drafts), explicit };
}

/**
 * Characters the readers do not know, each standing for one they do: spaces other than the space
 * (a no-break space after a full stop, pasted from a web page or a word processor, or typed with
 * Option-Space; thin, ideographic and other Unicode spaces), a line or paragraph separator, a
 * carriage return alone (old Mac line ends), and apostrophes typed as the modifier letter or the
 * prime ("wasnʼt", "I′ve").
 */
const STAND_INS = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2028\u2029\u02bc\u2032]|\r(?!\n)/g;

function plainForm(ch: string): string {
  if (ch === '\u02bc' || ch === '\u2032') return '\u2019';
  return ch === '\r' || ch === '\u2028' || ch === '\u2029' ? '\n' : ' ';
}

/**
 * The text with each stand-in swapped for the character it stands for. Each is one code unit for
 * one, so every offset, line and column still points where it did in the file as written; without
 * this, "failed.\u00a0 Then" was one sentence with the next and a file with old Mac line ends was
 * one line.
 */
function plainText(source: string): string {
  STAND_INS.lastIndex = 0;
  return STAND_INS.test(source) ? source.replace(STAND_INS, plainForm) : source;
}

/** What opens a message to someone: "Hi Jo,", "Dear Ms Okafor,", "Hiya Gareth,". */
const GREETING = /^(?:hi|hiya|hello|hey|dear|morning|good morning|good afternoon|afternoon|evening)\b/i;
/** What closes one: "Best,", "Kind regards,", "Thanks for reading it through,", "Diolch,". */
const VALEDICTION =
  /^(?:thanks|thank you|many thanks|cheers|best|best wishes|all the best|regards|kind regards|warm regards|best regards|warmly|yours|sincerely|diolch|ta|love|speak soon|talk soon|take care|x+)\b/i;
/**
 * A subject line copied in from the message ("Subject: Re: interview prep"), or the question the
 * answer is to, copied in above it ("Q: a time I let someone down", "Tell me about a time you failed").
 */
const SUBJECT_LINE = /^(?:subject|re|fwd?|q|question|interview question)\s*:|^(?:tell me about|describe|talk me through) a time\b/i;

/** The non-blank lines of `text`, with where each starts and ends. */
function nonBlankLines(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') out.push({ start: at, end: at + line.length, text: trimmed });
    at += line.length + 1;
  }
  return out;
}

const wordsIn = (line: string): number => line.split(/\s+/).filter(Boolean).length;

/**
 * The answer with the frame of a message blanked out: a greeting or a subject line at the top
 * ("Hi Jo,"), and a sign-off at the bottom with the name under it ("Kind regards,\nDaniel Price").
 * Written to the person helping with the answer, they are not part of what the candidate will say:
 * read as its sentences, "Diolch, Cerys" became the ending the interviewer remembers. Offsets are
 * kept, each character of the frame turned to a space.
 */
function withoutLetterFrame(spoken: string): string {
  const all = nonBlankLines(spoken);
  if (all.length < 3) return spoken;
  const blank: { start: number; end: number }[] = [];
  // At the top: a short greeting on a line of its own, a subject line, or the question, each alone in its paragraph.
  const first = all[0]!;
  const alone = spoken.slice(first.end, all[1]!.start).split('\n').length > 2;
  if (((GREETING.test(first.text) && wordsIn(first.text) <= 4) || SUBJECT_LINE.test(first.text)) && alone) blank.push(first);
  // At the bottom: a short valediction on a line that opens its paragraph, and at most two short name lines after it.
  for (let k = all.length - 1; k >= Math.max(1, all.length - 3); k--) {
    const line = all[k]!;
    const opensParagraph = spoken.slice(all[k - 1]!.end, line.start).split('\n').length > 2;
    if (!VALEDICTION.test(line.text) || wordsIn(line.text) > 5 || !opensParagraph) continue;
    const names = all.slice(k + 1);
    if (names.every((n) => wordsIn(n.text) <= 3 && !/[.?!]$/.test(n.text))) blank.push(line, ...names);
    break;
  }
  // Each blanked line holds no line break, so a space per character keeps every offset.
  let out = spoken;
  for (const b of blank) out = `${out.slice(0, b.start)}${' '.repeat(b.end - b.start)}${out.slice(b.end)}`;
  return out;
}

export function parseAnswer(written: string, options: ParseOptions = {}): Answer {
  const source = plainText(written);
  const masked = maskMarkdown(source, options.markdown ?? true);
  const index = new LineIndex(source);
  const bareLines = new Set<number>();
  const spoken = withoutLetterFrame(masked.spoken);
  const drafts = draftSentences(spoken, [...masked.blockStarts, ...labelledLines(spoken, bareLines)]);
  const marked: Heading[] = masked.headings.map((h) => ({ ...h, part: partOfHeading(h.text) }));
  // Labels count only where the markdown names fewer than two parts: they are the plain-text form of the same headings.
  const unmarked = marked.filter((h) => h.part !== 'other').length < 2;
  const bare = unmarked ? bareLabels(drafts, bareLines) : new Map<number, Heading>();
  // Bare labels head their parts, and are no sentences, only where they and the labels that open a
  // line name two parts or more.
  const kept = bare.size > 0 ? drafts.filter((_, i) => !bare.has(i)) : drafts;
  const opening = unmarked ? inlineLabels(kept) : [];
  const placed = bare.size > 0 && bare.size + opening.length >= 2;
  const spokenDrafts = placed ? kept : drafts;
  const labels = placed ? [...bare.values(), ...opening] : kept === drafts ? opening : inlineLabels(drafts);
  const headings = labels.length > 0 ? [...marked, ...labels].sort((a, b) => a.start - b.start) : marked;
  const { sections, sectionIndex, explicit } = divide(headings, spokenDrafts);
  // A heading that names the lesson says its first sentence is the lesson, whatever its words, and
  // one that names the change ("## What I do now", "## Since then") says it is the change.
  const headed = new Map<number, 'lesson' | 'prevention'>();
  if (explicit) for (const s of sections) if (s.names && s.firstSentence <= s.lastSentence) headed.set(s.firstSentence, s.names);
  const sentences: Sentence[] = spokenDrafts.map((draft, i) => {
    const kind = headed.get(i);
    const signals = kind && !draft.signals[kind] ? { ...draft.signals, [kind]: true } : draft.signals;
    return { index: i, ...draft, signals, sectionIndex: sectionIndex[i]! };
  });
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
    locate: (offset) => index.locate(offset),
  };
}
