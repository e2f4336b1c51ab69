import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('ownership', {
  valid: [
    {
      name: '"we" for the team once the speaker owns their part',
      text: answer({
        failure:
          'We shipped on time, but I had skipped the older-device suite to get there. The update crashed for roughly 6,000 customers on Android 11.',
      }),
    },
    {
      name: '"we" in the context and in the new habits after the lesson',
      text: answer({
        lesson:
          'I learned that a deadline is no reason to test less. Since then we run the full device suite on every release candidate, and we have not shipped a crash since.',
      }),
    },
    {
      name: '"I built it without checking" owns the failure',
      text: answer({
        failure: 'I built the release without checking older phones, and we shipped a crash to roughly 6,000 customers on Android 11.',
        action: 'I paused the rollout within an hour and wrote to every affected customer that evening.',
      }),
    },
  ],
  invalid: [
    {
      name: 'a failure and a fix told only as "we": the failure is reported; the fix is not, as the speaker acts after the failure in the lesson',
      text: answer({
        failure:
          'We approved the release without running the older-device suite, and we missed the crash on Android 11. It hit roughly 6,000 customers.',
        action: 'We paused the rollout within an hour and fixed it overnight.',
      }),
      findings: [{ messageId: 'groupFailure', at: '3:1-3:3', text: 'We' }],
    },
    {
      name: 'a fix told only as "we" when the speaker never acts after the failure',
      text: answer({
        action: 'We paused the rollout within an hour and fixed it overnight.',
        lesson:
          'The lesson is that a deadline is never a reason to shrink the test plan. The team has run the full device suite on every release since.',
      }),
      findings: [{ messageId: 'groupAction', at: '5:1-5:3', text: 'We' }],
    },
  ],
});
