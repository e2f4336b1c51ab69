/**
 * passive-dodge and the learned judgement: an act done without its safeguard, told in a passive
 * with nobody doing it ("it was signed off without any load test"), is reported whatever the answer
 * score; an owned failure in the same or the next sentence answers it. The policy here is set so
 * that the judgement alone never speaks, which isolates the `certain` mark.
 */
import { describe, expect, it } from 'vitest';
import { reportedSilenced } from './silenced.js';

/** A short weak answer: the failure, what it cost, a fix and a lesson, none of it owned. */
const story = (failure: string): string =>
  `Last March our team moved the shop to a new payment provider. ${failure} We rolled back within the hour and added a checklist to every release.`;

const dodges = (text: string): string[] => reportedSilenced('passive-dodge', text);

describe('passive-dodge and the learned judgement', () => {
  it('reports an act done without its safeguard by nobody, even where the judgement would stay silent', () => {
    expect(dodges(story('The pricing change was signed off without any load test, and checkout fell over at noon.'))).toEqual([
      'agentless',
    ]);
    expect(dodges(story('the migration was approved without a rollback plan and the orders table locked for an hour'))).toEqual([
      'agentless',
    ]);
  });

  it('leaves it to the judgement when the speaker owns it next, or when nothing was skipped', () => {
    expect(
      dodges(story('The pricing change was signed off without any load test. I should have insisted on one before I approved it.')),
    ).toEqual([]);
    expect(dodges(story('The shipment was delayed by the storm and the site opened a day late.'))).toEqual([]);
  });
});
