import { describe, expect, it } from 'vitest';
import { Stretches } from '../../src/util/stretches.js';

/** The plain scan the class replaces: overlap with any stretch added so far. */
function scanOverlaps(kept: Array<[number, number]>, start: number, end: number): boolean {
  return kept.some(([s, e]) => s < end && e > start);
}

/** A small seeded generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('Stretches', () => {
  it('counts a shared character as overlap and touching ends as none', () => {
    const stretches = new Stretches();
    stretches.add(10, 20);
    expect(stretches.overlaps(19, 25)).toBe(true);
    expect(stretches.overlaps(5, 11)).toBe(true);
    expect(stretches.overlaps(12, 15)).toBe(true);
    expect(stretches.overlaps(20, 30)).toBe(false);
    expect(stretches.overlaps(0, 10)).toBe(false);
  });

  it('merges what overlaps and keeps apart what only touches', () => {
    const stretches = new Stretches();
    stretches.add(30, 40);
    stretches.add(10, 20);
    stretches.add(15, 35);
    expect(stretches.overlaps(22, 28)).toBe(true);
    stretches.add(40, 50);
    expect(stretches.overlaps(39, 41)).toBe(true);
    expect(stretches.overlaps(50, 60)).toBe(false);
    expect(stretches.overlaps(0, 10)).toBe(false);
  });

  it('answers as a scan of every stretch kept would, in any order of adding', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = generator(seed);
      const stretches = new Stretches();
      const kept: Array<[number, number]> = [];
      for (let step = 0; step < 200; step++) {
        const start = Math.floor(next() * 300);
        const end = start + 1 + Math.floor(next() * 12);
        expect(stretches.overlaps(start, end), `seed ${seed}, step ${step}: ${start}-${end}`).toBe(scanOverlaps(kept, start, end));
        if (next() < 0.5) {
          stretches.add(start, end);
          kept.push([start, end]);
        }
      }
    }
  });
});
