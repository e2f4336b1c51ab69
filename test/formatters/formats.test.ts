import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from 'jsonschema';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { cli } from '../cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'failcoach-formats-'));
const weak = join(dir, 'weak answer.md');
writeFileSync(weak, 'It was not my fault. My manager never told me about the deadline.\n');
// The official schema, vendored with its OASIS notice (test/fixtures/sarif/NOTICE.md), so this check runs in any clone.
const schemaPath = new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url);

describe('compact', () => {
  it('prints path:line:col: severity message [rule-id], one per line', async () => {
    const result = await cli(['lint', weak, '-f', 'compact']);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^.+weak answer\.md:\d+:\d+: (error|warning|info) .+ \[[a-z-]+\]$/);
    expect(lines).toContain(
      `${weak}:1:1: error “It was not my fault”: This disowns the failure. Interviewers hear it as a refusal to take responsibility. [blame-shifting]`,
    );
  });
});

describe('github', () => {
  it('escapes messages and properties exactly as the runner expects', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('folds advice repeated through one answer into one annotation that lists the other places', async () => {
    const hedged = join(dir, 'hedged.md');
    writeFileSync(
      hedged,
      'I think I probably missed the supplier email, I guess, and the plants sat out in a frost. I suppose we lost maybe half of them, I think. I rang my manager that morning and reordered what we could. I learned to check every delivery confirmation, and now I keep a shared calendar of them.\n',
    );
    const json = JSON.parse((await cli(['lint', hedged, '-f', 'json'])).stdout)[0].messages as {
      ruleId: string;
      line: number;
      column: number;
    }[];
    const hedges = json.filter((m) => m.ruleId === 'hedging');
    expect(hedges.length).toBeGreaterThanOrEqual(4);
    const lines = (await cli(['lint', hedged, '-f', 'github'])).stdout.split('\n').filter((l) => l.includes('title=failcoach hedging'));
    expect(lines).toHaveLength(1);
    for (const m of hedges.slice(1)) expect(lines[0]).toContain(`${m.line}:${m.column} “`);
  });

  it('prints one workflow command per finding with file, positions and title', async () => {
    const tricky = join(dir, 'odd, name: 100%.md');
    writeFileSync(tricky, 'It was not my fault.\n');
    const result = await cli(['lint', tricky, '-f', 'github']);
    const first = result.stdout.split('\n')[0]!;
    expect(first).toMatch(
      /^::(error|warning|notice) file=[^:,]*odd%2C name%3A 100%25\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=failcoach [a-z-]+( \(whole answer\))?::/,
    );
    expect(
      result.stdout
        .split('\n')
        .filter(Boolean)
        .every((l) => l.startsWith('::')),
    ).toBe(true);
  });
});

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema', async () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const result = await cli(['lint', weak, '-f', 'sarif']);
    const log = JSON.parse(result.stdout);
    const validation = new Validator().validate(log, schema);
    expect(validation.errors.map((e) => e.stack)).toEqual([]);
  });

  it('describes every rule, counts columns in UTF-16, uses relative URIs and stable fingerprints', async () => {
    const log = JSON.parse((await cli(['lint', weak, '-f', 'sarif'])).stdout);
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.rules).toHaveLength(20);
    expect(run.tool.driver.rules[0].help.text.length).toBeGreaterThan(50);
    // Each result names which of its rule's messages it speaks with, as JSON does.
    expect(run.results.every((r: { properties?: { messageId?: string } }) => typeof r.properties?.messageId === 'string')).toBe(true);
    // Outside the working directory: an absolute file URL; inside it: a path relative to %SRCROOT%.
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*weak%20answer\.md$/);
    const inside = JSON.parse((await cli(['lint', 'examples/weak-blame.md', '-f', 'sarif'])).stdout).runs[0].results[0].locations[0]
      .physicalLocation.artifactLocation;
    expect(inside).toEqual({ uri: 'examples/weak-blame.md', uriBaseId: '%SRCROOT%' });
    // An edit above the finding moves its line but keeps its fingerprint.
    const moved = join(dir, 'moved.md');
    writeFileSync(moved, 'It was not my fault. My manager never told me about the deadline.\n');
    const before = JSON.parse((await cli(['lint', moved, '-f', 'sarif'])).stdout).runs[0].results;
    writeFileSync(moved, '# A title\n\nIt was not my fault. My manager never told me about the deadline.\n');
    const after = JSON.parse((await cli(['lint', moved, '-f', 'sarif'])).stdout).runs[0].results;
    const prints = (results: Array<{ ruleId: string; partialFingerprints: Record<string, string> }>) =>
      results.filter((r) => r.ruleId === 'blame-shifting').map((r) => r.partialFingerprints['failcoachFinding/v1']);
    expect(prints(after)).toEqual(prints(before));
    expect(new Set(prints(before)).size).toBe(prints(before).length);
  });
});

describe('what a finding is about: a phrase, or the whole answer', () => {
  // Too short and without a lesson (about the whole answer), and disowning in so many words (a phrase) on the first line.
  const mixed = join(dir, 'mixed.md');
  writeFileSync(mixed, 'It was not my fault that the ferry timetable went out wrong. My editor never checked it.\n');

  it('json gives each message a scope, "answer" or "phrase", beside the same positions as before', async () => {
    const messages = JSON.parse((await cli(['lint', mixed, '-f', 'json'])).stdout)[0].messages as Array<Record<string, unknown>>;
    const scopeOf = (ruleId: string) => messages.filter((m) => m.ruleId === ruleId).map((m) => m.scope);
    expect(scopeOf('length')).toEqual(['answer']);
    expect(scopeOf('missing-lesson')).toEqual(['answer']);
    expect(scopeOf('blame-shifting')).toContain('phrase');
    expect(messages.every((m) => m.scope === 'answer' || m.scope === 'phrase')).toBe(true);
    // Both kinds start on line 1, column 1: only the scope tells them apart.
    const length = messages.find((m) => m.ruleId === 'length')!;
    const blame = messages.find((m) => m.ruleId === 'blame-shifting')!;
    expect([length.line, length.column, blame.line, blame.column]).toEqual([1, 1, 1, 1]);
    expect(Object.keys(length).slice(0, 5)).toEqual(['ruleId', 'messageId', 'severity', 'message', 'scope']);
  });

  it('sarif says it in the property bag and on the location, and stays valid SARIF 2.1.0', async () => {
    const log = JSON.parse((await cli(['lint', mixed, '-f', 'sarif'])).stdout);
    const results = log.runs[0].results as Array<{
      ruleId: string;
      properties: { scope: string };
      locations: Array<{ message?: { text: string }; physicalLocation: { region: { startLine: number } } }>;
    }>;
    const length = results.find((r) => r.ruleId === 'length')!;
    expect(length.properties.scope).toBe('answer');
    expect(length.locations[0]!.message?.text).toMatch(/whole answer/);
    // GitHub code scanning needs a line: the region stays where the answer starts.
    expect(length.locations[0]!.physicalLocation.region.startLine).toBe(1);
    const blame = results.find((r) => r.ruleId === 'blame-shifting')!;
    expect(blame.properties.scope).toBe('phrase');
    expect(blame.locations[0]!.message).toBeUndefined();
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    expect(new Validator().validate(log, schema).errors.map((e) => e.stack)).toEqual([]);
  });

  it('github titles a whole-answer annotation so, since it sits on the first line', async () => {
    const lines = (await cli(['lint', mixed, '-f', 'github'])).stdout.trim().split('\n');
    expect(lines.find((l) => l.includes('title=failcoach length'))).toContain('title=failcoach length (whole answer)::');
    expect(lines.find((l) => l.includes('title=failcoach blame-shifting'))).toMatch(/title=failcoach blame-shifting::/);
  });
});

describe('machine formats', () => {
  it('carry no colour and nothing but the report, even when colour is forced', async () => {
    for (const format of ['json', 'compact', 'github', 'sarif']) {
      const result = await cli(['lint', weak, '-f', format, '--color'], { stdoutTTY: true });
      expect(result.stdout, format).not.toContain('\u001b[');
      expect(result.stderr, format).toBe('');
    }
  });

  it('write the report to a file with -o, and nothing to stdout', async () => {
    const out = join(dir, 'report.json');
    const result = await cli(['lint', weak, '-f', 'json', '-o', out]);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].filePath).toBe(weak);
    const bad = await cli(['lint', weak, '-o', join(dir, 'no-such-dir', 'r.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot write the report/);
  });
});
