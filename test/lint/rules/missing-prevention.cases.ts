import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('missing-prevention', {
  valid: [
    {
      name: 'the usual way told with "today", before the lesson, is the change',
      text: 'I ran quality checks on a support team of twelve and sampled only two tickets per agent a month, so a wrong refund script went unnoticed for six weeks and cost about three thousand pounds. I rebuilt the script and called the affected customers myself. Today we normally review ten tickets per agent every Friday. I learned that a sample too small to catch anything is worse than none.',
    },
    {
      name: 'a usual way told after the lesson is the practice now',
      text: "I run the stockroom for a garden centre. In March I ordered compost off last year's figures and we ran out over Easter, losing about two hundred sales. I rang three suppliers and had a pallet in by Tuesday. I learned that last year's numbers are a guess, not a plan. These days I normally pull the till data before every order.",
    },
    {
      name: 'a practice told with a second verb of its own after the lesson',
      text: "I run the stockroom for a garden centre. In March I ordered compost off last year's figures and we ran out over Easter, losing about two hundred sales. I rang three suppliers and had a pallet in by Tuesday. I learned that last year's numbers are a guess, not a plan. Now I order from the till data and check every order with the buyer.",
    },
    {
      name: 'a promise to oneself beside a practice held now ("I tell myself to slow down, and I scan at the door")',
      text: answer({
        lesson:
          'What I learned is that a delivery is not done until it is scanned. I still tell myself to slow down at the last drop, but the habit that holds is simpler: I scan every parcel at the door before I let go of it, and I have not missed one since March.',
      }),
    },
    {
      name: "the employer's change told beside the speaker's own habit",
      text: "I loaded a passenger's wheelchair last and left it on the stand when the doors closed, so she waited a day for it at the other end. I told my team leader it was my load. I learned that a mobility aid is the passenger's legs, not baggage. The airline then brought in a red priority tag, and I now load every mobility aid first and tick it off on my sheet before door close.",
    },
    {
      name: 'a rule kept now told as never the act without its check: "I never sign a cert now without the result sheet"',
      text: 'I signed the load certificate without running the contamination test, and the buyer rejected twenty tonnes. I rang their quality manager before they rang us and arranged the return myself. The lesson was that a certificate is a promise, and I had signed one I had not checked. I never sign a cert now without the result sheet stapled to it.\n',
    },
    {
      name: 'a rule told after "now" by what is not done until a condition holds ("Now nothing\'s signed off till…")',
      text: answer({
        lesson:
          "What I learned is that a date in an email is not a date in the diary. Now nothing's signed off till it's in the shared diary.",
      }),
    },
    {
      name: 'the lesson shown to hold since, "without" a repeat',
      text: answer({
        lesson: "What I learned is that a date in an email is not a date in the diary. We've run about sixty shoots since without a clash.",
      }),
    },
    {
      name: 'a rule held now, opened on "now", is a practice whatever its modal',
      text: answer({
        lesson:
          "The lesson was that the plan on paper is not the room on the day. Now I won't sign a venue contract until I have walked the room myself.",
      }),
    },
    {
      name: 'a way of working set up after the lesson, told as past acts with no word of change',
      text: answer({
        lesson:
          'The lesson was that a setup that copes with ten orders can quietly fail at a hundred. I moved every order onto one shared form with a status column, and I stopped taking orders by text message.',
      }),
    },
    {
      name: 'a routine after "now" whose subject is a thing',
      text: answer({
        lesson:
          'What it taught me is that I cannot plan from the numbers I remember. Now every booking has a prep sheet made from the signed final count two days out.',
      }),
    },
    {
      name: 'the lesson shown to hold since',
      text: answer({
        lesson:
          'What I learned is that a reminder only I can see is a single point of failure. We have had zero missed renewals in the two years since.',
      }),
    },
    {
      name: 'a change told as a habit with a routine in it',
      text: answer({
        lesson: 'What I learned is that deadlines do not shrink test plans. I book the device lab before every release candidate is cut.',
      }),
    },
    {
      name: "the lesson's practice told as still held, in the lesson's own sentence",
      text: answer({
        lesson: 'What I learned is to run the full device suite before a release candidate is cut, and I still do that on every release.',
      }),
    },
    {
      name: 'a change of practice made after the lesson',
      text: answer({
        lesson:
          'What I learned is that deadlines do not shrink test plans. I wrote a release checklist that puts the older-device run first.',
      }),
    },
    {
      name: 'a practice held now, told in the present with no word of change: a thing that now carries it, a habit',
      text: answer({
        lesson:
          'I learned that a green test run says nothing about phones we never tested. My release notes now carry a line for the oldest supported phone, and I keep five old phones on my desk and run each build on them.',
      }),
    },
    {
      name: 'a practice told hedged is hedging, not an intention',
      text: answer({
        lesson:
          "I learned that a green test run says nothing about phones we never tested. These days I try to run every build on the three oldest phones we support, and I'd like to add a tablet.",
      }),
    },
    {
      name: "a note's line that opens on a bare verb, with a routine, is the writer's practice",
      text: [
        '- i run the cellar at a pub',
        '- i trusted the keg scale for a whole quarter and our stock figures were off by about 400 pounds',
        '- i recounted every line by hand and told the owner the same week',
        '- lesson: a scale is only as good as its last calibration',
        '- calibrate the scale against a full and an empty keg at the start of every stock take',
      ].join('\n'),
    },
    {
      name: 'a way of working kept since, told in the perfect',
      text: answer({
        lesson:
          'What I learned is that a forecast nobody can check is a guess. In the two years since, I have built every quarterly forecast from the signed orders first.',
      }),
    },
    {
      name: 'a practice told in the passive past, as a routine, is a change',
      text: answer({
        lesson:
          'What I learned is that a deadline is never a reason to shrink the test plan. From then on, every release candidate was run on the full device suite three days before the date.',
      }),
    },
  ],
  invalid: [
    {
      name: 'the state now of another person is no change the speaker made',
      text: "I coached a junior swimmer for four years. I pushed her into a distance she hated, and she left the sport at fifteen. I apologised to her and her parents and offered to coach her sprint work for free. I understand now that a child's enjoyment comes first. She is nineteen now, I see her sometimes at the pool, she waves.",
      findings: [{ messageId: 'noChange', at: '1:202-1:256', text: "I understand now that a child's enjoyment comes first." }],
    },
    {
      name: 'the usual way of the speaker, told before the lesson, is the habit that lapsed, not a change',
      text: "I run the stockroom for a garden centre. Normally I always check the till data before an order, but that week I didn't. I ordered compost off last year's figures and we ran out over Easter, losing about two hundred sales. I rang three suppliers and had a pallet in by Tuesday. I learned that last year's numbers are a guess, not a plan.",
      findings: [{ messageId: 'noChange', at: '1:278-1:337', text: "I learned that last year's numbers are a guess, not a plan." }],
    },
    {
      name: 'a spoken promise broken up by a filler: "I would probably just, like, try to" is still a promise',
      text: "I run the stockroom for a garden centre. In March I ordered compost off last year's figures and we ran out over Easter, losing about two hundred sales. I rang three suppliers and had a pallet in by Tuesday. I learned that last year's numbers are a guess, not a plan. So next time I'd probably just, like, try to be more organised with it.",
      findings: [
        { messageId: 'intention', at: '1:268-1:339', text: "So next time I'd probably just, like, try to be more organised with it." },
      ],
    },
    {
      name: 'a promise whose second verb goes on under the same "will", with no subject of its own',
      text: "I run the stockroom for a garden centre. In March I ordered compost off last year's figures and we ran out over Easter, losing about two hundred sales. I rang three suppliers and had a pallet in by Tuesday. I learned that last year's numbers are a guess, not a plan. Going forward I will try to plan my orders better and communicate more.",
      findings: [
        { messageId: 'intention', at: '1:268-1:339', text: 'Going forward I will try to plan my orders better and communicate more.' },
      ],
    },
    {
      name: 'a promise made to oneself, however often ("every time I tell myself I will remember"), is an intention and no practice',
      text: answer({
        lesson:
          'It happened again twice that spring. What I learned is that a delivery is not done until it is scanned. Every time I tell myself I will remember the scan this time.',
      }),
      findings: [{ messageId: 'intention', at: '9:105-9:165', text: 'Every time I tell myself I will remember the scan this time.' }],
    },
    {
      name: "after the lesson, the only change told is the employer's",
      text: "I loaded a passenger's wheelchair last and left it on the stand when the doors closed, so she waited a day for it at the other end. I found it ten minutes after pushback and told my team leader it was my load. I learned that a mobility aid is the passenger's legs, not baggage. The airline then introduced a red priority tag for wheelchairs, which the station manager designed.",
      findings: [
        {
          messageId: 'othersChange',
          at: '1:279-1:378',
          text: 'The airline then introduced a red priority tag for wheelchairs, which the station manager designed.',
        },
      ],
    },
    {
      name: "the only change told is the organisation's, not the speaker's",
      text: "I was a care assistant on days at a nursing home. I gave a resident her tea at the old thickness because I hadn't read the new care plan, and she choked and needed a GP visit. I told the nurse in charge straight away and sat with her while they did her obs. What I took from it is that a handover sheet can be a day behind the plan. The home brought in a new fluid chart after that, which the deputy manager designed.",
      findings: [
        {
          messageId: 'othersChange',
          at: '1:334-1:418',
          text: 'The home brought in a new fluid chart after that, which the deputy manager designed.',
        },
      ],
    },
    {
      name: 'a feeling held ever since is no change of practice',
      text: [
        'I run the kitchen rota at a care home.',
        'Last winter I forgot to book cover for the Sunday cook, and forty residents got a cold lunch.',
        'I rang round that morning, and a day-shift carer and I served soup and sandwiches by one.',
        'I learned that a rota is only finished when every gap has a name in it.',
        'Ever since, I have always felt that the cold lunch was on me.',
      ].join('\n'),
      findings: [{ messageId: 'noChange', at: '4:1-4:72' }],
    },
    {
      name: 'an opinion in the present beside a past fix is no practice ("I believe", with "before" elsewhere)',
      text: [
        'I run the kitchen rota at a care home.',
        'Last winter I forgot to book cover for the Sunday cook, and forty residents got a cold lunch.',
        'I told the manager, I believe within the hour, and served soup with a carer before one.',
        'I learned that a rota is only finished when every gap has a name in it.',
      ].join('\n'),
      findings: [{ messageId: 'noChange', at: '4:1-4:72' }],
    },
    {
      name: 'the story moving on after the lesson is no way of working set up',
      text: answer({
        lesson: 'What I learnt is that a deadline is never a reason to shrink the test plan. After that I moved on to the next contract.',
      }),
      findings: [{ messageId: 'noChange', at: '9:1-9:76' }],
    },
    {
      name: 'held "sometimes" is no practice, even beside the lesson',
      text: answer({
        lesson: 'What I learned is to run the full device suite before a release candidate is cut, and I still do that sometimes.',
      }),
      findings: [{ messageId: 'noChange', at: '9:1-9:113' }],
    },
    {
      name: 'a lesson with no change in behaviour and no proof it stuck, at the lesson',
      text: answer({ lesson: 'What I learnt is that a deadline is never a reason to shrink the test plan.' }),
      findings: [
        { messageId: 'noChange', at: '9:1-9:76', text: 'What I learnt is that a deadline is never a reason to shrink the test plan.' },
      ],
    },
    {
      name: 'a vague promise closing the answer: the finding points where the practice should be',
      text: answer({
        lesson:
          "What I learned is that a deadline is never a reason to shrink the test plan. On future releases, test coverage is going to be a real focus for me. It's an area I'd like to tighten up.",
      }),
      findings: [
        { messageId: 'noChange', at: '9:78-9:147', text: 'On future releases, test coverage is going to be a real focus for me.' },
      ],
    },
    {
      name: 'an outcome told before the lesson is no change: the promise after it is still only a promise',
      text: answer({
        lesson:
          'The rating climbed back over the following two months. What I learned is that a deadline is never a reason to shrink the test plan. Going forward, it is something I will keep in mind whenever a release gets tight.',
      }),
      findings: [{ messageId: 'intention', at: '9:133-9:214' }],
    },
    {
      name: 'a state of mind grown, in place of a practice',
      text: answer({
        lesson:
          'What I learned is that a deadline is never a reason to shrink the test plan. It made me much more aware of how I weigh dates against risk.',
      }),
      findings: [{ messageId: 'noChange', at: '9:78-9:139' }],
    },
    {
      name: 'what happened next is no promise: the finding stays at the lesson',
      text: answer({
        lesson: 'What I learned is that a deadline is never a reason to shrink the test plan. The next release went out on time.',
      }),
      findings: [{ messageId: 'noChange', at: '9:1-9:77' }],
    },
    {
      name: 'a lesson told in the present is not a practice',
      text: answer({ lesson: 'I learned that you always have to test on the phones your customers actually own.' }),
      findings: [{ messageId: 'noChange', at: '9:1-9:82' }],
    },
    {
      name: 'what the speaker needs to do, after a condition, is an intention, not a practice held',
      text: answer({
        lesson:
          'What I learned is that I trusted the green run too much. When a suite shows as passed, it has not always run on every phone, and I need to check the device list before I sign off.',
      }),
      findings: [
        {
          messageId: 'intention',
          at: '9:58-9:180',
          text: 'When a suite shows as passed, it has not always run on every phone, and I need to check the device list before I sign off.',
        },
      ],
    },
    {
      name: 'the only change told is an intention, at its sentence',
      text: answer({
        lesson:
          "I learned that a green test run says nothing about phones we never tested. Going forward I'd like to test on older phones, and I'm going to be stricter about the plan.",
      }),
      findings: [
        {
          messageId: 'intention',
          at: '9:76-9:168',
          text: "Going forward I'd like to test on older phones, and I'm going to be stricter about the plan.",
        },
      ],
    },
    {
      name: '"later than I should have" and "I have always been" are no change',
      text: answer({ lesson: 'I learned that I started the tests two days later than I should have. I have always been careful, though.' }),
      findings: [{ messageId: 'noChange', at: '9:1-9:70' }],
    },
  ],
});
