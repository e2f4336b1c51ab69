import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('ownership', {
  valid: [
    {
      name: 'a wrong belief the speaker acted on is their own mistake; "we" then tells what followed from it',
      text: "I assumed the new price list had reached every branch, and for two weeks the northern shops charged last year's prices. I phoned each manager and sent the list again that morning. By the Friday we knew exactly which receipts had gone wrong.\n",
    },
    {
      name: '"we" inside the speaker\'s own fix tells the team in it; the failure words are what it put right',
      text: 'The audit found fourteen files with missing documents, and the branch rating dropped. After that, I personally went through all the files with two colleagues, and we called every customer whose forms were missing. Within a month we had collected most of the missing forms.\n',
    },
    {
      name: "the group's omission beside the speaker's own is owned",
      text: "I ran the regional team when the stores closed. We hadn't checked when the press statement went out, and I hadn't asked. Staff found out from their phones.\n",
    },
    {
      name: '"we" for the team once the speaker owns their part',
      text: answer({
        failure:
          'We shipped on time, but I had skipped the older-device suite to get there. The update crashed for roughly 6,000 customers on Android 11.',
      }),
    },
    {
      name: '"we" in the context and in the new habits after the lesson',
      text: answer({
        lesson:
          'I learned that a deadline is no reason to test less. Since then we run the full device suite on every release candidate, and we have not shipped a crash since.',
      }),
    },
    {
      name: '"I built it without checking" owns the failure',
      text: answer({
        failure: 'I built the release without checking older phones, and we shipped a crash to roughly 6,000 customers on Android 11.',
        action: 'I paused the rollout within an hour and wrote to every affected customer that evening.',
      }),
    },
    {
      name: 'a "we" story in which the speaker acts too: their own telling',
      text: [
        'I help run a community food bank.',
        'In November I moved the Saturday collection to the church hall, and we told regular donors by text.',
        'Only the regulars came, and we took in about half the usual food that week.',
        'We phoned the regulars the next Monday and put a notice back on the board.',
        'The lesson is that a change of place needs every channel people actually use.',
      ].join('\n'),
    },
    {
      name: 'one "we" sentence of context is no "we" story',
      text: [
        'I help run a community food bank.',
        'In November we moved the Saturday collection to the church hall, and we told regular donors by text.',
        'Only the regulars came, and about half the usual food came in that week.',
        'The lesson is that a change of place needs every channel people actually use.',
      ].join('\n'),
    },
    {
      name: 'the fault claimed in plain words owns the "we" around it',
      text: [
        'I run operations at a small bakery.',
        'In June we moved to a cheaper flour supplier, and we skipped the trial batch.',
        'The first delivery was damp, and we binned two days of bread.',
        'The fault was mine: suppliers are my job.',
        'I rang the old supplier that afternoon and had flour back by the morning.',
        'The lesson is that a cheaper supplier needs a trial first. Now every new supplier sends a trial batch before we switch.',
      ].join('\n'),
    },
    {
      name: 'a group omission next to the speaker owning their own part is the team, not a dodge',
      text: [
        'I work in a tenancy team at a housing charity.',
        'A family reported a leak four times and we never chased the contractor.',
        'I closed each call myself without checking the repair had been booked.',
        'The ceiling came down in February and the family had to move out for a month.',
        'The lesson is that logging a problem is not the same as owning it.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'the failure shared out among everyone ("it was kind of a collective thing")',
      text: 'I was the office manager at a secondary school. The prelim timetable went out to parents with two exams on the same morning. Honestly it was kind of a collective thing, four of us had the spreadsheet open that week. A few pupils sat one paper a day late and the exams officer had to write to the board. I learned to lock a timetable before it goes out. I now send it only from the locked copy.',
      findings: [{ messageId: 'sharedOut', at: '1:135-1:168', text: 'it was kind of a collective thing' }],
    },
    {
      name: 'told as "we" throughout: the warning points at the "we" of the failing clause, not the first "we" of the setup',
      text: "So we had a busy January at the returns centre, and we didn't plan the labour for the spike. The backlog reached 60,000 parcels and customers waited four weeks for refunds. Now we build a separate returns forecast in November.\n",
      findings: [{ messageId: 'groupFailure', at: '1:53-1:55', text: 'we' }],
    },
    {
      name: "the failure owned only as the group's omission, in words no failure list knows",
      text: "I ran the regional team when the stores closed. We had planned the briefings for the afternoon, and we hadn't checked when the press statement went out. Staff found out from their phones. I drove to both stores that day and apologised in person.\n",
      findings: [{ messageId: 'groupFailure', at: '1:101-1:103', text: 'we' }],
    },
    {
      name: 'a failure and a fix told only as "we": the failure is reported; the fix is not, as the speaker acts after the failure in the lesson',
      text: answer({
        failure:
          'We approved the release without running the older-device suite, and we missed the crash on Android 11. It hit roughly 6,000 customers.',
        action: 'We paused the rollout within an hour and fixed it overnight.',
      }),
      findings: [{ messageId: 'groupFailure', at: '3:1-3:3', text: 'We' }],
    },
    {
      name: 'a fix told only as "we" when the speaker never acts after the failure',
      text: answer({
        action: 'We paused the rollout within an hour and fixed it overnight.',
        lesson:
          'The lesson is that a deadline is never a reason to shrink the test plan. The team has run the full device suite on every release since.',
      }),
      findings: [{ messageId: 'groupAction', at: '5:1-5:3', text: 'We' }],
    },
    {
      name: 'the whole story told as "we", in words no failure list knows',
      text: [
        'I help run a community food bank.',
        'In November we moved the Saturday collection to the church hall, and we told regular donors by text.',
        'Only the regulars came, and we took in about half the usual food that week.',
        'We phoned the regulars the next Monday and put a notice back on the board.',
        'The lesson is that a change of place needs every channel people actually use.',
      ].join('\n'),
      findings: [
        { messageId: 'groupFailure', at: '2:13-2:15' },
        { messageId: 'groupFailure', at: '3:29-3:31' },
        { messageId: 'groupFailure', at: '4:1-4:3' },
      ],
    },
    {
      name: 'a "we" story that the speaker only sets the scene for, liking the place when they arrived',
      text: [
        'When I arrived at the bakery co-op I loved how fast it moved.',
        'In March we switched the sourdough to a new flour and we baked the first batches the same night.',
        'We sold them for three days before anyone tasted one, and two cafes cancelled their orders.',
        'The lesson is that a new ingredient needs a trial bake before it reaches customers.',
      ].join('\n'),
      findings: [
        { messageId: 'groupFailure', at: '2:10-2:12' },
        { messageId: 'groupFailure', at: '3:1-3:3' },
      ],
    },
    {
      name: 'a failure the group left undone counts as the group acting in the story',
      text: [
        'I work in a tenancy team at a housing charity.',
        'A family reported a leak four times and we never chased the contractor.',
        'We logged each call and closed it.',
        'The ceiling came down in February and the family had to move out for a month.',
        'The lesson is that logging a problem is not the same as owning it.',
      ].join('\n'),
      findings: [
        { messageId: 'groupFailure', at: '2:41-2:43' },
        { messageId: 'groupFailure', at: '3:1-3:3' },
      ],
    },
  ],
});
