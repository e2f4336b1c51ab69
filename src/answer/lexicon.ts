/**
 * Word classes shared by the Answer model's signals and by the rules. Data, not logic: these
 * are the words that name people, the speaker, and the group the speaker belongs to.
 */
import type { WordClasses } from './phrase-language.js';

export const SELF = ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"];
export const GROUP = ['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'd", "we'll"];

/** People and parties other than the speaker who could take the blame. */
export const OTHERS = [
  'they', 'he', 'she', 'them', 'him', 'her', 'their', 'his', "they'd", "they're", "he'd", "she'd",
  'manager', 'managers', 'boss', 'bosses', 'lead', 'supervisor', 'client', 'clients', 'customer', 'customers',
  'colleague', 'colleagues', 'coworker', 'coworkers', 'co-worker', 'co-workers', 'teammate', 'teammates',
  'vendor', 'vendors', 'supplier', 'suppliers', 'contractor', 'contractors', 'stakeholder', 'stakeholders',
  'director', 'ceo', 'cto', 'cfo', 'vp', 'management', 'leadership', 'company', 'department', 'hr',
  'partner', 'partners', 'professor', 'teacher', 'developer', 'developers', 'engineer', 'engineers',
  'designer', 'designers', 'someone', 'somebody', 'nobody', 'everyone', 'everybody', 'others', 'intern',
  'interns', 'qa', 'ops', 'sales', 'marketing', 'legal', 'agency', 'pm', 'owner', 'business', 'executives',
];

export const WORD_CLASSES: WordClasses = {
  self: SELF,
  group: GROUP,
  others: OTHERS,
  subject: ['i', 'we', 'he', 'she', 'they', 'it', 'you'],
  be: ['is', 'was', 'were', 'are', 'be', 'been', 'being', "wasn't", "weren't", "isn't", "aren't", 'got', 'get', 'gets', 'getting'],
  det: ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our', 'their', 'his', 'her', 'its', 'your', 'some', 'any'],
  neg: ["didn't", "don't", "doesn't", "wasn't", "weren't", "hadn't", "haven't", "hasn't", 'never', 'not', "couldn't", "wouldn't", "won't", "can't", 'cannot'],
  adv: [
    'just', 'really', 'also', 'then', 'immediately', 'quickly', 'first', 'finally', 'eventually', 'personally',
    'simply', 'actually', 'still', 'already', 'soon', 'later', 'promptly', 'directly', 'openly', 'honestly',
    'fully', 'completely', 'carefully', 'calmly', 'publicly', 'privately', 'now', 'always', 'usually', 'since',
  ],
  /** Adverbs that sit inside a past admission ("I simply didn't"), without the habitual "now" and "always". */
  padv: ['just', 'really', 'also', 'then', 'simply', 'actually', 'completely', 'honestly', 'still', 'already', 'personally', 'badly', 'totally', 'clearly', 'obviously', 'stupidly', 'naively', 'wrongly'],
  number: [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
    'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions',
    'dozen', 'dozens', 'half', 'several', 'a', 'an',
  ],
  period: [
    'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters',
    'year', 'years', 'sprint', 'sprints', 'weekend', 'weekends', 'night', 'nights', 'morning', 'afternoon',
  ],
};
