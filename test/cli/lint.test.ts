import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../base-answer.js';
import { cli } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'failcoach-lint-'));
const strong = join(dir, 'strong.md');
const weak = join(dir, 'weak.md');
writeFileSync(strong, answer());
writeFileSync(weak, 'It was not my fault. My manager never told me about the deadline.\n');

describe('failcoach lint: exit codes', () => {
  it('exits 0 for a clean answer and 1 for error-level findings', async () => {
    expect((await cli(['lint', strong])).code).toBe(0);
    expect((await cli(['lint', weak])).code).toBe(1);
  });

  it('exits 2 for a missing file, names it on stderr in one line, and still reports the rest', async () => {
    const result = await cli(['lint', join(dir, 'nope.md'), strong, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`failcoach: ${join(dir, 'nope.md')} does not exist; check the path\n`);
    expect(JSON.parse(result.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([strong]);
  });

  it('exits 1 when warnings pass --max-warnings, and 0 within it', async () => {
    const hedged = join(dir, 'hedged.md');
    writeFileSync(hedged, answer({ result: 'It maybe took probably 36 hours, I guess, and the rating sort of recovered.' }));
    expect((await cli(['lint', hedged])).code).toBe(0);
    const over = await cli(['lint', hedged, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/more than --max-warnings 0/);
    expect((await cli(['lint', hedged, '--max-warnings', '10'])).code).toBe(0);
    expect((await cli(['lint', hedged, '--max-warnings', 'lots'])).code).toBe(2);
  });

  it('changes severities with --rule, and refuses unknown rules and severities with exit 2', async () => {
    expect(
      (
        await cli([
          'lint',
          weak,
          '--rule',
          'blame-shifting:off',
          '--rule',
          'missing-lesson:warning',
          '--rule',
          'length:warning',
          '--rule',
          'never-failed:off',
        ])
      ).code,
    ).toBe(0);
    const unknown = await cli(['lint', weak, '--rule', 'no-such-rule:off']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown rule "no-such-rule"/);
    // A name no rule has, whatever its letters, is an unknown rule, not a malformed flag.
    for (const id of ['__proto__', 'toString', 'constructor', 'Hedging'])
      expect((await cli(['lint', weak, '--rule', `${id}:off`])).stderr, id).toMatch(new RegExp(`^failcoach: --rule: unknown rule "${id}"`));
    const typo = await cli(['lint', weak, '--rule', 'hedgng:off']);
    expect(typo.stderr).toBe('failcoach: --rule: unknown rule "hedgng" (did you mean "hedging"?); run "failcoach rules" to list them\n');
    const badSeverity = await cli(['lint', weak, '--rule', 'hedging:loud']);
    expect(badSeverity.code).toBe(2);
    expect(badSeverity.stderr).toMatch(/off, info, warning, error/);
  });

  it('shows only errors with --quiet', async () => {
    const result = await cli(['lint', weak, '--quiet', '--format', 'json']);
    const severities = JSON.parse(result.stdout)[0].messages.map((m: { severity: string }) => m.severity);
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(['error']));
  });
});

describe('failcoach lint: inputs', () => {
  it('recurses into directories for .md, .markdown and .txt, in name order', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'failcoach-tree-'));
    writeFileSync(join(tree, 'b.txt'), answer());
    writeFileSync(join(tree, 'a.markdown'), answer());
    writeFileSync(join(tree, 'notes.json'), '{}');
    const result = await cli(['lint', tree, '--format', 'json']);
    expect(JSON.parse(result.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(tree, 'a.markdown'), join(tree, 'b.txt')]);
  });

  it('reads stdin from "-" or a pipe, named by --stdin-filename', async () => {
    const dash = await cli(['lint', '-', '--format', 'json'], { stdin: answer(), stdinTTY: false });
    expect(JSON.parse(dash.stdout)[0].filePath).toBe('<stdin>');
    const piped = await cli(['lint', '--format', 'json', '--stdin-filename', 'mine.md'], { stdin: answer(), stdinTTY: false });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)[0].filePath).toBe('mine.md');
  });

  it("takes the configuration of --stdin-filename's folder, even for a file not saved yet", async () => {
    const project = mkdtempSync(join(tmpdir(), 'failcoach-stdin-config-'));
    writeFileSync(join(project, '.failcoachrc.yaml'), 'rules:\n  hedging: off\n');
    const hedged = 'I think I maybe missed the supplier email, I guess, and I suppose the plants sat out in a frost.\n';
    const rules = async (name: string): Promise<string[]> => {
      const result = await cli(['lint', '-f', 'json', '--stdin-filename', name], { stdin: hedged, stdinTTY: false });
      return JSON.parse(result.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    };
    expect(await rules(join(project, 'not-saved-yet.md'))).not.toContain('hedging');
    expect(await rules(join(dir, 'elsewhere.md'))).toContain('hedging');
  });

  it('says that nothing came in when standard input is empty, in one line, exit 2', async () => {
    const result = await cli(['lint', '-'], { stdin: '  \n', stdinTTY: false });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'failcoach: <stdin> is empty: nothing came in on standard input; pipe an answer in, or name its file',
    );
  });

  it('says how to use it, at once, when given nothing and stdin is a terminal', async () => {
    const result = await cli(['lint'], { stdinTTY: true });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no answers given/);
  });

  it('rejects empty, binary, invalid UTF-8 and oversized input with one line each, exit 2', async () => {
    const cases: Array<[string, Buffer, RegExp]> = [
      ['empty.md', Buffer.from('  \n\n'), /is empty/],
      ['only-front-matter.md', Buffer.from('---\nrole: analyst\n---\n<!-- notes -->\n'), /has no answer text/],
      // Something to read, but not a word of it: the line says so, not that it is all front matter or code.
      [
        'only-emoji.md',
        Buffer.from('😬🔥💥\n\n🙈 → 📉 …\n'),
        /^failcoach: .*only-emoji\.md has no words \(only emoji, symbols or punctuation\); write the answer in words\n$/,
      ],
      ['emoji-under-front-matter.txt', Buffer.from('---\nrole: analyst\n---\n👍🏽\n'), /has no words \(only emoji/],
      ['binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
      ['latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), /not valid UTF-8/],
      ['huge.md', Buffer.alloc(1024 * 1024 + 10, 0x61), /limited to 1 MiB/],
    ];
    for (const [name, bytes, message] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const result = await cli(['lint', path]);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toMatch(message);
      expect(result.stderr.trim().split('\n'), name).toHaveLength(1);
    }
  });

  it('refuses a document named outright (.docx, .pdf…) with how to export it, exit 2; a folder walk passes over it', async () => {
    const docs = mkdtempSync(join(tmpdir(), 'failcoach-docs-'));
    // Plain text behind a .docx name, a real one (a zip, so binary), a PDF and a Pages package (a folder).
    writeFileSync(join(docs, 'told-in-text.docx'), answer());
    writeFileSync(join(docs, 'zipped.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    writeFileSync(join(docs, 'scan.PDF'), '%PDF-1.7\n');
    mkdirSync(join(docs, 'Interview.pages'));
    writeFileSync(join(docs, 'Interview.pages', 'index.xml'), '<x/>');
    writeFileSync(join(docs, 'kept.md'), answer());
    // A plain-text file with no extension, named outright, is read as it always was.
    writeFileSync(join(docs, 'NOTES'), answer());
    const named = ['told-in-text.docx', 'zipped.docx', 'scan.PDF', 'Interview.pages', 'NOTES'].map((n) => join(docs, n));
    const result = await cli(['lint', ...named, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(docs, 'NOTES')]);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      `failcoach: ${join(docs, 'told-in-text.docx')} is a Word document; failcoach reads plain text and Markdown (.md, .markdown, .txt): ` +
        'save it as text (in Word, File › Save As › Plain Text, or pandoc told-in-text.docx -o told-in-text.md) and lint that file',
    );
    expect(lines[1]).toMatch(/zipped\.docx is a Word document; /);
    expect(lines[2]).toMatch(/scan\.PDF is a PDF; .*pdftotext scan\.PDF scan\.txt/);
    expect(lines[3]).toMatch(/Interview\.pages is a Pages document; .*Export To › Plain Text/);
    // Walking the folder skips them without a word, as it skips any file that is not an answer.
    const walked = await cli(['lint', docs, '--format', 'json']);
    expect(walked.stderr).toBe('');
    expect(JSON.parse(walked.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(docs, 'kept.md')]);
    // Standard input named like a document is text all the same.
    const piped = await cli(['lint', '-', '--stdin-filename', 'pasted.docx', '-f', 'json'], { stdin: answer(), stdinTTY: false });
    expect(piped.stderr).toBe('');
    expect(JSON.parse(piped.stdout)[0].filePath).toBe('pasted.docx');
  });

  it('says so when a directory holds no answers', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'failcoach-empty-'));
    const result = await cli(['lint', empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/contains no answers/);
  });
});

describe('failcoach lint: reports', () => {
  it('prints the documented JSON shape, one object per input in order', async () => {
    const result = await cli(['lint', weak, strong, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.map((r: { filePath: string }) => r.filePath)).toEqual([weak, strong]);
    expect(Object.keys(report[0]).sort()).toEqual(['errorCount', 'filePath', 'infoCount', 'messages', 'stats', 'warningCount'].sort());
    expect(Object.keys(report[0].stats).sort()).toEqual(['parts', 'sections', 'speakingSeconds', 'words']);
    expect(Object.keys(report[0].stats.parts)).toEqual(['situation', 'task', 'action', 'result', 'lesson']);
    const message = report[0].messages[0];
    for (const key of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']) expect(message).toHaveProperty(key);
    expect(report[0].errorCount).toBe(report[0].messages.filter((m: { severity: string }) => m.severity === 'error').length);
    expect(report[1].messages).toEqual([]);
  });

  it('prints findings with line:col, the rule id, a scorecard and a summary in stylish', async () => {
    const result = await cli(['lint', weak]);
    expect(result.stdout).toContain(weak);
    expect(result.stdout).toMatch(/1:1\s+error\s+This disowns the failure\.[\s\S]*?blame-shifting/);
    expect(result.stdout).toMatch(/Length\s+.*\d+ words · \d+s spoken/);
    expect(result.stdout).toMatch(/Situation\s+[█░]+/);
    expect(result.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ infos?\) in 1 answer/);
  });

  it('colours only when asked or on a terminal, and honours NO_COLOR', async () => {
    const ansi = '\u001b[';
    expect((await cli(['lint', weak])).stdout).not.toMatch(ansi);
    expect((await cli(['lint', weak], { stdoutTTY: true })).stdout).toMatch(ansi);
    expect((await cli(['lint', weak], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await cli(['lint', weak, '--color'], { env: { NO_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await cli(['lint', weak], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await cli(['lint', weak, '--no-color'], { stdoutTTY: true })).stdout).not.toMatch(ansi);
    expect((await cli(['lint', weak, '--format', 'json', '--color'])).stdout).not.toMatch(ansi);
  });
});
