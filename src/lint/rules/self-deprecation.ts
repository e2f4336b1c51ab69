import { definePhraseRule } from '../rule.js';

const INSULTS = 'terrible|awful|hopeless|useless|stupid|dumb|incompetent|clueless|pathetic|lousy|horrible|worthless|idiotic';
const NOUNS = 'idiot|moron|fool|failure|disaster|mess|fraud|joke|loser|screw-up|screwup|liability';

const RUNNING_DOWN: readonly string[] = [
  `(i'm|i am|i was|i've always been|i have always been|i've been|i'm just|i'm still|i was just) @adv? so|really|very|pretty|such|always|completely|totally|truly|just|simply|an|a|the? so|really|very|such|complete|total|absolute|an|a? ${INSULTS}`,
  `(i'm|i am|i was|i've always been|i have always been|i'm just) @adv? such|a|an|the? a|an? complete|total|absolute|real? ${NOUNS}`,
  `the|an|a ${NOUNS} (i am|i was|that i am|that i was)`,
  `(i'm|i am|i was) a bit of a|an ${NOUNS}`,
  `(i'm|i am|i was|i've always been) (so|really|very|pretty|just|always)? bad|terrible|awful|hopeless|useless|rubbish|garbage at`,
  'i @adv? suck|sucked at',
  "(i'm|i am|i was) not (smart|clever|bright|talented|good) enough",
  "(i'm|i am) just not (a numbers|a people|a detail|a details|a tech|a technical|cut out)",
  'i always (mess|screw|muck) (things|it|everything)? up',
  'i ruin|ruined everything',
  "i'm the worst",
  'the worst (employee|engineer|manager|analyst|designer|developer|leader) (ever|in the world|alive)',
];

export default definePhraseRule({
  id: 'self-deprecation',
  phrases: { runningDown: RUNNING_DOWN },
  userList: 'runningDown',
  severity: 'warning',
  messages: {
    runningDown: {
      message: 'This runs you down rather than describing what went wrong.',
      suggestion: 'Describe the behaviour instead: "I didn\'t check the totals", not "I\'m hopeless with numbers".',
    },
    judged: {
      message: 'This runs yourself down beyond what the story needs.',
      suggestion: 'Describe the mistake, not your worth: "I misjudged the estimate", not "I\'m hopeless at estimates".',
    },
  },
  report: [{ list: 'runningDown', messageId: 'runningDown' }],
  summary: 'Running yourself down instead of describing what went wrong',
  rationale:
    'Honesty about a mistake is strong; labelling yourself ("I\'m terrible at this", "I was an idiot") is not. It makes you look merely incompetent, invites the interviewer to agree, and says nothing about what you can do. Describe the behaviour, not your worth.',
  sources: ['Adcock', 'Sessel'],
  options: {},
  example: {
    flagged: "I'm just terrible with numbers, so of course the forecast was wrong.",
    fixed: 'I built the forecast without a second check, and it overstated demand by a fifth.',
  },
});
