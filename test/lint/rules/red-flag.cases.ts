import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const story = (sentence: string): string =>
  answer({ failure: `${sentence} The update crashed for roughly 6,000 customers on Android 11.` });

export default defineCases('red-flag', {
  valid: [
    {
      name: 'misconduct the speaker reported in someone else, or denied',
      text: answer({
        result:
          'A contractor had falsified his test log, which I reported the same day. I never hid the crash from anyone, and the fix reached everyone within 36 hours.',
      }),
    },
    {
      name: '"without permission" when the speaker did not act in the sentence',
      text: answer({ result: 'The vendor had changed the SDK without permission, and the fix reached everyone within 36 hours.' }),
    },
    {
      name: 'an act denied by a negator just before it',
      text: answer({
        result: 'Nobody said I lied about the results, but I had cut the test plan. The fix reached everyone within 36 hours.',
      }),
    },
  ],
  invalid: [
    {
      name: '"without permission" when the speaker acted in the sentence',
      text: story('I pushed the build to the store without permission from the release board.'),
      findings: [{ messageId: 'misconduct', at: '3:33-3:51', text: 'without permission' }],
    },
    {
      name: 'lying',
      text: story('I lied to my manager about the test results.'),
      findings: [{ messageId: 'misconduct', at: '3:1-3:7', text: 'I lied' }],
    },
    {
      name: 'bypassing a review',
      text: story('To hit the date I bypassed the security review.'),
      findings: [{ messageId: 'misconduct', at: '3:17-3:47', text: 'I bypassed the security review' }],
    },
    {
      name: 'records that do not reflect what happened',
      text: story('I filled in the missing test results from the last release.'),
      findings: [{ messageId: 'misconduct', at: '3:1-3:37', text: 'I filled in the missing test results' }],
    },
  ],
});
