import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'fake-weakness';

describe(RULE, () => {
  it('flags a virtue dressed as a flaw, whatever else the answer says', () => {
    const text = answer({ situation: 'My biggest weakness is that I work too hard and care too much. In 2023 I coordinated releases for a banking app with 90,000 users.' });
    const findings = findingsOf(RULE, text);
    expect(flaggedText(text, findings)).toEqual(['I work too hard', 'and care too much']);
    expect(findings[0]!.severity).toBe('error');
  });

  it('flags "perfectionist" when the answer shows no cost', () => {
    const text = 'I am a perfectionist, so I polish my slides for a long time. I learned to set a limit, and now I stop after two rounds of edits every time.\n';
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['perfectionist']);
  });

  it('accepts perfectionism told as a real failure with a real cost', () => {
    expectClean(RULE, answer({ failure: 'My perfectionism was the failure: I held the release for extra polish, then rushed the tests to make up the time. The update crashed for roughly 6,000 customers on Android 11.' }));
  });

  it('does not mind the words in someone else\'s mouth', () => {
    expectClean(RULE, answer({ result: 'My manager joked, "At least you care too much," but the rating recovered to 4.4 over the next month.' }));
  });

  it('flags perfectionism framed as the failure itself, even when the story has a cost', () => {
    const text = answer({ situation: `My biggest failure is that I am a perfectionist. ${answer().split('\n\n')[0]}` });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['My biggest failure is that I am a perfectionist']);
  });
});
