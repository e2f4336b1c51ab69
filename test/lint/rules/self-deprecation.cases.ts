import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const story = (sentence: string): string => answer({ result: `${sentence} The fix reached everyone within 36 hours.` });

export default defineCases('self-deprecation', {
  valid: [
    {
      name: 'honest feelings and plain descriptions of the mistake',
      text: answer({
        result: 'I felt embarrassed, and I was terrified the rating would not recover. The fix reached everyone within 36 hours.',
      }),
    },
    {
      name: 'a quoted insult',
      text: answer({
        result: 'One review said, "I am an idiot for installing this," and it stung. The fix reached everyone within 36 hours.',
      }),
    },
  ],
  invalid: [
    {
      name: '"I\'m terrible at"',
      text: story("I'm terrible at testing."),
      findings: [{ messageId: 'runningDown', at: '7:1-7:16', text: "I'm terrible at" }],
    },
    {
      name: '"such an idiot"',
      text: story('I was such an idiot.'),
      findings: [{ messageId: 'runningDown', at: '7:1-7:20', text: 'I was such an idiot' }],
    },
    {
      name: 'an adverb inside',
      text: story("I'm honestly hopeless at details."),
      findings: [{ messageId: 'runningDown', at: '7:1-7:22', text: "I'm honestly hopeless" }],
    },
    {
      name: '"I just suck at"',
      text: story('I just suck at planning.'),
      findings: [{ messageId: 'runningDown', at: '7:1-7:15', text: 'I just suck at' }],
    },
  ],
});
