/**
 * A small typed schema for data files parsed with yaml's Document API. A schema reads a node and
 * returns a typed value, or the problems it found, each with its position and one line saying what
 * was expected (and, for a misspelt key or value, what was probably meant). A mapping reads on past
 * a wrong key or value, so a file with three mistakes is told all three at once. The same schema
 * describes itself as JSON Schema, so the file editors check against cannot drift from the
 * checks failcoach makes.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';
import { DataError, type Checked } from './error.js';
import { didYouMean } from '../util/did-you-mean.js';

export type JsonSchema = { [key: string]: unknown };

/** Thrown inside a schema's read; `check` turns it into a value. */
class Invalid extends Error {
  constructor(readonly error: DataError) {
    super(error.message);
  }
}

interface Label {
  text: string;
  /** Named only when the value itself is wrong ("rules" must be a mapping), not before its children's problems. */
  quiet: boolean;
}

/**
 * Where a value sits: its file, and the words that name it in a message (`rule "hedging"`,
 * `"add" item 2`). With no words yet, the document's own noun names it ("the configuration").
 */
export class Place {
  constructor(
    readonly file: string,
    private readonly counter: LineCounter,
    private readonly noun: string,
    private readonly labels: readonly Label[] = [],
    /** Problems noted so far in this document, shared by every place in it. */
    readonly problems: DataError[] = [],
  ) {}

  child(text: string, quiet = false): Place {
    return new Place(this.file, this.counter, this.noun, [...this.labels, { text, quiet }], this.problems);
  }

  /** An item of a list: `"add" item 2`, or a name of its own (`section 2`). */
  item(index: number, name?: (index: number) => string): Place {
    const parent = this.labels.at(-1);
    const text = name ? name(index) : parent ? `${parent.text} item ${index + 1}` : `item ${index + 1}`;
    const kept = name || !parent ? this.labels : this.labels.slice(0, -1);
    return new Place(this.file, this.counter, this.noun, [...kept, { text, quiet: false }], this.problems);
  }

  /** The located error for a node, the place named first. */
  error(node: Node | null | undefined, problem: string): DataError {
    const start = node?.range?.[0];
    const { line, col } = start === undefined ? { line: 1, col: 1 } : this.counter.linePos(start);
    const named = this.labels.filter((label) => !label.quiet).map((label) => label.text);
    return new DataError(this.file, { line, column: col }, named.length > 0 ? `${named.join(': ')}: ${problem}` : problem);
  }

  fail(node: Node | null | undefined, problem: string): never {
    throw new Invalid(this.error(node, problem));
  }

  /** Notes a problem and reads on, so the rest of the document is checked too. */
  note(node: Node | null | undefined, problem: string): void {
    this.problems.push(this.error(node, problem));
  }

  /** `read()`'s value, or undefined when it found a problem: noted, so a mapping can read its other keys. */
  attempt<T>(read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.problems.push(error.error);
      return undefined;
    }
  }

  /** "<the place> must be <expected>, not <what it is>". */
  mismatch(node: Node | null | undefined, expected: string, hint = ''): never {
    const named = this.labels.filter((label, i) => !label.quiet || i === this.labels.length - 1).map((label) => label.text);
    const subject = named.length > 0 ? named.join(': ') : this.noun;
    const whole = new Place(this.file, this.counter, this.noun, [], this.problems);
    throw new Invalid(whole.error(node, `${subject} must be ${expected}, not ${describeNode(node)}${hint}`));
  }
}

/** What a node holds, for "not …": `"lots"`, `12`, `a list`, `empty`. */
export function describeNode(node: Node | null | undefined): string {
  if (!node) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (!isScalar(node)) return 'an alias';
  const value = node.value;
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  return String(value);
}

export interface Schema<T> {
  /** What a valid value is, in words: "a whole number from 1 to 10". */
  readonly expected: string;
  read(node: Node | null | undefined, place: Place): T;
  json(): JsonSchema;
}

/** Runs a schema over a document's node: the typed value, or every problem found, located, in reading order. */
export function check<T>(schema: Schema<T>, node: Node | null | undefined, place: Place): Checked<T> {
  const before = place.problems.length;
  const value = place.attempt(() => schema.read(node, place));
  const found = place.problems.slice(before);
  if (found.length === 0) return { ok: true, value: value as T };
  const at = (e: DataError): number => (e.position ? e.position.line * 1e6 + e.position.column : 0);
  const errors = found.filter((e, i) => found.findIndex((o) => o.message === e.message) === i).sort((a, b) => at(a) - at(b));
  return { ok: false, error: errors[0]!, errors };
}

function scalarValue(node: Node | null | undefined): unknown {
  return isScalar(node) ? node.value : undefined;
}

export function text(options: { pattern?: RegExp; expected?: string; nonEmpty?: boolean } = {}): Schema<string> {
  const expected = options.expected ?? (options.nonEmpty ? 'non-empty text' : 'text');
  return {
    expected,
    read(node, place) {
      const value = scalarValue(node);
      if (typeof value !== 'string' || (options.nonEmpty && value.trim() === '') || (options.pattern && !options.pattern.test(value))) {
        return place.mismatch(node, expected);
      }
      return value;
    },
    json: () => ({
      type: 'string',
      ...(options.pattern ? { pattern: options.pattern.source } : {}),
      ...(options.nonEmpty ? { minLength: 1 } : {}),
    }),
  };
}

export function number(options: { integer?: boolean; min?: number; max?: number } = {}): Schema<number> {
  const { integer = false, min, max } = options;
  const above = max === undefined ? '' : ` of at most ${max}`;
  const range = min === undefined ? above : max === undefined ? ` of at least ${min}` : ` from ${min} to ${max}`;
  const expected = `${integer ? 'a whole number' : 'a number'}${range}`;
  return {
    expected,
    read(node, place) {
      const value = scalarValue(node);
      const ok = typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value));
      if (!ok || (min !== undefined && value < min) || (max !== undefined && value > max)) return place.mismatch(node, expected);
      return value;
    },
    json: () => ({
      type: integer ? 'integer' : 'number',
      ...(min !== undefined ? { minimum: min } : {}),
      ...(max !== undefined ? { maximum: max } : {}),
    }),
  };
}

export function boolean(): Schema<boolean> {
  return {
    expected: 'true or false',
    read(node, place) {
      const value = scalarValue(node);
      if (typeof value !== 'boolean') return place.mismatch(node, 'true or false');
      return value;
    },
    json: () => ({ type: 'boolean' }),
  };
}

/** One of a fixed set of words; a near miss gets a did-you-mean. */
export function oneOf<const V extends string>(values: readonly V[], expected = `one of ${values.join(', ')}`): Schema<V> {
  return {
    expected,
    read(node, place) {
      const value = scalarValue(node);
      if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as V;
      return place.mismatch(node, expected, typeof value === 'string' ? didYouMean(value, values) : '');
    },
    json: () => ({ type: 'string', enum: [...values] }),
  };
}

export interface ListOptions {
  minItems?: number;
  /** How messages name an item, when not "<the list> item N". */
  itemName?: (index: number) => string;
  expected?: string;
}

export function list<T>(item: Schema<T>, options: ListOptions = {}): Schema<T[]> {
  const expected = options.expected ?? (options.minItems ? 'a non-empty list' : 'a list');
  return {
    expected,
    read(node, place) {
      if (!isSeq(node) || node.items.length < (options.minItems ?? 0)) return place.mismatch(node, expected);
      return node.items.map((child, index) => item.read(child as Node, place.item(index, options.itemName)));
    },
    json: () => ({ type: 'array', items: item.json(), ...(options.minItems ? { minItems: options.minItems } : {}) }),
  };
}

/** A nullable value: empty (`key:` with nothing after it) or absent reads as `empty`. */
export function orEmpty<T>(schema: Schema<T>, empty: T): Schema<T> {
  return {
    expected: schema.expected,
    read: (node, place) => (!node || (isScalar(node) && node.value === null) ? empty : schema.read(node, place)),
    json: () => ({ anyOf: [schema.json(), { type: 'null' }] }),
  };
}

/** A schema with a further check, or a transformation, after its own. */
export function refine<T, U>(schema: Schema<T>, then: (value: T, node: Node, place: Place) => U, expected = schema.expected): Schema<U> {
  return {
    expected,
    read(node, place) {
      const before = place.problems.length;
      const value = schema.read(node, place);
      // A value read past a noted problem is partial: a further check on it would only mislead.
      return place.problems.length > before ? (value as unknown as U) : then(value, node as Node, place);
    },
    json: () => schema.json(),
  };
}

/** A scalar read one way and a mapping another (a rule's severity, or its severity and options). */
export function scalarOrMap<S, M>(scalar: Schema<S>, map: Schema<M>, expected: string, scalarLabel?: string): Schema<S | M> {
  return {
    expected,
    read(node, place) {
      if (isMap(node)) return map.read(node, place);
      if (isScalar(node) && node.value !== null) return scalar.read(node, scalarLabel ? place.child(scalarLabel) : place);
      return place.mismatch(node, expected);
    },
    json: () => ({ anyOf: [scalar.json(), map.json()] }),
  };
}

/** The key of a pair, as text ('' for a key that is not a scalar). */
export function keyOf(key: unknown): string {
  return isScalar(key) ? String(key.value) : '';
}

/** The value node under a key of a mapping. */
export function nodeAt(map: Node | null | undefined, key: string): Node | undefined {
  return isMap(map) ? ((map as YAMLMap).get(key, true) as Node | undefined) : undefined;
}

/** A mapping whose keys are free (question ids): each value read with the same schema. */
export function mapOf<T>(value: Schema<T>, entryLabel: (key: string) => string, expected = 'a mapping'): Schema<Record<string, T>> {
  return {
    expected,
    read(node, place) {
      if (!isMap(node)) return place.mismatch(node, expected);
      const out: Record<string, T> = {};
      for (const pair of node.items) {
        const read = place.attempt(() => value.read(pair.value as Node, place.child(entryLabel(keyOf(pair.key)))));
        if (read !== undefined) out[keyOf(pair.key)] = read;
      }
      return out;
    },
    json: () => ({ type: 'object', additionalProperties: value.json() }),
  };
}
