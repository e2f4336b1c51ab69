import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/**
 * A tiny, regex-free phrase language for matching word sequences. Rules describe phrases as
 * data ("not my fault", "if @others had ..3 told") and match them against the words the Answer
 * model already tokenised, so no rule re-tokenises text and no user-supplied phrase can cause
 * catastrophic backtracking.
 *
 * Tokens, separated by spaces:
 *   word       the word itself (case-insensitive; ’ and ' are the same)
 *   a|b|c      any of the alternatives
 *   token?     the token is optional
 *   pre*       any word starting with "pre"
 *   *ing       any word ending with "ing"
 *   ~verb      any word with the same Porter stem as "verb" (fixes, fixed, fixing)
 *   @class     any word of a named class supplied when compiling (for example @others)
 *   *          any one word
 *   ..N        between 0 and N words of anything
 *   (a b|c)    a group of multi-word alternatives, expanded into separate phrases; (…)? is optional
 */

export interface MatchableWord {
  /** Lower-cased text with straight apostrophes. */
  readonly norm: string;
  /** Porter stem of norm, computed on first use. */
  stem(): string;
}

type Atom =
  | { kind: 'literal'; values: ReadonlySet<string> }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'suffix'; suffix: string }
  | { kind: 'stem'; stem: string }
  | { kind: 'class'; values: ReadonlySet<string> }
  | { kind: 'any' };

interface Token {
  alternatives: Atom[];
  optional: boolean;
  /** For `..N` gaps: the most words skipped. */
  gap?: number;
}

export interface CompiledPhrase {
  readonly source: string;
  readonly tokens: readonly Token[];
  /** Caller's payload, returned with each match (a message id, a weight…). */
  readonly tag: string;
}

export interface PhraseMatch {
  phrase: CompiledPhrase;
  /** Index of the first matched word. */
  start: number;
  /** Index one past the last matched word. */
  end: number;
}

export type WordClasses = Readonly<Record<string, readonly string[]>>;

export function stemWord(word: string): string {
  return PorterStemmer.stem(word.replace(/is(e|ed|es|ing|ation)$/, 'iz$1'));
}

export function normaliseWord(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

function compileAtom(part: string, classes: WordClasses, source: string): Atom {
  if (part === '*') return { kind: 'any' };
  if (part.startsWith('@')) {
    const members = classes[part.slice(1)];
    if (!members) throw new Error(`unknown word class ${part} in phrase "${source}"`);
    return { kind: 'class', values: new Set(members.map(normaliseWord)) };
  }
  if (part.startsWith('~')) return { kind: 'stem', stem: stemWord(normaliseWord(part.slice(1))) };
  if (part.length > 1 && part.endsWith('*')) return { kind: 'prefix', prefix: normaliseWord(part.slice(0, -1)) };
  if (part.length > 1 && part.startsWith('*')) return { kind: 'suffix', suffix: normaliseWord(part.slice(1)) };
  return { kind: 'literal', values: new Set([normaliseWord(part)]) };
}

function compileToken(raw: string, classes: WordClasses, source: string): Token {
  const gap = /^\.\.(\d+)$/.exec(raw);
  if (gap) return { alternatives: [{ kind: 'any' }], optional: true, gap: Number(gap[1]) };
  const optional = raw.length > 1 && raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  const atoms = body.split('|').filter(Boolean).map((part) => compileAtom(part, classes, source));
  // Merge plain literals into one set so alternatives cost one lookup.
  const literals = new Set<string>();
  const others: Atom[] = [];
  for (const atom of atoms) {
    if (atom.kind === 'literal') for (const v of atom.values) literals.add(v);
    else others.push(atom);
  }
  const alternatives: Atom[] = literals.size > 0 ? [{ kind: 'literal', values: literals }, ...others] : others;
  if (alternatives.length === 0) throw new Error(`empty token in phrase "${source}"`);
  return { alternatives, optional };
}

/** Expands "(i have|i've) never" into "i have never" and "i've never". */
export function expandGroups(source: string): string[] {
  const open = source.indexOf('(');
  if (open === -1) return [source];
  const close = source.indexOf(')', open);
  if (close === -1) throw new Error(`unclosed group in phrase "${source}"`);
  const optional = source[close + 1] === '?';
  const alternatives = source.slice(open + 1, close).split('|').map((a) => a.trim());
  if (optional) alternatives.push('');
  const before = source.slice(0, open);
  const after = source.slice(close + (optional ? 2 : 1));
  // A group of single words is just a token of alternatives: no need to multiply phrases.
  const singleWords = alternatives.every((a) => a !== '' && !/\s/.test(a) && !a.includes('?'));
  if (singleWords || (optional && alternatives.slice(0, -1).every((a) => a !== '' && !/\s/.test(a) && !a.includes('?')))) {
    const token = alternatives.filter(Boolean).join('|') + (optional ? '?' : '');
    return expandGroups(`${before} ${token} ${after}`);
  }
  return alternatives.flatMap((alternative) => expandGroups(`${before} ${alternative} ${after}`));
}

export function compilePhrase(source: string, classes: WordClasses = {}, tag = ''): CompiledPhrase {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new Error('empty phrase');
  const tokens = parts.map((part) => compileToken(part, classes, source));
  if (tokens.every((t) => t.optional)) throw new Error(`phrase "${source}" has no required word`);
  return { source, tokens, tag };
}

function atomMatches(atom: Atom, word: MatchableWord): boolean {
  switch (atom.kind) {
    case 'literal':
    case 'class':
      return atom.values.has(word.norm);
    case 'prefix':
      return word.norm.startsWith(atom.prefix);
    case 'suffix':
      return word.norm.length > atom.suffix.length + 2 && word.norm.endsWith(atom.suffix);
    case 'stem':
      return word.stem() === atom.stem;
    case 'any':
      return true;
  }
}

function tokenMatches(token: Token, word: MatchableWord): boolean {
  return token.alternatives.some((atom) => atomMatches(atom, word));
}

/** Returns the end index of the longest match of tokens[t..] starting at words[w], or -1. */
function matchFrom(tokens: readonly Token[], t: number, words: readonly MatchableWord[], w: number, limit: number): number {
  if (t === tokens.length) return w;
  const token = tokens[t]!;
  if (token.gap !== undefined) {
    for (let skip = 0; skip <= token.gap && w + skip <= limit; skip++) {
      const end = matchFrom(tokens, t + 1, words, w + skip, limit);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (w < limit && tokenMatches(token, words[w]!)) {
    const end = matchFrom(tokens, t + 1, words, w + 1, limit);
    if (end >= 0) return end;
  }
  return token.optional ? matchFrom(tokens, t + 1, words, w, limit) : -1;
}

/**
 * A set of phrases indexed by the literal words they can start with, so matching a sentence
 * costs one map lookup per word instead of one attempt per phrase.
 */
export class PhraseSet {
  private readonly byFirstWord = new Map<string, CompiledPhrase[]>();
  private readonly unindexed: CompiledPhrase[] = [];
  readonly phrases: readonly CompiledPhrase[];

  constructor(phrases: readonly CompiledPhrase[]) {
    this.phrases = phrases;
    for (const phrase of phrases) {
      const firsts = PhraseSet.firstLiterals(phrase.tokens);
      if (firsts === null) {
        this.unindexed.push(phrase);
        continue;
      }
      for (const word of firsts) {
        const list = this.byFirstWord.get(word);
        if (list) list.push(phrase);
        else this.byFirstWord.set(word, [phrase]);
      }
    }
  }

  static from(sources: readonly string[], classes: WordClasses = {}, tag = ''): PhraseSet {
    return new PhraseSet(sources.flatMap((s) => expandGroups(s).map((e) => compilePhrase(e, classes, tag || s))));
  }

  static fromTagged(entries: Readonly<Record<string, readonly string[]>>, classes: WordClasses = {}): PhraseSet {
    const compiled: CompiledPhrase[] = [];
    for (const [tag, sources] of Object.entries(entries)) {
      for (const source of sources) for (const e of expandGroups(source)) compiled.push(compilePhrase(e, classes, tag));
    }
    return new PhraseSet(compiled);
  }

  /** The literal words a match may begin with, or null when a leading token is not a plain literal. */
  private static firstLiterals(tokens: readonly Token[]): Set<string> | null {
    const firsts = new Set<string>();
    for (const token of tokens) {
      if (token.gap !== undefined) return null;
      for (const atom of token.alternatives) {
        if (atom.kind === 'literal' || atom.kind === 'class') for (const v of atom.values) firsts.add(v);
        else return null;
      }
      if (!token.optional) return firsts;
    }
    return null;
  }

  /** Every non-overlapping match in words[from..to), leftmost-longest. */
  matchAll(words: readonly MatchableWord[], from = 0, to = words.length): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    let w = from;
    while (w < to) {
      const best = this.matchAt(words, w, to);
      if (best) {
        found.push(best);
        w = best.end;
      } else {
        w++;
      }
    }
    return found;
  }

  /** The longest match starting exactly at word w. */
  matchAt(words: readonly MatchableWord[], w: number, to = words.length): PhraseMatch | null {
    let best: PhraseMatch | null = null;
    const candidates = this.byFirstWord.get(words[w]!.norm);
    const consider = (phrase: CompiledPhrase): void => {
      const end = matchFrom(phrase.tokens, 0, words, w, to);
      if (end > w && (!best || end > best.end)) best = { phrase, start: w, end };
    };
    if (candidates) for (const phrase of candidates) consider(phrase);
    for (const phrase of this.unindexed) consider(phrase);
    return best;
  }

  test(words: readonly MatchableWord[], from = 0, to = words.length): boolean {
    for (let w = from; w < to; w++) if (this.matchAt(words, w, to)) return true;
    return false;
  }
}
