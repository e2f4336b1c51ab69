/**
 * ownership and the learned judgement: when the speaker says, before the failure, that the work was
 * theirs ("I was responsible for…") and then tells two failures or more only as "we", with nothing
 * owned, the finding stands whatever the answer score. One "we" failure, or the work not held, is
 * left to the judgement. The policy here is set so that the judgement alone never speaks.
 */
import { describe, expect, it } from 'vitest';
import { reportedSilenced } from './silenced.js';

const spread = (text: string): string[] => reportedSilenced('ownership', text);

describe('ownership and the learned judgement', () => {
  it('reports "we" failures told by the one who held the work, even where the judgement would stay silent', () => {
    const text =
      'I was the bookings officer at a village hall, and I was responsible for our hire contracts. We lost the summer fair booking. We had not checked that the council had moved its forms online, and we only found out on the last day. I now check every form a month ahead.';
    expect(spread(text)).toContain('groupFailure');
  });

  it('leaves it to the judgement when the work was not said to be theirs, or only one failure is told as "we"', () => {
    expect(
      spread(
        'I was a bookings officer at a village hall. We lost the summer fair booking. We had not checked that the council had moved its forms online, and we only found out on the last day. I now check every form a month ahead.',
      ),
    ).toEqual([]);
    expect(
      spread(
        'I was the bookings officer at a village hall, and I was responsible for our hire contracts. We lost the summer fair booking when the council moved its forms online. I now check every form a month ahead.',
      ),
    ).toEqual([]);
  });
});
