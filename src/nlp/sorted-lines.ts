/**
 * Word lists shipped as sorted text, one entry a line (the lexicon, the person nouns): searched by
 * bisection, so that no map of tens of thousands of words is built on every start.
 */

/** The line whose first field (up to its first space, or the whole line) is `key`, or undefined. */
export function findLine(lines: readonly string[], key: string): string | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid]!;
    const space = line.indexOf(' ');
    const at = space < 0 ? line : line.slice(0, space);
    if (at === key) return line;
    if (at < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
