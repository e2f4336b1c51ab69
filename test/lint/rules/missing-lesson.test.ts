import { describe, expect, it } from 'vitest';
import { answer, expectClean, findingsOf } from '../../helpers.js';

const RULE = 'missing-lesson';

describe(RULE, () => {
  it('is an error when no lesson is told at all', () => {
    const findings = findingsOf(RULE, answer({ lesson: '' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
  });

  it('is a warning, one level milder, when the only lesson is a platitude', () => {
    const findings = findingsOf(RULE, answer({ lesson: 'Looking back, the main thing I learned was the importance of communication and that I should communicate better.' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toMatch(/vague/);
  });

  it('accepts a specific lesson told without the word "learned"', () => {
    expectClean(RULE, answer({ lesson: 'It taught me that a deadline is a reason to start testing earlier, not to test less. Now I book the device lab for three days before every release.' }));
  });

  it('accepts a lesson under a "## Lesson" heading', () => {
    const text = `## Situation\n${answer().split('\n\n').slice(0, 1).join('')}\n\n## Action\n${answer().split('\n\n')[1]}\n\n## Lesson\nA deadline is a reason to start the test plan earlier. Since then I run the full suite three days before every release date.\n`;
    expectClean(RULE, text);
  });

  it('does not take a quoted lesson as the speaker\'s own', () => {
    const findings = findingsOf(RULE, answer({ lesson: 'My mentor likes to say, "The lesson is always to test more." The rating recovered after a month.' }));
    expect(findings).toHaveLength(1);
  });
});
