/**
 * A set of compiled phrases as one token trie, matched against a sentence's words in one pass.
 * Phrases that share a beginning ("the client stayed", "the client renewed") are matched once up
 * to where they part, and the trie's first edges are indexed by how they can start (a literal
 * word, a prefix, a suffix or a stem), so matching costs a few map lookups per word instead of one
 * attempt per phrase. The language itself is in phrase-language.ts.
 */
import {
  classAtoms,
  compilePhrase,
  expandGroups,
  tokenMatches,
  type Atom,
  type CompiledPhrase,
  type MatchableWord,
  type PhraseMatch,
  type PhraseToken,
  type WordClasses,
} from './phrase-language.js';

export interface TrieNode {
  edges: Edge[];
  /** Edges whose token is a set of words, by word: one lookup instead of one test per edge (made on first use). */
  byWord: Map<string, Edge[]> | null;
  /** Edges matched by prefix, suffix, stem or any word. */
  patterned: Edge[];
  /** Optional edges and gaps, which can also be crossed without consuming a word. */
  skippable: Edge[];
  /** One phrase per tag that ends here. */
  tagged: CompiledPhrase[];
}

interface Edge {
  token: PhraseToken;
  node: TrieNode;
  /** Builds the subtree of a first edge loaded from a saved book, on first use. */
  pending?: () => TrieNode;
}

/** The node an edge leads to, building it now if the edge was loaded from a saved book and not yet needed. */
export function subtreeOf(edge: Edge): TrieNode {
  if (edge.pending) {
    edge.node = edge.pending();
    delete edge.pending;
  }
  return edge.node;
}

export function newNode(): TrieNode {
  return { edges: [], byWord: null, patterned: [], skippable: [], tagged: [] };
}

/** Files a new edge under its node's indexes, so matching never tests edges that cannot match. */
export function attach(node: TrieNode, edge: Edge): void {
  node.edges.push(edge);
  const token = edge.token;
  if (token.optional || token.gap !== undefined) node.skippable.push(edge);
  if (token.gap !== undefined) return;
  const wordsOnly = token.alternatives.every((a) => a.kind === 'literal' || a.kind === 'class');
  if (!wordsOnly) {
    node.patterned.push(edge);
    return;
  }
  node.byWord ??= new Map();
  const byWord = node.byWord;
  for (const atom of token.alternatives) {
    if (atom.kind !== 'literal' && atom.kind !== 'class') continue;
    for (const value of atom.values) {
      const list = byWord.get(value);
      if (!list) byWord.set(value, [edge]);
      else if (list[list.length - 1] !== edge) list.push(edge);
    }
  }
}

/** Whether a first edge can be filed by its opening letters: two characters skip most words. */
function indexable(atom: Atom): boolean {
  if (atom.kind === 'prefix') return atom.prefix.length >= 2;
  if (atom.kind === 'suffix') return atom.suffix.length >= 2;
  if (atom.kind === 'stem') return atom.stem.length >= 2;
  return atom.kind !== 'any';
}

type Visit = (node: TrieNode, at: number) => void;

/** Crosses every edge out of a node that the word at `at` allows, and every skippable one. */
function crossEdges(node: TrieNode, words: readonly MatchableWord[], at: number, to: number, visit: Visit): void {
  // Where a phrase ends with nothing after it (most nodes visited): no edge to cross.
  if (node.edges.length === 0) return;
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

/** Crosses a gap edge from word `at`, calling visit on the node for every number of words it can skip. */
function crossGap(edge: Edge, at: number, to: number, visit: Visit): void {
  const node = subtreeOf(edge);
  for (let skip = 0; skip <= edge.token.gap! && at + skip <= to; skip++) visit(node, at + skip);
}

/** Adds an edge to a list in an index, once. */
function file(map: Map<string, Edge[]>, key: string, edge: Edge): void {
  const list = map.get(key);
  if (!list) map.set(key, [edge]);
  else if (list[list.length - 1] !== edge) list.push(edge);
}

/** Per-tag working state of one scan; between scans every phrase is null and every nextFree 0. */
interface Scratch {
  /** The end of the longest match of the tag starting at the current word, when longestPhrase is set. */
  readonly longestEnd: Int32Array;
  readonly longestPhrase: (CompiledPhrase | null)[];
  /** The first word a new match of the tag may start at: matches of one tag never overlap. */
  readonly nextFree: Int32Array;
  /** The tags whose longestPhrase is set at the current word. */
  readonly touched: Int32Array;
}

function newScratch(tags: number): Scratch {
  return {
    longestEnd: new Int32Array(tags),
    longestPhrase: new Array<CompiledPhrase | null>(tags).fill(null),
    nextFree: new Int32Array(tags),
    touched: new Int32Array(tags),
  };
}

/** A first edge as saved: its token and how to build its subtree when a word first crosses it. */
export interface SavedFirstEdge {
  readonly token: PhraseToken;
  readonly build: () => TrieNode;
}

export class PhraseSet {
  private readonly byFirstWord = new Map<string, Edge[]>();
  private readonly byPrefix = new Map<string, Edge[]>();
  private readonly bySuffix = new Map<string, Edge[]>();
  private readonly byStem = new Map<string, Edge[]>();
  private readonly unindexed: Edge[] = [];
  /** First edges that are gaps ("..3 told"): they can start at any word. */
  private readonly gapEdges: Edge[] = [];
  /**
   * A performance cache, not state: for each word seen, the first edges that word actually
   * crosses. Answers reuse a small vocabulary, so most words cost one lookup here.
   */
  private readonly firstCrossings = new Map<string, Edge[]>();
  private readonly firstEdges = new Map<string, Edge>();
  private readonly tagNames: string[] = [];
  private scratch: Scratch | null = null;

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

  static fromTagged(entries: Readonly<Record<string, readonly string[]>>, classes: WordClasses = {}): PhraseSet {
    const atoms = classAtoms(classes);
    const compiled: CompiledPhrase[] = [];
    for (const [tag, sources] of Object.entries(entries)) {
      for (const source of sources) for (const e of expandGroups(source)) compiled.push(compilePhrase(e, atoms, tag));
    }
    return new PhraseSet(compiled);
  }

  /** A set rebuilt from its saved parts (see phrase-file.ts); each subtree is built on first use. */
  static fromSaved(tags: readonly string[], firstEdges: readonly SavedFirstEdge[]): PhraseSet {
    const set = new PhraseSet([]);
    set.tagNames.push(...tags);
    for (const saved of firstEdges) {
      const edge: Edge = { token: saved.token, node: newNode(), pending: saved.build };
      set.firstEdges.set(edge.token.key, edge);
      set.indexEdge(edge);
    }
    return set;
  }

  /** The tag names, by tag number. */
  get tags(): readonly string[] {
    return this.tagNames;
  }

  /** Every first edge of the trie, in the order they were made. */
  firstEdgeList(): Edge[] {
    return [...this.firstEdges.values()];
  }

  private insert(tokens: readonly PhraseToken[], phrase: CompiledPhrase): void {
    const [first, ...rest] = tokens;
    let edge = this.firstEdges.get(first!.key);
    if (!edge) {
      edge = { token: { ...first!, optional: false }, node: newNode() };
      this.firstEdges.set(first!.key, edge);
      this.indexEdge(edge);
    }
    let node = subtreeOf(edge);
    for (const token of rest) {
      let next = node.edges.find((e) => e.token.key === token.key);
      if (!next) {
        next = { token, node: newNode() };
        attach(node, next);
      }
      node = next.node;
    }
    if (!node.tagged.some((p) => p.tag === phrase.tag)) node.tagged.push(phrase);
  }

  private indexEdge(edge: Edge): void {
    if (edge.token.gap !== undefined) {
      this.gapEdges.push(edge);
      return;
    }
    if (!edge.token.alternatives.every(indexable)) {
      this.unindexed.push(edge);
      return;
    }
    for (const atom of edge.token.alternatives) {
      if (atom.kind === 'literal' || atom.kind === 'class') for (const v of atom.values) file(this.byFirstWord, v, edge);
      else if (atom.kind === 'prefix') file(this.byPrefix, atom.prefix.slice(0, 2), edge);
      else if (atom.kind === 'suffix') file(this.bySuffix, atom.suffix.slice(-2), edge);
      else if (atom.kind === 'stem') file(this.byStem, atom.stem.slice(0, 2), edge);
    }
  }

  /** The first edges a word crosses (gap edges, which cross any word, are handled apart). */
  private crossingsOf(word: MatchableWord): Edge[] {
    let edges = this.firstCrossings.get(word.norm);
    if (edges === undefined) {
      edges = [];
      for (const list of this.startEdges(word.norm)) {
        for (const edge of list) if (tokenMatches(edge.token, word) && !edges.includes(edge)) edges.push(edge);
      }
      if (this.firstCrossings.size > 50_000) this.firstCrossings.clear();
      this.firstCrossings.set(word.norm, edges);
    }
    return edges;
  }

  /** Lists of edges a match could start with at this word. */
  private startEdges(norm: string): Edge[][] {
    const lists: Edge[][] = [];
    const literal = this.byFirstWord.get(norm);
    if (literal) lists.push(literal);
    const prefixed = this.byPrefix.size > 0 ? this.byPrefix.get(norm.slice(0, 2)) : undefined;
    if (prefixed) lists.push(prefixed);
    const suffixed = this.bySuffix.size > 0 ? this.bySuffix.get(norm.slice(-2)) : undefined;
    if (suffixed) lists.push(suffixed);
    // Stemming is the costly step: only words that share a stem's first letters are ever stemmed.
    const stemmed = this.byStem.size > 0 ? this.byStem.get(norm.slice(0, 2)) : undefined;
    if (stemmed) lists.push(stemmed);
    if (this.unindexed.length > 0) lists.push(this.unindexed);
    return lists;
  }

  /**
   * For each tag, the leftmost-longest, non-overlapping matches of that tag's phrases, all tags
   * found in a single pass over the words.
   */
  matchAllByTag(words: readonly MatchableWord[]): Map<string, PhraseMatch[]> {
    // Scratch kept in arrays indexed by tag number, made once per set: this runs for every sentence.
    this.scratch ??= newScratch(this.tagNames.length);
    const { longestEnd, longestPhrase, nextFree, touched } = this.scratch;
    let touchedCount = 0;
    const byTag: PhraseMatch[][] = [];
    const length = words.length;
    const gapEdges = this.gapEdges;
    let w = 0;
    const visit = (node: TrieNode, at: number): void => {
      if (at > w) {
        for (const phrase of node.tagged) {
          const id = phrase.tagId;
          const longest = longestPhrase[id];
          if (longest === null) touched[touchedCount++] = id;
          if (longest === null || at > longestEnd[id]!) {
            longestPhrase[id] = phrase;
            longestEnd[id] = at;
          }
        }
      }
      crossEdges(node, words, at, length, visit);
    };
    for (; w < length; w++) {
      const crossings = this.crossingsOf(words[w]!);
      if (crossings.length === 0 && gapEdges.length === 0) continue;
      for (const edge of crossings) visit(subtreeOf(edge), w + 1);
      for (const edge of gapEdges) crossGap(edge, w, length, visit);
      for (let t = 0; t < touchedCount; t++) {
        const id = touched[t]!;
        if (nextFree[id]! <= w) {
          let found = byTag[id];
          if (!found) {
            found = [];
            byTag[id] = found;
          }
          found.push({ phrase: longestPhrase[id]!, start: w, end: longestEnd[id]! });
          nextFree[id] = longestEnd[id]!;
        }
        longestPhrase[id] = null;
      }
      touchedCount = 0;
    }
    const result = new Map<string, PhraseMatch[]>();
    byTag.forEach((matches, id) => {
      result.set(this.tagNames[id]!, matches);
      nextFree[id] = 0;
    });
    return result;
  }
}
