import { answerRange, defineRule, sentenceRange } from '../rule.js';

export default defineRule({
  id: 'missing-prevention',
  severity: 'warning',
  scope: 'answer',
  judgedAs: { whole: 'noChange' },
  messages: {
    noChange: {
      message: 'The answer does not say what you do differently now, or show that the lesson stuck.',
      suggestion: 'Add what changed: "Since then I…", and one later moment where it made the difference.',
    },
    judged: {
      message: "The answer doesn't show what you do differently now.",
      suggestion: 'Add the habit, check or process you changed, and a time it has held since.',
    },
  },
  summary: 'Nothing about what you do differently now, or proof the lesson stuck',
  rationale:
    'A lesson is a claim; a change in behaviour is the evidence. The strongest answers end with what you now do differently and a later moment where it paid off.',
  sources: ['Shepard', 'Ho Lin', 'Pešec'],
  options: {},
  example: {
    flagged: 'I learned that estimates need a buffer.',
    fixed:
      'I learned that estimates need a buffer. On the next two projects I added a 20% contingency line, and both landed on the date I gave.',
  },
  check(answer, _options, report) {
    if (answer.sentences.length === 0) return;
    // A change of practice counts once the lesson has been told: "I learned… I wrote a checklist".
    const firstLesson = answer.sentences.find((s) => s.signals.lesson)?.index ?? Infinity;
    const changed = answer.sentences.some((s) => s.signals.prevention || (s.signals.change && s.index >= firstLesson));
    if (changed) return;
    const lesson = answer.sentences.find((s) => s.signals.lesson);
    report({
      ...(lesson ? sentenceRange(lesson) : answerRange(answer)),
      messageId: 'noChange',
    });
  },
});
