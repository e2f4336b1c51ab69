/**
 * Verb forms the tagging model never saw, made of a prefix and a form it knows ("rewrote" of
 * "wrote"): read as the verb, so "my manager rewrote the rota" tells an act, not a noun phrase.
 * Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';

const tag = (text: string, word: string): string => {
  const token = analyse(text, 0).find((t) => t.lower === word);
  return token ? `${token.pos}/${token.lemma}` : 'missing';
};

describe('prefixed verb forms', () => {
  it.each([
    ['my manager rewrote the rota on friday', 'rewrote', 'VERB/rewrite'],
    ['i mistook the depot code for the invoice code', 'mistook', 'VERB/mistake'],
    ['we redid the whole count on monday', 'redid', 'VERB/redo'],
    ['i overslept and missed the handover', 'overslept', 'VERB/oversleep'],
    ['the night shift reran the batch', 'reran', 'VERB/rerun'],
  ])('reads "%s" with %s as %s', (text, word, reading) => {
    expect(tag(text, word)).toBe(reading);
  });

  it.each([
    ['i should have re-run the full suite', 're-run', 'VERB/re-run'],
    ['we co-sign every order over ten thousand', 'co-sign', 'VERB/co-sign'],
  ])('reads the bare form in "%s" (%s) as %s where a verb is due', (text, word, reading) => {
    expect(tag(text, word)).toBe(reading);
  });

  it('leaves the bare form a noun where no verb is due', () => {
    expect(tag('we booked a re-run of the tests', 're-run')).toBe('NOUN/re-run');
  });

  it.each([
    ['the relay tripped twice', 'relay'],
    ['we left the overlay on the map', 'overlay'],
    ['an unaccompanied minor missed the connection', 'unaccompanied'],
  ])('leaves "%s" alone: %s is no prefixed past', (text, word) => {
    expect(tag(text, word).startsWith('VERB/')).toBe(false);
  });
});
