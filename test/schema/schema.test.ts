import { Validator } from 'jsonschema';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/schema/document.js';
import { object, optional, required, withDefault } from '../../src/schema/object.js';
import { boolean, list, number, oneOf, orEmpty, refine, text, type Schema } from '../../src/schema/schema.js';
import { closest, editDistance } from '../../src/util/did-you-mean.js';

const sample = object({
  name: required(text({ nonEmpty: true })),
  size: withDefault(number({ integer: true, min: 1, max: 9 }), 3),
  colour: optional(oneOf(['red', 'green', 'blue'])),
  tags: withDefault(list(text(), { itemName: (i) => `tag ${i + 1}` }), []),
  flags: withDefault(object({ loud: withDefault(boolean(), false) }), { loud: false }),
});

function run<T>(schema: Schema<T>, yaml: string) {
  return checkText('f.yaml', yaml, schema, { noun: 'the sample' });
}

function failure<T>(schema: Schema<T>, yaml: string): string {
  const result = run(schema, yaml);
  if (result.ok) throw new Error('expected a failure');
  return result.error.message;
}

describe('the schema helper', () => {
  it('returns a typed value with defaults filled in', () => {
    const result = run(sample, 'name: box\ntags: [a, b]\n');
    expect(result).toEqual({ ok: true, value: { name: 'box', size: 3, colour: undefined, tags: ['a', 'b'], flags: { loud: false } } });
  });

  it('locates each kind of problem and says what was expected', () => {
    expect(failure(sample, 'name: box\nsize: 12\n')).toBe('f.yaml:2:7: "size" must be a whole number from 1 to 9, not 12');
    expect(failure(sample, 'name: box\ncolour: gren\n')).toBe(
      'f.yaml:2:9: "colour" must be one of red, green, blue, not "gren" (did you mean "green"?)',
    );
    expect(failure(sample, 'name: box\ncolor: red\n')).toBe(
      'f.yaml:2:1: unknown key "color" (did you mean "colour"?); valid keys: name, size, colour, tags, flags',
    );
    expect(failure(sample, 'size: 2\n')).toBe('f.yaml:1:1: missing "name" (expected non-empty text)');
    expect(failure(sample, 'name: box\ntags: [a, [b]]\n')).toBe('f.yaml:2:11: "tags": tag 2 must be text, not a list');
    expect(failure(sample, 'name: box\nflags:\n  loud: yes please\n')).toBe(
      'f.yaml:3:9: "flags": "loud" must be true or false, not "yes please"',
    );
    expect(failure(sample, '- a\n')).toBe('f.yaml:1:1: the sample must be a mapping, not a list');
    expect(failure(sample, 'name: [\n')).toMatch(/^f\.yaml:2:1: not valid YAML: /);
  });

  it('runs further checks with the node, so they are located too', () => {
    const ordered = refine(object({ low: required(number()), high: required(number()) }), (value, node, place) => {
      if (value.low > value.high) place.fail((node as { get(k: string, keep: true): never }).get('low', true), '"low" is above "high"');
      return value;
    });
    expect(failure(ordered, 'high: 1\nlow: 2\n')).toBe('f.yaml:2:6: "low" is above "high"');
  });

  it('reads an empty value as empty where that is allowed', () => {
    expect(run(orEmpty(list(text()), []), '')).toEqual({ ok: true, value: [] });
  });

  it('describes itself as JSON Schema that agrees with it', () => {
    const validator = new Validator();
    const json = sample.json();
    expect(validator.validate({ name: 'box', size: 4, colour: 'red', tags: ['a'], flags: { loud: true } }, json).valid).toBe(true);
    for (const bad of [
      { size: 4 },
      { name: 'box', size: 10 },
      { name: 'box', colour: 'gren' },
      { name: 'box', color: 'red' },
      { name: 'box', flags: { loud: 1 } },
    ]) {
      expect(validator.validate(bad, json).valid, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('did you mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('mxa', 'max')).toBe(1);
    expect(editDistance('hedging', 'hedging')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only near misses', () => {
    expect(closest('severty', ['severity', 'min'])).toBe('severity');
    expect(closest('Hedging', ['hedging', 'filler'])).toBe('hedging');
    expect(closest('banana', ['severity', 'min', 'max'])).toBeUndefined();
  });
});
