import { describe, expect, it } from 'vitest';
import { BASE, answer, expectClean, findingsOf } from '../../helpers.js';

const RULE = 'star-structure';

describe(RULE, () => {
  it('passes a free-form answer that covers every part', () => {
    expectClean(RULE, answer());
  });

  it('finds a missing part under the writer\'s own headings', () => {
    const text = `## Situation\n${BASE.situation}\n\n## Action\n${BASE.failure} ${BASE.action}\n\n## Lesson\n${BASE.lesson}\n`;
    expectClean(RULE, text);
    const withoutAction = `## Situation\n${BASE.situation}\n\n## Lesson\n${BASE.lesson}\n`;
    const messages = findingsOf(RULE, withoutAction).map((f) => f.message);
    expect(messages.some((m) => m.includes('Action'))).toBe(true);
  });

  it('flags a setup that takes over the answer', () => {
    const long = `${BASE.situation} The app had been built by an agency, and our team of eight took it over in 2022. We shipped every quarter, with a freeze two weeks before each date. The release had forty changes, including a new login screen and a redesigned statement view that customers had asked for. Marketing had booked a campaign around the launch date, and the board expected the new statements to reduce support calls. I had coordinated three releases before this one, each with a written plan that the engineering manager and the head of support signed off, and I kept the plan in a shared document that everyone on the team could edit.`;
    const findings = findingsOf(RULE, answer({ situation: long }));
    expect(findings.map((f) => f.message).join(' ')).toMatch(/setup .* takes \d+% of the answer/);
  });

  it('honours maxSetupShare', () => {
    expect(findingsOf(RULE, answer(), { maxSetupShare: 0.05 }).length).toBe(1);
  });
});

describe('star-structure: the task in a free-form answer', () => {
  it('does not ask a free-form answer for a task of its own', () => {
    const text = 'The bakery on the high street sells most of its bread on Saturdays. On the Friday I ordered half the flour we needed, because I misread the sheet. We ran out by noon and lost about 300 pounds of sales. I rang our supplier for an emergency delivery and we reopened at three. I learned to check an order against last week before I send it, and I have done so every week since.';
    expect(findingsOf('star-structure', text).filter((f) => /The Task \(/.test(f.message))).toEqual([]);
  });

  it('holds a writer who chose STAR headings to a Task section', () => {
    const text = '## Situation\n\nThe bakery on the high street sells most of its bread on Saturdays.\n\n## Action\n\nI ordered half the flour we needed because I misread the sheet.\n\n## Result\n\nWe ran out by noon on Saturday and lost about 300 pounds of sales. I now check the order against last week before I send it.\n';
    expect(findingsOf('star-structure', text).some((f) => /The Task \(/.test(f.message))).toBe(true);
  });
});
