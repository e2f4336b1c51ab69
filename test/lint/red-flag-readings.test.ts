/**
 * red-flag's readings of a telling or a record against what the sentence says was so, asked
 * directly: whether the rule then reports an act also hangs on the learned judgement, so a guard
 * on the reading itself is tested here.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { analyseAnswer } from '../../src/judge/judge.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { findRule } from '../../src/lint/rules/index.js';
import { hushedUp, misrecords } from '../../src/lint/rules/red-flag-acts.js';
import type { Clauses } from '../../src/lint/rules/red-flag-grammar.js';
import { gamedChecks } from '../../src/lint/rules/red-flag-gamed.js';
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
    // Ended by the speaker telling, it was no hush kept; ended by being found out, it was.
    expect(acts(hushedUp, 'We kept it between us for a few minutes, and then I rang the duty manager.')).toEqual([]);
    expect(acts(hushedUp, 'We kept it between us until the audit found it.')).toEqual(['conceal']);
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

describe('red-flag: not waiting, to put the failure right', () => {
  /** The rule's own findings, with the learned layer off. */
  const raw = (text: string): string[] =>
    lintAnswer(parseAnswer(text), { rules: {} }, [findRule('red-flag')!], { model: null }).map((f) => f.messageId);
  const pharmacy = (wait: string, next: string): string =>
    `I was the night pharmacist at a district hospital, and I labelled a bag of potassium for the wrong ward. The ward nurse caught it at the bedside check, so nobody was harmed, but the wrong strength can stop a heart. ${wait} ${next} I learned that I label one order at a time. I now read the ward back to the porter before a bag leaves.`;

  it('reads not waiting for a safeguard, then doing the work, as going round it', () => {
    expect(raw(pharmacy('I did not wait for the permit.', 'I sent the next three bags up to the wards myself.'))).toContain('bypass');
  });

  it('does not read not waiting, then the speaker putting the failure right, as going round a safeguard', () => {
    expect(
      raw(pharmacy('I did not wait for the supervisor.', 'I recalled every bag I had issued that night and checked each one again.')),
    ).not.toContain('bypass');
  });

  it("does not read the speaker's own incident report, made first, as a record kept out of sight", () => {
    const report = (record: string): string[] =>
      acts(misrecords, `I filled in the ${record} that night, under my own name, before anyone asked.`);
    expect(report('incident report')).toEqual([]);
    expect(report('delivery sheet')).toEqual(['misrecord']);
  });
});

describe('red-flag: a check made to come out right', () => {
  it('reads a safeguard left in a state that switches it off', () => {
    expect(acts(gamedChecks, 'I put the hoist in bypass for the last two lifts.')).toEqual(['bypass']);
    expect(acts(gamedChecks, 'I left the guard on the bench while I cleaned the blade.')).toEqual([]);
  });

  it('reads a check run again until it passed, but not one run again after the fault was put right', () => {
    expect(acts(gamedChecks, 'I reran the calibration three times until it was within range and signed the batch out.')).toEqual([
      'misrecord',
    ]);
    expect(acts(gamedChecks, 'I cleaned the probe and reran the calibration until it was within range.')).toEqual([]);
    expect(acts(gamedChecks, 'I reran the trace until I found the leak.')).toEqual([]);
  });

  it('reads values written from what they usually are, and not values read off a meter', () => {
    expect(acts(gamedChecks, 'I wrote the temperatures in from what they normally are on a quiet night.')).toEqual(['misrecord']);
    expect(acts(gamedChecks, 'I wrote the temperatures in from the probe on each fridge.')).toEqual([]);
  });
});
