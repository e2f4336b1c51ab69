/**
 * Paragraphs, sentences, quotations and words over spoken text (see markdown.ts). Everything
 * here works on offsets into the original source.
 *
 * natural's SentenceTokenizer returns strings without offsets and splits "v2.1" and "Dr." in
 * two, so sentences are found here; natural supplies the stemmer (phrases.ts).
 */
import { isInvisible } from '../util/invisible.js';

export interface Span {
  start: number;
  end: number;
}

/** Blocks separated by blank lines or by block starts (list items, headings). */
export function findParagraphs(spoken: string, blockStarts: readonly number[]): Span[] {
  const cuts = new Set(blockStarts);
  const paragraphs: Span[] = [];
  let start = -1;
  let lastContent = -1;
  let lineStart = 0;
  const close = (): void => {
    if (start >= 0) paragraphs.push({ start, end: lastContent + 1 });
    start = -1;
  };
  while (lineStart <= spoken.length) {
    let nl = spoken.indexOf('\n', lineStart);
    if (nl === -1) nl = spoken.length;
    let first = -1;
    let last = -1;
    for (let i = lineStart; i < nl; i++) {
      const c = spoken.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first < 0) {
      close();
    } else {
      let cutHere = false;
      for (let i = lineStart; i <= first; i++) if (cuts.has(i)) cutHere = true;
      if (cutHere) close();
      if (start < 0) start = first;
      lastContent = last;
    }
    if (nl >= spoken.length) break;
    lineStart = nl + 1;
  }
  close();
  return paragraphs;
}

// biome-ignore format: a word list reads best packed, several entries a line
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'inc', 'ltd', 'co', 'corp', 'approx', 'dept',
  'vol', 'fig', 'a.m', 'p.m', 'u.s', 'u.k', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'cf',
]);

/** Closing quotes and brackets that may follow a sentence end: " ' ” ’ ) ] } » */
const NEWLINE = 0x0a;
/** What a line ends on when its clause runs on to the next: a comma, a dash, an ampersand, a plus. */
const CONTINUING_CODES = new Set([0x2c, 0x2d, 0x2013, 0x2014, 0x26, 0x2b, 0x3a, 0x3b]);
const CLOSER_CODES = new Set([0x22, 0x27, 0x201d, 0x2019, 0x29, 0x5d, 0x7d, 0xbb]);
const DOT = 0x2e;

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function isTerminatorCode(code: number): boolean {
  return code === DOT || code === 0x21 || code === 0x3f || code === 0x2026;
}

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** What a word before a dot is made of: letters, inner dots ("e.g") and apostrophes ("designer's"). */
const WORD_BEFORE_DOT = /[\p{L}.'\u2019]/u;

/** The word just before offset `dot`, lower-cased, dots inside kept ("e.g", "u.s"). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  // The apostrophe inside the word: "the designer's. refitted it" ends on "designer's", no initial.
  while (i > 0 && WORD_BEFORE_DOT.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase().replace(/^\.+/, '');
}

/** The capital letter before offset `dot` is a name's initial: it stands alone after a capitalised word. */
function initialAfterName(text: string, dot: number): boolean {
  const letter = text[dot - 1]!;
  if (letter === 'I' || !/\p{Lu}/u.test(letter) || text[dot - 2] !== ' ') return false;
  let k = dot - 3;
  while (k >= 0 && /[\p{L}.]/u.test(text[k]!)) k--;
  const word = text.slice(k + 1, dot - 2);
  return word.length > 0 && /^\p{Lu}/u.test(word);
}

/**
 * A paragraph whose writer does not capitalise: full stops are followed by lower case, never by a
 * capitalised word. An acronym ("HSE didnt get involved") or "I" after a stop is written in
 * capitals whoever writes it, and says nothing of the writer's habit.
 */
function typedWithoutCapitals(text: string): boolean {
  return /[a-z0-9][.!?]\s+[a-z]/.test(text) && !/[.!?]["')\]]?\s+\p{Lu}\p{Ll}/u.test(text);
}

/**
 * Notes with no sentence stop anywhere in the paragraph ("run a small florist, 2 staff + me" on one
 * line, "ordered the wrong roses" on the next): each line is a thought, whatever its capitals.
 * Prose of more than a line stops somewhere.
 */
function linesWithoutStops(text: string): boolean {
  return text.includes('\n') && !/[.!?\u2026]["')\]\u201d\u2019]?(?:\s|$)/.test(text);
}

/**
 * Splits one paragraph into sentences on . ! ? … followed by space, minding abbreviations,
 * initials, versions and decimals ("v2.1"); notes typed without capitals are split too.
 * Works on character codes: this runs for every paragraph of every answer.
 */
export function findSentences(spoken: string, paragraph: Span): Span[] {
  const text = spoken.slice(paragraph.start, paragraph.end);
  const uncapitalised = typedWithoutCapitals(text);
  const byLines = uncapitalised || linesWithoutStops(text);
  const sentences: Span[] = [];
  const end = paragraph.end;
  let start = paragraph.start;
  let i = paragraph.start;
  while (i < end) {
    const c = spoken.charCodeAt(i);
    // Notes typed without capitals put a thought to a line and leave off its full stop: there a
    // line break ends the sentence, unless the line ends mid-clause (on a comma or a dash).
    if (c === NEWLINE && byLines) {
      let last = i;
      while (last > start && isSpaceCode(spoken.charCodeAt(last - 1))) last--;
      let k = i + 1;
      while (k < end && isSpaceCode(spoken.charCodeAt(k))) k++;
      const before = last > start ? spoken.charCodeAt(last - 1) : -1;
      // A line may end on a closing quote ("her words were 'not in our building'"), not on one that opens.
      const closesQuote = CLOSER_CODES.has(before) && last - 2 >= start && !isSpaceCode(spoken.charCodeAt(last - 2));
      if (
        last > start &&
        k < end &&
        !CONTINUING_CODES.has(before) &&
        !isTerminatorCode(before) &&
        (!CLOSER_CODES.has(before) || (closesQuote && !isTerminatorCode(spoken.charCodeAt(last - 2))))
      ) {
        sentences.push({ start, end: last });
        start = k;
        i = k;
        continue;
      }
    }
    if (!isTerminatorCode(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isTerminatorCode(spoken.charCodeAt(j))) j++;
    while (j < end && CLOSER_CODES.has(spoken.charCodeAt(j))) j++;
    if (j < end && !isSpaceCode(spoken.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && isSpaceCode(spoken.charCodeAt(k))) k++;
    const next = k < end ? spoken.charCodeAt(k) : -1;
    let boundary = true;
    if (c === DOT && j === i + 1 && next !== -1) {
      const before = wordBefore(spoken, i);
      // "etc." often ends a sentence; the others almost never do. "No. 4" is a number.
      const isNumber = next >= 0x30 && next <= 0x39;
      if ((ABBREVIATIONS.has(before) && before !== 'etc') || (before === 'no' && isNumber)) boundary = false;
      // In a paragraph typed without capitals ("... all weekend. they lost ..."), a lower-case word
      // after a full stop starts a sentence, unless it follows an initial ("j. smith") or a dotted
      // abbreviation ("e.g. the"). Where the writer capitalises, it never does.
      if (isLowerAscii(next) && (!uncapitalised || before.length <= 1 || before.includes('.'))) boundary = false;
      // A name's initial after a capitalised word ("Councillor M. Osei", "Dr A. Okafor"): "plan B. The…" still ends.
      if (before.length === 1 && initialAfterName(spoken, i)) boundary = false;
    }
    if (boundary) {
      sentences.push({ start, end: j });
      start = k;
      i = k;
    } else {
      i = j;
    }
  }
  if (start < end) {
    let last = end;
    while (last > start && isSpaceCode(spoken.charCodeAt(last - 1))) last--;
    if (last > start) sentences.push({ start, end: last });
  }
  return sentences.some((s) => s.end - s.start > LONGEST_SENTENCE) ? sentences.flatMap((s) => cutLong(spoken, s)) : sentences;
}

/**
 * The most characters a sentence may run to, about 250 words. The longest sentence in the 1,100
 * labelled answers runs to 88 words; a longer stretch with no stop is a paste or an attack, and
 * many readings look across a whole sentence for each of its words.
 */
export const LONGEST_SENTENCE = 1500;
/** Where a long sentence may be cut: after a comma, a semicolon, a colon or a dash. */
const CLAUSE_END_CODES = new Set([0x2c, 0x3b, 0x3a, 0x2013, 0x2014]);

/** A sentence longer than LONGEST_SENTENCE cut into pieces: after its last clause break in reach, else its last space, else anywhere. */
function cutLong(spoken: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > LONGEST_SENTENCE) {
    const limit = start + LONGEST_SENTENCE;
    let cut = -1;
    let space = -1;
    for (let i = limit; i > start + LONGEST_SENTENCE / 3; i--) {
      const c = spoken.charCodeAt(i - 1);
      if (CLAUSE_END_CODES.has(c) && isSpaceCode(spoken.charCodeAt(i))) {
        cut = i;
        break;
      }
      if (space < 0 && isSpaceCode(c)) space = i - 1;
    }
    // No break in reach: cut at a space, or mid-run, between UTF-16 units that are not a surrogate pair.
    let end = cut >= 0 ? cut : space >= 0 ? space : limit;
    if (cut < 0 && space < 0 && isLowSurrogate(spoken.charCodeAt(end))) end--;
    pieces.push({ start, end });
    start = end;
    while (start < span.end && isSpaceCode(spoken.charCodeAt(start))) start++;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Spans inside quotation marks within a paragraph: “…”, "…", ‘…’ and '…'. A straight or curly
 * apostrophe inside a word (don't, clients') never opens or closes a quotation.
 */
export function findQuotations(spoken: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  let openDouble = -1;
  let openSingle = -1;
  const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const code = spoken.charCodeAt(i);
    // Only quotation marks matter: " ' ‘ ’ “ ”
    if (code !== 0x22 && code !== 0x27 && (code < 0x2018 || code > 0x201d)) continue;
    const c = spoken[i]!;
    const prev = spoken[i - 1];
    const next = spoken[i + 1];
    if (c === '“') {
      openDouble = i;
    } else if (c === '”') {
      if (openDouble >= 0) spans.push({ start: openDouble, end: i + 1 });
      openDouble = -1;
    } else if (c === '"') {
      if (openDouble >= 0) {
        spans.push({ start: openDouble, end: i + 1 });
        openDouble = -1;
      } else {
        openDouble = i;
      }
    } else if (c === '‘' || c === "'" || c === '’') {
      const opens = !isLetter(prev) && isLetter(next) && c !== '’';
      const closes = !isLetter(next) && openSingle >= 0 && prev !== undefined && !isSpaceCode(prev.charCodeAt(0));
      if (opens && openSingle < 0) openSingle = i;
      else if (closes) {
        spans.push({ start: openSingle, end: i + 1 });
        openSingle = -1;
      }
    }
  }
  return spans;
}

interface RawWord {
  text: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/**
 * The width in code units of the letter or number (\p{L} or \p{N}) at `at`, or 0 when there is
 * none there or it would run past `limit`. ASCII is decided by its code.
 */
function wordCharWidth(text: string, at: number, limit: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  // A trailing surrogate here is the second half of no letter (the span may start inside a pair).
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  const width = (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
  if (at + width > limit) return 0;
  LETTER_OR_DIGIT.lastIndex = at;
  return LETTER_OR_DIGIT.test(text) ? width : 0;
}

const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/uy;

/**
 * The width of what may go on a word at `at`: a letter or number, a combining mark (an accent
 * typed or pasted decomposed, "naı̈ve" as i + U+0308), which belongs to the letter before it, or an
 * invisible character (see src/util/invisible.ts).
 */
function wordPartWidth(text: string, at: number, limit: number): number {
  const width = wordCharWidth(text, at, limit);
  if (width > 0 || text.charCodeAt(at) < 0xad || at >= limit) return width;
  if (isInvisible(text.charCodeAt(at))) {
    // Only through to a letter or number: one at a word's end is left out of it.
    let next = at + 1;
    while (next < limit && isInvisible(text.charCodeAt(next))) next++;
    return next < limit && wordCharWidth(text, next, limit) > 0 ? next - at : 0;
  }
  const size = (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
  if (at + size > limit) return 0;
  LETTER_DIGIT_OR_MARK.lastIndex = at;
  return LETTER_DIGIT_OR_MARK.test(text) ? size : 0;
}

/** The end of a run of letters and numbers (with their combining marks) starting at `at`, stopping at `limit`. */
function wordRunEnd(text: string, at: number, limit: number): number {
  let i = at;
  for (let width = wordPartWidth(text, i, limit); width > 0 && i < limit; width = wordPartWidth(text, i, limit)) i += width;
  return i;
}

/** ' ’ . - between two runs join them into one word ("don't", "v2.1", "follow-up"). */
function isWordJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/**
 * The words of a span, found by hand: exactly what /W(?:[WM]|I+(?=W))*(?:['’.-]W(?:[WM]|I+(?=W))*)*\/gu
 * finds, with W a letter or number (\p{L}\p{N}), M a combining mark and I an invisible character
 * (see src/util/invisible.ts), read through only with a letter or number after it,
 * in the span's text, without a match object and an iterator result per word (every word of
 * every answer comes through here). Each word's start and end go into `bounds`, in pairs; returns
 * how many words there are.
 */
export function findWordBounds(spoken: string, span: Span, bounds: number[]): number {
  let count = 0;
  const limit = Math.min(span.end, spoken.length);
  let i = Math.max(0, span.start);
  while (i < limit) {
    if (wordCharWidth(spoken, i, limit) === 0) {
      i++;
      continue;
    }
    let end = wordRunEnd(spoken, i, limit);
    while (end + 1 < limit && isWordJoiner(spoken.charCodeAt(end)) && wordCharWidth(spoken, end + 1, limit) > 0)
      end = wordRunEnd(spoken, end + 1, limit);
    bounds[count * 2] = i;
    bounds[count * 2 + 1] = end;
    count++;
    i = end;
  }
  return count;
}

/** The words of a span, with their text (see findWordBounds). */
export function findWords(spoken: string, span: Span): RawWord[] {
  const bounds: number[] = [];
  const count = findWordBounds(spoken, span, bounds);
  const words: RawWord[] = [];
  for (let w = 0; w < count; w++) {
    const start = bounds[w * 2]!;
    const end = bounds[w * 2 + 1]!;
    words.push({ text: spoken.slice(start, end), start, end });
  }
  return words;
}
