import { answer } from '../../base-answer.js';
import { defineCases } from '../../rule-tester.js';

const story = (sentence: string): string => answer({ result: `${sentence} The fix reached everyone within 36 hours.` });

export default defineCases('self-deprecation', {
  valid: [
    {
      name: 'the last person in a chain, named by what the one in it does, is a role',
      text: 'I drive a tower crane. In that cab I am the last person who can stop a lift, and one morning I lifted a load the rigger had weighed wrong. The hook came down on a scaffold board and cracked it. I stopped the job, reported it and walked the plan with the site manager. Now I read the signed lift plan before any load leaves the ground.',
    },
    {
      name: 'a role named by what the one in it does ("I am not the person who decides…") is no verdict on the speaker',
      text: answer({
        lesson:
          'What I learned is that I am not the person who decides whether a warning matters; my job is to raise it and the duty manager decides. Since then I log every warning in the handover, and two of them have been escalated this year.',
      }),
    },
    {
      name: 'not trusting oneself at named times ("when I am tired at the end of a shift") is what was learned, not a verdict',
      text: answer({
        lesson:
          'What I learned is that I cannot trust myself to remember a small fault when I am tired at the end of a shift. Since then I write every fault on the board the moment I see it, and nothing has slipped in the six months since.',
      }),
    },
    {
      name: '"not the best person to" do one task is fitness for the task, even read as a superlative',
      text: answer({
        lesson: "I'm not the best person to proofread my own rota, because I see what I meant to type, so now a colleague reads it first.",
      }),
    },
    {
      name: '"the wrong person to make that call alone" measures the speaker for one decision',
      text: answer({ lesson: 'I was the wrong person to make that call alone: anything over budget needed the finance lead.' }),
    },
    {
      name: 'rank ("not the most senior person in the room") and an idiom of liking ("not the biggest fan of") are no verdicts',
      text: answer({
        lesson:
          "I wasn't the most senior person in the room, and I'm not the biggest fan of correcting a surgeon in front of the team, but I should have spoken.",
      }),
    },
    {
      name: '"I don\'t trust myself to remember it" that led to a safeguard "now" is the change, not a verdict',
      text: answer({ lesson: "I don't trust myself to remember a correction later, so now I raise it in the meeting itself." }),
    },
    {
      name: '"not the right person to" do one task is fitness for the task, not a verdict on the speaker',
      text: answer({ lesson: "What I learned is that a dose change is a call I'm not the right person to make alone." }),
    },
    {
      name: 'a fact of standing ("the least experienced person on the team") and a rank of a thing are no verdict',
      text: 'I was the least experienced person on the team, so I asked for a review. The least risky option in the plan was to wait.\n',
    },
    {
      name: '"not always good" of a habit allows it is sometimes good: no verdict',
      text: 'I learned that being too careful is also not always good, and I need to trust my team more.\n',
    },
    {
      name: '"one of the least experienced" tells a place in the team, not a verdict',
      text: "I was one of the least experienced on the team, so I didn't push back.\n",
    },
    { name: '"one of the worst affected" is about harm, not ability', text: 'I was one of the worst affected in the office.\n' },
    {
      name: 'someone else ranked low among peers is no verdict on the speaker',
      text: 'She was one of the slowest on the team, and I never trained her.\n',
    },
    {
      name: 'the last person to touch a file is the last in a sequence, not a verdict',
      text: 'Nobody else would see the drawing after me: I was the last person to open it before it went to site.\n',
    },
    // Read from the grammar, in our own words and several voices.
    {
      name: 'owning a specific mistake firmly',
      text: 'I was wrong to sign off the estimate without a second check, and I said so to the director the same day.\n',
    },
    {
      name: 'careless once, not a verdict on the person',
      text: 'I misjudged how long the audit would take, and I was careless with the handover notes that week.\n',
    },
    {
      name: 'feeling bad is not a verdict',
      text: 'I felt terrible about letting the client down, so I called her myself before the email went out.\n',
    },
    {
      name: 'a useless tool, not a useless person',
      text: 'The old spreadsheet was useless for tracking batches, so I replaced it with a shared log.\n',
    },
    { name: 'too slow to escalate is a specific act', text: 'I was too slow to escalate, and that cost the team a day of rework.\n' },
    {
      name: 'honest feelings and plain descriptions of the mistake',
      text: answer({
        result: 'I felt embarrassed, and I was terrified the rating would not recover. The fix reached everyone within 36 hours.',
      }),
    },
    {
      name: 'a quoted insult',
      text: answer({
        result: 'One review said, "I am an idiot for installing this," and it stung. The fix reached everyone within 36 hours.',
      }),
    },
    {
      name: "people of the speaker's judged, a past verdict on one thing, an ability that came, data in a mess",
      text: 'My team is a mess right now, and my estimate was terrible. It came naturally to me in the end. The lesson I took is that my source data is a mess half the time.\n',
    },
  ],
  invalid: [
    {
      name: 'a memory run down in a note, with no "my"',
      text: '- sent the invoice to the old client address again, brain like a sieve these days',
      findings: [{ messageId: 'runningDown', at: '1:53-1:71', text: 'brain like a sieve' }],
    },
    {
      name: 'idioms of a lasting want of wits or memory: "my own worst enemy", "a memory like a sieve"',
      text: answer({ failure: "I'm my own worst enemy with paperwork, and my memory is like a sieve for dates." }),
      findings: [
        { messageId: 'runningDown', at: '3:1-3:23', text: "I'm my own worst enemy" },
        { messageId: 'runningDown', at: '3:44-3:69', text: 'my memory is like a sieve' },
      ],
    },
    {
      name: '"never had a head for figures" and "anyone with half a brain would have"',
      text: answer({ failure: "I've never had a head for figures, and anyone with half a brain would have spotted the missing zero." }),
      findings: [
        { messageId: 'runningDown', at: '3:1-3:26', text: "I've never had a head for" },
        { messageId: 'runningDown', at: '3:40-3:64', text: 'anyone with half a brain' },
      ],
    },
    {
      name: 'the speaker ranked last with a participle of ability ("the least organised person in the office")',
      text: 'Honestly I was the least organised person in the whole office back then.\n',
      findings: [
        { messageId: 'runningDown', at: '1:1-1:73', text: 'Honestly I was the least organised person in the whole office back then.' },
      ],
    },
    {
      name: 'the speaker ranked last among peers with "the least" and an ability',
      text: 'I am probably the least numerate person on my whole course, so the error was no surprise.\n',
      findings: [
        {
          messageId: 'runningDown',
          at: '1:1-1:90',
          text: 'I am probably the least numerate person on my whole course, so the error was no surprise.',
        },
      ],
    },
    {
      name: 'a want of ability past an adverb, and the speaker ranked low among peers',
      text: 'I am honestly not good enough with calculations, I was always one of the weakest in my year for this.\n',
      findings: [
        {
          messageId: 'runningDown',
          at: '1:1-1:102',
          text: 'I am honestly not good enough with calculations, I was always one of the weakest in my year for this.',
        },
      ],
    },
    {
      name: '"simply not a natural at it", told as lasting',
      text: 'I am simply not a natural at classroom management; I never have been, and that class saw it.\n',
      findings: [
        {
          messageId: 'runningDown',
          at: '1:1-1:93',
          text: 'I am simply not a natural at classroom management; I never have been, and that class saw it.',
        },
      ],
    },
    {
      name: 'the last person anyone would trust: a verdict on the speaker',
      text: "Honestly, I was the last person you'd trust with a rota back then.\n",
      findings: [{ messageId: 'runningDown', at: '1:1-1:67', text: "Honestly, I was the last person you'd trust with a rota back then." }],
    },
    {
      name: 'a superlative denied of oneself',
      text: "I'm not the sharpest when it comes to figures, so the totals went out wrong.\n",
      findings: [
        { messageId: 'runningDown', at: '1:1-1:77', text: "I'm not the sharpest when it comes to figures, so the totals went out wrong." },
      ],
    },
    {
      name: 'lowercase notes: a lasting trait',
      text: "i'm naturally disorganised with dates, always have been\n",
      findings: [{ messageId: 'runningDown', at: '1:1-1:56', text: "i'm naturally disorganised with dates, always have been" }],
    },
    {
      name: 'never my strong suit',
      text: 'Paperwork has never been my strong suit, and the forms piled up.\n',
      findings: [{ messageId: 'runningDown', at: '1:1-1:65', text: 'Paperwork has never been my strong suit, and the forms piled up.' }],
    },
    {
      name: 'measured against a sharper self',
      text: 'A sharper analyst would have caught it in a minute.\n',
      findings: [{ messageId: 'runningDown', at: '1:1-1:52', text: 'A sharper analyst would have caught it in a minute.' }],
    },
    {
      name: 'as forgetful as me',
      text: 'Someone as forgetful as me should never be left in charge of the rota.\n',
      findings: [
        { messageId: 'runningDown', at: '1:1-1:71', text: 'Someone as forgetful as me should never be left in charge of the rota.' },
      ],
    },
    {
      name: 'a lasting trait with the speaker as subject',
      text: "I'm scatterbrained with anything on paper and always have been.\n",
      findings: [{ messageId: 'runningDown', at: '1:1-1:64', text: "I'm scatterbrained with anything on paper and always have been." }],
    },
    {
      name: '"I\'m terrible at"',
      text: story("I'm terrible at testing."),
      findings: [{ messageId: 'runningDown', at: '7:1-7:16', text: "I'm terrible at" }],
    },
    {
      name: '"such an idiot"',
      text: story('I was such an idiot.'),
      findings: [{ messageId: 'runningDown', at: '7:1-7:20', text: 'I was such an idiot' }],
    },
    {
      name: 'an adverb inside',
      text: story("I'm honestly hopeless at details."),
      findings: [{ messageId: 'runningDown', at: '7:1-7:22', text: "I'm honestly hopeless" }],
    },
    {
      name: '"I just suck at"',
      text: story('I just suck at planning.'),
      findings: [{ messageId: 'runningDown', at: '7:1-7:15', text: 'I just suck at' }],
    },
    {
      name: "a trait told as lasting, the failure filed as the speaker's nature",
      text: 'Filing has never come naturally to me, and the admin side is not where I shine. It was classic me. Me being me, I left the forms in the car.\n',
      findings: [
        { messageId: 'runningDown', at: '1:1-1:80' },
        { messageId: 'runningDown', at: '1:81-1:99' },
        { messageId: 'runningDown', at: '1:100-1:141' },
      ],
    },
  ],
});
