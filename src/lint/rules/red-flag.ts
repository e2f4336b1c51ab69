import type { Sentence } from '../../answer/model.js';
import type { PhraseMatch } from '../../answer/phrase-language.js';
import { definePhraseRule } from '../rule.js';
import { negatedBefore } from '../../answer/lexicon.js';

/** Conduct the speaker did: the subject must be "I" or "we". */
const CONDUCT: readonly string[] = [
  'i|we @adv? @adv? (lied|lie|falsified|fabricated|faked|forged|backdated|stole|embezzled|plagiarized|plagiarised|cheated|harassed|bullied|threatened|shredded|doctored|fudged)',
  'i|we @adv? @adv? (hid|concealed|covered up|buried|swept) the|my|our|it|that|this',
  'i|we @adv? covered it up',
  'i|we @adv? (yelled at|screamed at|swore at|punched|shoved)',
  'i|we @adv? @adv? (ignored|skipped|bypassed|disabled|circumvented|violated|broke|overrode|turned off|switched off) the|a|our|all|every|two|three @adv? (safety|security|compliance|legal|audit|privacy|fire|regulatory|hipaa|gdpr|sox) ..2 (procedure|procedures|policy|policies|protocol|protocols|check|checks|review|reviews|rule|rules|regulation|regulations|requirement|requirements|controls|alarm|alarms|lock|locks|guard|guards|training|sign-off|approval)',
  'i|we @adv? (broke|violated) the law|policy|rules|contract|nda|regulations',
  'i|we @adv? took credit for',
  // Records that do not reflect what happened: falsification without the word.
  'i|we @adv? (made up|invented|filled in|copied|reused|guessed|estimated|backfilled|doctored|altered|changed|adjusted) ..3 (measurements|readings|results|data|numbers|figures|records|entries|hours|logs|timesheet|timesheets|signatures|dates)',
  'i|we @adv? signed ..3 off without (checking|measuring|testing|inspecting|seeing|reading|reviewing)',
  "i|we @adv? signed (his|her|their|someone|someone's|my manager's|my boss's) name",
  'i|we @adv? shared|leaked|sold|downloaded|copied|emailed (confidential|customer|patient|client|personal|private) ..1 (data|records|information|files|details|list|lists)',
  'i|we @adv? (shared my|shared our|shared the) password|passwords|credentials',
  'without (authorization|authorisation|permission|approval|consent)',
  "(i was|i'd been|i had been|i got|i came in|i showed up|i turned up) @adv? drunk|high|hungover|intoxicated|stoned",
  'under the influence',
  '(i was|i got) @adv? (fired|dismissed|terminated|sacked) (for|because|after)',
  'insider trading',
  'conflict of interest',
];

/** Besides a negator, a refusal near the act denies it ("I refused to sign off"). */
const REFUSAL = new Set(['refused']);

/** A negator within three words either side: "I never hid", "hid nothing". */
function negated(sentence: Sentence, start: number): boolean {
  return negatedBefore(sentence.words, start + 3, 6, REFUSAL);
}

/** Phrases that speak of conduct only when the speaker acted in the same sentence ("without permission"). */
const CONDUCT_IF_SPEAKER_ACTS = new Set(['without', 'under', 'insider', 'conflict']);

function notConduct(sentence: Sentence, match: PhraseMatch): boolean {
  const speakerInvolved = sentence.signals.speakerSubject || sentence.signals.groupSubject;
  if (CONDUCT_IF_SPEAKER_ACTS.has(sentence.words[match.start]!.norm) && !speakerInvolved) return true;
  return negated(sentence, match.start);
}

export default definePhraseRule({
  id: 'red-flag',
  phrases: { conduct: CONDUCT },
  userList: 'conduct',
  severity: 'warning',
  messages: {
    misconduct: {
      message: 'This reads as misconduct or a breach of policy, which is a liability rather than a lesson.',
      suggestion: 'Choose a failure of judgment or oversight instead, or leave this detail out if it is not what happened.',
    },
    judged: {
      message: 'This tells of a failure that raises doubts about judgement or integrity, not a mistake that teaches.',
      suggestion: 'Choose a story where you misjudged something, not one where you broke a rule or misled people.',
    },
  },
  report: [{ list: 'conduct', messageId: 'misconduct', unless: notConduct }],
  summary: 'The story involves ethics, policy, safety or conduct trouble',
  rationale:
    'A failure of judgment or oversight is a good answer; a breach of ethics, law, safety or policy is a liability, whatever you learned. Interviewers cannot unhear it. Choose a story about a misjudgment, not misconduct.',
  sources: ['Shepard', 'Odak'],
  options: {},
  example: {
    flagged: 'To hit the date I skipped the security review and pushed the release myself.',
    fixed: 'To hit the date I planned the security review for the last two days, and when it found an issue the release slipped a week.',
  },
});
