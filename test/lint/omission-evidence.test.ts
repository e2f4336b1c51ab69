/**
 * Where an omission finding points once its rule speaks: at the harmless consequence given as the
 * stakes, at the fix someone else made. The answer classifier is replaced by one that always speaks,
 * so that these tests judge only the pointing (the shipped sentence models find the failure, the
 * cost and the lesson). The answers are ours; one is typed as lowercase notes.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { shippedModel, type JudgementModel } from '../../src/judge/judge.js';
import { decide } from '../../src/lint/decide.js';
import { RULES } from '../../src/lint/rules/index.js';

/** The rule always speaks; `spot` is the sentence score from which it also quotes the sentences its classifier scores high. */
function speaking(ruleId: string, spot: number): JudgementModel {
  const shipped = shippedModel()!;
  return {
    ...shipped,
    answer: { ...shipped.answer, [ruleId]: { bias: 6, weights: {} } },
    policy: { ...shipped.policy, [ruleId]: { threshold: 0.5, spot } },
  };
}

function decided(ruleId: string, text: string, spot = 1) {
  const rule = RULES.find((r) => r.id === ruleId)!;
  return decide(rule, parseAnswer(text), [], speaking(ruleId, spot)).findings;
}

function pointedAt(ruleId: string, text: string, spot = 1): string[] {
  return decided(ruleId, text, spot).map((f) => text.slice(f.start, f.end));
}

describe('where an omission points', () => {
  it('missing-stakes points at the consequence that cost nothing', () => {
    const text = [
      'i look after the bar stock at a small music venue',
      'one friday i forgot to order the guest ale for the weekend',
      'i only realised when the cellar was already half empty',
      'honestly nobody asked for it and the other taps covered the night',
      'what i learned is that a reorder list in my head is not a reorder list',
      'now i do the order every thursday from a printed sheet and tick it off',
    ]
      .map((line) => `- ${line}`)
      .join('\n');
    expect(pointedAt('missing-stakes', text)).toContain('honestly nobody asked for it and the other taps covered the night');
  });

  it('missing-corrective-action points at the fix someone else made', () => {
    const text = [
      'I drive a school minibus on the early route.',
      'One morning I skipped the walk-round check and set off with a rear tyre badly under-inflated.',
      'The tyre went flat on the ring road and eleven pupils reached school forty minutes late.',
      'The transport manager sent a relief bus and phoned every parent from the depot.',
      'The lesson I took is that the check exists for the mornings I am in a hurry.',
      'Now I do the walk-round before I even start the engine, every single run.',
    ].join(' ');
    expect(pointedAt('missing-corrective-action', text)).toContain(
      'The transport manager sent a relief bus and phoned every parent from the depot.',
    );
  });

  it('a fix the speaker made is not pointed at as someone else’s', () => {
    const text = [
      'I drive a school minibus on the early route.',
      'One morning I skipped the walk-round check and set off with a rear tyre badly under-inflated.',
      'The tyre went flat on the ring road and eleven pupils reached school forty minutes late.',
      'I radioed the depot for a relief bus and rang every parent myself from the lay-by.',
      'Now I do the walk-round before I even start the engine, every single run.',
    ].join(' ');
    expect(pointedAt('missing-corrective-action', text)).not.toContain(
      'I radioed the depot for a relief bus and rang every parent myself from the lay-by.',
    );
  });

  it('star-structure points at the background told before the failure, in its own words', () => {
    const text = [
      'I was the release manager for a building society app with about 400,000 customers.',
      'We shipped every two weeks: feature freeze on day eight, a regression pass by a test team of five, then a staged rollout.',
      'The marketing team ran campaigns that linked straight into screens in the app, such as savings goals and card controls.',
      'Each release I kept a checklist of what the app teams, the web team and marketing needed to line up.',
      'The web team looked after the file that tells phones which links open the app rather than the website.',
      'Most releases were quiet, and the checklist had not changed much in a year.',
      'In one release I forgot to put the link file update on my checklist, so it never reached the web team.',
      'For two days every campaign link opened the website instead of the app, and sign-ups fell by about a third.',
      'I got the web team to ship the file by lunchtime and told marketing what had happened.',
      'Now every screen rename carries a link check before the freeze.',
    ].join(' ');
    const findings = decided('star-structure', text);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      // Its own words ("background"), or the long setup that the words and the story parts agree on.
      expect(['background', 'longSetup']).toContain(f.messageId);
      expect(f.start).toBeLessThan(text.indexOf('In one release'));
    }
  });

  it('missing-lesson calls vague only the lesson told, not the drama its sentence scores also rise on', () => {
    const text = [
      'I run the pastry section at a hotel restaurant.',
      'Before a charity dinner for ninety guests I scaled the tart recipe by eye and the sugar came out wrong.',
      'It was a total disaster, an absolute horror show from start to finish.',
      'We served a bought-in sorbet instead and the organisers were polite about it.',
      'The lesson was just that you have to stay on top of things in a busy kitchen.',
    ].join(' ');
    // Every sentence the classifier scores above zero may be quoted: only one told as a lesson is called vague.
    const messages = new Map(decided('missing-lesson', text, 0.001).map((f) => [text.slice(f.start, f.end), f.messageId]));
    expect(messages.get('The lesson was just that you have to stay on top of things in a busy kitchen.')).toBe('vagueLesson');
    expect(messages.get('It was a total disaster, an absolute horror show from start to finish.')).not.toBe('vagueLesson');
    // With no sentence quoted by its score, a lesson told but judged not enough is still what to change, not "the whole answer".
    expect(decided('missing-lesson', text).map((f) => [f.messageId, text.slice(f.start, f.end)])).toEqual([
      ['vagueLesson', 'The lesson was just that you have to stay on top of things in a busy kitchen.'],
    ]);
  });

  it('a vague lesson the check found earns the lower threshold of a finding; one dramatic word does not', () => {
    const shipped = shippedModel()!;
    // The answer classifier scores every answer 0.5: under the threshold, over the one a finding earns.
    const undecided = (ruleId: string): JudgementModel => ({
      ...shipped,
      answer: { ...shipped.answer, [ruleId]: { bias: 0, weights: {} } },
      policy: { ...shipped.policy, [ruleId]: { threshold: 0.9, checked: 0.1, spot: 1 } },
    });
    const text = [
      'I run the pastry section at a hotel restaurant.',
      'Before a charity dinner for ninety guests I scaled the tart recipe by eye and the sugar came out wrong.',
      'It was a total disaster from start to finish.',
      'We served a bought-in sorbet instead and the organisers were polite about it.',
      'The lesson was that communication is key in a busy kitchen.',
    ].join(' ');
    const answer = parseAnswer(text);
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const lesson = RULES.find((r) => r.id === 'missing-lesson')!;
    const vague = { ...at('The lesson was that communication is key in a busy kitchen.'), messageId: 'vagueLesson', milder: true };
    expect(decide(lesson, answer, [vague], undecided('missing-lesson')).findings.map((f) => f.messageId)).toContain('vagueLesson');
    // Without the reread, which would find this lesson itself where the judgement reads it as surely hollow (reread.test.ts).
    expect(decide({ ...lesson, reread: undefined }, answer, [], undecided('missing-lesson')).findings).toEqual([]);
    const drama = RULES.find((r) => r.id === 'overdramatic')!;
    const word = { ...at('disaster'), messageId: 'dramatic', milder: true };
    expect(decide(drama, answer, [word], undecided('overdramatic')).findings.every((f) => f.info)).toBe(true);
  });

  it('never-failed speaks only where its own check found the claim, however sure the judgement is', () => {
    const rule = RULES.find((r) => r.id === 'never-failed')!;
    const sure = speaking('never-failed', 0.001);
    const story = [
      'A couple of years ago I organised our first team offsite.',
      'I was quite proud of the plan and shared it a month ahead.',
      'The week before, the venue told us it had double-booked the main room, and three workshops were cut.',
      'People were understanding about it in the end.',
    ].join(' ');
    expect(decide(rule, parseAnswer(story), [], sure).findings).toEqual([]);
    const claim = 'I have never really failed at anything important.';
    const text = `${claim} ${story}`;
    const found = { start: 0, end: claim.length, messageId: 'denial' };
    expect(decide(rule, parseAnswer(text), [found], sure).findings.map((f) => f.messageId)).toContain('denial');
  });
});

describe('an omission whose part is told surely', () => {
  const fixed = [
    'I run the returns desk at a furniture store.',
    'One Saturday I refunded a sofa to the wrong card because I copied the number from the previous receipt.',
    'The customer waited nine days for her money and complained to the area manager.',
    'I rang her that afternoon, apologised, and had finance reverse the payment and refund the right card the same day.',
    'I learned that a refund is only as right as the card I check it against.',
    'Now I read the last four digits back to the customer before every refund.',
  ].join(' ');

  it('missing-corrective-action stays silent when the speaker tells the fix, even where its classifier would speak', () => {
    const rule = RULES.find((r) => r.id === 'missing-corrective-action')!;
    const decision = decide(rule, parseAnswer(fixed), [], speaking('missing-corrective-action', 1));
    expect(decision.told).toBe(true);
    expect(decision.findings).toEqual([]);
  });

  it('still speaks when the fix is told as someone else’s', () => {
    const othersFix = fixed.replace(
      'I rang her that afternoon, apologised, and had finance reverse the payment and refund the right card the same day.',
      'The finance team reversed the payment and refunded the right card the same day.',
    );
    const rule = RULES.find((r) => r.id === 'missing-corrective-action')!;
    const decision = decide(rule, parseAnswer(othersFix), [], speaking('missing-corrective-action', 1));
    expect(decision.told).toBeUndefined();
    expect(decision.findings.length).toBeGreaterThan(0);
  });

  it('missing-stakes is never silenced so: a cost told surely can still be the flaw', () => {
    const rule = RULES.find((r) => r.id === 'missing-stakes')!;
    const decision = decide(rule, parseAnswer(fixed), [], speaking('missing-stakes', 1));
    expect(decision.told).toBeUndefined();
    expect(decision.findings.length).toBeGreaterThan(0);
  });
});
