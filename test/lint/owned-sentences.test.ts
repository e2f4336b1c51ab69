/**
 * Which sentences own a failure (events.ts): the blame rule weighs the causes an answer puts on
 * others against these, so a sentence read as owning where it defends the speaker hides blame.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { ownedSentences } from '../../src/lint/events.js';

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
