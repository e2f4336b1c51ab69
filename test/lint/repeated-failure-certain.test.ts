/**
 * repeated-failure and the learned judgement: the failure told as coming back after the story is
 * marked `certain` and reported whatever the answer score. The policy here is set so that the
 * judgement alone never speaks, which isolates the mark.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { shippedModel, type JudgementModel } from '../../src/judge/judge.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { findRule } from '../../src/lint/rules/index.js';
import { answer } from '../base-answer.js';

function repeats(text: string): string[] {
  const model = shippedModel();
  if (!model) throw new Error('the shipped judgement model is missing');
  const silent = { ...model, policy: { ...model.policy, 'repeated-failure': { threshold: 1.01, checked: 1.01, spot: 1.01 } } };
  return lintAnswer(parseAnswer(text), { rules: {} }, [findRule('repeated-failure')!], { model: silent as JudgementModel }).map(
    (f) => f.messageId,
  );
}

describe('repeated-failure and the learned judgement', () => {
  it('reports the failure coming back even where the judgement would stay silent', () => {
    const text = answer({
      lesson: `${answer().split('\n\n')[4]} Even so, the next spring I skipped the older-device run again and the same crash reached the same users.`,
    });
    expect(repeats(text)).toEqual(['repeated']);
  });

  it('reports nothing in a story whose lesson held', () => {
    expect(repeats(answer())).toEqual([]);
  });
});
