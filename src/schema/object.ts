/** Mappings with named keys: each key's schema, whether it must be there, its default. */
import { isMap, isScalar, type Node } from 'yaml';
import type { JsonSchema, Schema } from './schema.js';
import { keyOf } from './schema.js';
import { didYouMean } from '../util/did-you-mean.js';

export interface Field<T, Present extends boolean = boolean> {
  schema: Schema<T>;
  present: Present;
  default?: T;
  /** How messages name the value ("option \"max\""); the key in quotes otherwise. */
  label?: string;
  /** Left out of messages about what is inside the value ("rules", whose entries name themselves). */
  quiet?: boolean;
  /** For editors: shown on hover and in completions. */
  description?: string;
  /** For editors: the value used when the key is left out, where the reader does not fill it in. */
  shownDefault?: unknown;
}

type Extra = { label?: string; quiet?: boolean; description?: string; shownDefault?: unknown };

export function required<T>(schema: Schema<T>, extra: Extra = {}): Field<T, true> {
  return { schema, present: true, ...extra };
}

export function withDefault<T>(schema: Schema<T>, value: T, extra: Extra = {}): Field<T, true> {
  return { schema, present: true, default: value, ...extra };
}

export function optional<T>(schema: Schema<T>, extra: Extra = {}): Field<T, false> {
  return { schema, present: false, ...extra };
}

type Fields = Record<string, Field<unknown>>;
export type Shape<F extends Fields> = {
  [K in keyof F]: F[K] extends Field<infer T, infer P> ? (P extends true ? T : T | undefined) : never;
};

export interface ObjectOptions {
  expected?: string;
  /** What a key is called in "unknown key" messages: "key", "rule". */
  keyNoun?: string;
  /** Said after "must be …, not …" when the value is not a mapping at all: where to see the shape. */
  hint?: string;
}

/**
 * A mapping with a fixed set of keys. An unknown key is an error naming the valid ones, with a
 * did-you-mean; a missing required key is an error at the mapping. Each is noted and the other
 * keys are read on.
 */
export function object<F extends Fields>(fields: F, options: ObjectOptions = {}): Schema<Shape<F>> {
  const noun = options.keyNoun ?? 'key';
  const expected = options.expected ?? 'a mapping';
  const names = Object.keys(fields);
  return {
    expected,
    read(node, place) {
      if (!isMap(node)) return place.mismatch(node, expected, options.hint ? `; ${options.hint}` : '');
      // A misspelt key is told once, as a misspelling, not again as the key it should have been being missing.
      const meant = new Set<string>();
      for (const pair of node.items) {
        const key = keyOf(pair.key);
        if (!isScalar(pair.key) || !Object.hasOwn(fields, key)) {
          const hint = didYouMean(key, names);
          for (const name of names) if (hint.includes(`"${name}"`)) meant.add(name);
          place.note(pair.key as Node, `unknown ${noun} "${key}"${hint}; valid ${noun}s: ${names.join(', ')}`);
        }
      }
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(fields)) {
        const child = node.get(key, true) as Node | undefined;
        const label = field.label ?? `"${key}"`;
        if (child === undefined) {
          if (field.present && !('default' in field) && !meant.has(key))
            place.note(node, `missing ${label} (expected ${field.schema.expected})`);
          out[key] = field.default;
        } else {
          // A wrong value is noted and the other keys are still read: every mistake is told at once.
          out[key] = place.attempt(() => field.schema.read(child, place.child(label, field.quiet)));
        }
      }
      return out as Shape<F>;
    },
    json(): JsonSchema {
      const properties: Record<string, JsonSchema> = {};
      for (const [key, field] of Object.entries(fields)) {
        properties[key] = {
          ...field.schema.json(),
          ...(field.description ? { description: field.description } : {}),
          ...(field.default !== undefined || field.shownDefault !== undefined ? { default: field.default ?? field.shownDefault } : {}),
        };
      }
      const needed = names.filter((key) => fields[key]!.present && !('default' in fields[key]!));
      return { type: 'object', properties, ...(needed.length > 0 ? { required: needed } : {}), additionalProperties: false };
    },
  };
}
