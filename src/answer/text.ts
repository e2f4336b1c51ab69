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

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'inc', 'ltd', 'co',
  'corp', 'approx', 'dept', 'vol', 'fig', 'a.m', 'p.m', 'u.s', 'u.k', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'cf',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t';
}

/** The word just before offset `dot`, lower-cased, dots inside kept ("e.g", "u.s"). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase().replace(/^\.+/, '');
}

/** Splits one paragraph into sentences on . ! ? … followed by space, minding abbreviations. */
export function findSentences(spoken: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  let start = paragraph.start;
  let i = paragraph.start;
  while (i < paragraph.end) {
    const c = spoken[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < paragraph.end && (spoken[j] === '.' || spoken[j] === '!' || spoken[j] === '?' || spoken[j] === '…')) j++;
      while (j < paragraph.end && CLOSERS.has(spoken[j]!)) j++;
      if (j >= paragraph.end || isSpace(spoken[j])) {
        let k = j;
        while (k < paragraph.end && isSpace(spoken[k])) k++;
        const next = spoken[k];
        let boundary = true;
        if (c === '.' && j === i + 1) {
          const before = wordBefore(spoken, i);
          // "etc." often ends a sentence; the others almost never do. "No. 4" is a number.
          const abbreviation = (ABBREVIATIONS.has(before) && before !== 'etc') || (before === 'no' && /[0-9]/.test(next ?? ''));
          if (abbreviation && next !== undefined) boundary = false;
        }
        if (next !== undefined && /[a-z]/.test(next) && c === '.') boundary = false;
        if (boundary) {
          sentences.push({ start, end: j });
          start = k;
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  if (start < paragraph.end) {
    let end = paragraph.end;
    while (end > start && isSpace(spoken[end - 1])) end--;
    if (end > start) sentences.push({ start, end });
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
      const closes = !isLetter(next) && openSingle >= 0 && prev !== undefined && !isSpace(prev);
      if (opens && openSingle < 0) openSingle = i;
      else if (closes) {
        spans.push({ start: openSingle, end: i + 1 });
        openSingle = -1;
      }
    }
  }
  return spans;
}

export interface RawWord {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export function findWords(spoken: string, span: Span): RawWord[] {
  const words: RawWord[] = [];
  const slice = spoken.slice(span.start, span.end);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    words.push({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return words;
}
