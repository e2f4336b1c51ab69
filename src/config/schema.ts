/**
 * The configuration's schema, built from the rules' own metadata (ids, default severities,
 * options with their types and ranges, word lists): the checks `lint` makes and the JSON Schema
 * that editors use (failcoach.schema.json) come from this one definition.
 */
import type { Node } from 'yaml';
import { RULES } from '../lint/rules/index.js';
import { withoutInvisible } from '../util/invisible.js';
import { SEVERITIES, type Rule, type Severity } from '../lint/rule.js';
import type { LintSettings, RuleSetting } from '../lint/engine.js';
import { list, nodeAt, number, oneOf, orEmpty, refine, scalarOrMap, text } from '../schema/schema.js';
import type { JsonSchema, Place, Schema } from '../schema/schema.js';
import { object, optional, type Field } from '../schema/object.js';

/** A plain word or phrase for `add` and `accept`: never a pattern. Accents may be typed apart from their letters. */
const TERM = /^\s*[\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019 \u00ad\u200c-\u200d\u2060\ufeff-]{0,79}$/u;
const TERM_EXPECTED = 'a plain word or phrase (letters, digits, spaces, apostrophes, hyphens; up to 80 characters; no patterns)';

const severity = oneOf(SEVERITIES);
const terms = list(
  // A curly apostrophe ("I’d say") is the straight one, as it is in the answers, and an accent typed
  // apart from its letter (as some keyboards and PDFs give it) is composed with it, as normaliseWord does.
  refine(text({ pattern: TERM, expected: TERM_EXPECTED }), (term) =>
    withoutInvisible(term)
      .trim()
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .normalize('NFC'),
  ),
  {
    expected: 'a list of words or phrases such as [basically, sort of]',
  },
);

/** Is this rule's vocabulary editable (`add`, `accept`)? Rules with phrase lists are. */
export function hasWordList(rule: Rule): boolean {
  return rule.userList !== undefined;
}

/**
 * Pairs of options where the first must not pass the second: a length target whose lower bound
 * is above an upper bound leaves no answer that passes, so the configuration is wrong.
 */
const NO_PASS = 'so no answer could pass';
const ERROR_INSIDE = 'so answers inside the target would be errors';
const ORDERED_OPTIONS: Readonly<Record<string, ReadonlyArray<readonly [string, string, string]>>> = {
  length: [
    ['min', 'max', NO_PASS],
    ['hardMin', 'hardMax', NO_PASS],
    ['min', 'hardMax', NO_PASS],
    ['hardMin', 'max', NO_PASS],
    ['max', 'hardMax', ERROR_INSIDE],
    ['hardMin', 'min', ERROR_INSIDE],
  ],
};

/**
 * Notes every order the options break, judged from the valid ones (an option given with a wrong
 * value is told on its own and left out here; one left out takes its default). One line per
 * option that passes a bound: `min: 500` is told once, against `max`, not again against `hardMax`.
 */
function checkOrder(rule: Rule, options: Record<string, number>, invalid: ReadonlySet<string>, node: Node, place: Place): void {
  const value = (key: string): number => options[key] ?? rule.options[key]!.default;
  const told = new Set<string>();
  for (const [low, high, why] of ORDERED_OPTIONS[rule.id] ?? []) {
    if (invalid.has(low) || invalid.has(high) || told.has(low) || value(low) <= value(high)) continue;
    told.add(low);
    const origin = (key: string): string => `"${key}" (${value(key)}${key in options ? '' : ', its default'})`;
    const at = nodeAt(node, high in options ? high : low);
    place.note(at, `${origin(low)} is more than ${origin(high)}, ${why}; make ${low} at most ${high}`);
  }
}

function ruleFields(rule: Rule): Record<string, Field<unknown>> {
  const fields: Record<string, Field<unknown>> = {
    severity: optional(severity, { description: 'off, info, warning or error', shownDefault: rule.severity }),
  };
  for (const [name, spec] of Object.entries(rule.options)) {
    const schema = number({ integer: spec.type === 'integer', min: spec.min, max: spec.max });
    fields[name] = optional(schema, { label: `option "${name}"`, description: spec.description, shownDefault: spec.default });
  }
  if (hasWordList(rule)) {
    fields.add = optional(terms, { description: 'More words or phrases for this rule to flag (plain text, not patterns)' });
    fields.accept = optional(terms, { description: 'Words or phrases this rule must never flag' });
  }
  return fields;
}

/**
 * A rule's setting from its mapping. Read past its mistakes, so the order of the options is
 * still judged from the valid ones and every problem is told in one run.
 */
function ruleMapping(rule: Rule): Schema<RuleSetting> {
  const fields = object(ruleFields(rule), { expected: 'a mapping of severity and options' });
  return {
    expected: fields.expected,
    read(node, place) {
      const value = fields.read(node, place);
      const setting: RuleSetting = {};
      const options: Record<string, number> = {};
      const invalid = new Set<string>();
      for (const [key, v] of Object.entries(value)) {
        if (v === undefined) {
          if (nodeAt(node, key) !== undefined) invalid.add(key);
        } else if (key === 'severity') setting.severity = v as Severity;
        else if (key === 'add' || key === 'accept') setting[key] = v as string[];
        else options[key] = v as number;
      }
      checkOrder(rule, options, invalid, node as Node, place);
      if (Object.keys(options).length > 0) setting.options = options;
      return setting;
    },
    json: () => fields.json(),
  };
}

/** A rule's setting: a severity, or a mapping of severity, options and word-list changes. */
function ruleSchema(rule: Rule): Schema<RuleSetting> {
  const scalar = refine(severity, (s): RuleSetting => ({ severity: s }));
  return scalarOrMap(scalar, ruleMapping(rule), `a severity (${SEVERITIES.join(', ')}) or a mapping of severity and options`, 'severity');
}

function rulesSchema(): Schema<Record<string, RuleSetting | undefined>> {
  const fields: Record<string, Field<RuleSetting>> = {};
  for (const rule of RULES) fields[rule.id] = optional(ruleSchema(rule), { label: `rule "${rule.id}"`, description: rule.summary });
  return object(fields, { keyNoun: 'rule', expected: 'a mapping of rule ids to a severity or to options' });
}

function topSchema() {
  return object(
    {
      $schema: optional(text(), { description: 'The JSON Schema editors check this file against; failcoach ignores it' }),
      rules: optional(orEmpty(rulesSchema(), {}), {
        quiet: true,
        description: 'Rule ids, each mapped to a severity or to a mapping of severity and options',
      }),
    },
    { expected: 'a mapping with a "rules" key, for example: rules: { hedging: off }' },
  );
}

let built: Schema<LintSettings> | undefined;

/** The configuration as `lint` reads it: an empty file configures nothing. Built once per run. */
export function configSchema(): Schema<LintSettings> {
  built ??= orEmpty(
    refine(topSchema(), (value): LintSettings => {
      const rules: Record<string, RuleSetting> = {};
      for (const [id, setting] of Object.entries(value.rules ?? {})) if (setting) rules[id] = setting;
      return { rules };
    }),
    { rules: {} },
  );
  return built;
}

/** failcoach.schema.json: JSON Schema (draft-07) for editors, from the same definition. */
export function configJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'failcoach configuration',
    description: 'Settings for failcoach lint: .failcoachrc.yaml, .failcoachrc.json, or the "failcoach" key of package.json.',
    ...topSchema().json(),
  };
}
