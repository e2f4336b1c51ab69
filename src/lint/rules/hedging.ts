import type { Answer, Sentence, Word } from '../../answer/model.js';
import { analyseAnswer } from '../../judge/judge.js';
import { defineRule, matchedText, overDensity, wordRange } from '../rule.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const STARTS_DIGIT = /^\d/;

// biome-ignore format: a word list reads best packed, several entries a line
const HEDGES: readonly string[] = [
  'might', 'may', 'maybe', 'perhaps', 'possibly', 'probably', 'hopefully', 'presumably', 'arguably', 'somewhat', 'seemingly',
  'sort|kind of', 'sorta', 'kinda', 'i @adv? think|guess|suppose|reckon', 'i believe', "(i'd|i would) like to think|say|hope",
  "(i'd|i would) say", 'i hope', 'in a way', 'to (some|a certain|a|an) extent|degree', 'more or less', "(i'm|i am) not @adv? sure",
  "(i'd|i would) venture|concede", 'a touch too',
  'not entirely sure', 'i feel like', 'if that makes sense', 'or something', 'i suppose', 'i imagine', 'it seems|seemed like',
];

/** Weak commitments that undercut a lesson when they qualify it ("I try to", "I'll attempt to"). */
const LESSON_ONLY: readonly string[] = ['i|we try|tries|attempt to', "i'll|we'll try|attempt to", 'i|we tend to'];

/** Hedges on a lesson itself are flagged even alone; "I believe" and "kind of" read as conviction or description there. */
// biome-ignore format: a word list reads best packed, several entries a line
const STRONG_ON_LESSON = new Set([
  'might', 'may', 'maybe', 'perhaps', 'probably', 'hopefully', 'possibly', 'i', "i'd", 'try', 'tries', 'attempt', 'tend',
]);

const CONFIDENT: Record<string, string> = {
  might: 'say what happened or what you will do',
  maybe: 'drop "maybe" and commit to the claim',
  perhaps: 'drop "perhaps" and commit to the claim',
  probably: 'drop "probably", or give the number you know',
  hopefully: 'say what you do now: "I now…"',
  i: 'drop the "I think / I guess": "I learned…", "I now…"',
  "i'd": 'state it plainly: "I learned…", "I now…"',
  try: 'say what you do, not what you try: "I now…"',
};

/** "what kind of problem", "a sort of checklist": nouns, not hedges. "May" capitalised is the month. */
function isFalseHedge(words: readonly Word[], start: number, end: number): boolean {
  const first = words[start]!;
  const next = words[end];
  const previous = words[start - 1];
  if (
    (first.norm === 'kind' || first.norm === 'sort') &&
    previous &&
    [
      'a',
      'the',
      'what',
      'this',
      'that',
      'any',
      'every',
      'some',
      'one',
      'same',
      'each',
      'which',
      'no',
      'another',
      'right',
      'wrong',
    ].includes(previous.norm)
  )
    return true;
  if (first.norm === 'might' && previous?.norm === 'my') return true;
  if (first.norm === 'may') {
    // biome-ignore format: a word list reads best packed, several entries a line
    const monthContext = [
      'in', 'of', 'early', 'late', 'mid', 'by', 'until', 'since', 'last', 'next', 'this', 'that', 'during', 'before', 'after', 'from',
      'through',
    ];
    if ((first.capitalised && start > 0) || (previous && monthContext.includes(previous.norm)) || (next && STARTS_DIGIT.test(next.norm)))
      return true;
  }
  if (first.norm === 'i' && next && ['of', 'about', 'through', 'back', 'ahead', 'twice', 'in', 'so'].includes(next.norm)) return true;
  if (first.norm === 'i' && words[start + 1]?.norm === 'feel' && next && !['like', 'that'].includes(next.norm)) return true;
  return false;
}

/** Words that open a condition: a modal inside one weighs a case, not the lesson ("in case" through its "case"). */
const CONDITIONS = new Set(['if', 'unless', 'whether', 'case', 'when', 'whenever']);
const READ_IN_CONTEXT = new Set(['might', 'may', 'maybe', 'perhaps']);
/** Rough quantities after "maybe": "maybe a dozen", "maybe half of them". */
const QUANTITIES = new Set(['dozen', 'hundred', 'thousand', 'few', 'couple', 'handful', 'half', 'third', 'quarter', 'score']);

/**
 * A modal or a "maybe" that does not qualify the speaker's own claim: what
 * another party might do ("a colleague who might find a flaw"), a relative clause on a thing
 * ("every flow it might block"), a condition ("even if I might still recover it"), or a rough
 * number ("caught maybe a dozen").
 */
function notTheSpeakersHedge(answer: Answer, sentence: Sentence, start: number): boolean {
  // Only a modal or a "maybe" can be someone else's: every other hedge is the speaker's, with no reading needed.
  if (!READ_IN_CONTEXT.has(sentence.words[start]!.norm)) return false;
  const read = analyseAnswer(answer)[sentence.index];
  if (!read) return false;
  const { tokens, events } = read;
  const at = tokens.findIndex((t) => t.start >= sentence.words[start]!.start);
  if (at < 0) return false;
  const t = tokens[at]!;
  if (t.lower === 'maybe' || t.lower === 'perhaps') {
    const next = tokens[at + 1];
    const after = tokens[at + 2];
    return (
      next !== undefined &&
      // Not "maybe one thing I learned": "one" there is no count.
      ((next.pos === 'NUM' && next.lower !== 'one') ||
        QUANTITIES.has(next.lower) ||
        (next.lower === 'a' && QUANTITIES.has(after?.lower ?? '')))
    );
  }
  if (t.lower !== 'might' && t.lower !== 'may') return false;
  const clause = events.find((e) => e.first <= at && at <= e.last);
  if (!clause) return false;
  if (clause.actor === 'other' || clause.conditional) return true;
  for (let k = Math.max(0, clause.first - 2); k < at; k++) if (CONDITIONS.has(tokens[k]!.lower)) return true;
  // "a colleague who might find a flaw": a relative clause on someone or something else.
  const subject = tokens[at - 1];
  if (subject === undefined) return false;
  // "who" or "which", or "that" after the noun it tells of (not "That might be the lesson").
  if (subject.lower === 'who' || subject.lower === 'which' || (subject.lower === 'that' && tokens[at - 2]?.pos === 'NOUN')) return true;
  // "every flow it might block": a pronoun subject right after the noun it tells of.
  if (subject.pos === 'PRON' && !SPEAKERS.has(subject.lower) && tokens[at - 2]?.pos === 'NOUN') return true;
  // "tells me what a tool might catch": a question word, then someone or something else as subject.
  let k = at - 1;
  while (k > 0 && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'PROPN')) k--;
  return k < at - 1 && QUESTION_WORDS.has(tokens[k]!.lower) && !SPEAKERS.has(tokens[k + 1]!.lower);
}

const QUESTION_WORDS = new Set(['what', 'how', 'where', 'when', 'whatever', 'whether']);

/** The speaker, and the "you" of a lesson told as advice ("next time you might want to…"). */
const SPEAKERS = new Set(['i', 'we', 'you']);

function lessonLike(sentence: Sentence): boolean {
  return sentence.signals.lesson || sentence.signals.prevention;
}

export default defineRule({
  id: 'hedging',
  phrases: { hedges: HEDGES, lessonOnly: LESSON_ONLY },
  userList: 'hedges',
  severity: 'warning',
  unconfirmed: 'info',
  scope: 'phrase',
  messages: {
    dense: {
      message: '"{{phrase}}" is one of {{count}} hedges in {{words}} words; together they make you sound unsure.',
      suggestion: '{{advice}}',
    },
    onLesson: {
      message: '"{{phrase}}" hedges your lesson; a lesson you are unsure of does not sound learned.',
      suggestion: '{{advice}}',
    },
    judged: {
      message: 'Hedged claims about what you did or learned sound unsure of the story.',
      suggestion: 'State it plainly: "I learned", not "I think I maybe learned".',
    },
  },
  summary: 'Hedges weaken claims about what you did and what you learned',
  rationale:
    'Stacked hedges (maybe, probably, I think, sort of) make the speaker sound unsure of their own story. One is natural speech; several in a short answer, or any hedge on the lesson itself, make the learning sound provisional. Say "I learned" and "I now", not "I guess I learned" and "hopefully I would".',
  sources: ['Adcock', 'Leadership IQ'],
  options: {
    maxPer100Words: { type: 'number', default: 1, min: 0, description: 'hedges allowed per 100 words before every hedge is reported' },
    minCount: { type: 'integer', default: 3, min: 1, description: 'fewest hedges that can count as too many, however short the answer' },
  },
  example: {
    flagged: 'I think the lesson was maybe that I should probably check the numbers myself.',
    fixed: 'The lesson: I check the numbers myself before anything leaves my desk.',
  },
  check(answer, options, report, find) {
    const found: Array<{ sentence: Sentence; start: number; end: number; onLesson: boolean }> = [];
    for (const sentence of answer.sentences) {
      for (const match of find(sentence, 'hedges')) {
        // A modal in someone else's clause, a condition, or a rough number is no hedge of the speaker's, in the lesson or anywhere.
        if (isFalseHedge(sentence.words, match.start, match.end) || notTheSpeakersHedge(answer, sentence, match.start)) continue;
        found.push({
          sentence,
          start: match.start,
          end: match.end,
          onLesson: lessonLike(sentence) && STRONG_ON_LESSON.has(sentence.words[match.start]!.norm),
        });
      }
      if (lessonLike(sentence)) {
        for (const match of find(sentence, 'lessonOnly')) found.push({ sentence, start: match.start, end: match.end, onLesson: true });
      }
    }
    const tooMany = overDensity(found.length, answer.wordCount, options);
    for (const hedge of found) {
      if (!tooMany && !hedge.onLesson) continue;
      const words = hedge.sentence.words;
      const key = words[hedge.start]!.norm;
      const phrase = matchedText(words, hedge.start, hedge.end);
      const advice = CONFIDENT[key] ?? `drop "${phrase}" and say it with confidence`;
      report({
        ...wordRange(words, hedge.start, hedge.end),
        messageId: hedge.onLesson && !tooMany ? 'onLesson' : 'dense',
        data: { phrase, count: found.length, words: answer.wordCount, advice: `${advice.charAt(0).toUpperCase() + advice.slice(1)}.` },
      });
    }
  },
});
