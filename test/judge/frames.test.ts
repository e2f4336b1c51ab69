/**
 * Frames of the act: an aim, a choice against the rule, a concealment, a comparison with everyone
 * else. They are read from the grammar and function words, so they hold in any trade; these
 * sentences are ours, in trades the corpus does not use.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';
import { clauseEvents } from '../../src/nlp/clauses.js';
import { actFrames } from '../../src/judge/frames.js';
import { sentenceFeatures } from '../../src/judge/features.js';

const frames = (text: string): string[] => {
  const tokens = analyse(text, 0);
  return actFrames(tokens, clauseEvents(tokens)).sort();
};

describe('frames of the act', () => {
  it.each([
    ['I moved the delivery note to Monday so the depot figures would look tidy.', 'intent'],
    ['I shifted the hours onto the next job in order to stay inside the quote.', 'intent'],
    ['Rather than wait for the electrician, I reset the fuse board.', 'instead'],
    ['I knew the harness was required but I climbed the mast anyway.', 'despite'],
    ['I never mentioned the missing sample to the lab manager.', 'conceal'],
    ['I topped up the tank without logging the refill.', 'conceal'],
    ['I quietly corrected the invoice total.', 'conceal'],
    ['I drove the forklift myself.', 'alone'],
    ['My rota was tighter than anyone else in the kitchen.', 'outdo'],
    ['Nobody else on the ward could have managed it.', 'outdo'],
    ['The head chef said it was the best menu the restaurant had ever served.', 'superlative'],
    ['The head chef said it was the best menu the restaurant had ever served.', 'praised'],
    ["I'm the one people ring when the boiler fails.", 'the-one'],
    ['Instead of waiting for the surveyor, I poured the slab.', 'instead'],
    ['The scaffold tag was out of date and I went up regardless.', 'despite'],
    ['Even though the brake light was on, I took the bus out on the route.', 'despite'],
  ])('reads "%s" as %s', (text, frame) => {
    expect(frames(text)).toContain(frame);
  });

  it.each([
    'I rolled the release back and told the support desk within the hour.',
    'So I called the client and apologised.',
    'The parts arrived without warning on a Sunday.',
    'It was the busiest week of the quarter.',
    'I learned to ask for the numbers before I plan.',
  ])('finds no frame of a breach or a boast in "%s"', (text) => {
    expect(frames(text)).toEqual([]);
  });

  it('gives the sentence classifiers the frames as features, marked when the speaker acts', () => {
    const tokens = analyse('I changed the dates so the audit would pass.', 0);
    const features = sentenceFeatures({
      tokens,
      events: clauseEvents(tokens),
      index: 0,
      count: 1,
      headingPart: null,
      previous: null,
      next: null,
      failures: [],
      quotedShare: 0,
    });
    expect(features).toContain('x:intent');
    expect(features).toContain('x:intent>self');
  });

  it.each([
    ['The regional lead told everyone my stall sold best of all the markets that year.', 'best'],
    ['Our coach said I ran the most carefully planned season in ten years.', 'most'],
  ])('reads a superlative in "%s" whatever part of speech "%s" is tagged', (text, word) => {
    // The lexicon tags these as adjectives; as adverbs (or any other part) they still make a superlative.
    const tokens = analyse(text, 0).map((t) => (t.lower === word ? { ...t, pos: 'ADV' as const } : t));
    expect(actFrames(tokens, clauseEvents(tokens))).toContain('superlative');
  });
});
