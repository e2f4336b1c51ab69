import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const story = (sentence: string): string =>
  answer({ failure: `${sentence} The update crashed on launch for roughly 6,000 customers on Android 11.` });

export default defineCases('blame-shifting', {
  valid: [
    {
      name: 'a party error told with "we would have been late even without that" is no cause put on them',
      text: answer({
        failure:
          'I promised a customer delivery in eight weeks without asking our planners, though I knew the usual lead time was ten. The customer also sent us the wrong voltage for their site, but we would have been late even without that, because my date was never realistic. They ran their old machine through their peak season with far more downtime.',
      }),
    },
    {
      name: 'a call that told the speaker what was wrong is how the fault was found, not who caused it',
      text: 'I rang eight older customers myself after I put the old field back. The first call told me what was wrong: my test group had all been in their twenties, and I chose it because it was easy.',
    },
    {
      name: '"not my call to make", then the call made, owns it',
      text: 'I was the site manager on a new primary school. It was not my call to make, but I moved the wiring start forward a week without asking the client, and we handed over late. The council paid for two extra weeks of temporary classrooms. I learned to put a change like that to the client first. I now take every programme change to the weekly client meeting.',
    },
    {
      name: "a party's mix-up told beside the speaker's own missed check",
      text: 'The courier mislabelled two of the parcels. I had not checked the labels against the order sheet before I signed the dispatch note, which was my job, so both went to the wrong town and the customers waited a week.',
    },
    {
      name: 'a failure claimed with an adverb of how surely ("the mix-up was entirely mine") answers a party\'s act beside it',
      text: 'The supplier changed the label design that month. The mix-up was entirely mine. We shipped forty cases of the wrong strength before anyone noticed, and I rang every pharmacy that evening.',
    },
    {
      name: "a colleague who broke his wrist was away: an injury, not a party breaking the speaker's work",
      text: 'We were one shepherd down that week, because a colleague had broken his wrist. The ewes were due their second worm dose on the Tuesday. I moved twelve of them off the treated list from memory, and two lambs were dosed twice. I rang the vet that evening.',
    },
    {
      name: 'the cause placed with the speaker\'s own ("sat with my own checklist") owns it',
      text: 'We missed the supermarket delivery slot by six hours. The root cause sat with my own checklist, which had no step for the trailer order. I rang the client and found two spare vans.',
    },
    {
      name: "the workload told beside the speaker's own lapse in its paragraph is the setting, not the cause",
      text: 'The ward was very busy that night. Two admissions came up from the emergency department at ten. I skipped the allergy check on bed four, and she was given a drug she reacts to. I sat with her until the rash settled.',
    },
    {
      name: 'the wrong thing told by the speaker owns the failure beside a party\'s change: "I told the client the wrong date"',
      text: 'The planner had moved the fitting to Thursday. I told the client the wrong date, and she took a day off work for nothing. I rang her that evening, apologised and paid for her taxi on the Thursday.',
    },
    {
      name: "a party's act after the speaker's own fix in the same sentence answers the fix",
      text: 'I tore the sensor cable when I refitted the screen and never tested a call before handing the phone back. She came back two days later. I redid the repair while she waited and replied to her review myself, and she changed it to four stars.',
    },
    {
      name: 'the speaker\'s own act done wrong owns the failure beside a party\'s change: "I typed the wrong dose"',
      text: 'The pharmacist had changed the dosing chart that week. I typed the wrong dose into the discharge sheet, and the patient went home with it. I rang her that evening and drove the right tablets round.',
    },
    {
      name: 'an averted outcome set against the speaker\'s own act in the same sentence ("…, but I…") is answered',
      text: "If she'd rostered two hosts it wouldn't have happened, but I chose not to check the camera feed for twenty minutes, and a group of eight sat locked in with a broken prop.\n",
    },
    {
      name: 'a shrug the speaker told themselves then, later named as the excuse it was, is owned',
      text: "I noticed he was eating less but didn't report it, because I told myself there's only so much one person can do in a thirty-minute visit. He was admitted to hospital dehydrated. That was the excuse, and I learned that my job is to make sure the right person knows.\n",
    },
    {
      name: 'what was done to a party ("had their milk picked up late") is the cost they bore, not their fault',
      text: 'I rebuilt the collection routes without checking the bridge limits. One tanker had to reverse half a mile on gravel. Three farms on that route had their milk picked up five hours late.\n',
    },
    {
      name: 'the speaker\'s own duty, then what they did instead against it ("I was meant to…, but I let…"), owns the lapse beside a party\'s',
      text: 'The mechanic never told me the seals on the far pumps were worn. I was meant to check each pump weekly myself, but I let the far two go to fortnightly, and one failed in the heat. We lost eleven head of cattle.\n',
    },
    {
      name: 'people who come from somewhere are no cause the failure came from',
      text: "The bride's family came from Lagos and the groom's from London. I had booked the coaches for the wrong Saturday, and forty guests waited at the station for an hour.\n",
    },
    {
      name: "the speaker's own act with the step left out owns the failure, so what a party did after it is context",
      text: "I sent the revised drawings to site without overlaying them on the engineer's latest set. The site engineer set out the columns without checking them against the structural set, and six were cast in the wrong place.\n",
    },
    {
      name: 'doing what the speaker could is no order followed',
      text: "The payroll run went out with last year's rates because I never checked the rate table. I just did what I could that night to stop the second run, and I rang every team lead the next morning.\n",
    },
    {
      name: '"the main reason was" the speaker\'s own omission',
      text: 'I ran the late shift at a courier depot when forty parcels missed the van. The main reason was that I never checked the new rota against the parcel count, so the loading bay was short.\n',
    },
    {
      name: "the speaker's own team releasing before it was ready is the failure owned",
      text: 'We released the booking update before it was ready, and three hundred appointments were lost.\n',
    },
    {
      name: "a party's early release, with the speaker's own part owned beside it",
      text: 'The supplier shipped the firmware before it was tested, but I installed it on every till without trying one first, and that part was mine.\n',
    },
    {
      name: 'a share of the fault taken on, not handed off: "it wasn\'t only my mistake that cost us"',
      text: "It wasn't only my mistake that cost us the contract; it was how long I took to admit it.\n",
    },
    {
      name: "a thing handed over wrong, with the speaker's own part claimed in the same sentence",
      text: 'The print shop sent us proofs that had the old logo on them, and signing them off unread was my mistake.\n',
    },
    {
      name: 'a thing sent out wrong in a passive names no giver, who may be the speaker',
      text: 'The proofs were sent over with the old logo on them, and nine thousand flyers went out like that.\n',
    },
    {
      name: 'a failing told as the cause, "so" the failure, with the speaker\'s own omission owned beside it',
      text: "The caterer's booking fell through, so we couldn't feed the delegates at noon. I should have booked a second caterer as cover.\n",
    },
    {
      name: 'a control that rejects what does not match, told in the present, is a rule and not a cause',
      text: "The portal rejects any claim that doesn't carry a reference, so nothing unreferenced can be paid.\n",
    },
    {
      name: 'a party\'s ignorance ("had no idea") is no failing of its own',
      text: 'The tenants had no idea the water was off, so nobody filled the tanks. I had not sent the notice.\n',
    },
    {
      name: 'the general "you can\'t control" told as a lesson with its turn is not a shrug',
      text: 'What I learned is that you cannot control the traffic, but you can leave an hour earlier.\n',
    },
    {
      name: '"these things happen" in a manager\'s quoted words is not the speaker disowning anything',
      text: 'I double-counted one region in the board pack. My director said, "These things happen," but I rebuilt the totals that night and now reconcile every sum against the ledger.\n',
    },
    {
      name: 'a party breaking something, with the failure owned beside it, is context',
      text: 'The courier broke four of the vases on the way, but that was on me: I had packed them in thin boxes to save money. Now every fragile order goes in double-walled cartons.\n',
    },
    {
      name: 'a loss the party suffered ("they lost the lot", "lost interest") is the cost, not a thing lost in their keeping',
      text: 'I wired the new socket onto the freezer circuit and tripped it. They lost the lot, and the client lost interest in a second job. I test every circuit before I switch it back now.\n',
    },
    {
      name: 'a thing named as the problem ("the spreadsheet was the problem") puts the cause on no person',
      text: 'The figures in the board pack were wrong. The spreadsheet was the problem, and I had built it. Since then I reconcile every total against the ledger.\n',
    },
    {
      name: 'a person cleared as the cause ("the landlord was never the problem")',
      text: 'We opened six weeks late. The landlord was never the problem; I had not chased the signage consent.\n',
    },
    {
      name: '"how was I meant to know" asked and then answered by the speaker\'s own failure',
      text: 'The sample went to the wrong lab. How was I meant to know, I thought, but I should have read the handover notes.\n',
    },
    {
      name: "a party's act the speaker relied on, with the failure owned later in the same paragraph, is context",
      text: 'The supplier had certified the batch, so we trusted the readings. The line ran for a week out of spec. I should have tested a sample myself.\n',
    },
    {
      name: '"to be fair" said in passing is a hedge, not the opener of a defence',
      text: 'The boiler failed in January. He was decent about it, to be fair.\n',
    },
    {
      name: '"anyone would have struggled" answered by an owning set against it',
      text: 'I loaded the bags onto the wrong flight. Anyone would have struggled in those conditions. But I never asked for a reprint of the tags.\n',
    },
    {
      name: 'what the speaker\'s own act spared a party ("so she wasn\'t waiting") is no duty withheld',
      text: "The ceiling came down. I booked a plasterer I know so she wasn't waiting on the insurers.\n",
    },
    {
      name: '"no reason to check" of another party is no shield the speaker raises',
      text: "The chart said she'd had it, so the night nurse had no reason to check.\n",
    },
    {
      name: "a rejection the speaker earned is the failure's cost, not a party undoing their work",
      text: 'My first pitch was weak. The client rejected my pitch, and rightly so.\n',
    },
    { name: '"set by January" names a time, not a party', text: 'Honestly the targets set by January were unrealistic.\n' },
    {
      name: 'a thing the speaker\'s side chose ("both of us picked") is no other party\'s',
      text: 'The vendor both of us picked was unreliable.\n',
    },
    {
      name: 'a duty done in a condition ("if he hadn\'t noticed") saved the day: no lapse',
      text: "I loaded the bags by weight, not by the sheet. If he hadn't noticed, the aircraft would have taken off outside its limits.\n",
    },
    {
      name: '"never going to happen" told of a thing a relative clause describes',
      text: 'Afterwards there were meetings for weeks, and talk of a second footbridge, which would cost millions and was never going to happen.\n',
    },
    {
      name: 'a deal "signed anyway" is the trouble forgiven, not a party overruling',
      text: "I turned up with last year's price list. They were fine about it, signed anyway, and I rang the buyer to apologise.\n",
    },
    {
      name: 'a party that "moved on to" other work moved itself, nothing of the speaker\'s',
      text: 'The report went in four months late. The department moved on to a different evidence review.\n',
    },
    {
      name: "a lesson about what is and is not in the speaker's control disowns nothing",
      text: "The biggest lesson was to separate what is and isn't in my control, and to own the rest.\n",
    },
    {
      name: '"not in my control" with the failure owned in the same sentence',
      text: "The storm was not in my control, but the backup generator was, and I had never tested it. That's on me.\n",
    },
    {
      name: '"no doubt she would have caught it" is an idiom, not a shrug',
      text: 'I skipped the peer review. No doubt Priya would have caught it if I had asked her.\n',
    },
    {
      name: 'a colleague who stopped the speaker before the harm rescued, not pre-empted',
      text: 'I drew up the wrong dose of insulin. Luckily the pharmacist stopped me before I could give it. I reported it myself.\n',
    },
    {
      name: "the speaker's own document that left something out withholds nothing of another's",
      text: "I wrote the handover. My handover notes didn't mention the patient's penicillin allergy. The day nurse nearly gave her amoxicillin.\n",
    },
    {
      name: '"no auditor would have caught it" with the failure owned right after is honesty, not a shrug',
      text: 'No auditor would have caught it. I should have flagged it myself the same day.\n',
    },
    {
      name: 'a coordinated act shares the subject of the clause a "before" clause interrupts, not the interrupting one',
      text: 'I told the partner as soon as the letter arrived, before she read it, and explained exactly where my process had gone wrong.\n',
    },
    {
      name: '", not what the government will allow" sets one thing against another; nobody withheld anything',
      text: 'The learning was that the register tells me what the client paid for, not what the government will allow.\n',
    },
    {
      name: 'a fix that also claims the failure ("I owned it on the call") weighs as owned against a party\'s lapse',
      text: 'The carrier delivered the chilled pallets a day late.\n\nEleven stores ran short over the bank holiday, about £8,000 of sales.\n\nI should have booked an earlier slot with some margin.\n\nI owned it on the morning call with the stores and rebooked every slot myself.\n',
    },
    {
      name: 'a fault supposed in a condition, with a noun phrase for its subject, is no fault told',
      text: 'I missed the second temperature check on a patient in recovery, and she got cold. Since then I write the next check time on the kennel card, so whoever passes can see if the next check is late.\n',
    },
    {
      name: "a fix that takes the responsibility too weighs as owned against a party's lapse",
      text: 'The bank was slow producing the completion letters.\n\nTwo buyers lost their moving dates, and one sale fell through.\n\nI should have chased the bank on the Monday.\n\nI took full responsibility with the partner and called both buyers myself that afternoon.\n',
    },
    {
      name: 'a fault supposed in a condition ("so whoever passes can see if it is late") is no fault told',
      text: 'I missed the second temperature check on a patient in recovery, and she got cold. Since then I write the next check time on the kennel card, so whoever passes can see if it is late.\n',
    },
    {
      name: 'a share of the failure put on no party: "a good part of it was the packing list", which the speaker then owns',
      text: 'We packed the wrong van for the Harrow job, and a good part of it was the packing list. I had left the piano off it, and half the boxes arrived a day late.\n',
    },
    {
      name: 'what the speaker could see a party had not done, then went ahead: their own choice, not blame',
      text: 'I could see the electrician had not signed off the new circuit, but I opened the hall for the Saturday booking. The fuse board tripped twice during the party.\n',
    },
    {
      name: 'what the speaker knew a party had not done, then went ahead: their own choice, not blame',
      text: 'I knew the electrician had not signed off the new circuit, but I opened the hall for the Saturday booking. The fuse board tripped twice during the party.\n',
    },
    {
      name: 'what a party acted on is the cost of the failure: "set the budget on the wrong numbers"',
      text: 'I was rushing, and I sent the forecast without the reconciliation. A week later the board set the budget on the wrong numbers. I told the finance director the same day I found it.\n',
    },
    {
      name: "a party's demand, then the speaker's act, owned in the next sentence",
      text: 'Our sales director wanted the forecast out before the board met, so I sent it without the reconciliation. Sending it unchecked was my call, and the wrong one.\n',
    },
    {
      name: "what the speaker wrote that another party did is the speaker's own words, not that party's act",
      text: 'In my story I wrote that the council was cutting £2m from the library budget, when the cut was spread over three years. I corrected it that evening.\n',
    },
    {
      name: 'a relative clause on a noun describes the thing: "a number she never gave"',
      text: 'I put the wrong total in the minutes and pinned it on the treasurer, a number she never gave. I corrected the minutes the next morning.\n',
    },
    {
      name: "a game's economy is no economy blamed",
      text: 'I tuned the economy of our city builder badly, so players earned coins far too fast. I rebalanced the rewards the next week.\n',
    },
    {
      name: 'a reaction that never came is no duty withheld: "did not make any comment"',
      text: 'I left the valuation out of the court bundle. I sent the missing pages the next morning, and the judge did not make any comment about it.\n',
    },
    {
      name: '"the main problem was…" tells the failure itself, not a cause put on anyone',
      text: "I ran the spring billing. The main problem was that 300 invoices went out on the wrong tariff. I had loaded last year's rates by mistake.\n",
    },
    {
      name: '"nobody else noticed" tells how far the failure showed, not a guard that failed',
      text: 'I handed the rota to the ward manager a day late. She said it was fine and nobody else noticed.\n',
    },
    {
      name: 'a second check that missed what the speaker owns is context, not a cause',
      text: 'I picked the 50 mg box instead of the 25 mg one, and I did not scan it after counting.\n\nThe checking pharmacist did not catch it either. The patient took the higher dose for two days.\n',
    },
    {
      name: 'what others did, then the failure claimed later in the same paragraph',
      text: 'Our resin supplier moved production to a new site and did not inform us, which broke our agreement. The goods-in team did not test moisture because it was not in their plan. But I had written that plan, and I had cut the moisture test to save time. So the gap that let it through was mine.\n',
    },
    {
      name: "a party that changed the plan after the fix, once the gap was placed in the speaker's own design",
      text: 'I planned the survey around one online form and never checked who it missed. The board sent the plan back, which cost us three months. I said at the board that the gap was in my design, then ran paper drop-ins at both care homes. That added 200 replies, and the trustees changed the opening hours.\n',
    },
    {
      name: 'a rule of thumb about why a party can start sooner is no cause put on them',
      text: 'I handed the draft in a day late and my editor lost her slot. A rough draft on time beats a perfect one a day late, because she can start her own pass.\n',
    },
    {
      name: 'foresight denied, then the failure owned in the same breath',
      text: 'The order went out short and the shop lost a day of sales. There was no way of knowing the scale was off, but I should have counted the first crate by hand.\n',
    },
    {
      name: '"nobody spotted it for a week" tells how long the failure went unseen, not a guard that failed',
      text: 'My formula dropped the weekend shifts from the pay run. Nobody spotted it for a week, until two porters asked about their pay.\n',
    },
    {
      name: 'a party that kept doing the speaker a good turn works against nothing',
      text: 'I wired the panel labels in the wrong order and the owner lost a freezer of food. I paid for it myself. The builder kept giving me work, but I had to earn his trust back.\n',
    },
    {
      name: "the root cause named as the speaker's own, or denied for another",
      text: 'Our quarterly mailing went out a week late. The root cause was my proof sign-off, which I did from memory. The real problem was not the print shop; it was that I never checked the date.\n',
    },
    {
      name: 'a sentence that opens on the time after the change tells the change at work, whoever acts in it',
      text: 'I let the fit-out drawings go to the trades by phone, and the bulkhead was closed over the access hatch. Since then the new facilities manager has blocked two late changes to the drawings.\n',
    },
    {
      name: 'once the answer turns to the change, a party acting is the change at work, not a cause',
      text: 'I pushed the pricing change without a second review, and the shop charged the wrong VAT for a day. Since then every price change goes through a guard in the pipeline. That guard has blocked three bad uploads this year.\n',
    },
    {
      name: 'a thing whose name ends like a role is no party: "the number", "the order"',
      text: 'I keyed the shipment for the wrong week. The order changed our whole picking plan, and the number moved our stock count by 400 cases.\n',
    },
    {
      name: 'work that now goes by unnoticed is the change working, not a lapse of others',
      text: 'I broke the staging database with a migration I never sized. Since then I size every migration first, and my releases have gone out without anyone noticing.\n',
    },
    {
      name: 'word kept from a third person, with nobody named: the speaker clears her',
      text: "I changed the loading plan without checking the weights. It was my plan and my missed check, not the driver's fault, because nobody had told her about the change.\n",
    },
    {
      name: 'a condition that names a worse outcome avoided: the stakes, not a lapse',
      text: 'I left the cash office unlocked overnight. If the auditors had checked the safe that week, it would have been very serious for the branch. I told my manager the next morning and changed how I close up.\n',
    },
    {
      name: 'a party moving on is no undoing: "the crews moved forward"',
      text: 'I mapped the route wrong, and when the convoy companies moved forward they dropped out of radio range. I owned it at the debrief and redrew the plan.\n',
    },
    {
      name: 'does not call "they asked me to lead" blame',
      text: answer({
        situation:
          'In 2023 the product director asked me to lead the quarterly release of a banking app with 90,000 users. They asked me because I had run the beta.',
      }),
    },
    {
      name: 'does not read a thing that taught nothing as a party handing over nothing',
      text: 'The launch slipped by a week. The rehearsal told me nothing about the peak load.\n',
    },
    {
      name: 'does not read what a party said was so, or a count, as nothing handed over',
      text: 'The launch slipped by a week. The lead told us no major changes were planned. The client sent us no fewer than six change requests.\n',
    },
    {
      name: 'a call made by phone, and an outcome nothing would have survived told as the stakes, put nothing on anyone',
      text: answer({
        failure:
          'I gave the third dose without checking his kidney function, and the doctor told me no frail patient would have survived it. The ward sister was the one who called his daughter at three in the morning.',
      }),
    },
    {
      name: 'a colleague who noticed the failure is no one it is put on: "she was the one who spotted it"',
      text: answer({
        failure:
          'I pushed the update without the older-device run, and it crashed for about 6,000 customers. My lead was the one who spotted it.',
      }),
    },
    {
      name: 'does not read a cause named only to be denied as a deflection',
      text: answer({
        failure:
          'I told the trustees the shortfall came from the forecast I had built, not from bad luck. The update crashed for 6,000 customers.',
      }),
    },
    {
      name: 'reads a party refusing what was never ours as a cost of the failure, not its cause',
      text: 'The launch slipped by a month. The supplier refused a refund on the unused stock.\n',
    },
    {
      name: "does not read 'nobody caught it' as blame after the speaker's own wrong choice in the same sentence",
      text: 'The steel frame would not sit on the pads and the job lost four days. I set out the pads from the old fence line instead of the boundary pins, and nobody caught it until the steel arrived.\n',
    },
    {
      name: 'a lapse of someone with a place after them, claimed by the speaker in the same sentence',
      text: 'the promo ran three days too long and cost about £2,100 in discount. nobody at head office had checked the labels either, but that was mine to catch.\n',
    },
    {
      name: "a briefing never received, claimed in the next sentence as the speaker's to check",
      text: 'The alarm panel was left in test mode over the weekend. The panel status was never handed over to me. Even so, checking it was my responsibility, and I assumed it was live.\n',
    },
    {
      name: "a lapse whose cause the same sentence gives as the speaker's own act",
      text: 'the payments page went down for two hours on saturday. nobody reviewed the change because i merged it myself on friday evening.\n',
    },
    {
      name: 'accepts a fact about someone else when the speaker owns their own part beside it',
      text: answer({
        failure:
          'The vendor changed the SDK a week before launch, but I should have re-run the full suite after it. The update crashed for 6,000 customers.',
      }),
    },
    {
      name: 'ignores blame spoken by someone else in quotation marks',
      text: answer({
        result:
          'My manager said, "It was not your fault, the timeline was unrealistic," but I knew I had cut the test plan. The fixed version reached everyone within 36 hours.',
      }),
    },
    {
      name: 'a copula of wholeness that owns or describes is not blame: "it was all my fault", "it was all new to me"',
      text: answer({
        failure:
          'I pushed the update without the Android 11 run, so it crashed for 6,000 customers. It was all my fault, and it was not all the vendor. The tooling was all new to me, and it was all the same to the users.',
      }),
    },
    {
      name: 'business a party stopped giving after the failure is its cost, not its cause',
      text: "I agreed to two jobs in one week and delivered the contract two days late. They never gave me another project, and the agency didn't send any more work my way.\n",
    },
    {
      name: 'does not read a hypothetical about a customer as blame',
      text: answer({
        result:
          'Nobody lost money, but if he had opened the app during the outage he would have seen an error. The fix reached everyone within 36 hours.',
      }),
    },
    {
      name: 'clearing someone else is not blame: "it wasn\'t their fault", "I didn\'t blame them"',
      text: answer({
        result:
          "The agents were upset, but it wasn't their fault: they had keyed in exactly the list I handed over. I didn't blame them, and I told their lead so.",
      }),
    },
    {
      name: 'a late delivery answered by what the speaker did not do',
      text: 'The supplier delivered the panels a day late, but I never confirmed the date with them and I had built no slack into the plan. The install slipped a week.\n',
    },
    {
      name: "what others then failed to do, told right after the speaker's own omission, is its consequence",
      text: 'I ran the spring tasting evenings at the deli and put the sign-up list out a month ahead. I never sent the families a reminder and only checked the list the day before. The families had not booked a place, and we opened to eleven guests with food for forty. I now send a reminder a week out and check the list the same day.\n',
    },
    {
      name: 'a share of a group told as how far the failure reached, not as a party that caused it',
      text: 'I ran the Saturday rota for a food bank and sent it out late on the Friday night, without asking anyone to confirm.\n\nBy the morning, most of the drivers had not turned up, and forty families waited two hours for their parcels.\n\nI rang every family that afternoon and drove two routes myself. I now send the rota on Wednesday and ring anyone who has not confirmed.\n',
    },
    {
      name: 'a rule for whoever lapses, told in the present as the change, blames nobody',
      text: 'I coordinated the weekend shuttle for a youth football league and I sent the pick-up times out on Friday night, too late for many parents to plan around. I did not ask anyone to confirm. Eleven players missed the Saturday match. I rang each family on Saturday afternoon and arranged lifts for the Sunday fixtures. I learned that a schedule nobody has confirmed is not a schedule. Now the times go out on Wednesday, and any parent who does not confirm by Thursday gets a call from me.\n',
    },
    {
      name: 'generous mentions of others: a lead who caught it, a caterer who helped',
      text: 'I booked the wrong venue size for the charity gala, and 60 guests had to stand. My manager caught the contract problem before we signed the second year, and the caterer helped us rearrange the room at short notice. I now walk every venue myself before I book it.\n',
    },
    {
      name: 'others who bore the cost, or were made to act by it, are not blamed',
      text: "I mislabelled two sample trays, so the lab had to rerun a full week of assays. The site supervisor had to cut the night shift short while we sorted it out, and two partners lost a morning's work. I now print labels from the sample sheet instead of writing them.\n",
    },
    {
      name: 'a client withdrawing its own business is the cost of the failure, not its cause',
      text: "I quoted the refit on last year's steel prices and had to ask for 18% more halfway through. The client cancelled the second phase and withdrew the referral they had promised. I now reprice every quote that is more than a month old.\n",
    },
    {
      name: 'lowercase notes that own the failure while naming who sent what',
      text: 'so basically i forgot to renew the domain. the registrar sent three reminders to an inbox nobody read, which was my setup. site was down 9 hrs, i moved renewals to auto and a shared calendar.\n',
    },
    {
      name: 'clearing a colleague across a clause stop is not blame',
      text: "I misread the dosage chart and gave the evening dose an hour late. The ward sister wasn't to blame, she'd signed the chart correctly; no one hunted for a culprit; my manager wanted a timeline and I gave her one.\n",
    },
    {
      name: "a fault in another party's thing that the speaker owns in the same breath",
      text: 'The spec they sent was vague, and I never asked the questions that would have exposed the gap. The integration failed in the first week.\n',
    },
    {
      name: 'generous mentions of others: a lead who caught it, a vendor who helped, QA who found it',
      text: 'My lead caught the mistake in review. The vendor helped us roll back within the hour, and QA found the second issue before release.\n',
    },
    {
      name: "a fault in the speaker's own thing is owned, not blame",
      text: 'The estimate I gave the board was far too optimistic. We overspent by 20%.\n',
    },
    {
      name: "the speaker's own notes at fault are owned, not blame",
      text: 'My handover notes were thin, and the night shift had to guess at two of the changes.\n',
    },
    {
      name: "the speaker's own summary of a client's figures is the speaker's thing",
      text: "My summary of the client's figures was wrong, and the board saw a margin we never had.\n",
    },
    {
      name: "the speaker's own late changes as the cause are owned",
      text: 'My late changes meant the team had two days to rebuild the deck, and the pitch went out half-finished.\n',
    },
    {
      name: "the speaker's own call is not distancing",
      text: 'It was my call to skip the pilot, and the rollout failed for a third of the stores.\n',
    },
    {
      name: 'a plan someone had is not a duty put on them: "was meant to leave"',
      text: 'The relief nurse was meant to leave at noon, so the evening rota ran short and we postponed four operations.\n',
    },
    {
      name: 'a by-phrase of time or weather owned beside it, and the speaker\'s own "anyway"',
      text: 'The clinic opened an hour late. The courier van was delayed by a week of snow, and I had not ordered early. I was warned the data was incomplete, and I signed the report off anyway.\n',
    },
    {
      name: 'a party that suffered the lateness is a victim, not a cause',
      text: 'About 300 tenants received their refunds two weeks late after the batch failed.\n',
    },
    {
      name: "a guess about someone else's note is not a charge against it",
      text: 'Their handover note might have been unclear. The order shipped to the old address.\n',
    },
    {
      name: 'who bore the cost is not who caused it: "fell on the client, not on me"',
      text: "Three deliveries arrived a day late. The extra fees fell on the client, not on me. I've changed how I plan since.\n",
    },
    {
      name: 'a thin brief from the client, answered by what the speaker failed to do next',
      text: "The brief the client sent was thin. I didn't push back or ask for the missing pages, and the pitch missed what they cared about.\n",
    },
    {
      name: 'a party not doing a harm is no lapse, nor is a question left unasked on purpose',
      text: story(
        "The controller didn't put any blame on me, and the supplier didn't add any fees. My director never asked who was responsible.",
      ),
    },
    {
      name: 'a request nobody made is no lapse, and an asking that happened harms nobody',
      text: story(
        'It would be easy to blame the deadline, but nobody asked me to cut the soak test. The release manager asked me whether the crash figures might be wrong.',
      ),
    },
    {
      name: 'what the speaker left undone though told to is their own lapse, and a party that did as told harms nobody',
      text: story(
        "I didn't recount the float even though I had been told to at every close. The supervisor checked the safe, as she had been asked to.",
      ),
    },
  ],
  invalid: [
    {
      name: 'a storyteller "Now" before a conditional and the past ("Now I would normally have used screws, but the supplier had sent…")',
      text: 'A few summers back I built a deck for a retired couple in Harrogate. Now I would normally have used stainless screws on cedar, but the supplier had sent the wrong boxes that morning, cheap zinc ones, and I had one day left on the job. Within a month black streaks ran from every screw and two boards had split. They wanted the whole deck taken up.\n\nI went back that weekend, took up the stained boards, fitted new ones with stainless screws and paid for it myself. I learned that I put my name to what goes in, not the supplier. Since then I carry my own fixings and nothing goes in that I have not checked.',
      findings: [{ messageId: 'otherParty', at: '1:132-1:169', text: 'the supplier had sent the wrong boxes' }],
    },
    {
      name: 'a storyteller "Now" with no comma, before the act of another party in the past, is no turn to the change ("Now the schedule they sent had…")',
      text: 'So this was my second winter on the gritting rota for the county. The way it works is the route schedule comes to us from the highways office. Now the schedule they sent had the wrong start time on it, five instead of four. And their duty officer never rang to check we had it, he just assumed. So two of the main roads were untreated at the morning rush, and there were three minor crashes on the hill by the school.\n\nI rang the duty officer as soon as the first call came in and we got a second lorry out within the hour. I learned to read every schedule against the forecast myself. Since then I check the times with the office by phone the night before, and it has caught one wrong sheet this year.',
      findings: [
        { messageId: 'otherParty', at: '1:144-1:201', text: 'Now the schedule they sent had the wrong start time on it' },
        { messageId: 'otherParty', at: '1:229-1:267', text: 'their duty officer never rang to check' },
      ],
    },
    {
      name: '"not my choice", said in passing of what the failure rested on',
      text: "I was the site manager on a new primary school. The mechanical and electrical contractor fell three weeks behind on first fix, and we handed over late. The M&E firm was the cheapest price, not my choice, the quantity surveyor picked them. The council paid for two extra weeks of temporary classrooms. I learned to meet every subcontractor before the start. I now walk each trade's first week with them.",
      findings: [{ messageId: 'disowning', at: '1:190-1:203', text: 'not my choice' }],
    },
    {
      name: 'a past of the mis- family the lexicon does not list, done by a party (the ward had mislabelled)',
      text: 'The ward had mislabelled the two tubes, so the results went to the wrong patients. Maybe I could have looked at the request forms twice, I suppose. One patient had her transfusion delayed by a day.',
      findings: [{ messageId: 'otherParty', at: '1:1-1:39', text: 'The ward had mislabelled the two tubes' }],
    },
    {
      name: 'an owning hedged twice over answers no cause told beside it',
      text: 'I coach an under-12 hurling team. The county board moved our entry deadline a week earlier without much notice, and our club secretary, who usually does the entries, was away that month. I maybe should have checked, I guess. The team missed the tournament they had trained for since spring.',
      findings: [
        { messageId: 'otherParty', at: '1:35-1:111', text: 'The county board moved our entry deadline a week earlier without much notice' },
      ],
    },
    {
      name: "another party's act that is an error in itself: a mix-up, a thing sent in place of the right one",
      text: 'The plant sent C25 concrete instead of C35 for the ground floor slab, and their dispatcher mixed up our order with another site. We poured it before the cube results came back, and the slab had to be cut out.',
      findings: [{ messageId: 'otherParty', at: '1:75-1:128', text: 'their dispatcher mixed up our order with another site' }],
    },
    {
      name: 'a party\'s duty left undone in notes joined by "+": "the DIT was new + hadnt labelled the cards"',
      text: '- second camera assistant on a short documentary\n- i wiped a card that still had the morning interview on it\n- the DIT on that job was new + hadnt labelled the cards after offload like we agreed\n- i ran recovery software that night and got most of it back',
      findings: [{ messageId: 'otherParty', at: '3:33-3:86', text: 'hadnt labelled the cards after offload like we agreed' }],
    },
    {
      name: 'a cause that came from "our supplier": an outside party, though called ours',
      text: 'A batch of four hundred jars went out with loose lids. Really, the problem came from our supplier. I recalled the batch the same day and refunded every shop.',
      findings: [{ messageId: 'otherParty', at: '1:64-1:98', text: 'the problem came from our supplier' }],
    },
    {
      name: 'the failure told as what happens whatever anyone does: "that kind of thing will happen"',
      text: 'A batch of four hundred jars went out with loose lids. Honestly, that kind of thing will happen on a fast line. I recalled the batch the same day and refunded every shop.',
      findings: [{ messageId: 'disowning', at: '1:66-1:96', text: 'that kind of thing will happen' }],
    },
    {
      name: 'the speaker\'s part sized down to almost nothing: "very little I could have done"',
      text: 'We missed the supermarket delivery slot by six hours. By the time the trailers reached my bay there was very little I could have done differently. I rang the client and found two spare vans.',
      findings: [{ messageId: 'disowning', at: '1:105-1:134', text: 'very little I could have done' }],
    },
    {
      name: 'the cause placed with another party in so many words: "the root cause sat with dispatch"',
      text: 'We missed the supermarket delivery slot by six hours. The root cause sat with dispatch, who loaded the trailers out of order. I rang the client and found two spare vans.',
      findings: [{ messageId: 'disowning', at: '1:64-1:78', text: 'cause sat with' }],
    },
    {
      name: 'a share owned only with a hedge answers no cause beside it: "part of it was perhaps on me as well"',
      text: 'We sent forty hampers to the wrong addresses before Christmas. The depot was short-staffed that week, and the courier had changed the labels. I suppose part of it was perhaps on me as well, since I printed the list. I rang every customer and paid for a second delivery.',
      findings: [
        { messageId: 'otherParty', at: '1:64-1:101', text: 'The depot was short-staffed that week' },
        { messageId: 'otherParty', at: '1:107-1:141', text: 'the courier had changed the labels' },
      ],
    },
    {
      name: 'the workload told as the cause, with nothing owned in its paragraph: "the ward was very busy"',
      text: 'The ward was very busy that night and there were nine admissions waiting. A patient went to theatre without her allergy band, and she was given a drug she reacts to. I sat with her until the rash settled and filed the incident report before I went home.',
      findings: [{ messageId: 'otherParty', at: '1:1-1:34', text: 'The ward was very busy that night' }],
    },
    {
      name: 'a unit named by a bare noun, leaving a duty undone: "control hadn\'t put the notice up"',
      text: "I drove the old diversion and missed four stops. Control hadn't put the diversion notice on the ticket machine until after I'd pulled out.",
      findings: [
        {
          messageId: 'otherParty',
          at: '1:50-1:138',
          text: "Control hadn't put the diversion notice on the ticket machine until after I'd pulled out",
        },
      ],
    },
    {
      name: 'thanks given in irony for the cause',
      text: 'Our panel told us one thing and did another on the day, thanks for that. The poll was four points out.',
      findings: [{ messageId: 'deflecting', at: '1:57-1:72', text: 'thanks for that' }],
    },
    {
      name: 'the tool judged instead of the use made of it',
      text: 'The booking went on the later vessel because the screen filled in the old sailing. The system is honestly terrible.',
      findings: [{ messageId: 'deflecting', at: '1:84-1:115', text: 'The system is honestly terrible' }],
    },
    {
      name: 'the failure told as what anyone in the trade would have done',
      text: 'We shipped the container on the later vessel. Any forwarder using that screen would have done the same.',
      findings: [{ messageId: 'disowning', at: '1:47-1:103', text: 'Any forwarder using that screen would have done the same' }],
    },
    {
      name: 'the same act told in the passive with the party after "by"',
      text: 'I was the purser on that flight. The meals were loaded by the catering firm into the wrong trolley, so two passengers were served the standard tray.',
      findings: [{ messageId: 'otherParty', at: '1:34-1:99', text: 'The meals were loaded by the catering firm into the wrong trolley' }],
    },
    {
      name: 'a party\'s act aimed at the wrong place: "loaded the meals into the wrong trolley"',
      text: 'I was the purser on that flight. The catering firm loaded the meals into the wrong trolley, so two passengers were served the standard tray.',
      findings: [{ messageId: 'otherParty', at: '1:34-1:91', text: 'The catering firm loaded the meals into the wrong trolley' }],
    },
    {
      name: "an outcome another party's act would have averted hands them the failure, whatever the speaker owns beside it",
      text: "I was hosting two escape rooms at once that night because the manager had put me on my own, and if she'd rostered properly it wouldn't have happened. In the second room I didn't check the camera feed for twenty minutes, and a group of eight sat locked in with a broken prop.\n",
      findings: [{ messageId: 'otherParty', at: '1:100-1:149', text: "she'd rostered properly it wouldn't have happened" }],
    },
    {
      name: 'a service "not set up to succeed" and a date "always going to slip" put the failure on the set-up',
      text: "The planning report went to committee six weeks late. Honestly, the service just wasn't set up to succeed that spring, so that date was always going to slip.\n",
      findings: [
        { messageId: 'disowning', at: '1:82-1:106', text: "wasn't set up to succeed" },
        { messageId: 'disowning', at: '1:137-1:157', text: 'always going to slip' },
      ],
    },
    {
      name: 'circumstances turned against the speaker, and no one at all could have done it',
      text: 'We agreed to lay the patio by the end of the month, and it was finished nine days late. There was no way anybody was finishing a patio in that rain, so the timing just went against us.\n',
      findings: [
        { messageId: 'disowning', at: '1:99-1:117', text: 'no way anybody was' },
        { messageId: 'disowning', at: '1:157-1:184', text: 'timing just went against us' },
      ],
    },
    {
      name: '"I\'m not making excuses" names no excuse: the shrug still disowns',
      text: "I noticed he was eating less but didn't report it. There's only so much one person can do in a thirty-minute visit, and I'm not making excuses. He was admitted to hospital dehydrated.\n",
      findings: [{ messageId: 'disowning', at: '1:60-1:72', text: 'only so much' }],
    },
    {
      name: "a party acting over the speaker's word, with nothing owned, is the cause put on them",
      text: 'I was producing the phone-in that morning. The presenter put the caller through even though I had given him the signal to drop the line, and the caller named a local builder on air. The station had to broadcast an apology for a week.\n',
      findings: [{ messageId: 'otherParty', at: '1:44-1:80', text: 'The presenter put the caller through' }],
    },
    {
      name: 'a storyteller\'s "Now," is no turn to the present: the party\'s lateness told after it is still the cause',
      text: 'Now, my crew is the one the big venues book when it matters. So I planned for three hundred covers. The fish supplier delivered the order two hours late, so we could not plate the mains in time. Since then I keep a reserve order with a second supplier.\n',
      findings: [{ messageId: 'otherParty', at: '1:101-1:153', text: 'The fish supplier delivered the order two hours late' }],
    },
    {
      name: 'the failure handed to whoever gave the order: "I was only following what…", "I just did what I was told"',
      text: "The payroll run went out with last year's rates. I was only following what the finance lead said. I just did what I was told by the system owner.\n",
      findings: [
        { messageId: 'disowning', at: '1:50-1:70', text: 'I was only following' },
        { messageId: 'disowning', at: '1:99-1:125', text: 'I just did what I was told' },
      ],
    },
    {
      name: 'the cause handed to a party doing something ("came down to the agency sending us…"), and a cleft on causing ("what really caused it was…")',
      text: 'The care home ran short on the night shift and two residents missed their medication. It mostly came down to the agency sending us new starters who had never used the hoist. What really caused it was the rota manager going quiet for a week.\n',
      findings: [
        {
          messageId: 'otherParty',
          at: '1:87-1:173',
          text: 'It mostly came down to the agency sending us new starters who had never used the hoist',
        },
        { messageId: 'otherParty', at: '1:175-1:240', text: 'What really caused it was the rota manager going quiet for a week' },
      ],
    },
    {
      name: '"the main reason was" another party\'s act, with the speaker only on the receiving end ("for us")',
      text: 'I ran the late shift at a courier depot when forty parcels missed the van. The main reason was the depot manager changed the rota with no notice for us, so the loading bay was short.\n',
      findings: [
        { messageId: 'otherParty', at: '1:76-1:152', text: 'The main reason was the depot manager changed the rota with no notice for us' },
      ],
    },
    {
      name: 'a party that put the thing out before it was ready, with nothing owned',
      text: 'Head office pushed the rota tool out before it was ready, and two stores opened with nobody on the tills.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:57', text: 'Head office pushed the rota tool out before it was ready' }],
    },
    {
      name: 'a department named by a proper noun ("IT") that released an update before it had been tested',
      text: 'Forty people were paid late because head office IT released the payroll update before it had been tested.\n',
      findings: [
        { messageId: 'otherParty', at: '1:37-1:105', text: 'head office IT released the payroll update before it had been tested' },
      ],
    },
    {
      name: 'a party handing over a thing described as out of date, with nothing owned',
      text: 'The print shop sent us proofs that had the old logo on them, and nine thousand flyers went out like that.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:60', text: 'The print shop sent us proofs that had the old logo on them' }],
    },
    {
      name: 'a thing\'s failing told as the cause, "so" the speaker\'s helplessness, with nothing owned',
      text: "The courier's van broke down, so we couldn't get the samples to the lab by Friday. The trial start slipped a fortnight.\n",
      findings: [
        {
          messageId: 'otherParty',
          at: '1:1-1:82',
          text: "The courier's van broke down, so we couldn't get the samples to the lab by Friday",
        },
      ],
    },
    {
      name: 'a document that left out a step, told as why the step was never done',
      text: 'The onboarding form had no box for dietary needs, so the allergy was never recorded. A guest was served nuts at the dinner.\n',
      findings: [
        {
          messageId: 'otherParty',
          at: '1:1-1:84',
          text: 'The onboarding form had no box for dietary needs, so the allergy was never recorded',
        },
      ],
    },
    {
      name: 'helplessness told of the situation, whatever act it rules out: "there was no way to keep up"',
      text: 'The queue doubled in a week. There was honestly no way to keep up with it.\n',
      findings: [{ messageId: 'disowning', at: '1:30-1:58', text: 'There was honestly no way to' }],
    },
    {
      name: 'the failure told as what any holder of the job would have met: "any new starter would have struggled"',
      text: 'The stock count was out by four hundred units. Any new starter would have struggled with that rota.\n',
      findings: [{ messageId: 'disowning', at: '1:48-1:84', text: 'Any new starter would have struggled' }],
    },
    {
      name: 'what nobody commands, in the general "you", as the speaker\'s shrug',
      text: "The roof went on a week late and the plaster was ruined. You can't stop the rain, can you.\n",
      findings: [{ messageId: 'disowning', at: '1:58-1:72', text: "You can't stop" }],
    },
    {
      name: 'fate told as set against the speaker: "everything went against us"',
      text: 'The opening night was a mess. Everything went against us that week.\n',
      findings: [{ messageId: 'disowning', at: '1:31-1:57', text: 'Everything went against us' }],
    },
    {
      name: 'the failure told as the nature of things, with an adverb of degree: "almost bound to happen"',
      text: 'We shipped the wrong batch code and the pallets sat in customs for a week. With that many orders, these things are almost bound to happen now and then.\n',
      findings: [{ messageId: 'disowning', at: '1:99-1:138', text: 'these things are almost bound to happen' }],
    },
    {
      name: "another party breaking the speaker's ground, given as the reason for the speaker's own shortcut",
      text: 'I sent the campaign out unchecked because the agency had broken the tracking links again. About 9,000 clicks went unrecorded.\n',
      findings: [{ messageId: 'otherParty', at: '1:43-1:89', text: 'the agency had broken the tracking links again' }],
    },
    {
      name: 'a system down because another team broke it, with nothing owned',
      text: 'The test server was down because another team had broken it, so the figures went straight into the live ledger. Finance spent a day unpicking them.\n',
      findings: [{ messageId: 'otherParty', at: '1:34-1:60', text: 'another team had broken it' }],
    },
    {
      name: 'a party\'s act given as the ground of the speaker\'s wrong belief ("so I assumed")',
      text: 'The client had approved the mock-ups in March, so I assumed the copy was final. The brochure went to print with the old prices.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:46', text: 'The client had approved the mock-ups in March' }],
    },
    {
      name: '"anyone would have struggled" is not answered by a different failure owned next',
      text: "I loaded the bags onto the wrong flight. Anyone would have struggled in those conditions. I didn't ask for a reprint of the tags.\n",
      findings: [{ messageId: 'disowning', at: '1:42-1:69', text: 'Anyone would have struggled' }],
    },
    {
      name: 'an opener of a defence reaches over the clause it opens',
      text: 'I wired the kitchen circuit wrong. To be fair, the drawings from the architect were unclear about the sockets. The client lost a week.\n',
      findings: [
        { messageId: 'deflecting', at: '1:36-1:110', text: 'To be fair, the drawings from the architect were unclear about the sockets' },
      ],
    },
    {
      name: '"in my defence" opens a defence',
      text: 'I wired the kitchen circuit wrong. In my defence, the architect changed the drawings twice that week. The client lost a week.\n',
      findings: [{ messageId: 'deflecting', at: '1:36-1:101', text: 'In my defence, the architect changed the drawings twice that week' }],
    },
    {
      name: 'a next sentence that blames another party too does not answer the defence before it',
      text: 'I fitted the valve under the bath. To be fair, the batch from the merchant was faulty. And the builder boarded the floor over before I had a chance to test it, so I never got to see it under pressure.\n',
      findings: [
        { messageId: 'deflecting', at: '1:36-1:86', text: 'To be fair, the batch from the merchant was faulty' },
        { messageId: 'otherParty', at: '1:92-1:159', text: 'the builder boarded the floor over before I had a chance to test it' },
      ],
    },
    {
      name: 'a team named bare ("Procurement") that kept adding is a party',
      text: 'The launch slipped by a month. Procurement kept adding suppliers to the shortlist, and the slot went.\n',
      findings: [{ messageId: 'otherParty', at: '1:32-1:82', text: 'Procurement kept adding suppliers to the shortlist' }],
    },
    {
      name: 'a party that kept contradicting the instructions, told in a relative clause',
      text: 'The sale fell through. Her partner, who was also on the lease, kept contradicting her instructions.\n',
      findings: [{ messageId: 'otherParty', at: '1:64-1:99', text: 'kept contradicting her instructions' }],
    },
    {
      name: "a fault laid on a party's own failing stands beside an owning",
      text: 'The contractor was running late through their own poor planning. I signed off the schedule without a buffer.\n',
      findings: [{ messageId: 'deflecting', at: '1:33-1:64', text: 'through their own poor planning' }],
    },
    {
      name: 'a constraint laid on the speaker from outside',
      text: 'The budget was largely set for us, so the pilot ran out of money in June.\n',
      findings: [{ messageId: 'deflecting', at: '1:12-1:34', text: 'was largely set for us' }],
    },
    {
      name: "a party's act told in the past, with a routine word in it, is still the story",
      text: 'I committed to a six-month timeline. It took ten months. Product kept adding requirements throughout, and their support was slow whenever we hit a quota.\n',
      // Their support's pace is a fault of theirs, told as a second cause.
      findings: [
        { messageId: 'otherParty', at: '1:58-1:101', text: 'Product kept adding requirements throughout' },
        { messageId: 'otherParty', at: '1:107-1:153', text: 'their support was slow whenever we hit a quota' },
      ],
    },
    {
      name: "a negated duty in an if-only clause with a fault is still the party's lapse",
      text: "If the supplier hadn't sent us the wrong drawings, we would have finished on time.\n",
      findings: [{ messageId: 'otherParty', at: '1:4-1:50', text: "the supplier hadn't sent us the wrong drawings" }],
    },
    {
      name: 'a disowning that names the speaker counts inside a "which" clause',
      text: 'We used the vendor library, which was completely out of my control.\n',
      findings: [{ messageId: 'disowning', at: '1:50-1:67', text: 'out of my control' }],
    },
    {
      name: '"signed anyway" after the speaker warned overrules',
      text: 'I warned the director about the risk, but he signed anyway.\n',
      findings: [{ messageId: 'otherParty', at: '1:43-1:59', text: 'he signed anyway' }],
    },
    {
      name: 'a fault in a thing a party handed over, the party named after "by"',
      text: 'We missed the target by a mile. The deadline given by the regional office was very unrealistic.\n',
      findings: [{ messageId: 'otherParty', at: '1:33-1:95', text: 'The deadline given by the regional office was very unrealistic' }],
    },
    {
      name: 'a fault in a thing a party chose',
      text: 'The shower leaked into the kitchen. The tray the customer picked off the internet was rubbish.\n',
      findings: [{ messageId: 'otherParty', at: '1:37-1:94', text: 'The tray the customer picked off the internet was rubbish' }],
    },
    {
      name: "a party that turned down the speaker's request",
      text: 'Our audit gap went unnoticed for a year. The board had turned down my request for an internal audit function the year before.\n',
      findings: [
        {
          messageId: 'otherParty',
          at: '1:42-1:125',
          text: 'The board had turned down my request for an internal audit function the year before',
        },
      ],
    },
    {
      name: '"not really in my control": the failure disowned, whatever adverb it carries',
      text: 'The till jammed on the Friday, and the branch had not fixed it, so the shortfall was not really in my control.\n',
      findings: [{ messageId: 'disowning', at: '1:82-1:110', text: 'was not really in my control' }],
    },
    {
      name: '"anyone would have struggled": the failure told as what anyone would have done',
      text: 'The floor was patched in a rush. Anyone would have struggled in those conditions.\n',
      findings: [{ messageId: 'disowning', at: '1:34-1:61', text: 'Anyone would have struggled' }],
    },
    {
      name: 'a document that left out what the speaker needed puts the gap on whoever wrote it',
      text: "The depot sent the wrong pallets. The ticket didn't even say which bay to load.\n",
      findings: [{ messageId: 'otherParty', at: '1:35-1:79', text: "The ticket didn't even say which bay to load" }],
    },
    {
      name: "a party's act that took away the speaker's turn",
      text: "The client's builder boarded the floor over before I'd had a chance to test the joints. The ceiling came down a week later.\n",
      findings: [
        {
          messageId: 'otherParty',
          at: '1:1-1:87',
          text: "The client's builder boarded the floor over before I'd had a chance to test the joints",
        },
      ],
    },
    {
      name: 'a practice told since and an opinion denied own no cause: the lapse outweighs the one failure owned',
      text: "The reviewer approved my change in two minutes without running it. I missed the format change. Now I write the test first, and I don't deploy after two. I don't reckon the team trusted my code again.\n",
      findings: [{ messageId: 'otherParty', at: '1:1-1:66', text: 'The reviewer approved my change in two minutes without running it' }],
    },
    {
      name: "the story's topic named and the speaker's fix owe nothing of the cause: a party's lapse still outweighs them",
      text: 'My failure was the spring timetable change at our depot.\n\nThe planning office kept moving the driver briefings that month.\n\nOn the first morning I made the call to hold six buses back and phoned every school on the changed routes myself.\n',
      findings: [{ messageId: 'otherParty', at: '3:1-3:53', text: 'The planning office kept moving the driver briefings' }],
    },
    {
      name: 'an opinion denied ("I didn\'t think it was a big deal") owns nothing beside the cause put on a party',
      text: "I didn't think it was a big deal at the time. The real problem was the shift manager, who never counted the stock.\n",
      findings: [{ messageId: 'otherParty', at: '1:47-1:85', text: 'The real problem was the shift manager' }],
    },
    {
      name: "a party's lapse in any verb, where the concession after it says the act was theirs to do",
      text: 'The security guards did not lock the side gate even though they had been told to after the last break-in. Two bikes went missing.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:47', text: 'The security guards did not lock the side gate' }],
    },
    {
      name: 'a share of the failure handed to a party by a copula: "a good part of it was the removals crew"',
      text: 'We packed the wrong van for the Harrow job, and honestly, a good part of it was the removals crew. Half the boxes arrived a day late.\n',
      findings: [{ messageId: 'otherParty', at: '1:59-1:98', text: 'a good part of it was the removals crew' }],
    },
    {
      name: "a party's lapse told as a fact, with nothing owned, is still put on them",
      text: 'The electrician never signed off the new circuit. The fuse board tripped twice during the Saturday party.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:49', text: 'The electrician never signed off the new circuit' }],
    },
    {
      name: "a party's demand made the reason for the speaker's act, with nothing owned",
      text: 'Our sales director wanted the forecast out before the board met, so I sent it without the reconciliation. Two regional budgets came out £40k short.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:64', text: 'Our sales director wanted the forecast out before the board met' }],
    },
    {
      name: "the speaker's own foresight denied, with nothing owned beside it",
      text: 'The order went out short and the shop lost a day of sales. Honestly there was no way for me to know the count was off.\n',
      findings: [{ messageId: 'disowning', at: '1:79-1:100', text: 'no way for me to know' }],
    },
    {
      name: 'the failure put on another party, then "not me" after the comma',
      text: "The permit ran out before the audit. With forty sites on my list, that's on the agency, not me.\n",
      findings: [{ messageId: 'disowning', at: '1:67-1:95', text: "that's on the agency, not me" }],
    },
    {
      name: 'a party that missed its milestones and was slow to reply is made the cause, with nothing owned',
      text: 'Our booking app launched three weeks late. The agency missed two milestones in a row. Their account manager was slow to answer our questions.\n',
      findings: [
        { messageId: 'otherParty', at: '1:44-1:85', text: 'The agency missed two milestones in a row' },
        { messageId: 'otherParty', at: '1:87-1:141', text: 'Their account manager was slow to answer our questions' },
      ],
    },
    {
      name: "a shortfall told as following from another party's state, and from a cut nobody is named for, with nothing owned",
      text: 'Our new depot opened two months late. The procurement office was still renegotiating the lease, so fitting out the site fell well behind. The drivers were not given their route training, as the training budget had been frozen that spring.\n',
      findings: [
        {
          messageId: 'otherParty',
          at: '1:39-1:137',
          text: 'The procurement office was still renegotiating the lease, so fitting out the site fell well behind',
        },
        {
          messageId: 'otherParty',
          at: '1:139-1:238',
          text: 'The drivers were not given their route training, as the training budget had been frozen that spring',
        },
      ],
    },
    {
      name: 'a handover that left out what mattered: "she didn\'t say", with nothing owned',
      text: "The boiler failed on the Saturday. The day engineer said the pressure had been dropping, but he didn't say the relief valve was already leaking.\n",
      findings: [{ messageId: 'otherParty', at: '1:94-1:144', text: "he didn't say the relief valve was already leaking" }],
    },
    {
      name: "the real problem named as a person of the speaker's side is still another party",
      text: 'Our quarterly mailing went out a week late. The real problem was my manager, who held the proofs for a fortnight.\n',
      findings: [{ messageId: 'otherParty', at: '1:45-1:76', text: 'The real problem was my manager' }],
    },
    {
      name: 'the cause named as the one behind the failure, with nothing of the speaker in it',
      text: 'Our quarterly mailing went out a week late. The real problem, to be fair, was that the print shop had lost the artwork.\n',
      findings: [
        { messageId: 'otherParty', at: '1:45-1:119', text: 'The real problem, to be fair, was that the print shop had lost the artwork' },
      ],
    },
    {
      name: 'a storyteller\'s "Now," is no turn to the change',
      text: 'I ran the venue booking for the conference. Now, the caterer cancelled our order two days before without telling anyone, so we had no lunch for 300 people.\n',
      findings: [
        { messageId: 'otherParty', at: '1:50-1:120', text: 'the caterer cancelled our order two days before without telling anyone' },
      ],
    },
    {
      name: 'what the failure hung on, told even after the change, still looks back at it',
      text: 'I ran the data migration over the weekend. Since then I rehearse every migration on a copy first. But if the vendor had documented the limit, none of it would have happened.\n',
      findings: [{ messageId: 'otherParty', at: '1:106-1:141', text: 'the vendor had documented the limit' }],
    },
    {
      name: 'a party named by what it is, whatever its ending: "the surgeon"',
      text: 'I booked the theatre list for the Tuesday. The surgeon moved my list to Friday without telling the ward, so two patients were fasted for nothing.\n',
      findings: [{ messageId: 'otherParty', at: '1:44-1:104', text: 'The surgeon moved my list to Friday without telling the ward' }],
    },
    {
      name: 'a party with a duty laid on it, told by a relative clause',
      text: 'I ran the survey for the new depot. The surveyor who was supposed to check the levels had left early, so the slab was poured two inches low.\n',
      findings: [{ messageId: 'otherParty', at: '1:37-1:101', text: 'The surveyor who was supposed to check the levels had left early' }],
    },
    {
      name: '"nobody" heading a subject with a phrase of whose side',
      text: 'I took over the account in March. Nobody on the sales side introduced me to the buyer, so the renewal lapsed.\n',
      findings: [{ messageId: 'otherParty', at: '1:35-1:86', text: 'Nobody on the sales side introduced me to the buyer' }],
    },
    {
      name: 'a party that handled the work badly',
      text: 'We lost the contract in June. Honestly, the agency handled that handover badly.\n',
      findings: [{ messageId: 'otherParty', at: '1:41-1:79', text: 'the agency handled that handover badly' }],
    },
    {
      name: "the failure denied as being on the speaker's side",
      text: 'We filed the accounts a week late and paid the penalty. The delay was not from my side.\n',
      findings: [{ messageId: 'disowning', at: '1:61-1:87', text: 'delay was not from my side' }],
    },
    {
      name: "a lapse that landed on the speaker, told after a small omission of the speaker's, is still put on others",
      text: 'I prepared the quarterly board pack for our housing charity. I did not reread the summary page. The finance team had sent me the wrong numbers and never told me they had changed them. The board approved a budget on figures that were out by forty thousand pounds.\n',
      findings: [
        { messageId: 'otherParty', at: '1:97-1:143', text: 'The finance team had sent me the wrong numbers' },
        { messageId: 'otherParty', at: '1:148-1:183', text: 'never told me they had changed them' },
      ],
    },
    {
      name: 'an outright disclaimer, as an error',
      text: answer({ result: 'It was not my fault, to be honest. The fixed version reached everyone within 36 hours.' }),
      findings: [{ messageId: 'disowning', at: '7:1-7:20', text: 'It was not my fault', severity: 'error' }],
    },
    {
      name: 'the fault shared out, so that the speaker owns only a part of it',
      text: answer({ result: "Looking back, it wasn't all my fault. The fixed version reached everyone within 36 hours." }),
      findings: [{ messageId: 'disowning', at: '7:18-7:37', text: "wasn't all my fault" }],
    },
    {
      name: "the blame said not to be the speaker's alone",
      text: answer({ result: "The blame wasn't only mine, to be fair. The fixed version reached everyone within 36 hours." }),
      findings: [{ messageId: 'disowning', at: '7:1-7:27', text: "The blame wasn't only mine" }],
    },
    {
      name: 'the speaker disowning the failure after "in the end"',
      text: answer({ result: 'In the end it was not my fault, and the client accepted the delay.' }),
      findings: [{ messageId: 'disowning', at: '7:12-7:31', text: 'it was not my fault' }],
    },
    {
      name: 'a question another party never put, with its subject found by the grammar',
      text: story('The intake nurse never asked the patient about allergies.'),
      findings: [{ messageId: 'otherParty', at: '3:1-3:57', text: 'The intake nurse never asked the patient about allergies' }],
    },
    {
      name: 'a record another party never made, in the second half of its sentence',
      text: story('The assistant manager took the booking and never entered it in the diary.'),
      findings: [{ messageId: 'otherParty', at: '3:44-3:73', text: 'never entered it in the diary' }],
    },
    {
      name: 'the failure put on a manager',
      text: story('My manager never told me the older phones were still supported.'),
      findings: [{ messageId: 'deflecting', at: '3:4-3:22', text: 'manager never told' }],
    },
    {
      name: 'the failure put on a QA team',
      text: story('The QA team failed to test the older phones.'),
      findings: [{ messageId: 'deflecting', at: '3:8-3:27', text: 'team failed to test' }],
    },
    {
      name: 'the failure put on a product owner',
      text: story('The product owner kept changing the scope until the last day.'),
      findings: [{ messageId: 'deflecting', at: '3:13-3:32', text: 'owner kept changing' }],
    },
    {
      name: 'the outcome hung on a colleague in a counterfactual',
      text: story('If the developers had warned me, none of this would have happened.'),
      findings: [{ messageId: 'deflecting', at: '3:1-3:29', text: 'If the developers had warned' }],
    },
    {
      name: 'blame on circumstances',
      text: answer({
        failure:
          'The timeline was unrealistic and it was bad luck that Android 11 broke. The update crashed on launch for 6,000 customers.',
      }),
      findings: [
        { messageId: 'deflecting', at: '3:5-3:29', text: 'timeline was unrealistic' },
        { messageId: 'deflecting', at: '3:41-3:49', text: 'bad luck' },
      ],
    },
    {
      name: 'a party the word lists never name, found by the grammar',
      text: 'The DBAs never told me the table had 80 million rows, and the import ran for two days.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:53', text: 'The DBAs never told me the table had 80 million rows' }],
    },
    {
      name: 'a party that handed over nothing: the negation is in the object',
      text: 'Our group report lost a third of its marks. The co-author sent nothing until two days before the deadline.\n',
      findings: [{ messageId: 'otherParty', at: '1:45-1:106', text: 'The co-author sent nothing until two days before the deadline' }],
    },
    {
      name: 'a party refusing something of ours',
      text: 'The release slipped a month. The director refused our request for two more testers.\n',
      findings: [{ messageId: 'otherParty', at: '1:30-1:83', text: 'The director refused our request for two more testers' }],
    },
    {
      name: 'a party refusing to act',
      text: 'The flat flooded twice. The contractor refused to fix the leak.\n',
      findings: [{ messageId: 'otherParty', at: '1:25-1:63', text: 'The contractor refused to fix the leak' }],
    },
    {
      name: 'a denial in the clause before is no denial of the cause: "could not meet the unrealistic deadline"',
      text: 'We could not meet the unrealistic deadline the client set, and the launch slipped.\n',
      findings: [{ messageId: 'deflecting', at: '1:23-1:43', text: 'unrealistic deadline' }],
    },
    {
      name: 'a team that missed the flaw',
      text: 'The QA team missed the bug and it shipped to 4,000 users.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:27', text: 'The QA team missed the bug' }],
    },
    {
      name: 'others undoing the work, told as the whole cause',
      text: "Our loyalty app launched three weeks late. The marketing director cut the testing budget in half in March, and the agency's producer moved the design handover twice. We missed the spring campaign entirely.\n",
      findings: [
        { messageId: 'otherParty', at: '1:44-1:106', text: 'The marketing director cut the testing budget in half in March' },
        { messageId: 'otherParty', at: '1:112-1:165', text: "the agency's producer moved the design handover twice" },
      ],
    },
    {
      name: 'lowercase notes: a department that never sent something',
      text: 'missed the grant deadline by a day. finance never sent me the signed budget. submitted late, lost the funding round\n',
      findings: [{ messageId: 'otherParty', at: '1:37-1:76', text: 'finance never sent me the signed budget' }],
    },
    {
      name: 'a lesson told as a condition or a time owns nothing: the failure stays on the party who withheld',
      text: "The crane sat idle for a morning. The lifting plan was never passed to me by the day supervisor. Since then I raise it before the shift starts, not after something has gone wrong, and I call the site lead if I can't confirm the plan.\n",
      findings: [{ messageId: 'otherParty', at: '1:35-1:96', text: 'The lifting plan was never passed to me by the day supervisor' }],
    },
    {
      name: "'nobody caught it' after an act the speaker does not call a wrong choice",
      text: 'The steel frame would not sit on the pads and the job lost four days. I set out the pads from the old fence line, and nobody caught it until the steel arrived.\n',
      findings: [{ messageId: 'otherParty', at: '1:119-1:159', text: 'nobody caught it until the steel arrived' }],
    },
    {
      name: 'a lapse by a department the grammar names as a party: "never bothered to"',
      text: 'The wrong prices went out to forty shops. The print room never bothered to swap the old price list for the new one.\n',
      findings: [
        { messageId: 'otherParty', at: '1:43-1:115', text: 'The print room never bothered to swap the old price list for the new one' },
      ],
    },
    {
      name: 'a lapse of "nobody" with a place after it, in notes',
      text: 'the promo ran three days too long and cost about £2,100 in discount. nobody at head office had checked the labels before they went out to stores.\n',
      findings: [
        { messageId: 'otherParty', at: '1:70-1:145', text: 'nobody at head office had checked the labels before they went out to stores' },
      ],
    },
    {
      name: '"I was never briefed" as the cause, with nothing owned beside it',
      text: 'I was never briefed on the new bypass valve, so when the pressure spiked I opened the wrong one and the hall flooded.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:44', text: 'I was never briefed on the new bypass valve' }],
    },
    {
      name: "a choice told with 'instead of' does not answer a named party's lapse",
      text: 'The client missed the change and the launch slipped a week. I phoned the client instead of emailing, but the account manager never passed my message on.\n',
      findings: [{ messageId: 'otherParty', at: '1:106-1:152', text: 'the account manager never passed my message on' }],
    },
    {
      name: 'a denial told as a condition ("even if I didn\'t…") owns nothing beside the lapse',
      text: "The kiosks were down for a day. Even if I didn't write the driver, the vendor never tested it on our hardware.\n",
      findings: [{ messageId: 'otherParty', at: '1:68-1:110', text: 'the vendor never tested it on our hardware' }],
    },
    {
      name: "work never passed to the speaker's side, told in an agentless passive",
      text: 'The audit failed on the first day. The revised safety sheet was never shared with us.\n',
      findings: [{ messageId: 'otherParty', at: '1:36-1:85', text: 'The revised safety sheet was never shared with us' }],
    },
    {
      name: 'what another party should have done',
      text: 'The night audit showed the till was £400 short. The duty manager should have counted the float before handover, so the shortfall landed on my shift.\n',
      findings: [{ messageId: 'otherParty', at: '1:49-1:111', text: 'The duty manager should have counted the float before handover' }],
    },
    {
      name: 'the outcome hung on a party no list names',
      text: "The café closed for two weeks in November. If our landlord's contractor had fixed the boiler in October, none of that would have happened.\n",
      findings: [{ messageId: 'otherParty', at: '1:47-1:104', text: "our landlord's contractor had fixed the boiler in October" }],
    },
    {
      name: 'a passive whose by-phrase names the party that left a duty undone',
      text: 'The stock count ran two days late. The handover sheet was never passed on to me by the shift supervisor.\n',
      findings: [
        { messageId: 'otherParty', at: '1:36-1:104', text: 'The handover sheet was never passed on to me by the shift supervisor' },
      ],
    },
    {
      name: 'a cut the by-phrase puts on a named role',
      text: 'Our pilot went live with the old pricing. The training budget had been slashed in March by the finance director.\n',
      findings: [
        { messageId: 'otherParty', at: '1:43-1:112', text: 'The training budget had been slashed in March by the finance director' },
      ],
    },
    {
      name: "another party's act against the advice given",
      text: 'The quarterly report went out with a wrong total. The regional manager signed it off anyway.\n',
      findings: [{ messageId: 'otherParty', at: '1:51-1:92', text: 'The regional manager signed it off anyway' }],
    },
    {
      name: 'the wrong thing handed over',
      text: 'The architect gave us the wrong ceiling heights, so the ducting was cut twenty centimetres short and had to be refitted. It cost us nine days.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:48', text: 'The architect gave us the wrong ceiling heights' }],
    },
    {
      name: 'the failure told as fated',
      text: 'Honestly, the whole rollout was set up to fail from day one. Nobody could have predicted how the warehouse would react.\n',
      findings: [
        { messageId: 'disowning', at: '1:33-1:47', text: 'set up to fail' },
        { messageId: 'disowning', at: '1:62-1:89', text: 'Nobody could have predicted' },
      ],
    },
    {
      name: 'one finding for "in fairness to me", not one per list',
      text: 'We lost the tender by two points. In fairness to me, the brief arrived a week after the others got theirs.\n',
      findings: [{ messageId: 'disowning', at: '1:35-1:52', text: 'In fairness to me' }],
    },
    {
      name: 'a defence opened with "in fairness"',
      text: 'The conference stand arrived without half the banners. In fairness, the print shop had our final artwork only two days before.\n',
      findings: [
        { messageId: 'deflecting', at: '1:56-1:126', text: 'In fairness, the print shop had our final artwork only two days before' },
      ],
    },
    {
      name: "polite blame: a fault in another party's thing",
      text: 'Our pilot went live a month late. Their data export was incomplete, so half the dashboards showed blanks on day one.\n',
      findings: [{ messageId: 'otherParty', at: '1:35-1:67', text: 'Their data export was incomplete' }],
    },
    {
      name: 'lowercase notes: a list handed over out of date',
      text: 'clinic rota went out wrong for two weeks. the staffing list we were handed by the agency was out of date, nurses turned up for shifts that no longer existed\n',
      findings: [{ messageId: 'otherParty', at: '1:43-1:105', text: 'the staffing list we were handed by the agency was out of date' }],
    },
    {
      name: 'figures received from another office, told as the cause',
      text: 'The launch slipped by five weeks. The figures we received from the regional office were far too optimistic, and we ordered stock for demand that never came.\n',
      findings: [
        { messageId: 'otherParty', at: '1:35-1:107', text: 'The figures we received from the regional office were far too optimistic' },
      ],
    },
    {
      name: 'figures a manager handed over, told as the cause',
      text: 'We rebuilt the quarterly pack twice. The figures my manager gave me were out of date, so every chart was a month behind.\n',
      findings: [{ messageId: 'otherParty', at: '1:38-1:85', text: 'The figures my manager gave me were out of date' }],
    },
    {
      name: 'a cause verb that hands the delay to a party',
      text: 'The office move overran by a fortnight. That delay came from the removal firm, who double-booked our van.\n',
      findings: [{ messageId: 'otherParty', at: '1:41-1:78', text: 'That delay came from the removal firm' }],
    },
    {
      name: 'the decision the failure followed handed to a person: "he was the one who decided"',
      text: 'We opened the terrace in the storm and two guests slipped on the wet decking. The duty manager was the one who decided to open it.\n',
      findings: [{ messageId: 'otherParty', at: '1:79-1:130', text: 'The duty manager was the one who decided to open it' }],
    },
    {
      name: 'the whole failure handed over by a copula: "it was all the vendor"',
      text: 'The kiosk rollout slipped by a month. It was all the vendor.\n',
      findings: [{ messageId: 'otherParty', at: '1:39-1:60', text: 'It was all the vendor' }],
    },
    {
      name: 'the same with an adverb before the word of wholeness: "it was really all the vendor"',
      text: 'The kiosk rollout slipped by a month. It was really all the vendor.\n',
      findings: [{ messageId: 'otherParty', at: '1:39-1:67', text: 'It was really all the vendor' }],
    },
    {
      name: 'the whole failure handed over: "that was squarely on the agency"',
      text: 'Our spring campaign missed its launch week. Honestly, that was squarely on the agency.\n',
      findings: [{ messageId: 'otherParty', at: '1:55-1:86', text: 'that was squarely on the agency' }],
    },
    {
      name: 'lowercase: a delivery later than someone promised',
      text: 'the parts arrived later than promised and the line sat idle for three days\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:38', text: 'the parts arrived later than promised' }],
    },
    {
      name: 'another party named as the real cause',
      text: 'We missed the quarter. Honestly, the procurement desk was the real bottleneck; every order sat with them for a week.\n',
      findings: [{ messageId: 'otherParty', at: '1:34-1:78', text: 'the procurement desk was the real bottleneck' }],
    },
    {
      name: 'a document of another party that never said what mattered',
      text: "The first release crashed for a third of our users. The vendor's SDK notes never mentioned the memory cap.\n",
      findings: [{ messageId: 'otherParty', at: '1:53-1:106', text: "The vendor's SDK notes never mentioned the memory cap" }],
    },
    {
      name: 'another party\'s fault as the cause of what followed: "their late changes meant…"',
      text: 'Their late changes meant we had two days to rebuild the deck, and the pitch went out half-finished.\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:61', text: 'Their late changes meant we had two days to rebuild the deck' }],
    },
    {
      name: 'lowercase: circumstances handed over as the frame of the failure',
      text: 'given the timeline we were handed, the migration slipped into the new year\n',
      findings: [{ messageId: 'otherParty', at: '1:1-1:34', text: 'given the timeline we were handed' }],
    },
    {
      name: 'distance from a decision: "it was a team call"',
      text: 'The rollout failed on day one. Honestly it was a team call to skip the pilot.\n',
      findings: [{ messageId: 'disowning', at: '1:41-1:59', text: 'it was a team call' }],
    },
    {
      name: 'lowercase notes: the duty put on another party',
      text: 'two freezers failed over the weekend. the night crew were meant to check the seals on every round\n',
      findings: [{ messageId: 'otherParty', at: '1:39-1:98', text: 'the night crew were meant to check the seals on every round' }],
    },
    {
      name: 'an expectation another party set',
      text: 'The survey took twice as long as the agency had led us to expect, and the board was furious.\n',
      findings: [{ messageId: 'deflecting', at: '1:38-1:65', text: 'agency had led us to expect' }],
    },
    {
      name: 'a person named as the cause, without "real": "the landlord was the problem"',
      text: 'The shop opened six weeks late. The landlord was the problem from day one.\n',
      findings: [{ messageId: 'otherParty', at: '1:33-1:74', text: 'The landlord was the problem from day one' }],
    },
    {
      name: 'a party losing a thing in its keeping: "his agent lost the paperwork"',
      text: 'The opening slipped by a month. His agent lost the paperwork for the signage consent.\n',
      findings: [{ messageId: 'otherParty', at: '1:33-1:85', text: 'His agent lost the paperwork for the signage consent' }],
    },
    {
      name: 'helplessness asked as a question: "how was I meant to know?"',
      text: 'The invoices went out three weeks late. The last clerk left no notes, so how was I meant to know?\n',
      findings: [{ messageId: 'disowning', at: '1:74-1:97', text: 'how was I meant to know' }],
    },
    {
      name: 'nothing anyone could have done, however it is spelt: "nothing anyone could of done"',
      text: 'The storm flattened half the crop in a night. There was nothing anyone could of done about that.\n',
      findings: [{ messageId: 'disowning', at: '1:57-1:85', text: 'nothing anyone could of done' }],
    },
    {
      name: 'the failure told as bound to befall whoever held the job',
      text: 'The wrong sample went through to the ward. It was going to happen to somebody eventually.\n',
      findings: [{ messageId: 'disowning', at: '1:47-1:78', text: 'was going to happen to somebody' }],
    },
    {
      name: 'the speaker\'s part weighed down against another cause: "than anything I did"',
      text: 'He dropped out of the squad in March. That was more about his new job than anything I did.\n',
      findings: [{ messageId: 'disowning', at: '1:71-1:90', text: 'than anything I did' }],
    },
  ],
});
