/**
 * The failure shared out: the speaker says whose it was, and the answer is everyone's. "It was kind
 * of a collective thing", "I'd call it a coordination issue between several parties", "it wasn't
 * really down to any one person", "we all had a hand in it", "I guess we all own that one". Each
 * names no act at all; together they tell the listener that the failure had no owner. Read in the
 * story, before its lesson: "good care is a team effort, not one person" in a lesson is a belief,
 * not an answer to whose the failure was.
 */
import type { Answer } from '../answer/model.js';
import type { Token } from '../nlp/analyse.js';
import { analyseAnswer } from '../judge/judge.js';
import { ownsAct } from './events.js';

/** What a failure is called when it is named as a kind: "a team thing", "a shared failure". */
// biome-ignore format: a word list reads best packed
const KIND = new Set([
  'thing', 'situation', 'failure', 'effort', 'problem', 'issue', 'mistake', 'error', 'responsibility', 'fault', 'miss', 'breakdown',
  'oversight', 'lapse', 'slip',
]);
/** Who it is said to belong to, told before the kind: "a team thing", "a collective failure", "everyone's responsibility". */
// biome-ignore format: a word list reads best packed
const MANY = new Set([
  'team', 'collective', 'group', 'shared', 'joint', 'coordination', "everyone's", "everybody's", 'everyone', 'everybody', 'crew',
]);
/** Words that may stand between the owner and the kind: "a team-wide sort of thing". */
const BETWEEN = new Set(['wide', '-', 'sort', 'kind', 'of', 'type', 'general', 'big', 'whole', 'real', 'proper']);
/** Words that say the failure is what follows: "it was", "I'd call it", "I would describe it as". */
const IT = new Set(['it', 'this', 'that', "it's", "that's", 'which']);
/** What may come between the failure and what it is called: "it was a bit of a", "that was more of a". */
// biome-ignore format: a word list reads best packed
const FILLING = new Set([
  'was', 'is', "'s", 'be', 'been', 'as', 'a', 'an', 'more', 'of', 'bit', 'kind', 'sort', 'really', 'just', 'honestly', 'probably',
  'maybe', 'very', 'much', 'little', 'definitely', 'basically', 'like', ',', 'genuinely', 'mostly', 'rather', 'the', 'what', 'i',
  'would', "'d", 'call', 'describe', 'say', 'ultimately', 'in', 'end', 'fact', 'truth', 'all', 'said', 'and', 'done',
]);
/** The group that owns it as one: "we all", "all of us", "each of us", "every one of us". */
const GROUP_ALL = new Set(['we', 'us', 'everyone', 'everybody']);
/** Shares that take the failure as their object: "we all own that one", "each of us had a part in it". */
// biome-ignore format: a word list reads best packed
const SHARED_ACTS = new Set(['own', 'share', 'have', 'play', 'contribute', 'be']);
/** The part each had: "a part in it", "a hand in it", "a role in it". */
const PARTS = new Set(['part', 'hand', 'role', 'share', 'blame']);

/** Range of tokens [first, last] the reading found, in the sentence's tokens. */
interface Found {
  readonly first: number;
  readonly last: number;
}

/** "it was kind of a collective thing", "a little bit everyone's responsibility": the kind named for many. */
function namedForMany(tokens: readonly Token[]): Found | null {
  for (let k = 0; k < tokens.length; k++) {
    const head = tokens[k]!;
    // A tagger may read "situation" after "team" as a name, and "miss" after "a group" as the verb.
    const named = head.pos === 'NOUN' || head.pos === 'PROPN' || (head.pos === 'VERB' && tokens[k - 2]?.pos === 'DET');
    if (!named || !KIND.has(head.lemma) || head.negated) continue;
    // The owner before the kind, with at most two words between.
    let j = k - 1;
    while (j >= 0 && k - j <= 3 && BETWEEN.has(tokens[j]!.lower)) j--;
    // "everyone's responsibility": the owner before its "'s".
    if (tokens[j]?.lower === "'s" && (tokens[j - 1]?.lower === 'everyone' || tokens[j - 1]?.lower === 'everybody')) j--;
    const owner = tokens[j];
    if (!owner || !MANY.has(owner.lower) || owner.negated) continue;
    // "it was a … ", "I'd call it a …", "I would describe it as a …": the failure itself is named so.
    let i = j - 1;
    while (i >= 0 && j - i <= 9 && FILLING.has(tokens[i]!.lower) && !IT.has(tokens[i]!.lower)) i--;
    const it = tokens[i];
    if (!it || !IT.has(it.lower)) continue;
    return { first: i, last: k };
  }
  return null;
}

/** "it wasn't really down to any one person", "difficult to say it was the mistake of one person", "no one person". */
function noOnePerson(tokens: readonly Token[]): Found | null {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.lemma !== 'person' || tokens[k - 1]!.lower !== 'one' || tokens[k]!.lower !== 'person') continue;
    const before = tokens[k - 2]?.lower;
    // "any one person" or "one person" in a clause denied, or "no one person", or "hard to say …".
    const denied =
      tokens[k]!.negated ||
      before === 'no' ||
      tokens.slice(Math.max(0, k - 10), k).some((t) => t.lower === 'difficult' || t.lower === 'hard' || t.lower === 'impossible');
    if (!denied) continue;
    // "only so much any one person can do": what one person can do, not whose the failure was.
    if (tokens[k + 1] && (tokens[k + 1]!.pos === 'VERB' || tokens[k + 1]!.pos === 'AUX')) continue;
    let first = k - 1;
    while (first > 0 && k - first < 8 && tokens[first - 1]!.pos !== 'PUNCT') first--;
    return { first, last: k };
  }
  return null;
}

/** Words that name one person as the owner a failure lacked: "any individual", "one person's", "anyone's". */
const INDIVIDUAL = new Set(['individual', 'person', "person's", "anyone's", 'anyones', "anybody's", "somebody's", "someone's"]);
/** Nouns that carry a failure's ownership: "responsibility sat across the project", "the slip spread across the department". */
const OWNING_NOUNS = new Set(['responsibility', 'blame', 'fault', 'accountability', 'ownership', 'slip', 'mistake', 'error', 'failure']);
/** Verbs of where it lay: "sat across", "spread between", "lay with all of us". */
const LAY_ACROSS = new Set(['sit', 'spread', 'lie', 'share', 'fall', 'rest', 'sat', 'lay']);
/** Who it lay across: "the whole", "everyone", "us". */
const ACROSS_WHOM = new Set(['the', 'everyone', 'everybody', 'us', 'all', 'several', 'many', 'both', 'a']);

/**
 * The failure denied an individual owner in other words: "no one in particular", "rather than any
 * individual decision", "a culture thing more than anyone's fault", "responsibility sat across the
 * project as a whole", "belonged to everybody and so to nobody", "the process that broke, not a person".
 */
function noIndividual(tokens: readonly Token[]): Found | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "no one in particular", "nobody in particular".
    if (
      (t.lower === 'nobody' || (t.lower === 'one' && tokens[k - 1]?.lower === 'no')) &&
      tokens[k + 1]?.lower === 'in' &&
      tokens[k + 2]?.lower === 'particular'
    )
      return { first: t.lower === 'one' ? k - 1 : k, last: k + 2 };
    // "rather than any individual decision", "more than anyone's fault", "instead of one person".
    if (
      (t.lower === 'than' && (tokens[k - 1]?.lower === 'rather' || tokens[k - 1]?.lower === 'more')) ||
      (t.lower === 'of' && tokens[k - 1]?.lower === 'instead')
    ) {
      for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 3); j++)
        if (INDIVIDUAL.has(tokens[j]!.lower) || (tokens[j]!.lower === 'one' && tokens[j + 1]?.lemma === 'person'))
          return { first: k - 1, last: j };
    }
    // "…, not a person": the failure told as a process's, set against a person's.
    if (
      t.lower === 'not' &&
      tokens[k + 1]?.lower === 'a' &&
      tokens[k + 2]?.lower === 'person' &&
      (tokens[k + 3] === undefined || tokens[k + 3]!.pos === 'PUNCT')
    )
      return { first: k, last: k + 2 };
    // "belonged to everybody", "belonged to all of us".
    if (
      t.lemma === 'belong' &&
      tokens[k + 1]?.lower === 'to' &&
      (tokens[k + 2]?.lower === 'everybody' || tokens[k + 2]?.lower === 'everyone' || tokens[k + 2]?.lower === 'all')
    )
      return { first: k, last: k + 2 };
    // "responsibility sat across the project as a whole", "the slip spread across the department".
    if (
      LAY_ACROSS.has(t.lemma) &&
      (tokens[k + 1]?.lower === 'across' || tokens[k + 1]?.lower === 'between') &&
      ACROSS_WHOM.has(tokens[k + 2]?.lower ?? '')
    ) {
      const owner = tokens.slice(Math.max(0, k - 4), k).findIndex((x) => OWNING_NOUNS.has(x.lemma));
      if (owner >= 0) return { first: Math.max(0, k - 4) + owner, last: k + 3 };
    }
  }
  return null;
}

/** "we all own that one", "each of us had a part in it", "we all had a hand in it", "we were all to blame". */
function allOwnIt(tokens: readonly Token[]): Found | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "we all", "all of us", "each of us", "every one of us".
    let group = -1;
    if (GROUP_ALL.has(t.lower) && tokens[k + 1]?.lower === 'all') group = k;
    // "everyone owned it" as the subject, not "told everyone, and owned it".
    if ((t.lower === 'everyone' || t.lower === 'everybody') && (k === 0 || (tokens[k - 1]!.pos !== 'VERB' && tokens[k - 1]!.pos !== 'ADP')))
      group = k;
    // "all of us", "each of us", "all three of us".
    const count = tokens[k + 1]?.pos === 'NUM' ? 1 : 0;
    if ((t.lower === 'each' || t.lower === 'all') && tokens[k + 1 + count]?.lower === 'of' && tokens[k + 2 + count]?.lower === 'us')
      group = k;
    if (group < 0) continue;
    for (let v = k + 1; v < Math.min(tokens.length, k + 7); v++) {
      const verb = tokens[v]!;
      if (verb.negated) break;
      // A tagger may read "own" after "we all" as the adjective.
      const acting = verb.pos === 'VERB' || verb.pos === 'AUX' || (verb.lower === 'own' && verb.pos === 'ADJ');
      if (!SHARED_ACTS.has(verb.lemma) || !acting) continue;
      const rest = tokens.slice(v + 1, v + 6).map((x) => x.lower);
      // "own that one", "own it", "share the blame"; "had a part in it", "played a role in it"; "were all to blame".
      const ownsIt =
        (verb.lemma === 'own' || verb.lemma === 'share') &&
        (rest[0] === 'it' ||
          rest[0] === 'that' ||
          rest[0] === 'this' ||
          rest[1] === 'blame' ||
          rest[1] === 'one' ||
          (rest[0] === 'the' && rest[1] === 'blame'));
      const partIn = rest.some((w, i) => PARTS.has(w) && rest[i + 1] === 'in' && IT.has(rest[i + 2] ?? ''));
      const toBlame = verb.lemma === 'be' && (rest[0] === 'to' || (rest[0] === 'all' && rest[1] === 'to')) && rest.includes('blame');
      if (ownsIt || (verb.lemma !== 'be' && partIn) || toBlame) return { first: group, last: Math.min(tokens.length - 1, v + 3) };
    }
  }
  return null;
}

/** Words that turn a sentence against what it said: "a team failure, but…". */
const TURNS = new Set(['but', 'though', 'although', 'yet', 'still']);
/** The speaker, after a turn: "but I", "though the sheet was mine". */
const SPEAKER = new Set(['i', 'my', 'mine', 'me', "i'd", "i'm", 'myself']);

/** After the token at `from`, a turn and then the speaker: the share taken back at once. */
function ownedAfter(tokens: readonly Token[], from: number): boolean {
  const turn = tokens.findIndex((t, k) => k > from && TURNS.has(t.lower));
  return turn >= 0 && tokens.slice(turn + 1).some((t) => SPEAKER.has(t.lower));
}

/**
 * The places in the story, before its lesson, where the failure is shared out: ranges in the
 * source to point at, each in its own sentence.
 */
export function sharedAmongAll(answer: Answer): { start: number; end: number; sentence: number }[] {
  const found: { start: number; end: number; sentence: number }[] = [];
  for (const read of analyseAnswer(answer)) {
    if (read.sentence.signals.lesson) break;
    const tokens = read.tokens;
    const hit = namedForMany(tokens) ?? noOnePerson(tokens) ?? allOwnIt(tokens) ?? noIndividual(tokens);
    // "It was a team failure, but the sheet I picked up was mine": shared out, then owned at once.
    if (hit && !read.events.some(ownsAct) && !ownedAfter(tokens, hit.last))
      found.push({ start: tokens[hit.first]!.start, end: tokens[hit.last]!.end, sentence: read.sentence.index });
  }
  return found;
}
