/** "did you mean" hints for a misspelt name: the config, `failcoach rules` and inline directives share them. */

/** Edit distance (insertions, deletions and substitutions) between two strings. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The choice the user most likely meant: the nearest within three edits, else the one choice that
 * starts with what was typed ("blame" for "blame-shifting"); undefined when nothing is close.
 */
export function closest(value: string, choices: readonly string[]): string | undefined {
  const best = [...choices].sort((x, y) => distance(value, x) - distance(value, y))[0];
  if (best !== undefined && distance(value, best) <= 3) return best;
  const prefixed = value.length >= 3 ? choices.filter((c) => c.startsWith(value.toLowerCase())) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** ` (did you mean "x"?)`, or '' when no choice is close. */
export function didYouMean(value: string, choices: readonly string[]): string {
  const best = closest(value, choices);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}
