/**
 * The learned judgement as a user meets it, through the shipped model: the sentences a new-user
 * trial found passing as clean, each flagged by the rule it belongs to, and a strong answer left
 * alone. The corpus scores are in test/eval/corpus.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { RULES } from '../../src/lint/rules/index.js';
import { shippedModel } from '../../src/judge/judge.js';
import { answer } from '../base-answer.js';

const speaking = (text: string): string[] =>
  lintAnswer(parseAnswer(text), {})
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);

describe('the learned judgement', () => {
  it('ships with the package', () => {
    expect(shippedModel()).not.toBeNull();
  });

  // The five sentences a new-user trial saw pass as clean, told in a short answer of our own.
  const trial = [
    'Last spring I moved our reporting jobs onto a new database cluster.',
    'The DBAs never told me the table had 80 million rows.',
    'The QA team missed the bug.',
    'The vendor changed the API without warning.',
    'The product manager gave me the wrong spec.',
    'It was approved without a proper review.',
    'The nightly report ran six hours late for a week and the finance team closed the month with stale numbers.',
    'I rewrote the job to page through the table, and it has run on time since.',
    'I learned to ask for row counts before I plan a migration.',
  ].join(' ');

  it.each([
    ['The DBAs never told me the table had 80 million rows.', 'blame-shifting'],
    ['The QA team missed the bug.', 'blame-shifting'],
    ['The vendor changed the API without warning.', 'blame-shifting'],
    ['The product manager gave me the wrong spec.', 'blame-shifting'],
    ['It was approved without a proper review.', 'passive-dodge'],
  ])('flags "%s" as %s', (sentence, rule) => {
    const found = speaking(trial).filter((f) => f.startsWith(`${rule}:`));
    expect(found.some((f) => sentence.includes(f.slice(rule.length + 2)) || f.includes(sentence.slice(0, 20)))).toBe(true);
  });

  // The trial's disowning phrases, softened by an adverb no list names, given alone.
  it.each([
    'That was not entirely on me.',
    'The fault mostly lay with the vendor.',
    'There was nothing I personally could have done.',
    'It was not wholly my fault.',
  ])('flags "%s" as blame-shifting, whatever adverb softens it', (sentence) => {
    expect(speaking(sentence).some((f) => f.startsWith('blame-shifting:'))).toBe(true);
  });

  // Polite blame of another team, the gap a later trial found: no one does anything wrong on the
  // page, yet each sentence makes another party's thing the cause. Our own wording.
  const polite = [
    'Our partner portal went live five weeks late last autumn.',
    'Their priorities were elsewhere that quarter.',
    'The documentation they handed us was incomplete.',
    'The API arrived later than promised.',
    'The requirements we were given kept shifting.',
    'About forty partners had to keep ordering by email until December.',
    'I learned to ask for a named owner on every dependency.',
  ].join(' ');

  it.each([
    'Their priorities were elsewhere that quarter',
    'The documentation they handed us was incomplete',
    'The API arrived later than promised',
    'The requirements we were given kept shifting',
  ])('flags the polite blame "%s"', (sentence) => {
    expect(speaking(polite)).toContain(`blame-shifting: ${sentence}`);
  });

  it('leaves generous mentions of others alone: a lead who caught it, a vendor who helped, QA who found it', () => {
    const generous = [
      'I pushed a pricing change to the checkout on a Friday without running the regional tests, and 900 orders went through at the old rate.',
      "My lead caught the mismatch in Monday's review.",
      'The payments vendor helped us refund the difference within a day, and QA found a second case before the fix went out.',
      'I now run the regional suite before any pricing change, and I stopped shipping them on Fridays.',
    ].join(' ');
    expect(speaking(generous).filter((f) => f.startsWith('blame-shifting:'))).toEqual([]);
  });

  it('does not blame the party who suffered the failure', () => {
    expect(speaking(trial).filter((f) => f.startsWith('blame-shifting:') && f.includes('finance team'))).toEqual([]);
  });

  it('leaves a strong answer with no warning or error', () => {
    expect(speaking(answer())).toEqual([]);
  });

  it('reports a lesson told hollow one level below no lesson at all: a warning on the sentence, not an error', () => {
    const story = [
      'Last autumn I moved our customer newsletter to a new email platform, and the import and the send were mine.',
      'I imported the list without checking how the new tool treated people who had unsubscribed, and about 1,200 of them got our October issue.',
      'We had 40 complaints within a day.',
      'I paused every scheduled send that morning, wrote to each person who complained, and told my manager what I had missed.',
    ].join(' ');
    const hollow = `${story} Since then I have grown a lot, and the whole episode was a valuable experience for me.`;
    const findings = lintAnswer(parseAnswer(hollow), {}).filter((f) => f.ruleId === 'missing-lesson');
    const spotted = findings.filter((f) => !f.whole);
    expect(spotted.length).toBeGreaterThan(0);
    for (const f of spotted) expect(f.severity).toBe('warning');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports an answer that tells no lesson at all as the omission itself: one error about the whole answer', () => {
    // A change since ("these days I run its pastry section") keeps the rule's own check quiet; no sentence announces a lesson.
    const told = [
      'Two winters ago I ran the weekend shift at a garden centre café, and ordering the bakery stock was my job.',
      'I entered the Saturday order for the Sunday as well, so on the Sunday we had forty scones and no sandwiches.',
      'We sold out of lunch by half past twelve, turned away a coach party of thirty, and lost about £600 of takings that day.',
      'I rang the bakery at seven the next morning, apologised, and set up a corrected standing order for both days.',
      'I also told my manager exactly how it had happened before she asked.',
      'The café did fine for the rest of that season. Since then I have moved on to a hotel kitchen, and these days I run its pastry section.',
    ].join(' ');
    const findings = lintAnswer(parseAnswer(told), {}).filter((f) => f.ruleId === 'missing-lesson');
    // One error, about the whole answer; a sentence the classifier scores for the flaw may be pointed at besides, one level lower.
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.whole === true)).toEqual([true]);
    expect(findings.filter((f) => !f.whole).every((f) => f.severity === 'warning')).toBe(true);
  });

  it('points at where a lesson would stand in words of its own, not the omission said again', () => {
    // No sentence tells a lesson; the last, a shrug about the weather, stands where one would.
    const told = [
      'In my second year as a site engineer I signed off a slab pour on a cold March morning without checking the overnight forecast myself.',
      'The temperature fell to minus two that night, the top of the slab froze before it cured, and it had to be broken out and poured again.',
      'That cost the client nine days on the programme and about £20,000.',
      'I told the project manager that morning and rebooked the pour myself.',
      'The weather simply turned against us, and nobody could have seen that coming.',
    ].join(' ');
    const findings = lintAnswer(parseAnswer(told), {}).filter((f) => f.ruleId === 'missing-lesson');
    expect(findings.filter((f) => f.whole).map((f) => f.messageId)).toEqual(['noLesson']);
    const pointed = findings.filter((f) => !f.whole);
    expect(pointed.length).toBeGreaterThan(0);
    for (const f of pointed) expect(f.messageId).toBe('besideNoLesson');
  });

  it('reports a trait offered as the failure whatever the answer score: the frame leaves no other reading', () => {
    const model = shippedModel()!;
    const policy = model.policy['fake-weakness']!;
    // A model that never confirms fake-weakness from its answer score, with or without a finding.
    const deaf = { ...model, policy: { ...model.policy, 'fake-weakness': { ...policy, threshold: 1.01, checked: 1.01 } } };
    const text = answer({
      lesson: `${answer().split('\n\n')[4]} If anything, my problem is that I expect more of my own test plans than any reviewer does.`,
    });
    const found = lintAnswer(parseAnswer(text), {}, RULES, { model: deaf }).filter((f) => f.ruleId === 'fake-weakness');
    expect(found.map((f) => f.messageId)).toEqual(['traitAsFailure']);
    // Where a listed phrase says it inside the frame, the phrase is reported, as surely.
    const listed = answer({ situation: `My real weakness is that I care so much about every launch. ${answer().split('\n\n')[0]}` });
    const phrase = lintAnswer(parseAnswer(listed), {}, RULES, { model: deaf }).filter((f) => f.ruleId === 'fake-weakness');
    expect(phrase.map((f) => f.messageId)).toEqual(['virtueAsFlaw']);
  });

  it('judges a short draft as it judges a long one: blame is blame at any length', () => {
    const draft = 'Our supplier never sent the revised drawings. The frame was cut to the old ones and had to be scrapped. We lost a week.';
    expect(speaking(draft).some((f) => f.startsWith('blame-shifting:'))).toBe(true);
  });
});

describe('answers too short to weigh', () => {
  it('gives no learned finding on a handful of words: "I failed." is no denial, whatever the classifier makes of it', () => {
    const rules = speaking('I failed.\n').map((f) => f.split(':')[0]);
    expect(rules).not.toContain('never-failed');
    // What the checks themselves can say still stands: it is far too short and tells no lesson.
    expect(rules).toEqual(expect.arrayContaining(['length', 'missing-lesson']));
  });
});

describe("a boast from bragging's own list", () => {
  it('is reported whatever the answer score: the rule\'s "flagged" example inside a sound answer', () => {
    const text = answer({
      result: 'In the end I single-handedly saved the launch, as usual. The corrected build reached every customer within 36 hours.',
    });
    expect(speaking(text).filter((f) => f.startsWith('bragging'))).toEqual(['bragging: single-handedly']);
  });
});

describe("the omissions' own words for what the judgement finds", () => {
  const omissions = ['missing-lesson', 'missing-corrective-action', 'missing-stakes', 'missing-prevention'];
  const dir = new URL('../fixtures/own-corpus/p/answers/', import.meta.url).pathname;

  it('says "There is no lesson" for the whole answer, not the two-way judged message', () => {
    const findings = readdirSync(dir).flatMap((f) => lintAnswer(parseAnswer(readFileSync(join(dir, f), 'utf8')), {}));
    const whole = findings.filter((f) => omissions.includes(f.ruleId) && f.whole);
    expect(whole.length).toBeGreaterThan(2);
    expect(whole.filter((f) => f.messageId === 'judged')).toEqual([]);
  });

  it('calls a platitude where the lesson should be a vague lesson', () => {
    const text = answer({ lesson: 'I learned a lot from it.', prevention: '' });
    const lesson = lintAnswer(parseAnswer(text), {}).filter((f) => f.ruleId === 'missing-lesson');
    expect(lesson.map((f) => [f.messageId, f.severity])).toEqual([['vagueLesson', 'warning']]);
  });
});

describe('a recurrence the check has no words for', () => {
  const told = (recurrence: string): string =>
    'I run the bottling line at a cider farm. In May I set the filler for the wrong bottle size and we lost about 900 bottles ' +
    'of the spring batch, roughly two thousand pounds. I stopped the line, rebottled what we could and told the owner that ' +
    `evening. I learned that a changeover needs a written check. ${recurrence} Now I use a printed changeover sheet that a ` +
    'second person signs before the line starts.\n';

  it('is reported where the judgement is all but sure of one sentence, though repeated-failure needs its check', () => {
    const text = told('And then in July I left the filler on the old size for the pear run.');
    expect(speaking(text).filter((f) => f.startsWith('repeated-failure'))).toEqual([
      'repeated-failure: And then in July I left the filler on the old size for the pear run.',
    ]);
  });

  it('is not the slip someone else made that the new check caught', () => {
    const text = told('And then in July a new starter left the filler on the old size for the pear run, and the sheet caught it.');
    expect(speaking(text).filter((f) => f.startsWith('repeated-failure'))).toEqual([]);
  });
});
