/**
 * Choosing all rules' thresholds at once under a budget of strong answers allowed a warning:
 * small made-up outcome tables, where the right choice can be worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { allocate, choosePolicy, gainOf, MIN_ALONE, SPOTS, steadyPolicy, THRESHOLDS, type Outcome } from './policy.js';

const outcome = (score: number, kind: 'flaw' | 'strong' | 'weak', set = 'a'): Outcome => ({
  set,
  score,
  certain: false,
  checked: false,
  maxOwn: 0,
  labelled: kind === 'flaw',
  strong: kind === 'strong',
  hits: [true, true, true, true],
});

describe('allocating thresholds under a budget of strong answers', () => {
  // Answers 0-3 are flawed for the rule, 4-5 strong, 6 weak. Scores per rule line up with them.
  const table = (scores: number[], kinds: ('flaw' | 'strong' | 'weak')[]): Outcome[] => scores.map((s, i) => outcome(s, kinds[i]!));

  it('spends no strong answer when the budget is zero, and still catches what scores above every strong answer', () => {
    const rules = new Map([['r', table([0.9, 0.8, 0.4, 0.3, 0.5, 0.2], ['flaw', 'flaw', 'flaw', 'flaw', 'strong', 'strong'])]]);
    const policy = allocate(rules, 0.5, 0).r!;
    expect(policy.threshold).toBeGreaterThan(0.5);
    expect(policy.threshold).toBeLessThanOrEqual(0.8);
  });

  it('lets a second rule speak on a strong answer the first already spoils, for free', () => {
    // Strong answer 4 scores high for both rules; with one strong answer allowed, both rules may reach it.
    const kinds: ('flaw' | 'strong' | 'weak')[] = ['flaw', 'flaw', 'flaw', 'flaw', 'strong', 'strong'];
    const rules = new Map([
      ['r1', table([0.7, 0.6, 0.1, 0.1, 0.65, 0.1], kinds)],
      ['r2', table([0.1, 0.1, 0.7, 0.6, 0.65, 0.1], kinds)],
    ]);
    const policies = allocate(rules, 0.5, 0.5);
    // Both thresholds drop to take in their two flaws, sharing the one spoiled strong answer (index 4).
    expect(policies.r1!.threshold).toBeLessThanOrEqual(0.6);
    expect(policies.r2!.threshold).toBeLessThanOrEqual(0.6);
    expect(policies.r1!.threshold).toBeGreaterThan(0.1);
    expect(policies.r2!.threshold).toBeGreaterThan(0.1);
  });

  it('charges alarms on weak answers: a catch that costs more than it buys is not taken', () => {
    const rules = new Map([
      ['r', table([0.9, 0.3, 0.3, 0.3, 0.1, 0.1, 0.3], ['flaw', 'flaw', 'weak', 'weak', 'strong', 'strong', 'weak'])],
    ]);
    expect(allocate(rules, 1, 1).r!.threshold).toBeGreaterThan(0.3);
    expect(allocate(rules, 0.1, 1).r!.threshold).toBeLessThanOrEqual(0.3);
  });
});

describe("choosing one rule's policy by its gain", () => {
  it('lets a precise check speak alone, whatever the answer score (threshold 0)', () => {
    // Two flaws the check finds at answer scores near nought; a strong answer the check leaves alone scores higher.
    const found = (score: number): Outcome => ({ ...outcome(score, 'flaw'), checked: true });
    const chosen = choosePolicy([found(0.01), found(0.02), outcome(0.3, 'strong')], { strong: 3, weak: 0.25 });
    expect(chosen.checked).toBe(0);
    expect(chosen.threshold).toBeGreaterThan(0.3);
  });
});

describe('steady thresholds: the median choice over bootstrap resamples', () => {
  /** Made-up outcomes with flaws scored higher on the whole than the answers without them, overlapping in the middle. */
  const made = (seed: number): Outcome[] => {
    let state = seed;
    const next = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    return Array.from({ length: 300 }, (_, i) => {
      const kind = i % 3 === 0 ? 'flaw' : i % 3 === 1 ? 'strong' : 'weak';
      const centre = kind === 'flaw' ? 0.6 : 0.35;
      return outcome(Math.min(1, Math.max(0, centre + (next() - 0.5) * 0.7)), kind);
    });
  };
  const costs = { strong: 3, weak: 0.25 };

  it('is the single choice when asked for no resamples', () => {
    const outcomes = made(1);
    expect(steadyPolicy(outcomes, costs)).toEqual(choosePolicy(outcomes, costs));
  });

  it('never mutes a rule the single choice lets speak: resamples where nothing gains have no vote', () => {
    // Seven flaws and two strong answers score 0.9, ten weak answers 0.1: speaking everywhere gains 7 − 6 − 2.5 = −1.5,
    // speaking above 0.1 gains 1. Resamples short of flaws gain nothing, and their "never speak" must not win.
    const table = [
      ...Array.from({ length: 7 }, () => outcome(0.9, 'flaw')),
      outcome(0.9, 'strong'),
      outcome(0.9, 'strong'),
      ...Array.from({ length: 10 }, () => outcome(0.1, 'weak')),
    ];
    const steady = steadyPolicy(table, { ...costs, resamples: 40 });
    expect(choosePolicy(table, costs).gain).toBeGreaterThan(0);
    expect(steady.threshold).toBeLessThanOrEqual(0.9);
    expect(steady.gain).toBeGreaterThan(0);
  });

  it('reports the gain of the policy it returns, and returns only a policy that gains', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const outcomes = made(seed).slice(0, 60 + seed);
      const { gain, ...policy } = steadyPolicy(outcomes, { ...costs, resamples: 20 });
      if (choosePolicy(outcomes, costs).gain > 0) expect(gain, `seed ${seed}`).toBeGreaterThan(0);
      expect(gainOf(outcomes, policy, costs), `seed ${seed}`).toBeCloseTo(gain, 9);
      expect(policy.checked, `seed ${seed}`).toBeLessThanOrEqual(policy.threshold);
    }
  });

  it('is never bolder than the single choice for less: a lower threshold must gain as much on the outcomes', () => {
    // Without the guard, the median of the resampled choices falls below the single choice for less gain on some of these tables.
    for (let seed = 1; seed <= 60; seed++) {
      const outcomes = made(seed).slice(0, 45 + seed);
      const plain = choosePolicy(outcomes, costs);
      const steady = steadyPolicy(outcomes, { ...costs, resamples: 20 });
      if (steady.threshold < plain.threshold) expect(steady.gain, `seed ${seed}`).toBeGreaterThanOrEqual(plain.gain);
    }
  });

  it('lets the classifier alone speak from no lower than MIN_ALONE, keeping the rest of the choice', () => {
    // Flaws at 0.1 that nothing else reaches: the single choice speaks from 0.1; the steady one from MIN_ALONE.
    const table = [...Array.from({ length: 6 }, () => outcome(0.1, 'flaw')), outcome(0.05, 'strong'), outcome(0.9, 'flaw')];
    expect(choosePolicy(table, costs).threshold).toBeLessThan(MIN_ALONE);
    const steady = steadyPolicy(table, { ...costs, resamples: 20 });
    expect(steady.threshold).toBe(MIN_ALONE);
    expect(steady.gain).toBeCloseTo(gainOf(table, steady, costs), 9);
  });

  it('chooses the same policy every time from the same outcomes, within the grid the single choice uses', () => {
    const outcomes = made(5);
    const steady = steadyPolicy(outcomes, { ...costs, resamples: 30 });
    expect(steadyPolicy(outcomes, { ...costs, resamples: 30 })).toEqual(steady);
    const grid = THRESHOLDS.map((t) => Math.round(t * 1000) / 1000);
    expect(grid).toContain(steady.threshold);
    expect(grid).toContain(steady.checked);
    expect(SPOTS).toContain(steady.spot);
  });
});
