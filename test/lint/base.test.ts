import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { RULES } from '../../src/lint/rules/index.js';
import { answer } from '../helpers.js';

describe('the base answer used by rule tests', () => {
  it('passes every rule, so each rule test changes exactly one thing', () => {
    const text = answer();
    const findings = lintAnswer(parseAnswer(text), {});
    expect(findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });

  it('has 20 rules with the public ids', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(
      [
        'bragging',
        'blame-shifting',
        'fake-weakness',
        'filler',
        'hedging',
        'length',
        'missing-corrective-action',
        'missing-lesson',
        'missing-prevention',
        'missing-stakes',
        'negative-ending',
        'never-failed',
        'overdramatic',
        'ownership',
        'passive-dodge',
        'red-flag',
        'repeated-failure',
        'self-deprecation',
        'star-structure',
        'vague',
      ].sort(),
    );
  });

  it('gives every rule a summary, a rationale, sources and an example of our own', () => {
    for (const rule of RULES) {
      expect(rule.summary.length, rule.id).toBeGreaterThan(10);
      expect(rule.rationale.length, rule.id).toBeGreaterThan(60);
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      expect(rule.example.flagged, rule.id).not.toEqual(rule.example.fixed);
      expect(['info', 'warning', 'error']).toContain(rule.severity);
    }
  });

  it('flags each rule\'s own "flagged" example when placed in a full answer, and not the fixed one', () => {
    // Only rules that judge a phrase can be shown by a one-sentence example in the middle of an answer.
    const phraseRules = [
      'blame-shifting',
      'hedging',
      'fake-weakness',
      'never-failed',
      'passive-dodge',
      'red-flag',
      'self-deprecation',
      'overdramatic',
      'bragging',
      'filler',
      'repeated-failure',
    ];
    for (const id of phraseRules) {
      const rule = RULES.find((r) => r.id === id)!;
      // In the place of the failure: after an owned failure, a passive reads as what followed from it.
      const cost = 'The update crashed on launch for roughly 6,000 customers on Android 11.';
      const withFlaw = answer({ failure: `${rule.example.flagged} ${cost}` });
      const withFix = answer({ failure: `${rule.example.fixed} ${cost}` });
      const flagged = lintAnswer(parseAnswer(withFlaw), {}, [rule], { model: null });
      const fixed = lintAnswer(parseAnswer(withFix), {}, [rule], { model: null });
      expect(flagged.length, `${id} flagged example`).toBeGreaterThan(0);
      expect(
        fixed.map((f) => withFix.slice(f.start, f.end)),
        `${id} fixed example`,
      ).toEqual([]);
    }
  });
});
