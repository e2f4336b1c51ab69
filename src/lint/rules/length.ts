import { formatDuration } from '../../util/duration.js';
import { grouped, plural } from '../../util/plural.js';
import { answerRange, defineRule } from '../rule.js';

export default defineRule({
  id: 'length',
  severity: 'error',
  learned: false,
  severityNote: 'info under min or over max, warning under warnMin or over warnMax, error under hardMin or over hardMax',
  scope: 'answer',
  messages: {
    tooShort: {
      message: 'Too short: {{spoken}}; aim for {{target}}.',
      suggestion:
        'Spend the words where the answer is thinnest (the fix, what it cost, what you do differently now): the other findings say which.',
    },
    shortish: {
      message: 'On the short side: {{spoken}}; the target is {{target}}.',
      suggestion: 'If the failure, the fix, the cost and the lesson are all there, it can stand; if one is thin, spend the words there.',
    },
    longish: {
      message: 'On the long side: {{spoken}}; the target is {{target}}.',
      suggestion: 'If every sentence earns its place it can stand; if not, cut the setup first, then any second lesson.',
    },
    tooLong: {
      message: 'Too long: {{spoken}}; aim for {{target}}. The answer passes {{max}} words here.',
      suggestion: 'Cut the setup to two sentences and keep one lesson; interviewers remember one clear point.',
    },
    judged: {
      message: "The answer's length is outside the target for a spoken answer.",
      suggestion: 'Aim for about two minutes spoken: cut background, keep the failure, the fix and the lesson.',
    },
  },
  summary: 'Too short to tell a whole story, or so long it rambles',
  rationale:
    'Spoken at about 150 words a minute, a strong answer runs one to two minutes. Under about 120 words there is rarely room for the failure, the fix and the lesson; past about 450 the interviewer stops listening. Spend the words on what you did and learned, not on the setup.',
  sources: ['interview coaches on answer length (one to two minutes)', 'speaking-rate norms (about 150 words a minute)'],
  options: {
    min: { type: 'integer', default: 180, min: 0, description: "the target's fewest words: under it, a note (info)" },
    warnMin: { type: 'integer', default: 130, min: 0, description: 'fewest words before a warning' },
    max: { type: 'integer', default: 320, min: 1, description: "the target's most words: over it, a note (info)" },
    warnMax: { type: 'integer', default: 390, min: 1, description: 'most words before a warning' },
    hardMin: { type: 'integer', default: 80, min: 0, description: 'fewest words before an error' },
    hardMax: { type: 'integer', default: 450, min: 1, description: 'most words before an error' },
    wordsPerMinute: { type: 'number', default: 150, min: 1, description: 'speaking rate used for the speaking time' },
  },
  example: {
    flagged: 'I missed a deadline once. I learned to plan better.',
    fixed: 'A full answer of 180–320 words: the setting in two sentences, then the failure, your response, the result and the lesson.',
  },
  check(answer, options, report) {
    const words = answer.wordCount;
    if (words === 0) return;
    // An answer within the target gets no finding: the wording below is made only for one that does.
    if (words >= options.min && words <= options.max && words >= Math.max(options.hardMin, Math.min(options.min, options.warnMin))) return;
    const seconds = (words / options.wordsPerMinute) * 60;
    const spoken = `${plural(words, 'word')}, about ${formatDuration(seconds)} spoken`;
    const target = `${grouped(options.min)}–${grouped(options.max)} words`;
    // A warning under warnMin (or a lowered min), an error under hardMin, whichever is set higher.
    if (words < Math.max(options.hardMin, Math.min(options.min, options.warnMin))) {
      report({
        ...answerRange(answer),
        messageId: 'tooShort',
        data: { spoken, target },
        milder: words >= options.hardMin,
      });
    } else if (words < options.min) {
      // Short of the target but long enough for a whole story (coaches put the floor near 120 words).
      report({ ...answerRange(answer), messageId: 'shortish', data: { spoken, target }, info: true });
    } else if (words > options.max) {
      // A warning over warnMax (at once, when max is set above it), an error over hardMax.
      const warnOver = Math.min(options.hardMax, options.warnMax);
      // Point at the sentence where the answer passes the target: that is where cutting starts.
      let count = 0;
      const over =
        answer.sentences.find((s) => {
          count += s.words.length;
          return count > options.max;
        }) ?? answer.sentences[0]!;
      const range = { start: over.start, end: answer.sentences[answer.sentences.length - 1]!.end };
      if (words > warnOver)
        report({ ...range, messageId: 'tooLong', data: { spoken, target, max: grouped(options.max) }, milder: words <= options.hardMax });
      // Past the target but under two and a half minutes spoken: coaches call that long, not rambling.
      else report({ ...range, messageId: 'longish', data: { spoken, target }, info: true });
    }
  },
});
