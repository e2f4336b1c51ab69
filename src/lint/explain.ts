/**
 * `failcoach lint --explain`: every layer of the judgement for one answer, so a user who asks
 * "why?" (or anyone tuning a rule) can see it. For each sentence: its story part, its clause
 * events, its classifier scores and the rules that reported on it; for each rule: what its own
 * check found, the answer score, the threshold and whether it spoke.
 */
import type { Answer } from '../answer/model.js';
import type { ClauseEvent } from '../nlp/clauses.js';
import { actFrames } from '../judge/frames.js';
import { judge, STORY_LABELS, type JudgementModel } from '../judge/judge.js';
import { lintAnswer, type Finding, type LintOptions, type LintSettings } from './engine.js';
import type { RuleFinding } from './rule.js';
import { RULES } from './rules/index.js';

export interface SentenceExplanation {
  /** Where the sentence starts, 1-based, as a finding's position is given. */
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly part: string;
  /** The writer's heading over the sentence, or null when its part was inferred from the wording. */
  readonly heading: string | null;
  /** Who does what in each clause, in plain words: "you: check (not, should have)". */
  readonly events: readonly string[];
  /** How the act is told, where the grammar shows it: an aim, a concealment, a comparison with everyone else… */
  readonly frames: readonly string[];
  /** Story-part scores, then flaw scores of 0.2 or more, highest first. */
  readonly parts: readonly [string, number][];
  readonly flaws: readonly [string, number][];
  /** Rules that reported on this sentence: their id and the severity they reported at. */
  readonly rules: readonly string[];
}

export interface RuleExplanation {
  readonly id: string;
  /** Findings of the rule's own check, before the judgement. */
  readonly checked: number;
  /** Those that stood once the story parts read them again (Rule.reread), or null for a rule that does not, or was not judged. */
  readonly reread: number | null;
  readonly score: number | null;
  readonly threshold: number | null;
  /** The omission's part is told surely, so the learned layer stayed silent (see toldSurely in decide.ts). */
  readonly told: boolean;
  readonly reported: number;
}

export interface Explanation {
  readonly findings: readonly Finding[];
  /** Rules that reported on the answer as a whole (an omission, the length): their id and severity, as `rules` of a sentence. */
  readonly whole: readonly string[];
  readonly sentences: readonly SentenceExplanation[];
  readonly rules: readonly RuleExplanation[];
  /** False when no model ships (the rules then judge alone). */
  readonly learned: boolean;
}

/** Who acts, in plain words; the clause reader's own names (self, group, other, thing, none) are in the legend. */
const ACTOR_WORDS: Readonly<Record<string, string>> = {
  self: 'you',
  group: 'we',
  other: 'someone else',
  thing: 'a thing',
  none: 'nobody named',
};

/**
 * One clause event in plain words: who acts, the act in its dictionary form, and how it is told
 * ("you: check (not, should have)", "someone else (“your vendor”): change", "nobody named: test (passive)").
 */
export function describeEvent(e: ClauseEvent): string {
  const notes: string[] = [];
  if (e.negated) notes.push('not');
  if (e.modal) notes.push(e.counterfactual ? `${e.modal} have` : e.modal);
  if (e.passive) notes.push(e.agent ? 'passive, doer named' : 'passive, no doer named');
  if (e.onSpeaker) notes.push('done to you');
  const who = ACTOR_WORDS[e.actor] ?? e.actor;
  // "your supplier", "your estimate": a subject the speaker calls theirs ("our supplier", "my estimate").
  const subject = e.subjectMine ? `your ${e.subject}` : e.subject;
  const named = e.subject && e.actor !== 'self' && e.actor !== 'group' ? `${who} (“${subject}”)` : who;
  return `${named}: ${e.act ?? 'no verb'}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

export function explainAnswer(
  answer: Answer,
  settings: LintSettings,
  options: LintOptions & { model: JudgementModel | null },
): Explanation {
  const rules: RuleExplanation[] = [];
  const checks = new Map<string, readonly RuleFinding[]>();
  const findings = lintAnswer(answer, settings, RULES, {
    ...options,
    trace: (rule, reports, decision) => {
      checks.set(rule.id, reports);
      rules.push({
        id: rule.id,
        checked: reports.length,
        reread: decision?.reread ?? null,
        score: decision?.score ?? null,
        threshold: decision?.threshold ?? null,
        told: decision?.told === true,
        reported: decision ? decision.findings.length : reports.length,
      });
    },
  });
  const judgement = options.model ? judge(answer, options.model) : null;
  const sentences = answer.sentences.map((sentence, i) => {
    const section = answer.sections[sentence.sectionIndex];
    const scores = judgement ? [...judgement.scores].map(([label, values]) => [label, values[i] ?? 0] as [string, number]) : [];
    const isPart = (label: string): boolean => (STORY_LABELS as readonly string[]).includes(label);
    const analysis = judgement?.sentences[i];
    const at = answer.locate(sentence.start);
    return {
      line: at.line,
      column: at.column,
      text: sentence.text.replace(/\s+/g, ' ').trim(),
      part: section ? section.part : 'other',
      heading: section?.heading ?? null,
      events: analysis ? analysis.events.map(describeEvent) : [],
      frames: analysis ? actFrames(analysis.tokens, analysis.events) : [],
      parts: scores.filter(([label]) => isPart(label)),
      flaws: scores.filter(([label, value]) => !isPart(label) && value >= 0.2).sort((a, b) => b[1] - a[1]),
      // A finding about the whole answer sits at its start, but it is not about the first sentence.
      rules: [
        ...new Set(
          findings.filter((f) => !f.whole && f.start < sentence.end && f.end > sentence.start).map((f) => `${f.ruleId} ${f.severity}`),
        ),
      ],
    };
  });
  const whole = [...new Set(findings.filter((f) => f.whole).map((f) => `${f.ruleId} ${f.severity}`))];
  return { findings, whole, sentences, rules, learned: options.model !== null };
}
