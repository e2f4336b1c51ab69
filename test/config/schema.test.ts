import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Validator } from 'jsonschema';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfigFile, starterConfig } from '../../src/config/config.js';
import { RULES } from '../../src/lint/rules/index.js';
import { SCHEMA_FILE, schemaText } from './write-schema.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
const validator = new Validator();

function editorAccepts(config: unknown): boolean {
  return validator.validate(config, schema).valid;
}

/** Our own loader's verdict on the same configuration, written as YAML. */
function loaderAccepts(text: string, name = '.failcoachrc.yaml'): { ok: boolean; message: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'failcoach-schema-')), name);
  writeFileSync(file, text);
  const result = loadConfigFile(file);
  return result.ok ? { ok: true, message: '' } : { ok: false, message: result.error.message };
}

/** The README's configuration examples: yaml and json blocks whose top level has a "rules" key. */
function readmeConfigs(): Array<{ lang: string; text: string }> {
  return [...readme.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)]
    .map((block) => ({ lang: block[1]!, text: block[2]! }))
    .filter(({ text }) => {
      const data = parse(text) as unknown;
      return data !== null && typeof data === 'object' && 'rules' in data;
    });
}

describe('failcoach.schema.json', () => {
  it('is up to date with the rules (run "npm run schema" after changing a rule\'s metadata)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it('ships in the package', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('failcoach.schema.json');
  });

  it('names every rule, with its options, ranges and defaults, as the rules declare them', () => {
    const rules = (
      schema as {
        properties: {
          rules: {
            anyOf: Array<{
              properties?: Record<
                string,
                { anyOf: Array<{ properties?: Record<string, { minimum?: number; maximum?: number; default?: unknown }> }> }
              >;
            }>;
          };
        };
      }
    ).properties.rules.anyOf[0]!.properties!;
    expect(Object.keys(rules)).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      const mapping = rules[rule.id]!.anyOf[1]!.properties!;
      expect(mapping.severity!.default, rule.id).toBe(rule.severity);
      for (const [name, spec] of Object.entries(rule.options)) {
        const expected = {
          type: spec.type,
          default: spec.default,
          ...(spec.min !== undefined ? { minimum: spec.min } : {}),
          ...(spec.max !== undefined ? { maximum: spec.max } : {}),
        };
        expect(mapping[name], `${rule.id}.${name}`).toEqual({ ...expected, description: spec.description });
      }
      expect('add' in mapping, rule.id).toBe(rule.userList !== undefined);
    }
  });

  it('validates every configuration example in README, as the loader does', () => {
    const configs = readmeConfigs();
    expect(configs.map((c) => c.lang).sort()).toEqual(['json', 'yaml']);
    for (const { lang, text } of configs) {
      expect(editorAccepts(parse(text)), text).toBe(true);
      expect(loaderAccepts(text, lang === 'json' ? '.failcoachrc.json' : '.failcoachrc.yaml'), text).toEqual({ ok: true, message: '' });
    }
  });

  it('shows in README the message the loader really gives for a misspelt option', () => {
    const { message } = loaderAccepts('rules:\n  hedging: off\n  length:\n    severity: warning\n    maxx: 250\n');
    expect(readme).toContain(`failcoach: .failcoachrc.yaml${message.slice(message.indexOf(':5:5:'))}`);
  });

  // Each broken variant of the README's example is refused by the editor's schema and by the loader.
  const broken: Array<[string, string]> = [
    ['a misspelt rule', 'rules:\n  hedgng: off\n'],
    ['a misspelt option', 'rules:\n  length:\n    mxa: 250\n'],
    ['a misspelt severity', 'rules:\n  hedging: warn\n'],
    ['a severity in the mapping that is not one', 'rules:\n  hedging:\n    severity: loud\n'],
    ['an option of the wrong type', 'rules:\n  hedging:\n    maxPer100Words: lots\n'],
    ['an option below its minimum', 'rules:\n  hedging:\n    maxPer100Words: -1\n'],
    ['a fraction for a whole number', `rules:\n  length:\n    max: 250.5\n`],
    ['a pattern in "add"', 'rules:\n  filler:\n    add: ["(um|uh)+"]\n'],
    ['"add" on a rule without a word list', 'rules:\n  length:\n    add: [long]\n'],
    ['"accept" that is not a list', 'rules:\n  filler:\n    accept: um\n'],
    ['an unknown top-level key', 'rule:\n  hedging: off\n'],
    ['a list instead of a mapping', '- hedging\n'],
  ];
  for (const [name, text] of broken) {
    it(`rejects ${name}, in the editor and in the loader`, () => {
      expect(editorAccepts(parse(text))).toBe(false);
      expect(loaderAccepts(text).ok).toBe(false);
    });
  }

  it('accepts every rule at every severity, and each option at its bounds', () => {
    for (const rule of RULES) {
      for (const severity of ['off', 'info', 'warning', 'error']) {
        expect(editorAccepts({ rules: { [rule.id]: severity } })).toBe(true);
        expect(editorAccepts({ rules: { [rule.id]: { severity } } })).toBe(true);
      }
      for (const [name, spec] of Object.entries(rule.options)) {
        for (const value of [spec.min, spec.max, spec.default].filter((v) => v !== undefined)) {
          expect(editorAccepts({ rules: { [rule.id]: { [name]: value } } }), `${rule.id}.${name}=${value}`).toBe(true);
        }
        if (spec.max !== undefined) expect(editorAccepts({ rules: { [rule.id]: { [name]: spec.max + 1 } } })).toBe(false);
      }
    }
  });
});

describe('failcoach init', () => {
  it('writes the yaml-language-server line, with a path to the schema that exists from where the file is', () => {
    for (const dir of [
      resolve(dirname(SCHEMA_FILE)),
      join(dirname(SCHEMA_FILE), 'examples'),
      mkdtempSync(join(tmpdir(), 'failcoach-init-')),
    ]) {
      const first = starterConfig(dir).split('\n')[0]!;
      const path = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
      expect(path, first).toBeDefined();
      expect(readFileSync(resolve(dir, path!), 'utf8')).toBe(schemaText());
    }
    expect(starterConfig(dirname(SCHEMA_FILE))).toMatch(/^# yaml-language-server: \$schema=\.\/failcoach\.schema\.json\n/);
  });
});
