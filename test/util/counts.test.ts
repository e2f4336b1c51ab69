import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/util/duration.js';
import { grouped, plural } from '../../src/util/plural.js';

describe('counts and times as a person reads them', () => {
  it('groups the thousands of a count', () => {
    expect(plural(1, 'word')).toBe('1 word');
    expect(plural(999, 'word')).toBe('999 words');
    expect(plural(12_400, 'word')).toBe('12,400 words');
    expect(plural(1_048_576, 'problem')).toBe('1,048,576 problems');
  });

  it('groups every size of number the way en-US does, sign and all', () => {
    for (const n of [0, 7, 42, 100, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_000_000, 123_456_789, -1234, -999]) {
      expect(grouped(n)).toBe(n.toLocaleString('en-US'));
    }
    expect(grouped(2.5)).toBe('2.5');
  });

  it('gives a time under an hour in minutes and seconds, and from an hour on in hours and minutes', () => {
    expect(formatDuration(42)).toBe('42s');
    expect(formatDuration(65)).toBe('1m 05s');
    expect(formatDuration(3599.4)).toBe('59m 59s');
    expect(formatDuration(3599.6)).toBe('1 h');
    expect(formatDuration(5520)).toBe('1 h 32 min');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(100 * 3600 + 60)).toBe('100 h 1 min');
  });
});
