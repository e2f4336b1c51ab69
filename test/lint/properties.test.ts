import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { formatCompact } from '../../src/formatters/compact.js';
import { formatGithub } from '../../src/formatters/github.js';
import { folded } from '../../src/formatters/fold.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { RULES } from '../../src/lint/rules/index.js';
import { PLAIN } from '../../src/io/color.js';
import { answerStats } from '../../src/lint/engine.js';
import { countBySeverity } from '../../src/lint/result.js';

// Text built from pieces that stress the parser: markup, quotes, offsets, line ends, emoji.
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'I failed. ',
    'We missed it! ',
    '"quoted," she said. ',
    '## Action\n',
    '---\nrole: x\n---\n',
    '`code`',
    '<!-- c -->',
    '\r\n',
    '\n\n',
    '😀',
    '\uFEFF',
    '- item\n',
    '[link](url)',
    'Dr. ',
    'v2.1 ',
    "it wasn't my fault. ",
    'maybe ',
    'um, like, ',
  ),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('the linter on arbitrary text', () => {
  it('never throws, keeps every range inside the input, and every position consistent', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (source, markdown) => {
        const answer = parseAnswer(source, { markdown });
        const findings = lintAnswer(answer);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(source.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(f.endLine * 1e6 + f.endColumn).toBeGreaterThanOrEqual(f.line * 1e6 + f.column);
        }
        for (const sentence of answer.sentences) {
          for (const word of sentence.words) expect(source.slice(word.start, word.end)).toBe(word.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("always produces output every format's reader can parse", () => {
    fc.assert(
      fc.property(text, fc.string(), (source, name) => {
        const answer = parseAnswer(source);
        const findings = lintAnswer(answer);
        const filePath = `${name.replace(/\0/g, '')}.md`;
        const length = { min: 180, max: 320, hardMin: 80, hardMax: 450, wordsPerMinute: 150 };
        const result = { filePath, findings, stats: answerStats(answer), ...countBySeverity(findings), length };
        const context = { paint: PLAIN, rules: RULES, version: '0.0.0', cwd: '/work' };
        expect(JSON.parse(formatJson([result], context))).toHaveLength(1);
        expect(JSON.parse(formatSarif([result], context)).runs[0].results).toHaveLength(findings.length);
        expect(formatStylish([result], context)).toMatch(/(problems?|no problems|no errors or warnings \(\d+ infos?\))[^\n]*\n$/);
        // compact: one line per finding; github: one per finding, repeated advice folded into its first; whatever the message or file name holds.
        const github = formatGithub([result], context).split('\n').filter(Boolean);
        expect(github).toHaveLength(folded(findings).length);
        for (const line of github)
          expect(line).toMatch(
            /^::(error|warning|notice) file=[^\n:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,\n]+::[^\r\n]*$/,
          );
        if (!/[\r\n]/.test(filePath)) expect(formatCompact([result], context).split('\n').filter(Boolean)).toHaveLength(findings.length);
      }),
      { numRuns: 150 },
    );
  });
});
