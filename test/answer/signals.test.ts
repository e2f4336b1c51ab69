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
  });

  it("tells the speaker's fix from the team's and from someone else's", () => {
    expect(signals('I rolled the change back and called the client.').ownedRemedy).toBe(true);
    expect(signals('We rolled the change back within the hour.').ownedRemedy).toBe(false);
    expect(signals('We rolled the change back within the hour.').remedy).toBe(true);
    expect(signals('The support team rolled it back the next morning.').remedy).toBe(false);
  });

  it("hears a change of habit only with a routine in it, and proof only when it is the speaker's", () => {
    expect(signals('Now I check the tide tables before I book anything.').prevention).toBe(true);
    expect(signals('I check my email.').prevention).toBe(false);
    expect(signals('He resigned two weeks later.').prevention).toBe(false);
    expect(signals('I started the tests two days later than I should have.').prevention).toBe(false);
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
