/**
 * repeated-failure and the learned judgement: the failure told as coming back after the story is
 * marked `certain` and reported whatever the answer score. The policy here is set so that the
 * judgement alone never speaks, which isolates the mark.
 */
import { describe, expect, it } from 'vitest';
import { reportedSilenced } from './silenced.js';
import { answer } from '../base-answer.js';

const repeats = (text: string): string[] => reportedSilenced('repeated-failure', text);

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
