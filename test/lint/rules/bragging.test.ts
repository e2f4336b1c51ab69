import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf, flaggedText } from '../../helpers.js';

const RULE = 'bragging';

describe(RULE, () => {
  it('flags self-aggrandising claims', () => {
    const text = answer({ action: 'I single-handedly fixed it overnight; nobody else could have done it that fast. Thanks to me the rollout resumed the next day.' });
    expect(flaggedText(text, findingsOf(RULE, text))).toEqual(['single-handedly', 'nobody else could have', 'Thanks to me']);
  });

  it('accepts a plain account of what the speaker did', () => {
    expectClean(RULE, answer());
  });
});
