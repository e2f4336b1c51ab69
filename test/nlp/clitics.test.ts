/**
 * Contractions: the clitic after the apostrophe is a word of its own, with the part of speech
 * and lemma of the word it stands for, whichever apostrophe was typed. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';

const read = (text: string): string[] => analyse(text, 0).map((t) => `${t.lower}/${t.pos}/${t.lemma}`);

describe('clitics', () => {
  it.each([
    ["we're short two drivers", "'re/AUX/be"],
    ["i'm on the late shift", "'m/AUX/be"],
    ["they've closed the loading bay", "'ve/AUX/have"],
    ["she'd rather wait for the plumber", "'d/AUX/would"],
    ["you'll need the site pass", "'ll/AUX/will"],
    ["it's the third recall this month", "'s/AUX/be"],
    ["the fitter didn't bring the seals", "n't/PART/not"],
    ['the fitter didn’t bring the seals', "n't/PART/not"],
    ['we’re short two drivers', "'re/AUX/be"],
  ])('reads the clitic in "%s" as %s', (text, reading) => {
    expect(read(text)).toContain(reading);
  });

  it('reads "\'d" in a condition before a participle as "had", listed or not', () => {
    expect(read("if she'd rostered properly it wouldn't have happened")).toContain("'d/AUX/have");
    expect(read("if she'd rostered properly it wouldn't have happened")).toContain('rostered/VERB/roster');
    expect(read("if I'd checked the list")).toContain("'d/AUX/have");
    // Before a bare verb it stays "would": "if you'd like to see it".
    expect(read("if you'd like to see it")).toContain("'d/AUX/would");
  });

  it('reads a Scots "nae" written onto its auxiliary as "not", negating what follows', () => {
    const lemmas = (text: string): string =>
      analyse(text, 0)
        .map((t) => `${t.lemma}${t.negated ? '!' : ''}`)
        .join(' ');
    expect(lemmas('the depot hadnae sent the rota')).toBe(lemmas("the depot hadn't sent the rota"));
    expect(lemmas('i didnae check the gauge')).toBe(lemmas("i didn't check the gauge"));
    expect(lemmas('we cannae lift it')).toBe(lemmas("we can't lift it"));
    expect(lemmas('i dinnae ken')).toContain('do not ken!');
    expect(lemmas('it wisnae the pump')).toContain('be not');
    // A word that only ends in "nae" is left as written.
    expect(read('the antennae were bent')).toContain('antennae/NOUN/antenna');
  });

  it('reads "\'d" before "been" as "had", and as "would" elsewhere', () => {
    expect(read("the driver'd been late all week")).toContain("'d/AUX/have");
    expect(read("he'd been told twice")).toContain("'d/AUX/have");
    expect(read("he'd go again tomorrow")).toContain("'d/AUX/would");
    expect(read("he'd already been making those errors")).toContain("'d/AUX/have");
    expect(read("she'd never been trained on it")).toContain("'d/AUX/have");
  });

  it('reads "\'d" before a participle other than "been" as "would", as the classifiers were trained on', () => {
    expect(read("i'd signed the sheet before the round")).toContain("'d/AUX/would");
    expect(read("i'd sign it again tomorrow")).toContain("'d/AUX/would");
  });

  it.each([
    ['hed been skipping the checks', ['he/PRON/he', "'d/AUX/have"]],
    ['theyve closed the bay', ['they/PRON/they', "'ve/AUX/have"]],
    ['shes on nights this week', ['she/PRON/she', "'s/AUX/be"]],
    ['theres no spare van', ['there/PRON/there', "'s/AUX/be"]],
    ['id already signed the round', ['i/PRON/i', "'d/AUX/would", 'signed/VERB/sign']],
    ['then id signed the whole round', ['i/PRON/i', "'d/AUX/would"]],
    ['id been on nights a month', ['i/PRON/i', "'d/AUX/have"]],
  ])('splits "%s", typed without the apostrophe, into the pronoun and its clitic', (text, readings) => {
    for (const reading of readings) expect(read(text)).toContain(reading);
  });

  it.each([
    ['we shed the load'],
    ['we will do it well'],
    ['he fell and hit the shed'],
    ['the HES feed missed March'],
    ['her id badge had expired'],
    ['my id expired last week'],
    ['the id got rejected at the gate'],
  ])('leaves "%s" as typed', (text) => {
    expect(read(text).some((r) => r.startsWith("'"))).toBe(false);
  });
});
