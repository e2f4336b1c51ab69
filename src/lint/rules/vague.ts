import type { Answer, Sentence } from '../../answer/model.js';
import { answerRange, defineRule, sentenceRange } from '../rule.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const DIGIT = /\d/;
const ACRONYM = /^[A-Z]{2,}s?$/;

/**
 * Numbers told in words, the closed class English has: "eleven days", "fourteen-year-old", "lost
 * four-one". "One" is left out: "one day", "the one who" and "no one" count nothing.
 */
// biome-ignore format: a word list reads best packed, several entries a line
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'dozen', 'dozens', 'half', 'twice', 'nil',
]);
// biome-ignore format: a word list reads best packed, several entries a line
const TIME_WORDS = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'overnight', 'quarter', 'sprint', 'q1', 'q2', 'q3', 'q4', 'morning',
  'afternoon', 'evening', 'tonight', 'yesterday', 'hours', 'days', 'weeks', 'months', 'minutes', 'deadline',
]);
// biome-ignore format: a word list reads best packed, several entries a line
const ROLES = new Set([
  'manager', 'director', 'client', 'customer', 'customers', 'vp', 'ceo', 'cto', 'cfo', 'engineer', 'engineers', 'analyst', 'designer',
  'developer', 'developers', 'intern', 'lead', 'stakeholder', 'stakeholders', 'vendor', 'supplier', 'auditor', 'editor', 'teacher', 'nurse',
  'patient', 'patients', 'founder', 'recruiter', 'users', 'account', 'board', 'investor', 'investors', 'students', 'professor', 'team',
]);

/**
 * A number in words, alone or as a part of a compound: "eleven", "four-one", "fourteen-year-old",
 * "twenty-five". In a compound "half" is no count ("half-hearted").
 */
function numberWord(key: string): boolean {
  if (NUMBER_WORDS.has(key)) return true;
  if (!key.includes('-')) return false;
  for (const part of key.split('-')) if (part !== 'half' && NUMBER_WORDS.has(part)) return true;
  return false;
}

/** Words that stand in for what the speaker could have named: "some issues", "certain things", "a lot of people", "part of the work". */
// biome-ignore format: a word list reads best packed, several entries a line
const PLACEHOLDERS = new Set([
  'some', 'certain', 'thing', 'things', 'stuff', 'various', 'lot', 'lots', 'significant', 'part', 'aspects', 'issues', 'areas', 'somewhere',
  'someone', 'somebody', 'something', 'involved',
]);

/** Nouns that make "some" an idiom rather than a stand-in: "for some reason", "at some point", "some time ago". */
const SOME_IDIOMS = new Set(['reason', 'point', 'time', 'extent', 'degree']);
const SUPERLATIVE = /est$/;

/** The word is a placeholder here, not part of an idiom ("for some reason", "the hardest part"). */
function standsIn(words: Sentence['words'], i: number): boolean {
  const w = words[i]!;
  if (w.quoted || !PLACEHOLDERS.has(w.norm)) return false;
  if (w.norm === 'some' && SOME_IDIOMS.has(words[i + 1]?.norm ?? '')) return false;
  const before = words[i - 1]?.norm ?? '';
  if (w.norm === 'part' && (SUPERLATIVE.test(before) || before === 'worst' || before === 'best')) return false;
  return true;
}

/** The placeholder words of a sentence, each once, as written: "some", "issues", "certain". */
function placeholdersIn(sentence: Sentence): string[] {
  const seen = new Map<string, string>();
  sentence.words.forEach((w, i) => {
    if (standsIn(sentence.words, i) && !seen.has(w.norm)) seen.set(w.norm, w.text);
  });
  return [...seen.values()];
}

/**
 * After the first sentence (where the finding about the whole answer points), the sentence that
 * most stands in for what it could name: at least two placeholder words and less than one
 * specific of its own. One placeholder is English ("I learned a lot", "for some reason"), and a
 * lesson is general by nature.
 */
function vaguestSentence(answer: Answer): Sentence | undefined {
  let best: Sentence | undefined;
  let most = 1;
  for (const sentence of answer.sentences.slice(1)) {
    if (sentence.signals.lesson || specificsIn([sentence], 1) >= 1) continue;
    const placeholders = placeholdersIn(sentence).length;
    if (placeholders > most) [best, most] = [sentence, placeholders];
  }
  return best;
}

/**
 * Distinct specifics: numbers, dates and durations, names and acronyms, roles (half weight: "my manager" is thin).
 * The count only grows as words are read, so once it reaches `enough` the rest cannot bring it
 * under: it stops there, and a caller that only asks "at least `enough`?" gets the same answer.
 */
function specificsIn(sentences: readonly Sentence[], enough = Number.POSITIVE_INFINITY): number {
  const seen = new Set<string>();
  let roles = 0;
  for (const sentence of sentences) {
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      if (seen.size - roles + roles / 2 >= enough) return seen.size - roles + roles / 2;
      const word = words[i]!;
      if (word.quoted) continue;
      const key = word.norm;
      const first = key.charCodeAt(0);
      if ((first >= 48 && first <= 57) || numberWord(key) || TIME_WORDS.has(key) || DIGIT.test(key)) seen.add(key);
      else if (word.capitalised && i > 0 && key !== 'i' && !key.startsWith("i'")) seen.add(key);
      else if (word.capitalised && ACRONYM.test(word.text)) seen.add(key);
      else if (ROLES.has(key) && !seen.has(`role:${key}`)) {
        seen.add(`role:${key}`);
        roles++;
      }
    }
  }
  return seen.size - roles + roles / 2;
}

export default defineRule({
  id: 'vague',
  severity: 'warning',
  scope: 'answer',
  messages: {
    noSpecifics: {
      message: 'The answer has almost no specifics ({{specifics}}): no numbers, time frames, names or roles to make it real.',
      suggestion: 'Add how big, how long and who: "three weeks", "40 customers", "our largest client", "the billing service".',
    },
    placeholders: {
      message: 'Words like {{words}} stand in here for what you could name.',
      suggestion: 'Say which: the system, the team, how many, how long.',
    },
    judged: {
      message: 'The failure is told too vaguely to believe or learn from.',
      suggestion: 'Give specifics: what exactly went wrong, with a number, a date or a name of the work.',
    },
  },
  summary: 'No specifics: no numbers, time frames, names or roles',
  rationale:
    'Specifics make a story credible and memorable: how big, how long, which system, whose project. An answer with none sounds invented or rehearsed from a template, and gives the interviewer nothing to probe.',
  sources: ['Lichtenstein', 'Auerbach'],
  options: {
    minSpecifics: {
      type: 'number',
      default: 3,
      min: 0,
      description: 'fewest specifics (numbers, dates, names; roles count half) before a warning',
    },
  },
  example: {
    flagged: 'I was working on a project and I made a mistake that caused some problems for the team.',
    fixed: 'In my second month at a logistics startup I shipped a pricing change that undercharged 140 orders over a weekend.',
  },
  check(answer, options, report) {
    if (answer.wordCount < 25) return;
    // Only a count under the minimum is reported, so counting may stop at it.
    const specifics = specificsIn(answer.sentences, options.minSpecifics);
    if (specifics >= options.minSpecifics) return;
    report({
      ...answerRange(answer),
      messageId: 'noSpecifics',
      data: { specifics: specifics === 0 ? 'none' : `about ${Math.floor(specifics)}` },
    });
    // And the sentence that most stands in for what it could name, as the place to start.
    const vaguest = vaguestSentence(answer);
    if (vaguest) {
      const words = placeholdersIn(vaguest)
        .slice(0, 3)
        .map((w) => `“${w}”`);
      report({ ...sentenceRange(vaguest), messageId: 'placeholders', data: { words: words.join(', ') } });
    }
  },
});
