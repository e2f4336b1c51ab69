import { describe, expect, it } from 'vitest';
import { cutText, sliceUnits } from '../../src/util/cut.js';
import { shortQuote } from '../../src/formatters/subject.js';
import { displayWidth } from '../../src/util/wrap.js';

/** No lone surrogate anywhere in the string: each high surrogate followed by a low one, and no low one alone. */
function wellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

describe('cutting text short', () => {
  it('cuts plain text exactly where asked', () => {
    expect(cutText('abcdefgh', 5)).toBe('abcde');
    expect(cutText('abc', 5)).toBe('abc');
  });

  it('never splits an emoji, a joined emoji sequence or a letter from its accent', () => {
    const smiles = `xx${'😀'.repeat(10)}`;
    for (let max = 1; max < smiles.length; max++) {
      const cut = cutText(smiles, max);
      expect(wellFormed(cut), `max ${max}`).toBe(true);
      expect(cut.length).toBeLessThanOrEqual(max);
    }
    const family = 'ab 👩‍👩‍👧 cd';
    expect(cutText(family, 6)).toBe('ab ');
    expect(cutText('cafe\u0301 bar', 4)).toBe('caf');
  });

  it('bounds a copy without ending on half a surrogate pair', () => {
    const text = `${'a'.repeat(199)}😀 tail`;
    expect(sliceUnits(text, 0, text.length, 200)).toBe('a'.repeat(199));
    expect(sliceUnits(text, 0, text.length, 201)).toBe(`${'a'.repeat(199)}😀`);
    expect(sliceUnits(text, 2, 10, 200)).toBe('a'.repeat(8));
  });

  it('gives reports a quote that fits its columns, wide characters counted as two', () => {
    const quote = shortQuote(`I think 日本語のウェブサイトの新しいバージョンとモバイルアプリケーションの同時公開計画について was late`);
    expect(displayWidth(quote)).toBeLessThanOrEqual(60 + 4);
    expect(quote).toMatch(/^“I think 日本語のウェブ.* …”$/u);
    expect(displayWidth(shortQuote('日本語'.repeat(20), 20))).toBeLessThanOrEqual(24);
    // Plain text is cut as before: at a word boundary past half the width.
    expect(shortQuote('I did not check the export before the import ran on Monday morning at nine', 40)).toBe(
      '“I did not check the export before the …”',
    );
  });

  it('gives reports a quote with no broken character', () => {
    const quote = shortQuote(`I broke it xx${'😀'.repeat(30)} and it was not my fault`);
    expect(wellFormed(quote)).toBe(true);
    expect(quote).not.toContain('\ufffd');
  });
});
