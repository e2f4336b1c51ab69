import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const twoHedges = answer({
  failure:
    'I maybe approved the release early and probably should have run the older-device suite. The update crashed for roughly 6,000 customers.',
});

export default defineCases('hedging', {
  valid: [
    {
      name: "hedges that are not the speaker's, counted nowhere: someone else's, a condition, rough numbers",
      text: 'Now I ask a teaching assistant who might spot a gap to read every plan, in case I may need to change it, and I check maybe forty books a week, perhaps half of them twice.\n',
    },
    {
      name: 'a "maybe" before a rough number in a lesson is an estimate, not a hedge',
      text: "Since then I've caught maybe a dozen late orders early enough to fix them.\n",
    },
    {
      name: 'what someone else might do, in a relative clause of the lesson',
      text: 'Now I ask a colleague who might spot a flaw to review every plan before it goes out.\n',
    },
    {
      name: 'what a thing might do, in a relative clause with no relative word',
      text: 'Now I list every booking it might affect before I change a pricing rule.\n',
    },
    {
      name: 'what a tool might do, after a question word in the lesson',
      text: 'What I learned is that a green build tells me what a scanner might catch, not what a customer can do.\n',
    },
    {
      name: 'a modal inside a condition of the lesson',
      text: 'Now I tell the client within a day of any slip, even if I might still recover it.\n',
    },
    {
      name: 'a single hedge in the story: one "maybe" is natural speech',
      text: answer({
        result: 'The fixed version maybe took a little longer than it needed to, 36 hours, and the rating recovered to 4.4.',
      }),
    },
    {
      name: 'a fact of ability is no hedge: "I could not reproduce the bug"',
      text: answer({
        action:
          'I paused the rollout within an hour. For a day I could not reproduce the crash, so I borrowed three older phones from support and reproduced it that evening, then fixed it with two developers overnight.',
      }),
    },
    {
      name: '"May" the month and "what kind of" are no hedges',
      text: answer({
        situation:
          'In May 2023 I was the release coordinator for a banking app with about 90,000 users, and my job was to ship the quarterly update by the end of June.',
        result:
          'What kind of customer was hit mattered: older phones, often older users. The fixed version reached everyone within 36 hours.',
      }),
    },
    {
      name: 'hedges inside quoted speech',
      text: answer({
        result:
          'The support lead told me, "Maybe it is probably fine, I guess it sort of works now." The fixed version reached everyone within 36 hours.',
      }),
    },
    { name: 'two hedges under the default density', text: twoHedges },
  ],
  invalid: [
    {
      name: '"maybe one thing" hedges the lesson; "one" is no count',
      text: answer({ lesson: 'Maybe one thing I learned is to run the full device suite before every release date.' }),
      findings: [{ messageId: 'onLesson', at: '9:1-9:6', text: 'Maybe' }],
    },
    {
      name: 'a lesson told as advice to "you" is still hedged by "might"',
      text: answer({ lesson: 'What I learned is that next time you might want to run the full device suite before the release date.' }),
      findings: [{ messageId: 'onLesson', at: '9:38-9:43', text: 'might' }],
    },
    {
      name: 'every hedge once they are dense',
      text: answer({
        failure:
          'I maybe approved the release a bit early, and I guess I probably should have run the older-device suite. It sort of crashed for roughly 6,000 customers.',
      }),
      findings: [
        { messageId: 'dense', at: '3:3-3:8', text: 'maybe', message: /^"maybe" is one of 4 hedges in \d+ words/ },
        { messageId: 'dense', at: '3:47-3:54', text: 'I guess' },
        { messageId: 'dense', at: '3:57-3:65', text: 'probably' },
        { messageId: 'dense', at: '3:109-3:116', text: 'sort of' },
      ],
    },
    {
      name: 'even one hedge on the lesson itself',
      text: answer({
        lesson:
          'I think I learned that a deadline is never a reason to shrink the test plan. Since then I run the full device suite three days before every release date.',
      }),
      findings: [
        {
          messageId: 'onLesson',
          at: '9:1-9:8',
          text: 'I think',
          message: '"I think" hedges your lesson; a lesson you are unsure of does not sound learned.',
        },
      ],
    },
    {
      name: '"I try to" as a weak commitment in the lesson',
      text: answer({
        lesson:
          'I learned that a deadline is no reason to shrink the test plan. Now I try to run the full device suite three days before every release date.',
      }),
      findings: [{ messageId: 'onLesson', at: '9:69-9:77', text: 'I try to' }],
    },
    {
      name: 'minCount lowered',
      text: twoHedges,
      options: { minCount: 2 },
      findings: [
        { messageId: 'dense', at: '3:3-3:8', text: 'maybe' },
        { messageId: 'dense', at: '3:40-3:48', text: 'probably' },
      ],
    },
    {
      name: 'softeners no common list names, dense enough to blur the admission',
      text: "To an extent the delay was mine. I'd venture I was a touch too focused on the date, and to a degree I'd concede the plan was thin.\n",
      findings: [
        { messageId: 'dense', at: '1:1-1:13', text: 'To an extent' },
        { messageId: 'dense', at: '1:34-1:45', text: "I'd venture" },
        { messageId: 'dense', at: '1:52-1:63', text: 'a touch too' },
        { messageId: 'dense', at: '1:89-1:100', text: 'to a degree' },
        { messageId: 'dense', at: '1:101-1:112', text: "I'd concede" },
      ],
    },
  ],
});
