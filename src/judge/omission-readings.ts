/**
 * Readings for the two omissions that miss most: the stakes (what the failure cost) and the fix
 * (what the speaker did once it went wrong). Each is read from the grammar of a sentence, not from
 * any story's wording, so that it holds in a spoken answer, a postmortem and a lowercase note:
 *
 * - the size of a consequence: a count, a sum or a stretch of time that is small for its unit
 *   ("twenty minutes", "two emails") or large ("3,000 users", "four months");
 * - a consequence denied or harmless: a harm to people or work denied ("nobody noticed", "no
 *   customer complained", "it didn't affect anyone", "with no disruption"), a verdict that all was
 *   well ("the meeting went fine", "he was perfectly okay with it"), a slip the speaker caught before it
 *   reached anyone ("i spotted it before it went out");
 * - who the consequence reached: a party outside the speaker's own team (a customer, a patient, the
 *   public, a regulator), and feelings told as the only cost;
 * - who fixed it: a person other than the speaker acting in the past ("the supervisor reset it",
 *   "my lead rolled it back") with no act of the speaker's, and a fix told with nobody doing it
 *   ("it got sorted").
 *
 * Sentence readings are features prefixed `sk:` (stakes) and `rm:` (remedy); the answer readings
 * (`answerOmissionFeatures`) weigh them with the sentence scores, and `omissionEvidence` names the
 * sentences an omission finding should point at.
 */
import type { Token } from '../nlp/analyse.js';
import { personRole, type ClauseEvent } from '../nlp/clauses.js';
import { actIn } from '../nlp/harm.js';
import { clauseTense } from './story-features.js';
import { gatesOpen } from '../nlp/gates.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const FIGURE = /^\d+(?:\.\d+)?k?$/i;
const ENDS_K = /k$/i;
const HAS_DIGIT = /\d/;
const CURRENCY_SIGN = /[$£€]/;
const ENDS_S = /s$/;
const ENDS_PERCENT = /%$/;
const ANY_WORD = /^any(?:one|body|thing|where)?$/;
const DIGIT = /\d/;

// biome-ignore format: a word list reads best packed, several entries a line
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, couple: 2, few: 3, dozen: 12,
  hundreds: 200, thousands: 2000, dozens: 24, millions: 2e6,
};
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1000,
  k: 1000,
  grand: 1000,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
};
/** The size above which a quantity is no longer small, by unit; time in minutes. */
const TIME_UNITS: Readonly<Record<string, number>> = {
  second: 0,
  minute: 1,
  min: 1,
  hour: 60,
  hr: 60,
  day: 1440,
  week: 10080,
  month: 43200,
  year: 525600,
};
const POINT_IN_TIME = new Set(['into', 'later', 'after', 'before', 'ago', 'earlier']);
const MONEY = /^(?:[$£€]|dollars?|pounds?|euros?|quid|grand|bucks?)$/;
/** A party outside the speaker's own team: who a consequence reaches when it matters. */
// biome-ignore format: a word list reads best packed, several entries a line
const OUTSIDE = new Set([
  'customer', 'client', 'user', 'patient', 'public', 'guest', 'member', 'subscriber', 'buyer', 'passenger', 'resident', 'regulator',
  'family', 'parent', 'student', 'shopper', 'visitor', 'investor', 'audience', 'reader', 'tenant', 'caller', 'diner', 'pupil', 'funder',
]);
/** The plural of each outside party, made once: `OUTSIDE_PLURAL.has(w)` is `OUTSIDE.has(singular(w))` for a word in -s, without the copy. */
const OUTSIDE_PLURAL: ReadonlySet<string> = new Set([...OUTSIDE].map((w) => `${w}s`));
/** Words that deny a quantity: "no customer", "nobody", "none of them". */
export const NEGATIVE_QUANTIFIERS: ReadonlySet<string> = new Set(['no', 'none', 'nothing', 'nobody', 'noone', 'zero', 'neither']);
/** Verdicts that all was well: the outcome told as no harm. */
const WELL = new Set([
  'fine',
  'ok',
  'okay',
  'smoothly',
  'normal',
  'normally',
  'happy',
  'pleased',
  'proud',
  'successful',
  'unaffected',
  'harmless',
]);
/** Feelings told as the cost: the speaker's own state. */
const FEELINGS =
  /^(?:embarrass\w*|mortif\w*|gutted|upset|stressed|awful|terrible|ashamed|horrible|devastat\w*|frustrat\w*|anxious|nervous|humiliat\w*|guilty|panic\w*)$/;
/** Roles held by people: a noun subject that names one acts as a person ("the supervisor", "our lead"). */
const PERSON =
  /(?:er|or|ist|ian|ant|ent|ee|nurse|colleague|boss|chef|staff|team|lead|coach|head|vet|doctor|comms|ops|support|desk|partner)$/;
/** Verbs that carry no act of their own: a clause with one tells a state, not a fix. */
// biome-ignore format: a word list reads best packed, several entries a line
export const NO_ACT: ReadonlySet<string> = new Set([
  'be', 'have', 'feel', 'think', 'know', 'realise', 'realize', 'remember', 'learn', 'seem', 'look', 'want', 'wish', 'hope', 'notice', 'find',
  'spot', 'discover', 'see', 'hear', 'catch', 'get', 'go', 'come',
]);

/** A digit anywhere in the text (what /\d/ finds), without running a pattern for each word. */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function numberAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i]!;
  // Only a word with a digit in it can be written in figures: most words skip the copy below.
  if (hasDigit(t.text)) {
    const digits = t.text.replace(/[,$£€]/g, '');
    if (FIGURE.test(digits)) return Number.parseFloat(digits) * (ENDS_K.test(digits) ? 1000 : 1);
  }
  // The cheap test first: a lookup by a fresh string makes V8 intern it, and most words are no number.
  // Own keys only: a word such as "constructor" is no number.
  if ((t.pos === 'NUM' || t.lower === 'couple' || t.lower === 'few' || t.lower === 'dozen') && Object.hasOwn(WORD_NUMBERS, t.lower))
    return WORD_NUMBERS[t.lower]!;
  return null;
}

/** A noun in the plural: "sessions", "people" is not one by its ending, and counts as no unit here. */
const pluralNoun = (t: Token): boolean => t.pos === 'NOUN' && ENDS_S.test(t.lower) && t.lower !== t.lemma;

/** Words that may describe a counted noun between the number and the noun: "active", "merchant", "failed", "wrongly priced". */
const DESCRIBING = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB', 'ADV']);

/**
 * Where the noun a number counts stands, from the word after the number: the last noun of the
 * phrase, past up to three words that describe it ("40,000 active merchant sessions", "1,900
 * failed transactions", "3 more weeks"). The word after the number when there is no such noun.
 */
function countedNoun(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k <= from + 3; k++) {
    const t = tokens[k]!;
    if (!DESCRIBING.has(t.pos)) break;
    // A verb or an adverb describes only as a participle or a manner: "failed", "wrongly", and an irregular one
    // known by its form differing from its lemma ("4,000 lost orders", "12 broken units").
    if (t.pos === 'VERB' && !t.lower.endsWith('ed') && !t.lower.endsWith('ing') && t.lower === t.lemma) break;
    if (t.pos === 'ADV' && !t.lower.endsWith('ly')) break;
    if (t.pos === 'NOUN' && tokens[k + 1]?.pos !== 'NOUN') return k;
  }
  return from;
}

/**
 * "about 6k plus 4 days", "cost us 40k": a figure in thousands written with "k" and no noun it
 * counts after it is a sum of money, as people say one ("40k users" counts users).
 */
function thousandsAlone(t: Token, after: Token | undefined, unit: Token | undefined): boolean {
  if (!(ENDS_K.test(t.text) || after?.lower === 'k') || !HAS_DIGIT.test(t.text)) return false;
  return unit === undefined || (unit.pos !== 'NOUN' && unit.pos !== 'PROPN' && unit.pos !== 'ADJ') || unit.lower === 'k';
}

/** Quantities with their unit, each judged small or large for that unit. */
function sizes(tokens: readonly Token[], into: string[]): void {
  tokens.forEach((t, i) => {
    let n = numberAt(tokens, i);
    if (n === null) return;
    // "200k", "£2 million", "three thousand": the next word scales the number.
    let j = i + 1;
    const scale = tokens[j] ? SCALES[tokens[j]!.lower] : undefined;
    if (scale) {
      n *= scale;
      j++;
    }
    const unit = tokens[j];
    const prev = tokens[i - 1];
    const money =
      CURRENCY_SIGN.test(t.text) ||
      (prev !== undefined && MONEY.test(prev.text)) ||
      (unit !== undefined && MONEY.test(unit.lower)) ||
      thousandsAlone(t, tokens[i + 1], unit);
    if (money) {
      add(into, n < 100 ? 'sk:small-sum' : 'sk:large-sum');
      return;
    }
    if (!unit) return;
    if (ENDS_PERCENT.test(t.text) || unit.lower === 'percent' || unit.lower === '%') {
      add(into, 'sk:share');
      return;
    }
    // "took it from zero to 30,000 paying users": the level a range reached, not a count of what was lost.
    if (prev?.lower === 'to' && tokens.slice(Math.max(0, i - 5), i - 1).some((x) => x.lower === 'from')) return;
    // The noun counted, past the words that describe it: "40,000 active merchant sessions", "3 more weeks".
    if (TIME_UNITS[singular(unit.lemma)] === undefined && !pluralNoun(unit)) j = countedNoun(tokens, j);
    const head = tokens[j]!;
    const time = TIME_UNITS[singular(head.lemma)];
    // "twelve minutes into the set", "two days later": a point in time, not how long the harm lasted;
    // "one day later than planned" is how late it was.
    const after = tokens[j + 1]?.lower ?? '';
    if (time !== undefined && POINT_IN_TIME.has(after) && !(after === 'later' && tokens[j + 2]?.lower === 'than')) return;
    if (time !== undefined) {
      const minutes = n * time;
      add(into, minutes <= 120 ? 'sk:small-time' : minutes >= 2 * 10080 ? 'sk:large-time' : 'sk:mid-time');
      return;
    }
    if (pluralNoun(head)) add(into, n <= 3 ? 'sk:small-count' : n >= 20 ? 'sk:large-count' : 'sk:mid-count');
  });
}

const isSelf = (e: ClauseEvent): boolean => e.actor === 'self' || e.actor === 'group';

/** A person other than the speaker as a clause's subject: a pronoun, a name or a noun naming a role. */
function personActs(e: ClauseEvent): boolean {
  if (e.actor === 'other') return true;
  return e.actor === 'thing' && e.nounSubject && e.subject !== null && PERSON.test(e.subject) && !e.subjectMine;
}

/** The word without one final s (what `replace(/s$/, '')` gives, with no regular expression run). */
const singular = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);

/** `OUTSIDE.has(singular(w))`, with no copy of the word. */
const outsideParty = (w: string): boolean => (w.endsWith('s') ? OUTSIDE_PLURAL.has(w) : OUTSIDE.has(w));

/** The words that are an outside party as written or in the plural, made once: `OUTSIDE.has(w) || outsideParty(w)` in one lookup. */
const OUTSIDE_ANY: ReadonlySet<string> = new Set([...OUTSIDE, ...OUTSIDE_PLURAL]);

/** A token naming an outside party, by its lemma or its form: asked of every word, so a word that is its own lemma costs one lookup. */
const namesOutside = (t: Token): boolean =>
  t.lemma === t.lower ? OUTSIDE_ANY.has(t.lower) : OUTSIDE.has(t.lemma) || outsideParty(t.lower);

/** The tokens of a clause. */
const span = (tokens: readonly Token[], e: ClauseEvent): readonly Token[] => tokens.slice(e.first, e.last + 1);

/**
 * What a failure does to people and work: denied ("nobody complained", "nothing was lost", "it
 * didn't affect anyone"), these say the failure cost nothing. Other denials tell a harm: "no
 * van turned up", "the café had no milk left".
 */
// biome-ignore format: a word list reads best packed, several entries a line
const HARM_ACTS = new Set([
  'notice', 'complain', 'reply', 'respond', 'mind', 'comment', 'mention', 'object', 'call', 'contact', 'affect', 'hurt', 'harm', 'injure',
  'lose', 'break', 'crash', 'fail', 'suffer', 'impact', 'damage', 'escalate', 'go', 'corrupt', 'leak', 'upset', 'bother', 'see', 'reach',
  'miss', 'know', 'ask', 'need', 'touch', 'steal', 'say',
]);
/** Reactions to a failure: denied of most people, they say it cost little. */
const REACTIONS = new Set(['mind', 'complain', 'notice', 'bother', 'care', 'object']);
/** What may follow a reaction denied of one person: its end, or a softener ("she didn't mind really"). */
const ENDS_REACTION = new Set(['.', ',', '!', 'really', 'much', 'at', 'either', 'too', 'in', 'and']);
/** Whoever the failure reached, named by a pronoun: "she didn't mind". */
const REACTING_PRONOUNS = new Set(['she', 'he', 'they']);
/** Acts by which an outside party meets a failure: denied, it never reached them ("the client never saw it"). */
const NEVER_MET = new Set(['see', 'notice', 'know', 'find', 'hear', 'spot', 'realise', 'realize', 'receive', 'get', 'complain', 'mind']);
/** "go" is a harm only with these: "nothing went wrong", "nothing went out". */
const GONE_WRONG = new Set(['wrong', 'down', 'out', 'missing', 'astray', 'off']);
/** A later or an earlier instance ("the second print run", "the first three deliveries"): its outcome is not the failure's consequence. */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'next', 'following', 'later', 'subsequent']);
/** Harms named as nouns: "with no disruption", "no lost days", "without any complaints". */
// biome-ignore format: a word list reads best packed, several entries a line
const HARM_NOUNS = new Set([
  'disruption', 'harm', 'impact', 'damage', 'effect', 'complaint', 'delay', 'downtime', 'dip', 'loss', 'lost', 'injury', 'issue', 'problem',
  'consequence', 'fallout', 'contact', 'interruption', 'outage', 'finding',
]);
/**
 * Words that go on from the clause to a harm, to how long the failure ran, to what followed from
 * it, or to what has held since ("nobody was hurt, but…", "nobody noticed until…", "the pilot went
 * well, so we rolled it out"): the sentence tells more than harm denied.
 */
const GOES_ON = new Set(['but', 'though', 'although', 'except', 'until', 'till', 'since', 'however', 'yet', 'so', 'then']);
/** Acts of someone else's duty as much as reactions: denied with an object ("nobody called the family back"), they tell an omission. */
const DUTY_LIKE = new Set(['call', 'ask', 'contact', 'mention', 'know', 'tell']);
/** Verbs that give an outcome its verdict: "it went fine", "the clinic ran as usual", "he was okay with it". */
const OUTCOME_ACTS = new Set(['go', 'run', 'work', 'turn', 'pass', 'land', 'finish', 'complete', 'be', 'end']);

/** Where the clause's act stands among its words; -1 when it is not there. */
const verbIn = (words: readonly Token[], e: ClauseEvent): number =>
  words.findIndex((t) => t.lemma === e.act && (t.pos === 'VERB' || t.pos === 'AUX'));

/** An ordinal before the act: the clause tells an earlier or a later instance, not the failure's own outcome. */
const anotherInstance = (words: readonly Token[], verb: number): boolean =>
  words.slice(0, Math.max(0, verb)).some((t) => ORDINALS.has(t.lower));

/**
 * A negative word before a harm noun, a few words on, in the words from `from` to the end: "no
 * disruption", "without any real complaints". In a clause whose verb is denied, up to `anyUntil`,
 * "any" denies the noun as "no" does: "it didn't cause any problems", "there weren't any complaints".
 */
function harmNounDenied(words: readonly Token[], from: number, anyUntil = -1): boolean {
  for (let k = from; k < words.length; k++) {
    const t = words[k]!;
    const any = t.lower === 'any' && k <= anyUntil;
    if (!NEGATIVE_QUANTIFIERS.has(t.lower) && t.lower !== 'without' && !any) continue;
    for (let j = k + 1; j <= k + 4 && j < words.length; j++) {
      const w = words[j]!;
      // Not the first word of a compound: "no impact assessment" lacks an assessment, not the impact.
      if (HARM_NOUNS.has(w.lemma) || HARM_NOUNS.has(singular(w.lower))) {
        if (words[j + 1]?.pos !== 'NOUN') return true;
        break;
      }
      if (w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'DET' && w.pos !== 'ADV' && w.pos !== 'VERB') break;
    }
  }
  return false;
}

/** The clause tells a harm done to people or work denied: "nobody noticed", "nothing was lost", "with no disruption". */
function harmDenied(tokens: readonly Token[], e: ClauseEvent): boolean {
  if (e.modal || e.counterfactual) return false;
  // The speaker losing nothing is harm denied too ("we lost no orders"); other acts of theirs are not ("built in no slack").
  if (isSelf(e) && !e.passive && e.act !== 'lose') return false;
  // What lands on the speaker is their own duty, not a harm denied: "nobody asked me to check it".
  if (e.onSpeaker) return false;
  // The clause runs on to the end of the sentence for a harm noun: "went ahead that friday with no disruption".
  const words = span(tokens, e);
  const verb = verbIn(words, e);
  if (anotherInstance(words, verb)) return false;
  if (harmNounDenied(tokens, e.first, e.negated ? e.last : -1)) return true;
  // "nothing came of it": the failure led nowhere.
  const cameOf = e.act === 'come' && words[verb + 1]?.lower === 'of';
  if (verb < 0 || (!actIn(HARM_ACTS, e.act ?? '') && !cameOf)) return false;
  if (e.act === 'go' && !GONE_WRONG.has(words[verb + 1]?.lower ?? '')) return false;
  // "nobody called the family back", "nobody knew how to restore it": a duty left undone, not a reaction that never came.
  const next = words[verb + 1];
  if (actIn(DUTY_LIKE, e.act ?? '') && next && next.pos !== 'ADP' && next.pos !== 'PUNCT' && next.pos !== 'ADV') return false;
  // "nobody noticed the leak for three days": how long the failure ran unseen.
  if (words.some((t, k) => k > verb && t.lower === 'for' && (words[k + 1]?.pos === 'NUM' || words[k + 1]?.lower === 'days'))) return false;
  const existential = words.some((t, k) => t.lower === 'there' && words[k + 1]?.lemma === 'be');
  // "with no dry-run mode" tells how it was done, not a harm denied: a harm noun after it was read above.
  const quantified = words.some(
    (t, k) => NEGATIVE_QUANTIFIERS.has(t.lower) && words[k + 1]?.lower !== 'longer' && words[k - 1]?.lower !== 'with',
  );
  // "she'd had no reason to know", "we had no way to tell": a means lacked, not a harm denied.
  if (words.some((t, k) => NEGATIVE_QUANTIFIERS.has(t.lower) && LACKED_MEANS.has(words[k + 1]?.lemma ?? ''))) return false;
  const anyone = e.negated && words.some((t) => ANY_WORD.test(t.lower));
  // "the client never saw the draft", "the customers didn't notice": the outside party the failure would have reached never met it.
  const unseen =
    e.negated && !e.modal && !e.passive && e.subject !== null && OUTSIDE.has(singular(e.subject)) && actIn(NEVER_MET, e.act ?? '');
  if (unseen) return true;
  // "most people didn't mind", "most of the parents never noticed": the reaction denied of nearly everyone.
  // "she didn't mind really", "they never complained": the reaction denied of the person it reached, named by a pronoun.
  // Only the reaction itself, with nothing after it but its end or a softener: not "she didn't mind the call"
  // (a thing she bore), nor "they never complained; they just moved their account".
  const bare = ENDS_REACTION.has(words[verb + 1]?.lower ?? '.') && !tokens.some((t) => t.text === ';');
  const most =
    e.negated &&
    actIn(REACTIONS, e.act ?? '') &&
    (words.slice(0, verb).some((t) => t.lower === 'most') || (e.subject !== null && REACTING_PRONOUNS.has(e.subject) && bare));
  return !existential && (quantified || anyone || most);
}

/** What a person can lack that is no harm: "no reason to know", "no way of telling", "no idea". */
const LACKED_MEANS = new Set(['reason', 'way', 'idea', 'choice', 'chance', 'option', 'means', 'clue', 'access', 'time', 'need']);

/** Words after which "well" may size a quantity or a distance: "well over budget", "well past the cut-off", "well short of it". */
const DEGREE_AFTER_WELL = new Set(['over', 'above', 'under', 'below', 'beyond', 'past', 'into', 'behind', 'short', 'ahead', 'outside']);
/** Limits and late hours a quantity or a time can run past: "well over budget", "well into the night". */
// biome-ignore format: a word list reads best packed
const LIMITS = new Set([
  'budget', 'limit', 'target', 'deadline', 'midnight', 'threshold', 'cap', 'estimate', 'quote', 'night', 'schedule', 'plan', 'time',
  'allowance', 'tolerance',
]);

/** A number, a sum or a limit within the two words from `at`: what "well over" sizes. */
function sized(words: readonly Token[], at: number): boolean {
  return [words[at], words[at + 1]].some(
    (x) => x !== undefined && (x.pos === 'NUM' || DIGIT.test(x.text) || CURRENCY_SIGN.test(x.text) || LIMITS.has(x.lemma)),
  );
}

/** The clause gives the outcome a verdict of all well: "it went fine", "he was perfectly okay with it". */
function toldWell(tokens: readonly Token[], e: ClauseEvent): boolean {
  if ((isSelf(e) && !e.passive) || e.negated || e.modal || !OUTCOME_ACTS.has(e.act ?? '')) return false;
  const words = span(tokens, e);
  const verb = verbIn(words, e);
  if (verb < 0 || anotherInstance(words, verb)) return false;
  // The verdict follows its verb closely: a particle or an adverb may stand between ("worked out well", "was completely fine").
  for (let j = verb + 1; j <= verb + 3 && j < words.length; j++) {
    const t = words[j]!;
    // "well over twenty thousand", "well past midnight": "well" sizing a quantity or a limit, not a verdict
    // ("went well over the weekend" is one).
    if (t.lower === 'well' && DEGREE_AFTER_WELL.has(words[j + 1]?.lower ?? '') && sized(words, j + 2)) return false;
    if (WELL.has(t.lower) || t.lower === 'well') return true;
    if (t.lower === 'as' && (words[j + 1]?.lower === 'normal' || words[j + 1]?.lower === 'usual')) return true;
    if (t.pos !== 'ADV' && t.pos !== 'ADP' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Acts of the speaker's own feeling or standard: "but I wasn't happy with my part", "but it wasn't how I wanted to run things". */
const OWN_FEELING = new Set(['want', 'like', 'wish', 'feel', 'hope', 'expect', 'plan', 'mean']);
const CONTENT_WITH = new Set(['happy', 'proud', 'pleased', 'satisfied', 'comfortable', 'content']);

/**
 * After "but", the speaker's own feeling about it, not a harm: "nobody noticed, but I wasn't happy
 * with my contribution", "nothing went wrong, but it wasn't how I wanted to run things", "it was
 * fine, but I felt terrible".
 */
function ownFeelingAfter(tokens: readonly Token[], events: readonly ClauseEvent[], k: number): boolean {
  if (tokens[k]!.lower !== 'but') return false;
  const next = events.find((e) => e.first > k);
  // "…, but I felt bad about it": how the speaker felt is no harm done.
  return next !== undefined && (ownFeeling(tokens, next) || (isSelf(next) && next.act === 'feel' && !next.modal));
}

/**
 * The clause tells the speaker's own standard not met: "I wasn't happy with it", "it wasn't how I
 * wanted it". Not a wish that goes on to the harm ("but I wanted the owner to know how close it came").
 */
function ownFeeling(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (!event.negated) return false;
  const words = span(tokens, event);
  const feels = words.some(
    (t, j) =>
      (t.lower === 'i' || t.lower === 'we') && (OWN_FEELING.has(words[j + 1]?.lemma ?? '') || OWN_FEELING.has(words[j + 2]?.lemma ?? '')),
  );
  return feels || (isSelf(event) && words.some((t) => CONTENT_WITH.has(t.lower)));
}

/**
 * A consequence denied or told as harmless, in the past: a harm to people or work denied, or the
 * outcome told as all well. Not when the sentence goes on ("nobody was hurt, but…", "nobody
 * noticed until…"), tells what has held since, or denies something further on ("the backups were
 * fine; the recovery wasn't possible"), nor for an earlier or a later instance ("the second run
 * went fine").
 */
/** Readings of a consequence told as no harm: denied, all well, caught before it reached anyone, or shrunk to nothing much. */
export const HARMLESS_READINGS: readonly string[] = ['sk:denied', 'sk:well', 'sk:caught-before', 'sk:softened'];

const DIMINISHERS = new Set(['little', 'bit', 'tad']);

/**
 * A consequence shrunk in the telling, with nobody of ours its subject: "lunch ran a little short",
 * "one figure came out a little different", "it was not a big deal", "it was a bit of a scramble". Not the speaker's own state
 * ("I was a bit proud of it", "a bit too trusting"), nor "a bit more".
 */
function softened(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  return tokens.some((t, k) => {
    let size = -1;
    if (t.lower === 'a' && DIMINISHERS.has(tokens[k + 1]?.lower ?? '')) size = k + 2;
    else if (t.lower === 'slightly') size = k + 1;
    else if ((t.lower === 'not' || t.lower === 'no') && tokens[k + 1]?.lower === 'big' && tokens[k + 2]?.lower === 'deal') size = k + 1;
    else if (t.lower === 'not' && tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'big' && tokens[k + 3]?.lower === 'deal')
      size = k + 2;
    // Most words shrink nothing: no size to read (and no read of the array at -1, which is slow).
    if (size < 0) return false;
    // "it was a bit of a learning curve", "a bit of a scramble": the consequence told as a small thing.
    if (size === k + 2 && tokens[k + 1]?.lower === 'bit' && tokens[k + 2]?.lower === 'of') {
      const event = events.find((e) => e.first <= k && e.last >= k);
      return event !== undefined && !isSelf(event) && !event.modal && !event.negated;
    }
    const word = tokens[size];
    if (!word || (word.pos !== 'ADJ' && word.pos !== 'ADV') || word.lower === 'too' || word.lower === 'more') return false;
    const event = events.find((e) => e.first <= k && e.last >= k);
    return event !== undefined && !isSelf(event) && !event.modal;
  });
}

/** Acts of establishing a fact: what they report is a finding. */
const ESTABLISHING = new Set(['confirm', 'verify', 'check', 'establish', 'prove', 'show', 'test', 'ensure']);

/**
 * "got engineering to confirm in writing that it had no effect": what an act of checking reports is
 * what the check found, part of the fix, not the failure's cost told as nothing. The index of the
 * "that" opening such a finding, or the sentence's length when there is none.
 */
function findingStart(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'that') continue;
    for (let k = i - 1; k >= Math.max(0, i - 4) && tokens[k]!.pos !== 'PUNCT'; k--) {
      if (tokens[k]!.pos === 'VERB' && ESTABLISHING.has(tokens[k]!.lemma) && speakersCheck(tokens, k)) return i;
    }
  }
  return tokens.length;
}

/** Acts by which the speaker has someone else check: "got engineering to confirm", "asked QA to verify". */
const HAVING_DONE = new Set(['get', 'ask', 'have']);

/**
 * The check is the speaker's: "I confirmed", or "got / asked / had someone to confirm" in a sentence
 * of the speaker's. "The audit showed that no harm was done" is someone else's finding about the cost.
 */
function speakersCheck(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower;
  if (before === 'i' || before === 'we') return true;
  const to = tokens.slice(Math.max(0, k - 2), k).findIndex((t) => t.lower === 'to');
  if (to < 0) return false;
  const start = Math.max(0, k - 2) + to;
  const causer = tokens.slice(Math.max(0, start - 5), start).some((t) => t.pos === 'VERB' && HAVING_DONE.has(t.lemma));
  return causer && tokens.slice(0, k).some((t) => t.lower === 'i' || t.lower === 'we');
}

/**
 * "since" telling time (what has held since: "nothing has gone wrong since", "since then", "ever
 * since"), not a reason ("she said it was okay, since the deadline was still three days away"):
 * a reason's "since" opens a clause in the simple past beside a main clause in the simple past.
 */
function sinceThen(tokens: readonly Token[], events: readonly ClauseEvent[], k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || next.pos === 'PUNCT' || next.lower === 'then' || tokens[k - 1]?.lower === 'ever') return true;
  return events.some((e) => clauseTense(tokens, e) === 'perfect');
}

/** A clause denied "anyway": the harm could not have come whatever happened ("they hadn't opened it anyway"). */
function anyway(tokens: readonly Token[], e: ClauseEvent): boolean {
  for (let i = e.first; i <= e.last + 1 && i < tokens.length; i++) if (tokens[i]!.lower === 'anyway') return true;
  return false;
}

/** Every word the scan in harmless() reads ("since" is one of GOES_ON): the rest it passes with one lookup, not three. */
const HARMLESS_SCANNED: ReadonlySet<string> = new Set([...GOES_ON, ...NEGATIVE_QUANTIFIERS, 'without']);

function harmless(all: readonly Token[], allEvents: readonly ClauseEvent[], into: string[]): void {
  const end = findingStart(all);
  const tokens = end < all.length ? all.slice(0, end) : all;
  const events = end < all.length ? allEvents.filter((e) => e.last < end) : allEvents;
  // A clause the sentence goes on from ("…, but", "…, so" after it), or any clause of a sentence
  // that tells what has held "since", is more than harm denied: one scan of the sentence serves all.
  let since = false;
  let lastGoesOn = -1;
  // The last word that denies a quantity ("no", "nobody", "without"): a clause that is not negated
  // and has no such word from its first on denies no harm, as every way harmDenied finds one needs
  // the clause negated or such a word (its harm noun denied, its quantity denied), so it is not asked.
  let lastDenial = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!HARMLESS_SCANNED.has(t.lower)) continue;
    // "since" giving a reason ("it was okay, since the deadline was days off") neither tells the time since nor goes on to more.
    const reason = t.lower === 'since' && !sinceThen(tokens, events, k);
    if (t.lower === 'since' && !reason) since = true;
    // "yet" closing its clause ("nobody had switched over yet") is an adverb of time, not a turn to more.
    const closingYet = t.lower === 'yet' && (tokens[k + 1] === undefined || tokens[k + 1]!.pos === 'PUNCT');
    // "not so big", "so much": "so" sizing the word after it, not going on to what followed.
    const degreeSo = t.lower === 'so' && (tokens[k + 1]?.pos === 'ADJ' || tokens[k + 1]?.pos === 'ADV');
    if (GOES_ON.has(t.lower) && !reason && !closingYet && !degreeSo && !ownFeelingAfter(tokens, events, k)) lastGoesOn = k;
    if (NEGATIVE_QUANTIFIERS.has(t.lower) || t.lower === 'without') lastDenial = k;
  }
  // Pushed onto a literal, one map for every answer (see untrueClaims in red-flag-untrue.ts).
  const denied: boolean[] = [];
  for (const e of events) denied.push((e.negated || lastDenial >= e.first || gatesOpen()) && harmDenied(tokens, e));
  let lastNegated = -1;
  for (let n = 0; n < events.length; n++) {
    const e = events[n]!;
    // A later denial of harm ("…, so no harm was done and the client never saw it") does not undo the one before, nor
    // one that says the harm could not have come anyway ("the client was fine, they hadn't started hiring anyway").
    if (e.negated && !ownFeeling(tokens, e) && !denied[n] && !anyway(tokens, e)) lastNegated = n;
  }
  for (let n = 0; n < events.length; n++) {
    const e = events[n]!;
    if (since || lastGoesOn >= e.first || lastNegated > n) continue;
    const tense = clauseTense(tokens, e);
    if (tense !== 'past' && tense !== 'perfect') continue;
    if (denied[n]) add(into, 'sk:denied');
    else if (toldWell(tokens, e)) add(into, 'sk:well');
  }
  if (caughtInTime(tokens, events)) add(into, 'sk:caught-before');
  // Shrunk, then gone on from ("a bit of smoke inhalation, but three minutes is a long time in a fire"): more than a small cost.
  if ((softened(tokens, events) || minimised(tokens, events, into)) && !goesOnAfterSmall(tokens, lastGoesOn)) add(into, 'sk:softened');
}

/** Words that shrink a consequence: "a bit", "slightly", "minor", "only", "no big deal". */
const SHRINKING = new Set(['a', 'slightly', 'not', 'no', 'minor', 'minimal', 'negligible', 'limited', 'trivial', 'slight', 'only', 'that']);

/**
 * The sentence goes on ("but", "so", "until"…, at `lastGoesOn`) after the first word that could
 * shrink its consequence: what follows may be the cost the shrinking leaves out.
 */
function goesOnAfterSmall(tokens: readonly Token[], lastGoesOn: number): boolean {
  if (lastGoesOn < 0) return false;
  const first = tokens.findIndex((t) => SHRINKING.has(t.lower));
  return first >= 0 && first < lastGoesOn;
}

/** Words that call a consequence small: "the impact was minor", "it was a minor strain". */
const SMALL_WORDS = new Set(['minor', 'minimal', 'negligible', 'limited', 'trivial', 'slight']);
/** Nouns that name a consequence as such: what "only" or a word of smallness sizes ("the only real impact was…"). */
// biome-ignore format: a word list reads best packed
const CONSEQUENCE_NOUNS = new Set([
  'consequence', 'impact', 'effect', 'fallout', 'damage', 'harm', 'cost', 'disruption', 'upshot', 'result', 'outcome', 'problem', 'issue',
]);
/** Sizes that make a consequence more than small, whatever words frame it ("the only cost was £40,000"). */
const NOT_SMALL = ['sk:mid-count', 'sk:large-count', 'sk:mid-time', 'sk:large-time', 'sk:large-sum', 'sk:share'];
/** Words that keep a predicate going to its adjective: "was fairly minor", "was pretty limited". */
const ON_TO_ADJ = new Set(['ADV', 'DET']);

/**
 * The consequence told as small in so many words, by a speaker who sizes it for the listener: "the
 * consequence was minor", "it was a minor strain", "the only real impact was a short wait", "the
 * only thing that came of it was one email", "…and that was all". Not where the sentence gives the
 * consequence a size that is not small (read by `sizes` before this), nor what the speaker is or
 * would be ("I was a minor part of it", "the impact could have been limited").
 */
function minimised(tokens: readonly Token[], events: readonly ClauseEvent[], into: readonly string[]): boolean {
  if (NOT_SMALL.some((r) => into.includes(r))) return false;
  const clauseAt = (k: number): ClauseEvent | undefined => events.find((e) => e.first <= k && e.last >= k);
  const plain = (e: ClauseEvent | undefined): boolean => e !== undefined && !isSelf(e) && !e.modal && !e.counterfactual && !e.negated;
  return tokens.some((t, k) => {
    // "the consequence was minor", "the impact was fairly limited", "it was a minor strain": a small word after "be".
    // Only of a consequence named as one, or of a noun it stands before: "time was limited" is a constraint, not a cost,
    // and "limited to two stores" gives the reach.
    if (SMALL_WORDS.has(t.lower) && tokens[k + 1]?.lower !== 'to') {
      let j = k - 1;
      while (j >= 0 && ON_TO_ADJ.has(tokens[j]!.pos) && k - j <= 3) j--;
      const be = tokens[j];
      const e = clauseAt(j);
      if (be === undefined || be.lemma !== 'be' || !plain(e)) return false;
      // The consequence named anywhere in the subject: "the effect on the delivery round was minor".
      const ofConsequence = tokens.slice(e!.first, j).some((x) => x.pos === 'NOUN' && CONSEQUENCE_NOUNS.has(x.lemma));
      const beforeNoun = t.lower !== 'limited' && tokens[k - 1]?.pos === 'DET' && tokens[k + 1]?.pos === 'NOUN';
      return ofConsequence || beforeNoun;
    }
    // "the only real impact was…", "the only thing that came of it was…": the consequence limited to one.
    if (t.lower === 'only' && (k === 0 || tokens[k - 1]!.lower === 'the' || tokens[k - 1]!.pos === 'PUNCT')) {
      for (let j = k + 1; j <= k + 2 && j < tokens.length; j++) {
        const w = tokens[j]!;
        if (CONSEQUENCE_NOUNS.has(w.lemma)) return plain(clauseAt(j)) || clauseAt(j) === undefined;
        // "the only thing that came of it", "the only thing that happened": a thing that followed, not one the speaker did.
        if (w.lower === 'thing' && tokens[j + 1]?.lower === 'that') {
          const act = tokens.slice(j + 2, j + 5).find((x) => x.pos === 'VERB');
          return act !== undefined && (act.lemma === 'come' || act.lemma === 'happen' || act.lemma === 'result');
        }
        if (w.pos !== 'ADJ') break;
      }
      return false;
    }
    // "…, and that was all": the telling of the consequence closed, nothing more to it.
    if (t.lower === 'that' && tokens[k + 1]?.lemma === 'be' && tokens[k + 2]?.lower === 'all') {
      const end = tokens[k + 3];
      return end === undefined || end.pos === 'PUNCT';
    }
    return false;
  });
}

/** Acts that stop a slip on its way: "i caught it before it went out", "we pulled the batch before anyone got it". */
// biome-ignore format: a word list reads best packed, several entries a line
const CATCH_ACTS = new Set([
  'catch', 'spot', 'find', 'notice', 'fix', 'correct', 'stop', 'pull', 'halt', 'block', 'flag', 'realise', 'realize', 'recall', 'withdraw',
]);
/** What follows "before" when a clause with its own subject comes next: "before it", "before anyone", "before the client". */
const CLAUSE_START = new Set(['it', 'anything', 'anyone', 'anybody', 'they', 'he', 'she', 'the', 'any', 'a', 'our', 'their']);

/** Words that may stand in the subject of the clause after "before": "before the new prices reached the tills". */
const SUBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/** Part of it caught in time, the rest not: "we caught most of them before the statements went out". */
const PARTLY = new Set(['most', 'some', 'many', 'half', 'several', 'part']);
/** A later slip caught by the new habit ("the check found two more before they…"), not the failure's own cost. */
const LATER_CATCH = new Set(['more', 'another', 'again', 'since', 'twice']);

/**
 * Caught in time: the speaker or another person, in the past, catches or stops the slip "before" it reaches anyone
 * or goes out. Not "but not before…", nor a sentence that goes on to a harm ("…, but 300 orders had
 * shipped"), nor "before" a noun phrase ("the day before the audit", "before the meeting that…").
 */
function caughtInTime(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  const before = tokens.findIndex((t) => t.lower === 'before');
  if (before <= 0 || tokens[before - 1]!.lower === 'not' || !CLAUSE_START.has(tokens[before + 1]?.lower ?? '')) return false;
  // Not a sentence that goes on to more, unless what it goes on to is the harm denied: "…before it went out, so no harm was done".
  const goesOn = (t: Token, k: number): boolean => GOES_ON.has(t.lower) && !NEGATIVE_QUANTIFIERS.has(tokens[k + 1]?.lower ?? '');
  if (tokens.some((t, k) => goesOn(t, k) || LATER_CATCH.has(t.lower) || PARTLY.has(t.lower))) return false;
  // A clause follows: its subject, then its verb within a few words.
  let k = before + 1;
  while (k < tokens.length && k <= before + 4 && SUBJECT_POS.has(tokens[k]!.pos) && tokens[k]!.lower !== 'that') k++;
  if (tokens[k]?.pos !== 'VERB' && tokens[k]?.pos !== 'AUX') return false;
  return events.some((e) => {
    // Whoever caught it ("a reviewer spotted it before it merged"), the harm never arrived.
    if (!(isSelf(e) || personActs(e)) || e.passive || e.negated || e.modal || e.first >= before || !actIn(CATCH_ACTS, e.act ?? ''))
      return false;
    const tense = clauseTense(tokens, e);
    return tense === 'past' || tense === 'perfect';
  });
}

/** What people do when a failure reaches them: complain, leave, cancel, escalate. */
// biome-ignore format: a word list reads best packed, several entries a line
const REACTING = new Set([
  'complain', 'leave', 'quit', 'cancel', 'withdraw', 'escalate', 'sue', 'unsubscribe', 'churn', 'resign', 'switch', 'defect', 'boycott',
]);
const IF_OPENERS = new Set(['if', 'unless', 'whether']);
/** Acts that are a reaction only with what follows: "stopped coming", "walked out", "pulled their funding". */
const REACTING_WITH = new Map<string, (next: Token | undefined) => boolean>([
  ['stop', (next) => next !== undefined && next.pos === 'VERB' && next.lower.endsWith('ing')],
  ['walk', (next) => next?.lower === 'out' || next?.lower === 'away' || next?.lower === 'off'],
  ['pull', (next) => next?.lower === 'out' || next?.lower === 'their' || next?.lower === 'the'],
]);

/**
 * People reached by the failure, told by what they did about it: "two of the families stopped
 * coming", "the client cancelled the renewal", "a parent complained to the head". Another party
 * (or a share of one) in the past, not denied: a cost told as an event rather than a number.
 */
function reacted(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  return events.some((e) => {
    if (e.act === null || e.negated || e.modal || e.conditional || !(personActs(e) || e.share)) return false;
    // "if the client had cancelled": what would have happened, not what did.
    if (IF_OPENERS.has(tokens[e.first]?.lower ?? '') || IF_OPENERS.has(tokens[e.first - 1]?.lower ?? '')) return false;
    const tense = clauseTense(tokens, e);
    if (tense !== 'past' && tense !== 'perfect') return false;
    // A noun subject must name people ("the client", "three of her team"), not things ("four task cards left").
    if (e.nounSubject && e.subject !== null && !e.share && !personRole(e.subject) && !OUTSIDE.has(e.subject)) return false;
    // "nobody complained" denies the reaction in its subject.
    if (e.subject !== null && NEGATIVE_QUANTIFIERS.has(e.subject)) return false;
    // The reaction may be any verb of the clause ("two diners walked out before the mains came").
    for (let at = e.first; at <= e.last; at++) {
      const t = tokens[at]!;
      if (t.pos !== 'VERB' || t.negated) continue;
      const before = tokens[at - 1];
      // "four task cards left": what remained, not someone leaving.
      if (before?.pos === 'NOUN' && before.lemma !== e.subject) continue;
      if (REACTING.has(t.lemma) || REACTING_WITH.get(t.lemma)?.(tokens[at + 1]) === true) return true;
    }
    return false;
  });
}

/** Verbs of a measure moving: "her sats dropped to 86", "the backlog climbed to 400". */
const MOVING = new Set([
  'drop',
  'fall',
  'rise',
  'climb',
  'spike',
  'plunge',
  'jump',
  'crash',
  'dip',
  'soar',
  'shoot',
  'go',
  'sink',
  'slide',
]);
const ORDINAL = /\d(?:st|nd|rd|th)$/;
/** An ordinal's ending split off its figure ("4" "th"). */
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);
/** Words that round a figure: "from about four". */
const ROUNDING = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'over', 'under', 'just', 'only', 'some']);
/** What marks the size a measure moved to or from. */
const TO_OR_FROM = new Set(['to', 'from', 'by', 'past', 'below', 'above', 'under', 'over']);

/**
 * "within four minutes his pressure went from the 70s to the 130s", "her sats dropped to 86", "the
 * queue climbed past 400": a measure told moving to or by a figure, which tells how far the
 * failure reached in the story's own units. Not what the speaker did ("I dropped to three days a
 * week"), nor "went to 3 meetings" (a place or an event gone to, with nothing measured moving).
 */
export function measureMoved(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  return events.some((e) => {
    if (isSelf(e) || e.negated || e.modal || e.conditional || !e.act || !MOVING.has(e.act)) return false;
    const words = span(tokens, e);
    const verb = verbIn(words, e);
    for (let k = verb + 1; k < Math.min(words.length, verb + 4); k++) {
      const w = words[k]!;
      // "went up to 140": a particle of direction may come first; "went to" alone needs a word of measure moving.
      if (w.lower === 'up' || w.lower === 'down') continue;
      if (!TO_OR_FROM.has(w.lower)) return false;
      // "went to the 4th floor", "went under the bridge": going somewhere; "went up to 140" and "went from 70 to 130" move a measure.
      const direction = words[k - 1]?.lower === 'up' || words[k - 1]?.lower === 'down';
      if (e.act === 'go' && w.lower !== 'from' && !direction) return false;
      // "to 86", "from the 70s", "from about four": the figure, after a word that rounds it.
      let n = k + 1;
      if (words[n]?.lower === 'the' || ROUNDING.has(words[n]?.lower ?? '')) n++;
      const figure = words[n];
      // Not an ordinal: "up to the 4th floor" is a place.
      const ordinal = ORDINAL.test(figure?.lower ?? '') || ORDINAL_ENDINGS.has(words[n + 1]?.lower ?? '');
      return figure !== undefined && (DIGIT.test(figure.lower) || figure.pos === 'NUM') && !ordinal;
    }
    return false;
  });
}

/** Sentence readings of the stakes: sizes, harm denied or not, who it reached, feelings. */
function stakesReadings(tokens: readonly Token[], events: readonly ClauseEvent[], into: string[]): void {
  sizes(tokens, into);
  if (measureMoved(tokens, events)) add(into, 'sk:moved');
  harmless(tokens, events, into);
  if (tokens.some((t, i) => namesOutside(t) && tokens[i + 1]?.pos !== 'NOUN')) add(into, 'sk:outside');
  // The shortest feeling word has five letters: shorter words skip the pattern.
  // Only a sentence where the speaker acts or is acted on can tell a feeling as the cost: that cheap test first.
  if (events.some((e) => isSelf(e) || e.onSpeaker) && tokens.some((t) => t.lower.length >= 5 && FEELINGS.test(t.lower)))
    add(into, 'sk:feeling');
  if (reacted(tokens, events)) add(into, 'sk:reacted');
  if (riskTold(tokens, events)) add(into, 'sk:risk');
}

/** Words that make a risk small or none: "no risk", "a low risk", "little risk". */
const SMALL_RISK = new Set(['no', 'low', 'little', 'small', 'minimal', 'negligible', 'zero', 'tiny', 'slight', 'any']);
/** What follows a risk named with what it risked: "a risk of infection", "a risk that the client…", "at risk". */
const RISK_OF = new Set(['of', 'that', 'to']);

/**
 * A risk told with what was at stake: "with a real risk of aspiration", "there was a risk we'd lose
 * key accounts", "it put three patients at risk". The stakes of a failure that, caught or lucky,
 * did less harm than it might have. Not a risk denied or made small ("no risk to anyone", "a low
 * risk"), nor one the speaker now manages ("I now log every risk", "we flag the risk that…"): a
 * clause of the speaker's in the present tells a practice, not a stake.
 */
function riskTold(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  if (stakesNamed(tokens, events) || harmPossible(tokens, events)) return true;
  // "potential for", read as a noun wherever the tagger says: "= potential for a train routed into a worksite".
  const at = tokens.findIndex(
    (t, k) =>
      RISKS.has(t.lemma) &&
      !t.negated &&
      (t.pos === 'NOUN' || (t.lemma === 'potential' && (tokens[k + 1]?.lower === 'for' || tokens[k + 1]?.lower === 'of'))),
  );
  if (at < 0) return false;
  for (let j = Math.max(0, at - 3); j < at; j++) if (SMALL_RISK.has(tokens[j]!.lower) || tokens[j]!.negated) return false;
  const next = tokens[at + 1];
  // "the potential for a train routed into a worksite": a potential names its risk only with "for" or "of".
  const named =
    tokens[at]!.lemma === 'potential'
      ? next?.lower === 'for' || next?.lower === 'of'
      : tokens[at - 1]?.lower === 'at' || (next !== undefined && (RISK_OF.has(next.lower) || next.pos === 'PRON' || next.pos === 'DET'));
  // "the risk was big", "the danger was real": the risk sized, as the subject of its clause.
  const size = tokens[at + 2]?.pos === 'ADV' ? tokens[at + 3] : tokens[at + 2];
  const sized = tokens[at + 1]?.lemma === 'be' && size !== undefined && BIG_RISK.has(size.lower) && !size.negated;
  if (!named && !sized) return false;
  return !events.some((e) => isSelf(e) && !e.negated && clauseTense(tokens, e) === 'present');
}

/** Sizes that make a risk the stakes: "the risk was big", "the danger was very real". */
// biome-ignore format: a word list reads best packed
const BIG_RISK = new Set([
  'big', 'high', 'real', 'serious', 'huge', 'significant', 'considerable', 'enormous', 'massive', 'severe', 'grave',
]);
/** Nouns that name a risk: "a risk of infection", "the danger that…", "the potential for a collision". */
const RISKS = new Set(['risk', 'danger', 'potential']);
/** Harm to a life that a failure can do: "an overdose like that can kill a small dog". */
// biome-ignore format: a word list reads best packed
const LIFE_HARM = new Set([
  'kill', 'die', 'injure', 'hurt', 'harm', 'maim', 'poison', 'crush', 'drown', 'electrocute', 'paralyse', 'paralyze', 'blind',
]);
/** Modals of what can follow: "can kill", "could have hurt someone", "might have died". */
const CAN = new Set(['can', 'could', 'might', 'may', 'would']);

/**
 * Harm to a life told as what the failure could do: "fluid overload in a small dog can kill
 * them", "a loose guard like that could have crushed a hand", "someone might have been hurt". The
 * stakes of a failure caught before it did its harm. Not harm denied ("nobody could have been
 * hurt"), a condition, or the speaker's own feeling ("I could have died of embarrassment").
 */
function harmPossible(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  return (
    harmTaught(tokens) ||
    events.some((e) => {
      if (e.negated || e.conditional || e.modal === null || !CAN.has(e.modal) || !LIFE_HARM.has(e.act ?? '')) return false;
      const verb = tokens.findIndex((t, k) => k >= e.first && k <= e.last && t.lemma === e.act && t.pos === 'VERB');
      if (verb < 0) return false;
      // "died of embarrassment", "died laughing", "killing myself laughing": a figure of speech.
      const after = tokens[verb + 1]?.lower;
      return !(e.act === 'die' && (after === 'of' || after === 'laughing')) && !tokens.slice(verb).some((t) => t.lower === 'laughing');
    })
  );
}

/**
 * Harm to a life told as what such a failure leads to: "that's how people die in our line of
 * work", "this is how someone gets hurt". Not denied ("that's not how anyone gets hurt").
 */
function harmTaught(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (t.lower !== 'how' || tokens[k - 1]?.lemma !== 'be' || tokens[k - 1]!.negated) return false;
    if (!DEMONSTRATIVES.has(tokens[k - 2]?.lower ?? '') && !DEMONSTRATIVES.has(tokens[k - 3]?.lower ?? '')) return false;
    for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
      const x = tokens[j]!;
      if (x.pos === 'VERB' && LIFE_HARM.has(x.lemma) && !x.negated) return true;
    }
    return false;
  });
}
/** What "how" is said of: "that's how", "this is how" ("thats" splits into "that" and "'s"). */
const DEMONSTRATIVES = new Set(['that', 'this']);

/** Modals that tell what might have followed: "they could have withdrawn the loan". */
const MIGHT_HAVE = new Set(['could', 'might', 'may', 'would']);

/**
 * The stakes named as such, then what they were: "so the stakes were real: they could have pulled
 * the loan", "what was at stake was the licence, which the board might have suspended". Not
 * "nothing was at stake", "the stakes were low".
 */
function stakesNamed(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  const at = tokens.findIndex((t) => t.lemma === 'stake' && t.pos === 'NOUN' && !t.negated);
  if (at < 0) return false;
  for (let j = Math.max(0, at - 3); j <= Math.min(tokens.length - 1, at + 3); j++) {
    const w = tokens[j]!;
    if (j !== at && (SMALL_RISK.has(w.lower) || w.negated || NEGATIVE_QUANTIFIERS.has(w.lower))) return false;
  }
  // "His licence was at stake": what could be lost, named as the subject.
  if (tokens[at - 1]?.lower === 'at' && tokens[at - 2]?.lemma === 'be' && !tokens[at - 2]!.negated) {
    for (let j = at - 3; j >= Math.max(0, at - 6); j--) {
      const w = tokens[j]!;
      // ("no money was at stake" is denied by the words around the stake, read above.)
      if (w.pos === 'NOUN' || w.pos === 'PROPN') return true;
      if (w.pos === 'VERB' || w.pos === 'PUNCT' || w.pos === 'SCONJ') break;
    }
  }
  return events.some((e) => e.first > at && !isSelf(e) && !e.negated && e.modal !== null && MIGHT_HAVE.has(e.modal));
}

/**
 * The trouble cleared with nobody acting: "the season recovered on its own", "it sorted itself
 * out", "the backlog cleared by itself". A thing's past act followed by "on its own", "by itself"
 * or "itself".
 */
function resolvedItself(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  return events.some((e) => {
    if (isSelf(e) || e.actor === 'other' || e.negated || e.modal) return false;
    const tense = clauseTense(tokens, e);
    if (tense !== 'past' && tense !== 'perfect') return false;
    const words = span(tokens, e);
    // After the verb: "the tool itself failed" is the thing stressed, not the trouble clearing.
    const verb = verbIn(words, e);
    return words.some(
      (t, k) =>
        k > verb &&
        (t.lower === 'itself' ||
          t.lower === 'themselves' ||
          (t.lower === 'on' && (words[k + 1]?.lower === 'its' || words[k + 1]?.lower === 'their') && words[k + 2]?.lower === 'own')),
    );
  });
}

/** A clause that tells an act done: not denied, not modal or counterfactual, and an act of its own. */
const done = (e: ClauseEvent): boolean => !e.negated && !e.modal && !e.counterfactual && e.act !== null && !NO_ACT.has(e.act);

/** A clause told in the past or the perfect. */
function pastClause(tokens: readonly Token[], e: ClauseEvent): boolean {
  const tense = clauseTense(tokens, e);
  return tense === 'past' || tense === 'perfect';
}

/** Sentence readings of the fix: the speaker's own past acts, someone else's, or none told. */
function remedyReadings(tokens: readonly Token[], events: readonly ClauseEvent[], into: string[]): void {
  // One pass over the clauses, counting what the readings ask of them (every test is a pure one).
  let selfActs = 0;
  let othersAct = 0;
  let byAgent = false;
  let nobody = false;
  for (const e of events) {
    if (isSelf(e) && !e.passive && done(e) && pastClause(tokens, e)) selfActs++;
    if (!isSelf(e) && personActs(e) && done(e) && pastClause(tokens, e)) othersAct++;
    if (e.passive && e.agent && done(e)) byAgent = true;
    if (e.passive && !e.agent && done(e) && !isSelf(e)) nobody = true;
  }
  if (selfActs > 0) add(into, 'rm:self-did');
  if (selfActs > 1) add(into, 'rm:self-did>1');
  if ((othersAct > 0 || byAgent) && selfActs === 0) add(into, 'rm:others-did');
  // The counts first: resolvedItself reads every clause again, and a sentence where someone acts needs it not.
  if (selfActs === 0 && othersAct === 0 && (nobody || resolvedItself(tokens, events))) add(into, 'rm:nobody-did');
}

/**
 * `reading` added to the sentence's readings unless they hold it already: each is listed once, in
 * the order first found, as a set would list them. The readings are a handful of fixed names, so
 * an array asked with includes() serves, with no set made for every sentence.
 */
function add(into: string[], reading: string): void {
  if (!into.includes(reading)) into.push(reading);
}

/** The omission readings of one sentence. */
export function omissionReadings(tokens: readonly Token[], events: readonly ClauseEvent[]): string[] {
  const into: string[] = [];
  stakesReadings(tokens, events, into);
  remedyReadings(tokens, events, into);
  return into;
}
