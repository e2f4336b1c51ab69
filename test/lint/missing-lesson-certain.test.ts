/**
 * missing-lesson and the learned judgement: a lesson offered only as a maxim ("preparation pays
 * off") or sized and never said ("I learned a lot about the job") is marked `certain` and reported
 * whatever the answer score. The policy here is set so that the judgement alone never speaks,
 * which isolates the mark.
 */
import { describe, expect, it } from 'vitest';
import { reportedSilenced } from './silenced.js';
import { answer } from '../base-answer.js';

const lessons = (text: string): string[] => reportedSilenced('missing-lesson', text);

describe('missing-lesson and the learned judgement', () => {
  it('reports a lesson given only as a maxim, whatever the score', () => {
    expect(lessons(answer({ lesson: 'What I took from it is that communication is key and attention to detail really matters.' }))).toEqual(
      ['vagueLesson'],
    );
  });

  it('reports the weight of a practice told as "how important it is to…", whatever the score', () => {
    expect(
      lessons(answer({ lesson: 'It also showed me how important it is to build a proper contingency into every school project.' })),
    ).toEqual(['vagueLesson']);
  });

  it('reports the learning sized and never said, whatever the score', () => {
    expect(lessons(answer({ lesson: 'Looking back, I learned a great deal about the job and about the people I release with.' }))).toEqual([
      'vagueLesson',
    ]);
  });

  it('leaves to the score a maxim beside a lesson that says something', () => {
    const lesson =
      'Communication is key, and what I learned is that a green run only tells you about the phones you tested. Now I run the suite on the three oldest Android versions.';
    expect(lessons(answer({ lesson }))).toEqual([]);
  });
});
