import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

export default defineCases('never-failed', {
  valid: [
    {
      name: 'a failure placed, "the lesson was mine": no other name for the story',
      text: 'This was not a failure of the tooling; the lesson was mine.',
    },
    {
      name: 'a failure placed rather than denied, and a thing (not the story) said not to have failed',
      text: "It wasn't a failure of the kiln; it was mine, and putting it right was a challenge. The glaze batch wasn't a failure, more of a challenge to sell.",
    },
    {
      name: "a recasting as luck reported of others, or wished for and turned against, is not the speaker's",
      text: 'The move went badly and we lost the Hartley contract. Some of the crew said it was a blessing in disguise, and I do not see it that way. I would love to say it was the best thing that could have happened to me, but it was not.\n',
    },
    {
      name: 'something else called the best thing that happened to the speaker',
      text: 'Meeting my mentor that spring was the best thing that happened to me that year, and she was the one who showed me how to cost a menu.\n',
    },
    {
      name: 'a failing after "who" belongs to the people it describes, and "What I didn\'t do" owns an omission',
      text: answer({
        failure: "What I didn't do was screen for the applicants who had failed or given up halfway.",
      }),
    },
    {
      name: 'a failure faced by the team, owned, is no denial',
      text: 'We faced a major failure in the cooling system, and I had not checked the alarm.\n',
    },
    { name: 'two words that own a failure are no denial, however little else they say', text: 'I failed.\n' },
    // Read from the grammar, in our own words and several voices.
    {
      name: 'failure as a subject that is no claim about the speaker',
      text: "Failure wasn't an option that night, so I called the on-call lead at two in the morning.\n",
    },
    {
      name: 'failure as an option not planned for, and a moment found while debugging, are no claims about the record',
      text: "Failure wasn't an option I had considered, so we had no fallback. I couldn't point to the time when the upload failed, so I rolled back.\n",
    },
    {
      name: '"never failed to" is a habit, not a record',
      text: 'I never failed to send the weekly summary, but in March I got the totals in it wrong and nobody noticed for a month.\n',
    },
    {
      name: 'a failure of a disk, noticed late, is not a denial',
      text: "I didn't spot the disk failure until the backups had stopped for a week, because I had muted the alert.\n",
    },
    {
      name: 'a comparison with other failures owns this one',
      text: "I can't think of a failure that taught me more than this one: I promised the client a date I had never checked with the team.\n",
    },
    {
      name: '"we never shipped it" denies a launch, not a failure',
      text: 'We never shipped the redesign; I pulled it after the pilot, which was my failure to scope it.\n',
    },
    {
      name: 'what has held since is no clean record',
      text: 'Since then, nothing we have shipped has failed its checks.\n',
    },
    {
      name: 'what the speaker could not think of is named, and it is a way out, not a failure',
      text: "The script had wiped the staging table and I couldn't think of a way to rebuild it, so I rang the database lead at once.\n",
    },
    {
      name: 'a better fix the speaker cannot recall is no denial',
      text: 'I cannot recall a cleaner fix for a jammed feeder, and the jam that night was mine.\n',
    },
    {
      name: 'no workaround the speaker could come up with, in the middle of the story',
      text: "We looked for hours and I could not come up with any workaround, so I called the vendor's night line.\n",
    },
    {
      name: 'a story of one week told in the past is not the record',
      text: 'Nothing I did that week went wrong, but the order was still late.\n',
    },
    {
      name: 'a record before the story is history',
      text: 'i had never had a launch fail on me, so i had no rollback habit at all. that changed in may.\n',
    },
    {
      name: '"never failed a release before that June" is history, not denial',
      text: answer({
        situation:
          'In 2023 I coordinated releases for a banking app with 90,000 users; I had never failed a release before that June, and my job was to ship the quarterly update.',
      }),
    },
    {
      name: 'a denial someone else made, in quotation marks',
      text: answer({
        result:
          'A colleague once told me, "I have never failed at anything," and I did not believe him. The fix reached everyone within 36 hours.',
      }),
    },
  ],
  invalid: [
    {
      name: 'notes: the story seen as no failure and renamed, with no subject written',
      text: 'sold twenty used consoles as new. dont really see it as a failure, more of a learning curve.',
      findings: [{ messageId: 'denial', at: '1:35-1:93', text: 'dont really see it as a failure, more of a learning curve.' }],
    },
    {
      name: '"do" with the failure as its object: a refusal of the whole idea',
      text: "Honestly, I don't really do failure. When a firing goes wrong I just fire again until it works.",
      findings: [{ messageId: 'denial', at: '1:1-1:37', text: "Honestly, I don't really do failure." }],
    },
    {
      name: 'the story, named by "it", denied as a failure and renamed just after',
      text: "I run a pottery school. My first kiln firing for a paying class cracked nine of the twelve pieces. So it wasn't really a failure, more of a learning experience for all of us.",
      findings: [
        { messageId: 'denial', at: '1:100-1:175', text: "So it wasn't really a failure, more of a learning experience for all of us." },
      ],
    },
    {
      name: 'the story offered, then denied the name: "not really what i\'d call a failure"',
      text: 'The closest thing was a launch that slipped by a week because the artwork came in late. Not really what I would call a failure, to be honest. The client was happy with the result.',
      findings: [{ messageId: 'denial', at: '1:89-1:142', text: 'Not really what I would call a failure, to be honest.' }],
    },
    {
      name: 'the record denied in notes with no failure named after "think of one": "honestly cannot really think of one"',
      text: 'hmm honestly cannot really think of one, things usually go fine for me. maybe the time the printer jammed before a pitch, but we got it sorted.',
      findings: [{ messageId: 'denial', at: '1:5-1:40', text: 'honestly cannot really think of one' }],
    },
    {
      name: 'what looked like failures said to have come good',
      text: 'Even the things that looked like failures at the time turned out to be wins for the club.',
      findings: [{ messageId: 'denial', at: '1:22-1:76', text: 'looked like failures at the time turned out to be wins' }],
    },
    {
      name: 'the story renamed outright: that is not a failure, that is the job done well',
      text: "We kicked off two hours late and paid the fine for the overrun. So for me that's not a failure, that's what running a busy site looks like.",
      findings: [{ messageId: 'denial', at: '1:75-1:103', text: "that's not a failure, that's" }],
    },
    {
      name: 'the failure recast as good luck: "the best thing that could have happened to me", "a blessing in disguise"',
      text: 'I missed out on the head chef job at the hotel. It felt like a failure then, but it was really the best thing that could have happened to me. Losing the second one was a blessing in disguise too.\n',
      findings: [
        { messageId: 'denial', at: '1:82-1:141', text: 'it was really the best thing that could have happened to me' },
        { messageId: 'denial', at: '1:169-1:191', text: 'a blessing in disguise' },
      ],
    },
    {
      name: 'the speaker as the person "who" describes: "not the kind of nurse who has failed"',
      text: answer({ failure: "Honestly, I'm not the kind of nurse who has failed, so this is more about a near miss." }),
      findings: [
        {
          messageId: 'denial',
          at: '3:1-3:87',
          text: "Honestly, I'm not the kind of nurse who has failed, so this is more about a near miss.",
        },
      ],
    },
    {
      name: '"I have not faced any major failure": the record denied with a verb of meeting',
      text: 'Fortunately, I have not faced any major failure in my career so far, as I am very meticulous in my work.\n',
      findings: [
        {
          messageId: 'denial',
          at: '1:1-1:105',
          text: 'Fortunately, I have not faced any major failure in my career so far, as I am very meticulous in my work.',
        },
      ],
    },
    {
      name: 'the record denied through a moment that cannot be named, a "fail" nothing is called, and failure as a word unused',
      text: "I can't point to a single time when a job I ran properly went wrong. Nothing jumps out that I'd call a fail. Failure isn't really a word I've had to use. The closest I can offer is a quote I sent a day late.\n",
      findings: [
        { messageId: 'denial', at: '1:1-1:69', text: "I can't point to a single time when a job I ran properly went wrong." },
        { messageId: 'denial', at: '1:70-1:109', text: "Nothing jumps out that I'd call a fail." },
        { messageId: 'denial', at: '1:110-1:154', text: "Failure isn't really a word I've had to use." },
        { messageId: 'denial', at: '1:155-1:208', text: 'The closest I can offer is a quote I sent a day late.' },
      ],
    },
    {
      name: 'no failure to think of, in notes with the "I" dropped after an opener',
      text: '- tbh cant think of a real failure, my reviews have all been good\n',
      findings: [{ messageId: 'denial', at: '1:3-1:35', text: 'tbh cant think of a real failure' }],
    },
    {
      name: 'failure as the subject of a denied experience',
      text: "Failure isn't really something I've had to deal with in this job.\n",
      findings: [{ messageId: 'denial', at: '1:1-1:66', text: "Failure isn't really something I've had to deal with in this job." }],
    },
    {
      name: 'having no failures',
      text: 'i have no real failures to speak of, touch wood\n',
      findings: [{ messageId: 'denial', at: '1:1-1:48', text: 'i have no real failures to speak of, touch wood' }],
    },
    {
      name: 'lowercase notes pointing to no failure',
      text: "honestly i can't pick out a real failure from my career. stuff mostly went fine.\n",
      findings: [{ messageId: 'denial', at: '1:1-1:57', text: "honestly i can't pick out a real failure from my career." }],
    },
    {
      name: 'nothing counts as a failure',
      text: "Nothing in twelve years of nursing really counts as a failure, if I'm being straight with you.\n",
      findings: [
        {
          messageId: 'denial',
          at: '1:1-1:95',
          text: "Nothing in twelve years of nursing really counts as a failure, if I'm being straight with you.",
        },
      ],
    },
    {
      name: 'struggling to name one',
      text: "I'd struggle to name a failure; the projects I've run have landed.\n",
      findings: [{ messageId: 'denial', at: '1:1-1:67', text: "I'd struggle to name a failure; the projects I've run have landed." }],
    },
    {
      name: 'the nearest thing offered instead',
      text: 'The nearest thing to a setback was a supplier who delivered a week late.\n',
      findings: [{ messageId: 'denial', at: '1:1-1:73', text: 'The nearest thing to a setback was a supplier who delivered a week late.' }],
    },
    {
      name: 'renamed rather than told',
      text: "I wouldn't say anything I've done was a failure as such, more of a learning curve.\n",
      findings: [
        { messageId: 'denial', at: '1:1-1:83', text: "I wouldn't say anything I've done was a failure as such, more of a learning curve." },
      ],
    },
    {
      name: 'a claim never to have failed, as an error',
      text: "I've never really failed at anything that mattered. I plan carefully and things go to plan.\n",
      findings: [{ messageId: 'denial', at: '1:1-1:37', text: "I've never really failed at anything", severity: 'error' }],
    },
    {
      name: '"I can\'t think of one" and the swap for "a challenge"',
      text: "Honestly, I can't think of a time I failed. I prefer to call it a challenge rather than a failure.\n",
      findings: [
        { messageId: 'denial', at: '1:11-1:34', text: "I can't think of a time" },
        { messageId: 'denial', at: '1:45-1:76', text: 'I prefer to call it a challenge' },
        { messageId: 'denial', at: '1:77-1:98', text: 'rather than a failure' },
      ],
    },
    {
      name: "the speaker's whole record as the subject of a failing, in the perfect",
      text: "Nothing I've been in charge of has ever gone badly wrong, so I'll talk about a near miss.\n",
      findings: [{ messageId: 'denial', at: '1:1-1:90' }],
    },
    {
      name: 'the denial typed as notes, the apostrophe left out',
      text: 'i cant think of a time i really failed at work tbh\n',
      findings: [{ messageId: 'denial', at: '1:1-1:23' }],
    },
    {
      name: 'a failure called a fail, with a texting adverb',
      text: 'honestly cant rly remember a proper fail, i keep on top of things\n',
      findings: [{ messageId: 'denial', at: '1:1-1:41' }],
    },
    {
      name: 'nothing comes to mind, with an adverb before the failing',
      text: 'Honestly, no example comes to mind where I really failed.\n',
      findings: [{ messageId: 'denial', at: '1:1-1:58' }],
    },
    {
      name: 'struggling to offer one, and nothing that stands out',
      text: "I'd struggle to offer you a genuine failure from my time at the agency. Nothing in my four years there stands out as a failure.\n",
      findings: [
        { messageId: 'denial', at: '1:1-1:72' },
        { messageId: 'denial', at: '1:73-1:128' },
      ],
    },
  ],
});
