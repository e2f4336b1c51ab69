import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const THIN =
  'I was working on a project for a client and I made a mistake that caused problems for my manager. I fixed it as well as I could and told the people involved. I learned to be careful, and since then I check things more.\n';

export default defineCases('vague', {
  valid: [
    { name: 'an answer with numbers, dates and names', text: answer() },
    { name: 'roles at half weight pass a lowered minimum', text: THIN, options: { minSpecifics: 1 } },
    {
      name: 'numbers told in words count, alone or inside a compound',
      text: 'We lost the final four-nil after I changed the lineup without warning. Our fourteen-year-old striker nearly quit. I apologised to her and her parents, and I learned to explain every change in person. I have done that for sixty matches since.\n',
    },
  ],
  invalid: [
    {
      name: 'an answer with no specifics at all; one placeholder word a sentence is only English',
      text: 'I was working on something important and I made a mistake that caused problems. I fixed it as well as I could and told the people involved. I learned to be more careful, and since then I check things more.\n',
      findings: [{ messageId: 'noSpecifics', at: '1:1-1:80', message: /\(none\)/ }],
    },
    {
      name: 'idioms are not stand-ins: "for some reason", "the hardest part"',
      text: 'I had a job once where I was working on a thing for a while. For some reason it went wrong and the hardest part was telling people. I learned from it and now I plan better and check more.\n',
      findings: [{ messageId: 'noSpecifics', at: '1:1-1:61' }],
    },
    {
      name: 'the sentence that stands in most for what it could name, beside the whole answer',
      text: 'At my last job I ran a project for a big retailer. There were some issues with certain parts of the rollout and lots of things slipped. I took it on and sorted what I could. I learned to plan better.\n',
      findings: [
        { messageId: 'noSpecifics', at: '1:1-1:51' },
        {
          messageId: 'placeholders',
          at: '1:52-1:136',
          text: 'There were some issues with certain parts of the rollout and lots of things slipped.',
          message: /“some”, “issues”, “certain”/,
        },
      ],
    },
    {
      name: '"half" inside a compound counts nothing',
      text: 'I gave a half-hearted effort on a project and it went badly. I fixed it as well as I could and told the people involved. I learned to be more careful, and since then I check things more.\n',
      findings: [{ messageId: 'noSpecifics', at: '1:1-1:61', message: /\(none\)/ }],
    },
    {
      name: 'roles at half weight: a manager and a client alone are thin',
      text: THIN,
      findings: [{ messageId: 'noSpecifics', at: '1:1-1:98', message: /\(about 1\)/ }],
    },
  ],
});
