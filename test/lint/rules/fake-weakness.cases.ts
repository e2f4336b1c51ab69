import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('fake-weakness', {
  valid: [
    {
      name: 'a duty named after the colon ("I am responsible for the quality of the standard letters") is no virtue in excess',
      text: 'The failure I would pick is this one: I am responsible for the quality of the standard letters our claims team sends, and in 2021 I approved one with the wrong excess figure.\n',
    },
    {
      name: 'a virtue word as a plain act ("I commit to dates before…") is a habit told, not a strength in excess',
      text: 'My biggest failure is that I commit to delivery dates before I have checked what they depend on, and last spring that cost a client two weeks.\n',
    },
    {
      name: '"too little" is a want, not an excess',
      text: 'My biggest failure is that I still check my own figures too little when the month-end rush is on.\n',
    },
    {
      name: 'a job title with a virtue noun in it ("a home care nurse") after "the failure … is from when I" is no trait',
      text: 'So, the failure I want to talk about is from when I was working as a home care nurse in Leeds, my first year after qualifying.\n',
    },
    {
      name: "the cliché reported of everyone, then a real weakness of the speaker's own",
      text: 'Everyone says their biggest weakness is perfectionism. Mine is that I avoid hard conversations, and last spring that cost us a client.\n',
    },
    {
      name: 'the failure named, then after a colon an act in the past, is no trait',
      text: answer({ situation: 'The failure I would name is a plain one: I skipped the review to hit the date, and it cost us a week.' }),
    },
    {
      name: 'a difficulty told in the past is something that happened, not a trait offered',
      text: answer({
        failure:
          'My mistake was that I found it hard to delegate during the migration, so I became the bottleneck. The update crashed for roughly 6,000 customers on Android 11.',
      }),
    },
    {
      name: 'perfectionism told as a real failure with a real cost',
      text: answer({
        failure:
          'My perfectionism was the failure: I held the release for extra polish, then rushed the tests to make up the time. The update crashed for roughly 6,000 customers on Android 11.',
      }),
    },
    {
      name: "the words in someone else's mouth",
      text: answer({ result: 'My manager joked, "At least you care too much," but the rating recovered to 4.4 over the next month.' }),
    },
    {
      name: 'working harder than anyone told as part of the fix, in the past',
      text: answer({
        action: 'I worked harder than anyone on the team to get the fix out, and I told my manager the skipped run was my call.',
      }),
    },
    {
      name: 'holding others to a high standard, with what it cost',
      text: answer({
        failure: 'I held the juniors to such a high standard that two of them asked to move teams, and I lost my best tester.',
      }),
    },
    {
      name: 'caring a lot about a date, told as the cause of a real failure, is no weakness frame',
      text: answer({
        failure: 'I cared so much about hitting the date that I skipped the second device run, and the update crashed on older phones.',
      }),
    },
    {
      name: 'a failure named as something done, in the past, is no trait',
      text: answer({
        failure:
          'My biggest mistake was that I pushed the pricing update without the regional checks, and 900 orders went out at the old rate.',
      }),
    },
    {
      name: 'a weakness named in the present with no virtue in excess is a real one, not a disguised strength',
      text: answer({
        failure:
          'My weakness is that I avoid hard conversations, and here I left a struggling contractor alone for a month until the audit slipped.',
      }),
    },
  ],
  invalid: [
    {
      name: 'a weakness often disguised, with an adverb inside it',
      text: 'My biggest weakness is that I find it very hard to say no to the team, so I took on the appeals as well as my own cases.',
      findings: [{ messageId: 'costNotShown', at: '1:29-1:58', text: 'I find it very hard to say no' }],
    },
    {
      name: 'caring too much with a hedge in between is still the virtue as the flaw',
      text: "Honestly I kind of care too much about my clients, and I think it shows I'm dedicated.\n",
      findings: [{ messageId: 'virtueAsFlaw', at: '1:10-1:33', text: 'I kind of care too much' }],
    },
    {
      name: 'the failure named as a "weak point", then a virtue of the speaker\'s',
      text: 'My weak point, I would say, is that I am very loyal to my crew and always put them first.\n',
      findings: [
        {
          messageId: 'traitAsFailure',
          at: '1:1-1:90',
          text: 'My weak point, I would say, is that I am very loyal to my crew and always put them first.',
        },
      ],
    },
    {
      name: 'effort in excess told as the flaw: "I push myself too hard"',
      text: 'Honest answer: I push myself too hard, and the forecast model went in two days late.\n',
      findings: [{ messageId: 'virtueAsFlaw', at: '1:16-1:38', text: 'I push myself too hard' }],
    },
    {
      name: 'the weakness framed in notes, a colon for the verb, as perfectionism',
      text: 'interview prep\n\n- main weakness: perfectionism about the audit files\n- spent two extra weeks on one file the partner had already signed\n',
      findings: [{ messageId: 'virtueAsFlaw', at: '3:3-3:31', text: 'main weakness: perfectionism' }],
    },
    {
      name: 'the failure named, then after a colon a present trait of the speaker measured as a virtue in excess',
      text: answer({
        situation:
          'The failure I would name is, in a way, one of excess: I hold my own analysis to a standard higher than the client ever asks for. In 2023 I coordinated releases for a banking app with 90,000 users.',
      }),
      findings: [
        {
          messageId: 'traitAsFailure',
          at: '1:1-1:129',
          text: 'The failure I would name is, in a way, one of excess: I hold my own analysis to a standard higher than the client ever asks for.',
        },
      ],
    },
    {
      name: 'work the speaker finds hard to put down, offered as the failing',
      text: answer({
        situation:
          'My main failing is that I find it really hard to switch off from the ward. In 2023 I coordinated releases for a banking app with 90,000 users.',
      }),
      findings: [
        { messageId: 'traitAsFailure', at: '1:1-1:75', text: 'My main failing is that I find it really hard to switch off from the ward.' },
      ],
    },
    {
      name: 'a note that runs the naming into the trait: "my flaw is im too hard on…"',
      text: 'tbh my flaw is im too hard on my juniors. two of them asked to move teams this year. i talk it through with my lead now.\n',
      findings: [{ messageId: 'traitAsFailure', at: '1:1-1:42', text: 'tbh my flaw is im too hard on my juniors.' }],
    },
    {
      name: 'a trait offered as the failure, in the present, and measured as a virtue in excess, whatever its words',
      text: answer({
        situation:
          'My biggest failing is that I find it very hard to turn down a colleague who asks for help. In 2023 I coordinated releases for a banking app with 90,000 users.',
      }),
      findings: [
        {
          messageId: 'traitAsFailure',
          at: '1:1-1:91',
          text: 'My biggest failing is that I find it very hard to turn down a colleague who asks for help.',
          severity: 'error',
        },
      ],
    },
    {
      name: 'the failure offered by a condition, then the trait: "if there is anything, it is that I…"',
      text: answer({
        situation:
          'If there is anything I would change, it is that I expect more of my own drafts than any editor does. In 2023 I coordinated releases for a banking app with 90,000 users.',
      }),
      findings: [
        {
          messageId: 'traitAsFailure',
          at: '1:1-1:101',
          text: 'If there is anything I would change, it is that I expect more of my own drafts than any editor does.',
        },
      ],
    },
    {
      name: 'a present trait measured against everyone else',
      text: answer({
        situation:
          'Honestly, I hold my reports to a higher standard than anyone else in the office. In 2023 I coordinated releases for a banking app with 90,000 users.',
      }),
      findings: [
        { messageId: 'virtueAsFlaw', at: '1:11-1:61', text: 'I hold my reports to a higher standard than anyone', severity: 'error' },
      ],
    },
    {
      name: 'a virtue dressed as a flaw, whatever else the answer says',
      text: answer({
        situation:
          'My biggest weakness is that I work too hard and care too much. In 2023 I coordinated releases for a banking app with 90,000 users.',
      }),
      findings: [
        { messageId: 'virtueAsFlaw', at: '1:29-1:44', text: 'I work too hard', severity: 'error' },
        { messageId: 'virtueAsFlaw', at: '1:45-1:62', text: 'and care too much', severity: 'error' },
      ],
    },
    {
      name: 'the weakness named as a virtue in excess, and a standard held too high',
      text: answer({
        situation:
          'If I am honest, my one real failing is that I give so much to every client. I hold my own proposals to such a high standard that I rewrite them twice.',
      }),
      findings: [
        { messageId: 'virtueAsFlaw', at: '1:29-1:59', text: 'failing is that I give so much' },
        { messageId: 'virtueAsFlaw', at: '1:77-1:124', text: 'I hold my own proposals to such a high standard' },
      ],
    },
    {
      name: '"perfectionist" when the answer shows no cost',
      text: 'I am a perfectionist, so I polish my slides for a long time. I learned to set a limit, and now I stop after two rounds of edits every time.\n',
      findings: [{ messageId: 'costNotShown', at: '1:8-1:21', text: 'perfectionist' }],
    },
    {
      name: 'perfectionism framed as the failure itself, even when the story has a cost',
      text: answer({ situation: `My biggest failure is that I am a perfectionist. ${answer().split('\n\n')[0]}` }),
      findings: [{ messageId: 'virtueAsFlaw', at: '1:1-1:48', text: 'My biggest failure is that I am a perfectionist' }],
    },
  ],
});
