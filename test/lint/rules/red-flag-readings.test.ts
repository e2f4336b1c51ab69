/**
 * The conduct model on wordings it was not built from: our own sentences in many voices and
 * trades (spoken, formal, lowercase notes; care, trades, finance, retail, software, school). Each
 * must, or must not, draw a red-flag finding from the rule's own check (the learned judgement is
 * left out, as in every rule table). The look-alikes are honest mistakes in records, others'
 * misconduct the speaker reported, refusals, hypotheticals and authorised exceptions.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../base-answer.js';
import { findingsOf } from '../../rule-tester.js';

const story = (sentence: string): string =>
  answer({ failure: `${sentence} The update crashed for roughly 6,000 customers on Android 11.` });

const flagged = (sentence: string): string[] => findingsOf('red-flag', story(sentence)).map((f) => f.messageId);

/** Acts the rule must read, by the kind of act. */
const BREACHES: Record<string, string[]> = {
  'a record of what did not happen': [
    'the daily sheet got signed off first thing but the checks themselves werent done till lunch',
    'I filled in the missing entry myself using the average of the two readings either side.',
    'at the end of the night the three missing fridge temps were filled in with normal values',
    'I filled in the two missing pressure readings with dummy values and signed the sheet.',
    'I entered three site visits in the log that never happened.',
    'i put down two home visits on the tracker that i never actually made',
    'I claimed mileage for trips I never drove.',
    "I booked the revenue in March although the contract wasn't signed until April.",
    'I logged the delivery as on time when it was two days late.',
    'For three weekly updates I described the refit as "on track", when we had no fitter booked.',
    'I presented the shortfall as a timing difference when there was no payment coming.',
    'I reported the project as green to the steering group while two workstreams were weeks behind.',
    'We reported the test as passed while the last two cases were still failing.',
    'I wrote that the patient had eaten when she had refused her meal.',
    'I put a fake address on the form so the kid could get into the school.',
    'I made the report say we were on schedule.',
    'I moved three sales into the earlier month so I reached the target.',
    "I fixed the sign that week and recovered the cost of the remake by adding extra hours to the shop's next invoice.",
    'to cover the refund we slipped two extra days into the march invoice',
    "changed the dates on the temp log so it looked like we'd checked every day",
    'backdated the risk assessment after the accident',
    'When the audit was a week away, the service records were updated to show the overdue checks as completed.',
    "we didn't manage the evening obs on bay four and I put them on the chart as done before handover",
    'I asked the buyer to write 30 June on the contract as the order date so the sale would count in the quarter.',
  ],
  'telling what the speaker knew was untrue': [
    "I told the client the parts were on order when I hadn't placed the order yet.",
    "I said I'd been at the meeting when I'd actually gone home.",
    "I told the patient's family the scan was normal before the results had come back.",
    'told boss it was done - it wasnt.',
    'i told the auditor we had the training records when we didnt',
    'i said to the teacher my grandmother was ill but it was not true',
    'I rang the client pretending to be from their bank.',
    'I gave the client the impression that the build was finished.',
    'I kept quiet about the mistake and let the intern take the blame.',
  ],
  'data taken or looked into where it must not go': [
    'i uploaded the patient list to my own google drive to print it at home',
    "I shared the client's bank details with my brother to get his advice.",
    "I gave the customer's card number to my cousin.",
    "I looked at my ex-partner's medical record out of curiosity.",
    "I opened my colleague's drawer and read her letters.",
  ],
  'a rule the speaker knew, broken regardless': [
    'I knew the rule, but went ahead anyway.',
    'I knew the policy needed two signatures on any credit note, but I went ahead anyway so the client would have it by Friday.',
    'we knew the procedure said to wait for the sign-off but we went ahead anyway',
  ],
  'a safeguard got round or a licence lacking': [
    'I disabled the two-factor check on the admin account because it kept logging me out.',
    'We ran the machine with the guard taped open to keep the line moving.',
    'i bridged the door interlock with a length of wire so the press would cycle with the guard up',
    'I worked on the live board without isolating it because the shutdown would have taken an hour.',
    'I let the trainee drive the forklift even though he had no licence.',
    'i let the new guy drive the forklift, he wasnt certified',
    "I approved my own expense claim using my manager's login.",
    'I gave my login to the temp so she could cover my shift.',
    'i wasnt trained on the autoclave yet but everyone was busy so i ran the cycle myself',
    'I drove the company van although my licence had been suspended.',
    "We kept working even though the scaffold hadn't been inspected.",
    "We carried on even though the gas line hadn't been checked.",
    'I carried on driving even though I was over my hours.',
    'We shipped the units knowing that two of the tests had failed.',
    "The isolation hadn't been tested. I opened the panel anyway.",
    'skipped lockout, was only 2 mins',
    'The harness would have cost us ten minutes, so I went up without it.',
    'we didnt wait for sign-off, just pushed it live',
    'I started the dig before the permit came through.',
  ],
  'concealment and taking': [
    "I didn't tell anyone about the error and hoped nobody would notice.",
    "I kept the near miss to myself because I didn't want to lose the bonus.",
    'didnt log the incident, didnt want the hassle',
    'I only reported the runs that worked.',
    'I left the bad survey results out of the report to the board.',
    'i deleted the bad reviews from the page before my manager checked',
    'I quietly fixed the figures in the spreadsheet and never mentioned it.',
    'I pocketed the tips that were meant for the whole team.',
    'I took cash from the till intending to pay it back on Monday.',
    'the till was short at close so i took £40 out of the staff tips jar to balance it',
    'i approved the invoices without checking because the supplier was my cousin',
    'I got angry, swore at the driver and hung up on him.',
    'I processed a refund onto my own card.',
  ],
  'a fault kept back or spun': [
    'I decided it was easier not to mention it, and fixed it quietly the next morning.',
    'I chose not to flag the discrepancy because the audit was the next day.',
    'I let it go through and said nothing.',
    'i didnt say anything and hoped it would blow over',
    'I never mentioned the second failure to the client.',
    'I left the outage out of the monthly summary.',
    "I made sure the report didn't mention the outage.",
    "I worded the incident report so it sounded like the customer's fault.",
    'I told them what they wanted to hear.',
    'I adjusted the figures to match what the client expected.',
    'we split the invoice in two so the overspend would never show up against our budget',
    'We charged the overrun to the training budget so it would not show against our targets.',
  ],
  'a check defeated or a measure gamed': [
    'I commented out the failing test so the pipeline would pass.',
    "I turned off the alerts so we wouldn't get paged over the weekend.",
    'I marked the flaky tests as skipped to get the release out.',
    "I didn't book the write-off so the quarter would come in on target.",
    'i hardcoded the check to return true so the demo wouldnt fail',
    'I forced the merge past the failing checks.',
    "We released the batch although the sterility results hadn't come back.",
    "I promised the client features that didn't exist to close the deal.",
  ],
};

/** Look-alikes the rule must leave alone. */
const HONEST: Record<string, string[]> = {
  'honest mistakes in records': [
    'I classified the ticket as low priority when I had no reproduction of the bug.',
    'I described the delay as a supplier problem when I had no idea it was my own order that was wrong.',
    'I presented the plan as ready when I had no reason to doubt the figures.',
    'I filled in the missing fields from the signed form and sent it back the same day.',
    "We filled in the blank rows with the figures from the supplier's invoice.",
    'We filled the blank cells with the expected delivery dates the supplier had confirmed in writing.',
    'I filled the empty shifts with our usual agency nurses.',
    'I filled in the missing sections with the patient, using her normal medication list from the GP record.',
    'I logged the wrong date on the delivery note.',
    'i typed the invoice total wrong and it went out at ten times the price',
    'I marked the ticket as resolved too early, before the fix had reached every region, and it reopened the next day.',
    'We logged the visits every evening from memory, and one got the wrong time.',
    'I wrote that the patient had eaten, but I had misread the chart.',
    'put 40 hrs on my timesheet, then realised it was 38 and fixed it',
    'I copied the wrong file into the release folder.',
    "I added the two extra days to the client's invoice, as the change request allowed.",
    'I paid for the reprint myself and added a note to the next invoice explaining the credit.',
  ],
  "others' misconduct the speaker reported": [
    'My supervisor had backdated the permits, and I reported it to compliance.',
    'I found that a colleague had been forwarding client files to his personal email, and I raised it with HR.',
    "A teammate told the customer it was fixed when it wasn't; I called the customer back to correct it.",
  ],
  'a rule known and kept, or not known': [
    'The rule was that no one signs off a release alone, but I waited two hours for the second signature.',
    'The policy was that no one opens the cash office alone, but I asked the duty manager to open it with me.',
    'The rule is that the checks are signed on the chart, but I noticed two were missing and told the nurse in charge.',
    'I knew the rules, but I did not think about them that night.',
    'We knew the procedure and followed it, but the valve failed anyway.',
    "I didn't know the policy, but I went ahead anyway.",
  ],
  'refusals and hypotheticals': [
    'I was asked to backdate the training records and said no.',
    'My manager wanted me to mark the audit as passed, and I refused.',
    'i said i wouldnt sign the form until i had seen the work',
    'If I had disabled the alarm, the whole floor could have flooded.',
    'I could have forwarded the file to my home email, but I worked late instead.',
    "I hadn't done the manual handling course, so I asked a trained colleague to use the hoist.",
    "The scaffold hadn't been inspected, so I waited for the inspector.",
  ],
  'authorised exceptions and ordinary failures': [
    "With the director's written approval, I skipped the second review for the hotfix.",
    'On the scratch volume I overrode the default purge setting to free space faster, and this was approved by the team lead beforehand.',
    "I told the team the launch was on track because I believed the vendor's estimate.",
    "I went ahead with the launch even though the marketing copy wasn't finished.",
    "The design hadn't been finished. We started building anyway and had to redo half of it.",
    "I didn't tell anyone about the error at first, but the next morning I told my manager.",
    'I reran the test three times to be sure and reported all three runs.',
    'I removed the duplicate rows from the data and documented it in the report.',
    'I used fake customer records to test the new import.',
    'I told the customer the phone was in stock because the system said so, but it was wrong.',
    'I kept using the old machine because the new one was delayed.',
    'I sold the old laptops through the approved recycler.',
    'I shouted at my screen when the build failed again.',
    "I didn't wait for the meeting and emailed the client directly.",
    'I made it look easy in the demo and the client underestimated the work.',
    "I went up without my phone and couldn't call for help when the ladder slipped.",
    'The sky looked clear, so I let the crew go ahead with the pour even though I had not checked the forecast.',
  ],
  'how a message was received, or expected to be': [
    'I told the client the truth about the delay, which they accepted.',
    'I told the team the launch would slip a week, which I thought they would accept.',
    'I told them we would rebuild the list by Friday, and they said they would accept that.',
  ],
  'openness done for how it would look': [
    'I put my own name on the postmortem so it would not look like we had blamed the junior engineer.',
    "I fixed the bug before the release so it wouldn't show up in our SLA figures.",
    'I phoned the head teacher myself that evening so it would not look like we had hidden the mix-up.',
    'i flagged it to my lead the same hour so it didnt look like i had sat on it',
    'We rewrote the notice in plain words so the price change would not look like a trick.',
    'I kept the dashboard simple so it would not look cluttered on the wall screen.',
  ],
};

describe('red-flag reads acts by their structure, in new wordings', () => {
  for (const [kind, sentences] of Object.entries(BREACHES)) {
    describe(kind, () => {
      for (const sentence of sentences) it(`flags: ${sentence}`, () => expect(flagged(sentence)).not.toEqual([]));
    });
  }
  for (const [kind, sentences] of Object.entries(HONEST)) {
    describe(kind, () => {
      for (const sentence of sentences) it(`leaves alone: ${sentence}`, () => expect(flagged(sentence)).toEqual([]));
    });
  }
});
