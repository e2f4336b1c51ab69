/**
 * faulted.ts read directly: which stretches of a sentence put the failure on a fault of another
 * party's, or hand its cause to one. The blame rule weighs these against what the speaker owns;
 * here only the reading itself is asked.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';
import { causesOnOthers, faultedThings } from '../../src/nlp/faulted.js';

const faulted = (text: string): boolean => faultedThings(analyse(text)).length > 0;
const caused = (text: string): boolean => causesOnOthers(analyse(text)).length > 0;

describe('faulted: a fault of pace or quality in another party', () => {
  it("reads a person's pace as their fault, and a thing's lateness told with a person in it as the thing's", () => {
    expect(faulted('The freight broker was very slow.')).toBe(true);
    expect(faulted('The freight broker we were using that spring was late with the papers.')).toBe(true);
    // Late to a person, sent late, or a fee for lateness: no fault of the person named.
    expect(faulted('The quarterly return to the tax office was late by a week.')).toBe(false);
    expect(faulted('The quarterly return went to the tax office ten days late.')).toBe(false);
    expect(faulted('The council charged us a £60 late fee.')).toBe(false);
    // The speaker's pace is no other party's fault.
    expect(faulted('I was very slow to answer the broker.')).toBe(false);
  });

  it("reads a party's thing denied its praise as a fault, and praise given as none", () => {
    expect(faulted('Their QA process has never been great.')).toBe(true);
    expect(faulted('Their QA process has always been great.')).toBe(false);
    expect(faulted('My own QA process has never been great.')).toBe(false);
  });
});

describe('faulted: the failed work handed to a party as theirs', () => {
  it("reads the work told as a party's to do as its cause, and the speaker's or a denied one as none", () => {
    expect(caused("That was the other shift's bit.")).toBe(true);
    expect(caused("Checking the seals was the agent's responsibility.")).toBe(true);
    expect(caused('It was his job to torque the wheel nuts.')).toBe(true);
    expect(caused('That was my job.')).toBe(false);
    expect(caused("It wasn't the agent's responsibility.")).toBe(false);
    // Taken back at once: "…, but I had said I would cover it".
    expect(caused("Checking the seals was Priya's job that week, but I had said I would cover it.")).toBe(false);
    // "her job" may be her work itself; told of a pronoun, a job is a duty only with what it was to do.
    expect(caused('She was working from home, and that was her job.')).toBe(false);
  });

  it('reads the one who did the work that failed, named, as its cause, and the one who caught it as none', () => {
    expect(caused('The apprentice was the one who fitted the rear wheel.')).toBe(true);
    expect(caused('It was the apprentice who fitted the rear wheel.')).toBe(true);
    // A clause of the speaker's time beside it hands the work over all the same.
    expect(caused('The apprentice was the one who fitted the rear wheel while I was on the phone.')).toBe(true);
    expect(caused('The apprentice was the one who spotted the loose nut.')).toBe(false);
    expect(caused('The apprentice was not the one who fitted the rear wheel.')).toBe(false);
    expect(caused('I was the one who fitted the rear wheel.')).toBe(false);
  });
});
