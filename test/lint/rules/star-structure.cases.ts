import { BASE, answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const LONG_SETUP = `${BASE.situation} The app had been built by an agency, and our team of eight took it over in 2022. We shipped every quarter, with a freeze two weeks before each date. The release had forty changes, including a new login screen and a redesigned statement view that customers had asked for. Marketing had booked a campaign around the launch date, and the board expected the new statements to reduce support calls. I had coordinated three releases before this one, each with a written plan that the engineering manager and the head of support signed off, and I kept the plan in a shared document that everyone on the team could edit.`;

export default defineCases('star-structure', {
  valid: [
    {
      name: 'a part label with an aside in brackets before its colon ("Action (and my error):") still names the part',
      text: `Situation: ${BASE.situation}\n\nAction (and my error): ${BASE.failure} ${BASE.action}\n\nResult (in the end): ${BASE.result}\n\nWhat I learned: ${BASE.lesson}\n`,
    },
    {
      name: 'notes labelled from the middle on: the unlabelled lines before the first label set the scene',
      text: "time i got a call wrong - dairy farm, i run the milking, 300 cows\n- i moved the drying-off date forward a fortnight to save feed, my decision, the owner left it to me\n- the vet had warned me about the heifers' condition. i thought the extra feed would cover it\n- result: eleven cows calved thin, two lost, about 4k in vet bills and milk\n- what i did: told the owner that week with the figures, got the vet out, put the thin group on a separate ration\n- lesson: a warning needs a date to check it by, not a hope\n- now: every drying-off change goes on the board with a body-score check two weeks later, and the vet and i look at it together",
    },
    {
      name: 'a run-in label that joins Action and Result covers both parts',
      text: "**Situation.** I ran the night desk of a regional radio newsroom with two reporters on shift.\n\n**Task.** I had to check every script before it went to air.\n\n**Action and result.** On the night of the council vote I passed a script without checking the vote count against the council's own feed, and we broadcast the wrong margin twice in an hour. I corrected the figure on the next bulletin and read an apology on air.\n\n**Lesson.** A figure is only checked when it is checked against its source, so I now read every number in a script against the document it came from before I pass it.\n",
    },
    {
      name: 'run-in bold labels that join two names ("Action, and what went wrong", "Result and lesson") head their parts',
      text: "**Situation.** I ran the night desk of a regional radio newsroom with two reporters on shift.\n\n**Task.** I had to check every script before it went to air.\n\n**Action, and what went wrong.** On the night of the council vote I passed a script without checking the vote count against the council's own feed. We broadcast the wrong margin twice in an hour, and the council's press office rang the station manager before midnight.\n\nI corrected the figure on the next bulletin, read an apology on air and wrote up the error for the morning editor.\n\n**Result and lesson.** The correction went out within the hour, and I learned that a figure is only checked when it is checked against its source. I now read every number in a script against the document it came from before I pass it.\n",
    },
    {
      name: 'a heading that joins Action to Result names the Action',
      text: '## Situation\n\nI run the stores team at a builders merchant.\n\n## Task\n\nI had to get the winter stock in before November.\n\n## Action & Result\n\nI ordered from last year sheet and we ran out of grit in a week, which cost about 3,000 pounds of sales. I now order from the forecast.\n',
    },
    {
      name: "the speaker's own act, told with no word of trouble or repair, is the Action",
      text: 'I was a security supervisor at a parcel depot. Two officers were off sick one week, so I put a new officer on the gatehouse on her third night. Four trailers left with their seals unchecked, and the client fined the depot two thousand pounds. The trailers were re-sealed the next morning. The lesson is that an induction is not training, and the training record is now checked before every rota change.\n',
    },
    {
      name: 'a lesson told up front, then the story with its setting',
      text: 'What I learned is that a count in my head is not a count. So this was my first summer job, in a big shoe warehouse outside Leeds. One Monday I pulled two pallets from the wrong bay without scanning them. Forty orders went out with the wrong sizes and the customers sent them back. I told my team leader that afternoon and re-picked every order myself. I now scan every bay before I pull from it.\n',
    },
    {
      name: "a note's opening line with no verb sets the scene",
      text: 'year 9 science, second year teaching\nmissed the coursework sample deadline by a day, so the school had to log a late submission with the board\n- owned it to my head of department the same afternoon and remarked the five folders with her on the saturday\n- lesson: a hard outside deadline needs a check three weeks out\n- now every outside deadline goes in my planner with that check, and all three samples this year went in early\n',
    },
    {
      name: 'the failure told as an act done without its safeguard ends the setup, with no word of trouble',
      text: 'I was the duty manager at a garden centre with about twenty staff. For the Easter weekend I published the rota without opening the leave calendar. Three of my most experienced staff had booked those days off months before, and two of them only saw the new rota on the Friday evening, after the last of the managers had gone home for the long weekend. On the Saturday we had two people on the tills for the busiest morning of the year, and we lost sales as the queue went out of the door. I rang two part-timers who agreed to come in, worked the tills myself all day, and apologised to the three staff. I learned that a rota is only as good as the calendar it is checked against, and I now build every rota from the leave calendar first.\n',
    },
    {
      name: 'a role told with "have been", and a failure told only as an act done before its own check',
      text: "I have been a ward clerk at a children's hospital for four years, and the mistake I would pick came on a bank holiday weekend. Transport for discharged patients is booked through a central desk, and my part is to match each booking to the discharge list. The list changed twice that morning as doctors finished their rounds. I was covering two wards and I booked eleven taxis before I had compared the list with the latest printout. Two families waited ninety minutes for a car that had gone to the wrong entrance, one of them with a baby on oxygen. I rang the desk, rebooked both cars to the right door and apologised to each family in person. I learned that a list that changes during the morning has to be checked at the moment I act on it, not when I first read it. I now book transport only from the printout time-stamped within the last half hour.\n",
    },
    {
      name: "the situation told as the speaker's role, in a story that opens on the failure",
      text: "I ran the night desk at a regional paper, and one Sunday I missed that the front page carried last week's weather map. The printers had to stop the run and reprint twelve thousand copies. I called the print manager myself, paid for the reprint out of my desk budget and wrote up what happened. I learned that the last check before print is mine, whoever built the page, and I now read every map against the date before I sign off.\n",
    },
    {
      name: 'the result told only as a consequence with a size',
      text: 'I was the shift lead in a parcel depot. On the Friday I loaded the Leeds cages onto the York trailer because I skipped the scan. Forty parcels sat in the York yard over the weekend. I drove the cages to Leeds myself on the Saturday morning and rang the six business customers. I learned that a skipped scan is a guess, and I now scan every cage before a trailer door closes.\n',
    },
    { name: 'a free-form answer that covers every part', text: answer() },
    {
      name: "every part under the writer's own headings",
      text: `## Situation\n${BASE.situation}\n\n## Action\n${BASE.failure} ${BASE.action}\n\n## Result\n${BASE.result}\n\n## Lesson\n${BASE.lesson}\n`,
    },
    {
      name: 'a free-form answer is not asked for a task of its own',
      text: 'The bakery on the high street sells most of its bread on Saturdays. On the Friday I ordered half the flour we needed, because I misread the sheet. We ran out by noon and lost about 300 pounds of sales. I rang our supplier for an emergency delivery and we reopened at three. I learned to check an order against last week before I send it, and I have done so every week since.',
    },
    {
      name: 'headings of their own plan ("What happened", "What I did") hold the writer to no Task section',
      text: '## What happened\n\nThe bakery on the high street sells most of its bread on Saturdays, and I order the flour.\n\n## What I did\n\nI ordered half the flour we needed because I misread the sheet, then drove to the wholesaler at six to make up the rest.\n\n## How it turned out\n\nWe ran short by noon on Saturday and lost about 300 pounds of sales.\n\n## What I learned\n\nI now check the order against last week before I send it.\n',
    },
  ],
  invalid: [
    {
      name: "a missing part under the writer's own headings",
      text: `## Situation\n${BASE.situation}\n\n## Lesson\n${BASE.lesson}\n`,
      findings: [
        {
          messageId: 'missingPart',
          at: '2:1-2:152',
          message: /^The Action \(what you yourself did\) part of STAR is missing \(no section under that heading\)\.$/,
        },
      ],
    },
    {
      name: 'a writer who chose STAR headings sets the scene under one: a role told in the Task section is no Situation',
      text: '## Task\n\nI run the night desk at a regional paper, and my job that week was the council election results.\n\n## Action\n\nI published the ward totals before the returning officer had confirmed them, and two were wrong.\n\n## Result\n\nWe corrected both within the hour, and I now wait for the signed sheet before anything goes up.\n',
      findings: [{ messageId: 'missingPart', at: '3:1-3:97', message: /^The Situation part/ }],
    },
    {
      name: 'a writer who chose STAR headings is held to an Action section: a failure owned under Result is none',
      text: '## Situation\n\nI look after the weekend rota at a care home with forty residents.\n\n## Task\n\nIn March I had to cover three sick carers on the Saturday night.\n\n## Result\n\nI had not checked the agency confirmation, so we ran one carer short for six hours. I now ring the agency back the day before.\n',
      findings: [{ messageId: 'missingPart', at: '3:1-3:67', message: /^The Action \(/ }],
    },
    {
      name: "a writer who named STAR's Action is held to its Result: a Lesson section does not stand in for how it turned out",
      text: '## Situation\n\nI run the goods-in desk at a garden centre.\n\n## Task\n\nIn April I had to book in the spring bedding deliveries.\n\n## Action\n\nI booked two lorries into the same slot and did not check the yard plan.\n\n## Lesson\n\nA slot is only free once the yard plan says so.\n',
      findings: [{ messageId: 'missingPart', at: '3:1-3:44', message: /^The Result part of STAR is missing/ }],
    },
    {
      name: 'a writer who chose STAR headings is held to a Task section',
      text: '## Situation\n\nThe bakery on the high street sells most of its bread on Saturdays.\n\n## Action\n\nI ordered half the flour we needed because I misread the sheet.\n\n## Result\n\nWe ran out by noon on Saturday and lost about 300 pounds of sales. I now check the order against last week before I send it.\n',
      findings: [{ messageId: 'missingPart', at: '3:1-3:68', message: /^The Task \(/ }],
    },
    {
      name: 'a setup that takes over the answer',
      text: answer({ situation: LONG_SETUP }),
      findings: [
        {
          messageId: 'longSetup',
          at: '1:1-1:765',
          message: /^The setup \(situation and task\) takes \d+% of the answer; keep it under 40%\.$/,
        },
      ],
    },
    {
      name: 'maxSetupShare lowered',
      text: answer(),
      options: { maxSetupShare: 0.05 },
      findings: [{ messageId: 'longSetup', at: '1:1-1:152', message: /keep it under 5%/ }],
    },
  ],
});
