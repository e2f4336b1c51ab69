import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskMarkdown } from '../../src/answer/markdown.js';
import { pathologicalMarkdown } from '../bench/pathological.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${root}dist/answer/markdown.js`);

describe('masking markdown', () => {
  it('blanks code, images, link targets, tags, comments and markers, and keeps what is said', () => {
    const source = 'I ran `make deploy` and [the guide](https://x.y) said ![a chart](c.png) <b>so</b> *twice* <!-- note --> [ref][1].';
    const spoken = maskMarkdown(source, true).spoken;
    expect(spoken).toHaveLength(source.length);
    expect(spoken.replace(/\s+/g, ' ').trim()).toBe('I ran and the guide said so twice ref .');
  });

  it('keeps lengths and line breaks, and changes characters only to spaces, on arbitrary markup', () => {
    const piece = fc.constantFrom(
      '`',
      '``',
      '[',
      ']',
      '(',
      ')',
      '!',
      '<',
      '>',
      '<!--',
      '-->',
      '*',
      '_',
      '~~',
      '#',
      ' ',
      '\n',
      '\r\n',
      'a',
      'word',
      '|',
      '---\n',
      '> ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const source = parts.join('');
        const { spoken } = maskMarkdown(source, true);
        expect(spoken).toHaveLength(source.length);
        for (let i = 0; i < source.length; i++) {
          if (spoken[i] !== source[i]) {
            expect(spoken[i]).toBe(' ');
            expect(source[i]).not.toMatch(/[\r\n]/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  // In a child process with a time-out, so quadratic masking fails the test rather than stalling
  // the run. The bound is twice the issue's one second; the linear masking takes well under it.
  it.skipIf(!built)(
    'finishes each pathological input at the 1 MiB limit in under 2 seconds',
    () => {
      const script = `
      import { readFileSync } from 'node:fs';
      import { maskMarkdown } from ${JSON.stringify(`${root}dist/answer/markdown.js`)};
      const cases = JSON.parse(readFileSync(0, 'utf8'));
      for (const [name, text] of cases) {
        const started = performance.now();
        maskMarkdown(text, true);
        process.stdout.write(JSON.stringify([name, performance.now() - started]) + '\\n');
      }`;
      const cases = pathologicalMarkdown();
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        input: JSON.stringify(cases),
        encoding: 'utf8',
        timeout: 120000,
        maxBuffer: 1 << 20,
      });
      const timings = new Map(
        result.stdout
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as [string, number]),
      );
      for (const [name] of cases) {
        expect(timings.has(name), `${name} did not finish`).toBe(true);
        expect(timings.get(name)!, name).toBeLessThan(2000);
      }
    },
    130000,
  );
});
