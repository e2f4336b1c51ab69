import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('repeated-failure', {
  valid: [
    {
      name: '"it never happened again"',
      text: answer({
        lesson: 'I learned to protect the test plan. Since then I run the full suite three days out, and it has never happened again.',
      }),
    },
  ],
  invalid: [
    {
      name: 'the same failure coming back after the lesson',
      text: answer({
        lesson: `${answer().split('\n\n')[4]!.trim()} Even so, the next quarter I made the same mistake again under a new deadline.`,
      }),
      findings: [{ messageId: 'repeated', at: '9:390-9:419', text: 'I made the same mistake again' }],
    },
  ],
});
