import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const parts = answer().split('\n\n');

export default defineCases('missing-lesson', {
  valid: [
    {
      name: 'a note\'s "q i ask now, every session:" tells the lesson as a question',
      text: 'client 63, deadlift, i added 10kg in a week because her goal date was close. she strained her lower back on the 3rd set and was off for 6 weeks.\n\nwhat i did: stopped the session, iced it, rang her that night and each of the next 3 days, ran 6 rehab sessions free.\n\nq i ask now, out loud, every session: "how did the last one feel the day after?" and i write the answer down. max 5% load increase a wk for clients over 50.\n',
    },
    {
      name: 'a question the speaker now asks, named and then put, tells the lesson as a question',
      text: 'I scored the glove tender almost wholly on price, and the cheapest supplier missed three deliveries in a month, so two labs stopped work for nine days. I issued an improvement notice and arranged a short direct award to the runner-up the same week.\n\nThe question I now ask of every evaluation model is: what does a failed delivery cost the people using this, and is that cost in my scoring? I added it to our tender template, and every officer fills it in before a weighting is signed off.\n',
    },
    {
      name: 'the change beside a reflection told as a cleft on an act of the mind ("the part I keep coming back to is that…")',
      text: 'I run the lettings desk at an estate agency in Leeds. In March I let a flat to a couple without checking that the gas safety certificate had been renewed, and it had lapsed two weeks before they moved in. The landlord was fined 400 pounds and the tenants had to stay with family for three nights. I rang the landlord and the tenants the same afternoon and booked the engineer. The part I keep coming back to is that a date in a diary is not a certificate. Now I check the certificate date on every property the day before keys are handed over.\n',
    },
    {
      name: 'the change beside a note\'s lead naming the root ("root of it: …")',
      text: 'I run the lettings desk at an estate agency in Leeds. In March I let a flat to a couple without checking that the gas safety certificate had been renewed, and it had lapsed two weeks before they moved in. The landlord was fined 400 pounds and the tenants had to stay with family for three nights. I rang the landlord and the tenants the same afternoon and booked the engineer. \n\nroot of it: a date in a diary is not a certificate.\n\n Now I check the certificate date on every property the day before keys are handed over.\n',
    },
    {
      name: 'a maxim held to a setting and carried on with what it means there is the lesson this story taught',
      text: answer({ lesson: 'I learned that on a live site, safety is everything; one loose board can end a career.' }),
    },
    {
      name: 'what was learned named by a noun and then told: "the main learning for me was…"',
      text: answer({
        lesson: 'The main learning for me was that a deadline is a reason to start the device run earlier, not to shorten it.',
      }),
    },
    {
      name: 'an understanding the speaker came to, told without a word of learning',
      text: answer({
        lesson:
          "Over the next months I came to see that I had been treating the device list as the test team's job, when it became mine the moment I signed the release.",
      }),
    },
    {
      name: 'a realisation told as how things are is a lesson, though its verb is in the past',
      text: answer({
        lesson:
          'I realised that a green run only speaks for the phones it ran on. Since then I run the suite on the three oldest Android versions before every release.',
      }),
    },
    {
      name: 'a resolution to be better, with the practice that makes it so',
      text: answer({
        lesson:
          'The lesson for me was to slow down at month end. I try to be more careful now: every Friday I reconcile the float against the bank statement before I close the books.',
      }),
    },
    {
      name: 'a saying made a routine: the speaker does something by it',
      text: answer({ lesson: 'I learned never to give up on a stuck order: every morning I now chase each one by phone before nine.' }),
    },
    {
      name: 'a specific lesson told without the word "learned"',
      text: answer({
        lesson:
          'It taught me that a deadline is a reason to start testing earlier, not to test less. Now I book the device lab for three days before every release.',
      }),
    },
    {
      name: 'a generic "you" inside a lesson the speaker draws, and a shrug beside a lesson learned',
      text: answer({
        lesson:
          'Release weeks are like that, but what I learned is that a green run only tells you about the phones you tested. Now I run the full suite on the three oldest Android versions before every release.',
      }),
    },
    {
      name: 'a lesson under a "## Lesson" heading',
      text: `## Situation\n${parts[0]}\n\n## Action\n${parts[1]}\n\n## Lesson\nA deadline is a reason to start the test plan earlier. Since then I run the full suite three days before every release date.\n`,
    },
    {
      name: 'a one-word label heads a lesson told after it',
      text: answer({
        lesson:
          'Lesson. Since then I run the full device suite on every release candidate three days before the date, because a deadline is a reason to start testing earlier.',
      }),
    },
    {
      name: '"I learned a lot" goes on to what was learned',
      text: answer({
        lesson: 'I learned a lot from it, and the main thing is that a deadline is a reason to start the tests earlier, not to cut them.',
      }),
    },
    {
      name: 'a platitude made concrete in the same sentence is a lesson',
      text: answer({
        lesson:
          'The main thing I learned is that communication is key: I now send a written test plan to the release manager three days before every date.',
      }),
    },
    {
      name: 'a lesson about a practice said to be essential is no maxim',
      text: answer({
        lesson:
          'What I learned is that a written sign-off from the release manager is essential, so I now ask for one three days before every date.',
      }),
    },
    {
      name: 'a maxim followed by the practice the speaker keeps now is a lesson',
      text: answer({
        lesson: 'I learned that planning really matters, so these days I block out Monday mornings to map the release week with my lead.',
      }),
    },
    {
      name: '"a lot about" beside a practice with its routine is a lesson',
      text: answer({
        lesson: 'I learned a lot about how our device lab books time, and now I reserve it every Thursday before a release.',
      }),
    },
    {
      name: '"a lot about" goes on past a colon to what was learned',
      text: answer({
        lesson:
          'It taught me a lot about how our device lab books time: a deadline is a reason to start the tests earlier, so I book it a week ahead.',
      }),
    },
    {
      name: 'the importance of a practice named with when it happens is a lesson',
      text: answer({ lesson: 'I learned the importance of reading the order back to the supplier before I confirm it.' }),
    },
    {
      name: "another person's shrug, quoted and then answered with the speaker's own point",
      text: answer({
        lesson:
          'My lead told me, "That\'s life." That was generous, but the point is that my checklist had no step for the older phones. Now I run the full suite on every release candidate three days before the date.',
      }),
    },
    {
      name: 'a shrug the speaker turns against in the same breath, with a point of their own',
      text: answer({
        lesson:
          "That's life, but my own checklist had no step for the older phones. Now I run the full suite on every release candidate three days before the date.",
      }),
    },
    {
      name: '"that is…" resuming a clause inside a lesson told is no shrug',
      text: answer({
        lesson:
          'The lesson I took is that when a test plan shrinks before a date, that is a warning, and it should start earlier instead. Now I run the full suite on every release candidate three days before the date.',
      }),
    },
  ],
  invalid: [
    {
      name: 'a readiness owed in general, with nothing named to be ready for: "always be ready for anything"',
      text: 'I forgot to book the minibus for the under-twelves away match, and fourteen children waited at the gate for forty minutes. I rang round the parents and we got everyone there by car for the second half. I learned that you must always be ready for anything.',
      findings: [{ messageId: 'vagueLesson', at: '1:203-1:256', text: 'I learned that you must always be ready for anything.' }],
    },
    {
      name: 'a lesson announced in notes with nothing in it: "learnt heaps that day tbh"',
      text: '- closing shift at a garden centre, i forgot to lock the poly tunnel\n- about sixty plants were taken overnight, roughly 900 dollars\n- rang the owner at 7, filed the police report, helped price the replacements\n- now: the tunnel padlock is on the closing checklist and whoever closes sends a photo\n- learnt heaps that day tbh',
      findings: [{ messageId: 'noLesson', at: '1:3-1:69', text: 'closing shift at a garden centre, i forgot to lock the poly tunnel' }],
    },
    {
      name: 'hindsight with nothing in it stands where the lesson should be',
      text: 'I ran the shortlist for a plant manager role, and both finalists pulled out in the last week. The client hired nobody for four months. Looking back, there were things I could have done differently.',
      findings: [{ messageId: 'vagueLesson', at: '1:136-1:198', text: 'Looking back, there were things I could have done differently.' }],
    },
    {
      name: '"you can\'t please everybody" as the lesson is a platitude',
      text: "- What happened: I said yes to any tenant who asked for more time on repairs, and two landlords left the agency over the delays, taking eleven properties with them.\n- What I did: I met both landlords and agreed a new repair timetable.\n- Lesson: you can't please everybody, and kindness has to be balanced with firmness.\n",
      findings: [
        {
          messageId: 'vagueLesson',
          at: '3:3-3:85',
          text: "Lesson: you can't please everybody, and kindness has to be balanced with firmness.",
        },
      ],
    },
    {
      name: '"you live and you learn" is the saying, not a lesson',
      text: 'I booked the school trip coach for the wrong Friday, and forty pupils waited at the gate for an hour before we sent them back to class. I rang the coach firm, rebooked for the following week and wrote to every parent that afternoon. You live and you learn, as they say.\n',
      findings: [{ messageId: 'vagueLesson', at: '1:234-1:270', text: 'You live and you learn, as they say.' }],
    },
    {
      name: "only the change is told, with nothing said of what was learned: the change is the lesson's proof, not the lesson",
      text: 'I run the lettings desk at an estate agency in Leeds. In March I let a flat to a couple without checking that the gas safety certificate had been renewed, and it had lapsed two weeks before they moved in. The landlord was fined 400 pounds and the tenants had to stay with family for three nights while an engineer came out. I rang the landlord and the tenants the same afternoon, booked the engineer and paid the hotel costs out of our fee. Now I check the certificate date on every property the day before keys are handed over, and none has lapsed since.\n',
      findings: [{ messageId: 'noLesson', at: '1:1-1:54', severity: 'error' }],
    },
    {
      name: 'a maxim after a stock opener ("at the end of the day") is held to no setting of the story',
      text: answer({ lesson: 'I learned that at the end of the day, communication is key.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:60', severity: 'warning' }],
    },
    {
      name: 'a maxim of a virtue the lists had not named ("quality matters"), where the lesson should be',
      text: answer({ lesson: 'What I took from it is that quality matters.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:45', severity: 'warning' }],
    },
    {
      name: 'a care owed in general, with nothing named to take care over',
      text: answer({ lesson: 'What I took from it is that anyone shipping an app must always be careful.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:75', severity: 'warning' }],
    },
    {
      name: 'staying on top of things, where the lesson should be',
      text: answer({ lesson: 'The lesson was that you have to stay on top of things when a release is close.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:79', severity: 'warning' }],
    },
    {
      name: 'the failure found out, told in words of realising, is no lesson',
      text: answer({ lesson: 'Two days later we recognised that the old device list had been used for the whole run.' }),
      findings: [{ messageId: 'noLesson', at: '1:1-1:152', severity: 'error' }],
    },
    {
      name: 'no lesson or change told, but a platitude where the story closes: that sentence is what to rewrite',
      text: answer({ lesson: 'In the end the whole team agreed that we all need to be more careful.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:70', severity: 'warning' }],
    },
    {
      name: 'the vague lesson pointed at where the story closes, not at a "taught me a great deal" in the background',
      text: answer({
        situation:
          'I was the release coordinator for a mobile banking app, a job my years in the call centre taught me a great deal about.',
        lesson: 'Looking back, I learned a great deal about the importance of planning and about the pressure on a small team.',
      }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:110', severity: 'warning' }],
    },
    {
      name: '"stuff happens" in place of a lesson',
      text: answer({ lesson: 'Honestly, stuff happens with releases. The rating came back in the end.' }),
      findings: [{ messageId: 'shrug', at: '9:1-9:39', severity: 'error' }],
    },
    {
      name: '"it is what it is" in place of a lesson',
      text: answer({ lesson: 'It is what it is. The rating came back in the end.' }),
      findings: [{ messageId: 'shrug', at: '9:1-9:18', severity: 'error' }],
    },
    {
      name: 'a shrug turned with "but" into another shrug is still one',
      text: answer({ lesson: "That's mobile releases, but you just roll with it." }),
      findings: [{ messageId: 'shrug', at: '9:1-9:51', severity: 'error' }],
    },
    {
      name: 'an obligation with nothing to do in it, beside a concrete change: the lesson is a slogan',
      text: answer({
        lesson: "Lesson learned, you've got to slow down. Now I run the full suite on every release candidate three days before the date.",
      }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:41', severity: 'warning' }],
    },
    {
      name: 'a maxim under the lesson heading is vague, whatever the change told under its own heading',
      text: '## What happened\nI shipped the update without testing it on older Android phones, and 6,000 customers saw it crash.\n\n## What I did\nI paused the rollout within the hour and worked through the night on a fix.\n\n## What I learned\nIt taught me that every detail matters.\n\n## What I do now\nI now run the full device suite on every release candidate three days before the date.\n',
      findings: [{ messageId: 'vagueLesson', at: '8:1-8:40', severity: 'warning' }],
    },
    {
      name: 'the importance of a virtue, named where the lesson should say what the speaker does',
      text: answer({ lesson: 'The main thing I took away was the importance of clear stakeholder engagement from the outset.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:95', severity: 'warning' }],
    },
    {
      name: 'a project called a learning opportunity, under the lesson heading beside a vague lesson',
      text: '## What happened\nI booked the movers for the wrong weekend, and the partners lost two working days.\n\n## What I did\nI rang every client on the Monday and moved the deadlines we could.\n\n## Reflection\nThe key takeaway was the importance of communication. Every project is a learning opportunity, and this one was no different.\n',
      findings: [{ messageId: 'vagueLesson', at: '8:1-8:54', severity: 'warning' }],
    },
    {
      name: 'a resolution to be more careful, hedged, with words between',
      text: answer({ lesson: 'What I took from it is that I should try to be a bit more careful with the totals.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:83', severity: 'warning' }],
    },
    {
      name: 'a stock saying with "always" in it names no routine: "always have a plan b"',
      text: answer({ lesson: 'The lesson I took away: always have a plan b.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:46', severity: 'warning' }],
    },
    {
      name: 'mistakes told as everyone\'s lot and shrugged off: "nobody\'s perfect", "move on"',
      text: answer({ lesson: "The lesson, I suppose, is that nobody's perfect, so you deal with it and move on." }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:82', severity: 'warning' }],
    },
    {
      name: 'a lesson that no one can get everything right',
      text: answer({ lesson: "The lesson I took is that you can't get everything right, however hard you try." }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:80', severity: 'warning' }],
    },
    {
      name: '"every" in a saying is no routine: nothing the speaker does by it',
      text: answer({ lesson: 'It taught me that you should never give up, and that every setback makes you stronger.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:87', severity: 'warning' }],
    },
    {
      name: 'no lesson at all: an error at the first sentence',
      text: answer({ lesson: '' }),
      findings: [{ messageId: 'noLesson', at: '1:1-1:152', severity: 'error' }],
    },
    {
      name: 'only a platitude for a lesson: one level milder',
      text: answer({
        lesson: 'Looking back, the main thing I learned was the importance of communication and that I should communicate better.',
      }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:113', severity: 'warning', message: /vague/ }],
    },
    {
      name: 'a shrug about the trade in place of a lesson',
      text: answer({ lesson: 'Mobile releases are like that: some quarters everything breaks at once and you just roll with it.' }),
      findings: [{ messageId: 'shrug', at: '9:1-9:98', severity: 'error', message: /shrugs/ }],
    },
    {
      name: 'a platitude for the lesson, even beside a practice: one level milder',
      text: answer({
        lesson:
          'The main thing I learned is that communication is key. Since then I send a written test plan to the release manager three days before every date.',
      }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:55', severity: 'warning' }],
    },
    {
      name: '"always" that grades a value is no routine: the platitude is still the whole lesson',
      text: answer({
        lesson: 'What I took from it is that it is always important to make sure everyone is on the same page and to communicate better.',
      }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:120' }],
    },
    {
      name: 'a resolution to be better in place of a practice',
      text: answer({ lesson: 'What I learned from it is that I now try to be more patient with new starters.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:79', severity: 'warning' }],
    },
    {
      name: 'a maxim whose verb follows a modal and ranks by "making a difference"',
      text: answer({ lesson: 'I learned that in catering every little detail can make a huge difference.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:75' }],
    },
    {
      name: 'a maxim with "the key", which the tagger reads as an adjective',
      text: answer({ lesson: 'What I took from it is that planning is the key to a smooth launch.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:68' }],
    },
    {
      name: 'a service saying for the lesson',
      text: answer({ lesson: 'It taught me that safety always comes first.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:45' }],
    },
    {
      name: 'the lesson announced with a contraction and given as a platitude',
      text: answer({ lesson: "The lesson's simple: attention to detail is everything." }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:56', severity: 'warning' }],
    },
    {
      name: '"one of those experiences" in place of a lesson',
      text: answer({
        lesson: 'It was one of those experiences you just grow from. Since then I send a written test plan three days before every date.',
      }),
      findings: [{ messageId: 'shrug', at: '9:1-9:52' }],
    },
    {
      name: '"lesson learned" and "a lesson I will never forget" announce a lesson and never tell it',
      text: answer({
        lesson:
          'Lesson learned. That is a lesson I will never forget. Since then I run the full device suite on every release candidate three days before the date.',
      }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:16', text: 'Lesson learned.' }],
    },
    {
      name: '"you live and learn" in place of a lesson',
      text: answer({ lesson: "You live and learn in this trade, don't you; every coordinator has a bad release at some point." }),
      findings: [{ messageId: 'shrug', at: '9:1-9:96' }],
    },
    {
      name: 'the failure filed as a learning experience, typed as a note',
      text: answer({ lesson: 'honestly it was one of those weeks. took it as a learning experience and moved on' }),
      findings: [{ messageId: 'shrug', at: '9:1-9:36' }],
    },
    {
      name: "a quoted lesson is not the speaker's own",
      text: answer({ lesson: 'My mentor likes to say, "The lesson is always to test more." The rating recovered after a month.' }),
      findings: [{ messageId: 'noLesson', at: '1:1-1:152' }],
    },
    {
      name: 'a lesson announced and never told, even beside a practice: one level milder',
      text: answer({
        lesson: 'It was a hard lesson. Since then I run the full device suite on every release candidate three days before the date.',
      }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:22', severity: 'warning', text: 'It was a hard lesson.' }],
    },
    {
      name: 'a virtue said to matter above all, with "always" beside it, is the whole lesson',
      text: answer({
        lesson: 'It taught me that attention to detail really matters and that we should always be careful.',
      }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:91', severity: 'warning' }],
    },
    {
      name: 'a maxim in the second half stands where the lesson should, even with no word of learning',
      text: answer({ lesson: 'Preparation pays off. Since then I run the full device suite three days before every release date.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:22' }],
    },
    {
      name: 'the learning sized and given a topic, never said',
      text: answer({ lesson: 'Looking back, I learned a great deal about the job and about the people I release with.' }),
      findings: [{ messageId: 'vagueLesson', at: '9:1-9:88' }],
    },
  ],
});
