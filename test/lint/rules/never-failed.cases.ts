import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('never-failed', {
  valid: [
    {
      name: '"never failed a release before that June" is history, not denial',
      text: answer({
        situation:
          'In 2023 I coordinated releases for a banking app with 90,000 users; I had never failed a release before that June, and my job was to ship the quarterly update.',
      }),
    },
    {
      name: 'a denial someone else made, in quotation marks',
      text: answer({
        result:
          'A colleague once told me, "I have never failed at anything," and I did not believe him. The fix reached everyone within 36 hours.',
      }),
    },
  ],
  invalid: [
    {
      name: 'a claim never to have failed, as an error',
      text: "I've never really failed at anything that mattered. I plan carefully and things go to plan.\n",
      findings: [{ messageId: 'denial', at: '1:1-1:37', text: "I've never really failed at anything", severity: 'error' }],
    },
    {
      name: '"I can\'t think of one" and the swap for "a challenge"',
      text: "Honestly, I can't think of a time I failed. I prefer to call it a challenge rather than a failure.\n",
      findings: [
        { messageId: 'denial', at: '1:11-1:29', text: "I can't think of a" },
        { messageId: 'denial', at: '1:45-1:76', text: 'I prefer to call it a challenge' },
        { messageId: 'denial', at: '1:77-1:98', text: 'rather than a failure' },
      ],
    },
  ],
});
