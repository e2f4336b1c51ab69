/**
 * The stretches of text a rule has already reported, for asking whether a new one overlaps any of
 * them. Overlapping stretches are merged as they are added, so the rest never overlap and stay
 * sorted by both ends, and a question is a binary search: an answer of one unbroken sentence at
 * the size limit can hold thousands of findings, and a scan of all of them for each new one made
 * a rule quadratic in them.
 */
export class Stretches {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  /** The first kept stretch that ends after `start`: the only one a stretch from `start` can overlap first. */
  #after(start: number): number {
    let low = 0;
    let high = this.#ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#ends[mid]! > start) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** Whether [start, end) shares a character with any stretch added so far (touching ends do not count). */
  overlaps(start: number, end: number): boolean {
    const i = this.#after(start);
    return i < this.#starts.length && this.#starts[i]! < end;
  }

  /** Keeps [start, end), merged with the stretches it overlaps. */
  add(start: number, end: number): void {
    const first = this.#after(start);
    let last = first;
    let from = start;
    let to = end;
    while (last < this.#starts.length && this.#starts[last]! < end) {
      from = Math.min(from, this.#starts[last]!);
      to = Math.max(to, this.#ends[last]!);
      last++;
    }
    this.#starts.splice(first, last - first, from);
    this.#ends.splice(first, last - first, to);
  }
}
