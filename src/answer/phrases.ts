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
  /** The token as written, so phrases that share a beginning share trie edges. */
  key: string;
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
  /** The tag's number within the set that holds the phrase, set when the set is built. */
  tagId: number;
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
  const lower = text.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}

/** Word classes compiled once per phrase set, so every "@others" shares one set of words. */
type ClassAtoms = Map<string, Atom>;

function classAtoms(classes: WordClasses): ClassAtoms {
  const atoms: ClassAtoms = new Map();
  for (const [name, members] of Object.entries(classes)) atoms.set(name, { kind: 'class', values: new Set(members.map(normaliseWord)) });
  return atoms;
}

function compileAtom(part: string, classes: ClassAtoms, source: string): Atom {
  if (part === '*') return { kind: 'any' };
  if (part.startsWith('@')) {
    const atom = classes.get(part.slice(1));
    if (!atom) throw new Error(`unknown word class ${part} in phrase "${source}"`);
    return atom;
  }
  if (part.startsWith('~')) return { kind: 'stem', stem: stemWord(normaliseWord(part.slice(1))) };
  if (part.length > 1 && part.endsWith('*')) return { kind: 'prefix', prefix: normaliseWord(part.slice(0, -1)) };
  if (part.length > 1 && part.startsWith('*')) return { kind: 'suffix', suffix: normaliseWord(part.slice(1)) };
  return { kind: 'literal', values: new Set([normaliseWord(part)]) };
}

function compileToken(raw: string, classes: ClassAtoms, source: string): Token {
  const gap = /^\.\.(\d+)$/.exec(raw);
  if (gap) return { key: raw, alternatives: [{ kind: 'any' }], optional: true, gap: Number(gap[1]) };
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
  return { key: raw, alternatives, optional };
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

export function compilePhrase(source: string, classes: WordClasses | ClassAtoms = {}, tag = ''): CompiledPhrase {
  const atoms = classes instanceof Map ? classes : classAtoms(classes);
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new Error('empty phrase');
  const tokens = parts.map((part) => compileToken(part, atoms, source));
  if (tokens.every((t) => t.optional)) throw new Error(`phrase "${source}" has no required word`);
  return { source, tokens, tag, tagId: 0 };
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

type SerializedAtom = [Atom['kind'], (string[] | string)?];
interface SerializedToken {
  key: string;
  atoms: number[];
  optional: boolean;
  gap?: number;
}
interface SerializedNode {
  edges: Array<[number, number]>;
  phrase: number;
  tagged: number[];
}
export interface SerializedPhraseSet {
  tags: string[];
  atoms: SerializedAtom[];
  tokens: SerializedToken[];
  nodes: SerializedNode[];
  phrases: Array<[string, number]>;
  first: Array<[number, number]>;
}

interface TrieNode {
  edges: Edge[];
  /** Edges whose token is a set of words, by word: one lookup instead of one test per edge (made on first use). */
  byWord: Map<string, Edge[]> | null;
  /** Edges matched by prefix, suffix, stem or any word. */
  patterned: Edge[];
  /** Optional edges and gaps, which can also be crossed without consuming a word. */
  skippable: Edge[];
  /** The phrase that ends here, if any (the first one inserted wins). */
  phrase: CompiledPhrase | null;
  /** One phrase per tag that ends here, for matchAllByTag. */
  tagged: CompiledPhrase[];
}

interface Edge {
  token: Token;
  node: TrieNode;
  /** Builds the subtree of a first edge loaded from a saved book, on first use. */
  pending?: () => TrieNode;
}

/** The edge's subtree, built now if it was saved and not yet needed. */
function ready(edge: Edge): TrieNode {
  if (edge.pending) {
    edge.node = edge.pending();
    delete edge.pending;
  }
  return edge.node;
}

/** The key a prefix, suffix or stem index files an edge under: two characters skip most words. */
function newNode(): TrieNode {
  return { edges: [], byWord: null, patterned: [], skippable: [], phrase: null, tagged: [] };
}

/** Files a new edge under its node's indexes, so matching never tests edges that cannot match. */
function attach(node: TrieNode, edge: Edge): void {
  node.edges.push(edge);
  const token = edge.token;
  if (token.optional || token.gap !== undefined) node.skippable.push(edge);
  if (token.gap !== undefined) return;
  const wordsOnly = token.alternatives.every((a) => a.kind === 'literal' || a.kind === 'class');
  if (!wordsOnly) {
    node.patterned.push(edge);
    return;
  }
  const byWord = (node.byWord ??= new Map());
  for (const atom of token.alternatives) {
    if (atom.kind !== 'literal' && atom.kind !== 'class') continue;
    for (const value of atom.values) {
      const list = byWord.get(value);
      if (!list) byWord.set(value, [edge]);
      else if (list[list.length - 1] !== edge) list.push(edge);
    }
  }
}

function indexable(atom: Atom): boolean {
  if (atom.kind === 'prefix') return atom.prefix.length >= 2;
  if (atom.kind === 'suffix') return atom.suffix.length >= 2;
  if (atom.kind === 'stem') return atom.stem.length >= 2;
  return atom.kind !== 'any';
}

/** Crosses every edge out of a node that the word at `at` allows, and every skippable one. */
function crossEdges(node: TrieNode, words: readonly MatchableWord[], at: number, to: number, visit: (node: TrieNode, at: number) => void): void {
  if (at < to) {
    const word = words[at]!;
    const exact = node.byWord?.get(word.norm);
    if (exact) for (const edge of exact) visit(edge.node, at + 1);
    for (const edge of node.patterned) if (tokenMatches(edge.token, word)) visit(edge.node, at + 1);
  }
  for (const edge of node.skippable) {
    const gap = edge.token.gap;
    if (gap === undefined) visit(edge.node, at);
    else for (let skip = 0; skip <= gap && at + skip <= to; skip++) visit(edge.node, at + skip);
  }
}

/**
 * A set of phrases compiled into a token trie. Phrases that share a beginning ("the client
 * stayed", "the client renewed") are matched once up to where they part, and the trie's first
 * edges are indexed by how they can start (a literal word, a prefix, a suffix or a stem), so
 * matching a sentence costs a few map lookups per word instead of one attempt per phrase.
 */
export class PhraseSet {
  private readonly byFirstWord = new Map<string, Edge[]>();
  private readonly byPrefix = new Map<string, Edge[]>();
  private readonly bySuffix = new Map<string, Edge[]>();
  private readonly byStem = new Map<string, Edge[]>();
  private readonly unindexed: Edge[] = [];
  /**
   * A performance cache, not state: for each word seen, the first edges that word actually
   * crosses. Answers reuse a small vocabulary, so most words cost one lookup here.
   */
  private readonly firstCrossings = new Map<string, Edge[]>();
  private readonly firstEdges = new Map<string, Edge>();
  private readonly tagNames: string[] = [];

  constructor(phrases: readonly CompiledPhrase[]) {
    const tagIds = new Map<string, number>();
    for (const phrase of phrases) {
      let id = tagIds.get(phrase.tag);
      if (id === undefined) {
        id = this.tagNames.length;
        tagIds.set(phrase.tag, id);
        this.tagNames.push(phrase.tag);
      }
      phrase.tagId = id;
    }
    for (const phrase of phrases) {
      // "a? b c" can start at "a" or at "b": insert both, so every first edge is a required token.
      let tokens = phrase.tokens;
      while (tokens.length > 0) {
        const first = tokens[0]!;
        if (tokens.some((t) => !t.optional)) this.insert(tokens, phrase);
        if (!first.optional) break;
        tokens = tokens.slice(1);
      }
    }
  }

  private insert(tokens: readonly Token[], phrase: CompiledPhrase): void {
    const [first, ...rest] = tokens;
    let edge = this.firstEdges.get(first!.key);
    if (!edge) {
      edge = { token: { ...first!, optional: false }, node: newNode() };
      this.firstEdges.set(first!.key, edge);
      this.indexEdge(edge);
    }
    let node = ready(edge);
    for (const token of rest) {
      let next = node.edges.find((e) => e.token.key === token.key);
      if (!next) {
        next = { token, node: newNode() };
        attach(node, next);
      }
      node = next.node;
    }
    if (node.phrase === null) node.phrase = phrase;
    if (!node.tagged.some((p) => p.tag === phrase.tag)) node.tagged.push(phrase);
  }

  private indexEdge(edge: Edge): void {
    const add = (map: Map<string, Edge[]>, key: string): void => {
      const list = map.get(key);
      if (!list) map.set(key, [edge]);
      else if (list[list.length - 1] !== edge) list.push(edge);
    };
    if (edge.token.gap !== undefined || !edge.token.alternatives.every(indexable)) {
      this.unindexed.push(edge);
      return;
    }
    for (const atom of edge.token.alternatives) {
      if (atom.kind === 'literal' || atom.kind === 'class') for (const v of atom.values) add(this.byFirstWord, v);
      else if (atom.kind === 'prefix') add(this.byPrefix, atom.prefix.slice(0, 2));
      else if (atom.kind === 'suffix') add(this.bySuffix, atom.suffix.slice(-2));
      else if (atom.kind === 'stem') add(this.byStem, atom.stem.slice(0, 2));
    }
  }

  /**
   * The compiled trie as plain data, so a build step can save it and start-up can skip compiling
   * (see deserialize). Shared atoms stay shared: every "@others" points at one entry.
   */
  serialize(): SerializedPhraseSet {
    const atoms: SerializedAtom[] = [];
    const atomIds = new Map<Atom, number>();
    const tokens: SerializedToken[] = [];
    const tokenIds = new Map<Token, number>();
    const nodes: SerializedNode[] = [];
    const phrases: Array<[string, number]> = [];
    const phraseIds = new Map<CompiledPhrase, number>();
    // Equal atoms and tokens are saved once, so loading makes one Set per distinct word list.
    const atomByContent = new Map<string, number>();
    const atomId = (atom: Atom): number => {
      let id = atomIds.get(atom);
      if (id !== undefined) return id;
      const entry: SerializedAtom =
        atom.kind === 'literal' || atom.kind === 'class'
          ? [atom.kind, [...atom.values]]
          : atom.kind === 'prefix'
            ? ['prefix', atom.prefix]
            : atom.kind === 'suffix'
              ? ['suffix', atom.suffix]
              : atom.kind === 'stem'
                ? ['stem', atom.stem]
                : ['any'];
      const content = JSON.stringify(entry);
      id = atomByContent.get(content);
      if (id === undefined) {
        id = atoms.length;
        atoms.push(entry);
        atomByContent.set(content, id);
      }
      atomIds.set(atom, id);
      return id;
    };
    const tokenByKey = new Map<string, number>();
    const tokenId = (token: Token): number => {
      let id = tokenIds.get(token);
      if (id !== undefined) return id;
      const key = `${token.key}\u0000${token.optional}`;
      id = tokenByKey.get(key);
      if (id === undefined) {
        id = tokens.length;
        tokens.push({ key: token.key, atoms: token.alternatives.map(atomId), optional: token.optional, ...(token.gap !== undefined ? { gap: token.gap } : {}) });
        tokenByKey.set(key, id);
      }
      tokenIds.set(token, id);
      return id;
    };
    const phraseId = (phrase: CompiledPhrase): number => {
      let id = phraseIds.get(phrase);
      if (id === undefined) {
        id = phrases.length;
        phraseIds.set(phrase, id);
        phrases.push([phrase.source, phrase.tagId]);
      }
      return id;
    };
    const nodeId = (node: TrieNode): number => {
      const id = nodes.length;
      const entry: SerializedNode = { edges: [], phrase: node.phrase ? phraseId(node.phrase) : -1, tagged: node.tagged.map(phraseId) };
      nodes.push(entry);
      for (const edge of node.edges) entry.edges.push([tokenId(edge.token), nodeId(edge.node)]);
      return id;
    };
    const first = [...this.firstEdges.values()].map((edge): [number, number] => [tokenId(edge.token), nodeId(ready(edge))]);
    return { tags: [...this.tagNames], atoms, tokens, nodes, phrases, first };
  }

  /** Rebuilds a set saved by serialize, without parsing or expanding a single phrase. */
  static deserialize(data: SerializedPhraseSet): PhraseSet {
    const set = new PhraseSet([]);
    set.tagNames.push(...data.tags);
    const atoms: Atom[] = data.atoms.map((a) => {
      switch (a[0]) {
        case 'literal':
        case 'class':
          return { kind: a[0], values: new Set(a[1] as string[]) };
        case 'prefix':
          return { kind: 'prefix', prefix: a[1] as string };
        case 'suffix':
          return { kind: 'suffix', suffix: a[1] as string };
        case 'stem':
          return { kind: 'stem', stem: a[1] as string };
        default:
          return { kind: 'any' };
      }
    });
    const tokens: Token[] = data.tokens.map((t) => ({ key: t.key, alternatives: t.atoms.map((i) => atoms[i]!), optional: t.optional, ...(t.gap !== undefined ? { gap: t.gap } : {}) }));
    const phrases: CompiledPhrase[] = data.phrases.map(([source, tagId]) => ({ source, tokens: [], tag: data.tags[tagId]!, tagId }));
    // Each first edge's subtree is built the first time a word crosses that edge: a single answer
    // touches a fraction of them, so start-up does not pay for the rest.
    const build = (index: number): TrieNode => {
      const saved = data.nodes[index]!;
      const node = newNode();
      node.phrase = saved.phrase >= 0 ? phrases[saved.phrase]! : null;
      node.tagged = saved.tagged.map((i) => phrases[i]!);
      for (const [token, child] of saved.edges) attach(node, { token: tokens[token]!, node: build(child) });
      return node;
    };
    for (const [token, child] of data.first) {
      const edge: Edge = { token: tokens[token]!, node: newNode(), pending: () => build(child) };
      set.firstEdges.set(edge.token.key, edge);
      set.indexEdge(edge);
    }
    return set;
  }

  static fromTagged(entries: Readonly<Record<string, readonly string[]>>, classes: WordClasses = {}): PhraseSet {
    const atoms = classAtoms(classes);
    const compiled: CompiledPhrase[] = [];
    for (const [tag, sources] of Object.entries(entries)) {
      for (const source of sources) for (const e of expandGroups(source)) compiled.push(compilePhrase(e, atoms, tag));
    }
    return new PhraseSet(compiled);
  }

  /** The first edges a word crosses (gap edges, which cross any word, are handled apart). */
  private crossingsOf(word: MatchableWord): Edge[] {
    let edges = this.firstCrossings.get(word.norm);
    if (edges === undefined) {
      const lists: Edge[][] = [];
      const count = this.startEdges(word, lists);
      edges = [];
      for (let l = 0; l < count; l++) {
        for (const edge of lists[l]!) {
          if (edge.token.gap === undefined && tokenMatches(edge.token, word) && !edges.includes(edge)) edges.push(edge);
        }
      }
      if (this.firstCrossings.size > 50_000) this.firstCrossings.clear();
      this.firstCrossings.set(word.norm, edges);
    }
    return edges;
  }

  /** Edges a match could start with at this word. */
  private startEdges(word: MatchableWord, out: Edge[][]): number {
    const norm = word.norm;
    let n = 0;
    const literal = this.byFirstWord.get(norm);
    if (literal) out[n++] = literal;
    if (this.byPrefix.size > 0) {
      const prefixed = this.byPrefix.get(norm.slice(0, 2));
      if (prefixed) out[n++] = prefixed;
    }
    if (this.bySuffix.size > 0) {
      const suffixed = this.bySuffix.get(norm.slice(-2));
      if (suffixed) out[n++] = suffixed;
    }
    // Stemming is the costly step: only words that share a stem's first letters are ever stemmed.
    if (this.byStem.size > 0) {
      const stemmed = this.byStem.get(norm.slice(0, 2));
      if (stemmed) out[n++] = stemmed;
    }
    if (this.unindexed.length > 0) out[n++] = this.unindexed;
    return n;
  }

  /**
   * For each tag, the leftmost-longest, non-overlapping matches of that tag's phrases, all tags
   * found in a single pass over the words.
   */
  matchAllByTag(words: readonly MatchableWord[]): Map<string, PhraseMatch[]> {
    // Scratch kept in arrays indexed by tag number: this runs for every sentence of every answer.
    const tags = this.tagNames.length;
    const longestEnd = new Int32Array(tags);
    const longestPhrase: Array<CompiledPhrase | null> = new Array<CompiledPhrase | null>(tags).fill(null);
    const nextFree = new Int32Array(tags);
    const touched: number[] = [];
    const byTag: PhraseMatch[][] = [];
    const length = words.length;
    let w = 0;
    const visit = (node: TrieNode, at: number): void => {
      if (at > w) {
        for (const phrase of node.tagged) {
          const id = phrase.tagId;
          if (longestPhrase[id] === null) touched.push(id);
          if (longestPhrase[id] === null || at > longestEnd[id]!) {
            longestPhrase[id] = phrase;
            longestEnd[id] = at;
          }
        }
      }
      crossEdges(node, words, at, length, visit);
    };
    const gapEdges = this.unindexed.filter((edge) => edge.token.gap !== undefined);
    for (; w < length; w++) {
      const crossings = this.crossingsOf(words[w]!);
      if (crossings.length === 0 && gapEdges.length === 0) continue;
      for (const edge of crossings) visit(ready(edge), w + 1);
      for (const edge of gapEdges) this.follow(edge, words, w, length, visit);
      for (const id of touched) {
        const phrase = longestPhrase[id]!;
        if (nextFree[id]! <= w) {
          (byTag[id] ??= []).push({ phrase, start: w, end: longestEnd[id]! });
          nextFree[id] = longestEnd[id]!;
        }
        longestPhrase[id] = null;
      }
      touched.length = 0;
    }
    const result = new Map<string, PhraseMatch[]>();
    byTag.forEach((matches, id) => result.set(this.tagNames[id]!, matches));
    return result;
  }

  /** Crosses one edge from word `at`, calling visit on the node for every way it can be crossed. */
  private follow(edge: Edge, words: readonly MatchableWord[], at: number, to: number, visit: (node: TrieNode, at: number) => void): void {
    ready(edge);
    const token = edge.token;
    if (token.gap !== undefined) {
      for (let skip = 0; skip <= token.gap && at + skip <= to; skip++) visit(edge.node, at + skip);
      return;
    }
    if (at < to && tokenMatches(token, words[at]!)) visit(edge.node, at + 1);
    if (token.optional) visit(edge.node, at);
  }


}
