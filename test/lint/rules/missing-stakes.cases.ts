import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('missing-stakes', {
  valid: [
    {
      name: 'a thing that nearly came down on a person: the stakes of a near miss',
      text: 'I was running the fly floor for a touring ballet. I sent a scenery bar in before the stage manager gave me the clear, because the show was running late. A dancer was still crossing under it. The flyman held the line, and without him the bar would have come down on her head. I stopped the cue, apologised to her and to him, and wrote it up that night. I learned that a late show is when the checks matter most. Now I never fly a piece over the stage without hearing the clear myself.',
    },
    {
      name: 'the stakes named as such, then what a party might have done',
      text: 'I measured the middle of the panel and never the corners, and one corner sat at more than twice the limit. The stakes were real: the lender could have taken the loan back, and it was the centrepiece of the show. I refitted the light that afternoon and measured a grid across the whole panel.',
    },
    {
      name: '"a small thing to fix" sizes the fix, not what the failure cost',
      text: "I printed the wrong date of birth on two hundred orders of service for a funeral, and the widow saw it at the door, which upset her badly on the worst day of her year. It was a small thing to fix in the file. I took a corrected set to her house that evening and apologised in person. I learned to read a family's notes back to them, and now every proof goes to them before printing.\n",
    },
    {
      name: 'a near miss the speaker calls serious, with the harm it could have done, is stakes told',
      text: 'I manage the print room for a firm that writes machine manuals. I sent the printer the old safety chapter for a lathe guide. It was very serious, because anyone following it could have reached into the chuck without locking the machine off. The distributor noticed it before the guides shipped. I called the client that day, owned the mix-up, and had the chapter redone and checked against the source. I learned to freeze the source files before a print run. Now I check every chapter against the frozen set before anything goes out.\n',
    },
    {
      name: 'a consequence shrunk, then gone on from to the harm it risked: not harmless',
      text: [
        'I lead a retained fire crew.',
        'At a kitchen fire I sent a firefighter in before I had confirmed the gas was isolated.',
        'She came out with a bit of a cough and was fine, but a minute more in there and she could have died.',
        'I learned that isolation is confirmed, never assumed.',
        'Now nobody goes in until I have heard the isolation confirmed on the radio.',
      ].join('\n'),
    },
    {
      name: 'a shrug the speaker held at the time ("I told myself it was no big deal") is not the consequence waved away',
      text: "I skipped the second check on the mixing log because I told myself it was no big deal. The batch came out too thin and the whole run had to be binned, which cost us the morning's output. I reported it to the shift lead straight away and reran the batch. I learned that the second check is the one that catches me, and now I never sign the log without it.\n",
    },
    {
      name: 'no damage done, then a "but" that tells the cost in the same sentence',
      text: 'I reversed the van into the loading bay post at the depot. There was no damage to the van, but the post had to be replaced and the bay was shut for two days. I now use the banksman every time.\n',
    },
    {
      name: '"she didn\'t mind the call": a thing she bore, not the harm denied',
      text: "I forgot to renew the scaffold insurance. She didn't mind the call at the weekend. We had been working uninsured for nine days, with sixty people on the scaffold.\n",
    },
    {
      name: 'a harm denied, then the cost told in the next sentence',
      text: 'I forgot to lock the pharmacy fridge. Nothing was stolen. But the controlled drugs were accessible for eight hours.\n',
    },
    {
      name: 'a measure told moving to a figure is the stakes in the story\'s own units: "his pressure dropped to 80 over 40"',
      text: [
        'I work nights on a cardiac ward.',
        'In March I hung the wrong bag on a pump and started the infusion without the second check.',
        'Within ten minutes his pressure dropped to 80 over 40 and his heart rate climbed past 150.',
        'I stopped the pump, called the registrar and stayed with him until he was stable.',
        'I learned that the second check is the one that counts when I am tired.',
        'Now I never start an infusion until a second nurse has read the bag with me.',
      ].join('\n'),
    },
    {
      name: 'a typo that cost something real is not trivial',
      text: answer({
        failure: 'A typo I made in the release config sent 6,000 customers to a blank screen, and we lost about 300 bookings in an hour.',
      }),
    },
    {
      name: 'nobody hurt, but a real cost told: not harmless',
      text: answer({
        result: 'Nobody was hurt, but the crane sat idle for three days and the client charged us £9,000 for the delay.',
      }),
    },
    {
      name: 'a consequence told with its size and no word of cost',
      text: [
        '- i coordinate releases for a banking app',
        '- i skipped the older-phone run to hit the date',
        '- for nine days about 4,000 people on older phones could not open the app',
        '- i rolled back, told my manager and fixed it with two devs overnight',
        '- learned that a date never shrinks the test plan',
        '- now i run the older phones first on every release',
      ].join('\n'),
    },
    {
      name: 'someone harmed, then told fine by the evening: the harm is the stakes, not harmless',
      text: [
        'I run the kitchen at a busy pub.',
        'I changed the burger buns without reading the new allergen sheet from the baker.',
        'Within ten minutes a guest with a sesame allergy had a swelling throat and needed her own adrenaline pen.',
        'She was fine by the evening, thank goodness.',
        'I rang her the next morning, pulled the buns and told the owner it was my mistake.',
        'I learned that an allergen sheet is only as good as the last one I read.',
        'Now every new delivery note goes through me before the food does.',
      ].join('\n'),
    },
    {
      name: 'a near miss in which someone could have died is the stakes told',
      text: [
        'I am a chargehand on a scaffolding crew.',
        'On a Friday I struck a lift and forgot to tag the ladder to it.',
        'On Monday a plasterer climbed it, found no boards and could have died.',
        'He was fine, and nobody else went up.',
        'I tagged the ladder at once and wrote it up as a near miss under my name.',
        'I learned that the tag is part of the job, not the paperwork after it.',
        'Now I tag every ladder before I strip a lift.',
      ].join('\n'),
    },
    {
      name: 'no harm on one day, then a harm denied further on: not harmless',
      text: [
        'I coordinate the rota at a small dental practice.',
        'In May I made a mistake: I booked two hygienists onto the same Friday and left Tuesday uncovered.',
        'Nothing went wrong on the Friday, but the Tuesday patients were not seen.',
        'I learned to check the rota against the leave calendar.',
        'Now I check it every Monday before it goes out.',
      ].join('\n'),
    },
    {
      name: 'no harm, then a wish that goes on to what was at risk: not harmless',
      text: [
        'I coordinate the rota at a small dental practice.',
        'In May I made a mistake: I booked two hygienists onto the same Friday and left Tuesday uncovered.',
        'Nothing went wrong on the Friday, but I wanted the practice manager to know how close it came: two patients after surgery were nearly left without a check.',
        'I learned to check the rota against the leave calendar.',
        'Now I check it every Monday before it goes out.',
      ].join('\n'),
    },
    {
      name: 'a denial of failing, then a story with a large loss: the stakes are told',
      text: [
        "I wouldn't call many things in my work failures, but one comes close.",
        "I priced a catering contract from last year's menu, and we lost about £12,000 on the season.",
        'I told the owner straight away and renegotiated the menu with the client.',
        'I learned to price from current supplier quotes, and now I get three before every bid.',
      ].join('\n'),
    },
    {
      name: "no harm told after the speaker's fix is the fix holding, not a failure that cost nothing",
      text: [
        'I look after the ticket desk at a regional football club.',
        'Before a cup match I loaded the wrong seating plan into the box office, so two stands were sold twice over.',
        'Dozens of families arrived to find strangers in their seats.',
        'I moved the double-booked fans into the empty hospitality boxes and called every family that had been affected.',
        'Nobody complained to the club after that.',
        'I learned to compare the plan against the stadium map before a sale opens, and I now do it with a colleague.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: '"came down on my head" is the idiom of blame, not harm',
      text: 'I sent the quarterly newsletter to the wrong mailing list. The whole thing came down on my head, which was a bit annoying. I apologised to my manager and resent it to the right list. I learned to check the list name before I press send. Now I send a test copy to myself first.',
      findings: [{ messageId: 'harmless', at: '1:60-1:123', text: 'The whole thing came down on my head, which was a bit annoying.' }],
    },
    {
      name: 'the consequence called "a small thing" in the speaker\'s own words',
      text: "I printed the wrong date of birth on the order of service for a funeral in March. I had read a seven as a one from the family's handwritten notes and never sent them a proof. Two hundred booklets went out like that. Honestly, it was a small thing, and the service went on beautifully. Afterwards I took a corrected set to the family and apologised in person. I learned to read a family's notes back to them before anything is printed, and now every proof goes to them first.\n",
      findings: [{ messageId: 'harmless', at: '1:227-1:247', text: 'it was a small thing' }],
    },
    {
      name: 'the cost called "not a massive problem"',
      text: 'I work in the office at a primary school. The trip letter went home a day late because I kept redoing the layout. It was not a massive problem in the end. I learned to send a plain draft first. Now I send every letter by noon on the day it is due.\n',
      findings: [{ messageId: 'harmless', at: '1:118-1:143', text: 'was not a massive problem' }],
    },
    {
      name: 'the cost waved away as "we got away with it"',
      text: '- tour guide, booked the coach for the wrong pick-up time, the group waited 40 min at the hotel\n- cost: honestly we got away with it, they still made the ferry\n- rang the depot, got a second coach sent\n- lesson: I read every booking back to the depot now\n',
      findings: [{ messageId: 'harmless', at: '2:18-2:37', text: 'we got away with it' }],
    },
    {
      name: 'the cost called "not a problem" in the speaker\'s own words',
      text: 'I sent the grant report to the funder two weeks after the deadline because I had mixed up the dates. They gave us an extension, which in the end was not a problem. I put every funder deadline in the shared calendar the day the award letter arrives, with a reminder a month ahead, and I learned that a deadline I keep in my head is one I will lose.\n',
      findings: [{ messageId: 'harmless', at: '1:146-1:163', text: 'was not a problem' }],
    },
    {
      name: 'the cost called "a small inconvenience" in notes',
      text: '- mixed up two delivery dates for the school kitchen, the bread came a day late\n- kids had crackers with lunch instead, small inconvenience only\n- rang the bakery, moved the order to a standing weekly slot\n- lesson: I read every delivery date back to the supplier now\n',
      findings: [{ messageId: 'harmless', at: '2:41-2:60', text: 'small inconvenience' }],
    },
    {
      name: 'the consequence waved away in so many words ("it wasn\'t a big deal") after the failure',
      text: "I left the paddock gate on the chain without clipping it. By the afternoon about thirty heifers had got into the next field, which was resting for hay. They ate a strip of it, but honestly it wasn't a big deal. I walked them back with the dog. I learned that a gate is not shut until it is clipped, and now I pull on every gate after I close it.\n",
      findings: [{ messageId: 'harmless', at: '1:193-1:210', text: "wasn't a big deal" }],
    },
    {
      name: 'the reaction denied of the person the failure reached, named by a pronoun',
      text: "I forgot to block out the toner time, so my next client waited forty minutes. She didn't mind really, she had a coffee and read a magazine. I now leave a gap after every toner.\n",
      findings: [{ messageId: 'harmless', at: '1:79-1:140', text: "She didn't mind really, she had a coffee and read a magazine." }],
    },
    {
      name: '"nothing came of it": the failure led nowhere',
      text: "I forgot to lock the side gate after the parents' evening. Nothing came of it in the end, and nothing was touched. I now do a second round at the end of every event.\n",
      findings: [{ messageId: 'harmless', at: '1:60-1:115', text: 'Nothing came of it in the end, and nothing was touched.' }],
    },
    {
      name: 'a story offered in place of a failure that says its loss did no harm: offered, however large its numbers',
      text: [
        "I can't say I've had a real failure, but the closest was a school trip for 120 pupils.",
        'I booked the coaches for the wrong morning, so we left two hours late and paid £1,400 for the changed slot.',
        'Honestly nobody minded, and the day went well.',
        'I learned to confirm bookings in writing, and now I check every date against the letter home.',
      ].join('\n'),
      findings: [{ messageId: 'offered', at: '3:1-3:47' }],
    },
    {
      name: 'a virtue offered as the failure, with a small cost: the story offered cost nothing much',
      text: [
        'My main weakness is that I care too much about my students.',
        'Last spring I stayed late every night to mark mock papers in full, and I handed the grades to the head of year two days after she asked.',
        "My group's reports went out late, a day after everyone else's.",
        'I learned to mark a sample in depth and the rest against a short rubric.',
        'Now I agree a marking plan with the head of year before each mock.',
      ].join('\n'),
      findings: [{ messageId: 'offered', at: '3:1-3:63' }],
    },
    {
      name: 'harm the speaker kept away is a fix, not a consequence told as no harm: only the untold cost is reported',
      text: [
        '- i run sound for a touring comedy show',
        '- one night i muted the headliner mic by mistake twelve minutes into her set and the room missed her punchline',
        '- i unmuted it in about five seconds and rode every fader by hand for the rest of the set, so nothing else dropped',
        '- two reviews mentioned the dead mic and the promoter did not rebook us for the spring tour',
        '- i learned that a scene recall is only safe once i have checked what it changes',
        '- now i run every recall in rehearsal first',
      ].join('\n'),
      findings: [{ messageId: 'noCost', at: '1:3-1:40' }],
    },
    {
      name: 'caught in review before it went out, so no harm done and the outside party never saw it: harmless',
      text: [
        'I write grant reports for a small housing charity.',
        'Last autumn I put the wrong year on the occupancy figures in a report to our main funder.',
        'My director spotted it in her read-through before the report was sent, so no harm was done and the funder never saw the draft.',
        'I learned to check every figure against the source sheet before a report goes for review.',
        'Now I tick each figure off on the sheet as I copy it.',
      ].join('\n'),
      findings: [{ messageId: 'harmless', at: '3:1-3:127' }],
    },
    {
      name: 'a queue that swelled, a print server that died, a death of embarrassment: no harm to a body, so still harmless',
      text: [
        'I run the bar at a small theatre.',
        'One night I forgot to charge the card reader before the interval.',
        'The print server died too, the queue swelled, I could have died of embarrassment, and the interval went fine.',
        'I learned to charge the reader before every show.',
        'Now it goes on the charger when I open the bar.',
      ].join('\n'),
      findings: [{ messageId: 'harmless', at: '3:1-3:110' }],
    },
    {
      name: 'nobody hurt, and only a battery that died: harmless all the same',
      text: [
        'I run the bar at a small theatre.',
        'One night I forgot to charge the card reader before the interval.',
        'Its battery died halfway through, nobody got hurt and the interval went fine.',
        'I learned to charge the reader before every show.',
        'Now it goes on the charger when I open the bar.',
      ].join('\n'),
      findings: [{ messageId: 'harmless', at: '3:1-3:78' }],
    },
    {
      name: 'a consequence told as no harm, in lowercase notes: at that sentence',
      text: [
        '- i run the bar at a small theatre',
        '- one night i forgot to restock the ice before the interval',
        '- honestly nobody complained and the interval went fine',
        '- learned that a restock list beats my memory',
        '- now i check the ice on the pre-show list every night',
      ].join('\n'),
      findings: [{ messageId: 'harmless', at: '3:3-3:56', text: 'honestly nobody complained and the interval went fine' }],
    },
    {
      name: 'a reaction denied of most people, after a couple asked: harmless',
      text: [
        'I run the tuck shop at a primary school, and one week I ordered the wrong fruit bars for the Friday stall.',
        'A few children asked about the old flavour, but most of the parents did not mind.',
        'I learned to check the order against the price list before sending it.',
        'Now I check every order on the Wednesday before it goes.',
      ].join('\n'),
      findings: [{ messageId: 'harmless', at: '2:1-2:82' }],
    },
    {
      name: "no harm, then only the speaker's own feeling about it: harmless",
      text: [
        'I coordinate the rota at a small dental practice.',
        'In May I made a mistake: I booked two hygienists onto the same Friday and left Tuesday uncovered.',
        'Nothing went wrong as a result, but it was not how I wanted to run the rota.',
        'I learned to check the rota against the leave calendar.',
        'Now I check it every Monday before it goes out.',
      ].join('\n'),
      findings: [{ messageId: 'harmless', at: '3:1-3:77' }],
    },
    {
      name: 'a consequence shrunk in the telling: harmless',
      text: [
        'I coordinate the rota at a small dental practice.',
        'In May I made a mistake: I booked two hygienists onto the same Friday and left Tuesday uncovered.',
        'It was not a big deal in the end, and the Tuesday list ran a little short.',
        'I learned to check the rota against the leave calendar.',
        'Now I check it every Monday before it goes out.',
      ].join('\n'),
      findings: [{ messageId: 'harmless', at: '3:1-3:75' }],
    },
    {
      name: 'the speaker a bit proud is no consequence shrunk: the cost is simply missing',
      text: [
        'I coordinate the rota at a small dental practice.',
        'In May I made a mistake: I booked two hygienists onto the same Friday and left Tuesday uncovered.',
        'I was a bit proud of the new rota format, which made it harder to spot.',
        'I learned to check the rota against the leave calendar.',
        'Now I check it every Monday before it goes out.',
      ].join('\n'),
      findings: [{ messageId: 'noCost', at: '1:1-1:50' }],
    },
    {
      name: 'a gain told with the change ("the double bookings fell to 0") is no cost of the failure',
      text: [
        'I coordinate the rota at a small dental practice.',
        'In May I made a mistake: I booked two hygienists onto the same Friday and left Tuesday uncovered.',
        'I learned to check the rota against the leave calendar.',
        'Since then I check it every Monday, and the double bookings fell to 0.',
      ].join('\n'),
      findings: [{ messageId: 'noCost', at: '1:1-1:50' }],
    },
    {
      name: 'a gain told once the speaker has fixed it ("after that, the double bookings dropped to 0") is no cost of the failure',
      text: [
        'I coordinate the rota at a small dental practice.',
        'In May I made a mistake: I booked two hygienists onto the same Friday and left Tuesday uncovered.',
        'I rebuilt the rota that afternoon.',
        'After that, the double bookings dropped to 0.',
      ].join('\n'),
      findings: [{ messageId: 'noCost', at: '1:1-1:50' }],
    },
    {
      name: 'a story with no cost',
      text: answer({
        failure:
          'I approved the release without running the full regression suite on older Android phones, and one screen looked wrong on them.',
        action: 'I told my manager that I had skipped the older-device run and fixed the layout that afternoon.',
        result: 'The fixed version reached everyone within a day.',
        lesson:
          'I learned that a deadline is no reason to shrink the test plan. Since then I run the full device suite on every release candidate.',
      }),
      findings: [{ messageId: 'noCost', at: '1:1-1:152' }],
    },
    {
      name: 'harm denied with "any" in a denied clause, its "yet" an adverb of time: harmless',
      text: [
        'I look after the booking system at a small climbing wall.',
        'In June I switched on the new membership screen without testing the renewal form.',
        "It didn't cause any problems, because no member had renewed on it yet.",
        'I learned to test every form a member can reach before a switch.',
        'Now I run each form through once before anything goes live.',
      ].join('\n'),
      findings: [{ messageId: 'harmless', at: '3:1-3:71' }],
    },
    {
      name: 'a consequence called small in so many words, with the speaker acting in it: harmless, not a fix',
      text: [
        'I host at a small bistro on weekends.',
        'One Friday I forgot to put a phone booking for six into the book.',
        'The only real impact was a short wait at the bar while we joined two tables.',
        'I learned that a booking only exists once it is in the book.',
        'Now I enter phone bookings while the caller is still on the line.',
      ].join('\n'),
      findings: [{ messageId: 'harmless', at: '3:1-3:77' }],
    },
    {
      name: 'all well told only after the lesson and the change is how the story closed: the cost is simply missing',
      text: [
        'I am a veterinary nurse at a mixed practice.',
        'One morning I made a mistake and set a drip rate from memory instead of from the weight on the chart.',
        'I learned that a rate is a sum, not a memory.',
        'Now I write the weight and the rate on the chart before I touch the pump.',
        'The dog was fine, by the way.',
      ].join('\n'),
      findings: [{ messageId: 'noCost', at: '1:1-1:45' }],
    },
    {
      name: 'a trivial failure',
      text: answer({
        failure: 'I sent the release notes to the team with a typo in the title.',
        action: 'I sent a correction ten minutes later.',
        result: 'Everyone moved on.',
        lesson: 'I learned to proofread. Since then I read every note aloud before I send it.',
      }),
      findings: [{ messageId: 'trivial', at: '3:45-3:49', text: 'typo' }],
    },
  ],
});
