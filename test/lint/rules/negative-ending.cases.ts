import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('negative-ending', {
  valid: [
    {
      name: 'a refusal with a condition is a rule kept: "never go back to a site without the permit"',
      text: 'I started a roof repair before the permit came through, and the council stopped the job for a week, which cost the client two thousand pounds. I paid the fine myself and apologised to the client. I learned that the permit is part of the job, not paperwork around it. I will never go back to a site without the permit in hand.',
    },
    {
      name: 'a thing that goes back to a place, in a practice told now, is no walking away',
      text: "I loaded a bag with an unreadable tag onto the wrong flight, and it reached Oslo two days late. I flew it back on the next service myself. I learned that a tag I cannot read is a reason to stop. Now any tag I can't read clearly goes back to the baggage office for a reprint.",
    },
    {
      name: 'a regret the close gives as the reason for how the speaker works today',
      text: 'I ran the flood forecast for our valley and used a rating curve I knew was out of date. Forty homes flooded that night. I reissued the warning within the hour and wrote up the error under my own name. Now every station has a date for its last check on the forecast sheet. I still think about those forty homes. They are the reason I am strict about the check dates with new staff.',
    },
    {
      name: 'the way of things told of the change just made ("That is just how the system works") is no fatalism',
      text: 'I ran the night desk at a small hotel and double-booked the only accessible room for a wedding weekend. A guest who uses a wheelchair arrived to find it taken, and I moved her to a partner hotel at our cost and drove her there myself. I learned to lock accessible rooms to the booking that needs them.\n\nNow every accessible booking is locked the moment it is made. That is just how the system works.',
    },
    {
      name: 'a shrug answered in the same sentence ("it is what it is, but we plan for it") is no fatalism',
      text: 'I ran the night desk at a small hotel and double-booked the only accessible room for a wedding weekend. A guest who uses a wheelchair arrived to find it taken, and I moved her to a partner hotel at our cost and drove her there myself. I learned to lock accessible rooms to the booking that needs them.\n\nSince then the desk checks the locks at every shift change, and it has caught two clashes. It is what it is in wedding season, but we plan for it.',
    },
    {
      name: 'a practice told as how it goes now ("that is just how I run the stall now") is no fatalism',
      text: 'I ran the till at my uncles market stall and sold thirty punnets of strawberries I knew were going soft. Six customers came back the next day, and I refunded every one and binned the rest, about ninety pounds. I learned that a bargain that comes back costs twice.\n\nNow I sort the fruit every morning and anything soft goes for jam at half price. That is just how I run the stall now.',
    },
    {
      name: 'a close that weighs the failure as unfair on someone else is ownership, not a grievance',
      text: 'I ran the loading bay at a builders merchant. I let a driver leave with an unstrapped pallet of blocks, and three of them came off at a roundabout. Nobody was hurt, but the council billed us for the clean-up. I phoned the police control room straight away and went out with a sweeper. I learned to check every load myself before it leaves the yard.\n\nIt was not fair on the driver, who took the blame on the road for my check. I strap-check every load myself now, and we have had no loss in two years.',
    },
    {
      name: 'a habit never gone back to, told as the change, is no work refused ("I never went back to signing from the ground")',
      text: 'I was the chargehand on a shopfitting job. I signed off a run of shelving from the floor without checking the fixings, and a unit came off the wall overnight. The client lost a morning of trading. I went back that night and refixed every unit myself. I learned that a signature is a check, not a formality.\n\nI never went back to signing from the ground. I walk every run with a torch now before I put my name to it.',
    },
    {
      name: 'put off something small mid-answer, with the close on the change',
      text: 'The burnt batch put me off almond croissants for a month, but that was the least of it. I rang the café owner before opening and we swapped the order to plain ones. Since then I set a second timer for every tray, and I have not burnt a batch in two years.',
    },
    {
      name: 'a routine that ends well now, and a choice made then ("there was not much point carrying on with it, so I…")',
      text: 'I run the Saturday market stall for a bakery. I under-baked the rye for the first month and we binned forty loaves. I learned to weigh the dough, not judge it by eye.\n\nThere was not much point carrying on with a recipe nobody could repeat, so I wrote it down to the gram. Whatever I do on a Saturday, it ends the same way now: every loaf weighed and logged.\n',
    },
    {
      name: 'a limit told beside what the speaker does about it is no giving up',
      text: 'I run the bar at a wedding venue. I under-ordered the prosecco for a 140-guest wedding and we ran out before the toasts. I drove to the cash and carry and got six cases back within the hour. I learned to order from the final guest list, not the first one.\n\nThere is only so much I can do when couples change numbers late. So now I hold two spare cases on sale or return for every wedding, and we have not run dry since.\n',
    },
    {
      name: 'a last line that counts the harm that did not come since ("18 months in, no dosing incident")',
      text: `${answer()}\n18 months in, no dosing incident.\n`,
    },
    {
      name: 'a last line where the check done again caught a problem before anyone lost anything',
      text: `${answer()}\nRan it again with the new supplier in March, caught a bad batch before any customer lost an order.\n`,
    },
    {
      name: 'a negated act towards the speaker told as the change holding ("nobody has had to ask me twice since") is no standing lost',
      text: answer({
        lesson: 'Now I send the stock figures before ten every Monday. Nobody has had to ask me twice since.',
      }),
    },
    { name: 'an ending on the lesson', text: answer() },
    {
      name: 'an ending on the lesson that names the failure',
      text: answer({
        lesson:
          'What I learned is that a missed test is a failure waiting to happen. Since then I have not shipped a release without the full suite, and none has crashed.',
      }),
    },
    {
      name: '"we have not had a failed release since" is a turn, not a loss',
      text: answer({ lesson: 'I learned to start testing earlier. We have not had a failed release since.' }),
    },
    {
      name: 'a concession that is itself the turn, in untroubled words',
      text: answer({
        lesson:
          'I learned to freeze the scope in writing before the build starts. But since then I have frozen it on every project, and none of the last six launches has slipped.',
      }),
    },
    {
      name: 'a concession that turns forward, not back to the loss',
      text: answer({
        lesson:
          'I learned to run the older-device suite three days before every date. Even so, the clinic chain stayed with us and renewed its contract the next spring.',
      }),
    },
    {
      name: 'a warm feeling still at work is no regret',
      text: answer({
        lesson: 'Now I check every device before the date. I still feel proud of how the support team pulled together that week.',
      }),
    },
    {
      name: 'a concession told from the time since turns forward',
      text: answer({
        lesson:
          'I learned to run the older-device suite first. The first week after the crash was miserable for the whole team. But we have not shipped a crashing build since, and the suite is now part of every release.',
      }),
    },
    {
      name: 'a regret the close answers with the change it led to',
      text: answer({
        lesson:
          'I still think about those six thousand customers and the week they had. It is why I now block any release myself if the full suite has not finished.',
      }),
    },
    {
      name: 'a memory still at work beside the habit it changed',
      text: answer({
        lesson:
          'What I took from it is that a plan is only as good as its fallback. I still think about that night whenever I schedule a migration, and now I always book a rollback window first.',
      }),
    },
    {
      name: 'a bleak last line with no concession and no regret is left to the learned judgement, not read from its word valence',
      text: answer({ lesson: 'We lost two enterprise customers over it, and the damage to our reputation was terrible and painful.' }),
    },
    {
      name: 'a mistake that stays, turned into the care it taught',
      text: answer({
        lesson: 'I learned to start testing earlier. Some mistakes stay with you, and this one made me a much more careful coordinator.',
      }),
    },
    {
      name: '"still" before words that are not bleak: the change still at work',
      text: answer({
        lesson: 'Now I check every device before the date. The support team still uses my checklist, and no release has crashed since.',
      }),
    },
    {
      name: 'what cannot be changed, answered in the same sentence by what the speaker does instead',
      text: answer({
        lesson:
          'Every handover I run now starts with the open jobs list. I cannot change that night, but I ring the new lead myself after each handover.',
      }),
    },
    {
      name: 'a rota that could not be changed is a fact of the story, not the failure beyond mending',
      text: answer({
        lesson: 'Now I publish the rota two weeks ahead. That week I could not change the rota, so I covered the shift myself.',
      }),
    },
    {
      name: 'leaving given as a result, then answered by what has held since, is not where the answer ends',
      text: answer({
        lesson:
          'That release is one of the reasons I moved to a smaller team, where I own the whole test plan. No release of mine has crashed since.',
      }),
    },
    {
      name: 'a closing paragraph after the change that tells a result gained, not a loss',
      text: `${answer()}\nThe app store rating climbed back to 4.6 by the autumn, and the two crashes the new check caught never reached a customer.\n`,
    },
  ],
  invalid: [
    {
      name: 'a regret whose reason is a suffering answers nothing',
      text: 'I lost the Hendry account when I missed their renewal date, about forty thousand pounds a year. I rang them the same day and offered three months free, but they had signed elsewhere. I learned that renewals need a calendar, not my memory. I still regret it and I do not think I will ever live it down. It is the reason I have trouble sleeping before every close.',
      findings: [
        {
          messageId: 'lingers',
          at: '1:240-1:363',
          text: 'I still regret it and I do not think I will ever live it down. It is the reason I have trouble sleeping before every close.',
        },
      ],
    },
    {
      name: 'the close walks away from the place of work for good: "I never went back to that school"',
      text: 'I taught climbing at an indoor wall and let a new group onto the lead wall before their belay test. A boy fell four metres and broke his wrist. I called the first aider and rang his mother from the hospital. I learned that a test is never a formality. The wall took me off the rota, and I never went back to that gym.',
      findings: [{ messageId: 'resigned', at: '1:253-1:318', text: 'The wall took me off the rota, and I never went back to that gym.' }],
    },
    {
      name: 'a regret followed by the reason the speaker left is still where the story ends',
      text: 'I ran the flood forecast for our valley and used a rating curve I knew was out of date. Forty homes flooded that night. I reissued the warning within the hour and wrote up the error under my own name. I learned that a model is only as good as its last check. I still think about those forty homes. They are the reason I left hydrology.',
      findings: [
        { messageId: 'lingers', at: '1:260-1:336', text: 'I still think about those forty homes. They are the reason I left hydrology.' },
      ],
    },
    {
      name: 'a close that tells the failure as the way of things ("thats just how the trade is round here")',
      text: 'ran the till at my uncles market stall. sold 30 punnets of strawberries i knew were going soft, 6 customers came back next day. gave refunds, threw the rest out. cost maybe 90 quid.\n\nprobably happens again next summer tbh. thats just how the fruit trade is round here',
      findings: [{ messageId: 'resigned', at: '3:41-3:85', text: 'thats just how the fruit trade is round here' }],
    },
    {
      name: 'a close that calls the outcome unfair, with nothing after it (aggrieved)',
      text: 'I ran the loading bay at a builders merchant. I let a driver leave with an unstrapped pallet of blocks, and three of them came off at a roundabout. Nobody was hurt, but the council billed us for the clean-up. I phoned the police control room straight away and went out with a sweeper. I learned to check every load myself before it leaves the yard.\n\nThe regional manager took my supervisor allowance away for a quarter. To this day I feel that was unfair.',
      findings: [{ messageId: 'aggrieved', at: '3:71-3:106', text: 'To this day I feel that was unfair.' }],
    },
    {
      name: 'the trade closed on with "good riddance"',
      text: 'I ran a cake shop for six years. I agreed to a buttercream tier for a July wedding in a barn with no cooling, and set it up five hours early, and it slid before the speeches. I refunded the couple in full and baked them a replacement for their first anniversary. I learned to say no to a design the venue cannot hold.\n\nI closed the shop two years later. Good riddance.',
      findings: [{ messageId: 'resigned', at: '3:36-3:50', text: 'Good riddance.' }],
    },
    {
      name: 'the work refused for good once the speaker walked away ("I left not long after and I would not go back if they doubled my money")',
      text: 'I was the chargehand on a shopfitting job. I signed off a run of shelving from the floor without checking the fixings, and a unit came off the wall overnight. The client lost a morning of trading. I went back that night and refixed every unit myself. I learned that a signature is a check, not a formality.\n\nThe office never backed us on site anyway. I left not long after and I would not go back if they doubled my money.',
      findings: [
        { messageId: 'resigned', at: '3:44-3:115', text: 'I left not long after and I would not go back if they doubled my money.' },
      ],
    },
    {
      name: 'a last sentence that says the failure took the shine off the work',
      text: 'I led a group onto the ridge on the evening forecast and never checked the morning update. Two walkers were caught in the cloud and one turned an ankle on the descent. I reported it to the centre that night. I now check the morning forecast in the car park before every walk. If I am honest, that day took the shine off guiding for me.',
      findings: [{ messageId: 'resigned', at: '1:277-1:336', text: 'If I am honest, that day took the shine off guiding for me.' }],
    },
    {
      name: 'a last sentence that says the failure put the speaker off the work',
      text: 'I skipped the pressure test on one flat and a joint failed a week later, flooding the kitchen below. I owned up to the foreman and we cut out the ceiling and remade the joint that day. Now I test every flat and photograph the gauge. It put me right off the firm, and I left a few months after.',
      findings: [{ messageId: 'resigned', at: '1:234-1:294', text: 'It put me right off the firm, and I left a few months after.' }],
    },
    {
      name: 'the part of the job that failed, no longer cared about: "not that fussed about the paperwork anymore"',
      text: 'I missed the deadline for the exam entries and two pupils had to sit the paper a term late. I rang both families and wrote to the board to ask for a late slot, which they refused. These days I keep the entry dates in my own calendar. Honestly, I am not that fussed about the paperwork anymore.',
      findings: [{ messageId: 'resigned', at: '1:235-1:294', text: 'Honestly, I am not that fussed about the paperwork anymore.' }],
    },
    {
      name: 'the close tells a spirit worn down',
      text: 'I was forty minutes late for the airport run because I left at the usual time in the snow. I apologised and the office refunded the fare. I now check the forecast the night before an early run. You get blamed for weather nobody controls. Bit demoralising, honestly.',
      findings: [{ messageId: 'resigned', at: '1:239-1:266', text: 'Bit demoralising, honestly.' }],
    },
    {
      name: 'the close gives up: a limit on what anyone can do, and "whatever I do" ending the same way',
      text: 'I run the bar at a wedding venue. I under-ordered the prosecco for a 140-guest wedding and we ran out before the toasts. I drove to the cash and carry and got six cases back within the hour. I learned to order from the final guest list, not the first one.\n\nWhatever I do, there is only so much one bar manager can do when couples change numbers the day before.\n',
      findings: [
        {
          messageId: 'resigned',
          at: '3:1-3:104',
          text: 'Whatever I do, there is only so much one bar manager can do when couples change numbers the day before.',
        },
      ],
    },
    {
      name: 'a loss told after the comma that closes a "before" clause is still the ending',
      text: `${answer()}\nBefore I could explain any of it, the client walked out, and we lost the account.\n`,
      findings: [
        {
          messageId: 'turnsBack',
          at: '11:1-11:82',
          text: 'Before I could explain any of it, the client walked out, and we lost the account.',
        },
      ],
    },
    {
      name: 'standing lost for good in the last line: trust not given back "since"',
      text: answer({
        lesson: 'Now I check every device before the date. The client has not trusted me with a launch since.',
      }),
      findings: [{ messageId: 'lingers', at: '9:43-9:93', text: 'The client has not trusted me with a launch since.' }],
    },
    {
      name: 'the speaker not trusted again, told in the passive, in the last line',
      text: answer({
        lesson: 'Now I check every device before the date. I have not been trusted with a release again.',
      }),
      findings: [{ messageId: 'lingers', at: '9:43-9:88', text: 'I have not been trusted with a release again.' }],
    },
    {
      name: 'the story turns to the lesson, then its last paragraph goes back to the damage with no concession',
      text: `${answer()}\nThe bank moved the contract to another agency that summer. We lost the account, and the complaint is still the first thing anyone finds about us.\n`,
      findings: [
        {
          messageId: 'turnsBack',
          at: '11:1-11:146',
          text: 'The bank moved the contract to another agency that summer. We lost the account, and the complaint is still the first thing anyone finds about us.',
        },
      ],
    },
    {
      name: 'the failure told as beyond mending in the last line, however it is worded',
      text: answer({
        lesson: 'Now I check every device before the date. Honestly, I do not think I will ever get over it.',
      }),
      findings: [{ messageId: 'lingers', at: '9:43-9:92', text: 'Honestly, I do not think I will ever get over it.' }],
    },
    {
      name: 'the failure given as why the speaker left, in the last line',
      text: answer({
        lesson: 'Now I check every device before the date. Honestly that release is one of the reasons I decided to leave the company.',
      }),
      findings: [
        { messageId: 'lingers', at: '9:43-9:118', text: 'Honestly that release is one of the reasons I decided to leave the company.' },
      ],
    },
    {
      name: 'bleak words after "still" in the last line, with no feeling named',
      text: answer({
        lesson:
          'Now I check every device before the date. Forty clinics lost a morning of bookings because of my release, and that week is still a painful memory.',
      }),
      findings: [
        {
          messageId: 'lingers',
          at: '9:43-9:147',
          text: 'Forty clinics lost a morning of bookings because of my release, and that week is still a painful memory.',
        },
      ],
    },
    {
      name: 'a short closing paragraph that opens on a concession and stays with the loss to its end',
      text: `${answer()}\nBut I still picture the café owner that morning. She had opened early for the launch, and I had let her down. Each spring, when the menus change, it comes back.\n`,
      findings: [
        {
          messageId: 'turnsBack',
          at: '11:1-11:161',
          text: 'But I still picture the café owner that morning. She had opened early for the launch, and I had let her down. Each spring, when the menus change, it comes back.',
        },
      ],
    },
    {
      name: 'lingering regret even after a lesson',
      text: answer({ lesson: 'I learned to protect the test plan. I still regret how many customers I let down that week.' }),
      findings: [{ messageId: 'lingers', at: '9:37-9:92', text: 'I still regret how many customers I let down that week.' }],
    },
    {
      name: 'the closing concedes the turn and goes back to the loss',
      text: answer({
        lesson:
          'I learned to run the older-device suite first. Still, the clinic chain we were piloting with cancelled its contract, and nothing I changed afterwards brought it back.',
      }),
      findings: [
        {
          messageId: 'turnsBack',
          at: '9:48-9:167',
          text: 'Still, the clinic chain we were piloting with cancelled its contract, and nothing I changed afterwards brought it back.',
        },
      ],
    },
    {
      name: 'a loss that comes back as a habit of the mind, with no "still"',
      text: answer({ lesson: 'Now I check every device before the date. I think about those customers most weeks, and it sits with me.' }),
      findings: [{ messageId: 'lingers', at: '9:43-9:105', text: 'I think about those customers most weeks, and it sits with me.' }],
    },
    {
      name: 'a regret in the closing quoted from where it is told to the end',
      text: answer({
        lesson:
          'Now I check every device before the date. I still think about the families who lost a day of pay. For them, that week never came back.',
      }),
      findings: [
        {
          messageId: 'lingers',
          at: '9:43-9:135',
          text: 'I still think about the families who lost a day of pay. For them, that week never came back.',
        },
      ],
    },
    {
      name: 'a feeling that has not let go, in the last line',
      text: answer({ lesson: 'Now I check every device before the date. Some weeks I still feel like I let that whole crew down.' }),
      findings: [{ messageId: 'lingers', at: '9:43-9:99', text: 'Some weeks I still feel like I let that whole crew down.' }],
    },
  ],
});
