/**
 * --quiet shows errors only, as ESLint's does: it never claims "no problems" while it hides
 * warnings, and the warnings it hides still count against --max-warnings.
 */
import { describe, expect, it } from 'vitest';
import { cli } from './io.js';

const fixtures = new URL('../fixtures/answers/', import.meta.url).pathname;
// No errors, many warnings (hedges and fillers): the case a user met with -q --max-warnings 5.
const hedgy = `${fixtures}holdout-weak-hedgy-engineer.md`;

async function warningsOf(path: string): Promise<{ errors: number; warnings: number }> {
  const [report] = JSON.parse((await cli(['lint', path, '-f', 'json'])).stdout);
  return { errors: report.errorCount, warnings: report.warningCount };
}

describe('lint --quiet', () => {
  it('says the warnings are hidden rather than "no problems"', async () => {
    const counts = await warningsOf(hedgy);
    expect(counts.errors).toBe(0);
    expect(counts.warnings).toBeGreaterThan(5);
    const result = await cli(['lint', hedgy, '-q']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/no problems/);
    expect(result.stdout).not.toMatch(/\bwarning\b {2}/);
    expect(result.stdout).toContain(`⚠ no errors (${counts.warnings} warnings not shown: --quiet)`);
    expect(result.stdout).toMatch(new RegExp(`1 answer checked, no errors \\(${counts.warnings} warnings not shown: --quiet\\)`));
    expect(result.stdout).not.toContain('✔');
  });

  it('still counts hidden warnings against --max-warnings, and says why it fails', async () => {
    const { warnings } = await warningsOf(hedgy);
    const over = await cli(['lint', hedgy, '-q', '--max-warnings', '5']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(`failcoach: ${warnings} warnings, more than --max-warnings 5 (run without --quiet to see them)\n`);
    const within = await cli(['lint', hedgy, '-q', '--max-warnings', String(warnings)]);
    expect(within.code).toBe(0);
    expect(within.stderr).toBe('');
  });

  it('keeps machine formats to errors only, with counts to match', async () => {
    const [report] = JSON.parse((await cli(['lint', hedgy, '-q', '-f', 'json'])).stdout);
    expect(report.messages).toEqual([]);
    expect(report.warningCount).toBe(0);
  });
});
