/**
 * red-flag's readings of a telling or a record against what the sentence says was so, asked
 * directly: whether the rule then reports an act also hangs on the learned judgement, so a guard
 * on the reading itself is tested here.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { analyseAnswer } from '../../src/judge/judge.js';
import { hushedUp } from '../../src/lint/rules/red-flag-acts.js';
import type { Clauses } from '../../src/lint/rules/red-flag-grammar.js';
import { deceptions } from '../../src/lint/rules/red-flag-knowing.js';
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

/** The kinds of act a reading finds in a one-sentence answer. */
function acts(read: (c: Clauses) => readonly { kind: string }[], text: string): string[] {
  const [s] = analyseAnswer(parseAnswer(text));
  return read({ tokens: s!.tokens, events: s!.events }).map((act) => act.kind);
}

describe('red-flag: the failure hushed up', () => {
  it('reads the idioms of keeping it from anyone, by the speaker or at their word', () => {
    expect(acts(hushedUp, 'So the two of us kept it quiet and finished the job.')).toEqual(['conceal']);
    expect(acts(hushedUp, 'We agreed to keep it between us and fix the panel on Monday.')).toEqual(['conceal']);
    expect(acts(hushedUp, 'I told the porters to keep it to themselves.')).toEqual(['conceal']);
    expect(acts(hushedUp, 'We swept it under the carpet.')).toEqual(['conceal']);
  });

  it('does not read a hush only weighed, denied, or a state kept', () => {
    expect(acts(hushedUp, 'I could have kept it quiet, but I rang the duty manager.')).toEqual([]);
    expect(acts(hushedUp, 'I was tempted to keep it between us.')).toEqual([]);
    expect(acts(hushedUp, "We didn't keep it quiet.")).toEqual([]);
    expect(acts(hushedUp, 'We kept the ward quiet for the night round.')).toEqual([]);
  });
});

describe('red-flag: word given to buy time', () => {
  it('reads a telling made to buy time as a deception, whatever it said', () => {
    expect(acts(deceptions, 'I told the buyer the crate had left the depot, to buy us a couple of days.')).toContain('deceive');
    expect(acts(deceptions, 'i told him it is nearly done, to calm him down and give us time')).toContain('deceive');
  });

  it('does not read time asked for, or time the truth happened to win', () => {
    expect(acts(deceptions, 'I asked the buyer to give us two more days.')).toEqual([]);
    expect(acts(deceptions, 'I told her honestly it would be Friday, which bought us a day.')).toEqual([]);
  });
});

describe('red-flag: a record made to look in order', () => {
  it('reads the appearing verb in any form, as a second-language writer may put it', () => {
    expect(acts(deceptions, 'So I filled in normal readings for those days, so the book look complete.')).toEqual(['misrecord']);
    expect(acts(deceptions, 'So I filled in normal readings for those days, so the book looked complete.')).toEqual(['misrecord']);
  });
});
