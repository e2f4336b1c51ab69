/**
 * Story-part features read from the grammar: tense and aspect by actor, the turn to now, a reported
 * insight and how much it says, measures, and the writer's own lead labels. The sentences are ours,
 * in trades and voices of our own, several typed as lowercase notes.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';
import { clauseEvents } from '../../src/nlp/clauses.js';
import { parseAnswer } from '../../src/answer/parse.js';
import { analyseAnswer, partSubstance } from '../../src/judge/judge.js';
import {
  clauseTense,
  hollowPart,
  isStoryFeature,
  neighbourStoryFeatures,
  storyFeatures,
  upshot,
  usesStoryFeatures,
} from '../../src/judge/story-features.js';

const features = (text: string): string[] => {
  const tokens = analyse(text, 0);
  return storyFeatures(tokens, clauseEvents(tokens));
};

describe('tense by actor', () => {
  it.each([
    ['I relabelled every crate on the dock.', 'sf:self-past'],
    ['i recount the float before every shift', 'sf:self-present'],
    ['The beam was too short.', 'sf:thing-past'],
    ["I've trained two new stewards since.", 'sf:self-perfect'],
    ['we will ring the supplier first', 'sf:self-future'],
    ['She checks the gauges each morning.', 'sf:other-present'],
  ])('%s → %s', (text, feature) => {
    expect(features(text)).toContain(feature);
  });

  it.each([
    ['since then i have checked every seal before the van leaves', ['sf:self-perfect', 'sf:self-since']],
    ['Now I check every seal each morning.', ['sf:self-present', 'sf:self-habit', 'sf:self-now']],
    ["They didn't reply to the first email.", ['sf:other-past', 'sf:other-past-not']],
  ])('%s → the tense, its negation and the turn to now, in order: %j', (text, expected) => {
    expect(features(text).filter((f) => /^sf:(?:self|other|thing|none)-/.test(f))).toEqual(expected);
  });

  it('reads the tense of the clause from its first auxiliary or verb', () => {
    const tokens = analyse('The forklift had been left on the ramp.', 0);
    expect(clauseEvents(tokens).map((e) => clauseTense(tokens, e))).toEqual(['past']);
  });
});

describe('story features', () => {
  it.each([
    // The speaker's present habits: prevention.
    ['now i walk the scaffold with the foreman every monday', 'sf:self-habit'],
    ['These days I always photograph the meter before I leave.', 'sf:self-habit'],
    ['from then on i print the seating plan the night before', 'sf:now'],
    // The speaker's past acts: the failure or the fix.
    ['I phoned each of the families that evening and rebooked the coach.', 'sf:self-past'],
    // A statement about things in general: a lesson.
    ['A rota only works if the people on it can actually be reached.', 'sf:thing-present'],
    // A reported insight with content, and one without.
    ['what i carried away was that a spare key is useless if nobody knows where it hangs', 'sf:insight-rich'],
    ['honestly it taught me a lot', 'sf:insight-empty'],
    ['it taught me patience more than anything', 'sf:insight-empty'],
    // A saying offers an insight too, here an empty one.
    ['It all just goes to show that stuff happens.', 'sf:insight-empty'],
    // Measures: what was at stake.
    ['We lost 40 hours of kiln time and about £3,000 of glaze.', 'sf:measure'],
    ['We lost 40 hours of kiln time and about £3,000 of glaze.', 'sf:money'],
    ['- impact: two schools got the wrong timetable', 'sf:lead:impact'],
  ])('%s → %s', (text, feature) => {
    expect(features(text)).toContain(feature);
  });

  it.each([
    ['I phoned each of the families that evening.', 'sf:self-habit'],
    ['it taught me a lot', 'sf:insight-rich'],
    ['what i learned is to label the tanks before anyone fills them, every time', 'sf:insight-empty'],
    ['The parcel arrived late.', 'sf:measure'],
    ['The new dashboard was going to show the late orders.', 'sf:insight'],
    ['we argued about it for a while: nobody agreed', 'sf:lead'],
  ])('%s has no %s', (text, feature) => {
    expect(features(text)).not.toContain(feature);
  });

  it('passes a neighbour sentence’s habits and insights on, and marks an edge of the answer', () => {
    const habit = features('now i always check the rota on friday');
    expect(neighbourStoryFeatures('prev', habit)).toContain('prev:sf:self-habit');
    expect(neighbourStoryFeatures('next', null)).toEqual(['next:none']);
  });
});

describe('what the answer classifiers read about the parts', () => {
  // Scores set by hand, so the test is about the reading of the sentences, not about a model.
  const judgementOf = (sentences: readonly string[], lesson: number[], prevention: number[]) => {
    const parsed = parseAnswer(sentences.map((s) => `- ${s}`).join('\n'));
    return {
      sentences: analyseAnswer(parsed),
      scores: new Map([
        ['lesson', lesson],
        ['prevention', prevention],
      ]),
    };
  };

  it('counts a lesson with content as solid, and an empty one as hollow', () => {
    const specific = judgementOf(
      [
        'the pallet tipped because i made a mistake and stacked it past the line',
        'what i learned is that the load limit on the racking means the top beam, not the floor',
      ],
      [0.1, 0.9],
      [0.1, 0.2],
    );
    expect(partSubstance(specific)).toContain('lesson:solid');
    const thin = judgementOf(
      ['the pallet tipped because i stacked it past the line', 'it taught me a lot honestly'],
      [0.1, 0.8],
      [0.1, 0.1],
    );
    expect(partSubstance(thin)).toContain('lesson:hollow');
    expect(partSubstance(thin)).not.toContain('lesson:solid');
  });

  it('marks a prevention told as the speaker’s present habit, and gives the best of lesson and prevention', () => {
    const told = judgementOf(
      ['i overfilled the tank', 'now i always read the gauge twice before i open the valve'],
      [0.1, 0.3],
      [0.1, 0.85],
    );
    const features = partSubstance(told);
    expect(features).toContain('prevention:habit');
    expect(features).toContain('learned>=0.8');
    expect(features).not.toContain('learned>=0.9');
  });
});

describe('a part told hollow', () => {
  const hollow = (part: string, text: string): boolean => hollowPart(part, features(text));

  it.each([
    ['remedy', 'the night porter found the leak and turned the water off at the main'],
    ['remedy', 'The refund was issued by the branch the following week.'],
    ['lesson', 'honestly it taught me a lot'],
    ['lesson', 'I guess the lesson is you live and learn.'],
    ['prevention', "going forward i'd like to be a bit more organised"],
    ['prevention', 'I will try to be more careful.'],
    ['stakes', "The customer wasn't bothered at all."],
  ])('%s: “%s” is hollow', (part, text) => {
    expect(hollow(part, text)).toBe(true);
  });

  it.each([
    ['remedy', 'i found the leak and turned the water off at the main'],
    ['lesson', 'what i learned is that a float count means nothing unless two people sign it'],
    ['prevention', 'now i always walk the loading bay with the driver before he pulls out'],
    ['stakes', 'Forty guests waited two hours for their rooms and three checked out early.'],
  ])('%s: “%s” carries the part', (part, text) => {
    expect(hollow(part, text)).toBe(false);
  });
});

describe('which classifiers learn from the story features', () => {
  it('tells this module’s features from the sentence features other rules learn from', () => {
    for (const f of ['sf:self-habit', 'prev:sf:insight', 'next:none']) expect(isStoryFeature(f)).toBe(true);
    for (const f of ['w:learn', 'prev:self', 'prev:self-owns', 'a:self', 'h:lesson']) expect(isStoryFeature(f)).toBe(false);
  });

  it('gives them to the parts and the omissions, not to the phrase rules', () => {
    for (const label of ['lesson', 'stakes', 'missing-lesson', 'missing-corrective-action', 'star-structure'])
      expect(usesStoryFeatures(label)).toBe(true);
    for (const label of ['blame-shifting', 'hedging', 'passive-dodge']) expect(usesStoryFeatures(label)).toBe(false);
  });
});

describe('words that name what every object inherits', () => {
  it('reads "constructor" or "valueOf" after no subject as plain words, not as a subject with a tense', () => {
    for (const text of ['the constructor was slow to load', 'constructor crashed on the first call', 'valueOf returned null']) {
      const read = features(text);
      expect(
        read.filter((f) => /native code|undefined/.test(f)),
        text,
      ).toEqual([]);
    }
    // Subjects the map knows still read: "we fixed it" is the speaker's side in the past.
    expect(features('we fixed it the same night')).toContain('sf:self-past');
  });
});

describe('what a heading says of the sentences under it', () => {
  it('marks the sentences under a heading that names the lesson, or the change made since, beyond their STAR part', () => {
    const answer = parseAnswer(
      '**What happened**\nI sent the Tuesday routes to the wrong depot.\n\n**What I learned**\nA route sheet is only right once someone reads it back.\n\n**What I do now**\nEvery sheet gets read back to me before the vans load.\n',
    );
    const marks = analyseAnswer(answer).map((r) => r.features.filter((f) => f.startsWith('hd:') || f.startsWith('h:')).sort());
    // "What I do now" is a heading of the lesson part, naming the change.
    expect(marks).toEqual([['h:situation'], ['h:lesson', 'hd:lesson'], ['h:lesson', 'hd:prevention']]);
  });
});

describe('a lesson told as an upshot, without a word of learning', () => {
  const tokens = (text: string) => analyse(text, 0);
  it.each([
    ['The point is that my method let me count bags, not people.'],
    ['the real problem is that i never wrote the dose down'],
    ['What I had wrong was the idea that a signed form means a checked form.'],
    ["Where we went wrong was trusting the supplier's count."],
    ['What I missed was that the hire desk closes at five.'],
  ])('%s', (text) => {
    expect(upshot(tokens(text))).toBe(true);
    expect(features(text)).toContain('sf:insight');
  });

  it.each([
    ['The problem was that the van broke down.'],
    ['What I did was ring the client straight away.'],
    ['The point of the meeting is to agree the budget.'],
  ])('not an upshot about the speaker: %s', (text) => {
    expect(upshot(tokens(text))).toBe(false);
  });
});
