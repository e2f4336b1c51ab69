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
  ])('leaves "%s" alone: %s has no subject before it', (text, word) => {
    expect(tag(text, word).startsWith('VERB/')).toBe(false);
  });
});
