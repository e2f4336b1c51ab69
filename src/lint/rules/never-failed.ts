import type { Answer, Sentence, Word } from '../../answer/model.js';
import { analyseAnswer } from '../../judge/judge.js';
import type { Token } from '../../nlp/analyse.js';
import { defineRule } from '../rule.js';
import {
  anyIn,
  clauseAt,
  isNegator,
  readAnswer,
  reportWithReadings,
  SPEAKER,
  whole,
  word,
  type Read,
  type SelfTalk,
} from '../self-talk.js';
import { gatesOpen } from '../../nlp/gates.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const STARTS_FAIL = /^fail/;

/** Word sets the readings below test with anyIn: made once, not on every call. */
const WORDS_HAVE: ReadonlySet<string> = new Set(['have']);
/** Relative pronouns: a failing after one ("people who had failed") belongs to the noun it hangs on. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom']);
const WORDS_LESS_RATHER_INSTEAD: ReadonlySet<string> = new Set(['less', 'rather', 'instead']);
const WORDS_I_WE: ReadonlySet<string> = new Set(['i', 'we']);
/** "the closest I've come", "the nearest I've got", "the closest I can offer", "the nearest I can think of". */
const WORDS_CLOSEST: ReadonlySet<string> = new Set(['come', 'get', 'offer', 'give', 'think', 'name', 'find', 'point']);
const WORDS_NOT_NT_NEVER: ReadonlySet<string> = new Set(['not', "n't", 'never']);
const WORDS_SOMETHING_ANYTHING_THING: ReadonlySet<string> = new Set(['something', 'anything', 'thing']);

const WE = new Set(['we', 'our', 'us']);

// biome-ignore format: a word list reads best packed, several entries a line
const DENIAL: readonly string[] = [
  "(i've|i have|i|i'd) @adv? never @adv? (failed|failed at anything|had a failure|had a real failure|had a big failure|really failed|fail|experienced failure)",
  "i @adv? (don't|do not) @adv? (fail|have failures)", "i (haven't|have not) @adv? (failed|had a failure)",
  "i (can't|cannot|couldn't|could not|cant|couldnt) @adv? (think of|remember|recall|come up with) a|one|any|anything (real|single|big|proper|true|genuine)? (time|failure|failures|fail|fails|mistake|example)?",
  // The same in notes, with the "I" dropped after an opener: "honestly cant think of a real failure".
  "(honestly|tbh|truthfully|genuinely) (can't|cannot|couldn't|could not|cant|couldnt) @adv? (think of|remember|recall|come up with) a|one|any|anything (real|single|big|proper|true|genuine)? (time|failure|failures|fail|fails|mistake|example)?",
  "i (don't|do not) @adv? have|recall|remember a|any|one @adv? (failure|failures|time)",
  "i (wouldn't|would not) @adv? (call it|call that|call this|call anything|say it was|say that was) a failure",
  'not a failure (so much|but|as)', "i (wouldn't|would not) @adv? call ..4 a failure|failures", 'rather than a failure',
  'instead of a failure', "i (don't|do not) believe in failure|failures", "(there's|there is) no such thing as failure",
  'i prefer to (call|see|think of) it|them as? a|an? challenge|challenges|learning|opportunity',
  "i (don't|do not) (see it as|see things as|think in terms of|think of it as) failure|failures|a failure", 'no failures|failure only|just',
  "nothing (i'd|i would) call a failure",
  // The story offered, then denied the name: "not really what i'd call a failure".
  "not @adv? what (i'd|i would) call a failure|mistake",
  "(don't think|do not think|can't say|cannot say|wouldn't say|would not say) (i've|i have|i) @adv? ever @adv? (had|made|experienced|seen) a|any @adv? proper|real|big|major|true|significant|serious? failure|failures|mistake",
  'not one|any that really? mattered',
  // The failure recast as good luck: "it was really the best thing that could have happened to me", "a blessing in disguise".
  "it|that|this|failure|mistake was|is @adv? @adv? the best thing that (ever|could have|could've)? happened|happen to me|us|my",
  "it|that|this (turned out to be|ended up being|proved to be) @adv? the best thing that (ever|could have|could've)? happened|happen to me|us|my",
  'a blessing in disguise',
  // The story renamed outright: "for me that's not a failure, that's what good management looks like".
  "(that's|that is|thats|it's|it is|its|it was|that was) @adv? not @adv? a failure (that's|that is|thats|it's|it is|its|it was|that was)",
  // What looked like failures said to have come good: "the things that looked like failures turned out to be wins".
  'looked|seemed like failures ..4 (turned out|ended up) ..2 wins|successes|positives',
];

/** Words a recasting of the failure as luck is reported or wished with: "colleagues said it was…", "I'd love to say it was…". */
const REPORTING = new Set(['said', 'say', 'says', 'told', 'tell', 'think', 'thought', 'wish', 'hope', 'call', 'called']);
/** Words that turn against what came before in the sentence: "…a blessing in disguise, but it wasn't". */
const AGAINST = new Set(['but', 'though', 'however', 'yet']);
const RECAST_WORDS = new Set(['blessing', 'best']);

/**
 * The failure recast as luck ("a blessing in disguise", "the best thing that could have happened to
 * me") only as the speaker's own view: not one reported of others or wished for ("some colleagues
 * said it was a blessing in disguise"), nor one turned against after it ("…, but it wasn't").
 */
function recastDisowned(words: readonly Word[], start: number, end: number): boolean {
  if (!words.slice(start, end).some((w) => RECAST_WORDS.has(w.norm))) return false;
  return words.slice(0, start).some((w) => REPORTING.has(w.norm)) || words.slice(end).some((w) => AGAINST.has(w.norm));
}

/**
 * "I had never missed a launch before this one" is history, not denial; "I can't think of a failure
 * that taught me more than this one" measures the story against others; "I never failed to…" is a habit.
 */
const HISTORY_WORDS = new Set(['before', 'until', 'since', 'again', 'till', 'then', 'yet', 'previously', 'up', 'than']);

function isHistory(words: readonly Word[], end: number): boolean {
  if (words[end]?.norm === 'to' && STARTS_FAIL.test(words[end - 1]?.norm ?? '')) return true;
  // "rather than a failure" renames it: that "than" is no comparison.
  return words
    .slice(end, end + 6)
    .some((w, i) => HISTORY_WORDS.has(w.norm) && !(w.norm === 'than' && words[end + i - 1]?.norm === 'rather'));
}

const FAILURE = new Set(['fail', 'failure', 'flop']);
/** Verbs of having, recalling, naming and judging: what a claim about one's own record is made with. */
// biome-ignore format: a word list reads best packed, several entries a line
const RECORD_VERBS = new Set([
  'have', 'be', 'fail', 'think', 'recall', 'remember', 'name', 'point', 'call', 'say', 'describe', 'consider', 'count', 'qualify',
  'believe', 'experience', 'come', 'find', 'pick', 'identify', 'class', 'label', 'do', 'frame', 'suffer', 'classify', 'regard',
  'spring', 'face', 'encounter',
]);
/**
 * Verbs of handing one over, a record verb only after a word of difficulty ("I'd struggle to give
 * you a real failure"): after a plain negator they tell an act withheld ("I didn't share the
 * failure with my director").
 */
const OFFERING = new Set(['give', 'offer', 'share']);
/** Saying it is hard to produce one: "I struggle to name…", "I honestly can't say…", "I've been lucky…". */
const DIFFICULTY = new Set(['struggle', 'lie', 'fortunate', 'lucky', 'hard', 'difficult', 'tough']);
/** A comparison or a time frame after the failure word makes it history ("a failure like this before", "than this one"). */
const AFTER_HISTORY = new Set(['before', 'until', 'till', 'since', 'yet', 'again', 'than', 'previously', 'then', 'like']);
/** "not a failure as such", "not so much a failure as…": the failure renamed rather than denied outright. */
const RENAMED = new Set(['such', 'per', 'exactly', 'so', 'more', 'rather', 'but', 'really']);
const STORY = new Set(['story', 'stories', 'example', 'examples', 'moment']);
const REFRAMES = new Set(['challenge', 'challenges', 'opportunity', 'opportunities', 'experience', 'setback']);
const SEEING = new Set(['see', 'view', 'treat', 'frame', 'call', 'think', 'consider', 'regard', 'class', 'describe', 'prefer', 'look']);

/** What a search for a failure can name: "a time when…", "a single one", "a thing". */
const SOUGHT_FAILURE = new Set([
  'one',
  'time',
  'thing',
  'failure',
  'fail',
  'mistake',
  'example',
  'instance',
  'occasion',
  'story',
  'setback',
]);

/**
 * "I couldn't think of a way to recover it", "I can't remember a better fix": what the speaker could
 * not think of is named after the words that matched, and it is not a failure. The search is for a
 * way out of the story, not a denial of the speaker's record. `end` is where the match ends in the
 * source; describing words after it are passed over to reach the noun.
 */
function somethingElseSought(tokens: readonly Token[], end: number): boolean {
  let k = tokens.findIndex((t) => t.start >= end);
  // The match already ends on what was sought ("a proper fail"): nothing after it is the object.
  if (k < 0 || SOUGHT_FAILURE.has(tokens[k - 1]?.lemma ?? '')) return false;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV') k++;
  const noun = tokens[k];
  return noun !== undefined && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && !SOUGHT_FAILURE.has(noun.lemma);
}

/** The cue (a negator or a word of difficulty) governing the failure word at k, or -1: scanned back within its clause. */
function denialCue(tokens: readonly Token[], k: number): number {
  for (let i = k - 1; i >= Math.max(0, k - 14); i--) {
    const t = tokens[i]!;
    const opensClause = t.lower === 'so' && tokens[i + 1]?.pos === 'PRON';
    if (t.lower === 'but' || t.lower === ';' || t.lower === 'because' || opensClause) return -1;
    if (isNegator(t) || DIFFICULTY.has(t.lemma)) return i;
  }
  return -1;
}

/**
 * A verb of the clause: tagged so, or a verb of record read as a noun after an auxiliary ("can't
 * point to"), or "had" with an object ("haven't had, like, a real one").
 */
function actsAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'VERB') return true;
  const prev = tokens[i - 1];
  if (RECORD_VERBS.has(t.lemma) && t.pos === 'NOUN' && prev && ['AUX', 'PART', 'PRON'].includes(prev.pos)) return true;
  const next = tokens[i + 1];
  // "I don't really do failure": "do" with the failure as its object, however the tagger read it.
  if (t.pos === 'AUX' && t.lemma === 'do' && next !== undefined && FAILURE.has(next.lemma)) return true;
  return t.pos === 'AUX' && t.lemma === 'have' && (!next || !['VERB', 'AUX', 'PART', 'ADV'].includes(next.pos));
}

/** "I'm not the kind of engineer who…", "lucky to be someone who…": the speaker is the person "who" describes. */
function speakerIs(tokens: readonly Token[], who: number): boolean {
  for (let j = Math.max(0, who - 7); j < who; j++) {
    const next = tokens[j + 1];
    if (next?.lemma !== 'be') continue;
    if (tokens[j]!.lower === 'i' || tokens[j]!.lower === 'to') return true;
  }
  return false;
}

/** "I never fail", "we've never had a launch fail": the failing is the speaker's own, not a job's or a system's. */
function ownFail(read: Read, k: number): boolean {
  const clause = clauseAt(read, k);
  if (clause && (clause.actor === 'self' || clause.actor === 'group') && clause.act === 'fail') return true;
  // "screen for people who had failed": the failing is the people's, whatever "had" comes before it.
  // "I'm not the kind of engineer who has failed", "lucky to be someone who has never failed": the person described is the speaker.
  const who = anyIn(read.tokens, k - 3, k - 1, RELATIVES);
  if (who >= 0 && !speakerIs(read.tokens, who)) return false;
  // "I failed", "where I actually failed": the speaker right before the verb, adverbs aside.
  let before = k - 1;
  while (read.tokens[before]?.pos === 'ADV') before--;
  if (['i', 'we'].includes(word(read.tokens, before))) return true;
  return anyIn(read.tokens, k - 4, k - 1, WORDS_HAVE, 'lemma') >= 0;
}

/** "I can't point to a real failure", "nothing I've done counts as a failure", "I've never had a project fail". */
function deniedAt(read: Read, k: number): boolean {
  const { tokens } = read;
  const t = tokens[k]!;
  if (!FAILURE.has(t.lemma)) return false;
  if (t.lemma === 'fail' && word(tokens, k + 1) === 'to') return false;
  const next = tokens[k + 1];
  if (t.lemma === 'failure' && tokens[k - 1]?.pos === 'NOUN') return false;
  if (next && next.pos === 'NOUN' && !STORY.has(next.lower)) return false;
  if (anyIn(tokens, k + 1, k + 6, AFTER_HISTORY) >= 0) return false;
  const cue = denialCue(tokens, k);
  if (cue < 0) return false;
  // "I had never failed an exam" tells the time before the story, not the speaker's record now.
  if (word(tokens, cue - 1) === 'had' || word(tokens, cue - 2) === 'had') return false;
  // "So it wasn't really a failure, more of a challenge", "dont really see it as a failure, more of a
  // learning curve": the story itself denied as a failure and renamed, whoever the sentence names.
  if (renamedStory(tokens, cue, k)) return true;
  const speaker = anyIn(tokens, 0, k, SPEAKER) >= 0 || anyIn(tokens, 0, k, WE) >= 0;
  if (!speaker && tokens[cue]!.lower !== 'nothing' && tokens[cue]!.lower !== 'none') return false;
  // "a fail" named as a thing is the record's, like "a failure"; the verb must be the speaker's own failing.
  const named = ['a', 'an', 'one', 'any'].includes(word(tokens, k - 1));
  if (t.lemma === 'fail' && !named && !ownFail(read, k)) return false;
  let verb = -1;
  for (let i = cue + 1; i < k && verb < 0; i++) if (actsAt(tokens, i)) verb = i;
  if (verb >= 0) {
    const v = tokens[verb]!;
    // "nothing … stands out as a failure": standing out, not standing up.
    if (v.lemma === 'stand' || v.lemma === 'jump' || v.lemma === 'leap') return word(tokens, verb + 1) === 'out';
    if (OFFERING.has(v.lemma)) return DIFFICULTY.has(tokens[cue]!.lemma);
    return RECORD_VERBS.has(v.lemma);
  }
  // "I have no real failures to speak of": the having comes before the negator.
  if (tokens[cue]!.lower === 'no' && anyIn(tokens, cue - 3, cue - 1, WORDS_HAVE, 'lemma') >= 0) return true;
  return t.lemma === 'fail' || anyIn(tokens, k + 1, k + 3, RENAMED) >= 0 || DIFFICULTY.has(tokens[cue]!.lemma);
}

/** What the story is called instead of a failure: "more of a challenge", "a learning curve", "just a lesson". */
const RENAMED_AS = new Set([...REFRAMES, 'lesson', 'hiccup', 'blip', 'curve']);
/** The story named by a pro-form: "it", "that", "this". */
const THE_STORY = new Set(['it', 'that', 'this']);

/**
 * "it wasn't really a failure, more of a challenge", "that wasn't a failure, it was a lesson": the
 * story, named by a pro-form, denied as a failure and given another name just after. Not "it wasn't
 * a failure of the software; it was mine" (no other name), nor "the launch wasn't a failure" (a thing named).
 */
function renamedStory(tokens: readonly Token[], cue: number, k: number): boolean {
  const be = tokens[cue - 1];
  const denied = (be?.lemma === 'be' && THE_STORY.has(word(tokens, cue - 2))) || seenAsNone(tokens, cue, k);
  // The other name told as one ("more of a challenge", "a learning curve", "just a hiccup"), not "the lesson was mine".
  if (!denied) return false;
  const name = anyIn(tokens, k + 1, k + 7, RENAMED_AS);
  return name >= 0 && tokens.slice(Math.max(k + 1, name - 3), name).some((x) => x.lower === 'a' || x.lower === 'an');
}

/** "dont really see it as a failure": between the negator and the failure word, a verb of seeing with the story as its object, then "as". */
function seenAsNone(tokens: readonly Token[], cue: number, k: number): boolean {
  if (word(tokens, k - 1) !== 'a' || word(tokens, k - 2) !== 'as') return false;
  for (let i = cue + 1; i < k - 2; i++) if (SEEING.has(tokens[i]!.lemma) && THE_STORY.has(word(tokens, i + 1))) return true;
  return false;
}

/** "less a failure than…", "rather than a failure", "I treated it as a challenge" after a failure word. */
function renamedAt(read: Read, k: number): boolean {
  const { tokens } = read;
  const t = tokens[k]!;
  if (t.lemma === 'failure') {
    return anyIn(tokens, k - 3, k - 1, WORDS_LESS_RATHER_INSTEAD) >= 0 && anyIn(tokens, 0, k, SPEAKER) >= 0;
  }
  if (!REFRAMES.has(t.lower) || (word(tokens, k - 1) !== 'as' && word(tokens, k - 2) !== 'as')) return false;
  const clause = clauseAt(read, k);
  if (clause?.actor !== 'self' || clause.negated || !clause.act || !SEEING.has(clause.act)) return false;
  const before = read.all[read.index - 1];
  const mentions = (r: Read | undefined): boolean => !!r && r.tokens.some((x) => FAILURE.has(x.lemma));
  return mentions(read) || mentions(before);
}

/** "The closest I've come…", "the nearest I've got to a setback", "the closest I can offer": the story offered in place of a failure. */
function closestAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  if (w !== 'closest' && w !== 'nearest') return false;
  if (word(tokens, k + 1) === 'thing' && word(tokens, k + 2) === 'to') return true;
  const who = anyIn(tokens, k + 1, k + 2, WORDS_I_WE);
  return who >= 0 && anyIn(tokens, who + 1, who + 3, WORDS_CLOSEST, 'lemma') >= 0;
}

/** "Failure isn't something I've had much of": the failure as the subject of a negated clause about the speaker's own experience. */
function failureDenied(read: Read, k: number): boolean {
  const { tokens } = read;
  if (tokens[k]!.lemma !== 'failure' && tokens[k]!.lower !== 'failures') return false;
  const clause = clauseAt(read, k);
  // The subject of its clause, or of the sentence before any verb: "Failure is not really a word I…".
  const subject =
    clause?.subject === tokens[k]!.lemma ||
    (tokens[k + 1]?.lemma === 'be' && !tokens.slice(0, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX'));
  if (!subject || anyIn(tokens, k + 1, k + 3, WORDS_NOT_NT_NEVER) < 0) return false;
  // "something I've had much of", "a word I have had to use": what failure is not, in the speaker's own experience.
  const thing = anyIn(tokens, k + 1, k + 6, WORDS_SOMETHING_ANYTHING_THING);
  if (thing >= 0) return word(tokens, thing + 1) === 'i' || word(tokens, thing + 2) === 'i';
  // Any other noun needs a verb of living it after the "I": "not a word I've had to use", not "not an option I had considered".
  const noun = tokens.findIndex((x, i) => i > k && i <= k + 6 && x.pos === 'NOUN');
  const i = noun < 0 ? -1 : ([noun + 1, noun + 2].find((at) => word(tokens, at) === 'i') ?? -1);
  const verb = i < 0 ? undefined : tokens.slice(i + 1, i + 5).find((x) => x.pos === 'VERB');
  return verb !== undefined && LIVED_THROUGH.has(verb.lemma);
}

/** What a speaker does with failure in their own experience: has it, uses the word, knows it, meets it. */
const LIVED_THROUGH = new Set(['have', 'use', 'know', 'experience', 'face', 'encounter', 'meet', 'suffer', 'see', 'need']);

/** Verbs of naming a moment from one's record: "I can't point to a time when…". */
const NAMING = new Set(['point', 'think', 'recall', 'remember', 'name']);
const ANY_ONE = new Set(['a', 'an', 'any', 'one', 'single']);
const MOMENTS = new Set(['moment', 'time', 'occasion', 'instance', 'example', 'day', 'project']);

/**
 * "I cannot point to a moment where something I was responsible for properly went wrong", "I can't
 * think of a time when a job of mine failed": the record denied through a moment the speaker cannot
 * name, with the failing told in the clause about it, whatever it is called. Not with a comparison
 * or a time frame ("a time when it went this wrong before").
 */
function noMomentWentWrong(read: Read, k: number): boolean {
  const { tokens } = read;
  const t = tokens[k]!;
  if (!NAMING.has(t.lemma) || !tokens.slice(Math.max(0, k - 4), k).some(isNegator)) return false;
  if (!tokens.slice(0, k).some((x) => SPEAKER.has(x.lower))) return false;
  const moment = tokens.findIndex((x, i) => i > k && i <= k + 4 && MOMENTS.has(x.lemma));
  if (moment < 0 || !['where', 'when', 'that', 'which'].includes(word(tokens, moment + 1))) return false;
  // "a moment", "any time", "a single occasion": one sought in the record, not "the time when the upload failed".
  if (!tokens.slice(k + 1, moment).some((x) => ANY_ONE.has(x.lower))) return false;
  for (let i = moment + 2; i < Math.min(tokens.length, moment + 14); i++) {
    const x = tokens[i]!;
    if (x.lower === 'but' || x.lower === ';' || AFTER_HISTORY.has(x.lower)) return false;
    const wrong = x.lower === 'wrong' && tokens[i - 1]?.lemma === 'go';
    if (wrong || (x.lemma === 'fail' && x.pos === 'VERB')) return !tokens.slice(i + 1, i + 5).some((y) => AFTER_HISTORY.has(y.lower));
  }
  return false;
}

const NONE_OF_IT = new Set(['nothing', 'none']);
/** Words that tell a change holding since the story: "since then", "never again", "after that". */
const HELD_SINCE = new Set(['since', 'again', 'after', 'afterwards']);
const PERFECT = new Set(['have', "'ve", 'has', "'s"]);

/**
 * "Nothing I've led has failed", "nothing I've been responsible for has actually gone wrong": the
 * speaker's whole record, the subject of a failing told in the perfect. A story's own "nothing I
 * did went wrong" is told in the past and is not a claim about the record; nor is what has held
 * since ("since then nothing we've shipped has failed"), nor a result told once the lesson is
 * (the caller's check: "none of the cutovers I've run under the new plan has gone wrong").
 */
function nothingOfMineFailed(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  let verb = k;
  if (t.lower === 'wrong') {
    verb = k - 1;
    while (tokens[verb]?.pos === 'ADV') verb--;
    if (tokens[verb]?.lemma !== 'go') return false;
  } else if (t.lemma !== 'fail' || t.pos !== 'VERB') return false;
  const cue = tokens.findLastIndex((x, i) => i < verb && NONE_OF_IT.has(x.lower));
  if (cue < 0 || tokens.slice(cue + 1, verb).some((x) => x.lower === 'but' || x.lower === ';' || x.lower === ',')) return false;
  const mine = tokens.slice(cue + 1, verb).some((x) => SPEAKER.has(x.lower) || WE.has(x.lower));
  // "since then, nothing we've shipped has failed": a change holding, not a clean record.
  if (tokens.some((x) => HELD_SINCE.has(x.lower))) return false;
  // The perfect of the failing itself: "has failed", "has ever really gone wrong".
  let aux = verb - 1;
  while (tokens[aux]?.pos === 'ADV') aux--;
  return mine && PERFECT.has(tokens[aux]?.lower ?? '');
}

/**
 * Can any reading of recordDenials start at token t? Each returns false at once unless the token is
 * a failure word by lemma (deniedAt, renamedAt, failureDenied, nothingOfMineFailed's "fail"), a
 * reframe (renamedAt), "failures" (failureDenied), "closest" or "nearest" (closestAt), a verb of
 * naming by lemma (noMomentWentWrong) or "wrong" (nothingOfMineFailed); skipping the rest changes nothing.
 */
function mayDeny(t: Token): boolean {
  return DENYING_WORDS.has(t.lower) || DENYING_LEMMAS.has(t.lemma);
}

/** The words and lemmas of mayDeny, gathered so that the gate asks two sets. */
const DENYING_WORDS = new Set([...REFRAMES, 'failures', 'closest', 'nearest', 'wrong']);
const DENYING_LEMMAS = new Set([...FAILURE, ...NAMING]);

/** Sentences where the speaker claims a clean record or renames the failure, read from the grammar. */
export function recordDenials(answer: Answer): SelfTalk[] {
  const found: SelfTalk[] = [];
  const firstLesson = answer.sentences.find((s) => s.signals.lesson || s.signals.prevention)?.index ?? Infinity;
  for (const read of readAnswer(answer)) {
    const { tokens } = read;
    const beforeLesson = read.sentence.index < firstLesson;
    for (let k = 0; k < tokens.length; k++) {
      if ((!mayDeny(tokens[k]!) && !gatesOpen()) || read.quoted.has(k)) continue;
      if (
        deniedAt(read, k) ||
        renamedAt(read, k) ||
        closestAt(tokens, k) ||
        failureDenied(read, k) ||
        noMomentWentWrong(read, k) ||
        (beforeLesson && nothingOfMineFailed(tokens, k))
      ) {
        found.push(whole(read));
        break;
      }
    }
  }
  return found;
}

export default defineRule({
  id: 'never-failed',
  phrases: { denial: DENIAL },
  userList: 'denial',
  severity: 'error',
  // The speaker's claim about their own record is told in words; a story with no such claim is
  // judged by the other rules (a new-user trial saw the judgement alone call "I was quite proud of
  // the plan" a claim never to have failed).
  needsCheck: true,
  messages: {
    denial: {
      message: 'This denies or renames the failure; the interviewer asked for one and will hear evasion.',
      suggestion: 'Name a real failure plainly, with what it cost and what you did about it.',
    },
    judged: {
      message: 'This claims you have never really failed, which reads as a lack of self-awareness.',
      suggestion: 'Tell one real failure: everyone has one, and the question is about how you handle it.',
    },
  },
  scope: 'phrase',
  summary: 'Claims never to have failed, or swaps the failure for "a challenge"',
  rationale:
    'Everyone has failed. Saying you have not, or that you cannot think of a time, reads as either dishonest or unaware, and interviewers often end the topic there. Renaming the failure "a challenge" or "a learning opportunity" is the same dodge in softer words.',
  sources: ['Scott', 'Brown', 'George', 'Lichtenstein'],
  options: {},
  example: {
    flagged: "Honestly, I can't think of a real failure; I'd call it more of a challenge.",
    fixed: 'My clearest failure was the vendor migration I scheduled without a rollback plan.',
  },
  check(answer, _options, emit, find) {
    const analysed = analyseAnswer(answer);
    const unless = (sentence: Sentence, match: { start: number; end: number }): boolean =>
      isHistory(sentence.words, match.end) ||
      recastDisowned(sentence.words, match.start, match.end) ||
      somethingElseSought(analysed[sentence.index]?.tokens ?? [], sentence.words[match.end - 1]!.end);
    reportWithReadings(answer, find, { list: 'denial', unless, phraseId: 'denial' }, recordDenials(answer), emit);
  },
});
