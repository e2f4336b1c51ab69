import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('missing-corrective-action', {
  valid: [
    {
      name: 'in a school, "wrong for the lesson" and "re-set the lesson" are the class, not a lesson learned',
      text: 'Biggest mistake - first job, school science technician\n- made up the copper sulfate at ten times the strength the request card asked for; I misread the decimal\n- the results were wrong for the lesson, and the class lost its practical\n- I took the trays back, made up the right solution and re-set the lesson for the next morning; wrote it up for the head of science\n- lesson: I had been reading the cards the way I expected them to read\n- now: request cards are typed and I read each concentration back to the teacher\n',
    },
    {
      name: 'a failure owned in hindsight that also reads as a change ("no longer on the paper") does not close the response told after it',
      text: 'time i failed - for the deputy head interview\n\n- yr 2 of teaching, yr 10 maths, set 3\n- i didnt check whether the exam board spec had changed and taught a whole half term (6 wks) of a topic that was no longer on the foundation paper, and skipped 2 topics that were new\n- found out in the mock when kids hit questions i hadnt taught. 27 students, average drop on those qs was about 8 marks. a few were right on the 4/3 boundary so it mattered for their post-16 places\n\nfix\n- told my head of dept the next morning, showed her my scheme vs the new spec side by side\n- wrote catch-up lessons for the 2 missing topics, ran them in 4 lunchtimes + built them into homework\n- re-did the mock questions on those topics 3 wks later - the gap was down to about 1 mark\n\nwhat i learned\n- i was planning from my own old resources and assumed they were current. the spec is the document, my folder isnt\n- specifically i now check the board\'s "summary of changes" page every summer before i touch planning\n\nsince\n- i keep a one page spec checklist per course and tick topics off as i teach them\n- done that for 4 yrs now, no gaps. when the board changed the stats content in 2022 i caught it in july\n- that group got 22/27 at grade 4+, which was above target\n',
    },
    {
      name: 'notes that drop the subject under a label tell the speaker\'s response ("on the day: rang…, got…, borrowed…")',
      text: 'pharmacy dispensary lead, busy high-street branch. i set the december rota and never checked it against the leave sheet, so 2 of 3 pharmacists were off on the saturday before xmas. 60+ prescriptions waiting by 10am, 2 patients left without their meds\n\non the day: rang the locum agency, got a locum in by 11, borrowed a dispenser from the next branch, called both patients back by lunch\n\nlesson: a rota isnt finished until its been checked against leave\n\nnow the rota and leave sheet are one file and it flags any clash\n',
    },
    {
      name: 'a response run told as "I…, and we…" in a sentence with a failure word in it ("the late forms") is the fix',
      text: 'I agreed to the March date without asking the printer how long the job would take. The survey went out three weeks late and the board met without it. I rang the printer, paid for a rush job, and we keyed in the late forms by hand over two evenings. I learned to check lead times before I accept a date, and now I build them into every plan.\n',
    },
    {
      name: 'a response in words outside any verb list: the speaker acting after the failure',
      text: answer({
        action:
          'That evening I borrowed four older phones from the support team and sat with two developers until we had a build that opened on all of them.',
      }),
    },
    {
      name: 'a fix told with "we" (the ownership rule judges the pronoun)',
      text: answer({ action: 'We rolled the update back within an hour and shipped a fix the next day.' }),
    },
    {
      name: "a fix the speaker made alongside someone else's is the speaker's own",
      text: answer({
        action:
          'The duty engineer paged me at two, and I rolled the release back myself and rang the three affected clinics before they opened.',
      }),
    },
    {
      name: 'a response typed after a label and a colon ("fixed: pulled…") is the speaker\'s own',
      text: [
        'shop asst mgr, two stores',
        '',
        '- the promo labels went out with the wrong end date and ran three days too long, about £2,100 of extra discount',
        '- fixed: pulled every label that morning, briefed the tills to honour the price for anyone who asked',
        "- lesson: the signed brief is the source, not last month's file",
        '- now i check each batch against the brief before it leaves the back office',
      ].join('\n'),
    },
    {
      name: 'a response typed as notes that drop the "I": the verbs are still the speaker\'s acts',
      text: [
        'what went wrong',
        "- loaded the van from last week's pick list, 14 crates went to the wrong school",
        '- two kitchens had no bread for lunch service, the head cook rang the depot at 11',
        '',
        'after',
        '- drove the right crates out myself before 1, swapped the wrong ones on the same run',
        '- rang both kitchens to say sorry',
        '',
        'lesson',
        "- i learned the pick list has to be the day's, checked against the route sheet",
        '- now i tick the date on the sheet before a single crate goes on',
        '',
      ].join('\n'),
    },
    {
      name: 'the team going back to the last release is a fix, whatever its verb',
      text: answer({ action: 'We went back to the previous release within twenty minutes.', result: '' }),
    },
    {
      name: 'a note of the response told in a run of acts, in a sentence that also names a cost',
      text: [
        'run a small print shop, 3 staff.',
        'quoted 40 wedding invitation jobs last year off an old paper price and lost about £1,800 on them.',
        'that nearly cost us the lease.',
        'honoured the jobs already booked at the old price bc id promised them, raised every new quote by 30%, rang the mill and got a better paper price by sharing a pallet with the framer next door.',
        'lesson: a quote is a promise about my costs for the year, not a number to look cheap',
        'now i reprice every product each quarter, and every quote has a 60 day limit on it.',
      ].join('\n\n'),
    },
  ],
  invalid: [
    {
      name: 'feeling it and wondering about it are the speaker undergoing the failure, and someone else made the fix',
      text: 'I forgot the sunscreen routine on a hot morning, and four toddlers came in with pink shoulders after forty minutes in the sandpit. The centre director rang all four families that afternoon and wrote up the incident reports. I felt awful and wondered whether I was cut out for the room. I learned that a routine has to be visible, not remembered, and now a chart on the yard door has to be ticked before it opens.\n',
      findings: [{ messageId: 'noResponse', at: '1:225-1:286', text: 'I felt awful and wondered whether I was cut out for the room.' }],
    },
    {
      name: "the speaker only undergoing it while others fixed it ('I sat in the van', 'I cried') is no response",
      text: 'I drive a refrigerated van for a wholesaler. One Monday I loaded the dairy order without checking the fridge had come on, and the yoghurt arrived at the cafe warm. The cafe owner rang the depot and the depot sent a second van with fresh stock. I sat in the cab while they unloaded it. I cried on the way back to the depot. What I learned is that a switch is not a reading. Now I check the display reads under five degrees before I load anything.\n',
      findings: [
        {
          messageId: 'othersFix',
          at: '1:165-1:244',
          text: 'The cafe owner rang the depot and the depot sent a second van with fresh stock.',
        },
      ],
    },
    {
      name: 'a state of mind in the failure sentence ("because I assumed the draft I had emailed…") is no fix: the fix was made by others',
      text: 'I coordinated the catering for a charity gala of three hundred guests. One of my duties was confirming the dietary list with the caterer, and I never sent them the final version because I assumed the draft I had emailed in March was enough. Two guests with nut allergies had reactions, and the charity refunded four tables, about £2,000. The head chef rebuilt the plates for those tables during the speeches. I learned that a draft is not a confirmation, and now I send every final list and ask for a reply.\n',
      findings: [
        { messageId: 'othersFix', at: '1:339-1:409', text: 'The head chef rebuilt the plates for those tables during the speeches.' },
      ],
    },
    {
      name: 'a role held after the failure is no fix',
      text: answer({
        situation: 'I am a reporting analyst at an insurer.',
        failure:
          "In March I made a mistake in the quarterly claims return: I left last quarter's reserve figures in two columns, and the regulator queried it a week later.",
        action: 'I owned the return that quarter.',
        result: '',
        lesson:
          'What I learned is that a return is not finished until it is reconciled. Since then I reconcile every column against the ledger before I sign it off.',
      }),
      // "I owned the return" holds a task, it owns no failure: the finding points at it, where the fix belongs.
      findings: [{ messageId: 'noResponse', at: '5:1-5:33' }],
    },
    {
      name: 'what never recovered is no fix',
      text: answer({ action: 'The team never fully recovered the lost week.', result: '' }),
      findings: [{ messageId: 'noResponse', at: '3:1-3:153' }],
    },
    {
      name: 'a note with no subject that tells time passing, not a response',
      text: [
        'what went wrong',
        "- priced the new milk delivery at last week's price, 40p under cost, didnt check the invoice",
        '- sold about 300 bottles before anyone noticed, lost roughly £120',
        '',
        'after',
        '- took till tuesday to spot it',
        '',
        'lesson',
        '- i learned to check the invoice against the shelf label every time a delivery comes in',
        '',
      ].join('\n'),
      findings: [{ messageId: 'noResponse', at: '5:1-5:6', text: 'after' }],
    },
    {
      name: 'a failure followed straight by the lesson, at the failure',
      text: answer({ action: '', result: '' }),
      findings: [
        {
          messageId: 'noResponse',
          at: '3:1-3:153',
          severity: 'warning',
          text: 'I approved the release without running the full regression suite on older Android phones, because the new tests had passed and I wanted to hit the date.',
        },
      ],
    },
    {
      name: "what others did is not the speaker's response: the finding points at their fix",
      text: answer({ action: 'The support team rolled the update back the next morning and the developers fixed it within a day.' }),
      findings: [
        {
          messageId: 'othersFix',
          at: '5:1-5:99',
          text: 'The support team rolled the update back the next morning and the developers fixed it within a day.',
        },
      ],
    },
    {
      name: 'a fix someone else made, in lowercase notes',
      text: [
        '- i do the early shift on the hotel front desk',
        '- one morning i forgot to unlock the side door before the cleaners arrived',
        '- the duty manager drove in and let them in at seven',
        '- the lesson for me is that a list by the door works better than my memory',
        '- now i tick the door off on the opening checklist every morning',
      ].join('\n'),
      findings: [{ messageId: 'othersFix', at: '3:3-3:53', text: 'the duty manager drove in and let them in at seven' }],
    },
    {
      name: "what others did to the speaker is the cost, not someone else's fix",
      text: [
        'I led a bid for a school catering contract.',
        "I priced the staff costs from last year's wage rates instead of this year's.",
        'The council panel marked us down on value.',
        'I learned that every rate in a bid needs checking against the current pay scale.',
        'Now I take the rates from the payroll export for each bid.',
      ].join(' '),
      findings: [{ messageId: 'noResponse', at: '1:122-1:164', text: 'The council panel marked us down on value.' }],
    },
    {
      name: "what another party did against the work is the cause the speaker gives, not someone else's fix",
      text: [
        'I ran the spring fair for our school last year.',
        'The raffle prizes arrived the morning of the fair, so half the tickets went unsold.',
        'The printers kept changing the collection time, and the caretaker never unlocked the hall until ten.',
        'I learned to confirm every delivery in writing a week ahead.',
        'Now every supplier gets a dated confirmation from me.',
      ].join(' '),
      findings: [
        {
          messageId: 'noResponse',
          at: '1:49-1:132',
          text: 'The raffle prizes arrived the morning of the fair, so half the tickets went unsold.',
        },
      ],
    },
    {
      name: 'with an aftermath told and no response in it, at the aftermath where the response belongs',
      text: [
        'I run the bakery counter at a farm shop.',
        'One Saturday I forgot to switch the proving cabinet on the night before, so the morning bread never rose.',
        'The shelves stayed half empty until the afternoon delivery came in.',
        'I learned that a closing routine has to be written down, not remembered.',
        'Now the cabinet is the first line on the closing sheet and I sign it every night.',
      ].join(' '),
      findings: [
        { messageId: 'noResponse', at: '1:148-1:215', text: 'The shelves stayed half empty until the afternoon delivery came in.' },
      ],
    },
    {
      name: "someone acting after the lesson is the lesson holding, not someone else's fix",
      text: [
        'I run the prep kitchen at a hotel.',
        'I forgot to put in the fish order for the Friday wedding, and the menu had to change on the day.',
        'The couple were upset about the change to their main course.',
        'I learned that an order in my head is not an order.',
        'Now every order goes on a sheet by the pass, and last month our new sous chef spotted a missing order on it and rang the supplier in time.',
      ].join(' '),
      findings: [{ messageId: 'noResponse', at: '1:36-1:132' }],
    },
    {
      name: "someone else's fix told with the failure, before the lesson, not a later practice",
      text: [
        'I look after the stock system at a garden centre.',
        'I keyed a price change against the wrong product code and two hundred bags of compost sold at half price.',
        'My manager spotted the mistake on a till report and changed the price back the same afternoon.',
        'I learned that a price change needs a second look before it goes live.',
        'Now every price change I make is checked by a colleague before the tills pick it up.',
      ].join(' '),
      findings: [
        {
          messageId: 'othersFix',
          at: '1:157-1:251',
          text: 'My manager spotted the mistake on a till report and changed the price back the same afternoon.',
        },
      ],
    },
  ],
});
