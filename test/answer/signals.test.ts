import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import type { SentenceSignals } from '../../src/answer/signals.js';

function signals(sentence: string): SentenceSignals {
  return parseAnswer(sentence).sentences[0]!.signals;
}

describe('sentence signals: who did what', () => {
  it('gives a coordinated verb the subject that opens the sentence, not one inside a relative clause', () => {
    expect(signals("I booked the coach for the morning we'd planned but didn't check the tide times.").ownedFailure).toBe(true);
    expect(signals('I built the release without checking older phones.').ownedFailure).toBe(true);
  });

  it("does not take someone else's failure, or a denied one, for the speaker's", () => {
    expect(signals('My manager never told me the date had moved.').ownedFailure).toBe(false);
    expect(signals('Nothing I could have done would have changed it.').ownedFailure).toBe(false);
    expect(signals('We have shipped a dozen releases with no errors since.').failure).toBe(false);
    expect(signals('I re-planned the coursework so nobody lost marks.').failure).toBe(false);
    // The object denies it: "lost no working days", "missed nothing".
    expect(signals('I moved the fitters so we lost no working days.').failure).toBe(false);
    expect(signals('I rebuilt the rota so the crew lost no shifts.').ownedFailure).toBe(false);
    expect(signals('I lost two working days.').ownedFailure).toBe(true);
  });

  it('reads "all on us" as the failure owned, and a duty named with "my responsibility was to" as none', () => {
    expect(signals('The move-in slipped a week, all on us.').ownedFailure).toBe(true);
    expect(signals('That delay was my responsibility.').ownedFailure).toBe(true);
    expect(signals('My responsibility was to check every dose against the protocol.').ownedFailure).toBe(false);
  });

  it('gives a failure verb right after a relative pronoun to the noun it stands for, not the speaker', () => {
    expect(signals('I asked the bank to stop the payments that had not gone through.').ownedFailure).toBe(false);
    expect(signals('I rang the courier who never turned up.').ownedFailure).toBe(false);
    expect(signals('I asked the bank to stop the payments, but I had not checked the batch.').ownedFailure).toBe(true);
  });

  it('hears what the speaker could not do as an excuse, not a failure owned', () => {
    expect(signals("I was running the bid at the time and couldn't be across every detail.").ownedFailure).toBe(false);
    expect(signals("I didn't read the final proof.").ownedFailure).toBe(true);
    expect(signals("I wouldn't listen when the nurse raised it.").ownedFailure).toBe(true);
  });

  it('hears a failure owned, not a task held: "I owned the mistake", not "I owned the renewal"', () => {
    expect(signals('I owned the renewal and the relationship.').ownedFailure).toBe(false);
    expect(signals('I owned the mistake in front of the whole team.').ownedFailure).toBe(true);
    // Nor is holding a task a fix: "I owned the spring order" sets the scene; "I owned the fix" is a remedy.
    expect(signals('Two winters ago I owned the spring order for the whole shop.').remedy).toBe(false);
    expect(signals('I owned the fix and had it live by noon.').remedy).toBe(true);
    // An act judged a mistake in hindsight, and a fault placed in the speaker's own work, are failures owned.
    expect(signals('Then I did something I now see was a mistake: I rewrote their slides myself.').ownedFailure).toBe(true);
    expect(signals('I told the panel that the flaw was in my sampling plan.').ownedFailure).toBe(true);
    expect(signals('I owned up the same afternoon.').ownedFailure).toBe(true);
    expect(signals('I owned it straight away.').ownedFailure).toBe(true);
  });

  it("tells the speaker's fix from the team's and from someone else's", () => {
    expect(signals('I rolled the change back and called the client.').ownedRemedy).toBe(true);
    expect(signals('We rolled the change back within the hour.').ownedRemedy).toBe(false);
    expect(signals('We rolled the change back within the hour.').remedy).toBe(true);
    expect(signals('The support team rolled it back the next morning.').remedy).toBe(false);
  });

  it('hears no fix in a repair not made', () => {
    expect(signals('I called the client that morning.').remedy).toBe(true);
    expect(signals("I didn't call the client until the Friday.").remedy).toBe(false);
    expect(signals('I never rolled the change back.').ownedRemedy).toBe(false);
  });

  it("hears a change of habit only with a routine in it, and proof only when it is the speaker's", () => {
    expect(signals('Now I check the tide tables before I book anything.').prevention).toBe(true);
    expect(signals('I check my email.').prevention).toBe(false);
    expect(signals('He resigned two weeks later.').prevention).toBe(false);
    expect(signals('I started the tests two days later than I should have.').prevention).toBe(false);
    // A stretch of time the story went on for is no change since; the next releases are.
    expect(signals('I re-walked the three routes at dawn over the next two days.').prevention).toBe(false);
    expect(signals('Over the next two releases I ran the checklist myself.').prevention).toBe(true);
  });

  it('does not take a class someone teaches for a lesson learned', () => {
    expect(signals('Six of them had to rewrite the method in the following lesson.').lesson).toBe(false);
    expect(signals('I built my lesson plans around the old syllabus.').lesson).toBe(false);
    expect(signals('The lesson I took was to print the scheme before marking.').lesson).toBe(true);
    expect(signals('Next lesson learned: read the scheme first.').lesson).toBe(true);
  });

  it('hears the lesson announced with a contraction, as it is spoken', () => {
    expect(signals("The lesson's plain: I priced what I could see, not what I had checked.").lesson).toBe(true);
    expect(signals("My takeaway's this: a quote covers only what I have opened up.").lesson).toBe(true);
  });

  it('hears the role and the responsibility in the way answers usually open', () => {
    const opening = signals(
      'As a customer success manager at an HR software company, I looked after 35 accounts and owned their renewals.',
    );
    expect(opening.setting).toBe(true);
    expect(opening.goal).toBe(true);
  });
});
