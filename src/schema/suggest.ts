/** "Did you mean" for misspelt keys and values. */

/** Levenshtein distance: edits (insert, delete, substitute) from a to b. */
export function editDistance(a: string, b: string): number {
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
 * The closest choice, when it is close enough to be a slip: within a third of the word's length
 * (at least two edits, at most three), or the same word in another case.
 */
export function closest(value: string, choices: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(2, Math.ceil(value.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const d = choice.toLowerCase() === value.toLowerCase() ? 0.5 : editDistance(value, choice);
    if (d < bestDistance) [best, bestDistance] = [choice, d];
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(value: string, choices: readonly string[]): string {
  const best = closest(value, choices);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}
