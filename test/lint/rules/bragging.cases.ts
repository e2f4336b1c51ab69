import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('bragging', {
  valid: [
    {
      name: 'a rank on a list of failings, a place on call, and "hardly anyone could have saved it": no boast',
      text: 'I was top of the late-dispatch list three months running. I have been the first person on call for the last two years. Hardly anyone on the team could have saved that deal once I had missed the deadline.',
    },
    {
      name: '"the best part of a day" is an amount, not a rank',
      text: 'I ordered the precast stairs to the wrong floor height. Nobody was hurt, but we lost the best part of a day, and the wagon had to come back, which cost the contractor about two thousand pounds. I rang the supplier that morning and rebooked it myself. Now I check every drawing revision against the order before I send it.',
    },
    {
      name: 'a rank the team held, or denied to the speaker, is no boast',
      text: 'Our branch was top of the region three years running, and I still let the audit slip. I was never top of the table two seasons running myself.',
    },
    {
      name: 'a rule of the workplace told as clear that it says something: what it says, not praise',
      text: 'I work nights on a maternity ward. Our protocol is clear that a worrying trace goes to the registrar at once. I waited forty minutes instead, and the baby needed resuscitation. I told the coordinator what I had done that morning. Now I escalate every trace I am unsure of and write down the time.',
    },
    {
      name: '"the best case" is a scenario planned on, as "the worst case" is, and no praise',
      text: answer({
        lesson:
          'The lesson for me was that I had been planning on the best case. Since then I plan every release from the worst case backwards, and I have met the last four dates.',
      }),
    },
    {
      name: '"good enough to" measures a quality, it does not praise it',
      text: 'My memory is good enough to feel certain and not good enough to be right every time. So I read the dose off the sheet now, out loud, while I write it.',
    },
    {
      name: '"the one they were going to" is a house, not the speaker as the one people turn to',
      text: 'I quoted the removal for the house they were leaving and guessed the one they were going to, and the van could not get up the lane on the day.\n',
    },
    {
      name: '"without me" before what the speaker does not do is no claim that nothing works without them',
      text: 'I lost a week of client photos because I kept putting off the backup. The lesson was that a backup only counts if it happens without me remembering it, so now the drive syncs every night on its own.\n',
    },
    {
      name: 'invited to speak about the failure at a briefing is no honour',
      text: 'I mixed up two deliveries and a school got the wrong order. I was invited to speak at the Monday briefing about what had gone wrong, and I did.\n',
    },
    {
      name: 'the speaker\'s work ranked only to be turned against in the same sentence: "…the most detailed on the team, but…"',
      text: 'My write-up was the most detailed on the team, but it answered the wrong question, and that was my failure.\n',
    },
    {
      name: 'the speaker\'s own figure ranked by a measure, which owns a failing: "my error rate was the highest on the team"',
      text: 'That quarter my error rate was the highest on the team, and two of my orders shipped to the wrong warehouse.\n',
    },
    {
      name: 'singled out for a sanction, not an honour ("the only person on the team to be given a formal warning")',
      text: 'I was the only person on the team to be given a formal warning that year, and I deserved it.\n',
    },
    {
      name: 'the youngest on the ward, told as why the speaker held back, is no boast',
      text: 'As the youngest nurse on the ward, I did not feel I could question the consultant, so I said nothing about the dose.\n',
    },
    {
      name: 'effort ("make the best of what we had"), a superlative in a clause of time, and "least" before praise are no boast',
      text: 'We reworked the plan to make the best of what we had. My estimates are least accurate when I am most confident. My handover notes are least thorough on a Friday.\n',
    },
    {
      name: 'a failing the speaker ranks with "which was the highest", a run of targets missed, and a rank of someone else',
      text: 'I missed six deadlines, which was the highest on the team. I missed target three months running. She was top of the leaderboard that year.\n',
    },
    {
      name: 'weight told with "most", a rank of juniority, and praise reported of someone else are no boast',
      text: 'The most important thing I learned was to ask early. For the client I was the most important contact. I joined as the most junior engineer in the team. Tom told me Omar had the best rota in the region. My manager told me our error rate was the highest on the floor.\n',
    },
    {
      name: '"like I did" past a comma, a request with "like I…", and a compound of place are no boast',
      text: 'Nobody noticed the leak, like I did the week before. No one checked the valves like I asked. The top-floor office was cold.\n',
    },
    {
      name: 'a quality told as the change since the failure, not a standing',
      text: 'My handovers are thorough now, and I read every line of the sheet before I sign it.\n',
    },
    {
      name: 'a routine told with "is" and no quality of the work',
      text: 'Part of my close-down is I clean the walk-in fridge once a week.\n',
    },
    {
      name: 'a quality that was high once, told in the past as part of the story',
      text: 'My estimate was good for the first phase, but I never revisited it for the second.\n',
    },
    {
      name: "someone else's verdict, reported: higher than the client needed",
      text: 'My director told me that my drawings were more detailed than the client needed, and she was right.\n',
    },
    {
      name: 'the only one old enough to remember: a fact, not praise',
      text: 'I was the only one on the team old enough to remember the last migration, so I led it.\n',
    },
    // Read from the grammar, in our own words and several voices.
    {
      name: 'praise named as what a measure was known for, as the motive of a failure',
      text: 'i was chasing my on-time rate, it was the figure i got praised for, so i stopped logging the late drops\n',
    },
    {
      name: 'praise from others, told neutrally',
      text: 'My manager said the postmortem I wrote was clear and useful, and we still use it in onboarding.\n',
    },
    {
      name: 'the best thing the speaker did is a choice, not a boast',
      text: 'The best thing I did that week was call the customer before she called us.\n',
    },
    {
      name: 'a superlative about others',
      text: 'Two of our best drivers were off sick, so I covered the routes myself and got the timings wrong.\n',
    },
    {
      name: 'thanks for flagging early',
      text: 'My team lead thanked me for flagging it early, and then we worked out the refunds together.\n',
    },
    {
      name: 'a comparison between two releases',
      text: 'The new release was faster than the old one, which is why I upgraded without testing it.\n',
    },
    {
      name: 'most would have, and the speaker owns doing worse',
      text: 'Most teams would have rolled back at once; I waited two hours, and that delay was my call.\n',
    },
    { name: 'a plain account of what the speaker did', text: answer() },
    {
      name: 'a rank held by someone else, a compound after a superlative, a sum credited, a thing named',
      text: 'She had the highest sales in the region, so I copied her call plan. It was the cleanest design on the team board, which made the gap harder to see. The refund was credited to their account on the Monday. It was named after the street.\n',
    },
    {
      name: 'a failing ranked, knowledge kept back, praise that set up the failure, a place and a position',
      text: 'I had the highest error rate on the team that quarter. Nobody else on the team would have known the wording had changed, because I had never written the change down. It was praised in the first review, which made me stop checking it. I was the best-placed person to catch the gap, and I was on the top floor when the alarm went.\n',
    },
    {
      name: 'set against most of the trade, then telling what the speaker did: it may be owning the call, so it is left alone',
      text: 'Most managers would have walked the whole building before signing. I trusted the wing sheets and signed the fire log without checking the east wing.\n',
    },
    {
      name: 'set against most of the trade, then owning the call',
      text: 'Most teams would have rolled back. I decided to push a fix instead, and that was my mistake: it took four more hours.\n',
    },
    {
      name: 'others measured against a wish, a feeling or a deputy trusted are no boast',
      text: "I asked if anyone else could check it as carefully as I would have liked, but nobody was free. I didn't want anyone else to feel as embarrassed as I did. I trusted my deputy more than anyone else on the team.\n",
    },
    {
      name: 'an honour aimed at and missed, someone else\'s, an invitation to a meeting, and a failing ranked with "the highest … rate"',
      text: 'We were hoping to win a regional award for the launch, and we did not. My colleague Priya won the safety prize that year. I was invited to the review meeting the next morning. I had the highest error rate in my team that month.\n',
    },
  ],
  invalid: [
    {
      name: 'a rank held "for the last three years"',
      text: 'As the top-selling agent in our office for the last three years, I rarely lose a sale, so this one stands out.',
      findings: [
        {
          messageId: 'boast',
          at: '1:1-1:111',
          text: 'As the top-selling agent in our office for the last three years, I rarely lose a sale, so this one stands out.',
        },
      ],
    },
    {
      name: 'the feat set above the field: "which not many brokers could have pulled off"',
      text: 'I got the buyers up to four hundred thousand over asking, which honestly not many brokers in town could have pulled off.',
      findings: [{ messageId: 'boast', at: '1:74-1:116', text: 'not many brokers in town could have pulled' }],
    },
    {
      name: 'a rank held over a run by the speaker: "I have been number one in the shop for sales two years straight"',
      text: 'I have been number one in the shop for sales two years straight, so the pipeline is not where I slip.',
      findings: [
        {
          messageId: 'boast',
          at: '1:1-1:102',
          text: 'I have been number one in the shop for sales two years straight, so the pipeline is not where I slip.',
        },
      ],
    },
    {
      name: 'a rank held over a run: "As the top-earning stylist at my salon three years running, I…"',
      text: 'As the top-earning stylist at my salon three years running, I rarely lose a client, so this one stands out.',
      findings: [
        {
          messageId: 'boast',
          at: '1:1-1:108',
          text: 'As the top-earning stylist at my salon three years running, I rarely lose a client, so this one stands out.',
        },
      ],
    },
    {
      name: '"coming to me as the one who knew the systems best" makes the speaker the one people turn to',
      text: 'That quarter I took on reviews for two other teams, all because people kept coming to me as the one who knew the systems best, and my own release slipped three weeks.\n',
      findings: [
        {
          messageId: 'boast',
          at: '1:1-1:167',
          text: 'That quarter I took on reviews for two other teams, all because people kept coming to me as the one who knew the systems best, and my own release slipped three weeks.',
        },
      ],
    },
    {
      name: '"nobody else would\'ve managed", cut short, is only the speaker could',
      text: "I quoted the roof a week short, and I got it finished in the rain over one weekend, which nobody else would've managed.\n",
      findings: [
        {
          messageId: 'boast',
          at: '1:1-1:120',
          text: "I quoted the roof a week short, and I got it finished in the rain over one weekend, which nobody else would've managed.",
        },
      ],
    },
    {
      name: 'the turning act read as a noun by the tagger: "the one the other firms phone"',
      text: "I'm the one the other firms phone when they're stuck on a job. I misquoted the wiring on a loft conversion by two days and paid the electrician myself.\n",
      findings: [{ messageId: 'boast', at: '1:1-1:63', text: "I'm the one the other firms phone when they're stuck on a job." }],
    },
    {
      name: 'an honour won by the speaker or their work, and an invitation to speak about it',
      text: 'The ferry timetable I rebuilt went on to win a national transport award. I had picked up three customer commendations that spring. I was invited to present it at two industry conferences.\n',
      findings: [
        { messageId: 'boast', at: '1:1-1:73', text: 'The ferry timetable I rebuilt went on to win a national transport award.' },
        { messageId: 'boast', at: '1:74-1:131', text: 'I had picked up three customer commendations that spring.' },
        { messageId: 'boast', at: '1:132-1:188', text: 'I was invited to present it at two industry conferences.' },
      ],
    },
    {
      name: 'a rank of merit in a compound ("the highest-rated driver at my depot") or held in the speaker\'s clause ("with the best appraisal score in my intake")',
      text: 'By then I was the highest-rated driver at my depot. I was made supervisor with the best appraisal score in my intake.\n',
      findings: [
        { messageId: 'boast', at: '1:1-1:52', text: 'By then I was the highest-rated driver at my depot.' },
        { messageId: 'boast', at: '1:53-1:118', text: 'I was made supervisor with the best appraisal score in my intake.' },
      ],
    },
    {
      name: 'the speaker\'s own work ranked among peers by a word of praise: "my models were the most detailed on the floor"',
      text: 'We lost the Hartley pitch because my deck went in a day late. My models were the most detailed on the floor, though.\n',
      findings: [{ messageId: 'boast', at: '1:63-1:117', text: 'My models were the most detailed on the floor, though.' }],
    },
    {
      name: 'singled out among peers for a rise ("the first person on my team to be promoted"), and a rank in a named office',
      text: 'I was the first person on my team to be promoted to lead. I was the top fitter in the Bristol depot for three years.\n',
      findings: [
        { messageId: 'boast', at: '1:1-1:58', text: 'I was the first person on my team to be promoted to lead.' },
        { messageId: 'boast', at: '1:59-1:117', text: 'I was the top fitter in the Bristol depot for three years.' },
      ],
    },
    {
      name: 'a rank in words ("the number one rep in the region") and a rank the speaker placed in ("came top of my cohort")',
      text: 'I was the number one planner in the district for two years. I came top of my cohort in the licensing exams.\n',
      findings: [
        { messageId: 'boast', at: '1:1-1:60', text: 'I was the number one planner in the district for two years.' },
        { messageId: 'boast', at: '1:61-1:108', text: 'I came top of my cohort in the licensing exams.' },
      ],
    },
    {
      name: 'a rank on a board, a rank after a subjectless "and was", and the speaker’s figure ranked with "which was the highest"',
      text: 'Last spring I was top of the sales leaderboard for ten weeks. Ive run the depot for years and was top manager in the district twice. In the audit I alone raised 90 findings, which was the highest in the whole programme.\n',
      findings: [
        { messageId: 'boast', at: '1:1-1:62', text: 'Last spring I was top of the sales leaderboard for ten weeks.' },
        { messageId: 'boast', at: '1:63-1:133', text: 'Ive run the depot for years and was top manager in the district twice.' },
        {
          messageId: 'boast',
          at: '1:134-1:220',
          text: 'In the audit I alone raised 90 findings, which was the highest in the whole programme.',
        },
      ],
    },
    {
      name: 'a run of targets met told as the speaker’s record',
      text: 'I have beaten my quota four quarters running. I hit my number every month for three years.\n',
      findings: [
        { messageId: 'boast', at: '1:1-1:46', text: 'I have beaten my quota four quarters running.' },
        { messageId: 'boast', at: '1:47-1:91', text: 'I hit my number every month for three years.' },
      ],
    },
    {
      name: 'a rank the speaker finished in, a superlative the lexicon rates well, and a rank reported of their work',
      text: 'I ended the season as the top scorer in the squad. Parents often tell me I am the most encouraging coach they have met. The club secretary said it was the best-run tournament in the region.\n',
      findings: [
        { messageId: 'boast', at: '1:1-1:51', text: 'I ended the season as the top scorer in the squad.' },
        { messageId: 'boast', at: '1:52-1:120', text: 'Parents often tell me I am the most encouraging coach they have met.' },
        { messageId: 'boast', at: '1:121-1:190', text: 'The club secretary said it was the best-run tournament in the region.' },
      ],
    },
    {
      name: 'everyone else measured against the speaker and found short',
      text: 'i didnt trust anyone else to get the count as right as i would. No one else could check the welds as quickly as I could.\n',
      findings: [
        { messageId: 'boast', at: '1:1-1:64', text: 'i didnt trust anyone else to get the count as right as i would.' },
        { messageId: 'boast', at: '1:65-1:121', text: 'No one else could check the welds as quickly as I could.' },
      ],
    },
    {
      name: 'the speaker trusted above everyone else',
      text: 'Leadership trusted me more than anyone else to deliver the three launches.\n',
      findings: [
        { messageId: 'boast', at: '1:1-1:75', text: 'Leadership trusted me more than anyone else to deliver the three launches.' },
      ],
    },
    {
      name: 'a rank told in one hyphenated word, held in a group: "the top-selling rep in our region"',
      text: 'I have been the top-selling rep in our region for three years.\n',
      findings: [{ messageId: 'boast', at: '1:1-1:63', text: 'I have been the top-selling rep in our region for three years.' }],
    },
    {
      name: "everyone else denied the speaker's way of working",
      text: 'Nobody reads a site plan like I do. No one runs a month-end close as well as I can.\n',
      findings: [
        { messageId: 'boast', at: '1:1-1:36', text: 'Nobody reads a site plan like I do.' },
        { messageId: 'boast', at: '1:37-1:84', text: 'No one runs a month-end close as well as I can.' },
      ],
    },
    {
      name: 'the speaker above a group named by a noun of people',
      text: 'My rotas are better than most charge nurses on the ward manage.\n',
      findings: [{ messageId: 'boast', at: '1:1-1:64', text: 'My rotas are better than most charge nurses on the ward manage.' }],
    },
    {
      name: "the speaker's own work praised as a habit",
      text: 'Before this, my audits had always been outstanding.\n',
      findings: [{ messageId: 'boast', at: '1:1-1:52', text: 'Before this, my audits had always been outstanding.' }],
    },
    {
      name: 'the go-to person for a role named by a noun',
      text: "I'm usually the person the matron goes to when something has to be fixed by the morning.\n",
      findings: [
        {
          messageId: 'boast',
          at: '1:1-1:89',
          text: "I'm usually the person the matron goes to when something has to be fixed by the morning.",
        },
      ],
    },
    {
      name: 'praise received, in a note with no subject',
      text: 'got praised for rota planning by the chief nurse a month before\n',
      findings: [{ messageId: 'boast', at: '1:1-1:64', text: 'got praised for rota planning by the chief nurse a month before' }],
    },
    {
      name: 'the only one clever enough, with words between',
      text: 'To be fair I was the only one in the whole office clever enough to spot the gap.\n',
      findings: [{ messageId: 'boast', at: '1:12-1:64', text: 'I was the only one in the whole office clever enough' }],
    },
    {
      name: "lowercase notes: the tidiest handover she'd ever had",
      text: "my lead said it was the tidiest handover she'd ever had from a new starter\n",
      findings: [
        { messageId: 'boast', at: '1:1-1:75', text: "my lead said it was the tidiest handover she'd ever had from a new starter" },
      ],
    },
    {
      name: 'faster than anyone else',
      text: 'Honestly I was faster than anyone else in the warehouse, so they put me on the urgent orders.\n',
      findings: [
        {
          messageId: 'boast',
          at: '1:1-1:94',
          text: 'Honestly I was faster than anyone else in the warehouse, so they put me on the urgent orders.',
        },
      ],
    },
    {
      name: 'no one else could have',
      text: 'Frankly no one else on the ward could have managed it in the time.\n',
      findings: [{ messageId: 'boast', at: '1:1-1:67', text: 'Frankly no one else on the ward could have managed it in the time.' }],
    },
    {
      name: 'an award of the year',
      text: 'i was named regional rep of the year in 2022, so i got a bit complacent\n',
      findings: [{ messageId: 'boast', at: '1:1-1:72', text: 'i was named regional rep of the year in 2022, so i got a bit complacent' }],
    },
    {
      name: 'the one people ring',
      text: "I'm the one people ring when the tills go down.\n",
      findings: [{ messageId: 'boast', at: '1:1-1:48', text: "I'm the one people ring when the tills go down." }],
    },
    {
      name: 'most would have given up; the speaker did not',
      text: "Most planners would have written the quarter off. I didn't.\n",
      findings: [{ messageId: 'boast', at: '1:1-1:50', text: 'Most planners would have written the quarter off.' }],
    },
    {
      name: 'self-aggrandising claims',
      text: answer({
        action:
          'I single-handedly fixed it overnight; nobody else could have done it that fast. Thanks to me the rollout resumed the next day.',
      }),
      findings: [
        { messageId: 'boast', at: '5:3-5:18', text: 'single-handedly', severity: 'warning' },
        { messageId: 'boast', at: '5:39-5:61', text: 'nobody else could have' },
        { messageId: 'boast', at: '5:81-5:93', text: 'Thanks to me' },
      ],
    },
    {
      name: 'the work honoured, a rank in the team, a superlative from a reviewer, only the speaker could',
      text: "We opened the depot in April. It was shortlisted for a national logistics award. I'm usually the top seller on the team, by a distance. The auditor said it was the best-kept ledger she had seen in a decade. I rebuilt the export that night, which nobody else on the floor would have known how to do.\n",
      findings: [
        { messageId: 'boast', at: '1:31-1:81' },
        { messageId: 'boast', at: '1:82-1:136' },
        { messageId: 'boast', at: '1:137-1:207' },
        { messageId: 'boast', at: '1:208-1:299' },
      ],
    },
  ],
});
