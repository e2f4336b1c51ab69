import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'self-deprecation';

describe(RULE, () => {
  it('flags running yourself down', () => {
    for (const [sentence, phrase] of [
      ["I'm terrible at testing.", "I'm terrible at"],
      ['I was such an idiot.', 'I was such an idiot'],
      ["I'm honestly hopeless at details.", "I'm honestly hopeless"],
      ['I just suck at planning.', 'I just suck at'],
    ] as const) {
      const text = answer({ result: `${sentence} The fix reached everyone within 36 hours.` });
      expect(flaggedText(text, findingsOf(RULE, text)), sentence).toEqual([phrase]);
    }
  });

  it('accepts honest feelings and plain descriptions of the mistake', () => {
    expectClean(RULE, answer({ result: 'I felt embarrassed, and I was terrified the rating would not recover. The fix reached everyone within 36 hours.' }));
  });

  it('ignores a quoted insult', () => {
    expectClean(RULE, answer({ result: 'One review said, "I am an idiot for installing this," and it stung. The fix reached everyone within 36 hours.' }));
  });
});
