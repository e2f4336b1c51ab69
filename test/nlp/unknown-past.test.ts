/**
 * Past forms the lexicon never saw ("bridged", "torqued", the trade's own verbs): right after a
 * subject pronoun, a word in -ed is read as that subject's verb, with its base by the spelling
 * rules, so "I bridged the interlock" tells an act of the speaker's, not a noun. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';

const tag = (text: string, word: string): string => {
  const token = analyse(text, 0).find((t) => t.lower === word);
  return token ? `${token.pos}/${token.lemma}` : 'missing';
};

describe('unknown past forms', () => {
  it.each([
    ['i bridged the interlock with a length of wire', 'bridged', 'VERB/bridge'],
    ['we torqued the wheel nuts by hand', 'torqued', 'VERB/torque'],
    ['i jumpered the door sensor', 'jumpered', 'VERB/jumper'],
    ['she greenlighted the spend', 'greenlighted', 'VERB/greenlight'],
    ['they re-zoned the whole aisle overnight', 're-zoned', 'VERB/re-zone'],
  ])('reads "%s" with %s as %s', (text, word, reading) => {
    expect(tag(text, word)).toBe(reading);
  });

  it.each([
    ['the bridged network stayed up', 'bridged'],
    ['my jumpered sensor failed again', 'jumpered'],
    ['it was the bridged network that failed', 'bridged'],
  ])('leaves "%s" alone: %s has no subject before it', (text, word) => {
    expect(tag(text, word).startsWith('VERB/')).toBe(false);
  });
});

/**
 * The lexicon leaves out plain nouns that are their own lemma ("review", "test", "call"), so a
 * present-tense practice ("now I review every invoice") used to read as a noun after its subject.
 */
describe('unlisted words after a personal subject', () => {
  it.each([
    ['now I review every invoice before it goes out', 'review', 'VERB/review'],
    ['i now recount each shelf myself', 'recount', 'VERB/recount'],
    ['we test the alarm on the first of the month', 'test', 'VERB/test'],
    ['they pilot any new form with five clients', 'pilot', 'VERB/pilot'],
    ['I re-ran the reconciliation that evening', 're-ran', 'VERB/re-run'],
    ['I did not test the new form with real data', 'test', 'VERB/test'],
    ["we didn't review the second page", 'review', 'VERB/review'],
    ['my own card can only refund small amounts', 'refund', 'VERB/refund'],
  ])('reads "%s" with %s as %s', (text, word, reading) => {
    expect(tag(text, word)).toBe(reading);
  });

  it.each([
    ['the it team rebuilt the server', 'team'],
    ['you guys review it', 'guys'],
    ['the review took a week', 'review'],
    ['I Sam will take it from here', 'sam'],
    ['she never did overtime that year', 'overtime'],
    ['it was review season again', 'review'],
  ])('leaves "%s" alone: %s is no subject\'s verb', (text, word) => {
    expect(tag(text, word).startsWith('VERB/')).toBe(false);
  });
});

describe('a plural noun opening its sentence', () => {
  it.each([
    ['Counts depend on who counted last', 'counts', 'NOUN/count'],
    ['Writes resumed within the hour', 'writes', 'NOUN/write'],
  ])('reads "%s" with %s as %s', (text, word, reading) => {
    expect(tag(text, word)).toBe(reading);
  });

  it.each([
    ['Turns out the vendor was right', 'turns'],
    ['Seems the fix held', 'seems'],
  ])('leaves "%s" alone: %s is a verb with no verb after it', (text, word) => {
    expect(tag(text, word)).toMatch(/^VERB\//);
  });
});
