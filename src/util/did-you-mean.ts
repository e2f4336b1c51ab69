/** "Did you mean" hints for a misspelt name: config and data files, `failcoach rules`, --rule and inline directives share them. */

/** Edits (insert, delete, substitute, swap two neighbours) from a to b: "mxa" is one swap from "max". */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The choice the user most likely meant: the closest when it is close enough to be a slip (within
 * a third of the word's length, at least two edits and at most three, or the same word in another
 * case), else the one choice that starts with what was typed ("blame" for "blame-shifting").
 */
export function closest(value: string, choices: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(2, Math.ceil(value.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const d = choice.toLowerCase() === value.toLowerCase() ? 0.5 : editDistance(value, choice);
    if (d < bestDistance) [best, bestDistance] = [choice, d];
  }
  if (bestDistance <= limit) return best;
  const prefixed = value.length >= 3 ? choices.filter((c) => c.startsWith(value.toLowerCase())) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** ` (did you mean "x"?)`, or '' when no choice is close. */
export function didYouMean(value: string, choices: readonly string[]): string {
  const best = closest(value, choices);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}
