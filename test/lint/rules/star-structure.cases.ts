import { BASE, answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const LONG_SETUP = `${BASE.situation} The app had been built by an agency, and our team of eight took it over in 2022. We shipped every quarter, with a freeze two weeks before each date. The release had forty changes, including a new login screen and a redesigned statement view that customers had asked for. Marketing had booked a campaign around the launch date, and the board expected the new statements to reduce support calls. I had coordinated three releases before this one, each with a written plan that the engineering manager and the head of support signed off, and I kept the plan in a shared document that everyone on the team could edit.`;

export default defineCases('star-structure', {
  valid: [
    { name: 'a free-form answer that covers every part', text: answer() },
    {
      name: "every part under the writer's own headings",
      text: `## Situation\n${BASE.situation}\n\n## Action\n${BASE.failure} ${BASE.action}\n\n## Lesson\n${BASE.lesson}\n`,
    },
    {
      name: 'a free-form answer is not asked for a task of its own',
      text: 'The bakery on the high street sells most of its bread on Saturdays. On the Friday I ordered half the flour we needed, because I misread the sheet. We ran out by noon and lost about 300 pounds of sales. I rang our supplier for an emergency delivery and we reopened at three. I learned to check an order against last week before I send it, and I have done so every week since.',
    },
  ],
  invalid: [
    {
      name: "a missing part under the writer's own headings",
      text: `## Situation\n${BASE.situation}\n\n## Lesson\n${BASE.lesson}\n`,
      findings: [
        {
          messageId: 'missingPart',
          at: '2:1-2:152',
          message: /^The Action \(what you yourself did\) part of STAR is missing \(no section under that heading\)\.$/,
        },
      ],
    },
    {
      name: 'a writer who chose STAR headings is held to a Task section',
      text: '## Situation\n\nThe bakery on the high street sells most of its bread on Saturdays.\n\n## Action\n\nI ordered half the flour we needed because I misread the sheet.\n\n## Result\n\nWe ran out by noon on Saturday and lost about 300 pounds of sales. I now check the order against last week before I send it.\n',
      findings: [{ messageId: 'missingPart', at: '3:1-3:68', message: /^The Task \(/ }],
    },
    {
      name: 'a setup that takes over the answer',
      text: answer({ situation: LONG_SETUP }),
      findings: [
        {
          messageId: 'longSetup',
          at: '1:1-1:765',
          message: /^The setup \(situation and task\) takes \d+% of the answer; keep it under 40%\.$/,
        },
      ],
    },
    {
      name: 'maxSetupShare lowered',
      text: answer(),
      options: { maxSetupShare: 0.05 },
      findings: [{ messageId: 'longSetup', at: '1:1-1:152', message: /keep it under 5%/ }],
    },
  ],
});
