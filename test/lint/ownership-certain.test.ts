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

  it('reports a "we" failure beside the speaker placing it in their own charge ("it happened on my shift")', () => {
    const text =
      'I ran the tills at a garden centre on Saturdays. We rang up forty bags of compost at the wrong price. It happened on my shift, and the shop lost about two hundred pounds. The owner put a note on each till. I now read the price band before the first sale.';
    expect(spread(text)).toContain('groupFailure');
    // "under my name" places it with the speaker just the same.
    expect(
      spread(
        'I was a clerk at a lettings agency. We posted the deposit notice to the wrong address, and it went out under my name. The tenant missed the deadline to dispute it, and the agency refunded her fee. I now confirm the address by phone before anything is posted.',
      ),
    ).toContain('groupFailure');
  });

  it("reads the speaker's name on the work as the failure placed with them, and no one else's mark", () => {
    const roadworks = (mark: string): string =>
      `I ran the night crew on the motorway roadworks. We forgot to take down two of the temporary speed signs after the lane reopened, and the traffic plan had ${mark} on it. A driver braked hard and was rear-ended. I now walk the whole length before I sign the lane open.`;
    expect(spread(roadworks('my name'))).toContain('groupFailure');
    expect(spread(roadworks("the client's logo"))).toEqual([]);
  });

  it('does not read a time or a state after "my" as the failure placed with the speaker', () => {
    expect(
      spread(
        'I ran the tills at a garden centre on Saturdays. We rang up forty bags of compost at the wrong price. It happened on my first day, and the shop lost about two hundred pounds. The owner put a note on each till. I now read the price band before the first sale.',
      ),
    ).toEqual([]);
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
  describe('the failure shared out among everyone', () => {
    const bakery = (middle: string): string =>
      `I worked the early shift at a bakery that supplies three cafés. One morning the sourdough went out without its seeds because the dough was mixed from the wrong sheet. ${middle} Two cafés had to bin the loaves and we refunded them about ninety pounds. I learned that the sheet on the wall has to be the only sheet. I now take the old sheet down myself when a new one goes up.`;

    it("reports the failure called a shared thing, or nobody's in particular, even where the judgement would stay silent", () => {
      for (const middle of [
        'Honestly it was more of a group thing, there were three of us on the mixers.',
        'To be fair it was not really down to any one person.',
        'All three of us had a hand in it, so we all own that one.',
        "I would call it everybody's responsibility at the end of the day.",
        'It was a group miss, really.',
        'Nobody in particular, it just fell between the shifts.',
        'The blame sat across the bakery as a whole, rather than any individual choice.',
        'The batch sheets belonged to everyone on the early shift.',
      ])
        expect(spread(bakery(middle)), middle).toContain('sharedOut');
    });

    it('leaves a shared failure that the same sentence owns, and a team told as the setting or the lesson', () => {
      for (const middle of [
        'It was a team failure, but the sheet I picked up was the one I had printed.',
        'No one person can check every tray at four in the morning.',
        'Each of us had a mixer of our own, and mine was the one with the wrong sheet.',
        'I told everyone on the shift and owned it with the manager before the vans left.',
        'The dough was split between the three of us, and the seeded batch was mine.',
        'The trays sat between the two ovens, where I had left them.',
      ])
        expect(spread(bakery(middle)), middle).not.toContain('sharedOut');
      expect(
        spread(
          'I ran the tills at a garden centre on Saturdays. I rang up forty bags of compost at the wrong price, and the shop lost about two hundred pounds. I learned that good service is a team effort, not one person. I now read the price band before the first sale.',
        ),
      ).not.toContain('sharedOut');
    });
  });
});
