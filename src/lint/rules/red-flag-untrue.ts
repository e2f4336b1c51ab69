/**
 * The conduct model's readings of a record or a word that the sentence itself says was untrue,
 * read from the structure of the sentence rather than from a story's wording:
 *
 * - a record of an event the same sentence denies: "entered three site visits in the log that
 *   never happened", "billed hours I hadn't worked" (a relative clause on the recorded thing);
 * - a claim made against what the speaker says was so: "logged the delivery as on time when it
 *   was two days late", "told the buyer the parts were on order when I hadn't ordered them";
 * - and an act the speaker had someone do without the licence it needs ("let the trainee drive
 *   the forklift though he had no licence"), or did knowing the rule ("I knew the policy said two
 *   signatures, but I signed it alone").
 *
 * Told as a mistake ("by mistake", "too early", "without realising") none of these is a breach.
 */
import type { Token } from '../../nlp/analyse.js';
import { TIMES, type ClauseEvent } from '../../nlp/clauses.js';
import * as W from './red-flag-words.js';
import {
  ahead,
  anyoneElseAt,
  clauseSpan,
  eventAt,
  gate,
  inClass,
  isNoun,
  nounIn,
  passes,
  speakerDoes,
  verbish,
  type Clauses,
  type ConductAct,
} from './red-flag-grammar.js';
import { gamingAfter, gapFilled, madeAsIf, notDone, unchecked } from './red-flag-acts.js';
import { gatesOpen } from '../../nlp/gates.js';

/** Acts that put something on a record or claim it: the thing recorded must have happened. */
const PUTTING = W.wordSet(
  'record log enter book put write fill tick sign stamp initial certify mark claim bill charge invoice submit add input key type count list report code file describe present classify label',
);
/** Selling or promising what does not exist: "promised the client features that didn't exist". */
const OFFERING = W.wordSet('promise sell offer quote demo pitch advertise');
/** Events whose denial makes a record of them invented: "visits that never happened", "trips I never drove". */
const EVENTS = W.wordSet(
  'happen occur exist attend visit make do work drive travel fly perform carry take run give sign see check test inspect witness arrive deliver incur spend buy order place hold sit serve',
);
/** Existence itself: "that never happened", "that didn't exist". */
const EXISTING = W.wordSet('happen occur exist');
/** Verbs of knowing, feeling and wanting: their denial tells ignorance or a view, not that a claim was false. */
const MINDING = W.wordSet(
  'know realise realize notice see think expect believe feel remember understand like love want agree care mind need hear find catch spot check doubt suspect question worry fear',
);
/** Markers of what was really so: "when it was two days late", "although the contract wasn't signed". */
const REALLY = W.wordSet('when although though while whereas but before');
/** Words that set the real figure against a claimed one: "more like", "nearer", "closer to", "only". */
const NEARER = W.wordSet('like nearer closer only barely under actually really');
/** States that deny a claim of done, on time or on track. */
const CONTRARY = W.wordSet(
  'still yet late behind overdue outstanding missing unfinished incomplete untested unsigned unpaid unchecked broken empty short wait waiting pending refuse',
);
const RELATIVE = W.wordSet('that which who');
/** States of work a report claims: "on track", "being recovered", "done". A triage ("as low priority") claims none. */
const STATUS = W.wordSet(
  'track recover recovered done complete completed ready resolved fix fixed green finished sorted closed paid passed live approved',
);

/**
 * Between the claim and the marker, a state of work claimed, or the speaker's own words in
 * quotation marks: "described the delay as 'being recovered'", "reported it as on track".
 */
function statusClaimed(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => STATUS.has(t.lower) || STATUS.has(t.lemma) || t.text === '"' || t.text === '“');
}
/** What "had no" says of the speaker's mind or means, not of the thing claimed: "when I had no idea", "no reason to doubt", "no time". */
const UNKNOWING = W.wordSet('idea clue reason way knowledge inkling notion sense doubt suspicion time choice option');
const SUBJECTS = W.wordSet('i we he she they it nobody someone');

/** Granted by someone: "was approved by", "was signed off by" reads as "signed" then "off". */
const GRANTED = W.wordSet('approved authorised authorized sanctioned cleared');
const AUTHORISED = W.wordSet('approval permission consent agreement authorisation authorization blessing sign-off go-ahead');

/** The words of a mistake, made once: "accidentally", "too early", "without realising". */
const BY_MISTAKE = new Set(['accidentally', 'mistakenly', 'wrongly', 'inadvertently', 'unknowingly', 'prematurely']);
const TOO_SOON = new Set(['early', 'soon', 'quickly']);
const UNAWARES = new Set(['realising', 'realizing', 'noticing', 'knowing', 'meaning']);

/** Told as a mistake, not a choice: "by mistake", "too early", "without realising". */
export function toldAsMistake(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    const next = tokens[k + 1]?.lower ?? '';
    if (BY_MISTAKE.has(t.lower)) return true;
    if (t.lower === 'by' && (next === 'mistake' || next === 'accident')) return true;
    if (t.lower === 'too' && TOO_SOON.has(next)) return true;
    if (t.lower === 'without' && UNAWARES.has(next)) return true;
    // An exception someone with the authority allowed: "with the director's written approval",
    // "…, and this was approved by my manager in the change request".
    if (GRANTED.has(t.lower) && next === 'by' && tokens[k - 1]?.lemma === 'be') return true;
    return t.lower === 'with' && ahead(tokens, k, 5, (x) => AUTHORISED.has(x.lemma)) >= 0;
  });
}

/** What the speaker believed was so: "I thought the tests had passed", "we assumed the list was current". */
const BELIEVING = W.wordSet(`${W.BELIEF} trust understand`);
/** What the speaker did not know was so: "I hadn't noticed the crack", "we didn't realise the file was old". */
const KNOWING = W.wordSet('know realise realize notice spot catch');
/**
 * A belief about whether the act was allowed or would be found out is a reason given for a
 * choice, not a mistake about the facts: "I thought it was fine", "I didn't think anyone would check".
 */
const EXCUSING = W.wordSet('fine ok okay alright acceptable allowed harmless normal standard usual common matter');
const SPEAKER_SUBJECT = W.wordSet('i we');
/** How an act is done on memory: "from my memory", "on memory", "by memory". */
const MEMORY_WAYS = W.wordSet('from on by');

/** Verbs of taking a fact wrongly. */
const MISTAKING = W.wordSet('misread misremember mishear misunderstand misjudge miscount misidentify confuse');

/** "had the pass mark wrong", "got both names wrong", "had the wrong version": "wrong" in the object of have/get at `k`, before the clause ends. */
function heldWrong(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++) {
    const x = tokens[j]!;
    if (x.lower === 'wrong' || x.lower === 'backwards' || x.lower === 'muddled') return j > k + 1;
    if (x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'CCONJ') return false;
  }
  return false;
}

/** "wrote the caption from my memory of the story", "keyed it in on memory": the speaker's act done on what they remembered. */
function fromMemory(tokens: readonly Token[]): boolean {
  return tokens.some((t, j) => {
    if (t.lemma !== 'memory') return false;
    const way = tokens[j - 1]?.lower === 'my' || tokens[j - 1]?.lower === 'our' ? tokens[j - 2] : tokens[j - 1];
    return MEMORY_WAYS.has(way?.lower ?? '') && tokens.slice(0, j).some((x) => SPEAKER_SUBJECT.has(x.lower));
  });
}

/** From a belief verb at `k` to the end of its clause: a belief about the facts (true), or an excuse (false). */
function aboutTheFacts(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 10); j++) {
    const x = tokens[j]!;
    if (x.pos === 'PUNCT') break;
    // What would happen next is a bet on consequences ("would check", "wouldn't matter"), not a belief about what was so.
    if (x.pos === 'AUX' && W.MODALS.has(x.lemma)) return false;
    if (EXCUSING.has(x.lower) || EXCUSING.has(x.lemma) || W.RULE_NOUNS.has(x.lemma) || W.WRONG.has(x.lower) || W.PERMITTED.has(x.lower))
      return false;
  }
  return true;
}

/**
 * The speaker says they did not know, at the time, that what they recorded or told was untrue:
 * "I thought the tests had run", "I hadn't spotted the second fault", "I had no idea the file was
 * a draft", "as far as I knew". A record or a word is false on purpose only if its author knew it
 * was; a belief about the rules or about being found out ("I thought it was fine", "I didn't
 * think anyone would check") is not this, nor is a belief held now ("I think").
 */
export function unwitting(tokens: readonly Token[], events: readonly ClauseEvent[] = []): boolean {
  // Sound: every reading below needs "I" or "we" (the subject, "as far as I knew", or the speaker acting from memory).
  if (!gatesOpen() && !tokens.some((t) => SPEAKER_SUBJECT.has(t.lower))) return false;
  if (fromMemory(tokens)) return true;
  if (believedInClause(tokens, events)) return true;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // The subject: "I" or "we" within three words before the verb, only adverbs and auxiliaries between ("I honestly thought", "we had not noticed").
    let subject = -1;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (SPEAKER_SUBJECT.has(tokens[j]!.lower)) {
        subject = j;
        break;
      }
      if (tokens[j]!.pos !== 'ADV' && tokens[j]!.pos !== 'AUX' && tokens[j]!.pos !== 'PART') break;
    }
    if (subject < 0) {
      // "as far as I knew", "as far as we could tell"
      if (
        t.lower === 'far' &&
        tokens[k - 1]!.lower === 'as' &&
        tokens[k + 1]?.lower === 'as' &&
        SPEAKER_SUBJECT.has(tokens[k + 2]?.lower ?? '')
      )
        return true;
      continue;
    }
    const past = t.lower !== t.lemma;
    if (BELIEVING.has(t.lemma) && past && !t.negated && aboutTheFacts(tokens, k)) return true;
    // "I misread the dose", "we had mixed up the two sites": a fact taken wrongly.
    if (MISTAKING.has(t.lemma) || (t.lower.startsWith('mix') && tokens[k + 1]?.lower === 'up')) return true;
    // "I had the pass mark wrong in my head", "I'd got the date wrong": a fact held wrongly.
    if ((t.lemma === 'have' || t.lemma === 'get') && past && heldWrong(tokens, k)) return true;
    if (KNOWING.has(t.lemma) && t.negated && aboutTheFacts(tokens, k)) return true;
    // "I had no idea", "we were not aware"
    if (t.lemma === 'have' && tokens[k + 1]?.lower === 'no' && tokens[k + 2]?.lower === 'idea' && aboutTheFacts(tokens, k + 2)) return true;
    if (t.lemma === 'be' && ahead(tokens, k, 2, (x) => x.lower === 'unaware' || (x.lower === 'aware' && x.negated)) >= 0) return true;
  }
  return false;
}

/** "took it as read", "took his word for it", "took the count at face value": a thing accepted as true unchecked. */
const AS_TRUE = [
  ['as', 'read'],
  ['as', 'given'],
  ['for', 'granted'],
  ['at', 'face', 'value'],
] as const;

/**
 * The idiom ends its clause: "took it as read." or "…, and signed". With more after it, what was
 * taken is a claim or a motive ("took it as given that the job had to close", "took his word that
 * the deadline came first"), not a fact the speaker was misled about.
 */
function endsClause(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  return next === undefined || next.pos === 'PUNCT' || next.pos === 'CCONJ' || (next.lower === 'for' && tokens[after + 1]?.lower === 'it');
}

function takenAsTrue(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    if (tokens[j]!.pos === 'PUNCT') return false;
    const idiom = AS_TRUE.find((words) => words.every((w, n) => tokens[j + n]?.lower === w));
    if (idiom) return endsClause(tokens, j + idiom.length);
    // "took his word for it", "took the supplier's word"
    if (tokens[j]!.lower === 'word' && (tokens[j - 1]?.pos === 'PRON' || tokens[j - 1]?.lower === "'s" || tokens[j - 1]?.lower === '’s'))
      return endsClause(tokens, j + 1);
  }
  return false;
}

/**
 * A belief of the speaker's own clause, wherever its subject stands: "did the first row and assumed
 * the rest", "I took it as read". The clause's actor is the speaker (clauses.ts carries the subject
 * across a coordination), its act a belief, past and not denied, about what was so.
 */
function believedInClause(tokens: readonly Token[], events: readonly ClauseEvent[]): boolean {
  for (const e of events) {
    if (e.actor !== 'self' || e.act === null || e.negated || e.modal !== null || e.conditional) continue;
    const believing = BELIEVING.has(e.act) || e.act === 'presume';
    if (!believing && e.act !== 'take') continue;
    for (let k = e.first; k <= e.last; k++) {
      const t = tokens[k]!;
      if (t.lemma !== e.act || t.pos !== 'VERB' || t.lower === t.lemma) continue;
      if (believing ? aboutTheFacts(tokens, k) : takenAsTrue(tokens, k)) return true;
    }
  }
  return false;
}

/** A negated verb within the clause opened at `from` (stopped by punctuation): its index, or -1. */
function deniedVerb(tokens: readonly Token[], from: number, span: number): number {
  for (let k = from; k < Math.min(tokens.length, from + span); k++) {
    const x = tokens[k]!;
    if (k > from && (x.pos === 'PUNCT' || x.pos === 'CCONJ')) return -1;
    if ((x.pos === 'VERB' || x.pos === 'AUX') && x.negated && !W.MODALS.has(x.lemma) && x.lemma !== 'be' && x.lemma !== 'have') return k;
    if (x.pos === 'VERB' && !x.negated && !x.lower.endsWith('ing') && k > from + 1) return -1;
  }
  return -1;
}

/**
 * "the visits in the log that never happened", "hours I hadn't worked": a relative clause after
 * the act's object that denies the recorded event. Its verb's index, and whether the speaker is its subject.
 */
function deniedRelative(tokens: readonly Token[], i: number): { verb: number; mine: boolean } | null {
  const noun = ahead(tokens, i, 6, (x) => isNoun(x));
  if (noun < 0) return null;
  // Past the noun's own phrase too: "a set of observations for one of my patients that I hadn't done".
  for (let k = noun + 1; k < Math.min(tokens.length, noun + 11); k++) {
    const x = tokens[k]!;
    if (x.pos === 'PUNCT' || x.pos === 'CCONJ' || x.pos === 'VERB') return null;
    // "so that nobody worked from an old list": a purpose told after the noun's phrase, not a relative clause about it.
    if (x.lower === 'that' && tokens[k - 1]?.lower === 'so') return null;
    // "filled out the form that afternoon even though…": "that" names a time here, and opens no clause.
    if (x.lower === 'that' && TIMES.has(tokens[k + 1]?.lemma ?? '')) {
      k++;
      continue;
    }
    const opens = RELATIVE.has(x.lower) || (SUBJECTS.has(x.lower) && x.pos === 'PRON' && isNoun(tokens[k - 1]!));
    if (!opens) continue;
    const subject = RELATIVE.has(x.lower) && SUBJECTS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : k;
    const verb = deniedVerb(tokens, subject + 1, 5);
    if (verb < 0 || !inClass(EVENTS, tokens[verb]!)) return null;
    return { verb, mine: tokens[subject]!.lower === 'i' || tokens[subject]!.lower === 'we' };
  }
  return null;
}

/** "that never happened", "I hadn't worked": a record of an event the sentence denies. */
/** Looking a thing over: denied of a place, an assumption left unverified. */
const VERIFYING = new Set(['check', 'verify', 'confirm', 'test', 'inspect']);
const PLACING = new Set(['in', 'at', 'on', 'into']);

/**
 * "listed the trial in a courtroom that I had not checked had the video link": what went unchecked
 * is the place the record put the thing, an assumption the speaker failed to verify, not a record
 * of what did not happen. The relative hangs on a noun after "in", "at", "on" or "into".
 */
function placeUnchecked(tokens: readonly Token[], i: number, verb: number): boolean {
  if (!VERIFYING.has(tokens[verb]!.lemma)) return false;
  let rel = verb - 1;
  while (rel > i && !['that', 'which', 'where'].includes(tokens[rel]!.lower)) rel--;
  if (rel <= i + 1 || !isNoun(tokens[rel - 1]!)) return false;
  // "signed the boxes on the form that I hadn't checked": a record is what the mark vouches for.
  if (nounIn(W.RECORD_NOUNS, tokens[rel - 1]!)) return false;
  let start = rel - 1;
  while (start > i && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(tokens[start - 1]!.pos)) start--;
  return PLACING.has(tokens[start - 1]?.lower ?? '');
}

function recordedUnreal(c: Clauses, i: number): ConductAct | null {
  const { tokens } = c;
  const offered = inClass(OFFERING, tokens[i]!) || inClass(W.ASSURING, tokens[i]!);
  if (!inClass(PUTTING, tokens[i]!) && !offered) return null;
  const denied = deniedRelative(tokens, i);
  if (!denied) return null;
  const verb = tokens[denied.verb]!;
  if (offered) return EXISTING.has(verb.lemma) ? { kind: 'deceive', ...clauseSpan(c, i, denied.verb), certain: false } : null;
  if (placeUnchecked(tokens, i, denied.verb)) return null;
  const certain = EXISTING.has(verb.lemma) || (denied.mine && inClass(W.BILLING, tokens[i]!));
  return { kind: 'misrecord', ...clauseSpan(c, i, denied.verb), certain };
}

/** After the claim, a clause that says it was not so: a denied act (not a denied thought), or a contrary state. */
function contradiction(tokens: readonly Token[], from: number, telling: boolean): number {
  const marker = ahead(
    tokens,
    from,
    12,
    (x, k) => REALLY.has(x.lower) && !(x.lower === 'when' && tokens[k - 1]?.lower === 'and') && (telling || x.lower !== 'before'),
  );
  // "told boss it was done - it wasnt", "when we didn't": a denial cut short, the claim's own verb left out.
  const elided = ahead(
    tokens,
    from,
    12,
    (x, k) =>
      x.lemma === 'not' &&
      tokens[k - 1]?.pos === 'AUX' &&
      !W.MODALS.has(tokens[k - 1]!.lemma) &&
      (tokens[k + 1] === undefined || tokens[k + 1]!.pos === 'PUNCT'),
  );
  if (elided >= 0 && tokens.slice(from, elided).some((x) => REALLY.has(x.lower) || (x.pos === 'PUNCT' && x.lower !== ','))) return elided;
  if (marker < 0) return -1;
  const m = tokens[marker]!.lower;
  const subject = tokens[marker + 1]?.lower === 'even' ? marker + 2 : marker + 1;
  const mine = ['i', 'we'].includes(tokens[subject]?.lower ?? '');
  // "when I'd actually gone home": what really happened, told against the claim.
  if (m !== 'but' && ahead(tokens, marker, 4, (x) => x.lower === 'actually' || x.lower === 'really') >= 0) return marker + 1;
  // "we had 900 sites live when it was nearer 500": a figure claimed, and the real one told against it.
  if (m === 'when' && tokens.slice(from, marker).some((x) => x.pos === 'NUM')) {
    // Only words of comparison between: "when it was only day three" tells a time, not a figure.
    const real = ahead(
      tokens,
      marker,
      7,
      (x, k) =>
        x.pos === 'NUM' && tokens.slice(marker + 1, k).some((y) => NEARER.has(y.lower)) && !tokens.slice(marker + 1, k).some(isNoun),
    );
    if (real >= 0) return real;
  }
  // "as resolved when I'd only raised a ticket": what was done, told as less than the claim.
  if (m !== 'before') {
    // Not "just": "as complete when I had just finished it" tells when, not how little.
    const only = ahead(tokens, marker, 4, (x) => x.lower === 'only' || x.lower === 'merely');
    const did = only >= 0 ? ahead(tokens, only, 2, (x) => x.pos === 'VERB' && x.lower !== x.lemma) : -1;
    if (did >= 0) return did;
  }
  // "before the results had come back": a claim made ahead of what would show it. "…, before anyone
  // else had reported it" tells the speaker spoke first.
  if (m === 'before' && anyoneElseAt(tokens, marker + 1)) return -1;
  if (m === 'before') return ahead(tokens, marker, 5, (x, k) => x.pos === 'VERB' && tokens[k - 1]?.lemma === 'have' && !x.negated);
  const verb = deniedVerb(tokens, subject, 6);
  // "logged it as a risk, but I decided not to raise it": a choice not to do something else denies nothing the record says.
  const declined = verb >= 0 && tokens[verb - 1]?.lower === 'to' && tokens.slice(subject, verb).some((x) => DECIDING.has(x.lemma));
  if (verb >= 0 && !declined && !inClass(MINDING, tokens[verb]!) && (m !== 'but' || mine || tokens[verb - 1]?.lower === 'never'))
    return verb;
  if (m === 'but') return -1;
  // "…, when I had no recovery plan", "when there was no stock": what the claim rested on did not
  // exist, quoted to the end of its noun.
  const at = ahead(
    tokens,
    marker,
    6,
    (x, k) =>
      CONTRARY.has(x.lower) ||
      CONTRARY.has(x.lemma) ||
      ['nobody', 'never'].includes(x.lower) ||
      (x.lower === 'no' &&
        (tokens[k - 1]?.lemma === 'have' || tokens[k - 1]?.lemma === 'be') &&
        !UNKNOWING.has(tokens[k + 1]?.lemma ?? '') &&
        statusClaimed(tokens, from, marker)),
  );
  let end = at;
  if (at >= 0 && tokens[at]!.lower === 'no') while (tokens[end + 1]?.pos === 'NOUN' || tokens[end + 1]?.pos === 'ADJ') end++;
  return end;
}

/** Choosing, as a verb: "decided not to raise it", "chose not to tell them". */
const DECIDING = new Set(['decide', 'choose', 'opt', 'prefer', 'want', 'agree']);

/** "logged it as on time when it was late", "told the client it was on order when I hadn't ordered it". */
function claimedAgainst(c: Clauses, i: number): ConductAct | null {
  const { tokens } = c;
  const t = tokens[i]!;
  // "wrote that the patient had eaten": a record with a clause says what a telling does.
  const telling = inClass(W.ASSURING, t) || (inClass(PUTTING, t) && tokens[i + 1]?.lower === 'that');
  if (!telling && !inClass(PUTTING, t)) return null;
  // A record claims a value ("as on time"); a telling claims a state ("it was", "the parts were").
  const claim = telling
    ? ahead(tokens, i, 8, (x) => x.pos === 'AUX' && (x.lemma === 'be' || x.lemma === 'have') && !x.negated)
    : ahead(tokens, i, 6, (x) => x.lower === 'as' && x.pos === 'ADP');
  if (claim < 0) return telling ? null : unrealEntry(c, i);
  if (tokens.slice(i + 1, claim).some((x) => x.pos === 'PUNCT')) return null;
  // "said it was on me", "told her it was my mistake": owning the failure, which the clause after
  // it goes on to explain, is the opposite of a lie.
  if (telling && owned(tokens, claim)) return null;
  const against = contradiction(tokens, claim + 1, telling);
  if (against < 0) return null;
  return { kind: telling ? 'deceive' : 'misrecord', ...clauseSpan(c, i, against), certain: false };
}

/** What owning a failure is said with: "on me", "my fault", "my mistake", "down to me". */
const FAULTS = W.wordSet('fault mistake error doing responsibility');

/** Right after the claim's verb at `claim`, the speaker owns the failure: "was on me", "was mine", "was my fault", "was down to me". */
function owned(tokens: readonly Token[], claim: number): boolean {
  const a = tokens[claim + 1]?.lower ?? '';
  const b = tokens[claim + 2]?.lower ?? '';
  // "told the editor that the headline was mine before he asked": the work claimed as the speaker's own.
  if (a === 'mine' || (a === 'on' && b === 'me') || (a === 'down' && b === 'to' && tokens[claim + 3]?.lower === 'me')) return true;
  // "my fault", "all my fault".
  const my = a === 'all' ? claim + 2 : claim + 1;
  return tokens[my]?.lower === 'my' && FAULTS.has(tokens[my + 1]?.lemma ?? '');
}

/** "booked the revenue although the contract wasn't signed": a record whose event the sentence denies. */
function unrealEntry(c: Clauses, i: number): ConductAct | null {
  const { tokens } = c;
  const marker = ahead(tokens, i, 8, (x) => ['although', 'though', 'before'].includes(x.lower));
  if (marker < 0 || tokens.slice(i + 1, marker).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')) return null;
  const verb = deniedVerb(tokens, marker + 1, 6);
  if (verb < 0 || !inClass(EVENTS, tokens[verb]!)) return null;
  // "filled out the incident form even though nothing happened to the patient": a harm that did
  // not come, reported all the same, is a near miss put on record, not an event the record invents.
  if (EXISTING.has(tokens[verb]!.lemma) && tokens.slice(marker + 1, verb).some((x) => x.lower === 'nothing')) return null;
  return { kind: 'misrecord', ...clauseSpan(c, i, verb), certain: false };
}

/** "let the trainee drive the forklift though he had no licence": another's act the speaker allowed, unlicensed. */
function allowedUnlicensed(c: Clauses, i: number): ConductAct | null {
  const { tokens } = c;
  if (!ALLOWING.has(tokens[i]!.lemma)) return null;
  const lacking = ahead(tokens, i, 14, (x, k) => {
    if (W.PERMITTED.has(x.lower) && x.negated && !['supposed', 'meant', 'allowed'].includes(x.lower)) return true;
    if (x.lemma === 'sign' && x.negated && tokens[k + 1]?.lower === 'off') return true;
    return W.PERMITS.has(x.lemma) && isNoun(x) && (tokens[k - 1]?.lower === 'no' || x.negated);
  });
  if (lacking < 0) return null;
  const between = tokens.slice(i + 1, lacking);
  // "…, he wasn't certified": a comma and the other's own clause say the same.
  const comma = between.findIndex((x, k) => x.lower === ',' && ['he', 'she', 'they'].includes(between[k + 1]?.lower ?? ''));
  if (comma < 0 && !between.some((x) => ['though', 'although', 'when', 'without', 'before'].includes(x.lower))) return null;
  return { kind: 'bypass', ...clauseSpan(c, i, lacking), certain: false };
}

const RULES: ReadonlySet<string> = new Set([...W.RULE_NOUNS, 'sop', 'guidance', 'limit']);
const LAPSES = W.wordSet('forget miss overlook misread misremember lose');

/** "I knew the policy said two signatures, but I signed it alone": a rule known, then the speaker's act against it. */
function knownRule(c: Clauses, i: number): ConductAct | null {
  const { tokens } = c;
  if (tokens[i]!.lemma !== 'know' || tokens[i]!.negated) return null;
  const rule = ahead(tokens, i, 3, (x) => isNoun(x) && RULES.has(x.lemma));
  const but = rule < 0 ? -1 : ahead(tokens, rule, 10, (x) => x.lower === 'but');
  if (but < 0 || !['i', 'we'].includes(tokens[but + 1]?.lower ?? '')) return null;
  const act = ahead(tokens, but + 1, 4, (x) => x.pos === 'VERB');
  if (act < 0 || tokens[act]!.negated || inClass(LAPSES, tokens[act]!) || !speakerDoes(c, act)) return null;
  return { kind: 'knowing', first: clauseSpan(c, i).first, last: clauseSpan(c, act).last, certain: false };
}

/** Updating or re-filing a record, and taking something out of a count. */
const FILING = W.wordSet('update tag mark record log enter code classify reclassify change amend alter adjust backdate');
const EXCLUDING = W.wordSet('exclude remove delete drop omit strip');
/** What a count can leave out: an outage, an incident, a complaint. */
const EVENTS_COUNTED = W.wordSet('outage incident complaint breach error failure defect miss near-miss fault result reading run case');

/** The subject noun of an agentless passive at `i` ("the outage was tagged … and excluded" for both verbs); undefined when none. */
function passiveSubject(c: Clauses, i: number): Token | undefined {
  const ev = eventAt(c, i);
  if (!ev || ev.negated || ev.modal || ev.agent) return undefined;
  if (ev.passive) return c.tokens.slice(ev.first, i).findLast((x) => isNoun(x));
  // A participle coordinated with a passive: "was marked as planned and left out".
  const before = c.tokens[ev.first - 1];
  const prior = eventAt(c, ev.first - 2);
  if (ev.first !== i || before?.pos !== 'CCONJ' || !prior?.passive || prior.agent) return undefined;
  return c.tokens
    .slice(prior.first, ev.first)
    .find((x, k, all) => isNoun(x) && (all[k + 1]?.lemma === 'be' || all[k + 1]?.lemma === 'get'));
}

/**
 * A record act told in an agentless passive, in the speaker's own story: "the service logs were changed to show
 * the checks as done before the inspection", "the downtime was marked as planned and left out", "the permit was
 * signed off from a phone picture". Nobody else is named as doing it, and the sentence says what was false.
 */
function passiveRecord(c: Clauses, i: number): ConductAct | null {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || t.negated || t.lower === t.lemma) return null;
  const subject = passiveSubject(c, i);
  if (!subject) return null;
  const as = ahead(
    tokens,
    i,
    8,
    (x, k) => x.lower === 'as' && (W.DONE_VALUES.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.pos === 'NUM'),
  );
  // Before a check ("before a customer audit"), or with the check in view ("when the audit was a week away").
  const checked = gamingAfter(tokens, -1) || tokens.some((x) => isNoun(x) && (x.lemma === 'audit' || x.lemma === 'inspection'));
  if (inClass(FILING, t) && as >= 0 && (checked || notDone(tokens)))
    return { kind: 'misrecord', ...clauseSpan(c, i, as + 1), certain: false };
  const standIn = gapFilled(tokens, i);
  if (standIn >= 0) return { kind: 'misrecord', ...clauseSpan(c, i, standIn + 1), certain: false };
  // "the form was ticked as if they had been": a record, by no one named, showing what did not happen.
  const unreal = inClass(W.RECORDING, t) ? madeAsIf(tokens, i) : -1;
  if (unreal >= 0) return { kind: 'misrecord', ...clauseSpan(c, i, unreal), certain: false };
  if (inClass(EXCLUDING, t) && nounIn(EVENTS_COUNTED, subject) && !nounIn(W.DATA_NOUNS, subject))
    return { kind: 'conceal', ...clauseSpan(c, i), certain: false };
  const hearsay = ahead(
    tokens,
    i,
    6,
    (x, k) => (x.lower === 'basis' && tokens[k - 1]?.lower === 'the') || (x.lower === 'on' && tokens[k + 1]?.lower === 'photos'),
  );
  // "…got signed off at the start of the shift, but the checks themselves weren't done": the sentence says what it vouched for did not happen.
  if (inClass(W.CERTIFY, t) && nounIn(W.RECORD_NOUNS, subject) && (hearsay >= 0 || unchecked(tokens, i) || notDone(tokens.slice(i + 1))))
    return { kind: 'misrecord', ...clauseSpan(c, i, Math.max(hearsay, i)), certain: false };
  return null;
}

const AS = new Set(['as']);
const FILLING = new Set(['fill', 'enter']);

/**
 * Whether passiveRecord can find anything in the sentence: a verb of filing with "as", a gap
 * filled (gapFilled needs "fill" or "enter"), a verb of excluding with an event counted as its
 * subject, or a verb of certifying with a record as its subject.
 */
function mayRecordPassively(tokens: readonly Token[]): boolean {
  return (
    (passes(tokens, FILING_CLASS) && passes(tokens, AS_LOWER)) ||
    passes(tokens, FILLING_LEMMA) ||
    (passes(tokens, EXCLUDING_CLASS) && passes(tokens, EVENTS_COUNTED_NOUN)) ||
    (passes(tokens, CERTIFY_CLASS) && passes(tokens, RECORD_NOUNS_NOUN)) ||
    (passes(tokens, RECORDING_CLASS) && passes(tokens, AS_LOWER))
  );
}

/** The verbs allowedUnlicensed tests, one list for the reading and its gate. */
const ALLOWING = new Set(['let', 'allow', 'send', 'ask', 'tell', 'have', 'get', 'put']);
const KNOW = new Set(['know']);
const BUT = new Set(['but']);
const NOT = new Set(['not']);

/**
 * Each reading with its gate, a test of the whole sentence that every act of the reading needs:
 * recordedUnreal a negated event (deniedRelative), claimedAgainst a marker of what was really so or
 * a denial cut short (contradiction, unrealEntry), knownRule "know", a rule and "but".
 */
const READINGS: readonly [(c: Clauses, i: number) => ConductAct | null, (t: readonly Token[]) => boolean][] = [
  [
    recordedUnreal,
    (t) => passes(t, EVENTS_CLASS) && t.some((x) => x.negated && (x.pos === 'VERB' || x.pos === 'AUX') && inClass(EVENTS, x)),
  ],
  [claimedAgainst, (t) => passes(t, REALLY_LOWER) || passes(t, NOT_LEMMA)],
  [knownRule, (t) => passes(t, KNOW_LEMMA) && passes(t, BUT_LOWER) && passes(t, RULES_LEMMA)],
];

/** The agentless passive record acts of one sentence: read whether or not the sentence names the speaker. */
export function passiveRecords(c: Clauses): ConductAct[] {
  const out: ConductAct[] = [];
  if (!mayRecordPassively(c.tokens)) return out;
  c.tokens.forEach((_t, i) => {
    const act = passiveRecord(c, i);
    if (act) out.push(act);
  });
  return out;
}

/** Every reading of this module in one sentence. */
export function untrueClaims(c: Clauses): ConductAct[] {
  const out: ConductAct[] = [];
  const { tokens } = c;
  // Only the readings whose gate passes are asked. An act allowed unlicensed needs a verb of
  // letting and something lacking: a permission or a sign-off negated, or a permit.
  // Pushed onto a literal: an empty .filter().map() result had another map than a filled one,
  // and reading its length sent untrueClaims back to the interpreter ("wrong map").
  const live: ((c: Clauses, i: number) => ConductAct | null)[] = [];
  for (const r of READINGS) if (r[1](tokens)) live.push(r[0]);
  const allowing =
    passes(tokens, ALLOWING_LEMMA) &&
    (passes(tokens, PERMITS_LEMMA) || tokens.some((x) => x.negated && (W.PERMITTED.has(x.lower) || x.lemma === 'sign')));
  if (live.length === 0 && !allowing) return out;
  c.tokens.forEach((_t, i) => {
    if (!verbish(c.tokens, i)) return;
    const allowed = allowing ? allowedUnlicensed(c, i) : null;
    if (allowed && speakerDoes(c, i)) out.push(allowed);
    for (const read of live) {
      const act = read(c, i);
      if (!act || !speakerDoes(c, i)) continue;
      out.push(act);
      return;
    }
  });
  return out;
}

/** What says the claim was not so, at the start of the next sentence: "They were actually…", "In fact…". */
const IN_TRUTH = new Set(['actually', 'really', 'fact', 'reality', 'truth']);

/**
 * "I told him the units were already in our warehouse. They were actually on a six-week lead time.":
 * a telling of the speaker's that claims a state, and the next sentence, opening on what was so,
 * says otherwise. The span is the telling's clause in `c`, or null.
 */
/** The speaker as the one told: "told myself", "assured ourselves". */
const SELF_TOLD = new Set(['myself', 'ourselves']);

export function toldThenDenied(c: Clauses, next: Clauses | null): { first: number; last: number } | null {
  if (next === null) return null;
  // Most sentences open with no word of what was really so: nothing to read, and nothing sliced.
  let truth = -1;
  for (let k = 0; k < Math.min(6, next.tokens.length); k++) {
    if (IN_TRUTH.has(next.tokens[k]!.lower)) {
      truth = k;
      break;
    }
  }
  if (truth < 0) return null;
  const opening = next.tokens.slice(0, 6);
  // What was so is told of the thing claimed, not by the speaker ("I actually rang him back").
  if (opening.slice(0, truth).some((x) => x.lower === 'i' || x.lower === 'we')) return null;
  if (!opening.some((x) => x.pos === 'AUX' || x.pos === 'VERB')) return null;
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    if (!inClass(W.ASSURING, tokens[i]!) || tokens[i]!.pos !== 'VERB' || !speakerDoes(c, i)) continue;
    // "I told myself the post was enough": what the speaker talked themselves into misled nobody else.
    if (SELF_TOLD.has(tokens[i + 1]?.lower ?? '')) continue;
    const claim = ahead(tokens, i, 8, (x) => x.pos === 'AUX' && (x.lemma === 'be' || x.lemma === 'have') && !x.negated);
    if (claim < 0 || tokens.slice(i + 1, claim).some((x) => x.pos === 'PUNCT')) continue;
    // The next sentence is about what was claimed: the same noun, or a pronoun that can stand for it.
    const claimed = tokens[claim - 1]!;
    const subject = opening.find((x) => x.pos === 'NOUN' || x.pos === 'PRON' || x.pos === 'PROPN');
    if (subject && sameThing(claimed, subject)) return clauseSpan(c, i, claim);
  }
  return null;
}

/** Whether `later` can name what `claimed` named: the same lemma, or "they" for a plural, "it" for a thing. */
function sameThing(claimed: Token, later: Token): boolean {
  if (later.lemma === claimed.lemma || later.lower === claimed.lower) return true;
  if (later.lower === 'they') return claimed.lower === 'they' || (isNoun(claimed) && claimed.lower !== claimed.lemma);
  if (later.lower === 'it') return claimed.lower === 'it' || (isNoun(claimed) && claimed.lower === claimed.lemma);
  return false;
}

/** The gates read above, each numbered once at load (see the gates in red-flag-grammar.ts). */
const ALLOWING_LEMMA = gate(ALLOWING, 'lemma');
const AS_LOWER = gate(AS, 'lower');
const BUT_LOWER = gate(BUT, 'lower');
const CERTIFY_CLASS = gate(W.CERTIFY, 'class');
const RECORDING_CLASS = gate(W.RECORDING, 'class');
const EVENTS_COUNTED_NOUN = gate(EVENTS_COUNTED, 'noun');
const EXCLUDING_CLASS = gate(EXCLUDING, 'class');
const FILING_CLASS = gate(FILING, 'class');
const FILLING_LEMMA = gate(FILLING, 'lemma');
const KNOW_LEMMA = gate(KNOW, 'lemma');
const NOT_LEMMA = gate(NOT, 'lemma');
const PERMITS_LEMMA = gate(W.PERMITS, 'lemma');
const EVENTS_CLASS = gate(EVENTS, 'class');
const REALLY_LOWER = gate(REALLY, 'lower');
const RECORD_NOUNS_NOUN = gate(W.RECORD_NOUNS, 'noun');
const RULES_LEMMA = gate(RULES, 'lemma');

/** Where a record sets a claim down: a word of writing or entering, a record noun, "saying" or "as". */
const SET_DOWN = new Set(['note', 'line', 'entry', 'log', 'sheet', 'form', 'record', 'comment', 'reason', 'code', 'label']);
// biome-ignore format: a word list reads best packed
const WORDING = new Set([
  'say', 'read', 'state', 'mark', 'label', 'code', 'record', 'log', 'enter', 'write', 'put', 'book', 'class', 'classify',
]);

/**
 * "i knew it wasnt a timing difference. the break was put into a suspense line with a note saying
 * timing difference": the speaker knew a thing was not so, and the next sentence sets that very
 * thing down on a record. The span is the knowing clause in `c`, or null. Whoever the next
 * sentence names as writing it ("it was put", "I noted"), the speaker knew it false.
 */
export function knownThenRecorded(c: Clauses, next: Clauses | null): { first: number; last: number } | null {
  if (next === null) return null;
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lemma !== 'know' || t.pos !== 'VERB' || t.negated || t.lower === 'know' || !speakerDoes(c, i)) continue;
    // "knew it wasn't …", "knew that it was not …": a denied state of the thing, in the next few words.
    const be = ahead(tokens, i, 4, (x) => x.lemma === 'be' && x.pos === 'AUX');
    if (be < 0 || !tokens.slice(be + 1, be + 3).some((x) => x.lemma === 'not')) continue;
    // What it was not: the nouns of the phrase after the denial, up to the clause's end.
    const named: string[] = [];
    for (let k = be + 1; k < tokens.length; k++) {
      const x = tokens[k]!;
      if (x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'SCONJ' || x.pos === 'CCONJ') break;
      if (isNoun(x)) named.push(x.lemma);
    }
    if (named.length === 0) continue;
    const later = next.tokens;
    // The same words, in order, set down in the next sentence.
    const at = later.findIndex((_x, k) => named.every((n, j) => later[k + j]?.lemma === n));
    if (at < 0) continue;
    const setDown = later
      .slice(Math.max(0, at - 4), at)
      .some((x) => WORDING.has(x.lemma) || x.lower === 'as' || (isNoun(x) && SET_DOWN.has(x.lemma)));
    if (setDown) return clauseSpan(c, i, be + named.length + 2);
  }
  return null;
}

/** Verbs of setting a figure down: "recording minus 12", "wrote 19 in the log". */
const SETTING_DOWN = new Set(['record', 'log', 'enter', 'write', 'put', 'mark', 'fill', 'note']);

/** "recording", "logging", "writing": a gerund of one of `verbs`, its stem with the doubled consonant or the "e" it dropped. */
function gerundOf(word: string, verbs: ReadonlySet<string>): boolean {
  if (!word.endsWith('ing')) return false;
  const stem = word.slice(0, -3);
  return verbs.has(stem) || verbs.has(stem.slice(0, -1)) || verbs.has(`${stem}e`);
}

/** The first figure in `tokens` from `from` up to `to`: its text, or null. */
function figureIn(tokens: readonly Token[], from: number, to: number): string | null {
  for (let k = Math.max(0, from); k <= Math.min(tokens.length - 1, to); k++) if (tokens[k]!.pos === 'NUM') return tokens[k]!.lower;
  return null;
}

/**
 * "I knew that recording minus 12 would mean quarantining sixty pallets. So I wrote minus 19 in the
 * log": the speaker knew the figure a record should carry, then set down another. The knowing
 * clause is in `c`; the record in `c` after it or in the next sentence. The span is the record's.
 */
export function knewFigureWroteAnother(c: Clauses, next: Clauses | null): { at: Clauses; first: number; last: number } | null {
  const { tokens } = c;
  const knew = tokens.findIndex((t, k) => t.lemma === 'know' && t.pos === 'VERB' && !t.negated && speakerDoes(c, k));
  if (knew < 0) return null;
  // "recording minus 12": the tagger may read the gerund as a noun, with itself as its lemma.
  const setting = ahead(tokens, knew, 4, (x) => SETTING_DOWN.has(x.lemma) || gerundOf(x.lower, SETTING_DOWN));
  const known = setting < 0 ? null : figureIn(tokens, setting + 1, setting + 3);
  if (known === null) return null;
  for (const at of next ? [c, next] : [c]) {
    const from = at === c ? setting + 4 : 0;
    for (let k = from; k < at.tokens.length; k++) {
      const t = at.tokens[k]!;
      if (!SETTING_DOWN.has(t.lemma) || t.pos !== 'VERB' || t.negated || !speakerDoes(at, k)) continue;
      const written = figureIn(at.tokens, k + 1, k + 3);
      if (written !== null && written !== known) return { at, ...clauseSpan(at, k, at.tokens.length - 1) };
    }
  }
  return null;
}

/** Acts that set a transaction's date or period: "moved", "shifted", "pushed", "backdated". */
const SHIFTING = new Set(['move', 'shift', 'push', 'pull', 'slide', 'change', 'backdate', 'redate', 're-date']);
/** Records of a transaction done, each belonging to the period it happened in. */
const TRANSACTIONS = new Set(['invoice', 'sale', 'revenue', 'expense', 'receipt', 'transaction', 'income', 'takings']);
/** Words that name another period than the transaction's own: "the next quarter", "the previous month". */
const OTHER_PERIOD = new Set(['next', 'previous', 'following', 'prior', 'last', 'other', 'new']);
const PERIOD_NOUNS = new Set(['quarter', 'qtr', 'month', 'year', 'period']);

/**
 * "I moved the invoice date into the next quarter in the system", "shifted two sales into the
 * previous month": a transaction's record, done, put into a period it did not happen in. Not a
 * plan moved ("moved the launch into the next quarter"), nor a process ("moved the invoice run to
 * next week"): the transaction noun heads its phrase, or is the "date" of one. The span, or null.
 */
export function movedToPeriod(c: Clauses): { first: number; last: number } | null {
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !SHIFTING.has(t.lemma) || t.negated || !speakerDoes(c, i)) continue;
    const record = ahead(tokens, i, 5, (x) => isNoun(x) && TRANSACTIONS.has(x.lemma));
    if (record < 0) continue;
    const next = tokens[record + 1];
    // "the invoice run", "the invoice batch": a process named by the record, whatever the tagger made of its head.
    if (next !== undefined && (isNoun(next) || next.pos === 'VERB') && next.lemma !== 'date') continue;
    const into = ahead(tokens, record, 4, (x) => x.lower === 'into' || x.lower === 'to' || x.lower === 'in');
    if (into < 0) continue;
    const period = ahead(
      tokens,
      into,
      4,
      (x, k) => PERIOD_NOUNS.has(x.lemma) && tokens.slice(into + 1, k).some((y) => OTHER_PERIOD.has(y.lower)),
    );
    if (period >= 0) return clauseSpan(c, i, period);
  }
  return null;
}

/** Acts of charging for goods: "charged him", "sold it", "billed the client". */
const CHARGING = new Set(['charge', 'sell', 'bill', 'invoice', 'price', 'pass', 'list', 'advertise']);
/** Words that tell goods not new: "used pads", "second-hand", "removed from another bike". */
const NOT_NEW = new Set(['used', 'second-hand', 'secondhand', 'refurbished', 'reconditioned', 'salvaged', 'removed']);

/** Words before "used" that make it a state: "opened and used", "lightly used", "a used…" (a form of "be" too: "were used"). */
const STATE_BEFORE = new Set(['ADV', 'DET', 'CCONJ']);
const BE_FORMS = new Set(['been', 'was', 'were', 'is', 'are']);
/** What may follow "as new": nothing more, or the goods ("as new ones", "as new stock"); not "as new business". */
const GOODS_AFTER = new Set(['ones', 'one', 'stock', 'goods', 'parts', 'items', 'units', 'condition']);

function goodsAfter(next: Token | undefined): boolean {
  return next === undefined || next.pos !== 'NOUN' || GOODS_AFTER.has(next.lower);
}

/**
 * A word of goods not new at `k`: "used" as a word of state ("used pads", "had been opened and
 * used"), not the verb with its subject ("I used the old form") nor "used to".
 */
function notNew(x: Token, k: number, all: readonly Token[]): boolean {
  if (!NOT_NEW.has(x.lower)) return false;
  // "removed from another bike": taken off something else, not a check "removed by mistake".
  if (x.lower === 'removed') return all[k + 1]?.lower === 'from';
  if (x.lower !== 'used') return true;
  if (all[k + 1]?.lower === 'to') return false;
  const before = all[k - 1];
  return x.pos === 'ADJ' || all[k + 1]?.pos === 'NOUN' || STATE_BEFORE.has(before?.pos ?? '') || BE_FORMS.has(before?.lower ?? '');
}

/**
 * "I fitted some used pads which I had removed from another bike, … and I charged him as new
 * ones": goods the speaker knew were not new, charged for as new. The goods' state told in this
 * sentence or the one before. The span, or null.
 */
export function passedOffAsNew(c: Clauses, before: Clauses | null): { first: number; last: number } | null {
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || t.negated) continue;
    // The tagger may leave a past form as its own lemma ("listed"): its stem is asked too.
    const charging = CHARGING.has(t.lemma) || (t.lower.endsWith('ed') && CHARGING.has(t.lower.slice(0, -2)));
    if (!charging || !speakerDoes(c, i)) continue;
    // "listed them on the website as new": the place it was offered may come between.
    const asNew = ahead(
      tokens,
      i,
      8,
      (x, k) =>
        (x.lower === 'new' || x.lower === 'brand-new') &&
        (tokens[k - 1]?.lower === 'as' || (tokens[k - 1]?.lower === 'brand' && tokens[k - 2]?.lower === 'as')) &&
        goodsAfter(tokens[k + 1]),
    );
    if (asNew < 0) continue;
    if (tokens.slice(0, i).some(notNew) || before?.tokens.some(notNew)) return clauseSpan(c, i, asNew);
  }
  return null;
}

/** Acts that complete a record: "filled in", "signed", "ticked", "dated". */
const COMPLETING = new Set(['fill', 'complete', 'sign', 'tick', 'date', 'initial', 'enter', 'write']);
/** Records checked by someone who comes to look. */
const RECORDS = new Set([...SET_DOWN, 'paperwork', 'chart', 'register', 'book', 'part', 'box', 'section', 'field']);
/** Words that tell the record done after the event it records. */
const AFTER_THE_FACT = new Set(['afterwards', 'afterward', 'retrospectively', 'retroactively', 'later']);
/** Entries left blank that a record is filled in with: "the missing days", "the gaps", "the blank entries". */
const GAPS = new Set(['missing', 'gaps', 'gap', 'blank', 'blanks', 'empty']);
/** Whoever comes to check the records, or their visit. */
// biome-ignore format: a word list reads best packed
const CHECKERS = new Set([
  'inspection', 'inspector', 'inspectors', 'audit', 'auditor', 'auditors', 'council', 'regulator', 'regulators', 'assessor',
]);
/** A visit is an inspection only when named so: "a health visit", "the council visit", not "my next visit". */
const INSPECTING_VISITS = new Set(['health', 'inspection', 'council', 'regulator', 'audit', 'hygiene', 'compliance']);
/** Words that say the late entry was shown as such: "flagged each gap", "marked it as a late entry", "not recorded". */
const DISCLOSING = new Set(['flagged', 'flag', 'noted', 'marked', 'told', 'reported', 'late', 'recorded', 'explained']);
/** Where entries left blank were filled from: "from memory", "the readings from the week before", "the usual figures". */
const MADE_UP = new Set([
  'memory',
  'guess',
  'guessed',
  'usual',
  'normal',
  'typical',
  'previous',
  'before',
  'last',
  'yesterday',
  'copied',
  'made',
]);

/** Whoever comes to check, at k: an inspection word, or a visit named as one. */
function checkerAt(tokens: readonly Token[], k: number): boolean {
  const x = tokens[k]!.lower;
  return CHECKERS.has(x) || ((x === 'visit' || x === 'visits') && INSPECTING_VISITS.has(tokens[k - 1]?.lower ?? ''));
}
/** What ties the record to the check: "so the paperwork was complete if the council come", "in case of an audit", "before the inspector". */
const FOR_CHECK = new Set(['so', 'if', 'case', 'before', 'for', 'when']);

/**
 * "i filled in the ID part on her consent form after, …, so the paperwork was complete if the
 * council come for inspection": the speaker completing a record after the event, for whoever comes
 * to check it. The record then shows a check as made that was not. Not a form filled afterwards
 * with no one to show it to ("I filled in the incident form afterwards"), nor "after the interruption",
 * a time. The span, or null.
 */
export function filledForInspection(c: Clauses): { first: number; last: number } | null {
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !COMPLETING.has(t.lemma) || t.negated || !speakerDoes(c, i)) continue;
    // The entries left blank, filled now ("filled in the missing days"), or a record filled after the
    // event: "after" closing its phrase ("on her consent form after, with the date"), or a word only after the fact.
    // Entries left blank count only where they were filled from what was not measured: "using the readings from the week before".
    const blank = ahead(tokens, i, 6, (x) => GAPS.has(x.lower));
    const gaps = blank >= 0 && ahead(tokens, blank, 10, (x) => MADE_UP.has(x.lower)) >= 0 ? blank : -1;
    const after =
      gaps >= 0
        ? gaps
        : ahead(tokens, i, 8, (x) => isNoun(x) && RECORDS.has(x.lemma)) < 0
          ? -1
          : ahead(
              tokens,
              i,
              10,
              (x, k) => AFTER_THE_FACT.has(x.lower) || (x.lower === 'after' && (tokens[k + 1]?.pos ?? 'PUNCT') === 'PUNCT'),
            );
    if (after < 0) continue;
    // The late entry shown as such ("flagged each gap", "marked it as a late entry") hides nothing.
    if (tokens.some((x) => DISCLOSING.has(x.lower))) continue;
    // For whoever comes to check: told after it ("… so the paperwork was complete if the council come")
    // or before it ("I heard a health visit was likely, so I filled in the missing days").
    const checker = ahead(
      tokens,
      after,
      16,
      (_x, k) => checkerAt(tokens, k) && tokens.slice(after + 1, k).some((y) => FOR_CHECK.has(y.lower)),
    );
    if (checker >= 0) return clauseSpan(c, i, checker);
    const earlier = tokens.findIndex(
      (_x, k) => k < i && checkerAt(tokens, k) && tokens.slice(k + 1, i).some((y) => FOR_CHECK.has(y.lower)),
    );
    if (earlier >= 0) return clauseSpan(c, i, after);
  }
  return null;
}

/** Acts that put a date on goods: "reprinted the labels with Saturday's date", "relabelled them with today's date". */
const DATING = new Set(['reprint', 'relabel', 'print', 'label', 'change', 'stick', 'put', 'date', 'redate', 're-date', 'swap', 'update']);
/** Words that tell goods older than the date they are given: "Friday's leftover bread", "yesterday's trays". */
const OLDER = new Set(['leftover', 'leftovers', 'yesterday', 'old', 'expired', 'day-old', 'unsold', 'stale']);
/** What is done with older goods that keeps them off sale: told beside new labels, these are the fix. */
const DISPOSING = new Set(['throw', 'bin', 'discard', 'dump', 'donate', 'destroy', 'scrap', 'waste', 'pull', 'remove']);
/** Days a date can be named by: "Saturday's date", "today's date". */
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow']);

/**
 * "we still had friday's leftover sourdough, so i just reprinted the labels w/ saturday's date":
 * goods told as older, then given a later day's date by the speaker. The span runs from the act to
 * the date. Not where the older goods are thrown out or pulled in the same sentence, and the new
 * labels are for what replaced them.
 */
export function redated(c: Clauses): { first: number; last: number } | null {
  const { tokens } = c;
  let older = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (DISPOSING.has(t.lemma) && t.pos === 'VERB') return null;
    if (older < 0 && (OLDER.has(t.lower) || (DAYS.has(t.lower) && tokens[k + 1]?.lower === "'s" && OLDER.has(tokens[k + 2]?.lower ?? ''))))
      older = k;
  }
  if (older < 0) return null;
  for (let i = older + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !DATING.has(t.lemma) || t.negated || !speakerDoes(c, i)) continue;
    // The date a later day's: "saturday's date", "today's date", a day other than the goods' own.
    const date = ahead(
      tokens,
      i,
      8,
      (x, k) => x.lemma === 'date' && isNoun(x) && tokens[k - 1]?.lower === "'s" && DAYS.has(tokens[k - 2]?.lower ?? ''),
    );
    if (date >= 0 && tokens[date - 2]!.lower !== tokens[older]!.lower) return clauseSpan(c, i, date);
  }
  return null;
}

/**
 * "I signed the sheet and tick that I saw him take the tablets. I did not see.": a record the
 * speaker made that says, in so many words, they did something ("that I saw", "to say I checked"),
 * and the next sentence that says they did not do it. The span runs from the record's act to what it claims.
 */
export function recordedThenDenied(c: Clauses, next: Clauses | null): { first: number; last: number } | null {
  if (next === null) return null;
  // The next sentence denies an act of the speaker's: "I did not see", "I hadn't checked".
  const denied = new Set<string>();
  next.events.forEach((e) => {
    if (e.actor === 'self' && e.negated && !e.modal && e.act !== null) denied.add(e.act);
  });
  if (denied.size === 0) return null;
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !inClass(W.CERTIFY, t) || t.negated || !speakerDoes(c, i)) continue;
    // What the record says: "that I saw…", "to say I checked…", within the clause that follows.
    for (let k = i + 1; k < Math.min(tokens.length - 1, i + 12); k++) {
      const x = tokens[k]!;
      if (x.pos === 'PUNCT' && x.lower !== ',') break;
      const says = (x.lower === 'that' && tokens[k + 1]?.lower === 'i') || (x.lower === 'say' && tokens[k - 1]?.lower === 'to');
      if (!says) continue;
      const claimed = tokens.findIndex((y, j) => j > k && j <= k + 4 && y.pos === 'VERB' && denied.has(y.lemma) && !y.negated);
      if (claimed >= 0) return clauseSpan(c, i, claimed);
    }
  }
  return null;
}
