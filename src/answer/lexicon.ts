/**
 * Word classes shared by the Answer model's signals and by the rules. Data, not logic: these
 * are the words that name people and the speaker, and the words that negate.
 */
import type { WordClasses } from './phrase-language.js';

const SELF = ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"];

/** Words that tell the time of telling: "now", "nowadays". */
export const NOW_WORDS: ReadonlySet<string> = new Set(['now', 'nowadays']);

/**
 * The one negator class: words that deny what follows them ("never told", "didn't check", "no
 * errors"). Every check that asks whether a phrase is negated starts from this set; a check that
 * reads a wider context (a prevention word, a refusal) adds its own words beside it, by name.
 */
// biome-ignore format: a word list reads best packed, several entries a line
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', "n't", 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere', 'cannot', "didn't", "don't", "doesn't", "wasn't",
  "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't",
]);

/** Whether one of the `before` words ending just before index `at` is a negator, or one of the check's `extra` words. */
export function negatedBefore(words: readonly { norm: string }[], at: number, before: number, extra?: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, at - before); i < Math.min(at, words.length); i++) {
    const norm = words[i]!.norm;
    if (NEGATORS.has(norm) || extra?.has(norm)) return true;
  }
  return false;
}

/** People and parties other than the speaker who could take the blame. */
// biome-ignore format: a word list reads best packed, several entries a line
export const OTHERS = [
  'they', 'he', 'she', 'them', 'him', 'her', 'their', 'his', "they'd", "they're", "he'd", "she'd", 'manager', 'managers', 'boss', 'bosses',
  'lead', 'supervisor', 'client', 'clients', 'customer', 'customers', 'colleague', 'colleagues', 'coworker', 'coworkers', 'co-worker',
  'co-workers', 'teammate', 'teammates', 'vendor', 'vendors', 'supplier', 'suppliers', 'contractor', 'contractors', 'stakeholder',
  'stakeholders', 'director', 'ceo', 'cto', 'cfo', 'vp', 'management', 'leadership', 'company', 'department', 'hr', 'partner', 'partners',
  'professor', 'teacher', 'developer', 'developers', 'engineer', 'engineers', 'designer', 'designers', 'someone', 'somebody', 'nobody',
  'everyone', 'everybody', 'others', 'intern', 'interns', 'qa', 'ops', 'sales', 'marketing', 'legal', 'agency', 'firm', 'pm', 'owner', 'business',
  'executives',
];

export const WORD_CLASSES: WordClasses = {
  self: SELF,
  others: OTHERS,
  be: ['is', 'was', 'were', 'are', 'be', 'been', 'being', "wasn't", "weren't", "isn't", "aren't", 'got', 'get', 'gets', 'getting'],
  det: ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our', 'their', 'his', 'her', 'its', 'your', 'some', 'any'],
  // biome-ignore format: a word list reads best packed, several entries a line
  adv: [
    'just', 'really', 'rly', 'also', 'then', 'immediately', 'quickly', 'first', 'finally', 'eventually', 'personally', 'simply', 'actually',
    'still', 'already', 'soon', 'later', 'promptly', 'directly', 'openly', 'honestly', 'fully', 'completely', 'carefully', 'calmly',
    'publicly', 'privately', 'now', 'always', 'usually', 'since',
    // Adverbs of degree and likelihood, which slip in anywhere: "almost bound to happen", "probably out of my hands".
    'almost', 'quite', 'pretty', 'probably', 'perhaps', 'maybe', 'even', 'very',
  ],
  // biome-ignore format: a word list reads best packed, several entries a line
  number: [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
    'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'dozen', 'dozens', 'half', 'several', 'a',
    'an',
  ],
  // biome-ignore format: a word list reads best packed, several entries a line
  period: [
    'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years',
    'sprint', 'sprints', 'weekend', 'weekends', 'night', 'nights', 'morning', 'afternoon',
  ],
};
