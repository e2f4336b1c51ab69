import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('missing-corrective-action', {
  valid: [
    {
      name: 'a response in words outside any verb list: the speaker acting after the failure',
      text: answer({
        action:
          'That evening I borrowed four older phones from the support team and sat with two developers until we had a build that opened on all of them.',
      }),
    },
    {
      name: 'a fix told with "we" (the ownership rule judges the pronoun)',
      text: answer({ action: 'We rolled the update back within an hour and shipped a fix the next day.' }),
    },
  ],
  invalid: [
    {
      name: 'a failure followed straight by the lesson, at the failure',
      text: answer({ action: '', result: '' }),
      findings: [
        {
          messageId: 'noResponse',
          at: '3:1-3:153',
          severity: 'warning',
          text: 'I approved the release without running the full regression suite on older Android phones, because the new tests had passed and I wanted to hit the date.',
        },
      ],
    },
    {
      name: "what others did is not the speaker's response",
      text: answer({ action: 'The support team rolled the update back the next morning and the developers fixed it within a day.' }),
      findings: [{ messageId: 'noResponse', at: '3:1-3:153' }],
    },
  ],
});
