import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'missing-stakes';

describe(RULE, () => {
  it('flags a story with no cost', () => {
    const text = answer({
      failure: 'I approved the release without running the full regression suite on older Android phones, and one screen looked wrong on them.',
      action: 'I told my manager that I had skipped the older-device run and fixed the layout that afternoon.',
      result: 'The fixed version reached everyone within a day.',
      lesson: 'I learned that a deadline is no reason to shrink the test plan. Since then I run the full device suite on every release candidate.',
    });
    expect(findingsOf(RULE, text)).toHaveLength(1);
  });

  it('flags a trivial failure', () => {
    const text = answer({
      failure: 'I sent the release notes to the team with a typo in the title.',
      action: 'I sent a correction ten minutes later.',
      result: 'Everyone moved on.',
      lesson: 'I learned to proofread. Since then I read every note aloud before I send it.',
    });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['typo']);
  });

  it('does not call a typo trivial when it cost something real', () => {
    expectClean(RULE, answer({ failure: 'A typo I made in the release config sent 6,000 customers to a blank screen, and we lost about 300 bookings in an hour.' }));
  });
});
