/**
 * Where a rule's own check meets the learned judgement. The check finds phrases and omissions it
 * can point at; the answer classifier weighs them with the sentence and story-part scores. A rule
 * speaks only when the answer score clears its threshold (chosen by leave-one-set-out on the
 * labelled corpus so that strong answers stay clean); it then reports its own findings and the
 * sentences the classifier scores highest for the flaw, each quoted.
 */
import type { Answer } from '../answer/model.js';
import { answerScoreFor, hollowSentences, judge, type CheckSummary, type Judgement, type JudgementModel } from '../judge/judge.js';
import { omissionEvidence } from '../judge/omission-answer.js';
import { hollowPart, insightBeforePractice, insightWithPractice, OMISSION_PARTS, surest } from '../judge/story-features.js';
import { JUDGED, type Rule, type RuleFinding } from './rule.js';

const MAX_SPOTTED = 3;
/** Fewer words than this give the answer classifiers nothing to weigh: no learned finding on them. */
const MIN_WORDS_TO_JUDGE = 25;
/** An omission speaks also where the part is told hollow (someone else's fix, a lesson with no content): at this part score. */
const HOLLOW_AT = 0.35;
const MAX_HOLLOW = 2;
/** A sentence tells a part at least in passing at this part score: where a message about that part's content may point. */
const IN_PLACE_AT = 0.2;
/** The part told with some confidence at this score: what "told, but not enough" points at. */
const TOLD_AT = 0.35;

/** A part told at this sentence score, in full and (for a fix) as the speaker's own act, is no omission. */
const TOLD_SURELY = 0.9;

/**
 * Whether the part an omission rule looks for is told surely: a sentence scored at TOLD_SURELY for
 * it that is not hollow, and a fix the speaker made ("I told my manager the same morning and posted
 * the reversal"). The answer classifier weighs the whole story and can still score such an answer
 * as missing its fix; on the labelled corpus, out of fold, no answer labelled with the omission
 * told its part so and was caught (five were told so and missed, 1,300 were not labelled). Not for
 * the stakes: a cost told surely can still be trivial, or shrugged off, and that is the flaw.
 */
export function toldSurely(ruleId: string, judgement: Judgement): boolean {
  const part = OMISSION_PARTS[ruleId];
  if (!part || part === 'stakes') return false;
  const scores = judgement.scores.get(part);
  if (!scores) return false;
  // A lesson told inside a change told surely ("X depends on Y, so I now…"), or as a distinction
  // just before it: the lesson classifier reads the change alone.
  const prevention = judgement.scores.get('prevention');
  if (
    part === 'lesson' &&
    prevention &&
    judgement.sentences.some(
      (s, i) =>
        ((prevention[i] ?? 0) >= TOLD_SURELY && insightWithPractice(s.tokens, s.events)) ||
        ((prevention[i + 1] ?? 0) >= TOLD_SURELY && insightBeforePractice(s, judgement.sentences[i + 1])),
    )
  )
    return true;
  return judgement.sentences.some(
    (s, i) => (scores[i] ?? 0) >= TOLD_SURELY && !hollowPart(part, s.features) && (part !== 'remedy' || s.features.includes('rm:self-did')),
  );
}

function quote(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= 10 ? `“${words.join(' ')}”` : `“${words.slice(0, 9).join(' ')} …”`;
}

export function checkSummary(reports: readonly RuleFinding[]): CheckSummary {
  // One pass, counting what three filters would keep.
  let findings = 0;
  let milder = 0;
  let fromEvents = 0;
  for (const r of reports) {
    if (r.milder) milder++;
    else {
      findings++;
      if (r.basis === 'events') fromEvents++;
    }
  }
  return { findings, milder, fromEvents };
}

/**
 * Whether the rule's own check found the flaw, for the lower threshold a finding earns: any
 * finding but a milder one, or also a milder one where that is the flaw's weak form (a vague
 * lesson) rather than a weaker sign of it (one dramatic word).
 */
export function checkFound(rule: Rule, reports: readonly RuleFinding[]): boolean {
  return reports.some((r) => !r.milder || rule.milderWhenSpotted === true);
}

/** The check's findings as they stand once the story parts are scored (Rule.reread). */
export function reread(rule: Rule, answer: Answer, findings: readonly RuleFinding[], judgement: Judgement): readonly RuleFinding[] {
  return rule.reread ? rule.reread(answer, findings, judgement.scores) : findings;
}

/**
 * The sentences on which a rule that needs its check may speak without it: scored at its aloneAt
 * for the flaw (Rule.aloneAt) and where the rule allows (Rule.aloneWhere). Empty for any other rule.
 * The training (collectOutcomes) asks the same question, through silentUnchecked.
 */
export function aloneSentences(rule: Rule, answer: Answer, judgement: Judgement): number[] {
  const own = judgement.scores.get(rule.id);
  if (rule.aloneAt === undefined || own === undefined) return [];
  const out: number[] = [];
  for (let index = 0; index < own.length; index++)
    if (own[index]! >= rule.aloneAt && (rule.aloneWhere?.(answer, index) ?? true)) out.push(index);
  return out;
}

/** A rule that needs its check and found nothing stays silent, unless one sentence lets it speak alone (aloneSentences). */
export function silentUnchecked(rule: Rule, answer: Answer, found: boolean, judgement: Judgement): boolean {
  if (!rule.needsCheck || found) return false;
  return aloneSentences(rule, answer, judgement).length === 0;
}

export interface Decision {
  readonly findings: RuleFinding[];
  /** The answer classifier's score, or null when the model has none for the rule. */
  readonly score: number | null;
  readonly threshold: number | null;
  /** The omission's part is told surely (see toldSurely): the learned layer stayed silent whatever the score. */
  readonly told?: boolean;
  /** How many findings of the check stood once the story parts read them again (Rule.reread), for a rule that does. */
  readonly reread?: number;
}

/**
 * Every decision with the same keys in the same order, `told` and `reread` undefined where they do
 * not apply (decide sets `reread` afterwards): with a key added only now and then, the engine's
 * read of `findings` saw four shapes and lintAnswer went back to the interpreter ("wrong map").
 */
function decision(findings: RuleFinding[], score: number | null, threshold: number | null, told?: true): Decision {
  return { findings, score, threshold, told, reread: undefined };
}

export function decide(rule: Rule, answer: Answer, checked: readonly RuleFinding[], model: JudgementModel): Decision {
  const policy = model.policy[rule.id];
  // Too few words to weigh ("I failed."): the rule's own check speaks alone.
  if (!policy || rule.learned === false || answer.wordCount < MIN_WORDS_TO_JUDGE) return decision([...checked], null, null);
  const judgement = judge(answer, model);
  // The check's findings as the story parts read them, before anything weighs them.
  const reports = reread(rule, answer, checked, judgement);
  const decided = weigh(rule, answer, reports, judgement, model);
  // weigh() makes a fresh decision every time: the count is set on it, not on a copy.
  if (rule.reread) (decided as { reread?: number }).reread = reports.length;
  return decided;
}

/** The decision on the check's findings as they stand once reread: the answer scored, and what the rule says. */
function weigh(rule: Rule, answer: Answer, reports: readonly RuleFinding[], judgement: Judgement, model: JudgementModel): Decision {
  const policy = model.policy[rule.id]!;
  const summary = checkSummary(reports);
  const score = answerScoreFor(model, answer, judgement, rule.id, summary, rule.scope);
  if (score === null) return decision([...reports], null, null);
  // A rule whose own check found something speaks at a lower answer score than one whose check found nothing.
  const found = checkFound(rule, reports);
  // A rule that needs its check and found nothing speaks only on the sentences that let it speak alone (silentUnchecked).
  const alone = rule.needsCheck && !found ? new Set(aloneSentences(rule, answer, judgement)) : null;
  if (alone !== null && alone.size === 0) return decision([], score, null);
  // The part told surely and in full: the learned layer alone does not call it missing.
  if (!found && (toldSurely(rule.id, judgement) || rule.toldInEvents?.(answer, judgement.scores) === true))
    return decision([], score, null, true);
  const threshold = found ? Math.min(policy.threshold, policy.checked ?? policy.threshold) : policy.threshold;
  if (score < threshold && !reports.some((r) => r.certain)) {
    const kept = rule.unconfirmed === 'info' ? reports.map((r) => ({ ...r, info: true })) : [];
    return decision(kept, score, threshold);
  }
  // A message about the content of a part ("the lesson is vague") is only for a sentence told in
  // that part's place: the sentence scores for the flaw also rise on the drama of a weak answer
  // ("it was carnage"), which gets the rule's general message instead.
  const part = rule.judgedAs?.sentence ? OMISSION_PARTS[rule.id] : undefined;
  const partScores = part ? judgement.scores.get(part) : undefined;
  const inPlace = (index: number): boolean =>
    !partScores || (partScores[index] ?? 0) >= IN_PLACE_AT || judgement.sentences[index]!.features.includes('sf:insight');
  // No sentence stands in the part's place and the rule's own reading finds none announced: the
  // omission itself, about the whole answer at the rule's severity, where a sentence told weakly
  // would get the milder pointer.
  if (!found && rule.judgedAs?.whole && partScores && !answer.sentences.some((s) => inPlace(s.index)) && rule.absent?.(answer)) {
    const first = answer.sentences[0]!;
    const whole = { start: first.start, end: first.start, messageId: rule.judgedAs.whole, quote: 'The whole answer', whole: true };
    return decision([...reports, whole], score, threshold);
  }
  // A tone rule's mild form (one dramatic word) is what the judgement weighs: confirmed, it is the tone.
  // Made from a literal and pushed to, where a spread or a map made an array whose elements kind
  // (small integers when empty, objects otherwise) varied from answer to answer: each new kind
  // sent weigh back to the interpreter ("wrong map") at the scans of `out` below.
  const out: RuleFinding[] = [];
  if (rule.unconfirmed === 'info') for (const r of reports) out.push({ ...r, milder: false });
  else for (const r of reports) out.push(r);
  const own = judgement.scores.get(rule.id);
  // Speaking without its check, a rule points only at the sentences that let it (`alone`, above).
  // The sentences scored at the spot or above, highest first (in reading order among equals), at most MAX_SPOTTED.
  const spotted: number[] = [];
  if (own) {
    for (let index = 0; index < own.length; index++)
      if (own[index]! >= policy.spot && (alone === null || alone.has(index))) spotted.push(index);
    if (spotted.length > 1) spotted.sort((a, b) => own[b]! - own[a]!);
    if (spotted.length > MAX_SPOTTED) spotted.length = MAX_SPOTTED;
  }
  const hollow = [...omissionEvidence(judgement, rule.id), ...hollowSentences(judgement, rule.id, HOLLOW_AT)].slice(0, MAX_HOLLOW);
  // Beside a finding about the whole answer ("There is no lesson"), a sentence told in the part's
  // place is where the part would stand, in a message of its own rather than the omission's again.
  const beside = rule.judgedAs?.beside !== undefined && out.some((r) => r.whole === true) ? rule.judgedAs.beside : undefined;
  for (const index of [...spotted, ...hollow]) {
    const sentence = answer.sentences[index]!;
    if (out.some((r) => r.start < sentence.end && r.end > sentence.start)) continue;
    out.push({
      start: sentence.start,
      end: sentence.end,
      messageId: (inPlace(index) ? (beside ?? rule.judgedAs?.sentence) : undefined) ?? JUDGED,
      quote: quote(sentence.text),
      ...(rule.milderWhenSpotted ? { milder: true } : {}),
    });
  }
  if (rule.scope === 'answer' && out.length === 0 && partScores && rule.judgedAs?.sentence) {
    // The part is told, and judged not enough: its surest sentence is what to change.
    const at = surest(partScores);
    if ((partScores[at] ?? 0) >= TOLD_AT) {
      const sentence = answer.sentences[at]!;
      out.push({
        start: sentence.start,
        end: sentence.end,
        messageId: rule.judgedAs.sentence,
        quote: quote(sentence.text),
        ...(rule.milderWhenSpotted ? { milder: true } : {}),
      });
    }
  }
  if (rule.scope === 'answer' && out.length === 0) {
    // About the whole answer: a point at its start, not a claim about the first sentence.
    const first = answer.sentences[0]!;
    out.push({ start: first.start, end: first.start, messageId: rule.judgedAs?.whole ?? JUDGED, quote: 'The whole answer', whole: true });
  }
  return decision(out, score, threshold);
}
