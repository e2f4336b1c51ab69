import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'passive-dodge';

describe(RULE, () => {
  it('flags agentless passives on failure verbs', () => {
    for (const [sentence, phrase] of [
      ['Mistakes were made during the release.', 'Mistakes were made'],
      ['The older-device run was skipped before the release.', 'was skipped'],
      ['The crash report got overlooked for a day.', 'got overlooked'],
    ] as const) {
      const text = answer({ failure: `${sentence} The update crashed on launch for roughly 6,000 customers on Android 11.` });
      expect(flaggedText(text, findingsOf(RULE, text)), sentence).toEqual([phrase]);
    }
  });

  it('does not flag "I was asked to lead" or a passive with its agent named', () => {
    expectClean(RULE, answer({ situation: 'In 2023 I was asked to lead the quarterly release of a banking app with 90,000 users, and my job was to ship it by the end of June.' }));
    expectClean(RULE, answer({ result: 'The first crash report was missed by the on-call vendor, but the fix reached everyone within 36 hours.' }));
  });

  it('does not flag a passive when the speaker owns it in the same breath', () => {
    expectClean(RULE, answer({ failure: 'The older-device run was skipped because I decided to skip it to hit the date. The update crashed for roughly 6,000 customers on Android 11.' }));
  });

  it('reads "missed by two days" as no agent', () => {
    const text = answer({ result: 'The deadline was missed by two days. The fixed version reached everyone within 36 hours.' });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['was missed']);
  });
});
