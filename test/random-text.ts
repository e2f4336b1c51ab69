/** Reproducible random strings for property tests: a linear congruential generator over an alphabet of pieces. */
export function randomText(alphabet: readonly string[], seed: number, length: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += alphabet[(state >>> 8) % alphabet.length];
  }
  return out;
}
