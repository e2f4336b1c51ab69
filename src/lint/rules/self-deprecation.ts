import type { Answer } from '../../answer/model.js';
import type { Token } from '../../nlp/analyse.js';
import type { ClauseEvent } from '../../nlp/clauses.js';
import { defineRule } from '../rule.js';
import { actorIn, anyIn, readAnswer, reportWithReadings, whole, word, type Read, type SelfTalk } from '../self-talk.js';
import { gatesOpen } from '../../nlp/gates.js';
import { NOW_WORDS } from '../../answer/lexicon.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const ENDS_EST = /est$/;
const ENDS_ER = /er$/;

/** Word sets the readings below test with anyIn: made once, not on every call. */
const WORDS_NOT_NT_NEVER: ReadonlySet<string> = new Set(['not', "n't", 'never']);
const WORDS_THE: ReadonlySet<string> = new Set(['the']);
const WORDS_PERSON_SUIT_FORTE: ReadonlySet<string> = new Set(['person', 'suit', 'forte']);
const WORDS_SORT_KIND_TYPE: ReadonlySet<string> = new Set(['sort', 'kind', 'type']);
const WORDS_MY: ReadonlySet<string> = new Set(['my']);
const WORDS_WOULD: ReadonlySet<string> = new Set(['would']);

const INSULTS = 'terrible|awful|hopeless|useless|stupid|dumb|incompetent|clueless|pathetic|lousy|horrible|worthless|idiotic';
const NOUNS = 'idiot|moron|fool|failure|disaster|mess|fraud|joke|loser|screw-up|screwup|liability';

const RUNNING_DOWN: readonly string[] = [
  `(i'm|i am|i was|i've always been|i have always been|i've been|i'm just|i'm still|i was just) @adv? so|really|very|pretty|such|always|completely|totally|truly|just|simply|an|a|the? so|really|very|such|complete|total|absolute|an|a? ${INSULTS}`,
  `(i'm|i am|i was|i've always been|i have always been|i'm just) @adv? such|a|an|the? a|an? complete|total|absolute|real? ${NOUNS}`,
  `the|an|a ${NOUNS} (i am|i was|that i am|that i was)`,
  `(i'm|i am|i was) a bit of a|an ${NOUNS}`,
  `(i'm|i am|i was|i've always been) (so|really|very|pretty|just|always)? bad|terrible|awful|hopeless|useless|rubbish|garbage at`,
  'i @adv? suck|sucked at',
  "(i'm|i am|i was) not (smart|clever|bright|talented|good) enough",
  "(i'm|i am) just not (a numbers|a people|a detail|a details|a tech|a technical|cut out)",
  'i always (mess|screw|muck) (things|it|everything)? up',
  'i ruin|ruined everything',
  "i'm the worst",
  // Idioms of a lasting want of wits or memory: "my own worst enemy", "a memory like a sieve", "never had a head for figures".
  "(i'm|i am|i was|i've always been|i've been) my own worst enemy",
  '(my|a) (memory|brain|head) (is|was)? like a sieve',
  // As notes put it, with no "my": "brain like a sieve these days".
  '(memory|brain|head) like a sieve',
  "(i've|i have) never had a head for",
  'anyone with half a brain',
  'the worst (employee|engineer|manager|analyst|designer|developer|leader) (ever|in the world|alive)',
];

/** Verdicts on a person's worth or ability, harsh in themselves: "I was useless", "I'm a walking disaster". */
// biome-ignore format: a word list reads best packed, several entries a line
const HARSH = new Set([
  'terrible', 'awful', 'hopeless', 'useless', 'rubbish', 'incompetent', 'stupid', 'dumb', 'clueless', 'pathetic', 'worthless', 'idiotic',
  'lousy', 'inept', 'idiot', 'moron', 'fool', 'mess', 'disaster', 'wreck', 'scatterbrain', 'liability', 'fraud', 'joke', 'loser', 'klutz',
  'dunce', 'garbage', 'dreadful', 'atrocious',
]);
/** Traits that are a verdict only when told as lasting ("always have been", "just not", "that sort of person"). */
// biome-ignore format: a word list reads best packed, several entries a line
const MILD = new Set([
  'scatterbrained', 'disorganised', 'disorganized', 'forgetful', 'clumsy', 'careless', 'sloppy', 'lazy', 'bad', 'nervous', 'chaotic',
  'flaky', 'slow', 'messy', 'weak', 'poor', 'absent-minded', 'ditzy', 'thick', 'daft', 'dim', 'dozy',
]);
/** Nouns of insult: a verdict on the person whatever follows. */
// biome-ignore format: a word list reads best packed, several entries a line
const INSULT_NOUNS = new Set([
  'idiot', 'moron', 'fool', 'mess', 'disaster', 'wreck', 'scatterbrain', 'liability', 'fraud', 'joke', 'loser', 'klutz', 'dunce',
]);
const ABILITY = new Set(['good', 'great', 'strong', 'brilliant', 'cut', 'any', 'much']);
/** What makes a trait lasting: "always", "never been", "just", "by nature", "that kind of …". */
const LASTING = new Set(['always', 'never', 'just', 'naturally', 'nature', 'person', 'sort', 'kind', 'type', 'ever', 'generally']);
const FAILING_HABITS = new Set(['lose', 'forget', 'miss', 'drop', 'mess', 'panic', 'freeze', 'struggle', 'muddle', 'leave', 'overlook']);

/** The token after the last "be" of a clause with the speaker as subject ("I'm", "I've always been"), or -1. */
function predicateAt(read: Read, e: ClauseEvent): number {
  if (actorIn(read, e) !== 'self') return -1;
  let after = -1;
  for (let i = e.first; i <= e.last; i++) {
    const t = read.tokens[i]!;
    if (t.pos === 'VERB') break;
    if (t.pos === 'AUX' && t.lemma === 'be') after = i + 1;
  }
  return after;
}

/** The first verdict word in the predicate, skipping adverbs, determiners and "a bit of". */
function verdictIn(tokens: readonly Token[], from: number, to: number): { at: number; harsh: boolean } | null {
  for (let i = from; i <= Math.min(to, from + 6); i++) {
    const t = tokens[i]!;
    if (HARSH.has(t.lower)) return { at: i, harsh: true };
    if (MILD.has(t.lower)) return { at: i, harsh: false };
    if (t.pos === 'ADP' && t.lower !== 'of') return null;
  }
  return null;
}

/** "I'm hopeless with charts", "I've never been good with figures", "I'm not a details person". */
function runsDown(read: Read, e: ClauseEvent): boolean {
  const { tokens } = read;
  const from = predicateAt(read, e);
  if (from < 0 || read.quoted.has(from - 1)) return false;
  // Lasting when the marker is in the clause or the words just after it ("…, always have been").
  const lasting = anyIn(tokens, e.first, e.last + 5, LASTING) >= 0 || anyIn(tokens, e.first - 2, e.first - 1, LASTING) >= 0;
  const negated = e.negated || anyIn(tokens, from, Math.min(e.last, from + 2), WORDS_NOT_NT_NEVER) >= 0;
  if (negated) {
    // "I'm not the sharpest", "I'm not the most organised person": a superlative denied of oneself.
    const the = anyIn(tokens, from, from + 2, WORDS_THE);
    if (the >= 0 && (word(tokens, the + 1) === 'most' || ENDS_EST.test(word(tokens, the + 1)))) return !rankOrTask(tokens, the + 1);
    if (!lasting) return false;
    if (ABILITY.has(word(tokens, from)) || ABILITY.has(word(tokens, from + 1))) return true;
    // Past adverbs and the negator: "I am honestly not good enough with figures", "I am simply not a natural at it".
    let head = from;
    // Not past "always": "not always good" allows it is sometimes good.
    while (
      head < Math.min(e.last, from + 4) &&
      (tokens[head]!.pos === 'ADV' || tokens[head]!.pos === 'PART') &&
      word(tokens, head) !== 'always'
    )
      head++;
    if (ABILITY.has(word(tokens, head)) || (word(tokens, head) === 'a' && word(tokens, head + 1) === 'natural')) return true;
    const person = anyIn(tokens, from, Math.min(e.last, from + 6), WORDS_PERSON_SUIT_FORTE);
    // "I'm not the right person to make that call alone": fitness for one task, not a verdict on the speaker.
    return person >= 0 && !forOneTask(tokens, person);
  }
  if (lowestAmongPeers(tokens, from)) return true;
  const verdict = verdictIn(tokens, from, e.last);
  // A noun of insult is a verdict whatever follows ("I was an idiot"); an adjective needs telling as
  // lasting. "Terrible at", "useless with" stay with the phrase list: read more widely, on the corpus
  // they flagged a strong answer.
  if (verdict) return lasting || INSULT_NOUNS.has(tokens[verdict.at]!.lower);
  const kind = anyIn(tokens, from, from + 3, WORDS_SORT_KIND_TYPE);
  if (kind >= 0 && word(tokens, kind + 2) === 'person') {
    return anyIn(tokens, kind + 3, kind + 6, FAILING_HABITS, 'lemma') >= 0;
  }
  // "the last person you'd trust with a rota"; not "the last person to touch the file" or "the last
  // person who can say no" (a place in a chain, named by what the one in it does), but "the last person who should…".
  if (word(tokens, from + 1) === 'last') return word(tokens, from + 2) === 'person' && !lastInChain(tokens, from + 2);
  return word(tokens, from + 1) === 'wrong' ? word(tokens, from + 2) === 'person' && !forOneTask(tokens, from + 2) : false;
}

/** Modals of worth after "the last person who": "the last person who should be giving advice" is a verdict. */
const WORTH_MODALS = new Set(['should', 'would', 'ought']);
const OWN_SUBJECTS = new Set(['PRON', 'DET', 'PROPN', 'PUNCT']);

/** After "the last person" at `k`: "to touch the file", or "who can say no", "that signs it off": the last in a sequence. */
function lastInChain(tokens: readonly Token[], k: number): boolean {
  const next = word(tokens, k + 1);
  if (next === 'to') return true;
  // The act right after the relative, whatever the tagger made of it ("signs"); "that you'd trust" has a subject of its own.
  const act = tokens[k + 2];
  return (next === 'who' || next === 'that') && act !== undefined && !OWN_SUBJECTS.has(act.pos) && !WORTH_MODALS.has(act.lower);
}

/** After "person" at `k`, the one task it is measured for: "the right person to make that call", "the best person for a call that size". */
function forOneTask(tokens: readonly Token[], k: number): boolean {
  // After "to", the infinitive's verb, whatever the tagger made of it ("to review my own code").
  const infinitive = word(tokens, k + 1) === 'to' && tokens[k + 2] !== undefined && !['DET', 'PRON', 'NUM'].includes(tokens[k + 2]!.pos);
  // "I am not the person who decides if a change matters": a role, named by what the one in it does.
  const role = word(tokens, k - 1) === 'the' && (word(tokens, k + 1) === 'who' || word(tokens, k + 1) === 'that');
  return infinitive || role || word(tokens, k + 1) === 'for';
}

/** Rank and standing, facts and no verdict: "not the most senior person in the room". */
const RANK = new Set(['senior', 'experienced', 'qualified', 'junior', 'oldest', 'youngest', 'newest']);

/**
 * After "not the" at `at`, a superlative of rank ("the most senior person in the room"), an idiom
 * of liking ("not the biggest fan of"), or one measured for a task ("not the best person to review
 * my own code"): no verdict on the speaker's worth.
 */
function rankOrTask(tokens: readonly Token[], at: number): boolean {
  const adjective = word(tokens, at) === 'most' ? at + 1 : at;
  if (RANK.has(word(tokens, adjective))) return true;
  for (let k = adjective + 1; k <= adjective + 2; k++) {
    if (word(tokens, k) === 'fan') return true;
    if (['person', 'one', 'choice'].includes(word(tokens, k))) return forOneTask(tokens, k);
  }
  return false;
}

/** "never been my strong suit", "not my strong point", "my Achilles heel": a lasting want of ability, in the speaker's own words. */
function strengthDenied(tokens: readonly Token[], i: number): boolean {
  const mine = anyIn(tokens, i - 3, i - 1, WORDS_MY) >= 0;
  if (!mine) return false;
  if (tokens[i]!.lower === 'heel') return word(tokens, i - 1) === 'achilles' || word(tokens, i - 1) === "achilles'";
  return word(tokens, i - 1) === 'strong' || tokens[i]!.lower === 'forte' ? anyIn(tokens, 0, i, WORDS_NOT_NT_NEVER) >= 0 : false;
}

/** "a sharper nurse would have spotted it", "any sharper analyst would have": the speaker measured against a better self. */
function betterOneWould(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const comparative = t.lower === 'better' || (t.pos === 'ADJ' && ENDS_ER.test(t.lower) && t.lemma !== t.lower);
  if (!comparative || !['a', 'any'].includes(word(tokens, i - 1)) || tokens[i + 1]?.pos !== 'NOUN') return false;
  const would = anyIn(tokens, i + 2, i + 4, WORDS_WOULD);
  return would >= 0 && word(tokens, would + 1) === 'have';
}

/** "classic me", "typical me", "me being me": the failure filed as the speaker's nature. */
function asEver(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  const end = (k: number): boolean => tokens[k] === undefined || tokens[k]!.pos === 'PUNCT';
  if ((w === 'classic' || w === 'typical') && word(tokens, i + 1) === 'me') return end(i + 2);
  return w === 'me' && word(tokens, i + 1) === 'being' && word(tokens, i + 2) === 'me';
}

/** "it has never come naturally to me", "admin is not where I shine": a want of ability told as lasting. */
function notInMe(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  const denied = anyIn(tokens, Math.max(0, i - 5), i - 1, WORDS_NOT_NT_NEVER) >= 0;
  if (w === 'naturally') return denied && word(tokens, i + 1) === 'to' && word(tokens, i + 2) === 'me';
  if (w === 'where' && word(tokens, i + 1) === 'i') {
    const verb = word(tokens, i + 2);
    return (verb === 'shine' || verb === 'excel') && anyIn(tokens, Math.max(0, i - 2), i - 1, WORDS_NOT_NT_NEVER) >= 0;
  }
  return false;
}

/** Superlatives that rank a person low among peers. */
const LOWEST = new Set(['worst', 'weakest', 'slowest', 'poorest']);
/** Where the speaker is ranked: "in my year", "in the class", "on the team". */
const PEERS = new Set([
  'year',
  'class',
  'team',
  'group',
  'cohort',
  'intake',
  'department',
  'squad',
  'office',
  'shift',
  'course',
  'programme',
  'program',
  'ward',
  'unit',
]);

/**
 * "I was always one of the weakest in my year", "one of the slowest on the team": the speaker
 * ranked low among peers, told of themselves (an "I" in the sentence before the ranking).
 */
function oneOfTheWorst(tokens: readonly Token[], i: number): boolean {
  if (word(tokens, i) !== 'one' || word(tokens, i + 1) !== 'of' || word(tokens, i + 2) !== 'the' || !LOWEST.has(word(tokens, i + 3)))
    return false;
  if (anyIn(tokens, Math.max(0, i - 5), i - 1, WORDS_I) < 0) return false;
  // Ranked among peers right after ("the weakest in my year"), not "the worst affected in the office".
  if (tokens[i + 4]?.pos !== 'ADP') return false;
  return anyIn(tokens, i + 4, i + 8, PEERS) >= 0;
}
const WORDS_I: ReadonlySet<string> = new Set(['i']);

/**
 * After the speaker's "I'm" or "I was" at `from`: "probably the least technical person on my
 * whole course", "easily the weakest in the team": the speaker ranked last among peers. Not
 * "the least experienced person was me" (no speaker's "be" before), nor a rank of a thing ("the
 * least risky option in the plan": the rank must be held among peers).
 */
const STANDING = new Set(['experienced', 'qualified', 'trained', 'senior', 'junior', 'established', 'tenured', 'certified']);
function lowestAmongPeers(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < from + 3 && tokens[k]?.pos === 'ADV') k++;
  if (word(tokens, k) !== 'the') return false;
  k++;
  // Not "the least experienced", "the least qualified": a fact of standing, not a verdict on ability.
  // The quality may be tagged a noun before the noun it describes ("the least numerate person").
  // Or a participle read as a verb: "the least organised person".
  const quality =
    tokens[k + 1]?.pos === 'ADJ' || ((tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'VERB') && tokens[k + 2]?.pos === 'NOUN');
  if (word(tokens, k) === 'least' && quality && !STANDING.has(word(tokens, k + 1))) k += 2;
  else if (LOWEST.has(word(tokens, k))) k++;
  else return false;
  // "person", "one", "engineer": who is ranked, if named.
  if (tokens[k]?.pos === 'NOUN' || word(tokens, k) === 'one') k++;
  if (tokens[k]?.pos !== 'ADP') return false;
  return anyIn(tokens, k + 1, k + 4, PEERS) >= 0;
}

/**
 * The words the tests of measuredAgainst start on: "as" (as disorganised as me), "better"
 * (betterOneWould), "wrong", the strengths denied (strengthDenied), "half", "classic", "typical"
 * and "me" (asEver), "naturally" and "where" (notInMe), "one" (oneOfTheWorst).
 */
// biome-ignore format: a word list reads best packed
const MEASURE_OPENERS = new Set([
  'as', 'better', 'wrong', 'suit', 'forte', 'point', 'heel', 'half', 'classic', 'typical', 'me', 'naturally', 'where', 'one',
]);

/**
 * "someone as disorganised as me", "a sharper nurse would have spotted it", "what's wrong with me",
 * "classic me", "it never came naturally to me".
 */
function measuredAgainst(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    // Every test below starts on one of MEASURE_OPENERS, on "trust", or on a comparative adjective
    // ("-er", betterOneWould): any other token passes none of them, so skip it.
    if (!MEASURE_OPENERS.has(w) && t.lemma !== 'trust' && !(t.pos === 'ADJ' && w.endsWith('er')) && !gatesOpen()) continue;
    const trait = HARSH.has(word(tokens, i + 1)) || MILD.has(word(tokens, i + 1));
    if (w === 'as' && trait && word(tokens, i + 2) === 'as' && word(tokens, i + 3) === 'me') return true;
    if (betterOneWould(tokens, i)) return true;
    if (w === 'wrong' && word(tokens, i + 1) === 'with' && word(tokens, i + 2) === 'me') return true;
    if ((w === 'suit' || w === 'forte' || w === 'point' || w === 'heel') && strengthDenied(tokens, i)) return true;
    if (w === 'half' && (word(tokens, i + 1) === 'competent' || word(tokens, i + 1) === 'decent')) return true;
    if (asEver(tokens, i) || notInMe(tokens, i)) return true;
    // "I don't trust myself with figures"; not "I don't trust myself to remember it later, so now I raise it at once": a safeguard it led to.
    // Nor "if it's dodgy I can't trust myself to remember it when I'm tired": the times it holds, named, are what was learned.
    if (t.lemma === 'trust' && word(tokens, i + 1) === 'myself' && anyIn(tokens, 0, i, WORDS_NOT_NT_NEVER) >= 0)
      return anyIn(tokens, i + 2, tokens.length - 1, NOW_WORDS) < 0 && !conditioned(tokens);
    if (oneOfTheWorst(tokens, i)) return true;
  }
  return false;
}

/** Words that open a condition or a time: "if", "when", "while", "whenever", "unless". */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'when', 'while', 'whenever', 'unless']);

/** Verbs whose "if" asks a question ("I wonder if…"), and names no condition. */
const ASKING: ReadonlySet<string> = new Set(['wonder', 'ask', 'know', 'see', 'check', 'doubt', 'question']);

/**
 * The sentence names when what it says holds ("when I'm tired", "if it's late"). Not "when it
 * comes to" (a topic) nor "I wonder if…" (a question).
 */
function conditioned(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, k) =>
      CONDITIONS.has(t.lower) &&
      !(t.lower === 'when' && tokens[k + 2]?.lemma === 'come') &&
      !(t.lower === 'if' && ASKING.has(tokens[k - 1]?.lemma ?? '')),
  );
}

/** Sentences where the speaker passes a verdict on their own worth or ability, read from the grammar. */
export function selfVerdicts(answer: Answer): SelfTalk[] {
  const found: SelfTalk[] = [];
  for (const read of readAnswer(answer)) {
    if (read.events.some((e) => !read.quoted.has(e.first) && runsDown(read, e)) || (read.quoted.size === 0 && measuredAgainst(read.tokens)))
      found.push(whole(read));
  }
  return found;
}

export default defineRule({
  id: 'self-deprecation',
  phrases: { runningDown: RUNNING_DOWN },
  userList: 'runningDown',
  severity: 'warning',
  messages: {
    runningDown: {
      message: 'This runs you down rather than describing what went wrong.',
      suggestion: 'Describe the behaviour instead: "I didn\'t check the totals", not "I\'m hopeless with numbers".',
    },
    judged: {
      message: 'This runs yourself down beyond what the story needs.',
      suggestion: 'Describe the mistake, not your worth: "I misjudged the estimate", not "I\'m hopeless at estimates".',
    },
  },
  scope: 'phrase',
  summary: 'Running yourself down instead of describing what went wrong',
  rationale:
    'Honesty about a mistake is strong; labelling yourself ("I\'m terrible at this", "I was an idiot") is not. It makes you look merely incompetent, invites the interviewer to agree, and says nothing about what you can do. Describe the behaviour, not your worth.',
  sources: ['Adcock', 'Sessel'],
  options: {},
  example: {
    flagged: "I'm just terrible with numbers, so of course the forecast was wrong.",
    fixed: 'I built the forecast without a second check, and it overstated demand by a fifth.',
  },
  check(answer, _options, emit, find) {
    reportWithReadings(answer, find, { list: 'runningDown', phraseId: 'runningDown' }, selfVerdicts(answer), emit);
  },
});
