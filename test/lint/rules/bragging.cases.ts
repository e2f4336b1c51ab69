import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('bragging', {
  valid: [{ name: 'a plain account of what the speaker did', text: answer() }],
  invalid: [
    {
      name: 'self-aggrandising claims',
      text: answer({
        action:
          'I single-handedly fixed it overnight; nobody else could have done it that fast. Thanks to me the rollout resumed the next day.',
      }),
      findings: [
        { messageId: 'boast', at: '5:3-5:18', text: 'single-handedly', severity: 'warning' },
        { messageId: 'boast', at: '5:39-5:61', text: 'nobody else could have' },
        { messageId: 'boast', at: '5:81-5:93', text: 'Thanks to me' },
      ],
    },
  ],
});
