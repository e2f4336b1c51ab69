import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const story = (sentence: string): string =>
  answer({ failure: `${sentence} The update crashed for roughly 6,000 customers on Android 11.` });

/** The new-user trial of the judgement issue: other parties' failures, none of them the speaker's misconduct. */
const TRIAL = [
  'The DBAs never told me the table had 80 million rows.',
  'The QA team missed the bug.',
  'The vendor changed the API without warning.',
  'The product manager gave me the wrong spec.',
  'It was approved without a proper review.',
];

export default defineCases('red-flag', {
  valid: [
    {
      name: 'a requirement or new business, and "used" as a verb with its subject: no goods passed off',
      text: 'The check had been removed by mistake, so I listed it as a new requirement in the backlog. The client had used a competitor for years, and I priced them as new business.',
    },
    {
      name: 'notes written up later before the next visit, and blank fields marked as not recorded for an audit: honest',
      text: 'I wrote my visit notes up later in the car, before my next visit. The auditor was due on Monday, so I filled in the blank fields with not recorded and flagged each gap to my manager.',
    },
    {
      name: "bother meaning disturb, or a thing of the speaker's own, after a duty: no breach",
      text: "Nurses are expected to take their breaks. I didn't bother with mine that week, and on the fourth night I misread a chart. We are supposed to escalate a falling score at once, but I didn't bother the registrar until the morning, and that was my mistake.",
    },
    {
      name: 'a device handed to the one whose data it is: recovered photos put on a stick and taken round to her',
      text: "I tore a flex cable on a customer's phone and lost her photos. A recovery lab got most of them back, and I put them on a usb stick and took it round to her that evening.",
    },
    {
      name: 'goods sold as new that were new, beside "used" as a verb',
      text: 'I used the old parts list by mistake and ordered the wrong screen. When the right one came I fitted it and sold it to her as new, which it was, at cost.',
    },
    {
      name: 'a duty told, then missed by mistake, or not bothered with by someone else',
      text: "On the ward you are supposed to scan every wristband before a drug round. I forgot on the night shift because the scanner was slow. You are meant to ring pharmacy too, and the locum didn't bother.",
    },
    {
      name: 'a form filled in afterwards with no one to show it to, beside an inspection told as what came later',
      text: "I service boilers. After an interruption I refitted a flue with the seal loose, and the customer's alarm went off that night. I went back at once, fixed the seal and filled in an incident form afterwards. A second engineer now checks my flues before the sheet is signed, and the council inspection in March found no faults.",
    },
    {
      name: '"knowing" opening a clause is its subject ("I learned that knowing a route is dangerous"), not a breach known and done',
      text: answer({
        lesson:
          'I learned that knowing a route is dangerous, because you stop looking at it. Since then I walk the dock before every reverse, even at depots I know well, and I have had no damage in two years.',
      }),
    },
    {
      name: 'a plan or a process moved to another month ("moved the launch into the next quarter", "moved the invoice run to the next month") is no record redated',
      text: answer({
        action:
          'I moved the launch into the next quarter, told the sponsor why, and we moved the invoice run to the next month after the outage so that no customer was billed twice.',
      }),
    },
    {
      name: 'notes: "filled in the near miss form that evening even tho nothing came of it", where "that evening" opens no clause',
      text: 'dosing error, vet nurse, last spring\n- drew up a sedative for a 6 kg dog at ten times the dose, did the sum in my head\n- the vet checked the syringe before it went in and stopped it. could have killed the dog\n- told her it was my sum, redid it on paper with her. filled in the near miss form that evening even tho nothing came of it, wanted it logged\n- learned: sums in my head are where decimals slip\n- now: every dose written as weight x rate = volume and read back to the checker. a year on, caught one of my own slips on paper\n',
    },
    {
      name: 'an incident form filled in "that afternoon even though nothing happened to" the patient is a near miss put on record',
      text: answer({
        action:
          'I told the ward sister straight away and filled out the incident form that afternoon even though nothing happened to the patient, because I wanted the near miss on record.',
      }),
    },
    {
      name: 'a field moved under a tab to tidy a screen is design, however long its name: "hid the prescription number field under a Details tab"',
      text: 'To tidy the screen I hid the prescription number field under a Details tab, and older customers could not find it.',
    },
    {
      name: 'work shared in a group chat is no leak: a squad sheet put up on the WhatsApp group of the parents',
      text: "I put the squad sheet up on the parents' WhatsApp group the night before the final, without speaking first to the two girls I had left out.",
    },
    {
      name: 'a thing tucked away on a screen is a choice of design, not concealment: "hid the option under a More tab"',
      text: 'On the booking app I redesigned, I hid the cancel-and-rebook option under a More tab to tidy the screen, and rebooking calls to the help desk tripled in a week.',
    },
    {
      name: 'a test ticked as done that was done, beside a different test owned as skipped',
      text: 'I ran the gas test at the meter, the gauge held for the full two minutes, and I ticked the pressure test as done on the sheet. What I did not do was the flue spillage test after I refitted the case.',
    },
    {
      name: 'a risk logged, and a choice not to raise it elsewhere, is no record the sentence contradicts',
      text: 'I logged the supplier delay as a risk, but I decided not to raise it with the client that week, because I thought we could make up the time.',
    },
    {
      name: 'telling someone the faulty work was yours before they ask owns it; it claims nothing untrue',
      text: 'I told the duty manager that the menu card with the old prices was mine before she asked who had printed it, and I reprinted the cards for the evening service.',
    },
    {
      name: 'an entry left off a log for a moment out of fear, then made, is no concealment',
      text: "I didn't put the spill in the log at first, because I was scared of the supervisor, but twenty minutes later I wrote it up in full and showed her.",
    },
    {
      name: 'a test ticked as done and later found done: the later sentence names another check',
      text: 'I ticked the pressure test on the sheet as done once the gauge had held for the full hour. A week later the flue inspection showed a crack, which I had not done a check for because it was not on my sheet.',
    },
    {
      name: 'a record whose claim the next sentence does not deny: "ticked that I saw … I did not wait"',
      text: 'On the night round I signed the chart and ticked that I saw him take the tablets. I did not wait for him to finish his water, and he coughed one up an hour later, which I found on the floor and reported.',
    },
    {
      name: 'a login made for its new holder and sent to them is admin, not access handed on',
      text: 'I set up the accounts for the two new pharmacists and emailed each of them her login on the Monday, but I forgot to add them to the controlled drugs register, so neither could sign for the evening delivery.',
    },
    {
      name: 'new labels printed for fresh goods, the old ones thrown out, is the fix',
      text: "We still had yesterday's leftover rye, so I threw it out, baked a fresh batch and printed the labels with today's date.",
    },
    {
      name: 'what the speaker told themselves ("I told myself the photos were enough") misled nobody, whatever the next sentence says was so',
      text: "I put the closure in the seven o'clock bulletin, naming the bigger school. I had not rung the school. I told myself the photos were enough. It was actually the smaller school down the valley.",
    },
    {
      name: 'a written method departed from with approval, documented, is no breach',
      text: "I put the owner's new sealing step on the card: we use foil instead of dough, which is not what the manual says, but he approved it last month and it saves ten minutes a batch.",
    },
    {
      name: 'a report held back for a reason nobody would refuse is no concealment',
      text: 'I did not log the spill on the sheet straight away, because I knew the supervisor would want the photos first. I logged it with them twenty minutes later.',
    },
    {
      name: 'a figure known and the same figure set down is the record kept, not falsified',
      text: 'The probe showed the chiller at 11 degrees for most of the night. I knew that logging 11 would mean binning the whole delivery. I wrote 11 on the chart anyway and rang the duty manager.',
    },
    {
      name: 'a record changed so that a club gets more time is no measure gamed: "the figure skating club" names a club',
      text: "The week before, I had changed the public session times on the website, moving the two o'clock to half past so the figure skating club could get an extra half hour. I never checked the printed timetable on the door, and forty skaters turned up to a locked rink.\n",
    },
    {
      name: 'a practice told since, with a verb that reads as past too ("put"), is the change, not the act',
      text: "I priced a signed first edition at two pounds because I never checked the flyleaf. Since then I put anything with a maker's name to one side in a labelled tray for the manager to look at before pricing.\n",
    },
    {
      name: 'a reading written from an old instrument was taken then, not copied from another time',
      text: 'A vet asked me to weigh a cat before a dental, and I wrote down the weight in pounds from the old scales in the kennel room when the form was in kilograms. The vet caught it before the anaesthetic was drawn up, and I told her straight away it was my slip.\n',
    },
    {
      name: 'personal addresses put in the wrong field are the data sent, not a personal account it went to',
      text: 'I put 212 personal email addresses in the CC line instead of the BCC line, so every member could see every other address. I told the data officer within the hour.\n',
    },
    {
      name: 'a name filled in as admin, a report not filed for a reason that brings nothing on anyone, and a fault known and then booked as what it was',
      text: "I filled in the owner's name on the booking form. I did not log it as an incident because it was not one. I knew it was not a supplier fault. The return was booked with a note saying packing error.\n",
    },
    {
      name: "fakes the speaker caught are someone else's, found out, not a pretence",
      text: story('- caught 2 more fake bank-detail changes that way in the last year, no loss on either'),
    },
    {
      name: 'a figure keyed "instead of" the right one, unchecked, is a slip owned, not a false record',
      text: story("- i keyed the school's reprint as 5,000 leaflets instead of 500, didnt check it against their email"),
    },
    {
      name: '"without the permit number on them": the permit names another noun\'s kind, and was not gone without',
      text: story('I had the road signs printed without the permit number on them.'),
    },
    {
      name: 'a habit of overcommitting told as "what most new managers do" is no breach excused',
      text: story('I said yes to every request in my first month, which is what most new managers do.'),
    },
    {
      name: '"even though I knew I shouldn\'t" after taking on too much is a judgement overridden, with no rule, record or system in it',
      text: story("I agreed to run the spring fair as well, even though I knew I shouldn't."),
    },
    {
      name: 'a rule known, then "I didn\'t do that" turns from the shortcut others took',
      text: story("Some of the team initialled the temperature checks without reading the probe. I knew the rule. I didn't do that."),
    },
    {
      name: 'a consent form signed with the patient before the injection is the order the form asks for',
      text: story('I signed the consent form with her and then gave the injection afterwards.'),
    },
    {
      name: 'forms left on a desk are put down, not left undone',
      text: story('I told the new receptionist to leave the booking forms on my desk.'),
    },
    {
      name: 'a list of faults that dated back years tells where they came from',
      text: story('I wrote up the open faults, which dated back to the old boiler contract, for the new manager.'),
    },
    {
      name: 'a meeting moved to an earlier time carries no record',
      text: story('After that I put the handover meeting at an earlier time so the night staff could join.'),
    },
    {
      name: 'records on another laptop are no record kept clean',
      text: story('I kept quiet on the call because my records from the visit were on the other laptop, and raised it within the hour.'),
    },
    {
      name: 'a case listed in a room the speaker had not checked is an assumption unverified, not a false record',
      text: story('I listed the hearing in a courtroom that I had not checked had a working hearing loop.'),
    },
    {
      name: 'telling what the speaker did, before anyone else had reported it, is coming clean',
      text: story('I rang the duty manager and told her exactly what I had done, before anyone else had reported it.'),
    },
    {
      name: 'messages stopped so nobody got wrong notices is a fix, not a cover',
      text: story('First I stopped the reminder texts so nobody got wrong notices about their slots.'),
    },
    {
      name: '"I knew I shouldn\'t have" after a rushed review looks back on a mistake, with no rule known at the time',
      text: story("I rushed the code review to make the cut-off. I knew I shouldn't have."),
    },
    {
      name: '"knew I shouldn\'t rush it" names its own act, and the speaker did the opposite',
      text: story("I knew I shouldn't rush the migration, so I asked for another week and got it."),
    },
    {
      name: 'a letter found dated earlier is a record the speaker read, not one they made',
      text: story("The engineer's letter, dated a fortnight earlier, had already warned us about the valve."),
    },
    {
      name: 'a form signed and handed on later is the record itself, not the work it vouches for',
      text: story('I signed the release form and gave it to the duty manager later that evening.'),
    },
    {
      name: 'asking a colleague to leave the checks to the speaker takes them on',
      text: story('I asked the new technician to leave the pressure checks to me while she learned the panel.'),
    },
    {
      name: 'a welcome lunch skipped is no check or record left undone',
      text: story('I told the new starter to skip the welcome lunch because the release was that afternoon.'),
    },
    {
      name: "an incident reported, so it went on the speaker's record, is the opposite of a cover-up",
      text: story('I reported the dropped sample the same hour, so it went on my record, which was fair.'),
    },
    {
      name: '"let me know what you think" asks for a view; the speaker let in is no one misled',
      text: story('Here is my draft answer, so let me know what you think of it.'),
    },
    {
      name: 'a lesson that says what "done" means, with a telling in its "because" clause, claims nothing done',
      text: story(
        'What I took from it is that a handover is not finished because I said it; it is finished when the next person can repeat it.',
      ),
    },
    {
      name: 'the speaker "hiding in" their reading is avoiding the work, with nothing hidden from anyone',
      text: story('Looking back, I was hiding in the spreadsheets because building the forecast meant committing to a number.'),
    },
    {
      name: '"so everyone does it" after a change made is its purpose, not a shrug',
      text: story('The store manager added a line to the close-down sheet so everyone does it the same way.'),
    },
    {
      name: '"as if I had never…" about writing for a newcomer is no record of what did not happen',
      text: story('I rewrote the handover notes as if I had never seen the site, so a new starter could follow them.'),
    },
    {
      name: 'a gap filled with values someone confirmed, with "always" about who confirms them, is no reading made up',
      text: story('I filled in the missing delivery dates with the dates the supplier always confirms by email.'),
    },
    {
      name: 'a customer’s address given to the courier, with nothing told as fine, is the job',
      text: story("I gave the courier the customer's address and he delivered by noon."),
    },
    {
      name: 'a plan signed off without going over it is approved unreviewed: a lapse, with or without a belief told',
      text: story('I signed off the December rota without cross-checking it against the leave book.'),
    },
    {
      name: 'entries the speaker signed off without checking them against the evidence: a review skipped, not a record of work',
      text: story('As head of year I signed off the course entries in March without comparing them against the trial results.'),
    },
    {
      name: '"in March" after the thing signed is a time, not the particle of signing someone in',
      text: story('I signed the purchase orders in March and sent them on to finance.'),
    },
    {
      name: 'a status marked passed on part of the scope ("only the desktop one") is a misjudged scope, not a check invented',
      text: story('i marked the story as passed without running the smoke suite on the iPad build, only the desktop one.'),
    },
    {
      name: 'the same error told as what it does in general, in the simple present, is a consequence, not a recurrence',
      text: story('On a live ward the same error puts a patient at risk within the hour.'),
    },
    {
      name: 'a colleague doing the same good habit, with no pressure or unseen shortcut, excuses nothing',
      text: story('I read every dose back to the pharmacist. The senior nurse does the same on nights.'),
    },
    {
      name: 'protection taken down once the job was done, with no saving aimed at, is not a risk chosen',
      text: story('We had the edge protection taken down on the Friday after the roofers had finished.'),
    },
    {
      name: 'an account given to an investigation is a statement, not a login shared',
      text: 'I gave my account to the investigation in full.\n',
    },
    {
      name: 'a record with a purpose that keeps work moving, of a value that is no check done',
      text: 'I logged the fault as urgent so the repair would not be delayed.\n',
    },
    {
      name: 'a record written into the log for the next shift to act on',
      text: 'I wrote in the log that the fridge read 9 degrees so the next shift would check it.\n',
    },
    {
      name: '"does the same" of a habit the speaker now keeps is the change shared',
      text: 'Now I ring the family first. My manager does the same.\n',
    },
    {
      name: '"does the same" with a condition that is no pressure excuses nothing',
      text: 'I called the family first. My manager does the same when a patient falls.\n',
    },
    { name: '"how it works now" is the change taken up', text: "I changed the rota. That's how it works now.\n" },
    {
      name: '"that is how the error got through" explains the failure, in the past',
      text: 'I skipped the check. That is how the error got through.\n',
    },
    { name: '"we all did it" may be the crew\'s failure owned, told in the past', text: 'We all did it wrong that week, and I led it.\n' },
    {
      name: '"they all do it" may be a practice the speaker found',
      text: 'They all do it on nights, I found out later, so I retrained the team.\n',
    },
    {
      name: 'an honest record that takes on a sanction is no false record',
      text: 'I recorded the dose as missed, because that was the truth, even though I knew it meant a disciplinary.\n',
    },
    {
      name: 'a record made so it would count against the speaker',
      text: 'I reported it to my manager as a near miss, so it would count against me and not the trainee.\n',
    },
    {
      name: 'a check logged as passed once it had passed',
      text: 'I re-ran the test, and once it had passed I logged it as passed so the batch would not be held up any longer.\n',
    },
    {
      name: 'a permit signed before the work starts is what a permit is for',
      text: 'I signed the permit-to-work form before I started, like always.\n',
    },
    {
      name: '"a normal reaction" names no practice excused',
      text: "I froze in the presentation. It's a normal reaction, but I should have prepared better.\n",
    },
    {
      name: '"how the library works" is how a thing works, not a way of the place',
      text: "I assumed the retry would fire. It's how the library works by default, but I never read the docs.\n",
    },
    {
      name: '"does the same" after a good habit told',
      text: 'I double-checked the dosage with a second nurse. She does the same on nights.\n',
    },
    {
      name: '"we all do it" of a practice the speaker brought in',
      text: 'After the outage I introduced a pre-deploy checklist. We all do it before every release.\n',
    },
    {
      name: '"which is common practice" told of the fix is no excuse',
      text: 'After the incident I started double-signing every insulin chart with a second nurse, which is common practice in many units.\n',
    },
    {
      name: 'the change taken up, told after the crowd ("does it now")',
      text: 'I wrote a closing checklist for the bar. Everyone on that floor does it now.\n',
    },
    {
      name: '"all the pickers did it" is the change taken up as often as a shrug: not read',
      text: 'I brought in a two-person sign-off, and all the pickers did it without complaint.\n',
    },
    {
      name: '"now everyone does it": the change the speaker brought in, not a shrug',
      text: 'I brought in the double check on every delivery. Now everyone does it.\n',
    },
    {
      name: '"which is standard" describing a thing, not excusing an act',
      text: 'I ran the old report, which is standard.\n',
    },
    {
      name: 'a word after "outside my" is no authority gone beyond ("outside my dataset before sign-off")',
      text: 'Each figure I publish is reconciled against a source outside my dataset before sign-off.\n',
    },
    {
      name: '"as if I were a guest": a part played to test what others meet, not a false record',
      text: 'Before each launch I book a table myself as if I were a guest.\n',
    },
    {
      name: 'a record made when the work had just been finished tells when, not how little was done',
      text: story('I logged the boiler job as fixed when I had just finished the pressure test.'),
    },
    {
      name: 'an infinitive that says what a thing made was for, and hiding nothing, are no concealment',
      text: story('I wrote the rule to hide the test pages from search, and I wrote to the family to hide nothing from them.'),
    },
    {
      name: 'an aim at how work looks that claims no order: "so they would look cleaner", "look like the old one"',
      text: story('I redrew the shelf labels so they would look cleaner, and I rebuilt the rota so it would look like the old one.'),
    },
    {
      name: 'a relative clause that says what a record category means is no target gamed',
      text: story('I booked the fault as a standard visit, which is a ten-day target, and I never rang the customer back.'),
    },
    {
      name: 'a name put under a photograph is a caption, not a signature',
      text: story("Late on the shift I put the winner's name under the runner-up's photo on the results page."),
    },
    {
      name: 'a word told on a fact the speaker held wrongly, in the sentence before',
      text: story(
        'I had the cut-off date wrong in my head. I told the students their forms were on time when they were already a week late.',
      ),
    },
    {
      name: 'a record made from memory is an honest error',
      text: story('I logged the batch as sealed on the sheet from my memory of the morning, when the second drum was still open.'),
    },
    {
      name: "a party's lateness called normal excuses no act of the speaker's",
      text: story('Our courier turned up late again. That was fairly normal in December.'),
    },
    {
      name: 'what nobody noticed that once ("I didn\'t notice the leak, and nobody else did either") is no practice excused',
      text: story("I didn't notice the leak under the sink, and nobody else did either."),
    },
    {
      name: 'a change the speaker made ("now everyone in the yard does it properly") is no shrug',
      text: story('I retrained the crew on strapping, and now everyone in the yard does it properly before any lorry leaves.'),
    },
    {
      name: 'what the speaker told someone "that it was normal" is the excuse, where "checked that it was normal" is a finding',
      text: story('I checked that it was normal before I left the flat.'),
    },
    {
      name: '"nobody does it better", and "everyone on the team did their best": no practice excused',
      text: story('I did not do the stocktake that week, and nobody does it better than Sam. Everyone on the team did their best.'),
    },
    {
      name: 'a plan signed off unchecked, on a belief told beside it, is a lapse, not a false record',
      text: story('I signed off the December rota without cross-checking it against the leave book, because I trusted the import.'),
    },
    {
      name: 'a count signed off unverified, with "and assumed the others" in a clause of its own: a lapse, not a false record',
      text: story('I signed off the shelf count without walking the last three bays, did the first two and assumed the others.'),
    },
    {
      name: 'a handover signed unverified, the paper it trusted taken "as read" in the next sentence: a lapse',
      text: answer({
        failure:
          'I signed off the scaffold handover without checking the tags myself. The supervisor had left his sheet in the cabin and I took it as read. The update crashed for roughly 6,000 customers on Android 11.',
      }),
    },
    {
      name: 'a choice told after the lapse ("afterwards I decided to add one") is the change, not the choice behind it',
      text: story('I approved the stock plan on a Friday without a second reviewer, so afterwards I decided to add one to every plan.'),
    },
    {
      name: 'a check the speaker went without, with no sign of a choice, is a lapse, not a control got round on purpose',
      text: story('I approved the stock plan on a Friday without a second reviewer, and on Monday forty orders needed fixing.'),
    },
    {
      name: 'a record kept "so that nobody worked" from a stale one tells its purpose, not an event denied',
      text: story('I wrote down every returned parcel in a shared sheet so that nobody worked from the old list.'),
    },
    {
      name: 'a feeling the speaker left someone with ("false comfort") is a misjudgement, not a pretence',
      text: story('The parents felt that I had given them false comfort about the reading scores, and they were right.'),
    },
    {
      name: 'a state the speaker waited for or checked ("until it was normal") is no practice excused',
      text: story(
        'I sat with her, gave her juice and stayed until it was normal again. Then I checked that it was normal before I left the flat.',
      ),
    },
    {
      name: 'a request of the speaker\'s granted ("that was accepted") is no practice excused',
      text: story('I wrote to the council asking them to waive the late fee. That was accepted within a week.'),
    },
    {
      name: 'going without extra protection the speaker could have asked for is a misjudgement, not a control got round',
      text: story('I signed off the crate design without asking for the isolation mats the guidance suggests for old repairs.'),
    },
    {
      name: 'a telling followed by what the speaker actually did, or by something else that was so, is no lie',
      text: story(
        'I told the buyer the parts were in stock. I actually rang the supplier first to check. I told the driver the route was clear. The van was actually late that day.',
      ),
    },
    {
      name: "another's approval marked at their request is delegated, not taken",
      text: story('I ticked the approval box for the site supervisor, as he had asked me to by email that morning.'),
    },
    {
      name: "the speaker's act said not to be normal owns the deviation",
      text: story("I let the trainee take the van out alone on his second day. That wasn't normal at the depot."),
    },
    {
      name: 'a record the speaker believed: what they had not noticed, in the next sentence',
      text: story(
        "I logged the pool as open on the booking system when the pump was still isolated. I hadn't noticed the tag on the valve.",
      ),
    },
    {
      name: 'a word the speaker believed: no idea it was untrue, in the next sentence',
      text: story('I told support the fix was live on the Monday when it was still in review. I had no idea the merge had been reverted.'),
    },
    {
      name: 'a word the speaker believed: as far as they knew, in the sentence before',
      text: story('As far as I knew the fix had shipped. I told support the fix was live on the Monday when it was still in review.'),
    },
    {
      name: 'a word the speaker believed: an assumption in the same sentence',
      text: story("I'd assumed the release had gone out, so I told support the fix was live on the Monday when it was still in review."),
    },
    { name: 'everyone doing their bit is no practice excused', text: story('Everyone did their bit, and not everyone does it that way.') },
    {
      name: 'a course sent out to a table at a private function moves no data',
      text: story('On the Friday I sent out the fish course to a table of ten at a private function before it had rested.'),
    },
    {
      name: 'telling people so that nobody hears it secondhand or learns it the hard way is coming clean, no cover story',
      text: story(
        'I emailed every family myself so nobody would find out secondhand, and I wrote it up so nobody else would learn it the hard way.',
      ),
    },
    {
      name: 'a home laptop the speaker sent from is where the sending happened, not where any data went',
      text: story('That evening I copied my manager on the incident email from my home laptop so she saw it before the standup.'),
    },
    {
      name: 'a colleague copied by name on a summary sent from a personal phone',
      text: story('Before the call I copied Priya in on my summary from my personal phone.'),
    },
    {
      name: 'going without a reviewer because the change was judged small is a misjudgement, not a breach chosen',
      text: story('I pushed the schema change on a Thursday evening without a second reviewer because the diff looked tiny.'),
    },
    {
      name: 'a record made out as tested after the test was run is no false record',
      text: story('I ran the pressure test twice on the Friday. I marked the job sheet as tested and signed it.'),
    },
    {
      name: 'missing timesheet days filled in late, with no purpose of making a record conform',
      text: story('I filled in the missing days on my timesheet on the Monday.'),
    },
    {
      name: 'a rule stated, then the speaker asking the one allowed to do it',
      text: story('The rule was that nobody merges to production alone, but I asked my lead to merge the change for me.'),
    },
    {
      name: 'a rule stated, then an act that shares only its topic',
      text: story('The rule was that nobody deploys on a Friday without sign-off, but I flagged the Friday deploy to my lead instead.'),
    },
    {
      name: 'a rule stated, then an act after "but" that is not what the rule forbids',
      text: story(
        'The site rule was that nobody climbs the racking without a harness, but I asked the warehouse lead to fetch the box for me.',
      ),
    },
    {
      name: 'data removed without noting why, owned as carelessness: sloppiness, not hiding',
      text: story('I deleted the stale records without documenting why each one went. It was entirely my doing.'),
    },
    {
      name: 'a colleague asked to put her own initials on her own check',
      text: story('I asked Dana to put her initials on the fire log once she had walked the corridor.'),
    },
    {
      name: "someone's name put beside a thing: a label or an assignment, not a signature",
      text: story("On the whiteboard I put each runner's name down next to the gate they would cover."),
    },
    {
      name: "a test skipped to keep one's own deadline: a judgement failure, not a measure gamed",
      text: 'The new forecast beat the old one on three months of data, and I skipped the longer back-test to hit my own deadline. Over Easter it under-forecast dairy by a third.\n',
    },
    {
      name: 'a check the speaker makes now, told with its "do not sign" (the change, not a false record)',
      text: 'The courier run left one sample box under a seat, and the lab lost a day of tests. Now I tick every box on the manifest when I collect it and again at drop-off, and if the counts do not match I do not sign the sheet.\n',
    },
    {
      name: 'misconduct the speaker reported in someone else, or denied',
      text: answer({
        result:
          'A contractor had falsified his test log, which I reported the same day. I never hid the crash from anyone, and the fix reached everyone within 36 hours.',
      }),
    },
    {
      name: '"without permission" in another party\'s act',
      text: answer({ result: 'The vendor had changed the SDK without permission, and the fix reached everyone within 36 hours.' }),
    },
    {
      name: 'an act denied by a negator just before it',
      text: answer({
        result: 'Nobody said I lied about the results, but I had cut the test plan. The fix reached everyone within 36 hours.',
      }),
    },
    { name: 'the new-user trial sentences', text: story(TRIAL.join(' ')) },
    {
      name: 'a false record the speaker refused to make',
      text: story('When the site lead wanted the delivery notes changed, I refused to backdate them.'),
    },
    {
      name: 'a bypass the speaker only considered',
      text: story('I considered disabling the safety interlock, but I rang maintenance instead.'),
    },
    { name: 'a falsification the speaker refused', text: story('My manager asked me to backdate the invoices, and I refused.') },
    {
      name: 'a bypass the speaker was tempted by and did not do',
      text: story('I was tempted to skip the lockout, but I called the engineer and waited forty minutes.'),
    },
    {
      name: "a colleague's false record, reported by the speaker",
      text: story('A colleague had signed the charts before giving the doses, and I reported it to the ward manager.'),
    },
    { name: 'a record practice denied, in a lowercase note', text: story("i never logged anything i hadn't seen with my own eyes.") },
    {
      name: 'a contract signed before the terms were read: a misjudgement, not a false record',
      text: story("I signed the supplier contract before I'd read the cancellation terms."),
    },
    { name: 'an inverted conditional', text: story('Had I skipped the permit, someone could have been badly hurt.') },
    { name: 'a hypothetical bypass', text: story('If we had bypassed the interlock, the press could have crushed his hand.') },
    {
      name: 'a safety procedure described correctly',
      text: story('The procedure is to isolate the supply, lock it off and tag it before anyone opens the panel.'),
    },
    {
      name: 'a record that was a misjudgment, not a falsification',
      text: story('I logged the incident as a P2, which was the wrong call; it was a P1 and we lost two hours.'),
    },
    {
      name: 'a check skipped by misjudgment, not a safeguard got round',
      text: story('I skipped the pH calibration because the meter had been fine the day before.'),
    },
    { name: 'a rule respected', text: story("We weren't allowed to deploy on Fridays, so I waited until Monday morning.") },
    { name: 'a bypass declined', text: story('Instead of skipping the sign-off, I rang the director at home and got it approved.') },
    {
      name: "someone else's leak, reported by the speaker",
      text: story('The vendor sent the logs to their personal Gmail, which I flagged to security the same morning.'),
    },
    { name: 'making amends is not making things up', text: story('I made it up to the client with a free month of support.') },
    {
      name: 'a mixture made up wrong was prepared, not invented',
      text: story('I told the pharmacist straight away that I thought I had made it up wrong, and we made a fresh bottle together.'),
    },
    { name: 'hiding a feeling is not hiding data', text: story('I hid my frustration and kept going.') },
    { name: 'letting people think something over', text: story('I let the team think about it overnight.') },
    { name: 'a forecast made to look ahead', text: story('I updated the forecast so it would look at the next quarter as well.') },
    { name: "another party's false assurance", text: story("The contractor told us the cable had been tested when it hadn't.") },
    {
      name: "a colleague's work used with credit",
      text: story("I used my colleague's notes to catch up after my leave, and thanked her in the handover."),
    },
    {
      name: 'a licence the speaker lacked, so they asked someone who had one',
      text: story("I wasn't licensed for the forklift, so I asked Dave to move the pallets."),
    },
    {
      name: 'late readings reported and noted',
      text: story('I reported to my manager that two readings had been taken a day late, and we noted it on the sheet.'),
    },
    { name: 'duplicate rows removed in the open', text: story('I removed the duplicate rows from the spreadsheet and re-ran the totals.') },
    {
      name: 'plan dates changed after the client moved',
      text: story('I changed the dates in the project plan after the client moved the launch.'),
    },
    { name: 'a true claim of work done', text: story('I told my manager I had finished the draft, and sent it to her that afternoon.') },
    {
      name: 'a deadline moved and explained',
      text: story('I moved the deadline in the tracker to the following sprint and told the client why.'),
    },
    {
      name: 'a laptop taken home, in a lowercase note',
      text: story('i took the laptop home to finish the slides and forgot the charger.'),
    },
    { name: 'a test account used to reproduce a bug', text: story('I logged in as the test user to reproduce the bug.') },
    { name: 'a delivery signed after counting', text: story('I signed the delivery note after counting every box.') },
    {
      name: 'a true dispatch, with a different mistake',
      text: story("I told the customer it had been dispatched, which was true, but I hadn't checked the address."),
    },
    {
      name: 'a procedure followed under a rule the speaker thought slow',
      text: story('I followed the two-person procedure even though the rule slowed us down that night.'),
    },
    { name: 'a draft shown to a partner', text: story('I gave it to my partner to read before I sent it.') },
    {
      name: 'a delay not reported for a reason of judgment',
      text: story("We didn't report the delay because we thought we could still make the date."),
    },
    { name: 'a value recorded after measuring', text: story('I put the temperature down as 4 degrees after checking both fridges.') },
    {
      name: "a supplier's gift declared",
      text: story('I took a box of chocolates from the supplier to share with the team, and logged it in the gifts register.'),
    },
    { name: 'owning a fault is not claiming work', text: story('i said it was my own fault and apologised.') },
    { name: 'a fix so customers would not see an error', text: story("I fixed the bug so customers wouldn't see the error again.") },
    {
      name: 'a true account to a manager',
      text: story('I told my manager the client had changed the brief, which was true, but I should have read the email myself.'),
    },
    {
      name: "a budget above the speaker's limit, taken upward",
      text: story('The budget was above my sign-off limit, so I took it to the director.'),
    },
    {
      name: 'telling the team so nobody is surprised',
      text: story('I told the team what had happened so nobody would be surprised on Monday.'),
    },
    {
      name: 'a plan or a sign-off built on earlier figures vouches for no check',
      text: story("I signed off the budget based on the previous quarter's figures, and I built the forecast from last year's as well."),
    },
    {
      name: 'kept from coming back, told first, or only a matter of timing: no concealment',
      text: story(
        'I fixed the feed so the error would not show again. I rang my manager that night so nobody would find out from someone else. I pushed the demo back a week so the client would not see the build before it was ready.',
      ),
    },
    {
      name: 'isolation left undone on a belief that it was already off is a lapse, not a breach',
      text: story('I did not isolate the pump at the board because I thought the breaker was already off.'),
    },
    {
      name: '"didn\'t count on" is no count left undone: the record after it states nothing false',
      text: story("I didn't count on the rain, and I marked the survey as complete once the last crew was back."),
    },
    {
      name: 'tape on something that is no control is no safeguard defeated',
      text: story('I asked the crew to tape the cable runs along the floor so nobody would trip.'),
    },
    {
      name: 'released before a test of the work itself: an engineering lapse, not a safeguard got round',
      text: story('I sent the build to the client before it had been tested on the older phones.'),
    },
    {
      name: 'an entry not made in a log, with no motive told, is a slip',
      text: story('I did not put the late delivery in the log, and the next shift had no idea it was coming.'),
    },
    {
      name: 'notes added to for their layout, not for what they say happened, are no record changed for appearances',
      text: story("I added a line to the handover notes so it would look like the other sites' format."),
    },
    {
      name: 'a figure told with a time after "when" is no real figure set against it',
      text: story('I told the board we had 40 sign-ups when it was only day 3 of the trial.'),
    },
    {
      name: '"without it getting in the way" after protection named is a clause of its own, not protection gone without',
      text: story('The old railing had been swapped for a lower one. We finished the gutter without it getting in the way.'),
    },
    {
      name: 'a unit test skipped for a deadline protects the work, not people: a lapse of craft',
      text: story('I skipped the unit tests on the export module because the release was due that night.'),
    },
    {
      name: 'a gas safety check left out on a belief that it was done is a lapse',
      text: story('I did not do the gas safety check because I thought the fitter before me had done it.'),
    },
    {
      name: 'a delivery note signed after the driver had left tells no check',
      text: story('I signed the delivery note after the driver had already left the yard.'),
    },
    {
      name: 'hours filled in for days the speaker missed put a timesheet right',
      text: story('I filled in the hours for the two days I had missed once I was back at work.'),
    },
    {
      name: 'a source taken without asking how it was known is a lapse of checking, not work passed off',
      text: story("I took the quote from a colleague's notes without asking where it came from."),
    },
    {
      name: "approving the team's claims, the speaker's own not among them, is the job",
      text: story("I approved the team's expense claims on Friday and sent my own to my manager."),
    },
    {
      name: 'a sign-off without a review of part of what was signed, no knowledge told: a lapse of diligence',
      text: story('I signed off the stage plan the week before without checking the cue sheet against the script.'),
    },
    {
      name: 'a check marked done after part of it was done and the rest assumed: a lapse, not a record known false',
      text: story('I ticked off the feed troughs as checked without looking at each one, did the first pen and assumed the rest.'),
    },
    {
      name: 'owning the failure to the customer, with what the speaker had not done after it, is no lie',
      text: story('I rang the client and told her it was all my fault, I had not read the brief when I quoted.'),
    },
    {
      name: '"false positive" is a term, not a false thing made',
      text: story('I raised the false positive rate with the vendor so the alert threshold could be tuned.'),
    },
    {
      name: 'an identity check left out on a belief that someone else had made it is a lapse',
      text: story('I did not check the wristband because I thought the nurse before me had done it.'),
    },
    {
      name: 'a silence between colleagues that ended when the speaker reported it is no concealment',
      text: story('We kept it between us for an hour until the manager arrived, and then I reported it.'),
    },
    {
      name: 'an entry left off the sheet with no choice or motive told is a slip, whatever comes later in the sentence',
      text: story('I forgot to write the reading on the sheet, and the engineer could not come till Monday.'),
    },
  ],
  invalid: [
    {
      name: 'a client list on a stick handed to "them" at a new firm is still a leak',
      text: 'I copied the whole client contact list onto my personal USB stick and gave it to them at my new firm.',
      findings: [{ messageId: 'dataLeak', at: '1:1-1:66', text: 'I copied the whole client contact list onto my personal USB stick' }],
    },
    {
      name: 'a lock-off skipped: the safeguard by its other name',
      text: 'I skipped the lock-off on the conveyor because the isolator was right beside me and the jam looked small.',
      findings: [{ messageId: 'bypass', at: '1:1-1:39', text: 'I skipped the lock-off on the conveyor' }],
    },
    {
      name: 'used goods listed "on the website as new": the place offered may come between',
      text: 'Our team priced a pallet of used mowers, and I listed them on the website as new because the boxes looked fine.',
      findings: [{ messageId: 'deception', at: '1:46-1:81', text: 'I listed them on the website as new' }],
    },
    {
      name: 'goods told as opened and used, then listed as new',
      text: '- bought a pallet of returned blenders, most had been opened and used\n- wiped them down, reboxed them and listed the lot as new',
      findings: [{ messageId: 'deception', at: '2:37-2:58', text: 'listed the lot as new' }],
    },
    {
      name: 'a log filled in for missing days, with an inspection told as the reason before it',
      text: 'The fridge log at the cafe had not been filled in for four days. I heard the council inspection was booked for Monday, so I filled in the missing days with the readings from the week before.',
      findings: [
        { messageId: 'falseRecord', at: '1:123-1:190', text: 'I filled in the missing days with the readings from the week before' },
      ],
    },
    {
      name: 'goods known not new, charged for as new',
      text: 'A customer wanted a cheap repair on her laptop. I swapped in a used screen I had taken out of a returned machine and sold it to her as new at a lower price.',
      findings: [{ messageId: 'deception', at: '1:118-1:156', text: 'sold it to her as new at a lower price' }],
    },
    {
      name: 'a duty told as the rule of the job, then not bothered with',
      text: "On the ward you are supposed to scan every wristband before a drug round. I didn't bother on the night shift because the scanner was slow.",
      findings: [{ messageId: 'knowingBreach', at: '1:75-1:109', text: "I didn't bother on the night shift" }],
    },
    {
      name: 'a record completed after the event for whoever comes to check it',
      text: "I pierce ears at a chemist's counter. A girl of fifteen came in without a parent and I did it anyway because the shop was quiet. I ticked the guardian box on her form afterwards so the file looked complete if the council inspector came round. Her father complained two days later.",
      findings: [
        {
          messageId: 'falseRecord',
          at: '1:130-1:221',
          text: 'I ticked the guardian box on her form afterwards so the file looked complete if the council',
        },
      ],
    },
    {
      name: 'sales done in one month shifted into the month before, in the system, to meet a target',
      text: answer({
        failure:
          'Our branch was four sales short of the March target, so on the first of April I shifted two sales into the previous month in the system. The regional audit found it in May, and our branch lost its bonus for the quarter.',
      }),
      findings: [{ messageId: 'falseRecord', at: '3:79-3:136', text: 'I shifted two sales into the previous month in the system' }],
    },
    {
      name: 'a thing tucked into a screen so that someone will not see it is hidden: a fee inside a dropdown so customers would not see it',
      text: 'I hid the refund fee inside a dropdown so customers would not see it at checkout.',
      findings: [
        {
          messageId: 'concealment',
          at: '1:1-1:81',
          text: 'I hid the refund fee inside a dropdown so customers would not see it at checkout',
        },
      ],
    },
    {
      name: 'a fact tucked into a document is still hidden: an error put in a footnote so the board would not notice',
      text: 'I hid the error in a footnote on page nine so the board would not notice it.',
      findings: [
        { messageId: 'concealment', at: '1:1-1:76', text: 'I hid the error in a footnote on page nine so the board would not notice it' },
      ],
    },
    {
      name: 'data about people shared in a group chat is still a leak: the names of patients on the WhatsApp group',
      text: "I shared the patients' names and bed numbers on the WhatsApp group so the night nurses could see them.",
      findings: [{ messageId: 'dataLeak', at: '1:1-1:61', text: "I shared the patients' names and bed numbers on the WhatsApp" }],
    },
    {
      name: 'a test recorded as carried out, which the next sentence says did not happen',
      text: 'On the Monday I recorded the bell test as carried out in the log book, with my initials. The bell test did not happen that week: a pipe burst in the kitchen and I left it.',
      findings: [{ messageId: 'falseRecord', at: '1:15-1:70', text: 'I recorded the bell test as carried out in the log book' }],
    },
    {
      name: 'damage kept out of a register because the speaker was nervous',
      text: 'I clipped a racking upright with the forks on my third week. I kept the dent out of the damage register because I was nervous about my probation, and carried on with my shift.',
      findings: [{ messageId: 'concealment', at: '1:62-1:126', text: 'I kept the dent out of the damage register because I was nervous' }],
    },
    {
      name: 'a job logged as complete that the same sentence says was not finished',
      text: 'I logged the boiler service as complete, but I had not finished it.',
      findings: [{ messageId: 'falseRecord', at: '1:1-1:40', text: 'I logged the boiler service as complete' }],
    },
    {
      name: 'an interlock switch cable-tied closed to keep a machine running',
      text: 'The guard switch on the bottling line kept tripping, so I cable-tied the interlock switch closed to keep the line going until the fitter came in.',
      findings: [
        {
          messageId: 'bypass',
          at: '1:57-1:145',
          text: 'I cable-tied the interlock switch closed to keep the line going until the fitter came in',
        },
      ],
    },
    {
      name: 'an excursion kept off the log for fear of what it would bring',
      text: "The incubator drifted to forty degrees overnight because I had left the vent shut. I didn't put the excursion in the log, because I was frightened of losing the placement.",
      findings: [{ messageId: 'concealment', at: '1:84-1:147', text: "I didn't put the excursion in the log, because I was frightened" }],
    },
    {
      name: 'readings filled in with a value for checks the sentence before left undone',
      text: 'I was meant to do the midnight and 3am fridge checks, but a delivery came in and I never did them. At the end of the night I filled in the midnight and 3am readings on the sheet as 3°C.',
      findings: [{ messageId: 'falseRecord', at: '1:124-1:183', text: 'I filled in the midnight and 3am readings on the sheet as 3' }],
    },
    {
      name: 'a test ticked as done, which a later sentence says was never run',
      text: "I was fitting the heating on plot 6 and ran short of time, so I ticked the pressure test on the sheet as done. Two weeks later a joint in the loft let go and flooded the bedroom below. I told the site manager I hadn't done the test on plot 6.",
      findings: [{ messageId: 'falseRecord', at: '1:63-1:110', text: 'I ticked the pressure test on the sheet as done' }],
    },
    {
      name: 'a login handed on with a gerund in the recipient\'s name: "emailed the hosting company our admin password"',
      text: 'On the Friday night I emailed the hosting company our admin password so they could renew the certificate, and the portal was back by nine.',
      findings: [{ messageId: 'dataLeak', at: '1:21-1:69', text: 'I emailed the hosting company our admin password' }],
    },
    {
      name: 'the work known to be undone, told before the signature: "I knew I hadn\'t done the torque check, … so I signed the job card"',
      text: "I knew I hadn't done the final torque check on the wheel nuts, but the customer was waiting, so I signed the job card and let the van go.",
      findings: [{ messageId: 'falseRecord', at: '1:97-1:118', text: 'I signed the job card' }],
    },
    {
      name: 'a record that says the speaker did something, denied by the next sentence: "ticked that I saw him take the tablets. I did not see."',
      text: 'On the night round I signed the chart and ticked that I saw him take the tablets. I did not see. He had kept them in his cheek, and by morning he had six saved in his locker.',
      findings: [{ messageId: 'falseRecord', at: '1:20-1:60', text: 'I signed the chart and ticked that I saw' }],
    },
    {
      name: 'the organisation\'s access handed to an outsider over chat: "i whatsapp\'d the vendor our root login"',
      text: "- the site cert expired on a friday night, checkout was down\n- i whatsapp'd the installer our admin password so he could put the new cert on from home\n- site back by 11pm",
      findings: [{ messageId: 'dataLeak', at: '2:3-2:48', text: "i whatsapp'd the installer our admin password" }],
    },
    {
      name: 'kept off the record so that the overseer would not see it: "because if you write it, the inspector sees it"',
      text: 'The cream had sat at twelve degrees for a few hours. I used it for lunch and I did not write it in the log, because if you write it, the inspector sees it.',
      findings: [
        { messageId: 'concealment', at: '1:78-1:152', text: 'I did not write it in the log, because if you write it, the inspector sees' },
      ],
    },
    {
      name: "older goods given a later day's date: \"friday's leftover loaves … reprinted the labels with saturday's date\"",
      text: "- we still had friday's leftover rye, about twenty loaves, so i reprinted the labels with saturday's date and put them on the stall",
      findings: [{ messageId: 'falseRecord', at: '1:63-1:106', text: "i reprinted the labels with saturday's date" }],
    },
    {
      name: 'sanctioned by the law for what the story tells',
      text: 'We landed more cod than the quota allowed and booked it as haddock. The fishery officers checked the boxes, and I got a caution and a fine.',
      findings: [{ messageId: 'misconduct', at: '1:113-1:128', text: 'I got a caution' }],
    },
    {
      name: 'the failure kept from the people who would have to know of it',
      text: 'The refund went to the wrong account. To avoid it going to head office, I had the customer sign a new form dated the week before.',
      findings: [{ messageId: 'misconduct', at: '1:39-1:71', text: 'To avoid it going to head office' }],
    },
    {
      name: 'a figure known, another set down in the log',
      text: 'The probe showed the chiller at 11 degrees for most of the night. I knew that logging 11 would mean binning the whole delivery. So I wrote 4 on the chart, and the trays went out at six.',
      findings: [{ messageId: 'falseRecord', at: '1:132-1:186', text: 'I wrote 4 on the chart, and the trays went out at six.' }],
    },
    {
      name: 'a written method departed from and defended by the time it saved',
      text: 'The scaffold was a day late, so i went up on a ladder without the edge protection, not what the method statement says, but it saved us half a day.',
      findings: [
        {
          messageId: 'knowingBreach',
          at: '1:33-1:146',
          text: 'i went up on a ladder without the edge protection, not what the method statement says, but it saved us half a day',
        },
      ],
    },
    {
      name: 'a record kept off the sheet because the one who checks it would have refused it',
      text: 'The approved spray was slow, so I used a stronger one left over from a farm job. I did not write it on the job sheet, because I knew my supervisor would never have allowed it.',
      findings: [
        {
          messageId: 'concealment',
          at: '1:82-1:172',
          text: 'I did not write it on the job sheet, because I knew my supervisor would never have allowed',
        },
      ],
    },
    {
      name: 'an entry kept off a record, with a motive',
      text: 'A pallet slipped off the forks and dented a customer car. I kept it off the log because of the safety bonus.\n',
      findings: [{ messageId: 'concealment', at: '1:59-1:108', text: 'I kept it off the log because of the safety bonus' }],
    },
    {
      name: "a signature of someone else's filled in, a report not filed because of what it would have brought on a colleague, and a record set down as what the speaker knew it was not",
      text: 'The owner had not signed, so I filled in her name and signature on the consent sheet myself. I did not log it as an incident, because my supervisor would have been disciplined. I knew it was not a supplier fault. The return was booked with a note saying supplier fault anyway.\n',
      findings: [
        { messageId: 'falseRecord', at: '1:30-1:64', text: 'I filled in her name and signature' },
        {
          messageId: 'concealment',
          at: '1:94-1:176',
          text: 'I did not log it as an incident, because my supervisor would have been disciplined',
        },
        { messageId: 'falseRecord', at: '1:178-1:212', text: 'I knew it was not a supplier fault' },
      ],
    },
    {
      name: 'client data set off by dashes on its way to a personal account',
      text: story(
        'I forwarded the whole tracker — client names, dates of birth and case notes — to my Hotmail so I could finish it at home.',
      ),
      findings: [
        {
          messageId: 'dataLeak',
          at: '3:1-3:92',
          text: 'I forwarded the whole tracker — client names, dates of birth and case notes — to my Hotmail',
        },
      ],
    },
    {
      name: 'a shortcut excused as what most of a trade "round here" do, the trade named by its doers',
      text: story('I sprayed the field without leaving the buffer strip, and most growers round here do the same when rain is due.'),
      findings: [{ messageId: 'misconduct', at: '3:59-3:94', text: 'most growers round here do the same' }],
    },
    {
      name: 'work started "without the building control approval": a determiner before the safeguard',
      text: story('I chose to start the demolition without the building control approval, to keep the job moving.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:70', text: 'I chose to start the demolition without the building control approval' }],
    },
    {
      name: 'a record excused as "what pretty much everyone on the bench did on a Friday"',
      text: story("I signed the QC sheet as passed; it's what pretty much everyone on the bench did on a Friday."),
      findings: [{ messageId: 'misconduct', at: '3:39-3:81', text: 'what pretty much everyone on the bench did' }],
    },
    {
      name: 'data emailed to a personal account, the verb after "used to" read as a noun and the data listed in brackets',
      text: story(
        'I used to email the ward list (names, ages, bed numbers, diagnoses) to my personal Hotmail so I could work on it at home.',
      ),
      findings: [
        {
          messageId: 'dataLeak',
          at: '3:1-3:91',
          text: 'I used to email the ward list (names, ages, bed numbers, diagnoses) to my personal Hotmail',
        },
      ],
    },
    {
      name: 'a shortcut excused as what most of a trade "around here" do, after a reason opened by "since"',
      text: story(
        'I let the van go out with a worn tyre, since the run was short, and honestly most fitters around here do the same when the yard is busy.',
      ),
      findings: [{ messageId: 'misconduct', at: '3:78-3:114', text: 'most fitters around here do the same' }],
    },
    {
      name: 'a shortcut excused as "what most fitters do", the practice fronted',
      text: story("I let the van go out with a worn tyre; honestly it's what most fitters do."),
      findings: [{ messageId: 'misconduct', at: '3:54-3:74', text: 'what most fitters do' }],
    },
    {
      name: 'a shortcut excused as what everybody "was doing"',
      text: story('I let the van go out with a worn tyre. Everybody was doing it on that shift.'),
      findings: [{ messageId: 'misconduct', at: '3:40-3:62', text: 'Everybody was doing it' }],
    },
    {
      name: 'work done "without the permit", the verb before it read as a noun and no clause read round it',
      text: story('So I made the call to strip the scaffold ourselves and crack on without the permit.'),
      findings: [
        { messageId: 'bypass', at: '3:4-3:83', text: 'I made the call to strip the scaffold ourselves and crack on without the permit' },
      ],
    },
    {
      name: '"knew full well" before the prohibition',
      text: story("I opened my neighbour's file on the case system. I knew full well I shouldn't."),
      findings: [
        { messageId: 'dataLeak', at: '3:1-3:48', text: "I opened my neighbour's file on the case system" },
        { messageId: 'knowingBreach', at: '3:50-3:78', text: "I knew full well I shouldn't" },
      ],
    },
    {
      name: 'a procedure known, then "I ignored it that day"',
      text: story('I knew the lone-working procedure for the pumping station. I ignored it that day.'),
      findings: [{ messageId: 'knowingBreach', at: '3:1-3:58', text: 'I knew the lone-working procedure for the pumping station' }],
    },
    {
      name: 'a deed kept quiet "so it would not end up on the incident record"',
      text: story('I never logged the dropped tray, so it would not end up on the incident record.'),
      findings: [
        {
          messageId: 'concealment',
          at: '3:1-3:79',
          text: 'I never logged the dropped tray, so it would not end up on the incident record',
        },
      ],
    },
    {
      name: 'the knowing told in its own sentence after the deed',
      text: story("One evening I searched for my landlord on the council housing system. I knew I shouldn't."),
      findings: [{ messageId: 'knowingBreach', at: '3:71-3:89', text: "I knew I shouldn't" }],
    },
    {
      name: 'the knowing after a fragment of purpose that follows the deed',
      text: story("One evening I searched for my landlord on the council housing system. Only to see his other lets. I knew I shouldn't."),
      findings: [{ messageId: 'knowingBreach', at: '3:99-3:117', text: "I knew I shouldn't" }],
    },
    {
      name: 'the deed and "even though I knew I shouldn\'t" in one sentence',
      text: story("I opened the sealed tender bids early, even though I knew we weren't supposed to."),
      findings: [
        {
          messageId: 'knowingBreach',
          at: '3:1-3:81',
          text: "I opened the sealed tender bids early, even though I knew we weren't supposed to",
        },
      ],
    },
    {
      name: 'a rule known, and the next sentence says it was not kept',
      text: story("I knew the procedure, two people on every lift over twenty kilos. I didn't follow it."),
      findings: [{ messageId: 'knowingBreach', at: '3:1-3:65', text: 'I knew the procedure, two people on every lift over twenty kilos' }],
    },
    {
      name: 'a label signed without the opening that checks what it vouches for',
      text: story('On the last delivery I signed the tamper label without opening the crate.'),
      findings: [{ messageId: 'falseRecord', at: '3:22-3:73', text: 'I signed the tamper label without opening the crate' }],
    },
    {
      name: 'charts signed first, the doses given afterwards',
      text: story("On short nights I signed the whole bay's charts at handover and then gave the doses afterwards."),
      findings: [{ messageId: 'falseRecord', at: '3:17-3:60', text: "I signed the whole bay's charts at handover" }],
    },
    {
      name: 'a file note the speaker added with a date earlier than the day',
      text: story('When the complaint came in I added a note to the case file dated six weeks earlier.'),
      findings: [{ messageId: 'falseRecord', at: '3:28-3:83', text: 'I added a note to the case file dated six weeks earlier' }],
    },
    {
      name: 'a colleague told to skip a check',
      text: story('We were forty minutes behind, so I told the runner to skip the second barcode check.'),
      findings: [{ messageId: 'bypass', at: '3:34-3:84', text: 'I told the runner to skip the second barcode check' }],
    },
    {
      name: 'a colleague told to leave the paperwork, "it" standing for it',
      text: story('My partner on the shift wanted to finish the paperwork there and then, and I told her to leave it.'),
      findings: [{ messageId: 'bypass', at: '3:76-3:98', text: 'I told her to leave it' }],
    },
    {
      name: "silence kept so the incident would stay off two people's records",
      text: story("We never reported the spill to the depot and cleaned it up between us so it wouldn't go on either of our records."),
      findings: [
        {
          messageId: 'concealment',
          at: '3:1-3:113',
          text: "We never reported the spill to the depot and cleaned it up between us so it wouldn't go on either of our records",
        },
      ],
    },
    {
      name: 'a sign-off unverified, with a motive "taken as given" after it: what was taken is a pressure, not a fact misread',
      text: story('I signed off the boiler service without testing the flue, as I took it as given that the job had to close that day.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:57', text: 'I signed off the boiler service without testing the flue' }],
    },
    {
      name: 'a record signed as complete unverified, with "and assumed the rest": the result written on it is a check not made',
      text: story('I signed the gas safety record as complete without testing the boiler, and assumed the rest was fine.'),
      findings: [
        { messageId: 'falseRecord', at: '3:1-3:70', text: 'I signed the gas safety record as complete without testing the boiler' },
      ],
    },
    {
      name: 'a chart filled in "as if I had": the record shows what did not happen',
      text: story('I filled in the turning chart at the end of the night as if I had.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:66', text: 'I filled in the turning chart at the end of the night as if I had' }],
    },
    {
      name: 'a form ticked "as if they had been", by no one named',
      text: story('The cleaning form was ticked as if they had been.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:44', text: 'The cleaning form was ticked as if they had' }],
    },
    {
      name: 'missing readings filled with the values a machine usually shows',
      text: story('I filled in the missing readings on Friday using the values the freezer normally runs at.'),
      findings: [
        {
          messageId: 'falseRecord',
          at: '3:1-3:89',
          text: 'I filled in the missing readings on Friday using the values the freezer normally runs at',
        },
      ],
    },
    {
      name: 'a figure entered as something it was not, so the numbers would work',
      text: story('I put the bonus into the mortgage form as basic pay so the numbers would work.'),
      findings: [
        { messageId: 'falseRecord', at: '3:1-3:78', text: 'I put the bonus into the mortgage form as basic pay so the numbers would work' },
      ],
    },
    {
      name: 'readings ticked so an inspector would not notice the gap are a false record',
      text: story('i ticked the chiller temps for the bank holiday so the inspector wouldnt notice the gap.'),
      findings: [
        {
          messageId: 'falseRecord',
          at: '3:1-3:88',
          text: 'i ticked the chiller temps for the bank holiday so the inspector wouldnt notice the gap',
        },
      ],
    },
    {
      name: 'other businesses of the trade doing the same when pressed excuse the speaker’s substitution',
      text: story(
        'We ran short of the branded oil, so I filled the bottles with a generic one. Most garages do the same when deliveries are late.',
      ),
      findings: [{ messageId: 'misconduct', at: '3:83-3:102', text: 'garages do the same' }],
    },
    {
      name: 'someone’s whereabouts passed on, told as fine in the next sentence',
      text: story(
        "I gave the caller the tenant's new address because he said he was her cousin. To be fair, family has a right to know, so I did not see the need to ask.",
      ),
      findings: [{ messageId: 'misconduct', at: '3:3-3:43', text: "gave the caller the tenant's new address" }],
    },
    {
      name: 'a sign-off of an attesting record without checking it still vouches for checks not done',
      text: story('I ticked off the opening checklist without checking it.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:55', text: 'I ticked off the opening checklist without checking it' }],
    },
    {
      name: 'a chart filled in so an audit would not flag the gap is a false record',
      text: story('I had skipped the midnight obs, so I filled in the obs chart for midnight so it would not flag at the audit.'),
      findings: [
        {
          messageId: 'falseRecord',
          at: '3:36-3:108',
          text: 'I filled in the obs chart for midnight so it would not flag at the audit',
        },
      ],
    },
    {
      name: 'a log filled in from earlier readings rather than taken at the time is a false record',
      text: story("I filled in the chiller log at the end of the day from the previous day's figures."),
      findings: [
        {
          messageId: 'falseRecord',
          at: '3:1-3:82',
          text: "I filled in the chiller log at the end of the day from the previous day's figures",
        },
      ],
    },
    {
      name: 'a colleague doing the same when pressed, with nobody ever noticing, excuses a shortcut not otherwise read',
      text: story(
        'We had run out of the organic flour, so I baked the loaves with the standard flour and kept the organic tags on them. Lots of bakers do the same when the mill is late, and nobody ever notices.',
      ),
      findings: [{ messageId: 'misconduct', at: '3:127-3:145', text: 'bakers do the same' }],
    },
    {
      name: 'an act the speaker had others do, excused as a normal move of the trade',
      text: story(
        'I had the team delay the supplier runs by a fortnight so the month-end cash looked healthy. It is a fairly normal finance move at month end.',
      ),
      findings: [{ messageId: 'misconduct', at: '3:93-3:127', text: 'It is a fairly normal finance move' }],
    },
    {
      name: 'protection the speaker had taken down to save on hire is a safeguard removed on purpose',
      text: story('We had the roof edge protection taken down early to save on the hire.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:69', text: 'We had the roof edge protection taken down early to save on the hire' }],
    },
    {
      name: 'an account login handed to someone is still access shared, whoever they work for',
      text: 'I handed my account to the panel intern so she could log in.\n',
      findings: [{ messageId: 'bypass', at: '1:1-1:40', text: 'I handed my account to the panel intern' }],
    },
    {
      name: 'a check recorded as done so the work would not be held up',
      text: 'I ticked the fridge log as checked for the week so the batch would not be held up.\n',
      findings: [
        {
          messageId: 'falseRecord',
          at: '1:1-1:82',
          text: 'I ticked the fridge log as checked for the week so the batch would not be held up',
        },
      ],
    },
    {
      name: 'a record made to escape a sanction',
      text: "I put the breakdown down as found on the road, because if it goes down as missed at the depot it's a disciplinary.\n",
      findings: [{ messageId: 'falseRecord', at: '1:1-1:46', text: 'I put the breakdown down as found on the road' }],
    },
    {
      name: 'a record written into a report so a cost would not be charged to the speaker',
      text: 'I wrote in the stock report that the crates were water-damaged, so the office would not charge it to me.\n',
      findings: [{ messageId: 'falseRecord', at: '1:1-1:28', text: 'I wrote in the stock report' }],
    },
    {
      name: 'readings put in from a similar job',
      text: 'i put in the readings from the similar job last week for the test sheet.\n',
      findings: [
        { messageId: 'falseRecord', at: '1:1-1:72', text: 'i put in the readings from the similar job last week for the test sheet' },
      ],
    },
    {
      name: 'a round signed on the chart before it was begun, in the simple past',
      text: 'i signed the whole round on the chart before i started.\n',
      findings: [{ messageId: 'falseRecord', at: '1:1-1:55', text: 'i signed the whole round on the chart before i started' }],
    },
    {
      name: '"it is a common practice": the routine excuse with an article',
      text: 'I logged the pallet as damaged on arrival. It is a common practice in our yard.\n',
      findings: [{ messageId: 'misconduct', at: '1:44-1:67', text: 'It is a common practice' }],
    },
    {
      name: '"that\'s just how the yard works": the act told as the way of the place',
      text: "I reported the fault as a supplier issue. That's just how the yard works.\n",
      findings: [{ messageId: 'misconduct', at: '1:43-1:73', text: "That's just how the yard works" }],
    },
    {
      name: '"we all do it": the crew\'s practice, in the present',
      text: 'i skipped the recount, we all do it that way on lates\n',
      findings: [{ messageId: 'misconduct', at: '1:24-1:36', text: 'we all do it' }],
    },
    {
      name: "a colleague's habit of the same, kept under pressure, after a check skipped",
      text: "I skipped the torque check and set it by feel. My supervisor does the same when we're behind.\n",
      findings: [{ messageId: 'misconduct', at: '1:51-1:75', text: 'supervisor does the same' }],
    },
    {
      name: '"as if I were the supervisor": signed in the name of someone in particular, still a false record',
      text: 'I signed the inspection log as if I were the supervisor so the tenant could have the certificate.\n',
      findings: [{ messageId: 'falseRecord', at: '1:1-1:34', text: 'I signed the inspection log as if' }],
    },
    {
      name: 'a practice excused as what everyone on a shift does, the place named with a demonstrative',
      text: 'I skipped the seal check on the last pallets. Honestly, everyone on that shift did it.\n',
      findings: [{ messageId: 'misconduct', at: '1:57-1:86', text: 'everyone on that shift did it' }],
    },
    {
      name: '"everyones done it", typed without the apostrophe, is the same shrug in notes',
      text: 'i skipped the second signature on the drug chart, everyones done it on a busy night\n',
      findings: [{ messageId: 'misconduct', at: '1:51-1:68', text: 'everyones done it' }],
    },
    {
      name: '"most electricians do it this way": a crowd as wide as everyone, pointing back at the act',
      text: 'I wired the socket live. Most electricians do it this way on small jobs.\n',
      findings: [{ messageId: 'misconduct', at: '1:26-1:49', text: 'Most electricians do it' }],
    },
    {
      name: "an act of the speaker's done so that the thing would not show, or nobody would notice",
      text: story(
        'I swapped the reject tag for a pass tag so it would not show on the shift report. I re-sorted the log so nobody would notice the gap.',
      ),
      findings: [
        { messageId: 'concealment', at: '3:1-3:61', text: 'I swapped the reject tag for a pass tag so it would not show' },
        { messageId: 'concealment', at: '3:83-3:125', text: 'I re-sorted the log so nobody would notice' },
      ],
    },
    {
      name: 'a check vouched for from an earlier one: "marked … as passed based on last year\'s report"',
      text: story("The auditor was off sick, so I marked the stock audit as passed based on last year's report."),
      findings: [{ messageId: 'falseRecord', at: '3:30-3:92', text: "I marked the stock audit as passed based on last year's report" }],
    },
    {
      name: 'an inspection report signed from the previous batches',
      text: story("The gauge was booked all week, so I signed the inspection report based on the previous batch's results."),
      findings: [
        { messageId: 'falseRecord', at: '3:35-3:103', text: "I signed the inspection report based on the previous batch's results" },
      ],
    },
    {
      name: 'a record of work the sentence denies, past a long noun phrase: "a round of checks for two of my residents that I had not done"',
      text: story('Near the end of the shift I filled in a round of checks for two of my residents that I had not done.'),
      findings: [
        {
          messageId: 'falseRecord',
          at: '3:27-3:100',
          text: 'I filled in a round of checks for two of my residents that I had not done',
        },
      ],
    },
    {
      name: 'a record claimed against what was done, told as less: "as fixed when I had only ordered the part"',
      text: story('I logged the boiler job as fixed when I had only ordered the part.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:66', text: 'I logged the boiler job as fixed when I had only ordered the part' }],
    },
    {
      name: "hiding as the aim of the speaker's own act on a thing",
      text: story('I turned the display stand round to hide the cracked panel and said nothing.'),
      findings: [{ messageId: 'concealment', at: '3:1-3:59', text: 'I turned the display stand round to hide the cracked panel' }],
    },
    {
      name: 'hiding told with an aim at how things look is a concealment, not a word to someone',
      text: story('I stacked the returned crates in front of the cracked bay to hide it so the racking would look finished.'),
      findings: [
        {
          messageId: 'concealment',
          at: '3:1-3:104',
          text: 'I stacked the returned crates in front of the cracked bay to hide it so the racking would look finished',
        },
      ],
    },
    {
      name: 'invoices raised with dates of another period so they would fall into it',
      text: story('I raised the three invoices with March dates so they would fall into the first quarter.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:45', text: 'I raised the three invoices with March dates' }],
    },
    {
      name: 'a record filled in so it would look complete: a false show, whatever the verb',
      text: story('At the end of the week I filled in the missing fridge readings so the log would look complete for the audit.'),
      findings: [
        {
          messageId: 'falseRecord',
          at: '3:24-3:108',
          text: 'I filled in the missing fridge readings so the log would look complete for the audit',
        },
      ],
    },
    {
      name: 'an act done so that things would look as if all were well',
      text: story('I moved the failed jobs to a second queue so the board would look as if the overnight run had finished.'),
      findings: [
        { messageId: 'deception', at: '3:1-3:72', text: 'I moved the failed jobs to a second queue so the board would look as if' },
      ],
    },
    {
      name: 'a record whose result kept a target',
      text: story('I booked the fault as closed on the Friday, which kept the team inside its ten-day target.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:43', text: 'I booked the fault as closed on the Friday' }],
    },
    {
      name: "someone else's name put on a form: a signature",
      text: story("I put my supervisor's name on the permit form so the crane could start at six."),
      findings: [
        { messageId: 'falseRecord', at: '3:1-3:78', text: "I put my supervisor's name on the permit form so the crane could start at six" },
      ],
    },
    {
      name: "the speaker's act, then excused as routine in the next sentence",
      text: story('I let the trainee take the van out alone on his second day. Honestly that was pretty standard at the depot.'),
      findings: [{ messageId: 'misconduct', at: '3:70-3:94', text: 'that was pretty standard' }],
    },
    {
      name: 'a step the speaker left undone, then said to be left undone by everyone',
      text: story("I didn't do the second fit test on the masks, nobody really does."),
      findings: [{ messageId: 'misconduct', at: '3:47-3:65', text: 'nobody really does' }],
    },
    {
      name: "what everyone in a place did, told of the speaker's act",
      text: story('I gave my friends free coffees on my shifts. Everyone on the team did it.'),
      findings: [{ messageId: 'misconduct', at: '3:46-3:73', text: 'Everyone on the team did it' }],
    },
    {
      name: 'a false number named by a compound ("a false security number") is still a pretence',
      text: story('I put a false security number on the vetting form so the start would not slip.'),
      findings: [
        { messageId: 'deception', at: '3:1-3:78', text: 'I put a false security number on the vetting form so the start would not slip' },
      ],
    },
    {
      name: 'work signed off "as tested" untested is a false record, whatever the speaker trusted',
      text: story('I signed off the install as tested without testing the wiring, because I trusted my apprentice.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:62', text: 'I signed off the install as tested without testing the wiring' }],
    },
    {
      name: 'the same check gone without, told as a choice the speaker made knowingly',
      text: story('I knew the board would not meet until Monday, so I merged my own patch without a second reviewer.'),
      findings: [{ messageId: 'bypass', at: '3:50-3:97', text: 'I merged my own patch without a second reviewer' }],
    },
    {
      name: "the speaker's act, then told to someone as normal, is the excuse",
      text: story('I let the trainee take the van out alone, and I told my manager that it was normal at the depot.'),
      findings: [{ messageId: 'misconduct', at: '3:70-3:83', text: 'it was normal' }],
    },
    {
      name: 'the speaker\'s act excused with "because" is still the excuse',
      text: story('I let the trainee take the van out alone on his second day, because it was normal at the depot.'),
      findings: [{ messageId: 'misconduct', at: '3:69-3:82', text: 'it was normal' }],
    },
    {
      name: 'a belief that nobody would check is a bet on being found out, not a belief about the facts',
      text: story('I told support the fix was live on the Monday when it was still in review. I thought nobody would check.'),
      findings: [
        { messageId: 'deception', at: '3:1-3:74', text: 'I told support the fix was live on the Monday when it was still in review' },
      ],
    },
    {
      name: 'a belief that it was harmless excuses the word, it does not say it was believed',
      text: story('I told support the fix was live on the Monday when it was still in review. I thought it was harmless.'),
      findings: [
        { messageId: 'deception', at: '3:1-3:74', text: 'I told support the fix was live on the Monday when it was still in review' },
      ],
    },
    {
      name: 'not knowing the policy is not not knowing the facts',
      text: story("I told support the fix was live on the Monday when it was still in review. I didn't know the policy on status updates."),
      findings: [
        { messageId: 'deception', at: '3:1-3:74', text: 'I told support the fix was live on the Monday when it was still in review' },
      ],
    },
    {
      name: "a list sent to a colleague's personal address",
      text: story('I sent her the staff spreadsheet as an attachment to her personal address.'),
      findings: [
        {
          messageId: 'dataLeak',
          at: '3:1-3:74',
          text: 'I sent her the staff spreadsheet as an attachment to her personal address',
        },
      ],
    },
    {
      name: 'an act excused as what everybody does',
      text: story('On short nights I moved the patients on my own, and everybody did that now and again.'),
      findings: [{ messageId: 'misconduct', at: '3:53-3:71', text: 'everybody did that' }],
    },
    {
      name: 'a deal booked as closed so it counted for the quarter, typed as a note',
      text: story('i put the deal in the crm as closed on the 28th so it counted for the qtr.'),
      findings: [
        { messageId: 'falseRecord', at: '3:1-3:74', text: 'i put the deal in the crm as closed on the 28th so it counted for the qtr' },
      ],
    },
    {
      name: 'a merge put through with an admin override, in a note',
      text: story('merged the fix to main myself using the admin override.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:55', text: 'merged the fix to main myself using the admin override' }],
    },
    {
      name: 'a change pushed live without waiting for the approval it needed',
      text: story('I pushed the change to the live site without waiting for the sign-off from the change board.'),
      findings: [
        {
          messageId: 'bypass',
          at: '3:1-3:92',
          text: 'I pushed the change to the live site without waiting for the sign-off from the change board',
        },
      ],
    },
    {
      name: 'a checklist signed off before the walk it vouches for',
      text: story("I signed off the fire checklist before I'd walked the top floor."),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:64', text: "I signed off the fire checklist before I'd walked the top floor" }],
    },
    {
      name: 'a rule conceded first, then the act it forbids',
      text: story('Even though the rule was that nobody opens the cash office alone, I opened it alone to save ten minutes.'),
      findings: [{ messageId: 'knowingBreach', at: '3:67-3:104', text: 'I opened it alone to save ten minutes' }],
    },
    {
      name: 'a rule that forbids an act, stated, then the act done after "but"',
      text: story(
        'The site rule was that nobody climbs the racking alone, but the order was late, so I climbed it alone to fetch the box.',
      ),
      findings: [{ messageId: 'knowingBreach', at: '3:84-3:119', text: 'I climbed it alone to fetch the box' }],
    },
    {
      name: 'data removed and not marked anywhere, with the gerund read as a noun',
      text: story('Two of the survey returns spoiled the trend, so I deleted them from the sheet without marking it anywhere.'),
      findings: [{ messageId: 'concealment', at: '3:49-3:106', text: 'I deleted them from the sheet without marking it anywhere' }],
    },
    {
      name: 'a record signed before the reading was taken, typed as a lowercase note',
      text: story("i signed the temp log for the walk-in fridge before i'd actually taken the reading."),
      findings: [
        {
          messageId: 'falseRecord',
          at: '3:1-3:83',
          text: "i signed the temp log for the walk-in fridge before i'd actually taken the reading",
        },
      ],
    },
    {
      name: 'a checklist marked complete with the work left for later',
      text: story('I marked the pre-flight checklist as complete and meant to go back to the tyre pressures later.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:46', text: 'I marked the pre-flight checklist as complete' }],
    },
    {
      name: 'records entered as something else to keep a figure up',
      text: story('We recorded the late deliveries as customer cancellations, which kept our on-time figure above 95%.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:58', text: 'We recorded the late deliveries as customer cancellations' }],
    },
    {
      name: 'back-dating, which leaves no other reading',
      text: story('I backdated the consent forms by a week.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:40', text: 'I backdated the consent forms by a week' }],
    },
    {
      name: 'a lie to a manager',
      text: story('Honestly I lied to my manager about how far along the tests were.'),
      findings: [{ messageId: 'deception', at: '3:10-3:65', text: 'I lied to my manager about how far along the tests were' }],
    },
    {
      name: 'an invented reason, in a lowercase note',
      text: story('i made up a reason for the delay and told the client the courier had lost it.'),
      findings: [{ messageId: 'deception', at: '3:1-3:33', text: 'i made up a reason for the delay' }],
    },
    {
      name: 'an assurance the sentence itself contradicts',
      text: story('I told the auditor we had done the quarterly drill when we had skipped it.'),
      findings: [
        { messageId: 'deception', at: '3:1-3:74', text: 'I told the auditor we had done the quarterly drill when we had skipped it' },
      ],
    },
    {
      name: 'a cover story: what was told, said to be for how it would look',
      text: story("I told the parents the coach had broken down, so it wouldn't look like I had booked the wrong date."),
      findings: [
        {
          messageId: 'deception',
          at: '3:1-3:99',
          text: "I told the parents the coach had broken down, so it wouldn't look like I had booked the wrong date",
        },
      ],
    },
    {
      name: "a cover story: what was told, to keep the speaker's own act from being known",
      text: story('I told my manager the scanner had failed so nobody would find out I had skipped the count.'),
      findings: [
        {
          messageId: 'deception',
          at: '3:1-3:90',
          text: 'I told my manager the scanner had failed so nobody would find out I had skipped the count',
        },
      ],
    },
    {
      name: 'letting a manager believe what was not so',
      text: story('I let my manager think the migration was finished.'),
      findings: [{ messageId: 'deception', at: '3:1-3:50', text: 'I let my manager think the migration was finished' }],
    },
    {
      name: 'data named further from the verb than its first words, sent to a personal webmail',
      text: story("On a Sunday I forwarded nearly thirty pages of the buyer's signed contracts to my personal Gmail."),
      findings: [
        {
          messageId: 'dataLeak',
          at: '3:13-3:97',
          text: "I forwarded nearly thirty pages of the buyer's signed contracts to my personal Gmail",
        },
      ],
    },
    {
      name: 'client documents, by their short name, sent to a personal webmail in a lowercase note',
      text: story('was behind so i emailed the client docs to my personal hotmail and did them at home.'),
      findings: [{ messageId: 'dataLeak', at: '3:15-3:63', text: 'i emailed the client docs to my personal hotmail' }],
    },
    {
      name: 'checks that never happened entered for their periods so the log conforms, in a note that drops the subject',
      text: story('did the test on the saturday, then filled in the three missing months in the log so it matched the plan.'),
      findings: [
        { messageId: 'falseRecord', at: '3:31-3:104', text: 'then filled in the three missing months in the log so it matched the plan' },
      ],
    },
    {
      name: 'a certificate made out as tested, the line after the test was skipped, in notes',
      text: story('- the gauge was back at the depot so i skipped the pressure test\n- put it down on the job sheet as tested and signed'),
      findings: [{ messageId: 'falseRecord', at: '4:3-4:41', text: 'put it down on the job sheet as tested' }],
    },
    {
      name: 'customer data sent to a personal webmail',
      text: story('On my last week I sent the renewals export to my personal Gmail to keep working on it.'),
      findings: [{ messageId: 'dataLeak', at: '3:17-3:86', text: 'I sent the renewals export to my personal Gmail to keep working on it' }],
    },
    {
      name: 'data sent from the work account to a home laptop still leaves the company',
      text: story('On my last week I emailed the payroll export from my work account to my home laptop.'),
      findings: [{ messageId: 'dataLeak', at: '3:17-3:84', text: 'I emailed the payroll export from my work account to my home laptop' }],
    },
    {
      name: 'an approval skipped, in a lowercase note',
      text: story('the approval board was slow so i just skipped the sign-off and pushed it live.'),
      findings: [{ messageId: 'bypass', at: '3:32-3:59', text: 'i just skipped the sign-off' }],
    },
    {
      name: "a safeguard declined in favour of the speaker's own act",
      text: story('Rather than wait for the lockout permit, I reached into the mixer myself.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:73', text: 'Rather than wait for the lockout permit, I reached into the mixer myself' }],
    },
    {
      name: 'driving without a licence',
      text: story('I drove the van without a valid licence for about a month.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:58', text: 'I drove the van without a valid licence for about a month' }],
    },
    {
      name: 'a bypass the speaker told someone else to do',
      text: story('I told the operator to disable the safety interlock on the press so we could run faster.'),
      findings: [
        {
          messageId: 'bypass',
          // The act, up to where its reason opens a clause of its own ("so we could run faster").
          at: '3:1-3:65',
          text: 'I told the operator to disable the safety interlock on the press',
        },
      ],
    },
    {
      name: 'a breach the speaker knew of and did anyway',
      text: story('I knew it was against policy, but I shared the draft with the supplier anyway.'),
      findings: [
        {
          messageId: 'knowingBreach',
          at: '3:1-3:78',
          text: 'I knew it was against policy, but I shared the draft with the supplier anyway',
        },
      ],
    },
    {
      name: 'a rule the team knew of, broken as a habit',
      text: story("we weren't allowed to keep patient notes in the car, but i still did most weeks."),
      findings: [
        {
          messageId: 'knowingBreach',
          at: '3:1-3:80',
          text: "we weren't allowed to keep patient notes in the car, but i still did most weeks",
        },
      ],
    },
    {
      name: 'data removed so nobody would ask',
      text: story('I deleted the failed runs from the dashboard before the demo so nobody would ask about them.'),
      findings: [
        {
          messageId: 'concealment',
          at: '3:1-3:92',
          text: 'I deleted the failed runs from the dashboard before the demo so nobody would ask about them',
        },
      ],
    },
    {
      name: "someone else's work handed in as the speaker's own",
      text: story("I copied a classmate's code for the lab and handed it in as my own."),
      findings: [{ messageId: 'deception', at: '3:1-3:67', text: "I copied a classmate's code for the lab and handed it in as my own" }],
    },
    {
      name: 'clocking a friend in, in a lowercase note',
      text: story('my mate was running late so i clocked him in on the machine.'),
      findings: [{ messageId: 'falseRecord', at: '3:29-3:60', text: 'i clocked him in on the machine' }],
    },
    {
      name: 'protective kit left off on purpose',
      text: story("I didn't bother with the harness because it was only a five-minute job."),
      findings: [{ messageId: 'bypass', at: '3:1-3:33', text: "I didn't bother with the harness" }],
    },
    {
      name: 'an act the speaker says they were not licensed for',
      text: story("I drove a forklift I wasn't licensed for."),
      findings: [{ messageId: 'bypass', at: '3:1-3:41', text: "I drove a forklift I wasn't licensed for" }],
    },
    {
      name: "someone else's name put under the approval line: a signature, not a label",
      text: story("I put my manager's name under the approval line so the order would go out that night."),
      findings: [
        {
          messageId: 'falseRecord',
          at: '3:1-3:85',
          text: "I put my manager's name under the approval line so the order would go out that night",
        },
      ],
    },
    {
      name: "someone else's initials on a form",
      text: story("so i just put my supervisor's initials on the form and sent it through."),
      findings: [{ messageId: 'falseRecord', at: '3:4-3:51', text: "i just put my supervisor's initials on the form" }],
    },
    {
      name: "a colleague's record signed in her name by the speaker",
      text: story('Dana was asleep in the staff room, so I signed the fire log with her name.'),
      findings: [{ messageId: 'falseRecord', at: '3:39-3:74', text: 'I signed the fire log with her name' }],
    },
    {
      name: 'a checklist signed off in an agentless passive, with the checks it vouched for not done',
      text: story('The pre-use sheet was signed off at seven, but the checks on it were never actually done.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:42', text: 'The pre-use sheet was signed off at seven' }],
    },
    {
      name: 'conduct the act model does not read, from the phrase list',
      text: story('I plagiarised half of the essay.'),
      findings: [{ messageId: 'misconduct', at: '3:1-3:14', text: 'I plagiarised' }],
    },
    {
      name: 'abuse aimed at a person, in a clause with no subject of its own',
      text: story('I got angry, swore at the driver and hung up on him.'),
      findings: [{ messageId: 'misconduct', at: '3:14-3:33', text: 'swore at the driver' }],
    },
    {
      name: "a record of visits the sentence says never happened (last trial's miss)",
      text: story('I entered three site visits in the log that never happened.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:59', text: 'I entered three site visits in the log that never happened' }],
    },
    {
      name: 'a record of work done, with the sentence saying it was not',
      text: story('I put the job down as finished on the system before the engineer had been out.'),
      findings: [
        { messageId: 'falseRecord', at: '3:1-3:78', text: 'I put the job down as finished on the system before the engineer had been out' },
      ],
    },
    {
      name: 'an assurance to a family that the sentence contradicts',
      text: story('I told the family the medication had been given when it was still in the trolley.'),
      findings: [
        {
          messageId: 'deception',
          at: '3:1-3:81',
          text: 'I told the family the medication had been given when it was still in the trolley',
        },
      ],
    },
    {
      name: "someone else's document altered",
      text: story("I changed the date on the doctor's note so it covered the Monday as well."),
      findings: [
        { messageId: 'falseRecord', at: '3:1-3:73', text: "I changed the date on the doctor's note so it covered the Monday as well" },
      ],
    },
    {
      name: 'signing a sheet for someone who was not there, in a lowercase note',
      text: story('i signed the attendance sheet for my friend when she was running late.'),
      findings: [
        { messageId: 'falseRecord', at: '3:1-3:70', text: 'i signed the attendance sheet for my friend when she was running late' },
      ],
    },
    {
      name: 'numbers changed so the report looks better',
      text: story('I tidied up the numbers before they went to the board so the quarter looked flat instead of down.'),
      findings: [
        {
          messageId: 'falseRecord',
          at: '3:1-3:97',
          text: 'I tidied up the numbers before they went to the board so the quarter looked flat instead of down',
        },
      ],
    },
    {
      name: 'a complaint removed before the audit',
      text: story('I removed the complaint from the log before the audit.'),
      findings: [{ messageId: 'concealment', at: '3:1-3:54', text: 'I removed the complaint from the log before the audit' }],
    },
    {
      name: 'results kept back',
      text: story("I kept the second set of results to myself because they didn't support the recommendation."),
      findings: [{ messageId: 'concealment', at: '3:1-3:43', text: 'I kept the second set of results to myself' }],
    },
    {
      name: "company money spent as the speaker's own",
      text: story('I used the company card for a personal flight and meant to pay it back.'),
      findings: [{ messageId: 'misconduct', at: '3:1-3:46', text: 'I used the company card for a personal flight' }],
    },
    {
      name: 'a guard left off on purpose',
      text: story('I left the guard off the saw because it kept jamming.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:29', text: 'I left the guard off the saw' }],
    },
    {
      name: 'a control overridden',
      text: story('I overrode the stock system so the order would go out.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:54', text: 'I overrode the stock system so the order would go out' }],
    },
    {
      name: 'a rule the speaker names while breaking it',
      text: story('I reversed the forklift on my own, even though the rule was always two people.'),
      findings: [
        {
          messageId: 'knowingBreach',
          at: '3:1-3:78',
          text: 'I reversed the forklift on my own, even though the rule was always two people',
        },
      ],
    },
    {
      name: 'someone logged in as the speaker',
      text: story('I got a colleague to log in as me so my training would show as complete.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:72', text: 'I got a colleague to log in as me so my training would show as complete' }],
    },
    {
      name: 'readings written in without taking them, as a lowercase note',
      text: story('i was behind so i just wrote the temps in without checking the fridges.'),
      findings: [{ messageId: 'falseRecord', at: '3:17-3:71', text: 'i just wrote the temps in without checking the fridges' }],
    },
    {
      name: 'customer data handed to a relative',
      text: story("I gave the customer's details to my cousin who sells insurance."),
      findings: [{ messageId: 'dataLeak', at: '3:1-3:63', text: "I gave the customer's details to my cousin who sells insurance" }],
    },
    {
      name: "someone else's work claimed as the speaker's own",
      text: story('i used an ai tool for the whole assignment and said it was all my own work.'),
      findings: [{ messageId: 'deception', at: '3:48-3:75', text: 'said it was all my own work' }],
    },
    {
      name: 'an incident left unreported for an award',
      text: story("We didn't report the near miss because the site was going for a safety award."),
      findings: [
        { messageId: 'concealment', at: '3:1-3:77', text: "We didn't report the near miss because the site was going for a safety award" },
      ],
    },
    {
      name: 'a measured value recorded that was never measured',
      text: story("I wrote the pressure down as 30 psi on the log but I hadn't actually measured it."),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:47', text: 'I wrote the pressure down as 30 psi on the log' }],
    },
    {
      name: "an act of the speaker's excused as accepted practice in the next sentence",
      text: story('I let my brother use my staff discount on a new sofa. Back then that was accepted practice on our floor.'),
      findings: [{ messageId: 'misconduct', at: '3:65-3:82', text: 'that was accepted' }],
    },
    {
      name: 'a telling of the speaker\'s, denied by the next sentence ("they were actually…")',
      text: story('I told the buyer the pumps were already in our yard. They were actually three weeks out from the maker.'),
      findings: [{ messageId: 'deception', at: '3:1-3:52', text: 'I told the buyer the pumps were already in our yard' }],
    },
    {
      name: "another person's authority put on a record by the speaker",
      text: story('I entered the late orders and ticked the authorisation box for the duty manager myself.'),
      findings: [{ messageId: 'falseRecord', at: '3:31-3:87', text: 'ticked the authorisation box for the duty manager myself' }],
    },
    {
      name: 'a gift accepted from a supplier',
      text: story('I accepted a gift voucher from a supplier while the tender was still open.'),
      findings: [{ messageId: 'misconduct', at: '3:1-3:42', text: 'I accepted a gift voucher from a supplier' }],
    },
    {
      name: 'a claim the speaker says was untrue',
      text: story("I told my manager the client had changed the brief, which wasn't true."),
      findings: [{ messageId: 'deception', at: '3:1-3:70', text: "I told my manager the client had changed the brief, which wasn't true" }],
    },
    {
      name: "an approval beyond the speaker's authority",
      text: story('I approved the refund myself, which was above my sign-off limit.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:58', text: 'I approved the refund myself, which was above my sign-off' }],
    },
    {
      name: 'a fix made so the manager would not find out',
      text: story("I fixed the totals over the weekend so my manager wouldn't find out."),
      findings: [{ messageId: 'concealment', at: '3:1-3:68', text: "I fixed the totals over the weekend so my manager wouldn't find out" }],
    },
    {
      name: 'figures entered for stock never counted, made to match: a false record',
      text: story('To close on time I entered the unchecked pallets at the book quantity so the totals matched.'),
      findings: [
        { messageId: 'falseRecord', at: '3:18-3:92', text: 'I entered the unchecked pallets at the book quantity so the totals matched' },
      ],
    },
    {
      name: "a safety switch wedged on the speaker's instruction",
      text: story('I told the fitters to just wedge the guard switch with a rag so the press kept cycling.'),
      findings: [
        {
          messageId: 'bypass',
          at: '3:1-3:87',
          text: 'I told the fitters to just wedge the guard switch with a rag so the press kept cycling',
        },
      ],
    },
    {
      name: 'isolation of a live board left undone, chosen to save time',
      text: story('I did not lock off the feed at the board, to save twenty minutes on the job.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:41', text: 'I did not lock off the feed at the board' }],
    },
    {
      name: 'a record marked received when the sentence says it had not been',
      text: story('The signed forms had not been received by Friday, but I marked them as received in the tracker.'),
      findings: [{ messageId: 'falseRecord', at: '3:55-3:95', text: 'I marked them as received in the tracker' }],
    },
    {
      name: 'medicine handed out ahead of the clinical check',
      text: story('I handed the tablets out before they had been clinically checked because the patient was in a hurry.'),
      findings: [{ messageId: 'knowingBreach', at: '3:1-3:65', text: 'I handed the tablets out before they had been clinically checked' }],
    },
    {
      name: 'an entry kept off the log to spare the speaker the paperwork',
      text: story('I let the van through and never wrote it in the gate log, because I did not want the paperwork.'),
      findings: [
        { messageId: 'concealment', at: '3:27-3:95', text: 'never wrote it in the gate log, because I did not want the paperwork' },
      ],
    },
    {
      name: 'a sheet marked done while the sentence says part of it had not been counted',
      text: story('I ticked the stock sheet as done although the cold room had not been counted.'),
      findings: [
        { messageId: 'falseRecord', at: '3:1-3:77', text: 'I ticked the stock sheet as done although the cold room had not been counted' },
      ],
    },
    {
      name: 'a record changed after the event so the speaker would not look at fault',
      text: story(
        'When the complaint came in, I went into the visit log and added that the client had refused the check, because I did not want it to look like I had skipped it.',
      ),
      findings: [
        { messageId: 'falseRecord', at: '3:29-3:102', text: 'I went into the visit log and added that the client had refused the check' },
      ],
    },
    {
      name: 'a figure told to investors with the real one set against it',
      text: story('I told the lenders we had 900 active sites when it was closer to 500.'),
      findings: [{ messageId: 'deception', at: '3:1-3:69', text: 'I told the lenders we had 900 active sites when it was closer to 500' }],
    },
    {
      name: 'work let go on without the protection the sentence before named',
      text: story('The edge barrier on the top deck had been taken down for the crane. I let the crew carry on up there without it.'),
      findings: [{ messageId: 'bypass', at: '3:69-3:112', text: 'I let the crew carry on up there without it' }],
    },
    {
      name: 'a safety test that protects people left out, with a reason given',
      text: story('I did not do the gas safety check on the new boiler, because the customer wanted the heating on.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:52', text: 'I did not do the gas safety check on the new boiler' }],
    },
    {
      name: 'check boxes signed after what they check had already gone',
      text: story('I signed the final check sheet for the trays at the end of the day, after they had already gone to the wards.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:67', text: 'I signed the final check sheet for the trays at the end of the day' }],
    },
    {
      name: 'readings put down for days the speaker says they missed',
      text: story('I filled in the temperatures for the five days I had missed and put two degrees for each.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:60', text: 'I filled in the temperatures for the five days I had missed' }],
    },
    {
      name: "another writer's paragraphs worked into the speaker's piece with no credit",
      text: story("I worked two paragraphs from a rival blog's analysis into my article with no credit to the blog."),
      findings: [
        {
          messageId: 'deception',
          at: '3:1-3:96',
          text: "I worked two paragraphs from a rival blog's analysis into my article with no credit to the blog",
        },
      ],
    },
    {
      name: 'the speaker approving their own claim, named earlier in the sentence',
      text: story('I had my own mileage claim sitting in the queue, and since approvals were mine that week, I cleared it with the rest.'),
      findings: [{ messageId: 'misconduct', at: '3:91-3:117', text: 'I cleared it with the rest' }],
    },
    {
      name: 'the same kind of sign-off, told with the signer knowing it was wrong',
      text: story('I signed off the budget pack without checking the totals, even though I knew they were wrong.'),
      findings: [{ messageId: 'falseRecord', at: '3:1-3:57', text: 'I signed off the budget pack without checking the totals' }],
    },
    {
      name: "a patient's identity check left out by the speaker, with a reason given",
      text: story('I did not check her wristband because the ward was short and she was in the right bed.'),
      findings: [{ messageId: 'bypass', at: '3:1-3:30', text: 'I did not check her wristband' }],
    },
    {
      name: "a near miss kept between the crew instead of reported, on the speaker's word",
      text: story('I asked the two fitters to keep it between ourselves instead of reporting the near miss.'),
      findings: [
        {
          messageId: 'concealment',
          at: '3:1-3:88',
          text: 'I asked the two fitters to keep it between ourselves instead of reporting the near miss',
        },
      ],
    },
    {
      name: 'an entry kept off a record by the speaker\'s choice, with a later "till" that ends no silence',
      text: story('I decided to serve the fish and not write the fridge reading on the sheet, as no delivery could come till Monday.'),
      findings: [{ messageId: 'concealment', at: '3:33-3:74', text: 'not write the fridge reading on the sheet' }],
    },
  ],
});
