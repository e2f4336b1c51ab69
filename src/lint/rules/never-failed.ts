import type { Word } from '../../answer/model.js';
import { definePhraseRule } from '../rule.js';

// biome-ignore format: a word list reads best packed, several entries a line
const DENIAL: readonly string[] = [
  "(i've|i have|i|i'd) @adv? never @adv? (failed|failed at anything|had a failure|had a real failure|had a big failure|really failed|fail|experienced failure)",
  "i @adv? (don't|do not) @adv? (fail|have failures)", "i (haven't|have not) @adv? (failed|had a failure)",
  "i (can't|cannot|couldn't|could not) @adv? (think of|remember|recall|come up with) a|one|any|anything",
  "i (don't|do not) @adv? have|recall|remember a|any|one @adv? (failure|failures|time)",
  "i (wouldn't|would not) @adv? (call it|call that|call this|call anything|say it was|say that was) a failure",
  'not a failure (so much|but|as)', "i (wouldn't|would not) @adv? call ..4 a failure|failures", 'rather than a failure',
  'instead of a failure', "i (don't|do not) believe in failure|failures", "(there's|there is) no such thing as failure",
  'i prefer to (call|see|think of) it|them as? a|an? challenge|challenges|learning|opportunity',
  "i (don't|do not) (see it as|see things as|think in terms of|think of it as) failure|failures|a failure", 'no failures|failure only|just',
  "nothing (i'd|i would) call a failure",
  "(don't think|do not think|can't say|cannot say|wouldn't say|would not say) (i've|i have|i) @adv? ever @adv? (had|made|experienced|seen) a|any @adv? proper|real|big|major|true|significant|serious? failure|failures|mistake",
  'not one|any that really? mattered',
];

/** "I had never missed a launch before this one" is history, not denial. */
const HISTORY_WORDS = new Set(['before', 'until', 'since', 'again', 'till', 'then', 'yet', 'previously', 'up']);

function isHistory(words: readonly Word[], end: number): boolean {
  return words.slice(end, end + 6).some((w) => HISTORY_WORDS.has(w.norm));
}

export default definePhraseRule({
  id: 'never-failed',
  phrases: { denial: DENIAL },
  userList: 'denial',
  severity: 'error',
  messages: {
    denial: {
      message: 'This denies or renames the failure; the interviewer asked for one and will hear evasion.',
      suggestion: 'Name a real failure plainly, with what it cost and what you did about it.',
    },
    judged: {
      message: 'This claims you have never really failed, which reads as a lack of self-awareness.',
      suggestion: 'Tell one real failure: everyone has one, and the question is about how you handle it.',
    },
  },
  report: [{ list: 'denial', messageId: 'denial', unless: (sentence, match) => isHistory(sentence.words, match.end) }],
  summary: 'Claims never to have failed, or swaps the failure for "a challenge"',
  rationale:
    'Everyone has failed. Saying you have not, or that you cannot think of a time, reads as either dishonest or unaware, and interviewers often end the topic there. Renaming the failure "a challenge" or "a learning opportunity" is the same dodge in softer words.',
  sources: ['Scott', 'Brown', 'George', 'Lichtenstein'],
  options: {},
  example: {
    flagged: "Honestly, I can't think of a real failure; I'd call it more of a challenge.",
    fixed: 'The clearest failure of my career was the vendor migration I scheduled without a rollback plan.',
  },
});
