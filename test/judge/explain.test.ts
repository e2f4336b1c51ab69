import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'failcoach-explain-'));
const file = join(dir, 'a.md');
writeFileSync(
  file,
  'Our supplier never sent the revised drawings. I built the frame to the old ones. I should have called them before I cut the steel.\n',
);

describe('failcoach lint --explain', () => {
  it('shows each sentence with its part, who acts and its scores, then how each rule decided', async () => {
    const result = await cli(['lint', file, '--explain']);
    const out = result.stdout;
    expect(out).toContain('How each sentence was read');
    // Each sentence is labelled where it starts, line and column, so sentences sharing a line differ.
    expect(out).toMatch(/ 1:1 Our supplier never sent the revised drawings\./);
    expect(out).toMatch(/ 1:47 I built the frame to the old ones\./);
    // "Our supplier": a party of the speaker's, named as theirs.
    expect(out).toMatch(/who acts\s+someone else \(“your supplier”\): send \(not\)/);
    expect(out).toMatch(/who acts\s+you: call \(should have\)/);
    expect(out).toMatch(/part\s+Situation, inferred/);
    expect(out).toMatch(/tells\s+(no part of the story|(the failure|what it cost|the fix|the lesson|what changed since) \d\.\d\d)/);
    expect(out).toMatch(/How each rule decided/);
    expect(out).toMatch(/blame-shifting\s+found\s+\d+\s+score \d\.\d\d, needs \d\.\d\d\s+(reported \d+|silent)/);
    expect(out).toMatch(/length\s+found\s+\d+\s+rule alone/);
    expect(out).toContain('  1:1 Our supplier never sent the revised drawings.');
  });

  it('shows where reading the check again with the story parts changed what it found', async () => {
    // A lesson announced and never said ("I have grown a lot since then"), and nothing scored as one:
    // missing-lesson's reread adds the vague form, surely, where its check found nothing.
    const noLesson = join(dir, 'no-lesson.md');
    writeFileSync(
      noLesson,
      'I look after the stock at a busy bike shop. In March I ordered the spring tyres against last spring, without checking that we had dropped one of the two brands. Four hundred tyres of a brand we no longer sold sat in the store room, about three thousand pounds of cash tied up. I rang the supplier the same day, sent back what they would take and sold the rest at cost to a trade customer. I have grown a lot since then. Now every seasonal order starts from the current range list, and my manager signs it before it goes out.\n',
    );
    const out = (await cli(['lint', noLesson, '--explain'], { env: { COLUMNS: '100' } })).stdout;
    expect(out).toMatch(/missing-lesson\s+found 0→1\s+score \d\.\d\d, needs \d\.\d\d\s+reported \d+/);
    // A rule without such a reading shows its count alone.
    expect(out).toMatch(/blame-shifting\s+found\s+0\s+score/);
  });

  it('speaks in plain words, with a legend that names the terms the code uses', async () => {
    const out = (await cli(['lint', file, '--explain'])).stdout;
    // The clause reader's own notation (self write, other(supplier) send, negated, passive, no agent) stays out of the report…
    expect(out).not.toMatch(/\b(self|group|other|thing|none)(\(|\s+[a-z]+(;|$))/m);
    expect(out).not.toMatch(/negated|by-agent|no agent/);
    // …and the legend ties the plain words to it, for anyone tuning a rule.
    expect(out.replace(/\s+/g, ' ')).toMatch(
      /who acts: you, we, someone else, a thing or nobody named — in the code self, group, other, thing, none/,
    );
    expect(out.replace(/\s+/g, ' ')).toMatch(/score: the learned judgement of the whole answer, which must reach the threshold/);
  });

  it('keeps findings about the whole answer off the first sentence, where they are only placed', async () => {
    const out = (await cli(['lint', file, '--explain'])).stdout;
    const lines = out.split('\n');
    const whole = lines.findIndex((l) => l.trim() === 'whole answer');
    expect(whole).toBeGreaterThan(0);
    expect(lines[whole + 1]).toMatch(/reported\s+length \((error|warning|info)\)/);
    const first = lines.findIndex((l) => l.includes('1:1 Our supplier'));
    const firstBlock = lines
      .slice(
        first,
        lines.findIndex((l, i) => i > first && /^\s+1:47 /.test(l)),
      )
      .join('\n');
    expect(firstBlock).toMatch(/reported\s+blame-shifting \(error\)/);
    expect(firstBlock).not.toMatch(/length|missing-lesson/);
  });

  it('names the heading a sentence sits under', async () => {
    const headed = join(dir, 'headed.md');
    writeFileSync(
      headed,
      '## Background\n\nI ran the night shift at a steel fabricator.\n\n## What went wrong\n\nI cut the steel to the old drawings without calling the supplier first.\n',
    );
    const out = (await cli(['lint', headed, '--explain'])).stdout;
    expect(out).toMatch(/part\s+Action, under your heading “What went wrong”/);
  });

  it('says how an act is told: an aim, a concealment', async () => {
    const told = join(dir, 'told.md');
    writeFileSync(told, 'I moved the invoice into March so the quarter would look better, without telling my manager.\n');
    const out = (await cli(['lint', told, '--explain'])).stdout;
    expect(out).toMatch(/told as\s+with an aim \(so it would…\);\s+keeping\s+something\s+back/);
  });

  it('is for people: with a machine format it is a usage error', async () => {
    const result = await cli(['lint', file, '--explain', '-f', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--explain .*stylish/);
  });
});
