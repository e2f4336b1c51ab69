/**
 * The saved form of a compiled phrase set. Compiling the phrase lists costs tens of milliseconds
 * on each start, and `lint` runs in commit hooks; the build saves each compiled trie as plain data
 * with a fingerprint of the lists it came from, and start-up loads it while the fingerprint still
 * matches (otherwise the caller compiles, as from source).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Atom, CompiledPhrase, PhraseToken } from './phrase-language.js';
import { PhraseSet, attach, flatten, newNode, subtreeOf, type FlatTables, type SavedFirstEdge, type TrieNode } from './phrase-trie.js';

type SerializedAtom = [Atom['kind'], (string[] | string)?];
interface SerializedToken {
  key: string;
  atoms: number[];
  optional: boolean;
  gap?: number;
}
interface SerializedNode {
  edges: Array<[number, number]>;
  tagged: number[];
}
/** The flat tables, with phrases and tokens by their numbers here. */
type SerializedTables = Omit<FlatTables, 'tagPhrase' | 'patternTokens'> & { tagPhrase: number[]; patternTokens: number[] };
interface SerializedPhraseSet {
  tags: string[];
  atoms: SerializedAtom[];
  tokens: SerializedToken[];
  nodes: SerializedNode[];
  phrases: Array<[string, number]>;
  first: Array<[number, number]>;
  /** The trie as matching walks it (see FlatTrie in phrase-trie.ts), so start-up does not flatten it. */
  flat?: SerializedTables;
}

function atomEntry(atom: Atom): SerializedAtom {
  switch (atom.kind) {
    case 'literal':
    case 'class':
      return [atom.kind, [...atom.values]];
    case 'prefix':
      return ['prefix', atom.prefix];
    case 'suffix':
      return ['suffix', atom.suffix];
    case 'stem':
      return ['stem', atom.stem];
    case 'any':
      return ['any'];
  }
}

function atomOf(entry: SerializedAtom): Atom {
  switch (entry[0]) {
    case 'literal':
    case 'class':
      return { kind: entry[0], values: new Set(entry[1] as string[]) };
    case 'prefix':
      return { kind: 'prefix', prefix: entry[1] as string };
    case 'suffix':
      return { kind: 'suffix', suffix: entry[1] as string };
    case 'stem':
      return { kind: 'stem', stem: entry[1] as string };
    default:
      return { kind: 'any' };
  }
}

/** Numbers each value once; with a content key, equal values (atoms, tokens) share one number. */
class Numbering<T, S> {
  readonly entries: S[] = [];
  private readonly byValue = new Map<T, number>();
  private readonly byContent = new Map<string, number>();
  constructor(
    private readonly content: ((value: T) => string) | null,
    private readonly entry: (value: T) => S,
  ) {}
  id(value: T): number {
    let id = this.byValue.get(value);
    if (id !== undefined) return id;
    const key = this.content?.(value);
    id = key === undefined ? undefined : this.byContent.get(key);
    if (id === undefined) {
      id = this.entries.length;
      if (key !== undefined) this.byContent.set(key, id);
      this.entries.push(this.entry(value));
    }
    this.byValue.set(value, id);
    return id;
  }
}

/**
 * The compiled trie as plain data, so a build step can save it and start-up can skip compiling.
 * Shared atoms stay shared: every "@others" points at one entry, so loading makes one Set per
 * distinct word list.
 */
export function serializePhraseSet(set: PhraseSet): SerializedPhraseSet {
  const atoms = new Numbering<Atom, SerializedAtom>((a) => JSON.stringify(atomEntry(a)), atomEntry);
  const tokens = new Numbering<PhraseToken, SerializedToken>(
    (t) => `${t.key}\u0000${t.optional}`,
    (t) => ({
      key: t.key,
      atoms: t.alternatives.map((a) => atoms.id(a)),
      optional: t.optional,
      ...(t.gap !== undefined ? { gap: t.gap } : {}),
    }),
  );
  const phrases = new Numbering<CompiledPhrase, [string, number]>(null, (p) => [p.source, p.tagId]);
  const nodes: SerializedNode[] = [];
  const nodeId = (node: TrieNode): number => {
    const id = nodes.length;
    const entry: SerializedNode = { edges: [], tagged: node.tagged.map((p) => phrases.id(p)) };
    nodes.push(entry);
    for (const edge of node.edges) entry.edges.push([tokens.id(edge.token), nodeId(edge.node)]);
    return id;
  };
  const firstEdges = set.firstEdgeList();
  const first = firstEdges.map((edge): [number, number] => [tokens.id(edge.token), nodeId(subtreeOf(edge))]);
  const tables = flatten(firstEdges);
  const flat: SerializedTables = {
    ...tables,
    tagPhrase: tables.tagPhrase.map((p) => phrases.id(p)),
    patternTokens: tables.patternTokens.map((t) => tokens.id(t)),
  };
  return { tags: [...set.tags], atoms: atoms.entries, tokens: tokens.entries, nodes, phrases: phrases.entries, first, flat };
}

/** Rebuilds a set saved by serializePhraseSet, without parsing or expanding a single phrase. */
export function deserializePhraseSet(data: SerializedPhraseSet): PhraseSet {
  const atoms = data.atoms.map(atomOf);
  const tokens: PhraseToken[] = data.tokens.map((t) => ({
    key: t.key,
    alternatives: t.atoms.map((i) => atoms[i]!),
    optional: t.optional,
    ...(t.gap !== undefined ? { gap: t.gap } : {}),
  }));
  const phrases: CompiledPhrase[] = data.phrases.map(([source, tagId]) => ({ source, tokens: [], tag: data.tags[tagId]!, tagId }));
  // Each first edge's subtree is built the first time a word crosses that edge: a single answer
  // touches a fraction of them, so start-up does not pay for the rest.
  const build = (index: number): TrieNode => {
    const saved = data.nodes[index]!;
    const node = newNode();
    node.tagged = saved.tagged.map((i) => phrases[i]!);
    for (const [token, child] of saved.edges) attach(node, { token: tokens[token]!, node: build(child) });
    return node;
  };
  const first: SavedFirstEdge[] = data.first.map(([token, child]) => ({ token: tokens[token]!, build: () => build(child) }));
  const flat = data.flat;
  const tables: FlatTables | null = flat
    ? { ...flat, tagPhrase: flat.tagPhrase.map((i) => phrases[i]!), patternTokens: flat.patternTokens.map((i) => tokens[i]!) }
    : null;
  return PhraseSet.fromSaved(data.tags, first, tables);
}

/** A fingerprint of everything a set is compiled from. */
export function fingerprintOf(sources: unknown): string {
  return createHash('sha256').update(JSON.stringify(sources)).digest('hex');
}

/** The set saved at `file`, or null when it is missing, unreadable or compiled from other lists. */
export function loadSavedSet(file: URL, fingerprint: string): PhraseSet | null {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string; set: SerializedPhraseSet };
    return saved.fingerprint === fingerprint ? deserializePhraseSet(saved.set) : null;
  } catch {
    return null;
  }
}

export function saveSet(file: URL, fingerprint: string, set: PhraseSet): void {
  writeFileSync(file, JSON.stringify({ fingerprint, set: serializePhraseSet(set) }));
}
