import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'hedging';

describe(RULE, () => {
  it('reports every hedge once they are dense', () => {
    const text = answer({
      failure: 'I maybe approved the release a bit early, and I guess I probably should have run the older-device suite. It sort of crashed for roughly 6,000 customers.',
    });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['maybe', 'I guess', 'probably', 'sort of']);
  });

  it('lets a single hedge in the story pass: one "maybe" is natural speech', () => {
    expectClean(RULE, answer({ result: 'The fixed version maybe took a little longer than it needed to, 36 hours, and the rating recovered to 4.4.' }));
  });

  it('flags even one hedge on the lesson itself', () => {
    const text = answer({ lesson: 'I think I learned that a deadline is never a reason to shrink the test plan. Since then I run the full device suite three days before every release date.' });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['I think']);
  });

  it('flags "I try to" as a weak commitment in the lesson', () => {
    const text = answer({ lesson: 'I learned that a deadline is no reason to shrink the test plan. Now I try to run the full device suite three days before every release date.' });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['I try to']);
  });

  it('does not call a fact of ability a hedge: "I could not reproduce the bug"', () => {
    expectClean(RULE, answer({ action: 'I paused the rollout within an hour. For a day I could not reproduce the crash, so I borrowed three older phones from support and reproduced it that evening, then fixed it with two developers overnight.' }));
  });

  it('reads "May" the month and "what kind of" as no hedges', () => {
    expectClean(RULE, answer({
      situation: 'In May 2023 I was the release coordinator for a banking app with about 90,000 users, and my job was to ship the quarterly update by the end of June.',
      result: 'What kind of customer was hit mattered: older phones, often older users. The fixed version reached everyone within 36 hours.',
    }));
  });

  it('ignores hedges inside quoted speech', () => {
    expectClean(RULE, answer({ result: 'The support lead told me, "Maybe it is probably fine, I guess it sort of works now." The fixed version reached everyone within 36 hours.' }));
  });

  it('honours maxPer100Words and minCount', () => {
    const text = answer({ failure: 'I maybe approved the release early and probably should have run the older-device suite. The update crashed for roughly 6,000 customers.' });
    expectClean(RULE, text);
    expect(findingsOf(RULE, text, { minCount: 2 }).length).toBe(2);
  });
});
