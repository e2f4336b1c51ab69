import type { Answer, Sentence } from '../../answer/model.js';
import { firstFailureIndex } from '../../answer/sections.js';
import type { ClauseEvent } from '../../nlp/clauses.js';
import type { Token } from '../../nlp/analyse.js';
import { THE_FAILURE } from '../../nlp/harm.js';
import { didInPast, ownsAct, ownsNothing, storyWithoutSpeaker } from '../events.js';
import { analyseAnswer } from '../../judge/judge.js';
import { defineRule } from '../rule.js';
import { sharedAmongAll } from '../spread.js';

const GROUP_WORDS = new Set(['we', "we've", "we'd", "we're", "we'll"]);

/**
 * The "we" or "the team" acting as a subject in the sentence: the one whose clause the group fails
 * in ("So we had a peak season…, and we didn't plan the labour right" points at the second), else
 * the first.
 */
function groupWord(sentence: Sentence, answer?: Answer): { start: number; end: number } | null {
  const words = sentence.words;
  const read = answer ? analyseAnswer(answer)[sentence.index] : undefined;
  const failing = read?.events.find((e) => e.actor === 'group' && (groupOwns(e) || e.negated));
  if (read && failing) {
    const from = read.tokens[failing.first]!.start;
    const to = read.tokens[failing.last]!.end;
    const own = words.find((w) => !w.quoted && w.start >= from && w.end <= to && GROUP_WORDS.has(w.norm));
    if (own) return { start: own.start, end: own.end };
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.quoted) continue;
    if (GROUP_WORDS.has(w.norm)) return { start: w.start, end: w.end };
    if ((w.norm === 'the' || w.norm === 'our') && words[i + 1]?.norm === 'team') return { start: w.start, end: words[i + 1]!.end };
  }
  return null;
}

/**
 * The group owns an omission or a should-have, as the speaker would by saying "I": "we didn't chase
 * the repair", "we should have tested it on real data". Told as "we", it is still a failure done.
 */
function groupOwns(event: ClauseEvent): boolean {
  return event.actor === 'group' && ownsAct({ ...event, actor: 'self' });
}

/** At most this many sentences of a story told only as "we" are pointed at. */
const MAX_WE_STORY = 3;

/**
 * The whole story told as "we", in an answer that owns nothing (the caller's check): the speaker does
 * nothing in the story up to the lesson (a role held or taken up only sets the scene), and the
 * group acts in at least two of its sentences,
 * whatever their words ("we took him to the local A&E", "we built the audience from a saved list"),
 * or owns an omission ("we never chased it").
 * The sentences where the group acts, or none.
 */
function weStory(answer: Answer): Sentence[] {
  const story = storyWithoutSpeaker(answer, 'lesson');
  if (!story) return [];
  const acting = story.filter((r) => r.events.some((e) => e.actor === 'group' && (didInPast(r.tokens, e) || groupOwns(e))));
  return acting.length >= 2 ? acting.map((r) => r.sentence) : [];
}

/**
 * The first sentence after the failure where the speaker's own fix is told: a remedy the speaker
 * makes ("I rang every customer"), or a remedy in which the speaker acts in the past ("After that, I
 * went through all the files with two colleagues"). The answer's length when there is none.
 */
function ownFixStart(answer: Answer, firstFailure: number): number {
  const analysis = analyseAnswer(answer);
  for (const s of answer.sentences) {
    if (s.index <= firstFailure || !s.signals.remedy) continue;
    const read = analysis[s.index];
    // Any act of the speaker's, told as done: "went through" is a verb of motion to the act lists, not here.
    const acts = read?.events.some((e) => e.actor === 'self' && !e.negated && !e.modal && !e.passive && !e.conditional);
    if (s.signals.ownedRemedy || (s.signals.speakerSubject && acts)) return s.index;
  }
  return answer.sentences.length;
}

/** Words that make the speaker the holder of the work: "responsible for", "accountable for", "in charge of". */
const HOLDING = new Set(['responsible', 'accountable', 'charge']);

/**
 * The speaker says, before the failure, that the work was theirs to do: "I was responsible for our
 * applications", "I was in charge of the rota". Told so, a failure carried only by "we" is the
 * speaker's own failure spread over a group: the finding stands whatever the answer score.
 */
function heldTheWork(answer: Answer, firstFailure: number): boolean {
  const analysis = analyseAnswer(answer);
  for (const read of analysis) {
    if (read.sentence.index > firstFailure) return false;
    if (!read.events.some((e) => e.actor === 'self' && !e.negated && !e.modal && !e.conditional)) continue;
    const tokens = read.tokens;
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (!HOLDING.has(tokens[k]!.lower)) continue;
      const link = tokens[k + 1]!.lower;
      if ((link === 'for' && tokens[k]!.lower !== 'charge') || (link === 'of' && tokens[k - 1]?.lower === 'in')) return true;
    }
  }
  return false;
}

/** Verbs that tell where the failure lay: "was", "happened", "went out". */
const LAY = new Set(['be', 'happen', 'go', 'come', 'fall', 'land', 'sit']);
/** Prepositions of where it lay: "on my console", "under my name", "in my batch". */
const WHERE = new Set(['on', 'under', 'in', 'at', 'through']);
/** What after "my" tells a time or a state, not the work: "on my first day", "in my head", "on my own". */
// biome-ignore format: a word list reads best packed
const NOT_THE_WORK = new Set([
  'own', 'mind', 'head', 'way', 'life', 'career', 'time', 'day', 'week', 'month', 'year', 'birthday', 'holiday', 'leave',
  'break', 'lunch', 'side', 'behalf', 'opinion', 'view', 'experience', 'defence', 'defense', 'favour', 'favor',
]);

/** "had my name on it": the speaker's name on the work, between `first` and `last`. */
function nameOn(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++)
    if (tokens[k]!.lower === 'my' && tokens[k + 1]?.lemma === 'name' && tokens[k + 2]?.lower === 'on') return true;
  return false;
}

/**
 * "It happened on my console", "it was on my desk at the time", "the letter went out under my
 * name", "the plan had my name on it": the failure placed in the speaker's charge, as a place it lay,
 * not as an act of theirs.
 * Said beside a failure told as "we", it concedes the work was the speaker's and still owns nothing.
 */
function placedWithSpeaker(answer: Answer, before: number): boolean {
  for (const read of analyseAnswer(answer)) {
    if (read.sentence.index >= before) return false;
    const tokens = read.tokens;
    for (const e of read.events) {
      if (e.negated || e.modal) continue;
      const subject = tokens[e.first]!.lower;
      if (!THE_FAILURE.has(subject) && !(e.actor === 'thing' && e.nounSubject)) continue;
      // "the plan had my name on it": the speaker's name on the work.
      if (e.act === 'have' && nameOn(tokens, e.first, e.last)) return true;
      if (!LAY.has(e.act ?? '')) continue;
      for (let k = e.first + 1; k < e.last; k++) {
        if (!WHERE.has(tokens[k]!.lower) || tokens[k + 1]?.lower !== 'my') continue;
        const place = tokens[k + 2];
        if (place && (place.pos === 'NOUN' || place.pos === 'PROPN') && !NOT_THE_WORK.has(place.lemma)) return true;
      }
    }
  }
  return false;
}

export default defineRule({
  id: 'ownership',
  severity: 'warning',
  scope: 'phrase',
  readsWholeAnswer: true,
  messages: {
    groupFailure: {
      message: 'The failure is told as "we", and the answer never says what you yourself got wrong.',
      suggestion: 'Say "I" for your own decision, mistake or action; keep "we" for what the team did together.',
    },
    groupAction: {
      message: 'The fix is told as "we", and the answer never says what you yourself did.',
      suggestion: 'Say "I" for your own decision, mistake or action; keep "we" for what the team did together.',
    },
    sharedOut: {
      message: 'This shares the failure out among everyone, so it has no owner.',
      suggestion: 'Say which part was yours ("I signed it off without checking the grade"), then what others did if it matters.',
    },
    judged: {
      message: 'This spreads the failure across the group where your own part should be.',
      suggestion: 'Say what you yourself did or missed, in the first person.',
    },
  },
  summary: '"We" or "the team" carries the failure and the action where your own "I" belongs',
  rationale:
    'The interviewer is hiring you, not your team. When every mistake and every fix is "we", they cannot tell what you did or whether you own any of it. Keep "we" for the context and say "I" for your decisions, your mistake and your response.',
  sources: ['Auerbach', 'STAR builders', 'Leadership IQ'],
  options: {
    minGroupSentences: {
      type: 'integer',
      default: 1,
      min: 1,
      description: 'fewest unowned "we" sentences about the failure or the fix before the rule speaks',
    },
  },
  example: {
    flagged: 'We underestimated the load, so we missed the launch. We then rebuilt the cache.',
    fixed: "I sized the servers from last year's traffic and missed the launch spike. I rebuilt the cache that night.",
  },
  check(answer, options, report) {
    // The story runs up to the lesson; "we" after it is about the team's new habits, not the failure.
    const firstLesson = answer.sentences.find((s) => s.signals.lesson)?.index ?? answer.sentences.length;
    const story = answer.sentences.filter((s) => s.index < firstLesson && (s.signals.failure || s.signals.remedy));
    // Owned in any words: a failure owned, an omission owned ("I didn't check"), or the fault claimed ("the fault was mine").
    const ownedByMe = !ownsNothing(answer);
    // Any sentence after the failure in which the speaker acts shows their own part in the response.
    const firstFailure = firstFailureIndex(answer.sentences);
    const myActions = answer.sentences.some(
      (s) => s.index >= firstFailure && (s.signals.ownedRemedy || (s.signals.speakerSubject && !s.signals.failure)),
    );
    // Once the speaker's own fix is under way ("I personally went through every file, and we called each
    // customer with a missing form"), "we" tells the team in that fix, and failure words are what it put right.
    const fixFrom = ownFixStart(answer, firstFailure);
    const groupFailures = story.filter((s) => s.signals.groupSubject && s.signals.failure && !s.signals.ownedFailure && s.index < fixFrom);
    const groupActions = story.filter((s) => s.signals.groupSubject && s.signals.remedy && !s.signals.ownedRemedy && !s.signals.failure);
    const flagged = [...(ownedByMe ? [] : groupFailures), ...(myActions ? [] : groupActions)];
    // Told as "we" from start to end, in words no failure list knows: the story itself is the dodge.
    const told = ownedByMe ? [] : weStory(answer).filter((s) => !flagged.includes(s) && s.index < fixFrom);
    const firstTrouble = answer.sentences.find((s) => s.signals.failure || s.signals.cost)?.index ?? answer.sentences.length;
    const toldAsWe = told.length >= Math.max(2, options.minGroupSentences) ? told.slice(0, MAX_WE_STORY) : [];
    // The failure owned only as the group's, in words no failure list knows: "we hadn't checked when the statement went out".
    const groupOwned = ownedByMe
      ? []
      : analyseAnswer(answer)
          .filter((r) => r.sentence.index < firstLesson && r.events.some(groupOwns))
          .map((r) => r.sentence)
          .filter((s) => !flagged.includes(s) && !toldAsWe.includes(s));
    // "It was kind of a collective thing", "we all own that one": whose it was, answered with everyone.
    for (const spread of sharedAmongAll(answer)) report({ start: spread.start, end: spread.end, messageId: 'sharedOut', certain: true });
    const all = [...flagged, ...groupOwned];
    const enough = all.length >= options.minGroupSentences;
    // The fix told as "we", after the trouble, has its own message: it never says what the speaker did.
    const toldFix = (s: Sentence): boolean => s.signals.remedy && !s.signals.failure && s.index > firstTrouble;
    const failing = (s: Sentence): boolean => s.signals.failure || groupOwned.includes(s);
    // Two failures or more told as "we" by the one who held the work: the telling, not one turn of phrase.
    const groupFailing = toldAsWe.filter((s) => !toldFix(s)).length + (enough ? all.filter(failing).length : 0);
    const held =
      !ownedByMe &&
      ((groupFailing >= 2 && heldTheWork(answer, firstFailure)) || (groupFailing >= 1 && placedWithSpeaker(answer, firstLesson)));
    const sure = held ? { certain: true } : {};
    for (const sentence of toldAsWe) {
      const range = groupWord(sentence, answer);
      if (range) report(toldFix(sentence) ? { ...range, messageId: 'groupAction' } : { ...range, messageId: 'groupFailure', ...sure });
    }
    if (!enough) return;
    for (const sentence of all.sort((a, b) => a.index - b.index)) {
      const range = groupWord(sentence, answer);
      if (!range) continue;
      report(failing(sentence) ? { ...range, messageId: 'groupFailure', ...sure } : { ...range, messageId: 'groupAction' });
    }
  },
});
