import type { Answer, Sentence, Word } from '../../answer/model.js';
import type { PhraseMatch } from '../../answer/phrase-language.js';
import { definePhraseRule } from '../rule.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const STARTS_QUOTE = /^["“]/;
const STARTS_DIGIT = /^\d/;

// biome-ignore format: a word list reads best packed, several entries a line
const FILLERS: readonly string[] = [
  'um|umm|uh|uhh|uhm|er|erm|hmm|mm', 'basically', 'literally', 'you know', 'i mean', 'like', 'so yeah', 'or whatever', 'and stuff',
  'and everything', 'kinda like',
];

// biome-ignore format: a word list reads best packed, several entries a line
const CLAUSE_AFTER_YOU_KNOW = new Set([
  'how', 'what', 'that', 'the', 'it', 'who', 'where', 'when', 'why', 'whether', 'if', 'about', 'him', 'her', 'them', 'me', 'this', 'my',
  'your', 'our', 'a', 'an',
]);
// biome-ignore format: a word list reads best packed, several entries a line
const VERB_BEFORE_LIKE = new Set([
  'i', 'you', 'we', 'they', 'would', "i'd", "we'd", 'to', "didn't", "don't", 'really', 'also', 'might', 'not', 'felt', 'feel', 'feels',
  'look', 'looked', 'looks', 'looking', 'sound', 'sounded', 'sounds', 'seemed', 'seem', 'something', 'anything', 'nothing', 'just', 'more',
  'much', 'things', 'people', 'tools', 'is', 'was', 'were', 'are',
]);

function charAfter(answer: Answer, word: Word): string {
  return answer.source[word.end] ?? '';
}

function charBefore(answer: Answer, word: Word): string {
  let i = word.start - 1;
  while (i >= 0 && answer.source[i] === ' ') i--;
  return answer.source[i] ?? '';
}

/** Decides whether a candidate is really a filler in context. */
function isFiller(answer: Answer, sentence: Sentence, start: number, end: number): boolean {
  const words = sentence.words;
  const first = words[start]!;
  const last = words[end - 1]!;
  const next = words[end];
  const previous = words[start - 1];
  if (first.norm === 'like') {
    // Filler: "like," / ", like" / "was like, ..." / "like 20 people". Not the verb, not the preposition.
    if (charAfter(answer, first) === ',' || charBefore(answer, first) === ',') return true;
    if (start === 0) return true;
    if (
      previous &&
      ['was', 'were', "i'm", "he's", "she's", "they're"].includes(previous.norm) &&
      (charAfter(answer, first) === ',' || STARTS_QUOTE.test(answer.source.slice(first.end + 1, first.end + 2)))
    )
      return true;
    if (next && STARTS_DIGIT.test(next.norm) && !(previous && VERB_BEFORE_LIKE.has(previous.norm))) return true;
    return false;
  }
  if (first.norm === 'you' && words[start + 1]?.norm === 'know') {
    if (previous && ['do', 'did', "don't", 'if', 'as', 'would', 'let', 'to', 'will', "didn't", 'might', 'you'].includes(previous.norm))
      return false;
    if (next && CLAUSE_AFTER_YOU_KNOW.has(next.norm) && charAfter(answer, last) !== ',') return false;
    return true;
  }
  if (first.norm === 'i' && words[start + 1]?.norm === 'mean')
    return charAfter(answer, last) === ',' || (start === 0 && charAfter(answer, last) !== ' ');
  return true;
}

function notFiller(sentence: Sentence, match: PhraseMatch, answer: Answer): boolean {
  return !isFiller(answer, sentence, match.start, match.end);
}

export default definePhraseRule({
  id: 'filler',
  phrases: { fillers: FILLERS },
  userList: 'fillers',
  severity: 'warning',
  unconfirmed: 'info',
  messages: {
    filler: {
      message: '"{{phrase}}" is one of {{count}} fillers in {{words}} words.',
      suggestion: 'Cut "{{phrase}}"; a short pause sounds more confident.',
    },
    judged: {
      message: 'Filler words here make the answer sound unprepared.',
      suggestion: 'Cut the fillers ("like", "basically", "you know") and say it directly.',
    },
  },
  report: [{ list: 'fillers', messageId: 'filler', unless: notFiller }],
  density: true,
  summary: 'Spoken fillers (um, you know, basically, literally, "like") above a density',
  rationale:
    'Fillers make a speaker sound less sure and less prepared, and in a rehearsed answer they are easy to cut. One in a long answer is natural; a filler every few sentences is a habit the interviewer will notice.',
  sources: ['Yoodli', 'Orai', 'Poised'],
  options: {
    // 1.35: every answer labelled for fillers, in the corpus and in every set written for us since,
    // has at least 1.44 per 100 words; the densest answer labelled otherwise (a strong spoken one) has 1.27.
    maxPer100Words: { type: 'number', default: 1.35, min: 0, description: 'fillers allowed per 100 words before every filler is reported' },
    minCount: { type: 'integer', default: 2, min: 1, description: 'fewest fillers that can count as too many, however short the answer' },
  },
  example: {
    flagged: 'So, like, I basically forgot the backup, you know?',
    fixed: 'I forgot to take the backup.',
  },
});
