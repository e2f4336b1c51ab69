import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile, starterConfig } from '../../src/config/config.js';
import { answer } from '../base-answer.js';
import { cli } from '../cli/io.js';
import { failcoachAsUser, giveAway, unprivileged, userScratch } from '../cli/as-user.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'failcoach-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const hedged = answer({ result: 'It maybe took probably 36 hours, I guess, and the rating sort of recovered.' });

async function rulesFired(args: string[]): Promise<string[]> {
  const result = await cli([...args, '--format', 'json']);
  return [
    ...new Set(JSON.parse(result.stdout).flatMap((r: { messages: Array<{ ruleId: string }> }) => r.messages.map((m) => m.ruleId))),
  ] as string[];
}

describe('configuration files', () => {
  it('are found by walking up from each answer: yaml, json, or a "failcoach" key in package.json', async () => {
    for (const [name, text] of [
      ['.failcoachrc.yaml', 'rules:\n  hedging: off\n'],
      ['.failcoachrc.json', '{ "rules": { "hedging": "off" } }'],
      ['package.json', '{ "name": "x", "failcoach": { "rules": { "hedging": "off" } } }'],
    ]) {
      const root = project({ [name!]: text!, 'deep/er/answer.md': hedged });
      expect(await rulesFired(['lint', join(root, 'deep/er/answer.md'), '--max-warnings', '0']), name).not.toContain('hedging');
    }
    const bare = project({ 'answer.md': hedged });
    expect(await rulesFired(['lint', join(bare, 'answer.md')])).toContain('hedging');
  });

  it('set options, and --rule flags win over the file', async () => {
    const root = project({
      '.failcoachrc.yaml': 'rules:\n  length:\n    severity: warning\n    min: 400\n    max: 500\n    hardMax: 600\n',
      'a.md': answer(),
    });
    const report = JSON.parse((await cli(['lint', join(root, 'a.md'), '-f', 'json'])).stdout)[0];
    expect(report.messages.map((m: { ruleId: string; severity: string }) => `${m.ruleId}:${m.severity}`)).toContain('length:info'); // under min: one level milder than the configured warning
    expect(await rulesFired(['lint', join(root, 'a.md'), '--rule', 'length:off'])).not.toContain('length');
  });

  it("add words to a rule's list and accept words it would flag", async () => {
    const root = project({
      '.failcoachrc.yaml': 'rules:\n  bragging:\n    add: [rock solid as always]\n  filler:\n    accept: [um]\n',
      'a.md': answer({ result: 'Um, the fix, um, was rock solid as always, um, and the rating recovered.' }),
    });
    const fired = await rulesFired(['lint', join(root, 'a.md')]);
    expect(fired).toContain('bragging');
    expect(fired).not.toContain('filler');
    expect(await rulesFired(['lint', join(root, 'a.md'), '--no-config'])).toContain('filler');
  });

  it('takes a word list entry typed with a curly apostrophe as the straight one, in either spelling of the answer', async () => {
    const root = project({
      '.failcoachrc.yaml': 'rules:\n  bragging:\n    add: ["nobody else could’ve"]\n',
      'curly.md': answer({ result: 'The fix was something nobody else could’ve pulled off, and the rating recovered.' }),
      'straight.md': answer({ result: "The fix was something nobody else could've pulled off, and the rating recovered." }),
    });
    expect(await rulesFired(['lint', join(root, 'curly.md')])).toContain('bragging');
    expect(await rulesFired(['lint', join(root, 'straight.md')])).toContain('bragging');
    const printed = JSON.parse((await cli(['lint', '--print-config', join(root, 'curly.md')])).stdout);
    expect(printed.rules.bragging.add).toEqual(["nobody else could've"]);
  });

  it('takes an accent typed apart from its letter as the composed one, in the list and in the answer', async () => {
    // "naïveté" as the list and the answer's second spelling type it: each accent a combining mark.
    const decomposed = 'nai\u0308vete\u0301';
    const root = project({
      '.failcoachrc.yaml': `rules:\n  bragging:\n    add: ["${decomposed}"]\n`,
      'composed.md': answer({ result: 'Some called it naïveté, and the rating recovered.' }),
      'decomposed.md': answer({ result: `Some called it ${decomposed}, and the rating recovered.` }),
    });
    expect(await rulesFired(['lint', join(root, 'composed.md')])).toContain('bragging');
    expect(await rulesFired(['lint', join(root, 'decomposed.md')])).toContain('bragging');
    expect(await rulesFired(['lint', join(root, 'decomposed.md'), '--no-config'])).not.toContain('bragging');
    const printed = JSON.parse((await cli(['lint', '--print-config', join(root, 'composed.md')])).stdout);
    expect(printed.rules.bragging.add).toEqual(['naïveté']);
  });

  it('takes a list entry with a soft hyphen pasted inside it as the word without it', async () => {
    const root = project({ '.failcoachrc.yaml': 'rules:\n  bragging:\n    add: ["na\u00adive"]\n', 'a.md': answer() });
    const printed = JSON.parse((await cli(['lint', '--print-config', join(root, 'a.md')])).stdout);
    expect(printed.rules.bragging.add).toEqual(['naive']);
  });

  it('--config names the file for every answer; --print-config shows the merged result', async () => {
    const root = project({ 'custom.yaml': 'rules:\n  vague: off\n', 'a.md': answer() });
    const printed = JSON.parse(
      (await cli(['lint', '--config', join(root, 'custom.yaml'), '--print-config', join(root, 'a.md'), '--rule', 'hedging:error'])).stdout,
    );
    expect(printed.configFile).toBe(join(root, 'custom.yaml'));
    expect(printed.rules.vague.severity).toBe('off');
    expect(printed.rules.hedging.severity).toBe('error');
    expect(printed.rules.length.options.max).toBe(320);
    const missing = await cli(['lint', '--config', join(root, 'nope.yaml'), join(root, 'a.md')]);
    expect(missing.code).toBe(2);
  });
});

describe('broken configuration', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'unknown rule',
      'rules:\n  hedgin: off\n',
      /:2:3: unknown rule "hedgin" \(did you mean "hedging"\?\); valid rules: blame-shifting, hedging/,
    ],
    [
      'unknown key',
      'rules:\n  hedging:\n    severty: off\n',
      /:3:5: rule "hedging": unknown key "severty".*valid keys: severity, maxPer100Words, minCount, add, accept/,
    ],
    ['wrong type', 'rules:\n  hedging:\n    maxPer100Words: lots\n', /:3:21: rule "hedging": option "maxPer100Words" must be a number/],
    ['bad severity', 'rules:\n  hedging: loud\n', /:2:12: rule "hedging": severity must be one of off, info, warning, error/],
    ['top-level key', 'rule:\n  hedging: off\n', /:1:1: unknown key "rule" \(did you mean "rules"\?\)/],
    [
      'a pattern, not a phrase',
      'rules:\n  filler:\n    add: ["(um|uh)+"]\n',
      /:3:11: rule "filler": "add" item 1 must be a plain word or phrase \(.*no patterns\), not "\(um\|uh\)\+"$/m,
    ],
    ['add on a rule without words', 'rules:\n  length:\n    add: [long]\n', /unknown key "add"/],
    ['malformed YAML', 'rules: [\n', /not valid YAML or JSON/],
    [
      'min above max',
      'rules:\n  length:\n    min: 400\n    max: 300\n',
      /:4:10: rule "length": "min" \(400\) is more than "max" \(300\), so no answer could pass; make min at most max$/m,
    ],
    [
      'a target above the error limit: max over the default hardMax',
      'rules:\n  length:\n    max: 500\n',
      /:3:10: rule "length": "max" \(500\) is more than "hardMax" \(450, its default\), so answers inside the target would be errors; make max at most hardMax$/m,
    ],
    [
      'min above the default max',
      'rules:\n  length:\n    min: 400\n',
      /:3:10: rule "length": "min" \(400\) is more than "max" \(320, its default\)/,
    ],
    [
      'hardMin above hardMax',
      'rules:\n  length:\n    hardMin: 500\n    hardMax: 400\n    min: 100\n',
      /rule "length": "hardMin" \(500\) is more than "hardMax" \(400\)/,
    ],
    [
      'alias bomb',
      'a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n',
      /refused: .*at most 50 aliases/,
    ],
  ];
  for (const [name, text, message] of cases) {
    it(`reports ${name} with file, line and column, exit 2, in one line`, async () => {
      const root = project({ '.failcoachrc.yaml': text, 'a.md': answer() });
      const result = await cli(['lint', join(root, 'a.md')]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(join(root, '.failcoachrc.yaml'));
      expect(result.stderr).toMatch(message);
    });
  }

  it('tells every mistake in the file at once, one line each, in the order they appear', async () => {
    const text = 'rules:\n  hedging: loud\n  lenght: warning\n  length:\n    min: abc\n    mxa: 300\n  filler:\n    add: ["(um)+"]\n';
    const root = project({ '.failcoachrc.yaml': text, 'a.md': answer() });
    const result = await cli(['lint', join(root, 'a.md')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines.map((l) => l.match(/yaml:(\d+:\d+):/)?.[1])).toEqual(['2:12', '3:3', '5:10', '6:5', '8:11']);
    for (const line of lines) expect(line.startsWith(`failcoach: ${join(root, '.failcoachrc.yaml')}:`)).toBe(true);
    expect(lines[1]).toMatch(/unknown rule "lenght" \(did you mean "length"\?\)/);
    // A misspelt required key is told as a misspelling only, not also as missing.
    const answers = project({ 'answers.yaml': 'framework: star\nanswer:\n  context: Some context.\n' });
    const draft = await cli(['draft', '--answers', join(answers, 'answers.yaml'), '--print']);
    expect(draft.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('judges the order of the valid options even when others are wrong, and tells each broken bound once', async () => {
    // wordsPerMinute is wrong on its own; min above max and hardMin above hardMax are still judged, in the same run.
    const text = 'rules:\n  length:\n    wordsPerMinute: -5\n    min: 300\n    max: 250\n    hardMin: 500\n    hardMax: 480\n';
    const root = project({ '.failcoachrc.yaml': text, 'a.md': answer() });
    const result = await cli(['lint', join(root, 'a.md')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/:3:21: rule "length": option "wordsPerMinute" must be a number of at least 1, not -5$/);
    expect(lines[1]).toMatch(/:5:10: rule "length": "min" \(300\) is more than "max" \(250\), so no answer could pass/);
    expect(lines[2]).toMatch(/:7:14: rule "length": "hardMin" \(500\) is more than "hardMax" \(480\), so no answer could pass/);
    // A bound given a wrong value is not judged against: only its own mistake is told.
    const wrong = project({ '.failcoachrc.yaml': 'rules:\n  length:\n    min: 300\n    max: lots\n', 'a.md': answer() });
    const told = (await cli(['lint', join(wrong, 'a.md')])).stderr.trim().split('\n');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/option "max" must be a whole number/);
  });

  it('reports a package.json that is not valid JSON, as it would a broken .failcoachrc.yaml', async () => {
    const root = project({ 'package.json': '{ "name": "x", "failcoach": { "rules": { "hedging": "off" } }, }', 'a.md': hedged });
    const result = await cli(['lint', join(root, 'a.md')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^failcoach: ${join(root, 'package.json')}:1:64: is not valid JSON \\(.*\\); fix it, since its "failcoach" key may hold settings\n$`,
      ),
    );
  });

  it('reads .failcoachrc.json as JSON, strictly, and says where it stops parsing', async () => {
    // A trailing comma is YAML but no JSON: an editor or another tool reading the file would fail on it.
    const root = project({ '.failcoachrc.json': '{\n  "rules": {\n    "hedging": "off",\n  }\n}\n', 'a.md': hedged });
    const result = await cli(['lint', join(root, 'a.md')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^failcoach: ${join(root, '.failcoachrc.json')}:4:3: is not valid JSON \\(.+\\)\n$`));
    // The same settings as valid JSON are read and applied.
    const fixed = project({ '.failcoachrc.json': '{\n  "rules": {\n    "hedging": "off"\n  }\n}\n', 'a.md': hedged });
    const applied = await cli(['lint', join(fixed, 'a.md'), '-f', 'json']);
    expect(applied.stderr).toBe('');
    expect(JSON.parse(applied.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('hedging');
  });

  it('still lints answers whose configuration is fine', async () => {
    const root = project({ 'bad/.failcoachrc.yaml': 'rules:\n  nope: off\n', 'bad/a.md': answer(), 'good/b.md': answer() });
    const result = await cli(['lint', join(root, 'bad/a.md'), join(root, 'good/b.md'), '-f', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(root, 'good/b.md')]);
  });
});

describe('failcoach init', () => {
  it('writes a starter that loads cleanly, and refuses to overwrite without --force', () => {
    const root = project({});
    const file = join(root, '.failcoachrc.yaml');
    writeFileSync(file, starterConfig());
    const loaded = loadConfigFile(file);
    expect(loaded.ok).toBe(true);
    for (const id of ['blame-shifting', 'hedging', 'length']) expect(readFileSync(file, 'utf8')).toContain(id);
  });
});

describe.skipIf(unprivileged.skipReason !== null)(
  `configuration that cannot be read${unprivileged.skipReason ? ` (skipped: ${unprivileged.skipReason})` : ''}`,
  () => {
    it('an unreadable package.json is reported, exit 2, not ignored', () => {
      const dir = userScratch('failcoach-pkg-');
      writeFileSync(join(dir, 'package.json'), '{ "failcoach": { "rules": { "hedging": "off" } } }', { mode: 0o000 });
      writeFileSync(join(dir, 'a.md'), hedged);
      giveAway(join(dir, 'a.md'));
      const result = failcoachAsUser(['lint', 'a.md'], { cwd: dir });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`failcoach: ${join(dir, 'package.json')}: cannot be read (permission denied); check its permissions\n`);
    });
  },
);

describe('a misspelt key is located, with a did-you-mean, in every kind of data file', () => {
  const configs: Array<[string, string, string]> = [
    ['.failcoachrc.yaml', 'rules:\n  length:\n    mxa: 250\n', ':3:5:'],
    ['.failcoachrc.yml', 'rules:\n  length:\n    mxa: 250\n', ':3:5:'],
    ['.failcoachrc.json', '{\n  "rules": {\n    "length": { "mxa": 250 }\n  }\n}\n', ':3:17:'],
    ['package.json', '{\n  "name": "x",\n  "failcoach": { "rules": { "length": { "mxa": 250 } } }\n}\n', ':3:41:'],
  ];
  for (const [name, text, at] of configs) {
    it(`an option key in ${name}`, async () => {
      const root = project({ [name]: text, 'a.md': answer() });
      const result = await cli(['lint', join(root, 'a.md')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `failcoach: ${join(root, name)}${at} rule "length": unknown key "mxa" (did you mean "max"?); valid keys: severity, min, warnMin, max, warnMax, hardMin, hardMax, wordsPerMinute\n`,
      );
    });
  }

  it('a key in a framework, a prompt file and an answers file', async () => {
    const root = project({
      'mine.yaml': 'id: mine\nname: Mine\nsections:\n  - id: a\n    title: A\n    promts: [context]\n',
      'prompts.yaml': 'stage: sections\nprompts:\n  - id: extra\n    text: Anything else?\n    hnt: A hint.\n',
      'answers.yaml': 'framework: star\nanswer:\n  context: Some context.\n',
    });
    const { loadFramework, loadPromptFile, loadPrompts } = await import('../../src/draft/data.js');
    expect(() => loadFramework(join(root, 'mine.yaml'), loadPrompts())).toThrow(
      `${join(root, 'mine.yaml')}:6:5: section 1: unknown key "promts" (did you mean "prompts"?); valid keys: id, title, guidance, prompts`,
    );
    expect(() => loadPromptFile(join(root, 'prompts.yaml'))).toThrow(
      `${join(root, 'prompts.yaml')}:5:5: prompt 1: unknown key "hnt" (did you mean "hint"?); valid keys: id, text, hint, kind, weight, validate, followUps`,
    );
    const result = await cli(['draft', '--answers', join(root, 'answers.yaml'), '--print']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `failcoach: ${join(root, 'answers.yaml')}:2:1: unknown key "answer" (did you mean "answers"?); valid keys: framework, role, skills, title, answers\n`,
    );
  });
});

describe('an answers file that is missing or empty', () => {
  it('says how to get one, in one line, exit 2', async () => {
    const root = project({ 'empty.yaml': '' });
    const missing = join(root, 'nope.yaml');
    const none = await cli(['draft', '--answers', missing, '--print']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`failcoach: ${missing}: does not exist; "failcoach draft --template > ${missing}" writes one to fill in\n`);
    const empty = await cli(['draft', '--answers', join(root, 'empty.yaml'), '--print']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe(
      `failcoach: ${join(root, 'empty.yaml')}:1:1: the answers file must be a mapping with an "answers:" key, not empty; "failcoach draft --template" shows the shape\n`,
    );
  });
});
