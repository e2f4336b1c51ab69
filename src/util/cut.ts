/**
 * Cutting text short without cutting a character in two: a cut inside an emoji's pair of UTF-16
 * units prints "�", and one inside a sequence (a family emoji joined by U+200D, a letter and its
 * accent, a flag) prints half of it.
 */

let graphemes: Intl.Segmenter | undefined;

/** The longest start of `text` of at most `max` UTF-16 units that ends between two characters as a reader sees them. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Plain text, the common case: a cut between two units that are neither a surrogate nor a joiner
  // nor a combining mark is a cut between two characters.
  const before = text.charCodeAt(max - 1);
  const after = text.charCodeAt(max);
  if (before < 0x300 && after < 0x300) return text.slice(0, max);
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** `text` from `start` to `end`, at most `max` UTF-16 units of it, for a bounded copy: never ends on half of a surrogate pair. */
export function sliceUnits(text: string, start: number, end: number, max: number): string {
  let stop = Math.min(end, start + max);
  if (stop < end) {
    const last = text.charCodeAt(stop - 1);
    if (last >= 0xd800 && last <= 0xdbff) stop--;
  }
  return text.slice(start, stop);
}
