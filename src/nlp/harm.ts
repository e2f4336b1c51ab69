/**
 * Harm: how another party's clause works against the speaker's work, read from the clause events
 * of clauses.ts. Blame-shifting weighs these against what the speaker owns.
 */
import type { Token } from './analyse.js';
import { OTHER_PRONOUNS, personRole, SPEAKER_OBJECTS, type ClauseEvent } from './clauses.js';
import { BODY_PARTS } from './faulted.js';

const ENDS_ED = /ed$/;
const ENDS_ING = /ing$/;

/**
 * How another party's clause works against the speaker's work, or null when it does not. Read
 * from the grammar and from closed classes of acts, never from who the party is:
 *
 * - withheld: a duty act negated ("the DBAs never told me", "HR wouldn't let me", "nobody flagged it")
 * - undid: an act that changes, removes or overrides the speaker's ground ("the CFO cut the budget")
 * - kept: a repeated act ("the writer kept sending revisions")
 * - late: a duty act told late or unannounced ("delivered two hours late", "moved it without telling us")
 * - wrong: a duty act that handed over the wrong thing ("gave me the wrong spec"), or work done badly ("handled it poorly")
 * - should: what the party ought to have done ("the dispatcher should have caught it", "the surveyor who was supposed to check")
 * - missed: the party missed a flaw ("the QA team missed the bug")
 * - if-only: the outcome hung on the party ("if the supplier had flagged the recall")
 * - pressed: the party's demand told as the reason for the speaker's act ("the editor wanted it first, so I ran it")
 *
 * Acts that happen to a party (lose, receive, suffer) are never harm: they make it a victim, and
 * an act it had to do ("had to cut the shift") is a compulsion.
 */
export type Harm = 'withheld' | 'undid' | 'kept' | 'late' | 'wrong' | 'should' | 'missed' | 'if-only' | 'pressed' | 'relied';

// biome-ignore format: a word list reads best packed, several entries a line
const DUTY_ACTS = new Set([
  'tell', 'warn', 'inform', 'flag', 'raise', 'check', 'test', 'review', 'send', 'give', 'deliver', 'provide', 'let', 'allow',
  'approve', 'reply', 'respond', 'answer', 'wait', 'follow', 'train', 'update', 'share', 'mention', 'escalate', 'catch', 'notice',
  'plan', 'order', 'sign', 'release', 'arrive', 'listen', 'read', 'fix', 'support', 'back', 'return', 'confirm', 'document',
  'explain', 'pass', 'chase', 'show', 'make', 'communicate', 'consult', 'include', 'copy', 'hand', 'publish', 'schedule', 'report',
  'forecast', 'book', 'turn', 'agree', 'bother', 'do', 'prepare', 'finish', 'complete', 'staff', 'hire', 'honour', 'honor',
  'keep', 'spot', 'verify', 'specify', 'define', 'set', 'fill', 'record', 'log', 'brief', 'help', 'cover', 'enter', 'write', 'note',
  'label', 'introduce', 'say', 'call', 'ring', 'phone', 'put', 'post',
]);
/** Duties only "nobody" leaves undone by not doing them: "nobody dealt with it", "no one stuck to it", not "that customer has not dealt with us since". */
const NOBODY_DUTIES = new Set(['deal', 'sort', 'action', 'chase', 'stick']);
// biome-ignore format: a word list reads best packed, several entries a line
const UNDOING_ACTS = new Set([
  'change', 'cut', 'move', 'withdraw', 'cancel', 'refuse', 'drop', 'pull', 'delay', 'overrule', 'override', 'ignore', 'forget',
  'reassign', 'skip', 'rush', 'scrap', 'shorten', 'slash', 'freeze', 'halve', 'abandon', 'renege', 'overbook', 'misread', 'mislabel',
  'botch', 'neglect', 'dump', 'block', 'veto', 'insist', 'turn', 'break', 'broken',
]);
const FLAWS = new Set(['bug', 'error', 'mistake', 'issue', 'problem', 'defect', 'discrepancy', 'typo', 'fault', 'deadline', 'flaw', 'gap']);
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
/** Words that open an indirect question: "what was wrong", "where it had gone wrong". */
const ASKED = new Set(['what', 'which', 'where', 'how', 'whether']);
const WRONG = new Set(['wrong', 'incorrect', 'outdated', 'inaccurate', 'faulty', 'misleading', 'stale', 'obsolete', 'superseded']);
const LATE = new Set(['late', 'overdue', 'belatedly']);
/** What a party acts on or from: the wrong thing after these came to it. */
const ACTED_ON = new Set(['on', 'from', 'using', 'off']);
/** What a party can miss that was promised to the speaker's work: "missed three milestones". Not a slot or a window, which a party misses as the failure's cost ("nine trailers missed their slots"). */
const COMMITMENTS = new Set(['milestone', 'handover']);
/** Work a party owes and hands over, beside the duty acts: "slow producing the bond", "slow processing the claim". */
const HANDED_OVER = new Set(['produce', 'process', 'pay', 'issue', 'supply', 'submit', 'action', 'fill']);
const GETTING = new Set(['get']);
/** A duty done late, told as the party's manner: "was slow to reply". */
const SLOW = new Set(['slow', 'late']);
const UNANNOUNCED = new Set(['tell', 'ask', 'warn', 'warning', 'consult', 'check', 'notice', 'inform']);

const NOBODY_SUBJECTS = new Set(['nobody', 'no one', 'none', 'noone', 'neither']);

/** What marks a thing withheld as more of what came before: "another project", "again", "any more". */
const REPEAT = new Set(['another', 'again', 'anymore', 'more', 'further']);

/**
 * "They never gave me another project", "the client didn't book us again": what a party stopped
 * giving after the failure is its consequence, not its cause. Read from the words after the act.
 */
export function repeatWithheld(after: readonly string[]): boolean {
  return after.slice(0, 4).some((w, i) => {
    if (!REPEAT.has(w)) return false;
    // "any more work", "no further jobs"; not "more detail" or "further notice" on their own.
    return (w !== 'more' && w !== 'further') || after[i - 1] === 'any' || after[i - 1] === 'no';
  });
}

/** "Nobody told me" withholds (its negation is in the subject); "nobody cancelled" undoes nothing. */
function harmOfNobody(tokens: readonly Token[], event: ClauseEvent): Harm | null {
  if (!event.act || !(actIn(DUTY_ACTS, event.act) || actIn(NOBODY_DUTIES, event.act)) || event.modal || event.negated) return null;
  // "nobody noticed for a week", "nobody spotted it until the stocktake": how long the failure went
  // unseen, with no guard named that failed. "Nobody caught it" still names a check that failed.
  if (event.act === 'notice' || event.act === 'spot') return null;
  const actAt = indexOfAct(tokens, event);
  // "nobody made me, i said yes": no one pressed the speaker, so the choice was theirs; not a duty left undone.
  if (event.act === 'make' && (tokens[actAt + 1]?.lower === 'me' || tokens[actAt + 1]?.lower === 'us')) return null;
  // "she said it was fine and nobody else noticed": nobody beside those named, which tells how far
  // the failure showed, not a guard that failed.
  if (tokens.slice(event.first, actAt).some((t) => t.lower === 'else')) return null;
  // "not the cleaner's fault, because nobody had told her": word kept from a third person, with no
  // party named, is as likely the speaker's own lapse as anyone's.
  return THIRD_PERSON_OBJECTS.has(tokens[actAt + 1]?.lower ?? '') ? null : 'withheld';
}

/** Acts of seeing a fault that is already there: a lapse in them finds a failure late, it does not cause one. */
export const DETECTING: ReadonlySet<string> = new Set(['catch', 'notice', 'spot']);

/**
 * What a party can keep doing to the speaker's work: changing, adding to, sending more of, asking
 * for more ("kept changing the spec", "kept adding stops"). Not acts that go the speaker's way or
 * no way ("kept giving me work", "kept using the old decks").
 */
// biome-ignore format: a word list reads best packed
const BURDENS = new Set(['add', 'send', 'ask', 'request', 'say', 'promise', 'push', 'call', 'email', 'chase', 'pile', 'revise', 'reopen', 'rewrite']);

/**
 * What a party can keep doing against the speaker's dealings, over and over: "kept contradicting her
 * instructions", "kept rejecting the drafts", "kept interrupting the handover". Told once, these
 * are a party's part in a story; kept up, they are the party made the cause.
 */
const COUNTERING = new Set(['contradict', 'reject', 'interrupt', 'undermine', 'overrule', 'override', 'undo', 'reverse', 'second-guess']);

/**
 * "Product kept adding requirements", "Legal kept moving the date": a team named bare, a capitalised
 * noun with no article or possessive before it, is a party even where the reader takes it for a
 * thing. Read only for a kept-up act ("kept adding"), where a thing rarely stands ("the tide kept rising").
 */
function bareTeam(tokens: readonly Token[], event: ClauseEvent, actAt: number): boolean {
  const head = tokens[event.first];
  return (
    event.nounSubject &&
    actAt === event.first + 1 &&
    head !== undefined &&
    (head.pos === 'NOUN' || head.pos === 'PROPN') &&
    head.text[0] !== head.lower[0] &&
    event.act === 'keep'
  );
}

/** A third person as the object right after an act. */
const THIRD_PERSON_OBJECTS = new Set(['him', 'her']);

/** How bad an outcome would have been: "it would have been serious". */
const GRAVE = new Set(['serious', 'bad', 'worse', 'disastrous', 'dangerous', 'fatal', 'catastrophic', 'terrible', 'awful', 'costly']);

/**
 * "if another patient had caught it, it would have been very serious": the condition names a worse
 * outcome that was avoided, the stakes of the failure, not a lapse the outcome hung on. Read from
 * the words after the condition, up to the end of the sentence.
 */
function graverOutcome(tokens: readonly Token[], event: ClauseEvent): boolean {
  for (let k = event.last + 1; k < tokens.length - 2; k++) {
    if (tokens[k]!.lower !== 'would' && tokens[k]!.lower !== "'d") continue;
    const rest = tokens.slice(k + 1, k + 7);
    // "it would not have been so bad", "far less costly": the outcome hung on the party after all.
    if (rest.some((t) => t.lemma === 'not' || t.lower === 'less' || t.lower === 'so')) continue;
    if (rest.some((t) => t.lower === 'been') && rest.some((t) => GRAVE.has(t.lower))) return true;
  }
  return false;
}

/** What the speaker's side would have done, had the party done its part: "we would have caught it", "I'd have spotted it". */
const AVERTING = new Set([
  'catch',
  'spot',
  'notice',
  'see',
  'find',
  'pick',
  'prevent',
  'avoid',
  'stop',
  'save',
  'know',
  'realise',
  'realize',
]);
/** The failure itself as the subject of the outcome denied: "none of this would have happened", "nothing would have gone wrong". */
const NOTHING = new Set(['none', 'nothing', 'no']);
/** The failure told as a thing: "it wouldn't have happened", "that would never have gone out". */
export const THE_FAILURE: ReadonlySet<string> = new Set(['it', 'this', 'that', 'which']);
/** The speaker's side as the outcome's subject. */
const OUR_SIDE = new Set(['i', 'we']);
/** Failing acts the speaker's side would not have done: "we wouldn't have missed the slot", "I'd never have sent it". */
const FAILING = new Set(['miss', 'lose', 'fail', 'happen', 'go', 'overrun', 'slip', 'break', 'crash', 'ship', 'send', 'run', 'make']);

/**
 * "If the contractor had serviced the pump, none of this would have happened", "had planning sent
 * the update, we would have caught it": the outcome beside the condition says the failure would
 * not have happened, so the condition names what it hung on, whatever the act. Read from the
 * clause with "would have" outside the condition, before it or after: the failure denied ("none of
 * this would have happened", "it wouldn't have gone out", "we wouldn't have missed the slot"), or
 * a catch the speaker's side would have made ("we would have caught it"). "I wouldn't have
 * hesitated" denies no failure, and "she would have caught it" is the party's catch, not ours.
 */
export function avertedOutcome(tokens: readonly Token[], event: ClauseEvent): boolean {
  const act = indexOfAct(tokens, event);
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'would' && t.lower !== "'d") continue;
    // Inside the condition's own clause only where speech ran the outcome on without a comma, its
    // subject right before it: "if the loaders had done their job it never would've happened".
    if (k >= event.first && k <= event.last && !(k > act + 1 && outcomeSubjectBefore(tokens, k))) continue;
    // "would have", "would not have", "wouldn't have", "would never have", "would've".
    let h = k + 1;
    // "never would've", as speech puts it, denies it too.
    const denied = tokens[h]?.lemma === 'not' || tokens[h]?.lower === 'never' || tokens[k - 1]?.lower === 'never';
    if (tokens[h]?.lemma === 'not' || tokens[h]?.lower === 'never') h++;
    if (tokens[h]?.lower !== 'have' && tokens[h]?.lower !== "'ve") continue;
    // The outcome's subject, at most three words before: "none of this", "nothing", "it", "we".
    const before = tokens.slice(Math.max(0, k - 3), k);
    // "that" as the tagger may take it, a conjunction: "…in the first place, that wouldn't have happened".
    const subject =
      before.findLast((s) => s.pos === 'PRON' || s.pos === 'NOUN' || NOTHING.has(s.lower) || THE_FAILURE.has(s.lower))?.lower ?? '';
    if (before.some((s) => NOTHING.has(s.lower))) return true;
    const verb = tokens.slice(h + 1, Math.min(tokens.length, h + 4)).find((s) => s.pos === 'VERB');
    if (!verb) continue;
    if (denied && (THE_FAILURE.has(subject) || (OUR_SIDE.has(subject) && FAILING.has(verb.lemma)))) return true;
    if (!denied && OUR_SIDE.has(subject) && AVERTING.has(verb.lemma)) return true;
  }
  return false;
}

/** A pronoun or "none"/"nothing" right before "would" (or before "never would"): an outcome's own subject. */
function outcomeSubjectBefore(tokens: readonly Token[], k: number): boolean {
  const at = tokens[k - 1]?.lower === 'never' ? k - 2 : k - 1;
  const s = tokens[at];
  return s !== undefined && (s.pos === 'PRON' || NOTHING.has(s.lower) || THE_FAILURE.has(s.lower)) && s.lower !== 'their';
}

/** The token index of the clause's act, or its first token when the act is not found. */
function indexOfAct(tokens: readonly Token[], event: ClauseEvent): number {
  for (let i = event.first; i <= event.last; i++) {
    const t = tokens[i]!;
    if (t.lemma === event.act && (t.pos === 'VERB' || t.pos === 'AUX')) return i;
  }
  return event.first;
}

/** Harm told after the act: a repeated act, lateness, a flaw missed, the wrong thing handed over. */
function harmAround(tokens: readonly Token[], event: ClauseEvent): Harm | null {
  const after = tokens.slice(indexOfAct(tokens, event) + 1, event.last + 1);
  // "kept changing the spec", not "kept running until Tuesday".
  const kept = after[0];
  if (
    event.act === 'keep' &&
    kept?.lower.endsWith('ing') &&
    OBJECT_START.has(after[1]?.pos ?? '') &&
    (actIn(BURDENS, kept.lemma) || actIn(UNDOING_ACTS, kept.lemma) || actIn(COUNTERING, kept.lemma))
  )
    return 'kept';
  if (unannounced(after)) return 'late';
  // "put the set on a national promotion without increasing our stock": the act done with a step
  // it needed left out, the step told as a gerund with its object.
  if (after.some((t, i) => t.lower === 'without' && leftOutStep(after, i + 1))) return 'wrong';
  // "delivered two hours late", not "kept late hours".
  const late = after.some((t, i) => LATE.has(t.lower) && after[i + 1]?.pos !== 'NOUN');
  if (late && event.act && actIn(DUTY_ACTS, event.act)) return 'late';
  if (event.act === 'miss' && after.slice(0, 4).some((t) => FLAWS.has(t.lemma) || COMMITMENTS.has(t.lemma))) return 'missed';
  // "gave me the wrong spec", "sent us drawings two revisions out of date".
  // Not what the party acted on ("set the budget on the wrong numbers", "worked from outdated drawings"):
  // the wrong thing came to them, the cost of the failure rather than its cause.
  // Nor the fault named in a question the party answered: "the first call told me what was wrong".
  const handedWrong = after.some(
    (t, i) =>
      WRONG.has(t.lower) &&
      !ACTED_ON.has(after[i - 1]?.lower ?? '') &&
      !ACTED_ON.has(after[i - 2]?.lower ?? '') &&
      !after.slice(Math.max(0, i - 4), i).some((x) => ASKED.has(x.lower)),
  );
  if (event.act && actIn(DUTY_ACTS, event.act) && handedWrong) return 'wrong';
  // "the caterers loaded the meals into the wrong trolley", "the courier took it to the wrong depot":
  // any act of the party's done to the wrong thing or place, the word of wrong right after the act's
  // article or preposition, in the past, not a state.
  if (event.act && !NOT_DOING.has(event.act) && !event.negated && !event.modal && !event.subjectMine && wrongTarget(after)) return 'wrong';
  return null;
}

/** Acts that do nothing to anything: "they had the wrong form", "she got the wrong end of it", "came on the wrong day". */
// biome-ignore format: a word list reads best packed
const NOT_DOING = new Set([
  'be', 'have', 'get', 'come', 'go', 'arrive', 'turn', 'show', 'end', 'receive', 'find', 'think', 'feel', 'say', 'tell', 'ask',
  'look', 'seem', 'wait', 'stand', 'sit', 'live', 'work', 'use',
]);
/** Words that lead to what an act was done to: "into the wrong trolley", "to the wrong depot", "the wrong dose". */
// Not "on" or "with": "set the budget on the wrong numbers" tells what the party worked from (see ACTED_ON).
const TARGET_LEADS = new Set(['into', 'to', 'onto', 'in', 'at', 'for', 'under']);

/** Where the act was aimed, called wrong: "into the wrong trolley", "to the wrong depot" (WRONG after a preposition and "the" or "a"). */
function wrongTarget(after: readonly Token[]): boolean {
  for (let i = 0; i < Math.min(after.length, 10); i++) {
    const t = after[i]!;
    // A gerund names a party's trade inside a by-phrase ("by the catering company"); any other verb starts a clause of its own.
    if ((t.pos === 'VERB' && !t.lower.endsWith('ing')) || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ')
      return false;
    if (t.lower !== 'wrong' && t.lower !== 'incorrect') continue;
    const det = after[i - 1];
    if (det?.lower !== 'the' && det?.lower !== 'a') return false;
    const lead = after[i - 2];
    // Only a place or a thing the act was aimed at: "quoted the wrong figure" may be the failure's
    // cost, a wrong thing that reached the party, where "took it to the wrong depot" is the party's own slip.
    return lead !== undefined && TARGET_LEADS.has(lead.lower);
  }
  return false;
}

/** Errors made: "made two mistakes", "making those sorts of errors". */
const ERRORS = new Set(['error', 'mistake', 'blunder', 'slip']);

const MAKING = new Set(['make']);
/** Verbs of the "mis-" family that are no error done: "miss" is its own word, a miscarriage no act of a party's. */
const MIS_NOT_ERRORS = new Set(['miss', 'miscarry', 'mist', 'mistrust']);
/** Acts that muddle one thing with another: "mixed up", "confused our order with theirs". */
const MUDDLING = new Set(['mix', 'muddle', 'confuse', 'jumble']);

/**
 * The act at `actAt` is an error in itself, told in the past: a verb of the "mis-" family
 * ("misrouted", "mislabelled", "misread"), a muddle ("mixed up our order", "confused the two
 * sites"), or a thing handed over in place of the right one ("sent M25 instead of M35").
 */
function erred(tokens: readonly Token[], event: ClauseEvent, actAt: number): boolean {
  const act = tokens[actAt]!;
  // Told as done: "mixed", "sent", "mislabelled" (a form the lexicon does not list is its own lemma), not
  // the present of a habit ("they mix them up sometimes").
  if ((act.lower === act.lemma && !act.lower.endsWith('ed')) || (act.lower.endsWith('s') && !act.lower.endsWith('ss'))) return false;
  const lemma = event.act ?? act.lemma;
  if (lemma.length > 5 && lemma.startsWith('mis') && !MIS_NOT_ERRORS.has(lemma)) return true;
  if (MUDDLING.has(lemma))
    return lemma !== 'mix' || tokens.slice(actAt + 1, Math.min(actAt + 5, event.last + 1)).some((t) => t.lower === 'up');
  if (!actIn(DUTY_ACTS, lemma) && !actIn(HANDED_OVER, lemma)) return false;
  for (let k = actAt + 1; k < event.last; k++) {
    const t = tokens[k]!;
    if (t.lower === 'instead' && tokens[k + 1]?.lower === 'of') return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/** Acts by which someone changes another's mind: told before "they changed their mind", the change is the fix. */
const PERSUADING = new Set(['show', 'explain', 'convince', 'persuade', 'talk', 'walk', 'present', 'reassure', 'demonstrate']);
/** Subjects that take in everyone, the speaker too: "everyone made mistakes that week". */
const EVERYONE = new Set(['everyone', 'everybody', 'anyone', 'anybody']);
/** Words before the errors that deny or share them: "made no mistakes", "made the same mistake I had". */
const NOT_THEIRS = new Set(['no', 'few', 'same', 'any']);

/** The act at `actAt` makes errors: one of ERRORS heads its object, within five words, not denied or shared. */
function madeErrors(tokens: readonly Token[], actAt: number): boolean {
  for (let k = actAt + 1; k <= actAt + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (NOT_THEIRS.has(t.lower)) return false;
    if (ERRORS.has(t.lemma) && t.pos === 'NOUN') return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return false;
  }
  return false;
}

/** The clause tells its subject making errors: "the fitter made an error", "the agency had made two mistakes". */
export function errorsMadeIn(tokens: readonly Token[], event: ClauseEvent): boolean {
  return event.act === 'make' && !event.negated && !event.modal && !event.passive && madeErrors(tokens, indexOfAct(tokens, event));
}

/** "changed their mind", "changed his mind again": the party's own decision reversed. */
function changedMind(tokens: readonly Token[], actAt: number): boolean {
  const whose = tokens[actAt + 1]?.lower ?? '';
  return (THEIRS.has(whose) || whose === 'his' || whose === 'her') && tokens[actAt + 2]?.lemma === 'mind';
}

/** A gerund with an object after it, from `at`: "increasing the stock", "reading it". */
function leftOutStep(words: readonly Token[], at: number): boolean {
  const gerund = words[at];
  const object = words[at + 1];
  if (!gerund?.lower.endsWith('ing') || (gerund.pos !== 'VERB' && gerund.pos !== 'NOUN') || !object) return false;
  return object.pos === 'DET' || object.pos === 'PRON' || (object.pos === 'NOUN' && gerund.pos === 'VERB');
}

/**
 * Acts a party may do to its own dealings, the cost of a failure rather than its cause: "the client
 * cancelled the order", "the manufacturer refused the warranty". Refusing what the speaker asked
 * for without saying it was ours ("refused the extra testers") is read so too, a known miss.
 */
const WITHDRAWING = new Set(['cancel', 'withdraw', 'pull', 'drop', 'abandon', 'scrap', 'refuse', 'turn']);
const OURS = new Set(['our', 'my', 'us', 'me']);
/** A party's own: "their licences", "its order". */
const THEIRS = new Set(['their', 'its', 'theirs']);

/**
 * An act of withdrawing harms the speaker's work only when it takes something of theirs: "cancelled
 * four of our fixtures". No undoing harms it when its object is the party's own ("cut their licences").
 */
function takesOurs(tokens: readonly Token[], event: ClauseEvent, actAt: number): boolean {
  // "They cut their licences by 40 percent": what a party does to its own things is the cost of the failure, not its cause.
  if (THEIRS.has(tokens[actAt + 1]?.lower ?? '')) return false;
  // "turned down my request": only "turn down" refuses.
  if (event.act === 'turn' && tokens[actAt + 1]?.lower !== 'down') return false;
  if (!event.act || !actIn(WITHDRAWING, event.act)) return true;
  // "refused to fix the leak": a refusal to act works against the speaker whatever it names.
  if (event.act === 'refuse' && tokens[actAt + 1]?.lower === 'to') return true;
  return tokens.slice(actAt + 1, event.last + 1).some((t) => OURS.has(t.lower));
}

/** An act owed to others, by its lemma: "tell", "send", "check", "put", "log" (DUTY_ACTS). */
export function dutyAct(act: string): boolean {
  return actIn(DUTY_ACTS, act);
}

/**
 * The act's lemma, with a form the lexicon left as it is taken back to its stem: a past ("fixed")
 * or a participle ("changing", "cutting", "moving"): -ing off, a silent e put back, a doubled
 * letter made single.
 */
export function actIn(acts: ReadonlySet<string>, act: string): boolean {
  if (acts.has(act)) return true;
  if (ENDS_ED.test(act)) return acts.has(act.slice(0, -2)) || acts.has(act.slice(0, -1));
  if (!ENDS_ING.test(act) || act.length < 6) return false;
  const stem = act.slice(0, -3);
  return acts.has(stem) || acts.has(`${stem}e`) || (stem.at(-1) === stem.at(-2) && acts.has(stem.slice(0, -1)));
}

/** What may follow "broke" when nothing of the speaker's is broken: "broke down", "broke even", "broke the news", "broke it into". */
const BREAK_NOT_HARM = new Set(['down', 'even', 'up', 'off', 'away', 'through', 'out', 'into', 'news', 'ground', 'records', 'record']);

/** Acts of losing a thing. */
const LOSING = new Set(['lose', 'misplace', 'mislay']);
/** What is lost in a contest or of one's own mind, not a thing in someone's keeping: "lost the bid", "lost the plot". */
const CONTESTS = new Set([
  'game',
  'match',
  'race',
  'vote',
  'battle',
  'argument',
  'plot',
  'thread',
  'bid',
  'tender',
  'case',
  'appeal',
  'toss',
]);
/** A share of everything, lost as a whole: "they lost the lot", "lost the rest", "lost the money". */
const WHOLES = new Set(['lot', 'rest', 'whole', 'majority', 'bulk', 'lead', 'money']);
/** What a party loses as the failure's cost, never a thing in its keeping: "lost the chance of a 6", "lost the deposit". */
// biome-ignore format: a word list reads best packed
const SUFFERED = new Set(['chance', 'opportunity', 'place', 'deposit', 'sale', 'grade', 'mark', 'day', 'week', 'sleep', 'confidence', 'trust', 'faith', 'patience', 'use']);

/**
 * "His agent lost the paperwork", "the courier misplaced our samples": a party losing a thing in
 * its keeping, named as a particular one ("the", "our", "my"). Not a loss the party suffers: "lost
 * £2,000", "lost interest", "lost their jobs", "lost two customers", "lost the client", "lost the lot".
 */
function lostInCustody(tokens: readonly Token[], actAt: number): boolean {
  if (!ENDS_ED.test(tokens[actAt]!.lower) && tokens[actAt]!.lower !== 'lost') return false;
  const det = tokens[actAt + 1];
  if (!det || !(det.lower === 'the' || OURS.has(det.lower))) return false;
  let k = actAt + 2;
  while (tokens[k]?.pos === 'ADJ') k++;
  const head = tokens[k];
  if (head?.pos !== 'NOUN') return false;
  // The head of a compound: "the signage paperwork".
  while (tokens[k + 1]?.pos === 'NOUN') k++;
  const noun = tokens[k]!;
  return !personRole(noun.lemma) && !CONTESTS.has(noun.lemma) && !WHOLES.has(noun.lemma) && !SUFFERED.has(noun.lemma);
}

const AGAINST_ADVICE = new Set(['anyway', 'regardless', 'anyhow']);
/** Acts that carry a piece of work forward: done "anyway", they overrule whoever advised against. */
const PROCEEDING = new Set(['push', 'go', 'proceed', 'launch', 'ship', 'deploy', 'run', 'use', 'approve', 'sign', 'submit', 'start']);

/** Acts that put a piece of work out to its users: "pushed it out", "rolled the system out", "released the update". */
const RELEASING = new Set(['push', 'roll', 'release', 'ship', 'launch', 'deploy', 'publish', 'send', 'put']);
/** What a thing was not yet when it went out: "before it was ready", "before it had been tested". */
const FIT = new Set(['ready', 'finished', 'done', 'complete', 'tested', 'checked', 'approved', 'signed', 'fixed', 'stable']);

/**
 * "head office pushed it out before it was ready", "the vendor released the update before it had been
 * tested": a party's release of a thing not yet fit for use, the cause of what went wrong with it.
 * "before it was ready" must follow the act within its clause, the thing the subject of "was".
 */
function releasedUnfit(tokens: readonly Token[], actAt: number): boolean {
  const before = tokens.findIndex((t, k) => k > actAt && k <= actAt + 8 && t.lower === 'before');
  // No other clause between: a verb read after a noun or a determiner is the tagger's noun ("the payroll update").
  const otherVerb = (t: Token, k: number): boolean =>
    t.pos === 'VERB' && !['DET', 'NOUN', 'ADJ', 'PROPN'].includes(tokens[actAt + 1 + k - 1]?.pos ?? '');
  if (before < 0 || tokens.slice(actAt + 1, before).some((t, k) => t.pos === 'PUNCT' || otherVerb(t, k))) return false;
  const subject = tokens[before + 1];
  if (!subject || !['it', 'they', 'this', 'that'].includes(subject.lower)) return false;
  for (let k = before + 2; k < Math.min(tokens.length, before + 6); k++) {
    const t = tokens[k]!;
    if (FIT.has(t.lower)) return !tokens.slice(before + 2, k).some((x) => x.lemma === 'not');
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/**
 * The party a passive's by-phrase names: a name, a person's pronoun, or a noun of a person's role
 * ("by the CFO", "by the site manager"); not a count ("by two days") nor a thing ("by the checks").
 */
function byParty(tokens: readonly Token[], event: ClauseEvent, actAt: number): boolean {
  for (let i = actAt + 1; i < event.last; i++) {
    if (tokens[i]!.lower !== 'by') continue;
    let k = i + 1;
    while (k <= event.last && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k++;
    if (tokens[k]?.pos === 'NUM') return false;
    // The head of the by-phrase: the last noun of its compound ("by the night shift lead").
    while (k + 1 <= event.last && (tokens[k + 1]!.pos === 'NOUN' || tokens[k + 1]!.pos === 'PROPN')) k++;
    const head = tokens[k];
    if (!head) return false;
    return head.pos === 'PROPN' || OTHER_PRONOUNS.has(head.lower) || (head.pos === 'NOUN' && personRole(head.lemma));
  }
  return false;
}

/** The passive lands on the speaker's side: "I was never told", "it was never handed over to me". */
function toSpeaker(event: ClauseEvent): boolean {
  return event.onSpeaker || event.actor === 'self' || event.actor === 'group';
}

/**
 * A passive whose by-phrase names the party: "was pulled midway by the finance director" undoes, "was never
 * handed over to me by the night manager" withholds. Without one, only word or work never passed to the
 * speaker's side withholds ("the panel status was never handed over to me", "we weren't told"): someone
 * had it to pass. Any other passive without one is passive-dodge's to read.
 */
function passiveHarm(tokens: readonly Token[], event: ClauseEvent): Harm | null {
  if (!event.act || event.modal) return null;
  if (!event.agent) return event.negated && actIn(BRIEFING, event.act) && toSpeaker(event) ? 'withheld' : null;
  const actAt = indexOfAct(tokens, event);
  if (event.negated) return actIn(DUTY_ACTS, event.act) && byParty(tokens, event, actAt) ? 'withheld' : null;
  if (actIn(UNDOING_ACTS, event.act) && byParty(tokens, event, actAt) && takesOurs(tokens, event, actAt)) return 'undid';
  // "the meals were loaded by the caterers into the wrong trolley": the party's act done to the wrong place.
  const after = tokens.slice(actAt + 1, event.last + 1);
  if (!NOT_DOING.has(event.act) && byParty(tokens, event, actAt) && wrongTarget(after)) return 'wrong';
  // "the update was pushed by head office without informing us": done by the party with no word to the speaker's side,
  // as the active "they pushed it without telling us" is.
  return unannounced(after) && byParty(tokens, event, actAt) ? 'late' : null;
}

/** "…without telling us", "…without any warning": done with no word to anyone first. */
function unannounced(after: readonly Token[]): boolean {
  return after.some((t, i) => t.lower === 'without' && UNANNOUNCED.has(after[i + 1]?.lemma ?? ''));
}

/** Who an act is done to, between it and its object: "gave us no warning". */
const RECIPIENTS = new Set(['me', 'us', 'him', 'her', 'them', 'anyone', 'anybody']);

/** Acts of handing something over: what they hand over can be nothing ("gave us no warning"). */
// biome-ignore format: a word list reads best packed
const HANDING = new Set([
  'send', 'give', 'provide', 'deliver', 'share', 'hand', 'pass', 'return', 'tell', 'warn', 'brief', 'train', 'explain', 'show',
]);
/**
 * Acts of passing word or work to someone: the handing acts and the ways of keeping someone
 * informed. Never done to the speaker, someone failed to do them.
 */
const BRIEFING = new Set([...HANDING, 'inform', 'notify', 'copy', 'update', 'consult']);
/** The parts of speech of a noun phrase after "no" or "none": "no major changes", "none of the servers". */
const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET', 'ADV']);
/** "no fewer than six", "no more than two days": a measure, not nothing. */
const MEASURE_AFTER_NO = new Set(['fewer', 'less', 'more', 'later', 'sooner', 'longer']);

/**
 * The act hands over nothing: "sent nothing till two days before", "gave us no warning". Its
 * object, right after the act and any recipient, is "nothing", "none" or "no" with a noun phrase
 * that no verb follows: not "told me nothing was wrong" or "told us no major changes were planned",
 * where the phrase is the subject of what was told, nor "none of the servers were patched", nor
 * "no fewer than six requests".
 */
function nothingHandedOver(tokens: readonly Token[], event: ClauseEvent, actAt: number): boolean {
  if (!event.act || !HANDING.has(event.act)) return false;
  let k = actAt + 1;
  while (k <= event.last && RECIPIENTS.has(tokens[k]!.lower)) k++;
  const object = tokens[k];
  if (!object || k > event.last) return false;
  const word = object.lower;
  if (word !== 'nothing' && word !== 'none' && word !== 'no') return false;
  if (word === 'no' && MEASURE_AFTER_NO.has(tokens[k + 1]?.lower ?? '')) return false;
  // The end of the phrase: its modifiers and nouns, or "of" and the group ("none of the servers").
  let end = k + 1;
  while (end <= event.last && PHRASE_POS.has(tokens[end]!.pos)) end++;
  if (word === 'no' && end === k + 1) return false;
  if (tokens[end]?.lower === 'of') return false;
  const next = tokens[end];
  return !(next && (next.pos === 'AUX' || next.pos === 'VERB'));
}

const QUESTION_WORDS = new Set(['who', 'what', 'why', 'whose', 'which', 'whether', 'how']);

/** What opens a concession after a clause: "even though", "although", "despite". */
const CONCEDING = new Set(['though', 'although', 'despite']);
/** Verbs that lay a duty on the party, told in a passive: "had been told to", "were supposed to". */
const LAID_ON = new Set(['tell', 'ask', 'instruct', 'suppose', 'require', 'mean', 'remind', 'train']);

/**
 * "the subs didn't query it even though they'd been told to check", "nobody rang despite being asked
 * to": what the party did not do was theirs to do, as the concession after it says, whatever the
 * verb. Read from the end of the clause to the next stop.
 */
function dutyConceded(tokens: readonly Token[], event: ClauseEvent): boolean {
  const from = event.last + 1;
  for (let i = from; i < Math.min(tokens.length, from + 3); i++) {
    if (tokens[i]!.pos === 'PUNCT' && tokens[i]!.lower !== ',') return false;
    if (!CONCEDING.has(tokens[i]!.lower)) continue;
    for (let k = i + 1; k < Math.min(tokens.length - 1, i + 8); k++) {
      const t = tokens[k]!;
      if (t.pos === 'PUNCT' && t.lower !== ',') return false;
      if (t.negated) return false;
      const passive = tokens[k - 1]?.lemma === 'be' || tokens[k - 1]?.lower === 'been' || tokens[k - 1]?.lower === 'being';
      if (LAID_ON.has(t.lemma) && passive && tokens[k + 1]?.lower === 'to') return true;
    }
    return false;
  }
  return false;
}

/**
 * "the triage nurse hadn't asked him": a question a party did not put. A request not made is no
 * lapse ("nobody asked me to skip it"), and an asking that happened harms nobody.
 */
function questionNotPut(tokens: readonly Token[], event: ClauseEvent, actAt: number): boolean {
  if (event.act !== 'ask' || !event.negated) return false;
  // "never asked who was responsible": a question the party chose not to put is no lapse either.
  for (let i = actAt + 1; i <= Math.min(event.last, actAt + 3); i++) {
    const t = tokens[i]!;
    if (t.lower === 'to' || t.lower === 'for' || QUESTION_WORDS.has(t.lower)) return false;
  }
  return true;
}

/** The present forms of "do" that carry a negation: "who doesn't reply", "who don't turn up". */
const PRESENT_DO = new Set(['do', 'does']);

/** Acts of doing work for someone, that can be done badly ("handled the handover poorly"); not "reacted badly" or "took it badly". */
// biome-ignore format: a word list reads best packed
const HANDLING = new Set([
  'handle', 'manage', 'run', 'organise', 'organize', 'coordinate', 'build', 'execute', 'implement', 'install', 'pack', 'load', 'draft',
]);
/** How an act was done badly: "handled the handover poorly". */
const BADLY = new Set(['badly', 'poorly', 'carelessly', 'sloppily', 'incorrectly', 'wrongly', 'incompetently']);

/** Where a party goes, not what it undoes: "the companies moved forward", "they dropped out of range". */
const ONWARD = new Set(['forward', 'forwards', 'ahead', 'along', 'around', 'onward', 'onwards', 'on']);

/** The act is a movement of the party itself ("moved forward", "dropped out of range"), with nothing of anyone's moved. */
function movedOn(tokens: readonly Token[], actAt: number): boolean {
  const next = tokens[actAt + 1]?.lower ?? '';
  if (next === 'out' && tokens[actAt + 2]?.lower === 'of') return true;
  if (!ONWARD.has(next)) return false;
  // "moved forward our go-live date": the particle before its object undoes after all.
  const after = tokens[actAt + 2];
  return !(after && (after.pos === 'DET' || after.pos === 'NOUN' || OBJECT_FORMS.has(after.lower)));
}

/** Pronouns that can be an object or a possessor after a particle ("moved forward our date"), unlike "they" or "we". */
const OBJECT_FORMS = new Set(['our', 'my', 'their', 'his', 'her', 'its', 'it', 'them', 'us', 'me']);

/** A manner word of poor work within the few words after the act, before any stop or new verb. */
function doneBadly(tokens: readonly Token[], actAt: number): boolean {
  for (let k = actAt + 1; k < Math.min(tokens.length, actAt + 7); k++) {
    const t = tokens[k]!;
    if (BADLY.has(t.lower)) return true;
    // "handled that transition badly": "that" before a noun is its determiner, whatever the tagger read.
    if (t.lower === 'that' && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'ADJ')) continue;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
  }
  return false;
}

/** Passives that lay a duty on their subject: "was supposed to", "was meant to", "was expected to". */
const DUTY_LAID = new Set(['suppose', 'mean', 'expect']);

/**
 * "the technician who was supposed to verify the plate map", "the courier was meant to deliver
 * it": a party that had a duty to do. Said of another party, it tells what they should have
 * done; said of a thing ("the report was meant to go out") it tells nothing of anyone.
 */
function dutyLaid(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (!event.passive || !event.act || !DUTY_LAID.has(event.act) || event.negated || event.modal) return false;
  const subject = event.subject;
  if (event.actor !== 'other' || subject === null || !(OTHER_PRONOUNS.has(subject) || personRole(subject))) return false;
  const actAt = indexOfAct(tokens, event);
  const duty = tokens[actAt + 2];
  if (tokens[actAt + 1]?.lower !== 'to' || duty === undefined || duty.pos !== 'VERB' || !actIn(DUTY_ACTS, duty.lemma)) return false;
  // The duty went undone, by the sentence's own words: a negation or an absence after it ("had left early", "was on leave").
  // "…was me" names the speaker as the one who held it; "…, and she did" tells it done.
  const rest = tokens.slice(actAt + 3);
  if (rest.some((t, k) => t.lemma === 'be' && SELF_OBJECTS.has(rest[k + 1]?.lower ?? ''))) return false;
  return rest.some((t) => t.negated || t.lemma === 'not' || t.lower === 'never' || t.lower === 'gone' || ABSENT.has(t.lemma));
}

const SELF_OBJECTS = new Set(['me', 'us', 'myself']);
/** Words of a party away from its duty: "had left", "was on leave", "off sick" ("had gone home" through "gone", not any "go"). */
const ABSENT = new Set(['leave', 'away', 'off', 'holiday', 'vacation', 'sick', 'absent']);

/**
 * "Nobody on their side introduced us", "none of the engineers checked it": "nobody" heads the
 * subject and what follows it is only a phrase that says whose side, so the parser's subject is
 * the noun of that phrase. "Nobody" is the subject when it opens the clause and a preposition
 * follows it.
 */
function nobodyHeads(tokens: readonly Token[], event: ClauseEvent, actAt: number): boolean {
  const head = nobodyAt(tokens, event.first);
  if (head < 0 || tokens[head + 1]?.pos !== 'ADP') return false;
  // "nobody on their side had introduced me": an auxiliary may stand before the act, no other verb or stop.
  return tokens.slice(head + 1, actAt).every((t) => t.pos !== 'VERB' && t.pos !== 'PUNCT');
}

/** The last index of "nobody", "none" or "no one" starting at `i`, or -1. */
function nobodyAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (t.lower === 'no' && tokens[i + 1]?.lower === 'one') return i + 1;
  return NOBODY_SUBJECTS.has(t.lower) ? i : -1;
}

/**
 * "a figure she never gave", "the brief they never sent": a pronoun at `at` right after a noun opens
 * a relative clause with no "that", which describes that noun.
 */
export function relativeAfterNoun(tokens: readonly Token[], at: number): boolean {
  if (at <= 0 || tokens[at]?.pos !== 'PRON') return false;
  const before = tokens[at - 1]!;
  // "the form he never signed", "something he never said": the clause tells what the thing is.
  return before.pos === 'NOUN' || INDEFINITES.has(before.lower);
}

/** Pronouns a contact relative clause can describe: "something he never said". */
const INDEFINITES = new Set(['something', 'anything', 'nothing', 'everything']);

/**
 * "My father never said a word, which was worse than if he'd shouted": silence as how someone took
 * the failure, not word kept back from the speaker. Not "never said a word about the leak".
 */
function silentReaction(tokens: readonly Token[], event: ClauseEvent, actAt: number): boolean {
  if (event.act !== 'say' && event.act !== 'speak') return false;
  if (tokens[actAt + 1]?.lower !== 'a' || tokens[actAt + 2]?.lower !== 'word') return false;
  const after = tokens[actAt + 3];
  if (!(after === undefined || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.lower === 'which')) return false;
  // "the night shift had been driving that truck and never said a word": silence about what the party had
  // used or seen, told in the clause just before with "and", is a report withheld, not a reaction that never came.
  return !knewOfBefore(tokens, event.first);
}

/** Acts by which a party comes to know of a fault: using the thing, seeing it. */
const KNOWING_OF = new Set(['drive', 'use', 'see', 'notice', 'know', 'find', 'spot', 'run', 'operate', 'work', 'ride', 'fly']);

/** The clause just before `first`, joined to it by "and", tells the same party using or seeing the thing. */
function knewOfBefore(tokens: readonly Token[], first: number): boolean {
  let and = -1;
  for (let k = first; k >= Math.max(0, first - 2); k--) if (tokens[k]?.lower === 'and') and = k;
  if (and < 0) return false;
  for (let k = and - 1; k >= Math.max(0, and - 8); k--) {
    const t = tokens[k]!;
    // The tagger may leave a participle unlemmatised ("driving"): its stem, with or without the "e" it dropped.
    const stem = t.lower.endsWith('ing') ? t.lower.slice(0, -3) : t.lower;
    // In the past perfect ("had been driving", "had seen"): what the party had been doing before it went wrong.
    const hadDone = tokens.slice(Math.max(0, k - 2), k).some((x) => x.lower === 'had' || x.lower === "'d");
    if (t.pos === 'VERB') return hadDone && (KNOWING_OF.has(t.lemma) || KNOWING_OF.has(stem) || KNOWING_OF.has(`${stem}e`));
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/** The clause is such a relative clause, its act with no object of its own: it describes the noun, not a party's lapse. */
function relativeOnNoun(tokens: readonly Token[], event: ClauseEvent, actAt: number): boolean {
  let at = -1;
  for (let k = event.first; k < actAt; k++) if (tokens[k]!.pos === 'PRON' && tokens[k]!.lower === event.subject) at = k;
  if (at < 0 || !OTHER_PRONOUNS.has(tokens[at]!.lower) || !relativeAfterNoun(tokens, at)) return false;
  const after = tokens[actAt + 1];
  return after === undefined || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.pos === 'ADP';
}

/** What "make" makes when it tells a reaction: "make a comment", "made any complaint", "make a fuss". */
const REACTION_NOUNS = new Set(['comment', 'complaint', 'fuss', 'remark', 'mention', 'noise', 'objection', 'scene']);

/** "make" at `actAt` takes a reaction for its object, past a determiner or two ("did not make any comment"). */
function madeReaction(tokens: readonly Token[], actAt: number): boolean {
  for (let k = actAt + 1; k <= actAt + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (REACTION_NOUNS.has(t.lemma)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return false;
  }
  return false;
}

/** Demands a party makes of the speaker's work: "wanted it live", "pushed for the date", "insisted on Friday". */
const PRESSING = new Set(['want', 'push', 'insist', 'demand', 'pressure', 'pressurise', 'pressurize', 'rush', 'hurry', 'lean']);
const THEREFORE = new Set(['so', 'therefore', 'hence']);
/** Acts of telling someone to do a thing: "told me to", "pushed us to". */
const HURRYING = new Set(['tell', 'ask', 'push', 'urge', 'want', 'pressure', 'get']);
/** Going faster than the work allows: what a party told the speaker to do. */
const HASTE = new Set(['hurry', 'rush', 'speed', 'skip']);
const SPEAKER_SUBJECTS = new Set(['i', 'we']);

/**
 * "The desk editor wanted it live before the other site, so I lifted the name": the party's
 * demand, then "so" and the speaker's act in the same sentence, told as its consequence. The
 * demand is made the reason for what the speaker did.
 */
function pressedInto(tokens: readonly Token[], event: ClauseEvent): boolean {
  for (let k = event.last + 1; k < Math.min(tokens.length, event.last + 3); k++) {
    const t = tokens[k]!;
    if (!THEREFORE.has(t.lower)) continue;
    const next = tokens[k + 1]?.lower === 'then' ? tokens[k + 2] : tokens[k + 1];
    return next !== undefined && SPEAKER_SUBJECTS.has(next.lower);
  }
  return false;
}

/** Documents that tell a worker what to do: what they leave out is left out by whoever wrote them. */
// biome-ignore format: a word list reads best packed
const DOCUMENTS = new Set([
  'ticket', 'spec', 'specification', 'brief', 'criterion', 'requirement', 'handover', 'note', 'instruction', 'manual', 'guidance',
  'documentation', 'doc', 'docs', 'runbook', 'playbook', 'procedure', 'sop', 'checklist', 'briefing', 'email', 'memo', 'rota',
]);
/** What a document is there to do: say, mention, include. */
const DOCUMENT_ACTS = new Set([
  'say',
  'mention',
  'include',
  'specify',
  'state',
  'tell',
  'list',
  'cover',
  'explain',
  'warn',
  'flag',
  'note',
  'show',
]);

/**
 * "the ticket didn't even say what the format was", "the acceptance criteria never mentioned the
 * edit path": a document that left out what the speaker needed, which puts the gap on whoever
 * wrote it. Only a document's own telling, denied, in the past: not "the manual doesn't cover it"
 * told of the present, nor a wish ("the spec should say").
 */
function documentSilent(tokens: readonly Token[], event: ClauseEvent): boolean {
  if (event.actor !== 'thing' || event.passive || !event.negated || event.modal || event.conditional) return false;
  if (event.subject === null || !DOCUMENTS.has(event.subject) || !event.act || !DOCUMENT_ACTS.has(event.act)) return false;
  const actAt = indexOfAct(tokens, event);
  if (actAt < 0) return false;
  // The speaker's own document ("my handover notes didn't mention it", "the spec I wrote") withholds nothing of another's.
  const subject = tokens.slice(event.first, actAt);
  if (subject.some((t) => t.lower === 'my' || t.lower === 'our' || t.lower === 'i' || t.lower === 'we')) return false;
  // Past: "didn't say", "never mentioned", "hadn't included"; not "doesn't say".
  for (let k = actAt; k >= event.first; k--) {
    const w = tokens[k]!.lower;
    if (w === 'did' || w === 'had' || w === 'was' || w === 'were') return true;
    if (k === actAt && w !== tokens[k]!.lemma && !w.endsWith('s')) return true;
  }
  return false;
}

/**
 * Checks and corrections that catch the speaker's slip before it lands: "if he hadn't noticed…" is a
 * rescue, and so is "the pharmacist stopped me before I could give it" (not a turn pre-empted).
 */
// biome-ignore format: a word list reads best packed
const RESCUE_ACTS = new Set([
  'notice', 'spot', 'catch', 'check', 'flag', 'stop', 'warn', 'raise', 'see', 'intervene', 'query', 'question', 'correct', 'intercept', 'fix',
]);
/** The speaker's word against an act, before a party did it anyway: "I warned the director, but he signed anyway". */
const WARNING = new Set(['warn', 'flag', 'object', 'advise', 'tell', 'raise', 'question', 'query']);
/** What a thing or a party gives that is trouble in itself: "never gave any trouble", "gave us no problems". */
const TROUBLE = new Set(['trouble', 'problem', 'issue', 'bother', 'grief', 'headache', 'hassle', 'blame', 'pressure', 'pain']);
/** What the speaker gave that a party's act went against: "even though I'd given him the signal", "despite my warning". */
const OVERRULED = new Set([...WARNING, 'signal', 'ask', 'say', 'instruct', 'instruction', 'warning', 'advice', 'objection', 'no']);

/**
 * "The host took the call even though I'd given him the signal to go to the next line", "she
 * published it despite my warning": a party's act done over the speaker's word.
 */
function overSpeaker(tokens: readonly Token[], actAt: number): boolean {
  for (let k = actAt + 1; k < Math.min(tokens.length, actAt + 12); k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.lower !== ',') return false;
    if (!CONCEDING.has(t.lower) || (t.lower === 'though' && tokens[k - 1]?.lower !== 'even')) continue;
    const who = k + 1 < tokens.length && ['i', 'we', 'my', 'our'].includes(tokens[k + 1]!.lower) ? k + 1 : -1;
    if (who < 0) return false;
    for (let j = who + 1; j < Math.min(tokens.length, who + 7); j++) {
      const x = tokens[j]!;
      if (x.pos === 'PUNCT') return false;
      if ((x.pos === 'VERB' || x.pos === 'NOUN') && OVERRULED.has(x.lemma)) return true;
    }
    return false;
  }
  return false;
}
/** Words that tell the speaker's own chance to act: "before I'd had a chance to", "before we could". */
const CHANCE = new Set(['chance', 'could', 'able', 'time']);

/**
 * "the builder boarded the floor over before I'd had a chance to test it", "the client signed it off
 * before we could check the figures": a party's act that took away the speaker's turn.
 */
function preempted(tokens: readonly Token[], actAt: number): boolean {
  // "the pharmacist stopped me before I could give it", "she corrected it before I confirmed": a rescue, not a turn taken.
  if (RESCUE_ACTS.has(tokens[actAt]!.lemma) || tokens[actAt + 1]?.lower === 'me' || tokens[actAt + 1]?.lower === 'us') return false;
  for (let k = actAt + 1; k < Math.min(tokens.length, actAt + 10); k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return false;
    if (t.lower !== 'before' || !SPEAKER_SUBJECTS.has(tokens[k + 1]?.lower ?? '')) continue;
    for (let j = k + 2; j < Math.min(tokens.length, k + 6); j++) if (CHANCE.has(tokens[j]!.lower)) return true;
    return false;
  }
  return false;
}

/** Verbs of taking something as so: "so I assumed the list was current", "so we trusted the figures". */
const RELYING = new Set(['assume', 'think', 'believe', 'trust', 'expect', 'presume']);

/**
 * "The parks team had signed the spec off, so I had assumed the list was current": a party's act
 * given as the ground of the speaker's belief, which then proved wrong. The belief, and the failure
 * it led to, are put on the party. Read from the end of the party's clause: "so", the speaker, and a
 * verb of believing in the past, with nothing but auxiliaries and adverbs between.
 */
function reliedOn(tokens: readonly Token[], event: ClauseEvent): boolean {
  let k = event.last + 1;
  if (tokens[k]?.pos === 'PUNCT') k++;
  if (tokens[k]?.lower === 'and') k++;
  if (tokens[k]?.lower !== 'so' || !SPEAKER_SUBJECTS.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < Math.min(tokens.length, k + 5); j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return RELYING.has(t.lemma) && t.lower !== t.lemma && !t.negated;
    if (t.pos !== 'AUX' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** A condition told by inversion, at the start of the sentence or a clause: "Had planning sent the update, …". */
function invertedCondition(tokens: readonly Token[], event: ClauseEvent): boolean {
  const had = tokens[event.first];
  if (had?.lower !== 'had') return false;
  const before = tokens[event.first - 1];
  const subject = tokens[event.first + 1];
  const opens = before === undefined || before.pos === 'PUNCT' || before.pos === 'CCONJ';
  return (
    opens &&
    subject !== undefined &&
    (subject.pos === 'DET' || subject.pos === 'PROPN' || SUBJECT_PRONOUNS.has(subject.lower) || OTHERS_OWN.has(subject.lower))
  );
}

/** Pronouns that can stand as the subject of an inverted condition: "had they told us". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'someone', 'anyone', 'somebody', 'anybody']);
/** Possessives that start an inverted condition's subject: "Had my manager sent…", "had their team checked…". */
const OTHERS_OWN = new Set(['my', 'our', 'his', 'her', 'their']);

/** The way another party's clause works against the speaker's work; null for anything else. */
export function harmOf(tokens: readonly Token[], event: ClauseEvent): Harm | null {
  if (dutyLaid(tokens, event)) return 'should';
  if (event.passive) return passiveHarm(tokens, event);
  if (documentSilent(tokens, event)) return 'withheld';
  // "most of the families hadn't booked": a share of a group tells how far the failure reached, not who caused it.
  if (
    event.actor === 'thing' &&
    event.act === 'keep' &&
    !event.negated &&
    !event.modal &&
    bareTeam(tokens, event, indexOfAct(tokens, event))
  )
    return harmAround(tokens, event);
  if (event.actor !== 'other' || !event.act || event.share) return null;
  const actAt = indexOfAct(tokens, event);
  // "Testing from one side doesn't tell me": an activity, not a party, even when it acts on the speaker.
  const gerund = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'VERB') && t.lower.endsWith('ing');
  if (gerund(tokens[event.first]) || tokens.slice(event.first, actAt).some((t) => t.lemma === event.subject && gerund(t))) return null;
  // "their project manager was slow to answer emails": a duty the party did late.
  const slowTo = tokens[actAt - 1]?.lower === 'to' && SLOW.has(tokens[actAt - 2]?.lower ?? '') && tokens[actAt - 3]?.lemma === 'be';
  if (slowTo && !event.negated && !event.modal && actIn(DUTY_ACTS, event.act)) return 'late';
  // "the bank was slow producing the bond", "they were slow getting back to us": the same, with the act as a participle,
  // and an act owed, not a state: not "slow waking up", "slow getting the hang of it".
  const slowDoing = SLOW.has(tokens[actAt - 1]?.lower ?? '') && tokens[actAt - 2]?.lemma === 'be' && tokens[actAt]!.lower.endsWith('ing');
  const owed =
    actIn(DUTY_ACTS, event.act) || actIn(HANDED_OVER, event.act) || (actIn(GETTING, event.act) && tokens[actAt + 1]?.lower === 'back');
  if (slowDoing && owed && !event.negated && !event.modal) return 'late';
  // "had to cut the serial", "responsible for moving the data": a duty or a compulsion, not an act against anyone.
  const before = tokens[actAt - 1];
  if (before && (before.lower === 'to' || before.pos === 'ADP')) return null;
  if (nobodyHeads(tokens, event, actAt)) return harmOfNobody(tokens, event);
  if (event.subject !== null && NOBODY_SUBJECTS.has(event.subject)) {
    // Only where "nobody" is this clause's own subject, not one it shares with the clause before.
    const own = tokens.slice(event.first, actAt).some((t, k) => NOBODY_SUBJECTS.has(t.lemma) || nobodyAt(tokens, event.first + k) >= 0);
    return own ? harmOfNobody(tokens, event) : null;
  }
  // "anyone who doesn't confirm gets a call from me": a rule for whoever it may be, told in the present, not a party's lapse.
  if (event.subject === 'who' && tokens.slice(event.first, actAt).some((t) => PRESENT_DO.has(t.lower))) return null;
  const opener = tokens[event.first - 1] ?? tokens[event.first];
  const conditional = opener?.lower === 'if' || tokens[event.first]?.lower === 'if';
  const duty = actIn(DUTY_ACTS, event.act);
  // "Had planning sent the update, we would have caught it": read only with the outcome it hung on,
  // as "had" opens many a clause that is no condition ("…, had them checked by a colleague").
  if (invertedCondition(tokens, event) && !event.negated && avertedOutcome(tokens, event)) return 'if-only';
  if (conditional) {
    const hadPerfect = tokens.slice(event.first, event.last + 1).some((t) => t.lower === 'had' || t.lower === "'d");
    if (graverOutcome(tokens, event)) return null;
    // "if they had told me": the duty left undone; "if he hadn't noticed, it would have…": a check done, which saved the day.
    // "if the supplier hadn't sent the wrong drawings" is still the party's lapse.
    const rescued = event.negated && actIn(RESCUE_ACTS, event.act);
    // Only a condition the party failed to meet: "if Priya hadn't stayed late, we wouldn't have made it" is her help.
    if (hadPerfect && !event.negated && avertedOutcome(tokens, event)) return 'if-only';
    return hadPerfect && ((duty && !rescued) || (event.negated && actIn(UNDOING_ACTS, event.act))) ? 'if-only' : null;
  }
  const passiveLike = tokens.slice(event.first, event.last + 1).some((t) => t.lower === 'been');
  if (event.counterfactual && (event.modal === 'should' || event.modal === 'ought') && !event.negated && !passiveLike) return 'should';
  // Only a person hands over nothing: "the rehearsal told me nothing" is a thing that taught nothing.
  const person = event.subject !== null && (OTHER_PRONOUNS.has(event.subject) || personRole(event.subject));
  // "a number she never gave", "the brief they never sent": a relative clause on the noun before its subject, its object that noun.
  if (relativeOnNoun(tokens, event, actAt)) return null;
  // "the judge did not make any comment", "nobody made a fuss": a reaction that never came is the cost denied, not a duty withheld.
  if ((event.act === 'make' && madeReaction(tokens, actAt)) || silentReaction(tokens, event, actAt)) return null;
  // "they'd never given trouble": no trouble caused, which is no duty withheld.
  // "the controller didn't put any blame on me": a weight not laid on the speaker, which is no duty withheld either.
  if (
    event.negated &&
    (event.act === 'give' || event.act === 'put') &&
    tokens.slice(actAt + 1, actAt + 4).some((t) => TROUBLE.has(t.lemma))
  )
    return null;
  const deniedAct = event.negated || (person && nothingHandedOver(tokens, event, actAt));
  if (
    deniedAct &&
    (duty || questionNotPut(tokens, event, actAt) || dutyConceded(tokens, event)) &&
    (!event.modal || event.modal === 'would' || event.modal === 'will')
  )
    return repeatWithheld(tokens.slice(actAt + 1, event.last + 1).map((t) => t.lower)) ? null : 'withheld';
  // A named thing undoes nothing ("Revision C moved two holes"): a person or a body does.
  const party = event.nounSubject || (event.subject !== null && OTHER_PRONOUNS.has(event.subject));
  const moving = movedOn(tokens, actAt);
  // "he'd been making those errors for months", "the agency made two mistakes on the rota": the party's own errors.
  // Not "everyone makes mistakes at the start": the present tells what is so of anyone, not what a party did.
  const present = tokens[actAt]!.lower === 'make' || tokens[actAt]!.lower === 'makes';
  const everyone = event.subject !== null && EVERYONE.has(event.subject);
  if (party && !present && !everyone && !event.negated && !event.modal && actIn(MAKING, event.act) && madeErrors(tokens, actAt))
    return 'wrong';
  // "their dispatch guy mixed up our order", "the courier misrouted the parcel", "the plant sent M25
  // instead of M35": an act that is an error in itself, the party's own slip.
  if (party && !everyone && !event.negated && !event.modal && erred(tokens, event, actAt)) return 'wrong';
  // "the clients changed their mind three times": a decision the party went back on, which the speaker's work rested on.
  // Not a mind the speaker changed: "I showed them the recordings, and they changed their mind".
  const persuaded = tokens.slice(0, event.first).some((t) => t.pos === 'VERB' && PERSUADING.has(t.lemma));
  if (party && !persuaded && !event.negated && !event.modal && event.act === 'change' && changedMind(tokens, actAt)) return 'undid';
  // "broke the work into phases", "broke the news", "broke even": not breaking the speaker's ground.
  // "a colleague had broken his wrist": an injury that kept a party away, not the speaker's work broken.
  const splitUp =
    (event.act === 'break' || event.act === 'broken') &&
    tokens.slice(actAt + 1, event.last + 1).some((t) => BREAK_NOT_HARM.has(t.lower) || BODY_PARTS.has(t.lemma));
  if (!event.negated && !event.modal && actIn(UNDOING_ACTS, event.act) && party && !moving && !splitUp && takesOurs(tokens, event, actAt))
    return 'undid';
  if (party && !event.negated && !event.modal && LOSING.has(event.act) && lostInCustody(tokens, actAt)) return 'undid';
  if (event.negated || event.modal) return null;
  // "the release manager pushed it live anyway": a party's act against the advice given.
  // Not "they were fine about it, signed anyway": a deal signed despite the trouble is the trouble forgiven. "Signed it off
  // anyway", "signed it anyway", or signed after the speaker warned, overrules.
  const warned = tokens.slice(0, event.first).some((t) => t.pos === 'VERB' && WARNING.has(t.lemma));
  const signedOnly =
    event.act === 'sign' &&
    tokens[actAt + 1]?.lower === 'anyway' &&
    !warned &&
    !tokens.slice(event.first, event.last).some((t) => t.lower === 'off');
  const against = tokens[event.last]?.pos === 'ADV' && AGAINST_ADVICE.has(tokens[event.last]!.lower) && !signedOnly;
  if (against && (actIn(DUTY_ACTS, event.act) || actIn(UNDOING_ACTS, event.act) || PROCEEDING.has(event.act))) return 'undid';
  if ((person || party) && overSpeaker(tokens, actAt)) return 'undid';
  // Any other party: "head office IT" is one by its grammar though no noun names it.
  if (RELEASING.has(event.act) && releasedUnfit(tokens, actAt)) return 'undid';
  // "their company handled that transition badly": a party's act done badly hands over the wrong thing.
  // Read from the act on to the next stop, whatever the clause's extent.
  if (party && (actIn(DUTY_ACTS, event.act) || HANDLING.has(event.act)) && doneBadly(tokens, actAt)) return 'wrong';
  if (person && PRESSING.has(event.act) && pressedInto(tokens, event)) return 'pressed';
  // "the purser told me to hurry", "the foreman kept pushing us to rush it": the speaker told to go faster.
  if (person && HURRYING.has(event.act) && SPEAKER_OBJECTS.has(tokens[actAt + 1]?.lower ?? '') && tokens[actAt + 2]?.lower === 'to')
    if (HASTE.has(tokens[actAt + 3]?.lemma ?? '')) return 'pressed';
  if ((person || party) && reliedOn(tokens, event)) return 'relied';
  if (person && preempted(tokens, actAt)) return 'undid';
  return harmAround(tokens, event);
}
