import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('repeated-failure', {
  valid: [
    {
      name: 'a count of times a task was done tells experience, not a recurrence',
      text: "It was the 3rd time I've done the annual stock audit, so I knew the routine, but that year I misread the new count sheet and we ordered twice the paper we needed.",
    },
    {
      name: "the failure dated to the year before, on someone else's watch, is no repeat of the speaker's",
      text: 'I set up the permit renewals in March and missed the new zone, so 37 residents were fined. The year before the same thing happened under my predecessor, and nobody had written a checklist. I cancelled every fine myself and wrote the checklist that week.',
    },
    {
      name: '"I still do it", right after the practice it points back to, is the practice kept up',
      text: 'Since the mix-up I read every dose aloud against the chart before I hand it over. The ward adopted it too, and I still do it out loud on nights when nobody is listening.\n',
    },
    {
      name: '"I did it again…, and it caught…": the check done again, the catch told by the check itself',
      text: answer({
        lesson:
          'Now I compare every rate before and after a change. I did it again last spring when the living wage went up, and it caught three apprentices on the wrong band before payday.',
      }),
    },
    {
      name: '"I still do that practice count": "that" before a noun is its determiner, and the act a practice kept',
      text: answer({ lesson: 'I still do that practice count before every stocktake.' }),
    },
    {
      name: '"Once again I was asked to run it": a task given to the speaker again',
      text: answer({ lesson: 'Once again I was asked to run the count six months later, and this time I split the store into zones.' }),
    },
    {
      name: 'the same thing done now, in the simple present, is the practice carried on ("I do the same thing with supplier reports")',
      text: answer({
        lesson: 'Now I read the newest survey before I book a crew. At home I do the same thing with the boiler service dates.',
      }),
    },
    {
      name: 'a bare "did it again" whose own line goes on to the speaker catching a problem is the check repeated',
      text: `${answer()}\n- did it again in May with the new labels, caught a wrong barcode before a single pallet shipped\n`,
    },
    {
      name: 'dated notes of the lesson applied the next time: "same thing with the AV booking, checked it against the brief"',
      text: '- 2021: booked the AV for the wrong hall, the keynote started 40 minutes late\n- 2022: same thing with the AV booking, checked it against the brief before signing\n',
    },
    {
      name: 'notes of a practice carried to all of them: "same thing with every new hire"',
      text: '- march: nobody showed the new barista the milk steamer, she scalded her hand\n\nnow\n- same thing with every new hire, a buddy for week one\n',
    },
    {
      name: 'an act in the past perfect placed earlier is the failure’s own backstory, not a repeat',
      text: 'The import failed: a mapping I had changed two months earlier dropped the postcode column.\n',
    },
    {
      name: '"too" as a degree ("too optimistic") adds no earlier time',
      text: 'I told the board that the forecast I had signed off was too optimistic.\n',
    },
    {
      name: 'the fix carried on in the present perfect ("I have done the same for the other sites")',
      text: 'I rebuilt the stock sheet from the live counts, and I have done the same for the other two sites.\n',
    },
    {
      name: 'a second time counted with no stretch of time or failing act is experience, not a repeat',
      text: 'It was the second time I had led a store opening, and I planned it from the first one.\n',
    },
    {
      name: '"before" opening a clause is a time, not an earlier repeat',
      text: 'I found the gap in the rota. It had happened before I joined, under the old manager.\n',
    },
    {
      name: 'the same error told in the simple present, as what it does in another setting, is no recurrence',
      text: 'I sized the pump from last season’s flow figures. In a hospital plant room, the same mistake floods the basement in an hour.\n',
    },
    {
      name: 'the same mistake as the subject of a present verb the tagger reads as a noun ("costs")',
      text: 'I shipped the config without a review. On a trading desk the same mistake costs millions.\n',
    },
    {
      name: 'a repeat named by what it is for is a repeat prescription, not the failure again',
      text: 'i did the final check on a repeat for insulin on my own, and i missed that the pen needles were the wrong gauge.\n',
    },
    {
      name: 'work made again, told as the passive’s subject, is the cost of the failure, not the failure again',
      text: 'I ordered the panels from a drawing that was a week out of date. None of them fitted, so the top had to be made again and the job slipped a fortnight.\n',
    },
    {
      name: '"I still do" a practice is the lesson kept up, not the failure still happening',
      text: 'After that week I started a five-minute handover call, and I still do the handover call at the end of every shift.\n',
    },
    {
      name: 'the work made again from the right list is the fix, not the failure again',
      text: 'I drew up the delivery rounds from the old address list. When the first driver rang, I made the rounds again from the new list and sent them out by nine.\n',
    },
    {
      name: 'a rule told with "again" ("the thinking must happen again") is no repeat told',
      text: 'I scaled the batch up without a new risk assessment. I learned that a bigger batch is a new process. The thinking must happen again from the start for every batch.\n',
    },
    {
      name: 'the work done again the following year, told as proof the lesson held, is no recurrence',
      text: 'When I taught the fractions unit again the following year with weekly quizzes, the class average rose to 78.\n',
    },
    {
      name: 'a redo told as a past habit under "whenever"',
      text: 'For the rest of that season, whenever the two counts differed, I did it again from the start.\n',
    },
    {
      name: 'a check run again the following year is the fix holding',
      text: 'We ran the same check again the following year with the seasonal staff, and the variances stayed under five pounds.\n',
    },
    {
      name: "a listed phrase whose clause is another person's act: the client came back",
      text: 'The head teacher booked the same tour again the following year, and it ran without a hitch.\n',
    },
    {
      name: 'a routine under a condition: "if the two differ, I do it again"',
      text: 'Now I weigh every batch twice, and if the two weights differ by more than a gram I do it again.\n',
    },
    {
      name: 'a repeat prevented, not told: "what has stopped it happening again"',
      text: 'I forgot the proofer timer and sixty trays collapsed. A list I read every night is what has stopped it happening again.\n',
    },
    // Read from the grammar, in our own words and several voices.
    {
      name: 'a time to come, not a recurrence',
      text: 'Now I keep two spare carriers on file, so when a delay like that happens again we can switch within the hour.\n',
    },
    { name: 'the first time, told as new', text: "It was the first time I'd run a payroll on my own, and I skipped the reconciliation.\n" },
    {
      name: "someone else repeating a problem, and the speaker's fix",
      text: 'The supplier shorted us again the next month, but by then I had a second source lined up.\n',
    },
    {
      name: 'running the checks a second time is a fix',
      text: 'I ran the checks a second time before the release, and they all passed.\n',
    },
    {
      name: 'a lesson that stops the recurrence',
      text: 'To make sure the same mistake never happens again, I added a sign-off step to the checklist.\n',
    },
    {
      name: 'a hypothetical recurrence',
      text: 'If it had happened again, we would have lost the contract, so I rebuilt the schedule that night.\n',
    },
    { name: 'the same tool used since, as a habit', text: "I've used the same checklist on every install since.\n" },
    {
      name: "another team's same error",
      text: 'The night team made the same error a week later, so I rewrote the handover sheet for everyone.\n',
    },
    {
      name: '"it never happened again"',
      text: answer({
        lesson: 'I learned to protect the test plan. Since then I run the full suite three days out, and it has never happened again.',
      }),
    },
  ],
  invalid: [
    {
      name: 'a recurrence counted in figures, as notes type it',
      text: '- printed 2000 flyers from the old proof, wrong prices\n- 3rd time ive done the wrong proof thing, did it in 2019 and again last spring\n- cost the shop the reprint, about 400 pounds',
      findings: [{ messageId: 'repeated', at: '2:3-2:30', text: '3rd time ive done the wrong' }],
    },
    {
      name: 'the failure dated to the season before: "before" after a span of time does not prevent it',
      text: 'Last season I forgot to register two new players before the cup deadline. The season before the same thing happened with a transfer.',
      findings: [{ messageId: 'repeated', at: '1:97-1:116', text: 'same thing happened' }],
    },
    {
      name: 'a dated note, "same thing," then the speaker\'s own act done again',
      text: "i do the weekly veg order. in sept i used last year's numbers and we ran short for two days. i said i'd check the roll every term.\nthen in feb, same thing, i did it off the autumn numbers and we were short again.\n",
      findings: [
        {
          messageId: 'repeated',
          at: '2:1-2:82',
          text: 'then in feb, same thing, i did it off the autumn numbers and we were short again.',
        },
      ],
    },
    {
      name: 'the failure still coming back, in other verbs ("i still skip it the odd time", "I still catch myself…")',
      text: 'I learned to walk the fence line before I leave the paddock. On a hot day when I am knackered I still skip it the odd time. I still catch myself rushing it on Fridays.\n',
      findings: [
        { messageId: 'repeated', at: '1:95-1:114', text: 'I still skip it the' },
        { messageId: 'repeated', at: '1:125-1:145', text: 'I still catch myself' },
      ],
    },
    {
      name: '"I still do it" with how often it comes back is the failure kept up',
      text: 'I learned to read the dose back before I hand it over. Honestly, I still do it now and then when the ward is slammed.\n',
      findings: [{ messageId: 'repeated', at: '1:66-1:92', text: 'I still do it now and then' }],
    },
    {
      name: '"did it again" with no catch after it is the failure again',
      text: `${answer()}\n- did it again in May with the new labels, and the pallets shipped with the wrong barcode\n`,
      findings: [
        {
          messageId: 'repeated',
          at: '11:3-11:90',
          text: 'did it again in May with the new labels, and the pallets shipped with the wrong barcode',
        },
      ],
    },
    {
      name: 'dated notes that open on the recurrence with no verb of their own: "june: same thing with the ice"',
      text: '- may: forgot to order gas for the stall, lost the saturday market\n- june: same thing with the ice, lost half the fish\n',
      findings: [{ messageId: 'repeated', at: '2:3-2:52', text: 'june: same thing with the ice, lost half the fish' }],
    },
    {
      name: 'the recurrence set after the speaker\'s failure by a comma: "…, same kind of thing"',
      text: '- jan: payroll went out with the old tax code\n- april: we also missed the new pension bands, same kind of thing, 80 staff underpaid\n',
      findings: [
        {
          messageId: 'repeated',
          at: '2:3-2:86',
          text: 'april: we also missed the new pension bands, same kind of thing, 80 staff underpaid',
        },
      ],
    },
    {
      name: 'notes that log the same failure again, without an article',
      text: '- feb: booked the minibus for the wrong saturday, team missed the away fixture\n- april: same thing again, cup match this time\n',
      findings: [{ messageId: 'repeated', at: '2:10-2:26', text: 'same thing again' }],
    },
    {
      name: '"it wasn’t the first time" with only an adverb or a stretch of time after it',
      text: 'I left the fridge log blank on the Sunday. It was not the first time that month either.\n',
      findings: [{ messageId: 'repeated', at: '1:44-1:88', text: 'It was not the first time that month either.' }],
    },
    {
      name: 'the failure’s act in the past perfect with "too" closing it is an earlier repeat',
      text: 'I sent the wrong invoice batch to the client. I had sent the wrong batch the month before, too.\n',
      findings: [{ messageId: 'repeated', at: '1:47-1:96', text: 'I had sent the wrong batch the month before, too.' }],
    },
    {
      name: '"done the same with" another thing in the past perfect is an earlier repeat',
      text: 'I forgot to book the coach for the away match. I’d done the same with the pitch booking in the autumn.\n',
      findings: [{ messageId: 'repeated', at: '1:48-1:103', text: 'I’d done the same with the pitch booking in the autumn.' }],
    },
    {
      name: 'the second time in a stretch of time, in the past perfect, is a repeat',
      text: 'It was the third time that term I had left the lab unlocked.\n',
      findings: [{ messageId: 'repeated', at: '1:1-1:61', text: 'It was the third time that term I had left the lab unlocked.' }],
    },
    {
      name: '"it wasn’t the first time" standing alone points back at the failure',
      text: 'I missed the Friday upload. To be honest, it was not the first time.\n',
      findings: [{ messageId: 'repeated', at: '1:29-1:69', text: 'To be honest, it was not the first time.' }],
    },
    {
      name: '"once more" tells what "again" does',
      text: 'I left the van unlocked overnight. I think it happened once more after that, in the spring.\n',
      findings: [{ messageId: 'repeated', at: '1:36-1:92', text: 'I think it happened once more after that, in the spring.' }],
    },
    {
      name: 'the same mistake told in a present that says it comes back is still a recurrence',
      text: 'I learned to check the manifest first. Even so, the same mistake happens every few months on the night run.\n',
      findings: [{ messageId: 'repeated', at: '1:40-1:108', text: 'Even so, the same mistake happens every few months on the night run.' }],
    },
    {
      name: 'a repeat of the failure, told as such',
      text: 'I booked the wrong delivery slot in March. In April I booked it late, and there was a repeat of the whole mess with the carrier.\n',
      findings: [
        {
          messageId: 'repeated',
          at: '1:44-1:129',
          text: 'In April I booked it late, and there was a repeat of the whole mess with the carrier.',
        },
      ],
    },
    {
      name: 'the failure told as the second time it had happened',
      text: 'Honestly, that was the second time it had happened to me with that supplier.\n',
      findings: [{ messageId: 'repeated', at: '1:20-1:51', text: 'the second time it had happened' }],
    },
    {
      name: "the third time the speaker had missed it, with the verb's auxiliary shortened",
      text: "It was the third time I'd missed the cut-off that year.\n",
      findings: [{ messageId: 'repeated', at: '1:8-1:33', text: "the third time I'd missed" }],
    },
    {
      name: 'the failure done again the next month, with a verb that can also run a check',
      text: 'I ran the payroll two days late again the next month.\n',
      findings: [{ messageId: 'repeated', at: '1:33-1:53', text: 'again the next month' }],
    },
    {
      name: '"I still make" a mistake is the failure still happening',
      text: 'Under pressure I still make that mistake with the night orders.\n',
      findings: [{ messageId: 'repeated', at: '1:16-1:41', text: 'I still make that mistake' }],
    },
    {
      name: 'the passive of a mistake made again is the failure again',
      text: 'I briefed the new starter myself, but the same error was made again on the Friday rota.\n',
      findings: [
        {
          messageId: 'repeated',
          at: '1:1-1:88',
          text: 'I briefed the new starter myself, but the same error was made again on the Friday rota.',
        },
      ],
    },
    {
      name: "someone else finding the speaker's error again is its recurrence",
      text: 'My supervisor caught the same error again the following quarter.\n',
      findings: [{ messageId: 'repeated', at: '1:22-1:42', text: 'the same error again' }],
    },
    {
      name: 'a failure still happening under a condition is no routine',
      text: "When I'm on nights I still miss the early observations.\n",
      findings: [{ messageId: 'repeated', at: '1:20-1:42', text: 'I still miss the early' }],
    },
    {
      name: 'not the first time',
      text: "It wasn't the first time I'd sent a rota out unchecked.\n",
      findings: [{ messageId: 'repeated', at: '1:1-1:56', text: "It wasn't the first time I'd sent a rota out unchecked." }],
    },
    {
      name: 'more than once',
      text: 'I missed the Friday cut-off more than once that spring.\n',
      findings: [{ messageId: 'repeated', at: '1:1-1:56', text: 'I missed the Friday cut-off more than once that spring.' }],
    },
    {
      name: 'lowercase notes: much the same slip weeks later',
      text: 'three weeks later i made much the same slip with the payroll export.\n',
      findings: [{ messageId: 'repeated', at: '1:1-1:69', text: 'three weeks later i made much the same slip with the payroll export.' }],
    },
    {
      name: 'a second time, told plainly',
      text: 'And then, the following term, I overbooked the minibus a second time.\n',
      findings: [{ messageId: 'repeated', at: '1:1-1:70', text: 'And then, the following term, I overbooked the minibus a second time.' }],
    },
    {
      name: 'walking into the same trap',
      text: 'Six months on I walked straight into the same trap with a different landlord.\n',
      findings: [
        { messageId: 'repeated', at: '1:1-1:78', text: 'Six months on I walked straight into the same trap with a different landlord.' },
      ],
    },
    {
      name: "it happened again, in the speaker's story",
      text: 'I cut the sample short to hit the deadline. In June it more or less happened again on the second batch.\n',
      findings: [{ messageId: 'repeated', at: '1:45-1:104', text: 'In June it more or less happened again on the second batch.' }],
    },
    {
      name: 'a fragment naming the same mistake',
      text: 'The joint under the sink leaked in the next house too. Smaller leak, but the same mistake.\n',
      findings: [{ messageId: 'repeated', at: '1:56-1:91', text: 'Smaller leak, but the same mistake.' }],
    },
    {
      name: 'the same failure coming back after the lesson',
      text: answer({
        lesson: `${answer().split('\n\n')[4]!.trim()} Even so, the next quarter I made the same mistake again under a new deadline.`,
      }),
      findings: [{ messageId: 'repeated', at: '9:390-9:419', text: 'I made the same mistake again' }],
    },
  ],
});
