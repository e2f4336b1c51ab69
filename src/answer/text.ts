/**
 * Paragraphs, sentences, quotations and words over spoken text (see markdown.ts). Everything
 * here works on offsets into the original source.
 *
 * natural's SentenceTokenizer returns strings without offsets and splits "v2.1" and "Dr." in
 * two, so sentences are found here; natural supplies the stemmer (phrases.ts).
 */

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

/** The word just before offset `dot`, lower-cased, dots inside kept ("e.g", "u.s"). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase().replace(/^\.+/, '');
}

/** A paragraph whose writer does not capitalise: full stops are followed by lower case, never upper. */
function typedWithoutCapitals(text: string): boolean {
  return /[a-z0-9][.!?]\s+[a-z]/.test(text) && !/[.!?]["')\]]?\s+\p{Lu}/u.test(text);
}

/**
 * Splits one paragraph into sentences on . ! ? … followed by space, minding abbreviations,
 * initials, versions and decimals ("v2.1"); notes typed without capitals are split too.
 * Works on character codes: this runs for every paragraph of every answer.
 */
export function findSentences(spoken: string, paragraph: Span): Span[] {
  const uncapitalised = typedWithoutCapitals(spoken.slice(paragraph.start, paragraph.end));
  const sentences: Span[] = [];
  const end = paragraph.end;
  let start = paragraph.start;
  let i = paragraph.start;
  while (i < end) {
    const c = spoken.charCodeAt(i);
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
  return sentences;
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

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function findWords(spoken: string, span: Span): RawWord[] {
  const words: RawWord[] = [];
  const slice = spoken.slice(span.start, span.end);
  for (const m of slice.matchAll(WORD)) words.push({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length });
  return words;
}
