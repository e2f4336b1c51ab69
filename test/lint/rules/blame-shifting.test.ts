import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'blame-shifting';

describe(RULE, () => {
  it('flags an outright disclaimer', () => {
    const text = answer({ result: 'It was not my fault, to be honest. The fixed version reached everyone within 36 hours.' });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['It was not my fault']);
    expect(findingsOf(RULE, text)[0]!.severity).toBe('error');
  });

  it('flags the failure put on a manager, a client or a colleague', () => {
    for (const sentence of [
      'My manager never told me the older phones were still supported.',
      'The QA team failed to test the older phones.',
      'The product owner kept changing the scope until the last day.',
      'If the developers had warned me, none of this would have happened.',
    ]) {
      const text = answer({ failure: `${sentence} The update crashed on launch for roughly 6,000 customers on Android 11.` });
      expect(findingsOf(RULE, text).length, sentence).toBeGreaterThan(0);
    }
  });

  it('flags blame on circumstances', () => {
    const text = answer({ failure: 'The timeline was unrealistic and it was bad luck that Android 11 broke. The update crashed on launch for 6,000 customers.' });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['timeline was unrealistic', 'bad luck']);
  });

  it('does not call "they asked me to lead" blame', () => {
    expectClean(RULE, answer({ situation: 'In 2023 the product director asked me to lead the quarterly release of a banking app with 90,000 users. They asked me because I had run the beta.' }));
  });

  it('accepts a fact about someone else when the speaker owns their own part beside it', () => {
    expectClean(RULE, answer({ failure: 'The vendor changed the SDK a week before launch, but I should have re-run the full suite after it. The update crashed for 6,000 customers.' }));
  });

  it('ignores blame spoken by someone else in quotation marks', () => {
    expectClean(RULE, answer({ result: 'My manager said, "It was not your fault, the timeline was unrealistic," but I knew I had cut the test plan. The fixed version reached everyone within 36 hours.' }));
  });

  it('does not read a hypothetical about a customer as blame', () => {
    expectClean(RULE, answer({ result: 'Nobody lost money, but if he had opened the app during the outage he would have seen an error. The fix reached everyone within 36 hours.' }));
  });
});

describe(`${RULE}: clearing someone else is not blame`, () => {
  it('does not flag "it wasn\'t their fault" or "I didn\'t blame them"', () => {
    expectClean(RULE, answer({ result: "The agents were upset, but it wasn't their fault: they had sent exactly what I gave them. I didn't blame them, and I told their lead so." }));
  });

  it('still flags the speaker disowning the failure', () => {
    expect(findingsOf(RULE, answer({ result: 'In the end it was not my fault, and the client accepted the delay.' })).length).toBeGreaterThan(0);
  });

  it('flags a party the word lists never name, found by the grammar', () => {
    const text = answer({ result: 'The DBAs never told me the table had 80 million rows, and the import ran for two days.' });
    expect(flaggedText(text, findingsOf(RULE, text)).join(' ')).toContain('DBAs never told me');
  });
});
