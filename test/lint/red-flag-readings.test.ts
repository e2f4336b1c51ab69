/**
 * red-flag's readings of a telling or a record against what the sentence says was so, asked
 * directly: whether the rule then reports an act also hangs on the learned judgement, so a guard
 * on the reading itself is tested here.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { analyseAnswer } from '../../src/judge/judge.js';
import { untrueClaims } from '../../src/lint/rules/red-flag-untrue.js';

/** The kinds of act untrueClaims reads in a one-sentence answer. */
function claims(text: string): string[] {
  const [read] = analyseAnswer(parseAnswer(text));
  return untrueClaims({ tokens: read!.tokens, events: read!.events }).map((act) => act.kind);
}

describe('red-flag: a telling or a record the sentence says was not so', () => {
  it('reads a claim made before what would show it ("told her it was ready before anyone had checked")', () => {
    expect(claims('I told the duty manager that the menu cards were ready before anyone had checked them.')).toEqual(['deceive']);
  });

  it("does not read the faulty work claimed as the speaker's own as an untrue claim", () => {
    expect(claims('I told the duty manager that the menu card was mine before she asked who had printed it.')).toEqual([]);
  });

  it('reads a record contradicted by "but", and not a choice not to do something else', () => {
    expect(claims('I logged the boiler service as complete, but I had not finished it.')).toEqual(['misrecord']);
    expect(claims('I logged the supplier delay as a risk, but I decided not to raise it with the client that week.')).toEqual([]);
  });
});
