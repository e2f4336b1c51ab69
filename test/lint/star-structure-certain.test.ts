/**
 * star-structure and the learned judgement: under the writer's own headings, one of which names a
 * part of STAR, a part with no heading and no sentence that tells it is reported whatever the
 * answer score. A free-form answer's missing part stays with the judgement. The policy here is set
 * so that the judgement alone never speaks, which isolates the `certain` mark.
 */
import { describe, expect, it } from 'vitest';
import { reportedSilenced } from './silenced.js';

const star = (text: string): string[] => reportedSilenced('star-structure', text);

describe('star-structure and the learned judgement', () => {
  it('reports a Result skipped under STAR headings, even where the judgement would stay silent', () => {
    const text = [
      'Situation: I ran the goods-in desk at a garden centre during the spring rush.',
      'Task: I had to book the bedding plant deliveries into the yard.',
      'Action: I booked two lorries into the same slot and never checked the yard plan. I rang the second haulier as soon as I saw it and moved him to the afternoon.',
      'Lesson: a slot is only free once the yard plan says so.',
      'Since then: I check the yard plan before I confirm any booking, and I have not double-booked a slot this season.',
    ].join('\n\n');
    expect(star(`${text}\n`)).toContain('missingPart');
  });

  it('reports a Situation skipped under headings that name an Action', () => {
    const text = [
      'Failure: signed off the cold room as checked without reading the probe log. Probe had failed overnight.',
      'Impact: forty kilos of dairy binned, about £600.',
      'Action: I told the manager the same morning, moved the stock to the spare fridge and called the engineer.',
      'Lessons: a signature on a check sheet means nothing unless it is against a reading.',
      'Since: I write the probe reading next to my initials every morning, and the team does the same.',
    ].join('\n\n');
    expect(star(`${text}\n`)).toContain('missingPart');
  });

  it('leaves to the judgement a Situation told under a Challenge heading (a Challenge-Action-Result plan)', () => {
    const text = [
      '## Challenge',
      'I ran the goods-in desk at a garden centre, and my job that spring was booking deliveries into the yard.',
      '## Action',
      'I booked two lorries into the same slot without checking the yard plan, and one waited two hours. I rang the second haulier, apologised and paid his waiting time.',
      '## Result',
      'Both loads were in by noon. I learned that a slot is only free once the yard plan says so, and now I check it before I confirm any booking.',
    ].join('\n\n');
    expect(star(`${text}\n`)).toEqual([]);
  });

  it('leaves a free-form answer with no setting to the judgement', () => {
    const text = [
      'I signed off the cold room as checked without reading the probe log, and the probe had failed overnight.',
      'We binned forty kilos of dairy, about £600.',
      'I told the manager the same morning, moved the stock to the spare fridge and called the engineer.',
      'I learned that a signature on a check sheet means nothing unless it is against a reading.',
      'Now I write the probe reading next to my initials every morning.',
    ].join(' ');
    expect(star(text)).toEqual([]);
  });
});
