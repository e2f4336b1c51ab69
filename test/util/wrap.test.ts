import { describe, expect, it } from 'vitest';
import { cutToWidth, displayWidth, terminalWidth, wrapText } from '../../src/util/wrap.js';

describe('wrapText', () => {
  const text = 'Name the part you owned and what it cost, then say what you changed so it cannot happen again.';

  it('breaks only at spaces and keeps every line within the width, indenting continuations', () => {
    const wrapped = wrapText(text, { width: 30, indent: '    ' });
    const lines = wrapped.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    for (const line of lines.slice(1)) expect(line.startsWith('    ') && line[4] !== ' ').toBe(true);
    expect(wrapped.replace(/\n +/g, ' ')).toBe(text);
  });

  it('counts the columns already used on the first line', () => {
    const [first] = wrapText(text, { width: 40, firstLineUsed: 25 }).split('\n');
    expect(25 + displayWidth(first!)).toBeLessThanOrEqual(40);
  });

  it('starts on the next line when the first word has no room after what the line already holds', () => {
    // A saved answer shown after a long question: the terminal must not break "(Mistakes" mid-word.
    const lines = wrapText('(Mistakes were made early on)', { width: 40, indent: '  ', firstLineUsed: 35 }).split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe('  (Mistakes were made early on)');
    // With room for it, the first word stays on the first line.
    expect(wrapText('(Mistakes were made)', { width: 40, indent: '  ', firstLineUsed: 20 }).split('\n')[0]).toBe('(Mistakes were made)');
  });

  it('leaves a word longer than the width whole on its own line', () => {
    const path = '/home/someone/answers/a-very-long-folder-name/answer.md';
    expect(wrapText(`see ${path} now`, { width: 20 }).split('\n')).toEqual(['see', path, 'now']);
  });

  it('breaks a run of wide characters between two of them, never before a closing mark or after an opening one', () => {
    const text = 'The launch of 「日本語のウェブサイトの新しいバージョン」とモバイルアプリの同時公開は、一か月遅れた。 Then I owned it.';
    for (const width of [20, 30, 41]) {
      const lines = wrapText(text, { width, indent: '  ', firstLineUsed: 6 }).split('\n');
      expect(6 + displayWidth(lines[0]!)).toBeLessThanOrEqual(width);
      for (const line of lines.slice(1)) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      for (const line of lines.slice(1)) expect(line.trimStart()).not.toMatch(/^[、。」）]/u);
      for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/[「（]$/u);
      // Nothing added or lost: a break between two wide characters adds no space.
      expect(
        lines
          .map((l) => l.trim())
          .join('')
          .replace(/\s/g, ''),
      ).toBe(text.replace(/\s/g, ''));
    }
    // A word without wide characters is still left whole, and so is one held by no-break spaces.
    expect(wrapText('3:5\u00a0“日本語のウェブサイト”', { width: 12 })).toBe('3:5\u00a0“日本語のウェブサイト”');
  });

  it('cuts text to a number of columns, between two characters', () => {
    expect(cutToWidth('plain text', 5)).toBe('plain');
    expect(cutToWidth('日本語のウェブ', 7)).toBe('日本語');
    expect(cutToWidth('a👍🏽b', 3)).toBe('a👍🏽');
    expect(cutToWidth('a👍🏽b', 2)).toBe('a');
  });

  it('gives colour codes no width and wide characters two columns', () => {
    expect(displayWidth('\u001b[31mred\u001b[39m')).toBe(3);
    expect(displayWidth('日本語')).toBe(6);
  });
});

describe('terminalWidth', () => {
  it('prefers the stream, then COLUMNS, then 80, and never goes under 40', () => {
    expect(terminalWidth({ columns: 120 }, { COLUMNS: '90' })).toBe(120);
    expect(terminalWidth({}, { COLUMNS: '90' })).toBe(90);
    expect(terminalWidth(undefined, {})).toBe(80);
    expect(terminalWidth({ columns: 10 }, {})).toBe(40);
  });

  it('reads COLUMNS only as a plain positive integer, and falls back to 80 otherwise', () => {
    expect(terminalWidth(undefined, { COLUMNS: '132' })).toBe(132);
    for (const odd of ['1e3', '80px', '100.5', '-90', '+90', ' 90', '0', '0x50', '', 'wide', '9'.repeat(20)]) {
      expect(terminalWidth(undefined, { COLUMNS: odd }), JSON.stringify(odd)).toBe(80);
    }
  });
});
