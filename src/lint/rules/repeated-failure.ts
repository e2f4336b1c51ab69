import type { Sentence } from '../../answer/model.js';
import { definePhraseRule } from '../rule.js';
import { negatedBefore } from '../../answer/lexicon.js';

// biome-ignore format: a word list reads best packed, several entries a line
const REPEATS: readonly string[] = [
  'it|this|that (happened|occurred) again', '(happened|occurred|did it|made it) a second|third time',
  'i|we (made|make|repeated|repeat) the|that same? (mistake|error|misstep) again?', 'the same (mistake|error|thing) again',
  'i|we (did|do) it|that again', 'i|we did the same thing', 'once again i|we',
  'again the next|following (month|week|quarter|year|project|sprint|release)',
  'i still (do|make|struggle|forget|miss|procrastinate|overcommit|underestimate) ..2',
  'i keep|kept (making|doing|forgetting|missing|overcommitting|underestimating)', 'history repeated', 'i fell|slipped back into',
  'i slipped again', 'it still happens', 'still happens', 'same thing happened',
];

/** Besides a negator, words that keep the repeat from happening ("to avoid doing it again", "before it happened again"). */
const PREVENTING = new Set(['without', 'rather', 'stopped', 'avoid', 'avoided', 'prevent', 'prevented', 'before', 'until']);

function negated(sentence: Sentence, start: number): boolean {
  return negatedBefore(sentence.words, start, 4, PREVENTING);
}

export default definePhraseRule({
  id: 'repeated-failure',
  phrases: { repeats: REPEATS },
  userList: 'repeats',
  severity: 'warning',
  messages: {
    repeated: {
      message: 'The same failure came back, which suggests the lesson did not stick.',
      suggestion: 'Tell a failure whose lesson held, or end on the time you got it right.',
    },
    judged: {
      message: "This tells the same failure happening again, so the lesson doesn't seem to have stuck.",
      suggestion: 'Tell a failure you learned from, or show what finally stopped it recurring.',
    },
  },
  report: [{ list: 'repeats', messageId: 'repeated', unless: (sentence, match) => negated(sentence, match.start) }],
  summary: 'The same failure happened again after the lesson',
  rationale:
    'The story is meant to prove you learned. If the same mistake came back after the lesson, the interviewer hears a pattern you have not fixed. Choose a failure whose lesson stuck, or tell the later success, not the relapse.',
  sources: ['Brown', 'Caprino'],
  options: {},
  example: {
    flagged: 'I learned to book the venue early, but the next year I made the same mistake again.',
    fixed: 'I learned to book the venue early; the next year I had it confirmed four months out.',
  },
});
