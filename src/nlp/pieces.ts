/**
 * The pieces of a sentence, found by hand: words (letters and marks, joined by inner hyphens and
 * apostrophes, and read through the soft hyphens and zero-width characters pasted text leaves
 * inside them), numbers (with inner '.', ',' or ':' and a closing '%') and single other
 * characters, skipping white space. It finds exactly what this pattern finds, with I those
 * invisible characters (U+00AD, U+200B–U+200D, U+2060, U+FEFF):
 *
 *   /[\p{L}\p{M}](?:[\p{L}\p{M}]|I+(?=[\p{L}\p{M}]))*(?:[-'’][\p{L}\p{M}](?:[\p{L}\p{M}]|I+(?=[\p{L}\p{M}]))*)*|\d+(?:[.,:]\d+)*%?|[^\s\p{L}\p{M}\d]/gu
 *
 * without a match object and an iterator result for every piece: the analysis splits every
 * sentence of every answer, and those allocations were a fifth of all the garbage a run makes.
 * ASCII is decided by character codes; anything else asks the same Unicode classes.
 */

import { isInvisible } from '../util/invisible.js';

const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const SPACE = /\s/y;

/** Whether the code point at `at` is a letter or a mark (\p{L} or \p{M}). */
function letterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xdc00 && c <= 0xdfff) return false; // a lone trailing surrogate
  LETTER_OR_MARK.lastIndex = at;
  return LETTER_OR_MARK.test(text);
}

function digitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

function spaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE.lastIndex = at;
  return SPACE.test(text);
}

/** The length in code units of the code point at `at` (2 for a surrogate pair). */
function width(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/**
 * The end of a run of letters and marks starting at `at`, through invisible characters with a
 * letter after them. ASCII letters, most of any text, are passed over by their codes.
 */
function lettersEnd(text: string, at: number): number {
  let i = at;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        i++;
        continue;
      }
      break;
    }
    if (isInvisible(c)) {
      let j = i + 1;
      while (j < n && isInvisible(text.charCodeAt(j))) j++;
      if (j < n && letterAt(text, j)) {
        i = j;
        continue;
      }
      break;
    }
    if (!letterAt(text, i)) break;
    i += width(text, i);
  }
  return i;
}

/** The end of the piece that starts at `at`, which is not white space. */
export function pieceEnd(text: string, at: number): number {
  if (letterAt(text, at)) {
    let end = lettersEnd(text, at);
    while (end + 1 < text.length && isJoiner(text.charCodeAt(end)) && letterAt(text, end + 1)) end = lettersEnd(text, end + 1);
    return end;
  }
  if (digitAt(text, at)) {
    let end = at + 1;
    while (end < text.length && digitAt(text, end)) end++;
    while (end + 1 < text.length && isNumberJoiner(text.charCodeAt(end)) && digitAt(text, end + 1)) {
      end += 2;
      while (end < text.length && digitAt(text, end)) end++;
    }
    return text.charCodeAt(end) === 37 ? end + 1 : end;
  }
  return at + width(text, at);
}

/** '-', an apostrophe or a right single quotation mark. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

/** '.', ',' or ':'. */
function isNumberJoiner(c: number): boolean {
  return c === 46 || c === 44 || c === 58;
}

/** Where the next piece starts, from `at` on: past any white space (the text's length when none is left). */
export function pieceStart(text: string, at: number): number {
  let i = at;
  while (i < text.length && spaceAt(text, i)) i++;
  return i;
}

/** Calls `found` with the start and end of every piece of `text`, in order. */
export function eachPiece(text: string, found: (start: number, end: number) => void): void {
  for (let i = pieceStart(text, 0); i < text.length; i = pieceStart(text, i)) {
    const end = pieceEnd(text, i);
    found(i, end);
    i = end;
  }
}
