import { answer, BASE } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const oneFiller = answer({ result: 'The fixed version, um, reached everyone within 36 hours.' });

export default defineCases('filler', {
  valid: [
    { name: 'one filler in a full answer', text: oneFiller },
    {
      name: 'three fillers in 245 words: natural speech, under 1.35 per 100 words',
      text: answer({
        result: 'The fix, um, reached everyone within 36 hours, and support, you know, went quiet, basically.',
        lesson: `${BASE.lesson} When the next release came round I walked the team through the older-phone suite myself, and we ran it together on the Friday before anything went out to customers.`,
      }),
    },
    {
      name: '"like" the verb or the preposition, and "you know how"',
      text: answer({
        result:
          'Customers like the new statements, and it looked like a normal release week. You know how quiet support gets in June; the fix reached everyone within 36 hours.',
      }),
    },
  ],
  invalid: [
    {
      name: 'every filler once they are dense',
      text: answer({
        failure:
          'So, um, I basically approved the release, you know, without the older-phone suite, and it, like, crashed for 6,000 customers.',
      }),
      findings: [
        { messageId: 'filler', at: '3:5-3:7', text: 'um', message: '"um" is one of 4 fillers in 187 words.' },
        { messageId: 'filler', at: '3:11-3:20', text: 'basically' },
        { messageId: 'filler', at: '3:43-3:51', text: 'you know' },
        { messageId: 'filler', at: '3:92-3:96', text: 'like' },
      ],
    },
    {
      name: 'minCount and maxPer100Words lowered',
      text: oneFiller,
      options: { minCount: 1, maxPer100Words: 0 },
      findings: [{ messageId: 'filler', at: '7:20-7:22', text: 'um' }],
    },
  ],
});
