import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const story = (sentence: string): string =>
  answer({ failure: `${sentence} The update crashed on launch for roughly 6,000 customers on Android 11.` });

export default defineCases('blame-shifting', {
  valid: [
    {
      name: 'does not call "they asked me to lead" blame',
      text: answer({
        situation:
          'In 2023 the product director asked me to lead the quarterly release of a banking app with 90,000 users. They asked me because I had run the beta.',
      }),
    },
    {
      name: 'accepts a fact about someone else when the speaker owns their own part beside it',
      text: answer({
        failure:
          'The vendor changed the SDK a week before launch, but I should have re-run the full suite after it. The update crashed for 6,000 customers.',
      }),
    },
    {
      name: 'ignores blame spoken by someone else in quotation marks',
      text: answer({
        result:
          'My manager said, "It was not your fault, the timeline was unrealistic," but I knew I had cut the test plan. The fixed version reached everyone within 36 hours.',
      }),
    },
    {
      name: 'does not read a hypothetical about a customer as blame',
      text: answer({
        result:
          'Nobody lost money, but if he had opened the app during the outage he would have seen an error. The fix reached everyone within 36 hours.',
      }),
    },
    {
      name: 'clearing someone else is not blame: "it wasn\'t their fault", "I didn\'t blame them"',
      text: answer({
        result:
          "The agents were upset, but it wasn't their fault: they had sent exactly what I gave them. I didn't blame them, and I told their lead so.",
      }),
    },
  ],
  invalid: [
    {
      name: 'an outright disclaimer, as an error',
      text: answer({ result: 'It was not my fault, to be honest. The fixed version reached everyone within 36 hours.' }),
      findings: [{ messageId: 'disowning', at: '7:1-7:20', text: 'It was not my fault', severity: 'error' }],
    },
    {
      name: 'the speaker disowning the failure after "in the end"',
      text: answer({ result: 'In the end it was not my fault, and the client accepted the delay.' }),
      findings: [{ messageId: 'disowning', at: '7:12-7:31', text: 'it was not my fault' }],
    },
    {
      name: 'the failure put on a manager',
      text: story('My manager never told me the older phones were still supported.'),
      findings: [{ messageId: 'deflecting', at: '3:4-3:22', text: 'manager never told' }],
    },
    {
      name: 'the failure put on a QA team',
      text: story('The QA team failed to test the older phones.'),
      findings: [{ messageId: 'deflecting', at: '3:8-3:27', text: 'team failed to test' }],
    },
    {
      name: 'the failure put on a product owner',
      text: story('The product owner kept changing the scope until the last day.'),
      findings: [{ messageId: 'deflecting', at: '3:13-3:32', text: 'owner kept changing' }],
    },
    {
      name: 'the outcome hung on a colleague in a counterfactual',
      text: story('If the developers had warned me, none of this would have happened.'),
      findings: [{ messageId: 'deflecting', at: '3:1-3:29', text: 'If the developers had warned' }],
    },
    {
      name: 'blame on circumstances',
      text: answer({
        failure:
          'The timeline was unrealistic and it was bad luck that Android 11 broke. The update crashed on launch for 6,000 customers.',
      }),
      findings: [
        { messageId: 'deflecting', at: '3:5-3:29', text: 'timeline was unrealistic' },
        { messageId: 'deflecting', at: '3:41-3:49', text: 'bad luck' },
      ],
    },
    {
      name: 'a party the word lists never name, found by the grammar',
      text: answer({ result: 'The DBAs never told me the table had 80 million rows, and the import ran for two days.' }),
      findings: [{ messageId: 'otherParty', at: '7:1-7:53', text: 'The DBAs never told me the table had 80 million rows' }],
    },
  ],
});
