/**
 * Characters that take no place in a word as read, and that pasted text leaves inside words: the
 * soft hyphen of a word processor's hyphenation, the zero-width joiner and non-joiner of chat apps,
 * the word joiner, and a byte-order mark mid-text. The parser's words and the token analysis read a
 * word through them when a letter follows ("fail\u00aded" is "failed"), and a word's lower-case and
 * list forms drop them; offsets still point at the text as written. The zero-width space is not
 * one of them: it is a space, and "not\u200bmy\u200bfault" is three words.
 */

/** Whether the UTF-16 code unit `c` is one of them. */
export function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

const ANY_INVISIBLE = /[\u00ad\u200c-\u200d\u2060\ufeff]/;
const EVERY_INVISIBLE = /[\u00ad\u200c-\u200d\u2060\ufeff]/g;

/** `text` without them (the same string when it has none). */
export function withoutInvisible(text: string): string {
  return ANY_INVISIBLE.test(text) ? text.replace(EVERY_INVISIBLE, '') : text;
}
