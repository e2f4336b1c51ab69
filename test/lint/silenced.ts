/**
 * The shipped model with one rule's judgement silenced: its policy set so that the answer score
 * never clears a threshold and no sentence is quoted for its score. What the rule still reports
 * is what its own check marks `certain`; the `*-certain` tests use it to isolate that mark.
 */
import { parseAnswer } from '../../src/answer/parse.js';
import { shippedModel, type JudgementModel } from '../../src/judge/judge.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { findRule } from '../../src/lint/rules/index.js';

export function silencing(ruleId: string): JudgementModel {
  const model = shippedModel();
  if (!model) throw new Error('the shipped judgement model is missing');
  return { ...model, policy: { ...model.policy, [ruleId]: { threshold: 1.01, checked: 1.01, spot: 1.01 } } };
}

/**
 * The message ids `ruleId` reports on `text` with its judgement silenced. `reading` names other
 * rules whose checks it reads (see Rule.reads); their own findings are left out.
 */
export function reportedSilenced(ruleId: string, text: string, reading: readonly string[] = []): string[] {
  const rules = [ruleId, ...reading].map((id) => findRule(id)!);
  return lintAnswer(parseAnswer(text), { rules: {} }, rules, { model: silencing(ruleId) })
    .filter((f) => f.ruleId === ruleId)
    .map((f) => f.messageId);
}
