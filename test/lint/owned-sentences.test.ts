/**
 * Which sentences own a failure (events.ts): the blame rule weighs the causes an answer puts on
 * others against these, so a sentence read as owning where it defends the speaker hides blame.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { othersFaulted, ownedSentences } from '../../src/lint/events.js';

/** The texts of the sentences read as owning a failure. */
const owned = (text: string): string[] => {
  const answer = parseAnswer(text);
  return [...ownedSentences(answer)].map((i) => answer.sentences[i]!.text);
};

describe('owned sentences', () => {
  it('reads a step the speaker left out as owned', () => {
    expect(owned("I was serving drinks on a bumpy flight. I didn't leave the cart and sit down.")).toEqual([
      "I didn't leave the cart and sit down.",
    ]);
  });

  it('does not read a denial put to the listener with a question tag ("…, was I?") as owning it', () => {
    expect(owned("I was serving drinks on a bumpy flight. I wasn't going to leave the cart and sit down, was I?")).toEqual([]);
    expect(owned("I was serving drinks on a bumpy flight. I didn't stop the service, did I?")).toEqual([]);
  });
});

describe('faults put on others', () => {
  const faulted = (text: string): number => othersFaulted(parseAnswer(text)).length;

  it("reads a party's pace as a fault, unless the same sentence says it was not the cause", () => {
    expect(faulted('The reagent supplier was also slow to answer when I asked for help.')).toBe(1);
    expect(
      faulted('The reagent supplier was also slow to answer when I asked for help, but that was not the cause; the cause was my order.'),
    ).toBe(0);
  });
});
