import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const story = (sentence: string): string =>
  answer({ failure: `${sentence} The update crashed on launch for roughly 6,000 customers on Android 11.` });

export default defineCases('passive-dodge', {
  valid: [
    {
      name: 'a passive whose doer the next sentence names as making the error',
      text: 'The standby valve had been set to the wrong pressure after the service. The engineer who did the service made an error there, and he said so in the review. My part was that I never went out to read the gauge.',
    },
    {
      name: 'a passive that follows, after "so", from the speaker\'s own act in the same sentence',
      text: "I keyed the new quantities into last year's column order, so the two rows were swapped. I reissued the sheet that afternoon and checked the other twenty against the originals.",
    },
    {
      name: 'a passive whose cause the speaker takes in the same sentence: "…, which was down to me"',
      text: answer({ failure: 'The complaints were not answered in time, which was down to me. Eleven customers waited over a month.' }),
    },
    {
      name: '"by a" and the name of a person names who did it: "was missed by a relief pharmacist"',
      text: 'The dosage change was missed by a relief pharmacist on the Friday, and the pump ran at double rate for six hours.\n',
    },
    {
      name: '"by one of" a group names who did it: "was misplaced by one of the porters"',
      text: 'The handover sheet was misplaced by one of the porters, and the ward ran without it all night.\n',
    },
    {
      name: '"by" and a count of people names who did it: "ignored by half the branch managers"',
      text: 'The recall notice was ignored by half the branch managers, and the faulty heaters stayed on sale for another week.\n',
    },
    {
      name: 'a passive of what was lost, told sentences after a choice the speaker owns by what it replaced, is the cost of it',
      text: 'I mixed the buffer for the whole run from the concentrated bottle instead of the diluted one. The two bottles stood next to each other. Two weeks of plates came out unreadable. Most of them could be repeated, but the last twelve patient samples were lost for good.\n',
    },
    {
      name: 'a passive with a modal of possibility in the lesson ("trolleys can all get swapped") is a rule, not an event',
      text: "ward 6, night shift, 2am\n\n- gave the 2am meds going by the bed board, not the wristbands\n- bed 4 and bed 5 had been moved round at handover\n- mr k got bed 5's blood thinner. picked up on the 6am check, doctor reviewed, no harm\n\nlesson\n- the wristband is the only ID that goes with the patient. notes, beds and trolleys can all get swapped. i was checking what was easiest to see\n\nnow\n- band read aloud against the chart for every dose, 14 months, no wrong-patient doses\n",
    },
    {
      name: 'a free relative ("state what was not tested") names a thing; it tells no failure',
      text: 'app release 4.2\n\n- signed off after emulator run only\n- crashed on older android phones for 2 days, 900 users wrote in\n- rolled back same morning\n\nlesson: an emulator run tests the code, not the phones people own. a sign-off should state what was not tested\n\nnow: every sign-off lists the devices not covered, no device-only crash since\n',
    },
    {
      name: 'a passive right after a choice the speaker owns by what it replaced ("…instead of the hold count") goes on with their story',
      text: "For the early departure I signed the load sheet with the bag figures from the booking system instead of the actual hold count. Thirty-six bags had been added at a late check-in desk, so the aircraft's rear hold was about 500 kg heavier than the sheet showed.\n",
    },
    {
      name: 'a passive the speaker claims later in the same paragraph tells what followed, not who did it',
      text: 'I signed the new rota off without modelling the nights. We ran with two agency nurses most nights.\n\nIn the third week a patient got worse overnight, and his warning score was not escalated for three hours. He went to intensive care and recovered. That staffing gap was my decision.\n',
    },
    {
      name: 'a passive done to the speaker\'s side ("imposed on us") leaves no doer of theirs out',
      text: 'We launched the app in May. The release date was imposed on us, and the build went out with a crash in it.\n',
    },
    {
      name: 'a thing left open on purpose is no safeguard left undone',
      text: 'The door was left open for the delivery and I closed it after.\n',
    },
    {
      name: 'the error found in a passive says when it came to light, not who caused it',
      text: 'I typed the old postcode into the label template on the Friday. The labels printed overnight. By the time the error was noticed on the Monday, forty parcels were in the wrong depot.\n',
    },
    {
      name: 'a free relative names what was lost, it tells no act: "exactly what was lost"',
      text: 'I restored the wrong snapshot over the live orders table. I rang the customer that evening and walked her through exactly what was lost and when it would be back.\n',
    },
    {
      name: 'after the failure is owned, a passive of work done wrong tells what followed from it',
      text: 'I shipped the new date parser and I did not test the regional formats. It went live on a Monday morning. Over the next week, 9,000 shipment lines were posted with the wrong dates.\n',
    },
    {
      name: '"I was asked to lead"',
      text: answer({
        situation:
          'In 2023 I was asked to lead the quarterly release of a banking app with 90,000 users, and my job was to ship it by the end of June.',
      }),
    },
    {
      name: 'after the speaker owns the failure, passives tell what followed from it',
      text: answer({
        result:
          'The store listing was pulled for a day, and 1,200 support tickets were logged before the fix was shipped. The fixed version reached everyone within 36 hours.',
      }),
    },
    {
      name: 'a passive that says the failure did not happen again',
      text: story(
        'Since the address check went in, none of the parcels has been lost and no delivery has been missed. Not one has been sent to the wrong depot, and nothing has been approved without a second check.',
      ),
    },
    {
      name: 'a passive with its agent named',
      text: answer({ result: 'The first crash report was missed by the on-call vendor, but the fix reached everyone within 36 hours.' }),
    },
    {
      name: 'a passive the speaker owns in the same breath',
      text: answer({
        failure:
          'The older-device run was skipped because I decided to skip it to hit the date. The update crashed for roughly 6,000 customers on Android 11.',
      }),
    },
    {
      name: 'a passive told as a rule, in the present, is not a failure told',
      text: "A release isn't tested until its rollback has been tested too; that's how I run them now.\n",
    },
    {
      name: 'a passive right after the speaker owned the failure goes on with their story',
      text: "I never checked the label on the second crate. The wrong crate was loaded onto the van, and a café got forty litres of oat milk it hadn't ordered.\n",
    },
    {
      name: 'an agent named at the end of the clause',
      text: 'The invoices were sent to the wrong client by our billing vendor.\n',
    },
    {
      name: 'once the speaker tells their own act, the passives after it go on with their story',
      text: 'I look after supplier payments at a wholesale bakery. In March I uploaded the invoices to the bank portal twice, and forty suppliers were paid double. The extra payments were recovered over the next five weeks.\n',
    },
    {
      name: 'a passive told as a state, or about a person named by a pronoun, in a story nobody owns',
      text: 'The regional manager was very focused on footfall that spring. They were moved to the new branch in May, and the shop opened a week late.\n',
    },
    {
      name: 'what could not be done is not a dodge of what was done',
      text: "The remaining crates couldn't be checked before the ferry left, so I flagged them to the client myself.\n",
    },
    {
      name: 'a passive that sets the scene before the speaker tells their own act',
      text: [
        'I look after supplier payments at a wholesale bakery.',
        'In March a new banking portal was introduced.',
        'I uploaded the invoices to it twice, and forty suppliers were paid double.',
        'I told my manager that afternoon and asked the bank to recall the payments.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a duty named with "my responsibility was to" owns no failure, so the passives after it still hide who',
      text: 'I was the duty chemist at a hospital pharmacy. My responsibility was to check every chemotherapy dose against the protocol. One Friday the second check was skipped because the ward was waiting. The bag was released with a dose ten percent too high. The patient came to no harm after a night on the monitor. I learned that a queue is never a reason to skip a check. Now I refuse to release any bag until two signatures are on it.',
      findings: [
        { messageId: 'passive', at: '1:153-1:164', text: 'was skipped' },
        { messageId: 'faceless', at: '1:195-1:248', text: 'The bag was released with a dose ten percent too high' },
      ],
    },
    {
      name: 'a duty left undone told as a negated passive, with nobody to leave it',
      text: 'I was the registrar for outgoing loans at a county museum. In spring we lent a watercolour to a gallery in Leeds. The crate was closed on the Friday and the humidity logger was not put inside it. When it arrived, the gallery found the paper had cockled, and without any readings the insurer would not accept the claim. I drove up the next week and agreed a conservation plan with their curator. I now pack every loan against a signed checklist.',
      findings: [{ messageId: 'agentless', at: '1:154-1:195', text: 'the humidity logger was not put inside it' }],
    },
    {
      name: 'a story whose only act of the speaker is the work in progress it opens on ("I was running soil tests") leaves the speaker out',
      text: 'During my first year at the co-op I was running soil tests for the member farms. That spring the samples from two fields got mixed up in the store. The bags were marked with the same numbers, and the results were merged into one report. When I was writing the summary I spotted the mix-up, and I re-ran forty samples. Since then every bag carries the field code and the date.',
      findings: [
        { messageId: 'passive', at: '1:122-1:134', text: 'got mixed up' },
        { messageId: 'faceless', at: '1:149-1:191', text: 'The bags were marked with the same numbers' },
        { messageId: 'faceless', at: '1:197-1:236', text: 'the results were merged into one report' },
      ],
    },
    {
      name: '"by" and a number is a measure, not the one who did it: "overbooked by eleven rooms"',
      text: 'On the night in question the hotel was overbooked by eleven rooms, and nine guests had nowhere to sleep.\n',
      findings: [{ messageId: 'passive', at: '1:36-1:50', text: 'was overbooked' }],
    },
    {
      name: '"by a" and a unit is a measure, not the one who did it: "missed by a week"',
      text: 'The grant deadline was missed by a week, and the lab lost its second-year funding.\n',
      findings: [{ messageId: 'passive', at: '1:20-1:30', text: 'was missed' }],
    },
    {
      name: 'cases owed an answer and left waiting, in a passive with "get": "didn\'t get processed"',
      text: "Over the Christmas rush some housing claims didn't get processed for three weeks, and four families fell into arrears.\n",
      findings: [{ messageId: 'agentless', at: '1:25-1:65', text: "some housing claims didn't get processed" }],
    },
    {
      name: 'a filing owed and not made, in an agentless passive, hides who should have made it',
      text: 'The customs entry was not lodged before the deadline. The crates sat at the port for six days and the client paid £3,000 in storage.\n',
      findings: [{ messageId: 'agentless', at: '1:1-1:33', text: 'The customs entry was not lodged' }],
    },
    {
      name: 'the passive of clipped notes, its auxiliary dropped ("valve not refilled"), is still faceless',
      text: 'Shift notes, March. Pressure valve on the second boiler not refilled after the annual service. Heating off in two wards overnight. Fix: I logged it the next morning and now check every valve myself.\n',
      findings: [
        { messageId: 'faceless', at: '1:21-1:94', text: 'Pressure valve on the second boiler not refilled after the annual service' },
      ],
    },
    {
      name: 'a duty held ("responsible for preparing") is no act told: the story is still faceless',
      text: 'I was responsible for preparing the disclosure bundle. The bundle was sent to the other side with a privileged email inside it. Their solicitors wrote to us on the Monday.\n',
      findings: [
        { messageId: 'faceless', at: '1:56-1:127', text: 'The bundle was sent to the other side with a privileged email inside it' },
      ],
    },
    {
      name: 'a safeguard left undone, told as the state it left a thing in',
      text: "I ran the parents' evening and locked the hall at nine. The side gate was left unlocked overnight.\n",
      findings: [{ messageId: 'agentless', at: '1:57-1:88', text: 'The side gate was left unlocked' }],
    },
    {
      name: 'a second participle, negated, sharing the passive before it: "and never re-enabled"; the first ("was disabled", a form the lexicon keeps as its own lemma) is a passive too',
      text: 'The renewal job was disabled during the migration and never re-enabled, so the certificate expired.\n',
      findings: [
        { messageId: 'faceless', at: '1:1-1:50', text: 'The renewal job was disabled during the migration' },
        { messageId: 'agentless', at: '1:51-1:71', text: 'and never re-enabled' },
      ],
    },
    {
      name: 'an error never caught: a safeguard that failed, with nobody in it',
      text: 'I typed the old postcode into the label template on the Friday. The labels printed overnight. The error was never caught at the packing bench, and forty parcels went to the wrong depot.\n',
      findings: [{ messageId: 'agentless', at: '1:95-1:121', text: 'The error was never caught' }],
    },
    {
      name: '"mistakes were made"',
      text: story('Mistakes were made during the release.'),
      findings: [{ messageId: 'passive', at: '3:1-3:19', text: 'Mistakes were made' }],
    },
    {
      name: '"was skipped"',
      text: story('The older-device run was skipped before the release.'),
      findings: [{ messageId: 'passive', at: '3:22-3:33', text: 'was skipped' }],
    },
    {
      name: '"got overlooked"',
      text: story('The crash report got overlooked for a day.'),
      findings: [{ messageId: 'passive', at: '3:18-3:32', text: 'got overlooked' }],
    },
    {
      name: '"missed by two days" names no agent',
      text: story('The deadline was missed by two days.'),
      findings: [{ messageId: 'passive', at: '3:14-3:24', text: 'was missed' }],
    },
    {
      name: 'an agentless passive on a verb outside the lists, found by the grammar',
      text: story('The release was approved without a proper review.'),
      findings: [{ messageId: 'agentless', at: '3:1-3:49' }],
    },
    {
      name: 'a safeguard left undone, with nobody doing it',
      text: "The fuse box wasn't checked before we handed the keys back. The tenant lost power that night.\n",
      findings: [{ messageId: 'agentless', at: '1:1-1:28', text: "The fuse box wasn't checked" }],
    },
    {
      name: 'lowercase notes: the wrong thing done, told with "got"',
      text: 'wrong pallet got loaded onto the dublin truck. customer had no stock for the weekend\n',
      findings: [{ messageId: 'agentless', at: '1:1-1:24', text: 'wrong pallet got loaded' }],
    },
    {
      name: 'the wrong thing done, told by what should have been done instead',
      text: 'The March invoices were posted to the April ledger, when they should have gone to March. The month closed short by £18,000.\n',
      findings: [{ messageId: 'agentless', at: '1:1-1:31', text: 'The March invoices were posted' }],
    },
    {
      name: 'a mix-up with nobody in it',
      text: 'Somewhere between the two drafts the seating plans got mixed up, and the head table sat at the back.\n',
      findings: [{ messageId: 'passive', at: '1:52-1:64', text: 'got mixed up' }],
    },
    {
      name: '"didn\'t get tested"',
      text: "The backup script didn't get tested after the upgrade, and three nights of backups were empty.\n",
      findings: [{ messageId: 'agentless', at: '1:1-1:36', text: "The backup script didn't get tested" }],
    },
    {
      name: 'a check that never happened, with a particle',
      text: "the error wasn't picked up at the morning check and the labels went out wrong\n",
      findings: [{ messageId: 'agentless', at: '1:1-1:27', text: "the error wasn't picked up" }],
    },
    {
      name: 'a story nobody owns, told in passives whatever their verbs',
      text: 'I look after supplier payments at a wholesale bakery. In March the invoices were uploaded to the bank portal twice, and forty suppliers were paid double. The extra payments were recovered over the next five weeks.\n',
      findings: [
        { messageId: 'faceless', at: '1:55-1:115', text: 'In March the invoices were uploaded to the bank portal twice' },
        { messageId: 'faceless', at: '1:121-1:153', text: 'forty suppliers were paid double' },
        { messageId: 'faceless', at: '1:155-1:213', message: /Nowhere does the answer say you did this/ },
      ],
    },
    {
      name: 'a role held sets the scene: the passives after it still leave the speaker out',
      text: 'I led the supplier payments team at a wholesale bakery. In March the invoices were uploaded to the bank portal twice, and forty suppliers were paid double.\n',
      findings: [
        { messageId: 'faceless', at: '1:57-1:117' },
        { messageId: 'faceless', at: '1:123-1:155' },
      ],
    },
  ],
});
