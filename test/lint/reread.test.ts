/**
 * Findings read again once the story parts are scored (Rule.reread). star-structure: the words
 * alone start the story at the first word of trouble, and an understated failure ("put out the rota
 * before anyone had opened the leave calendar") has none. The omission rules: a part no sentence
 * scores even a little for is untold, surely. The part scores here are set by hand, so that the
 * tests judge the readings and not the shipped classifiers.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { shippedModel, type Judgement, type JudgementModel } from '../../src/judge/judge.js';
import { reread, decide } from '../../src/lint/decide.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { PHRASE_BOOK, RULES } from '../../src/lint/rules/index.js';
import type { RuleFinding } from '../../src/lint/rule.js';

const star = RULES.find((r) => r.id === 'star-structure')!;

// The failure is told in sentence 1 with no word of trouble; the words find trouble only at sentence 5.
const TEXT = [
  'I planned the weekend shifts at a garden centre with twenty staff.',
  'For the Easter weekend I put out the rota on the Monday before anyone had opened the leave calendar.',
  'Three of my most experienced people had booked those days off months before, and they saw the rota only on Friday evening.',
  'On the Saturday two people ran the tills through the busiest morning of the year, and the queue went out of the door.',
  'I rang two part-timers, who came in by eleven, and I worked a till myself until we closed.',
  'We lost sales that I could not win back, and I apologised to the three staff on the Tuesday.',
  'I learned that a rota is only as good as the calendar it is checked against.',
  'Now I build every rota from the leave calendar first.',
].join(' ');

/** The check's findings, read from the words alone. */
function checked(text: string, rule = star): RuleFinding[] {
  let found: RuleFinding[] = [];
  lintAnswer(parseAnswer(text), {}, [rule], {
    book: PHRASE_BOOK,
    model: null,
    trace: (_rule, findings) => {
      found = [...findings];
    },
  });
  return found;
}

/** Part scores for each of the text's sentences: all 0 but the ones given. */
function parts(count: number, given: Record<string, Record<number, number>>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const label of new Set(['failure', 'stakes', 'remedy', 'lesson', 'prevention', ...Object.keys(given)])) {
    out.set(
      label,
      Array.from({ length: count }, (_, i) => given[label]?.[i] ?? 0),
    );
  }
  return out;
}

/**
 * The shipped model with the answer classifier of `ruleId` speaking on every answer, at `spot` for
 * its sentences, and the sentence classifiers' biases set for the labels given (-50 silences a
 * label, 50 makes it sure everywhere).
 */
function speakingModel(ruleId: string, spot: number, sentenceBiases: Record<string, number> = {}): JudgementModel {
  const shipped = shippedModel()!;
  const { labels, biases } = shipped.sentence;
  return {
    ...shipped,
    sentence: { ...shipped.sentence, biases: biases.map((b, i) => sentenceBiases[labels[i]!] ?? b) },
    answer: { ...shipped.answer, [ruleId]: { bias: 6, weights: {} } },
    policy: { ...shipped.policy, [ruleId]: { threshold: 0.5, spot } },
  };
}

function reread_(ruleId: string, text: string, given: Record<string, Record<number, number>>): readonly RuleFinding[] {
  const rule = RULES.find((r) => r.id === ruleId)!;
  const answer = parseAnswer(text);
  const judgement = { sentences: [], scores: parts(answer.sentences.length, given) } as unknown as Judgement;
  return reread(rule, answer, checked(text, rule), judgement);
}

function kept(text: string, given: Record<string, Record<number, number>>): string[] {
  return reread_(star.id, text, given).map((f) => f.messageId);
}

describe('star-structure: where the story parts start the story', () => {
  it('the words alone read the understated failure as background', () => {
    expect(checked(TEXT).map((f) => f.messageId)).toContain('longSetup');
  });

  it('the words of trouble scored as the failure, and no part told surely before them: the two readings agree, and the long setup is sure', () => {
    expect(reread_(star.id, TEXT, { failure: { 5: 0.3 } }).find((f) => f.messageId === 'longSetup')?.certain).toBe(true);
  });

  it('no sentence scored as the failure at all: neither reading places the story, and the check stands as found', () => {
    const words = checked(TEXT).filter((f) => f.messageId === 'longSetup');
    expect(reread_(star.id, TEXT, {}).filter((f) => f.messageId === 'longSetup')).toEqual(words);
  });

  it('a sentence scored surely as the failure, with its trouble told in the next: the story starts there', () => {
    expect(kept(TEXT, { failure: { 1: 0.95 }, stakes: { 2: 0.6 } })).not.toContain('longSetup');
  });

  it('a sentence scored surely as the failure with nothing after it is not enough: background can score so', () => {
    expect(kept(TEXT, { failure: { 1: 0.95 } })).toContain('longSetup');
    // A failure scored under sure, even with its cost next, leaves the setup as the words found it.
    expect(kept(TEXT, { failure: { 1: 0.8 }, stakes: { 2: 0.6 } })).toContain('longSetup');
  });

  it('a sequel told surely starts the story one sentence before it', () => {
    expect(kept(TEXT, { stakes: { 2: 0.95 } })).not.toContain('longSetup');
    // Surely told, but late: the setup is as long as the words found it.
    expect(kept(TEXT, { remedy: { 6: 0.95 } })).toContain('longSetup');
  });

  it('words of trouble in background the failure classifier dismisses do not start the story', () => {
    const text = [
      'I supervised the late shift in the dispatch office of a builders merchant with thirty drivers.',
      "Orders came in by phone until four, and the yard loaded them for the next morning's runs.",
      'Most drivers knew their routes well, and the office kept a paper board of every van and every run.',
      'In the spring we took on a second yard across town, which doubled the number of runs we planned each night.',
      'One Thursday I sent two vans to the old yard because I read the board from memory.',
      'Forty customers waited half a day for their deliveries.',
      'I rang each customer myself and paid for a courier for the urgent ones.',
      'Now I print the run sheet every evening and read it before a van leaves.',
    ].join(' ');
    // "the late shift" is read as trouble by the words alone, so the check finds no setup at all.
    expect(checked(text).map((f) => f.messageId)).not.toContain('longSetup');
    const setup = reread_(star.id, text, { failure: { 4: 0.9 } }).find((f) => f.messageId === 'longSetup');
    expect(setup && text.slice(setup.start, setup.end)).toMatch(/^I supervised .* each night\.$/);
    expect(setup?.certain).toBe(true);
    // Scored as the failure, the first sentence does start the story.
    expect(kept(text, { failure: { 0: 0.5, 4: 0.9 } })).not.toContain('longSetup');
  });

  it('a setup just over the limit is reported for the answer classifier to weigh, not surely', () => {
    const text = [
      'I ran the weekend shifts at a garden centre.',
      'Spring was our busiest season by far, with bedding plants and bags of compost going out by the trolley load.',
      'Most of my team were students who swapped their shifts in a very busy group chat.',
      'For Easter I published the rota before opening the leave calendar, and three of my staff had booked the days off.',
      'On the Saturday two people ran the tills through the busiest morning of the year.',
      'I rang two part-timers, who came in by eleven, and worked a till myself until we closed.',
      'Now I build every rota from the leave calendar first.',
    ].join(' ');
    const found = reread_(star.id, text, { failure: { 3: 0.9 }, stakes: { 4: 0.6 } }).find((f) => f.messageId === 'longSetup');
    expect(found?.data?.share).toBeGreaterThan(40);
    expect(found?.data?.share).toBeLessThanOrEqual(45);
    expect(found?.certain).toBe(false);
  });

  it('decide() weighs only what the story parts confirm', () => {
    // The answer classifier speaks on every answer.
    const speaking = speakingModel(star.id, 1);
    const answer = parseAnswer(TEXT);
    const longSetup = checked(TEXT).filter((f) => f.messageId === 'longSetup');
    const messages = (keep: boolean) =>
      decide({ ...star, reread: (_a, findings) => (keep ? [...findings] : []) }, answer, longSetup, speaking).findings.map(
        (f) => f.messageId,
      );
    expect(messages(true)).toContain('longSetup');
    expect(messages(false)).not.toContain('longSetup');
  });
});

describe('missing-lesson: no lesson, surely', () => {
  const CHANGE_ONLY = [
    'I look after the stock at a busy bike shop.',
    'In March I ordered the spring tyres against last spring, without checking that we had dropped one of the two brands.',
    'Four hundred tyres of a brand we no longer sold sat in the store room, about three thousand pounds of cash tied up.',
    'I rang the supplier the same day, sent back what they would take and sold the rest at cost to a trade customer.',
    'Now every seasonal order starts from the current range list, and my manager signs it before it goes out.',
  ].join(' ');

  it('nothing announces a lesson and no sentence scores as one: the omission, about the whole answer, surely', () => {
    const found = reread_('missing-lesson', CHANGE_ONLY, { prevention: { 4: 0.9 } });
    expect(found.map((f) => [f.messageId, f.whole, f.certain])).toEqual([['noLesson', true, true]]);
  });

  it('a sentence the lesson classifier scores a little leaves the omission for the judgement to weigh; one it scores surely, and not as saying nothing, carries the lesson in other words', () => {
    const weighed = reread_('missing-lesson', CHANGE_ONLY, { prevention: { 4: 0.9 }, lesson: { 3: 0.2 } });
    expect(weighed.map((f) => [f.messageId, f.whole, f.certain ?? false])).toEqual([['noLesson', true, false]]);
    expect(reread_('missing-lesson', CHANGE_ONLY, { prevention: { 4: 0.9 }, lesson: { 3: 0.8 } })).toEqual([]);
  });

  it('a lesson announced in words and never said, with no sentence scored as one: the vague form, surely, at the announcement', () => {
    const hollow = CHANGE_ONLY.replace('Now every', 'I have grown a lot since then. Now every');
    const lesson = RULES.find((r) => r.id === 'missing-lesson')!;
    const found = reread_('missing-lesson', hollow, {});
    expect(found.slice(0, checked(hollow, lesson).length)).toEqual(checked(hollow, lesson));
    expect(found.slice(checked(hollow, lesson).length).map((f) => [f.messageId, f.certain, hollow.slice(f.start, f.end)])).toEqual([
      ['vagueLesson', true, 'I have grown a lot since then.'],
    ]);
  });

  it('words of learning told of someone or something else, a lesson the speaker gave, a reminder the speaker sets, or a thing learned early in the story announce no lesson', () => {
    const grown = CHANGE_ONLY.replace(
      'I look after the stock at a busy bike shop.',
      'I look after the stock at a bike shop that has grown fast.',
    );
    // "know" announces a lesson only in the story's second half: told there of the fitters, it announces none.
    const others = CHANGE_ONLY.replace('Now every seasonal order', 'The fitters know every brand by heart. Now every seasonal order');
    const taught = CHANGE_ONLY.replace(
      'Now every seasonal order',
      'I taught the new starters the returns process. Now every seasonal order',
    );
    const reminders = CHANGE_ONLY.replace('Now every seasonal order', 'I set reminders in the diary, and now every seasonal order');
    const early = CHANGE_ONLY.replace('at a busy bike shop.', 'at a busy bike shop, and learned the stock system in my first week.');
    // Knowing or remembering a thing of the story, late in it, is no lesson come to: a fact asserted, a memory kept.
    const fact = CHANGE_ONLY.replace(
      'Now every seasonal order',
      'I know for certain we lost a trade account over it. Now every seasonal order',
    );
    const memory = CHANGE_ONLY.replace(
      'Now every seasonal order',
      "I still remember the owner's face that morning. Now every seasonal order",
    );
    for (const text of [grown, others, taught, reminders, early, fact, memory])
      expect(reread_('missing-lesson', text, { prevention: { 4: 0.9 } }).map((f) => [f.messageId, f.whole, f.certain])).toEqual([
        ['noLesson', true, true],
      ]);
  });

  it("a lesson that lands on the speaker, a reminder, or anyone's learning in general still announces one: never the omission in full", () => {
    const lesson = RULES.find((r) => r.id === 'missing-lesson')!;
    // Announced and never said: the vague form, at the announcement.
    for (const words of [
      'It taught me a lot.',
      'It was a reminder for the whole shop.',
      'You learn a lot from a week like that.',
      'That reminded us all.',
    ]) {
      const text = CHANGE_ONLY.replace('Now every', `${words} Now every`);
      expect(reread_('missing-lesson', text, {}).map((f) => [f.messageId, text.slice(f.start, f.end)])).toEqual([['vagueLesson', words]]);
    }
    // Announced, and what was learned said after it: what the words found stands, and nothing is added.
    for (const words of [
      'It reminded the whole team why the range list matters.',
      'I got a sharp reminder that the range list comes first.',
      'Now I know to open the range list before the order form.',
      'I know better than to trust last spring now.',
      // A note with its "I" dropped: no sentence reads as a lesson, but the learning says what it was.
      'Learned to read the range list before the order form.',
    ]) {
      const text = CHANGE_ONLY.replace('Now every', `${words} Now every`);
      expect(reread_('missing-lesson', text, {})).toEqual(checked(text, lesson));
    }
  });
});

describe('missing-lesson: a lesson told in words the check does not read', () => {
  const OTHER_WORDS = [
    'I look after the stock at a busy bike shop.',
    'In March I ordered the spring tyres against last spring, without checking that we had dropped one of the two brands.',
    'Four hundred tyres of a discontinued brand sat in the store room, about three thousand pounds of cash tied up.',
    'I rang the supplier the same day, sent back what they would take and sold the rest at cost to a trade customer.',
    'A range list is only worth having if it is the first thing opened when an order is drafted.',
  ].join(' ');

  it('the check finds no lesson, but the judgement scores a sentence surely as one that says something: the omission is dropped', () => {
    const lesson = RULES.find((r) => r.id === 'missing-lesson')!;
    expect(checked(OTHER_WORDS, lesson).map((f) => f.messageId)).toEqual(['noLesson']);
    expect(reread_('missing-lesson', OTHER_WORDS, { lesson: { 4: 0.8 } })).toEqual([]);
  });

  it('scored only in passing, or scored as saying nothing: the omission stands', () => {
    for (const given of [{ lesson: { 4: 0.5 } }, { lesson: { 4: 0.8 }, 'missing-lesson': { 4: 0.6 } }])
      expect(reread_('missing-lesson', OTHER_WORDS, given).map((f) => f.messageId)).toContain('noLesson');
  });
});

describe('missing-lesson: a lesson the judgement reads as hollow', () => {
  const HOLLOW = [
    'I look after the stock at a busy bike shop.',
    'In March I ordered the spring tyres against last spring, without checking that we had dropped one of the two brands.',
    'Four hundred tyres of a brand we no longer sold sat in the store room, about three thousand pounds of cash tied up.',
    'I rang the supplier the same day, sent back what they would take and sold the rest at cost to a trade customer.',
    'The big lesson for me was about growing as a buyer.',
    'Now every seasonal order starts from the current range list, and my manager signs it before it goes out.',
  ].join(' ');

  it('the only sentence in the lesson place, scored surely as saying nothing: a vague lesson, surely, there', () => {
    const found = reread_('missing-lesson', HOLLOW, { lesson: { 4: 0.9 }, prevention: { 5: 0.9 }, 'missing-lesson': { 4: 0.95 } });
    expect(found.map((f) => [f.messageId, f.certain, HOLLOW.slice(f.start, f.end)])).toEqual([
      ['vagueLesson', true, 'The big lesson for me was about growing as a buyer.'],
    ]);
  });

  it('a hollow closing line beside a lesson the judgement reads as saying something: nothing is added', () => {
    const told = HOLLOW.replace('Now every', 'I learned that last spring is no guide to this spring. Now every');
    const given = { lesson: { 4: 0.9, 5: 0.9 }, prevention: { 6: 0.9 }, 'missing-lesson': { 4: 0.95, 5: 0.1 } };
    expect(reread_('missing-lesson', told, given)).toEqual([]);
  });

  it('a sentence outside the lesson place, however the flaw scores it, is not pointed at', () => {
    expect(reread_('missing-lesson', HOLLOW, { prevention: { 5: 0.9 }, lesson: { 4: 0.9 }, 'missing-lesson': { 2: 0.99 } })).toEqual([]);
  });
});

describe('missing-corrective-action and missing-prevention: the part untold, surely', () => {
  const STORY = [
    'I run the stock room at a garden centre.',
    'Before the spring sale I keyed the compost delivery as forty pallets instead of four.',
    'The yard filled up, and two trucks had to wait on the road for most of the morning.',
    'I logged every issue in the stock system as it came up that week.',
    'I learned that a number I type is a promise someone else has to keep.',
    'Now I read every delivery order back to the supplier before I confirm it.',
  ].join(' ');

  it('no sentence scored even a little as the fix: the omission is pointed at the failure told most surely', () => {
    const found = reread_('missing-corrective-action', STORY, { failure: { 1: 0.9 }, prevention: { 5: 0.9 }, lesson: { 4: 0.9 } });
    expect(found.map((f) => [f.messageId, STORY.slice(f.start, f.end), f.certain])).toEqual([
      ['noResponse', 'Before the spring sale I keyed the compost delivery as forty pallets instead of four.', true],
    ]);
  });

  it('a sentence scored even a little as the fix leaves the check as it was', () => {
    const rule = RULES.find((r) => r.id === 'missing-corrective-action')!;
    expect(reread_(rule.id, STORY, { failure: { 1: 0.9 }, remedy: { 3: 0.15 } })).toEqual(checked(STORY, rule));
  });

  // The response told as a run of the speaker's own acts, in words the fix classifier may not know.
  const RUN = STORY.replace(
    'I logged every issue in the stock system as it came up that week.',
    'I rang the haulier, turned the second truck round at the gate and restacked the yard with the weekend team.',
  );

  it("a run of the speaker's acts after the failure is the response, however little the fix classifier reads it", () => {
    const rule = RULES.find((r) => r.id === 'missing-corrective-action')!;
    const given = { failure: { 1: 0.9 }, prevention: { 5: 0.9 }, lesson: { 4: 0.9 } };
    expect(checked(RUN, rule)).toEqual([]);
    expect(reread_(rule.id, RUN, given)).toEqual([]);
    // Nor does the learned judgement call the fix missing from its answer score alone.
    const answer = parseAnswer(RUN);
    expect(rule.toldInEvents?.(answer, parts(answer.sentences.length, given))).toBe(true);
  });

  it('decide(): a part the events tell keeps the learned judgement silent where the check found nothing', () => {
    const rule = RULES.find((r) => r.id === 'missing-corrective-action')!;
    // The answer classifier speaks on every answer, and the fix classifier reads no fix anywhere.
    const speaking = speakingModel(rule.id, 1, { remedy: -50 });
    const answer = parseAnswer(RUN);
    const decided = (told: boolean) => decide({ ...rule, reread: (_a, f) => [...f], toldInEvents: () => told }, answer, [], speaking);
    expect(decided(true)).toMatchObject({ findings: [], told: true });
    expect(decided(false).findings.length).toBeGreaterThan(0);
  });

  it('acts told before the failure is, or arguing the case after it, are no response', () => {
    const rule = RULES.find((r) => r.id === 'missing-corrective-action')!;
    const argued = STORY.replace(
      'I logged every issue in the stock system as it came up that week.',
      'I explained the mix-up to the manager and showed him the order screen.',
    );
    const given = { failure: { 1: 0.9 }, prevention: { 5: 0.9 }, lesson: { 4: 0.9 } };
    const answer = parseAnswer(argued);
    expect(rule.toldInEvents?.(answer, parts(answer.sentences.length, given))).toBe(false);
    // The failure told most surely after the run: the acts may be the failure itself.
    const late = parseAnswer(RUN);
    expect(rule.toldInEvents?.(late, parts(late.sentences.length, { failure: { 3: 0.9 } }))).toBe(false);
  });

  it("a practice told as the speaker's own, turned to now, keeps the learned judgement from calling the change missing", () => {
    const rule = RULES.find((r) => r.id === 'missing-prevention')!;
    // "What I do now:" and a present act of the speaker's own, in words the change classifier may not know.
    const now = STORY.replace(
      'Now I read every delivery order back to the supplier before I confirm it.',
      'What I do now: any order over ten pallets goes on the board, and I ring the supplier to confirm it the same day.',
    );
    const given = { failure: { 1: 0.9 }, lesson: { 4: 0.9 } };
    const told = parseAnswer(now);
    expect(rule.toldInEvents?.(told, parts(told.sentences.length, given))).toBe(true);
    // Not a routine of someone else's, nor a state of mind the speaker has now.
    for (const line of [
      'What happens now: any order over ten pallets goes on the board, and the supplier rings to confirm it.',
      'Now I feel much more careful about orders over ten pallets.',
    ]) {
      const other = parseAnswer(STORY.replace('Now I read every delivery order back to the supplier before I confirm it.', line));
      expect(rule.toldInEvents?.(other, parts(other.sentences.length, given))).toBe(false);
    }
  });

  it('no sentence scored as the change: a practice the words read is not enough, and the omission points at the lesson', () => {
    const found = reread_('missing-prevention', STORY, { failure: { 1: 0.9 }, remedy: { 3: 0.6 }, lesson: { 4: 0.9 } });
    expect(found.map((f) => [f.messageId, STORY.slice(f.start, f.end), f.certain])).toEqual([
      ['noChange', 'I learned that a number I type is a promise someone else has to keep.', true],
    ]);
  });

  it('what the check found is made sure when the part is untold, and left as found when it is told', () => {
    const noChange = STORY.replace(' Now I read every delivery order back to the supplier before I confirm it.', '');
    const rule = RULES.find((r) => r.id === 'missing-prevention')!;
    const words = checked(noChange, rule);
    expect(words.map((f) => [f.messageId, f.certain ?? false])).toEqual([['noChange', false]]);
    expect(reread_(rule.id, noChange, { lesson: { 4: 0.9 } }).map((f) => [f.messageId, f.certain])).toEqual([['noChange', true]]);
    expect(reread_(rule.id, noChange, { lesson: { 4: 0.9 }, prevention: { 4: 0.3 } })).toEqual(words);
  });
});

describe('missing-stakes: the consequence the story tells, read with the stakes scored', () => {
  const stakesRule = RULES.find((r) => r.id === 'missing-stakes')!;
  const NO_COST = [
    'I run the front desk at a small dental practice.',
    'One Monday I made a mistake and double-booked the Tuesday hygiene slot.',
    'One of them came back on the Thursday instead.',
    'I learned to check the day view before I confirm a booking.',
    'Now I read every booking back against the day view.',
  ].join(' ');

  it('the words alone find no cost, about the whole answer', () => {
    expect(checked(NO_COST, stakesRule).map((f) => [f.messageId, f.whole])).toEqual([['noCost', true]]);
  });

  it('a sentence scored in the stakes place is the consequence told: the warning points at it', () => {
    const found = reread_(stakesRule.id, NO_COST, { stakes: { 2: 0.4 } });
    expect(found.map((f) => [f.messageId, NO_COST.slice(f.start, f.end)])).toEqual([
      ['smallCost', 'One of them came back on the Thursday instead.'],
    ]);
  });

  it('a lesson scored as the stakes is no consequence told: the finding stays about the whole answer', () => {
    const found = reread_(stakesRule.id, NO_COST, { stakes: { 3: 0.6 } });
    expect(found.map((f) => [f.messageId, f.whole])).toEqual([['noCost', true]]);
  });

  const OFFERED = [
    "Honestly, I've never really failed at anything that mattered.",
    'The closest was a quarterly pack I finished two days after the date I had given.',
    'My director had to move the board review to the following week.',
    'I learned to start the data pulls sooner.',
    'Now I book the pulls a week before each pack is due.',
  ].join(' ');

  it('a story offered in place of a failure, its stakes told surely: left to never-failed', () => {
    expect(checked(OFFERED, stakesRule).map((f) => f.messageId)).toEqual(['offered']);
    expect(reread_(stakesRule.id, OFFERED, { stakes: { 2: 0.95 } })).toEqual([]);
    // Told only weakly, the offered story stands as the words found it.
    expect(reread_(stakesRule.id, OFFERED, { stakes: { 2: 0.5 } }).map((f) => f.messageId)).toEqual(['offered']);
  });
});
