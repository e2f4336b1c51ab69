import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('negative-ending', {
  valid: [
    { name: 'an ending on the lesson', text: answer() },
    {
      name: 'an ending on the lesson that names the failure',
      text: answer({
        lesson:
          'What I learned is that a missed test is a failure waiting to happen. Since then I have not shipped a release without the full suite, and none has crashed.',
      }),
    },
    {
      name: '"we have not had a failed release since" is a turn, not a loss',
      text: answer({ lesson: 'I learned to start testing earlier. We have not had a failed release since.' }),
    },
  ],
  invalid: [
    {
      name: 'an answer that closes on the loss',
      text: answer({ lesson: 'We lost two enterprise customers over it, and the damage to our reputation was terrible and painful.' }),
      findings: [
        {
          messageId: 'endsOnLoss',
          at: '9:1-9:101',
          text: 'We lost two enterprise customers over it, and the damage to our reputation was terrible and painful.',
        },
      ],
    },
    {
      name: 'lingering regret even after a lesson',
      text: answer({ lesson: 'I learned to protect the test plan. I still regret how many customers I let down that week.' }),
      findings: [{ messageId: 'endsOnLoss', at: '9:37-9:92', text: 'I still regret how many customers I let down that week.' }],
    },
  ],
});
