/**
 * Language analysis from wink-nlp (wink-eng-lite-web-model): every word of a sentence with its
 * universal part of speech, its lemma, whether it sits in the scope of a negation, and its exact
 * offsets in the source. Nothing here is a hand-made tagger; the model ships inside the package
 * and is loaded once, on first use.
 */
import { createRequire } from 'node:module';

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** The token as written ("did", "n't"). */
  readonly text: string;
  /** Lower case. */
  readonly lower: string;
  /** The model's lemma, lower case ("n't" → "not", "told" → "tell"). */
  readonly lemma: string;
  readonly pos: Pos;
  /** Inside the scope of a negation ("never told me" marks "told" and "me"). */
  readonly negated: boolean;
  /** Offsets into the source: [start, end). */
  readonly start: number;
  readonly end: number;
}

interface WinkCollection {
  out(property?: unknown): string[] | boolean[];
}
interface WinkDoc {
  tokens(): WinkCollection;
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let instance: Wink | null = null;

function wink(): Wink {
  if (instance) return instance;
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
  const model = require('wink-eng-lite-web-model') as unknown;
  instance = winkNLP(model, ['pos', 'negation']);
  return instance;
}

/**
 * Tags `text`, which starts at `offset` in the source. wink splits contractions ("didn't" → "did"
 * "n't"); each token's offsets are found by walking the text, so they always point at what the
 * writer typed.
 */
export function analyse(text: string, offset = 0): Token[] {
  const nlp = wink();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma) as string[];
  const negation = tokens.out(its.negationFlag) as unknown as boolean[];
  const result: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const tag = pos[i] as Pos;
    if (tag === 'SPACE' || value.trim() === '') continue;
    let at = text.indexOf(value, cursor);
    if (at < 0 || at - cursor > 40) at = cursor;
    const end = Math.min(text.length, at + value.length);
    cursor = end;
    result.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: tag,
      negated: negation[i] === true,
      start: offset + at,
      end: offset + end,
    });
  }
  return result;
}
