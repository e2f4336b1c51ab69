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
    expect(out).toMatch(/who acts\s+other\(supplier\) send \(negated\)/);
    expect(out).toMatch(/who acts\s+self cut|self call \(should have\)/);
    expect(out).toMatch(/story\s+failure \d\.\d\d/);
    expect(out).toMatch(/How each rule decided/);
    expect(out).toMatch(/blame-shifting\s+check\s+\d+\s+score \d\.\d\d [≥<] \d\.\d\d/);
    expect(out).toMatch(/length\s+check\s+\d+\s+rule alone/);
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
