import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'never-failed';

describe(RULE, () => {
  it('flags a claim never to have failed', () => {
    const text = "I've never really failed at anything that mattered. I plan carefully and things go to plan.\n";
    const findings = findingsOf(RULE, text);
    expect(flaggedText(text, findings)).toEqual(["I've never really failed at anything"]);
    expect(findings[0]!.severity).toBe('error');
  });

  it('flags "I can\'t think of one" and the swap for "a challenge"', () => {
    const text = "Honestly, I can't think of a time I failed. I prefer to call it a challenge rather than a failure.\n";
    expect(findingsOf(RULE, text).length).toBe(3);
  });

  it('treats "never missed a launch before this one" as history, not denial', () => {
    expectClean(RULE, answer({ situation: 'In 2023 I coordinated releases for a banking app with 90,000 users; I had never failed a release before that June, and my job was to ship the quarterly update.' }));
  });

  it('does not flag a denial someone else made, in quotation marks', () => {
    expectClean(RULE, answer({ result: 'A colleague once told me, "I have never failed at anything," and I did not believe him. The fix reached everyone within 36 hours.' }));
  });
});
