import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const story = (sentence: string): string =>
  answer({ failure: `${sentence} The update crashed on launch for roughly 6,000 customers on Android 11.` });

export default defineCases('passive-dodge', {
  valid: [
    {
      name: '"I was asked to lead"',
      text: answer({
        situation:
          'In 2023 I was asked to lead the quarterly release of a banking app with 90,000 users, and my job was to ship it by the end of June.',
      }),
    },
    {
      name: 'a passive with its agent named',
      text: answer({ result: 'The first crash report was missed by the on-call vendor, but the fix reached everyone within 36 hours.' }),
    },
    {
      name: 'a passive the speaker owns in the same breath',
      text: answer({
        failure:
          'The older-device run was skipped because I decided to skip it to hit the date. The update crashed for roughly 6,000 customers on Android 11.',
      }),
    },
  ],
  invalid: [
    {
      name: '"mistakes were made"',
      text: story('Mistakes were made during the release.'),
      findings: [{ messageId: 'passive', at: '3:1-3:19', text: 'Mistakes were made' }],
    },
    {
      name: '"was skipped"',
      text: story('The older-device run was skipped before the release.'),
      findings: [{ messageId: 'passive', at: '3:22-3:33', text: 'was skipped' }],
    },
    {
      name: '"got overlooked"',
      text: story('The crash report got overlooked for a day.'),
      findings: [{ messageId: 'passive', at: '3:18-3:32', text: 'got overlooked' }],
    },
    {
      name: '"missed by two days" names no agent',
      text: answer({ result: 'The deadline was missed by two days. The fixed version reached everyone within 36 hours.' }),
      findings: [{ messageId: 'passive', at: '7:14-7:24', text: 'was missed' }],
    },
    {
      name: 'an agentless passive on a verb outside the lists, found by the grammar',
      text: story('The release was approved without a proper review.'),
      findings: [{ messageId: 'agentless', at: '3:1-3:49' }],
    },
  ],
});
