import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

/** An answer of n words in sentences of twelve. */
const words = (n: number): string =>
  `${Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'done.' : i % 12 === 0 ? 'Word' : 'word')).join(' ')}\n`;

export default defineCases('length', {
  valid: [
    { name: 'an answer inside the target', text: answer() },
    { name: 'a short answer under a lowered min', text: words(120), options: { min: 100 } },
    { name: 'a long answer under a raised max', text: words(360), options: { max: 380 } },
  ],
  invalid: [
    {
      name: 'between the hard and soft limits: a warning with the speaking time',
      text: words(120),
      findings: [
        {
          messageId: 'tooShort',
          at: '1:1-1:61',
          severity: 'warning',
          message: 'Too short: 120 words, about 48s spoken; aim for 180–320 words.',
        },
      ],
    },
    {
      name: 'short of the target but long enough for a whole story: a note, not a warning',
      text: words(150),
      findings: [
        {
          messageId: 'shortish',
          at: '1:1-1:61',
          severity: 'info',
          message: 'On the short side: 150 words, about 1m 00s spoken; the target is 180–320 words.',
        },
      ],
    },
    {
      name: 'a raised warnMin warns where the default only notes',
      text: words(150),
      options: { warnMin: 160 },
      findings: [{ messageId: 'tooShort', at: '1:1-1:61', severity: 'warning' }],
    },
    {
      name: 'a hardMin set above warnMin still makes an error under it',
      text: words(120),
      options: { hardMin: 125, warnMin: 100 },
      findings: [{ messageId: 'tooShort', at: '1:1-1:61', severity: 'error' }],
    },
    {
      name: 'under hardMin: an error',
      text: words(60),
      findings: [{ messageId: 'tooShort', at: '1:1-1:61', severity: 'error' }],
    },
    {
      name: 'over hardMax: an error, pointing from the sentence that passes max',
      text: words(500),
      findings: [
        {
          messageId: 'tooLong',
          at: '1:1587-1:2541',
          severity: 'error',
          message: /^Too long: 500 words, about 3m 20s spoken; aim for 180–320 words\./,
        },
      ],
    },
    {
      name: 'a count of thousands is written as a person reads it: "1,200 words"',
      text: words(1200),
      findings: [{ messageId: 'tooLong', at: '1:1587-1:6100', severity: 'error', message: /^Too long: 1,200 words, about 8m 00s spoken;/ }],
    },
    {
      name: 'a long answer is pointed at the sentence where it passes the limit (words 313 on)',
      text: words(400),
      findings: [{ messageId: 'tooLong', at: '1:1587-1:2033', severity: 'warning' }],
    },
    {
      name: 'past the target but short of warnMax: a note from the sentence that passes max (words 313 on)',
      text: words(360),
      findings: [
        {
          messageId: 'longish',
          at: '1:1587-1:1830',
          severity: 'info',
          message: 'On the long side: 360 words, about 2m 24s spoken; the target is 180–320 words.',
        },
      ],
    },
    {
      name: 'at 385 words, under warnMax (390: the labellers call nothing under 400 words too long), only a note',
      text: words(385),
      findings: [{ messageId: 'longish', at: '1:1587-1:1957', severity: 'info' }],
    },
    {
      name: 'a lowered warnMax warns where the default only notes',
      text: words(360),
      options: { warnMax: 340 },
      findings: [{ messageId: 'tooLong', at: '1:1587-1:1830', severity: 'warning' }],
    },
    {
      name: 'a max raised past warnMax: nothing up to it, a warning past it',
      text: words(400),
      options: { max: 390 },
      findings: [
        {
          messageId: 'tooLong',
          at: '1:1953-1:2033',
          severity: 'warning',
          message: /aim for 180–390 words\. The answer passes 390 words here\.$/,
        },
      ],
    },
    {
      name: 'a hardMax under warnMax makes an error past it, with no warning band',
      text: words(360),
      options: { max: 250, hardMax: 300 },
      findings: [{ messageId: 'tooLong', at: '1:1221-1:1830', severity: 'error' }],
    },
    {
      name: 'a hardMax under warnMax: between max and hardMax only a note',
      text: words(280),
      options: { max: 250, hardMax: 300 },
      findings: [{ messageId: 'longish', at: '1:1221-1:1423', severity: 'info' }],
    },
    {
      name: 'a slower speaking rate',
      text: words(120),
      options: { wordsPerMinute: 120 },
      findings: [{ messageId: 'tooShort', at: '1:1-1:61', message: /about 1m 00s spoken/ }],
    },
  ],
});
