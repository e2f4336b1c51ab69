/**
 * A set of compiled phrases as one token trie, matched against a sentence's words in one pass.
 * Phrases that share a beginning ("the client stayed", "the client renewed") are matched once up
 * to where they part, and the trie's first edges are indexed by how they can start (a literal
 * word, a prefix, a suffix or a stem), so matching costs a few map lookups per word instead of one
 * attempt per phrase. Matching walks the trie flattened into arrays (FlatTrie, saved by the build
 * for the shipped sets). The language itself is in phrase-language.ts.
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

/** Adds an edge to a list in an index, once. */
function file(map: Map<string, Edge[]>, key: string, edge: Edge): void {
  const list = map.get(key);
  if (!list) map.set(key, [edge]);
  else if (list[list.length - 1] !== edge) list.push(edge);
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
  private readonly firstEdges = new Map<string, Edge>();
  private readonly tagNames: string[] = [];
  /** The trie flattened into arrays for matching, made on first use (see FlatTrie). */
  private flat: FlatTrie | null = null;
  /** The flat tables saved by the build, for a set loaded from them; a compiled set flattens its trie on first match. */
  private tables: FlatTables | null = null;

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
  static fromSaved(tags: readonly string[], firstEdges: readonly SavedFirstEdge[], tables: FlatTables | null = null): PhraseSet {
    const set = new PhraseSet([]);
    set.tagNames.push(...tags);
    set.tables = tables;
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

  /** The first edges a word crosses, in the order matching tries them (gap edges, which cross any word, are handled apart). */
  crossingsOf(word: MatchableWord): Edge[] {
    const edges: Edge[] = [];
    for (const list of this.startEdges(word.norm)) {
      for (const edge of list) if (tokenMatches(edge.token, word) && !edges.includes(edge)) edges.push(edge);
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
    const byTag = this.matchByTagNumber(words);
    const result = new Map<string, PhraseMatch[]>();
    byTag.forEach((matches, id) => {
      result.set(this.tagNames[id]!, matches);
    });
    return result;
  }

  /**
   * The same matches as matchAllByTag, by tag number (see tags; a tag with no match has no entry),
   * for a caller that looks its tags up by number instead of making a Map per sentence.
   */
  matchByTagNumber(words: readonly MatchableWord[]): PhraseMatch[][] {
    if (this.flat === null) {
      const firstEdges = this.firstEdgeList();
      this.flat = new FlatTrie(this.tagNames.length, this.tables ?? flatten(firstEdges), firstEdges, this.gapEdges);
    }
    return this.flat.match(words, this);
  }
}

/** What a set needs to know about one word, whatever sentence it is in: a per-word fact, cached by its text. */
class WordFacts {
  constructor(
    /** The word's number among the words the trie's edges name, or -1 when no edge names it. */
    readonly id: number,
    /** The nodes a match starting at this word reaches, in the order they are tried. */
    readonly first: readonly number[],
    /** Per patterned token: 0 not yet tested, 1 the word does not match it, 2 it does. */
    readonly patterned: Int8Array,
  ) {}
}

const NO_WORDS: readonly MatchableWord[] = [];
const NO_NODES: readonly number[] = [];

/** The trie as numbered nodes in plain arrays: what the build saves (see phrase-file.ts) and what FlatTrie is made from. */
export interface FlatTables {
  /** The words exact edges name, by number. */
  readonly vocabulary: readonly string[];
  /** Per word, its exact edges as pairs of numbers: a node, and the run of nodes its edges for the word lead to. */
  readonly exact: readonly (readonly number[])[];
  /** Run r is runChild[runStart[r] .. runStart[r + 1]], in the order the node lists the edges. */
  readonly runStart: readonly number[];
  readonly runChild: readonly number[];
  /** Node n's tagged phrases are tagPhrase[tagStart[n] .. tagStart[n + 1]]. */
  readonly tagStart: readonly number[];
  readonly tagPhrase: readonly CompiledPhrase[];
  /** 1 for a node with no edges at all (where a phrase ends with nothing after it). */
  readonly leaf: readonly number[];
  /** Node n's patterned edges, patternStart[n] .. patternStart[n + 1]: a token among patternTokens and the node reached. */
  readonly patternStart: readonly number[];
  readonly patternToken: readonly number[];
  readonly patternChild: readonly number[];
  readonly patternTokens: readonly PhraseToken[];
  /** Node n's skippable edges, skipStart[n] .. skipStart[n + 1]: a gap's size (-1 for an optional word) and the node reached. */
  readonly skipStart: readonly number[];
  readonly skipGap: readonly number[];
  readonly skipChild: readonly number[];
  /** The node each first edge leads to, in the order of firstEdgeList(). */
  readonly firstRoot: readonly number[];
}

/** A trie's nodes numbered depth first from its first edges, with each node's edges filed as its indexes file them. */
export function flatten(firstEdges: readonly Edge[]): FlatTables {
  const nodes: TrieNode[] = [];
  const number = (node: TrieNode): number => {
    const id = nodes.length;
    nodes.push(node);
    for (const edge of node.edges) number(edge.node);
    return id;
  };
  const firstRoot = firstEdges.map((edge) => number(subtreeOf(edge)));
  const ids = new Map<TrieNode, number>();
  for (const [id, node] of nodes.entries()) ids.set(node, id);
  const vocabulary = new Map<string, number>();
  const tables = {
    vocabulary: [] as string[],
    exact: [] as number[][],
    runStart: [0],
    runChild: [] as number[],
    tagStart: [0],
    tagPhrase: [] as CompiledPhrase[],
    leaf: [] as number[],
    patternStart: [0],
    patternToken: [] as number[],
    patternChild: [] as number[],
    patternTokens: [] as PhraseToken[],
    skipStart: [0],
    skipGap: [] as number[],
    skipChild: [] as number[],
    firstRoot,
  };
  const tokenIds = new Map<string, number>();
  for (const node of nodes) {
    const id = tables.leaf.length;
    tables.tagPhrase.push(...node.tagged);
    tables.tagStart.push(tables.tagPhrase.length);
    tables.leaf.push(node.edges.length === 0 ? 1 : 0);
    for (const edge of node.patterned) {
      let token = tokenIds.get(edge.token.key);
      if (token === undefined) {
        token = tables.patternTokens.length;
        tokenIds.set(edge.token.key, token);
        tables.patternTokens.push(edge.token);
      }
      tables.patternToken.push(token);
      tables.patternChild.push(ids.get(edge.node)!);
    }
    tables.patternStart.push(tables.patternToken.length);
    for (const edge of node.skippable) {
      tables.skipGap.push(edge.token.gap ?? -1);
      tables.skipChild.push(ids.get(edge.node)!);
    }
    tables.skipStart.push(tables.skipGap.length);
    for (const [word, edges] of node.byWord ?? []) {
      let wordId = vocabulary.get(word);
      if (wordId === undefined) {
        wordId = tables.vocabulary.length;
        vocabulary.set(word, wordId);
        tables.vocabulary.push(word);
        tables.exact.push([]);
      }
      tables.exact[wordId]!.push(id, tables.runStart.length - 1);
      for (const edge of edges) tables.runChild.push(ids.get(edge.node)!);
      tables.runStart.push(tables.runChild.length);
    }
  }
  return tables;
}

/**
 * The trie flattened into numbered nodes and typed arrays, made once per set on first match.
 * Walking it costs array reads where the node objects cost a Map lookup per node visited: a
 * word's facts are found once per sentence, by its number, and whether a node has an edge for
 * that word is one probe into a table keyed by the node's and the word's numbers. Every node is
 * visited in the same order as in the trie, so the same phrase wins each tag's ties.
 */
class FlatTrie {
  /** Word numbers of the words that exact edges name. */
  private readonly vocabulary = new Map<string, number>();
  private readonly exact: readonly (readonly number[])[];
  /** Whether a word's exact edges are in the table yet: each word's go in when the word is first seen. */
  private readonly filed: Uint8Array;
  private readonly tagStart: Int32Array;
  private readonly tagPhrase: readonly CompiledPhrase[];
  private readonly leaf: Uint8Array;
  private readonly patternStart: Int32Array;
  private readonly patternToken: Int32Array;
  private readonly patternChild: Int32Array;
  private readonly patternTokens: readonly PhraseToken[];
  private readonly skipStart: Int32Array;
  private readonly skipGap: Int32Array;
  private readonly skipChild: Int32Array;
  private readonly runStart: Int32Array;
  private readonly runChild: Int32Array;
  /**
   * Per node, a one-word Bloom filter of the words its exact edges name (bit `word & 31`): a word
   * whose bit is clear has no exact edge there, so most visits skip the table probe, which at
   * thousands of slots is a likely cache miss.
   */
  private readonly wordBits: Int32Array;
  /** 1 for a node that records no phrase and has only exact edges: visiting it can only cross one of those. */
  private readonly exactOnly: Uint8Array;
  /** Exact edges, as an open-addressed hash table keyed by (node, word): the slot holds the run of nodes reached. */
  private readonly slotNode: Int32Array;
  private readonly slotWord: Int32Array;
  private readonly slotRun: Int32Array;
  private readonly slotShift: number;
  /** Root nodes of the gap edges that open phrases ("..3 told"), with their gaps. */
  private readonly gapNode: number[] = [];
  private readonly gapSize: number[] = [];
  private readonly firstNode = new Map<Edge, number>();
  /**
   * A performance cache, not state: each word's facts, by its number (see wordForm) or, for a word
   * without one, by its text. Answers reuse a small vocabulary, so most words cost one array read.
   */
  private readonly factsById: WordFacts[] = [];
  private readonly facts = new Map<string, WordFacts>();

  // Working state of one scan; between scans every phrase is null and every nextFree 0.
  /** The end of the longest match of the tag starting at the current word, when longestPhrase is set. */
  private readonly longestEnd: Int32Array;
  private readonly longestPhrase: (CompiledPhrase | null)[];
  /** The first word a new match of the tag may start at: matches of one tag never overlap. */
  private readonly nextFree: Int32Array;
  /** The tags whose longestPhrase is set at the current word. */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private words: readonly MatchableWord[] = NO_WORDS;
  private readonly sentenceFacts: WordFacts[] = [];
  private from = 0;
  private to = 0;

  constructor(tags: number, tables: FlatTables, firstEdges: readonly Edge[], gapEdges: readonly Edge[]) {
    this.longestEnd = new Int32Array(tags);
    this.longestPhrase = new Array<CompiledPhrase | null>(tags).fill(null);
    this.nextFree = new Int32Array(tags);
    this.touched = new Int32Array(tags);
    for (const [i, edge] of firstEdges.entries()) this.firstNode.set(edge, tables.firstRoot[i]!);
    for (const edge of gapEdges) {
      this.gapNode.push(this.firstNode.get(edge)!);
      this.gapSize.push(edge.token.gap!);
    }
    for (const [id, word] of tables.vocabulary.entries()) this.vocabulary.set(word, id);
    this.exact = tables.exact;
    this.filed = new Uint8Array(tables.vocabulary.length);
    this.tagStart = Int32Array.from(tables.tagStart);
    this.tagPhrase = tables.tagPhrase;
    this.leaf = Uint8Array.from(tables.leaf);
    this.patternStart = Int32Array.from(tables.patternStart);
    this.patternToken = Int32Array.from(tables.patternToken);
    this.patternChild = Int32Array.from(tables.patternChild);
    this.patternTokens = tables.patternTokens;
    this.skipStart = Int32Array.from(tables.skipStart);
    this.skipGap = Int32Array.from(tables.skipGap);
    this.skipChild = Int32Array.from(tables.skipChild);
    this.runStart = Int32Array.from(tables.runStart);
    this.runChild = Int32Array.from(tables.runChild);
    this.wordBits = new Int32Array(tables.leaf.length);
    for (const [word, pairs] of tables.exact.entries())
      for (let i = 0; i < pairs.length; i += 2) this.wordBits[pairs[i]!]! |= 1 << (word & 31);
    this.exactOnly = new Uint8Array(tables.leaf.length);
    for (let n = 0; n < tables.leaf.length; n++) {
      const none = tables.tagStart[n] === tables.tagStart[n + 1] && tables.patternStart[n] === tables.patternStart[n + 1];
      this.exactOnly[n] = none && tables.skipStart[n] === tables.skipStart[n + 1] && tables.leaf[n] === 0 ? 1 : 0;
    }
    // A table at most half full, so a probe for an absent pair (the usual case) stops within a slot or two.
    const pairs = tables.runStart.length - 1;
    let bits = 4;
    while (1 << bits < pairs * 2) bits++;
    this.slotShift = 32 - bits;
    this.slotNode = new Int32Array(1 << bits).fill(-1);
    this.slotWord = new Int32Array(1 << bits);
    this.slotRun = new Int32Array(1 << bits);
  }

  /** Files a word's exact edges in the table. */
  private file(word: number): void {
    this.filed[word] = 1;
    const pairs = this.exact[word]!;
    const mask = this.slotNode.length - 1;
    for (let i = 0; i < pairs.length; i += 2) {
      const node = pairs[i]!;
      let slot = this.slotOf(node, word);
      while (this.slotNode[slot] !== -1) slot = (slot + 1) & mask;
      this.slotNode[slot] = node;
      this.slotWord[slot] = word;
      this.slotRun[slot] = pairs[i + 1]!;
    }
  }

  private slotOf(node: number, word: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(word + 1, 0x85ebca6b)) >>> this.slotShift;
  }

  /** The run of children a node's exact edges give for a word, or -1. */
  private runOf(node: number, word: number): number {
    const mask = this.slotNode.length - 1;
    for (let slot = this.slotOf(node, word); ; slot = (slot + 1) & mask) {
      const at = this.slotNode[slot]!;
      if (at === -1) return -1;
      if (at === node && this.slotWord[slot] === word) return this.slotRun[slot]!;
    }
  }

  private factsOf(word: MatchableWord, set: PhraseSet): WordFacts {
    const id = word.id ?? -1;
    let facts = id === -1 ? this.facts.get(word.norm) : this.factsById[id];
    if (facts === undefined) {
      const first = set.crossingsOf(word).map((edge) => this.firstNode.get(edge)!);
      const vocabularyId = this.vocabulary.get(word.norm) ?? -1;
      if (vocabularyId !== -1 && this.filed[vocabularyId] === 0) this.file(vocabularyId);
      facts = new WordFacts(vocabularyId, first.length === 0 ? NO_NODES : first, new Int8Array(this.patternTokens.length));
      if (id !== -1) this.factsById[id] = facts;
      else {
        if (this.facts.size > 50_000) this.facts.clear();
        this.facts.set(word.norm, facts);
      }
    }
    return facts;
  }

  /** Records the phrases ending at node n (when at least one word was matched) and crosses every edge the words allow. */
  private visit(n: number, at: number): void {
    if (at > this.from) {
      const longestPhrase = this.longestPhrase;
      const longestEnd = this.longestEnd;
      for (let i = this.tagStart[n]!, end = this.tagStart[n + 1]!; i < end; i++) {
        const phrase = this.tagPhrase[i]!;
        const id = phrase.tagId;
        const longest = longestPhrase[id];
        if (longest === null) this.touched[this.touchedCount++] = id;
        if (longest === null || at > longestEnd[id]!) {
          longestPhrase[id] = phrase;
          longestEnd[id] = at;
        }
      }
    }
    if (this.leaf[n] === 1) return;
    const to = this.to;
    if (at < to) {
      const facts = this.sentenceFacts[at]!;
      if (facts.id !== -1 && (this.wordBits[n]! & (1 << (facts.id & 31))) !== 0) {
        const run = this.runOf(n, facts.id);
        if (run !== -1)
          for (let i = this.runStart[run]!, end = this.runStart[run + 1]!; i < end; i++) this.visit(this.runChild[i]!, at + 1);
      }
      for (let i = this.patternStart[n]!, end = this.patternStart[n + 1]!; i < end; i++) {
        const token = this.patternToken[i]!;
        let matched = facts.patterned[token]!;
        if (matched === 0) {
          matched = tokenMatches(this.patternTokens[token]!, this.words[at]!) ? 2 : 1;
          facts.patterned[token] = matched;
        }
        if (matched === 2) this.visit(this.patternChild[i]!, at + 1);
      }
    }
    for (let i = this.skipStart[n]!, end = this.skipStart[n + 1]!; i < end; i++) {
      const gap = this.skipGap[i]!;
      const child = this.skipChild[i]!;
      if (gap === -1) this.visit(child, at);
      else for (let skip = 0; skip <= gap && at + skip <= to; skip++) this.visit(child, at + skip);
    }
  }

  match(words: readonly MatchableWord[], set: PhraseSet): PhraseMatch[][] {
    const length = words.length;
    const facts = this.sentenceFacts;
    for (let i = 0; i < length; i++) facts[i] = this.factsOf(words[i]!, set);
    this.words = words;
    this.to = length;
    const { longestEnd, longestPhrase, nextFree, touched, gapNode, gapSize } = this;
    const byTag: PhraseMatch[][] = [];
    for (let w = 0; w < length; w++) {
      const first = facts[w]!.first;
      if (first.length === 0 && gapNode.length === 0) continue;
      this.from = w;
      // A start whose node can only cross an exact edge, and whose next word's filter bit is clear
      // there (or that has no next word), can match nothing: skip the visit.
      const next = w + 1 < length ? facts[w + 1]!.id : -1;
      const bit = next === -1 ? 0 : 1 << (next & 31);
      for (let i = 0; i < first.length; i++) {
        const root = first[i]!;
        if (this.exactOnly[root] === 1 && (this.wordBits[root]! & bit) === 0) continue;
        this.visit(root, w + 1);
      }
      for (let g = 0; g < gapNode.length; g++) {
        for (let skip = 0; skip <= gapSize[g]! && w + skip <= length; skip++) this.visit(gapNode[g]!, w + skip);
      }
      for (let t = 0; t < this.touchedCount; t++) {
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
      this.touchedCount = 0;
    }
    this.words = NO_WORDS;
    nextFree.fill(0);
    return byTag;
  }
}
