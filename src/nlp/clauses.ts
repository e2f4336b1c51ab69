/**
 * Clause events: who does what in each clause of a sentence, read from the tagged tokens.
 *
 * A clause runs between punctuation and conjunctions. Its act is its first verb; its actor the
 * nominal just before that verb (objects of prepositions excluded). A clause with no subject of
 * its own shares the one before it, so "I approved the change and skipped the review" is the
 * speaker's twice. The actor is classified by the grammar, never by a list of job titles:
 *
 * - self:  the speaker ("I", "I'd", "me" as a passive's agent)
 * - group: a group that includes the speaker ("we", "our team", "us")
 * - other: another party: a third-person pronoun ("they", "she", "someone"), a proper noun
 *   ("the DBAs", "Priya"), or a common noun that acts on people or decides ("the vendor told us")
 * - thing: a thing, system or event ("it", "the build", "the deadline")
 */
import type { Token } from './analyse.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const PUNCTUATION_ONLY = /^[,;:.!?()\u2013\u2014-]+$/;
const ENDS_PERSON_NOUN = /(?:er|or|ist|ian|ant|ent|ee|team|staff|lead|manager|client|customer|vendor|owner|board)$/;
const ENDS_ED = /ed$/;

export type Actor = 'self' | 'group' | 'other' | 'thing' | 'none';

export interface ClauseEvent {
  readonly actor: Actor;
  /** The lemma of the subject's head word, or null when the clause has none. */
  readonly subject: string | null;
  /** The subject is a common noun ("the carrier", "the build"), whichever actor it was judged to be. */
  readonly nounSubject: boolean;
  /** The subject is owned by the speaker ("my estimate", "our plan"). */
  readonly subjectMine: boolean;
  /** The act: the main verb's lemma (or the auxiliary's, for "it was late"). */
  readonly act: string | null;
  readonly negated: boolean;
  /** could, should, would, might, may, must, can, will — or null. */
  readonly modal: string | null;
  /** A modal with a perfect: "should have checked", "could've asked". */
  readonly counterfactual: boolean;
  /** A passive ("was approved"); `agent` says whether a by-phrase names who did it. */
  readonly passive: boolean;
  readonly agent: boolean;
  /** The act lands on the speaker or the speaker's group ("told me", "gave us"). */
  readonly onSpeaker: boolean;
  /** Token indices [first, last] in the sentence. */
  readonly first: number;
  readonly last: number;
}

const SELF = new Set(['i', 'myself']);
const GROUP = new Set(['we', 'us', 'ourselves']);
// biome-ignore format: a word list reads best packed, several entries a line
const OTHER_PRONOUNS = new Set([
  'he', 'she', 'they', 'him', 'her', 'them', 'someone', 'somebody', 'nobody', 'everyone', 'everybody', 'anyone', 'anybody', 'no one', 'who',
  'people',
]);
export const MODALS: ReadonlySet<string> = new Set(['could', 'should', 'would', 'might', 'may', 'must', 'can', 'will', 'shall', 'ought']);
const SPEAKER_OBJECTS = new Set(['me', 'us']);
/** Subordinators and relatives that open a new clause. */
const CLAUSE_OPENERS = new Set(['SCONJ', 'CCONJ']);

function isBoundary(token: Token): boolean {
  if (CLAUSE_OPENERS.has(token.pos)) return true;
  return token.pos === 'PUNCT' && PUNCTUATION_ONLY.test(token.text);
}

function isNominal(token: Token): boolean {
  return token.pos === 'PRON' || token.pos === 'NOUN' || token.pos === 'PROPN';
}

/** The actor type of a subject head, with the words before it in its noun phrase. */
function actorOf(head: Token, before: readonly Token[], act: Token | null, onSpeaker: boolean): { actor: Actor; mine: boolean } {
  const possessor = before.length > 0 ? before[before.length - 1]! : null;
  const mine = possessor !== null && (possessor.lower === 'my' || possessor.lower === 'our');
  if (head.pos === 'PRON') {
    if (SELF.has(head.lower)) return { actor: 'self', mine: false };
    if (GROUP.has(head.lower)) return { actor: 'group', mine: false };
    if (OTHER_PRONOUNS.has(head.lower)) return { actor: 'other', mine: false };
    return { actor: 'thing', mine: false };
  }
  if (possessor?.lower === 'our') return { actor: 'group', mine: true };
  if (head.pos === 'PROPN' || before.some((t) => t.pos === 'PROPN')) return { actor: 'other', mine };
  // A common noun acts as a party when it does something to the speaker ("the vendor told us")
  // or its noun phrase is a person's role held by the speaker's side ("my manager").
  if (onSpeaker) return { actor: 'other', mine };
  if (act && act.pos === 'VERB' && ENDS_PERSON_NOUN.test(head.lemma)) {
    return { actor: 'other', mine };
  }
  return { actor: 'thing', mine };
}

/** The speaker owns a failure in this clause: "I should have asked", "I didn't check". */
export function speakerOwns(event: ClauseEvent): boolean {
  return event.actor === 'self' && (event.counterfactual || (event.negated && event.act !== 'be'));
}

/** The subject a clause without one shares with the clause before it. */
type Inherited = { actor: Actor; subject: string | null; mine: boolean };

/** Splits a tagged sentence into clauses and describes each. */
export function clauseEvents(tokens: readonly Token[]): ClauseEvent[] {
  const events: ClauseEvent[] = [];
  let start = 0;
  let inherited: Inherited | null = null;
  const close = (end: number): void => {
    if (end < start) return;
    const event = describe(tokens, start, end, inherited);
    if (event) {
      events.push(event);
      if (event.actor !== 'none') inherited = { actor: event.actor, subject: event.subject, mine: event.subjectMine };
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    if (isBoundary(tokens[i]!)) {
      close(i - 1);
      start = i + 1;
    }
  }
  close(tokens.length - 1);
  return events;
}

/** The index of the clause's act (its first verb, else its first auxiliary) and of its first verb; -1 when absent. */
function findAct(tokens: readonly Token[], first: number, last: number): { actAt: number; verbAt: number } {
  let verbAt = -1;
  let auxAt = -1;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB') {
      verbAt = i;
      break;
    }
    if (t.pos === 'AUX' && auxAt < 0) auxAt = i;
  }
  return { actAt: verbAt >= 0 ? verbAt : auxAt, verbAt };
}

/** Negation, the modal and a modal perfect ("should have") up to the act. */
function modality(
  tokens: readonly Token[],
  first: number,
  last: number,
  actAt: number,
): { modal: string | null; counterfactual: boolean; negated: boolean } {
  let modal: string | null = null;
  let counterfactual = false;
  let negated = false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (i < actAt + 1 && (t.lemma === 'not' || t.lower === 'never' || t.lower === "n't")) negated = true;
    if (t.pos === 'AUX' && MODALS.has(t.lemma) && i <= actAt) modal = t.lemma;
    if (modal && i < actAt && t.lemma === 'have' && t.pos === 'AUX') counterfactual = true;
  }
  return { modal, counterfactual, negated };
}

/** be/get + participle, with nothing but adverbs between: a passive. */
function isPassive(tokens: readonly Token[], first: number, verbAt: number, act: Token): boolean {
  if (verbAt < 0) return false;
  let passive = false;
  for (let i = verbAt - 1; i >= first; i--) {
    const t = tokens[i]!;
    if (t.pos === 'ADV' || t.pos === 'PART') continue;
    if ((t.lemma === 'be' || t.lemma === 'get') && !act.lower.endsWith('ing') && act.lower !== act.lemma) passive = true;
    break;
  }
  return passive;
}

/** The subject: the last nominal before the act that is not the object of a preposition; -1 when none. */
function subjectHeadAt(tokens: readonly Token[], first: number, actAt: number): number {
  for (let i = actAt - 1; i >= first; i--) {
    const t = tokens[i]!;
    if (!isNominal(t)) continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (prev && prev.pos === 'ADP') continue;
    if (prev && prev.pos === 'DET' && prev2 && prev2.pos === 'ADP') continue;
    return i;
  }
  return -1;
}

/** Who the subject is: from its own noun phrase when the clause has one, else shared with the clause before. */
function subjectOf(
  tokens: readonly Token[],
  first: number,
  actAt: number,
  onSpeaker: boolean,
  inherited: Inherited | null,
): { actor: Actor; subject: string | null; mine: boolean; nounSubject: boolean } {
  const headAt = subjectHeadAt(tokens, first, actAt);
  if (headAt >= 0) {
    const head = tokens[headAt]!;
    let np = headAt;
    while (np - 1 >= first && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[np - 1]!.pos) || tokens[np - 1]!.lemma === "'s"))
      np--;
    const who = actorOf(head, tokens.slice(np, headAt), tokens[actAt]!, onSpeaker);
    return { actor: who.actor, subject: head.lemma, mine: who.mine, nounSubject: head.pos === 'NOUN' };
  }
  if (inherited) return { actor: inherited.actor, subject: inherited.subject, mine: inherited.mine, nounSubject: false };
  if (noteOpening(tokens, actAt)) return { actor: 'self', subject: null, mine: false, nounSubject: false };
  return { actor: 'none', subject: null, mine: false, nounSubject: false };
}

/**
 * A note that opens on a past-tense verb with no subject is the writer's own act, as people draft
 * ("told my manager that morning", "- rebooked the venue"): nothing but a bullet before the verb,
 * and the verb inflected for the past (not "-ing", not a present "needs").
 */
function noteOpening(tokens: readonly Token[], actAt: number): boolean {
  const act = tokens[actAt]!;
  if (act.pos !== 'VERB' || act.lower === act.lemma || act.lower.endsWith('ing') || act.lower === `${act.lemma}s`) return false;
  for (let i = 0; i < actAt; i++) if (tokens[i]!.pos !== 'PUNCT' && tokens[i]!.pos !== 'SYM') return false;
  return true;
}

function describe(tokens: readonly Token[], first: number, last: number, inherited: Inherited | null): ClauseEvent | null {
  const { actAt, verbAt } = findAct(tokens, first, last);
  if (actAt < 0) return null;
  const act = tokens[actAt]!;
  const { modal, counterfactual, negated } = modality(tokens, first, last, actAt);
  const passive = isPassive(tokens, first, verbAt, act);
  let agent = false;
  let onSpeaker = false;
  for (let i = actAt + 1; i <= Math.min(last, actAt + 3); i++) {
    if (SPEAKER_OBJECTS.has(tokens[i]!.lower)) onSpeaker = true;
  }
  if (passive) {
    for (let i = actAt + 1; i <= last; i++) if (tokens[i]!.lower === 'by') agent = true;
  }
  const { actor, subject, mine, nounSubject } = subjectOf(tokens, first, actAt, onSpeaker, inherited);
  return {
    actor,
    subject,
    nounSubject,
    subjectMine: mine,
    act: act.lemma,
    negated,
    modal,
    counterfactual,
    passive,
    agent,
    onSpeaker,
    first,
    last,
  };
}

/**
 * How another party's clause works against the speaker's work, or null when it does not. Read
 * from the grammar and from closed classes of acts, never from who the party is:
 *
 * - withheld: a duty act negated ("the DBAs never told me", "HR wouldn't let me", "nobody flagged it")
 * - undid: an act that changes, removes or overrides the speaker's ground ("the CFO cut the budget")
 * - kept: a repeated act ("the writer kept sending revisions")
 * - late: a duty act told late or unannounced ("delivered two hours late", "moved it without telling us")
 * - wrong: a duty act that handed over the wrong thing ("gave me the wrong spec")
 * - should: what the party ought to have done ("the dispatcher should have caught it")
 * - missed: the party missed a flaw ("the QA team missed the bug")
 * - if-only: the outcome hung on the party ("if the supplier had flagged the recall")
 *
 * Acts that happen to a party (lose, receive, suffer) are never harm: they make it a victim, and
 * an act it had to do ("had to cut the shift") is a compulsion.
 */
export type Harm = 'withheld' | 'undid' | 'kept' | 'late' | 'wrong' | 'should' | 'missed' | 'if-only';

// biome-ignore format: a word list reads best packed, several entries a line
const DUTY_ACTS = new Set([
  'tell', 'warn', 'inform', 'flag', 'raise', 'check', 'test', 'review', 'send', 'give', 'deliver', 'provide', 'let', 'allow',
  'approve', 'reply', 'respond', 'answer', 'wait', 'follow', 'train', 'update', 'share', 'mention', 'escalate', 'catch', 'notice',
  'plan', 'order', 'sign', 'release', 'arrive', 'listen', 'read', 'fix', 'support', 'back', 'return', 'confirm', 'document',
  'explain', 'pass', 'chase', 'show', 'make', 'communicate', 'consult', 'include', 'copy', 'hand', 'publish', 'schedule',
  'forecast', 'book', 'turn', 'agree', 'bother', 'do', 'prepare', 'finish', 'complete', 'staff', 'hire', 'honour', 'honor',
  'keep', 'spot', 'verify', 'specify', 'define', 'set', 'fill', 'record', 'log', 'brief', 'help', 'cover',
]);
// biome-ignore format: a word list reads best packed, several entries a line
const UNDOING_ACTS = new Set([
  'change', 'cut', 'move', 'withdraw', 'cancel', 'refuse', 'drop', 'pull', 'delay', 'overrule', 'override', 'ignore', 'forget',
  'reassign', 'skip', 'rush', 'scrap', 'shorten', 'slash', 'freeze', 'halve', 'abandon', 'renege', 'overbook', 'misread', 'mislabel',
  'botch', 'neglect', 'dump', 'block', 'veto', 'insist',
]);
const FLAWS = new Set(['bug', 'error', 'mistake', 'issue', 'problem', 'defect', 'discrepancy', 'typo', 'fault', 'deadline', 'flaw', 'gap']);
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
const WRONG = new Set(['wrong', 'incorrect', 'outdated', 'inaccurate', 'faulty', 'misleading', 'stale', 'obsolete', 'superseded']);
const LATE = new Set(['late', 'overdue', 'belatedly']);
const UNANNOUNCED = new Set(['tell', 'ask', 'warn', 'warning', 'consult', 'check', 'notice', 'inform']);

const NOBODY_SUBJECTS = new Set(['nobody', 'no one', 'none', 'noone', 'neither']);

/** "Nobody told me" withholds (its negation is in the subject); "nobody cancelled" undoes nothing. */
function harmOfNobody(event: ClauseEvent): Harm | null {
  return event.act && actIn(DUTY_ACTS, event.act) && !event.modal && !event.negated ? 'withheld' : null;
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
  if (event.act === 'keep' && (after[0]?.lower ?? '').endsWith('ing') && OBJECT_START.has(after[1]?.pos ?? '')) return 'kept';
  if (after.some((t, i) => t.lower === 'without' && UNANNOUNCED.has(after[i + 1]?.lemma ?? ''))) return 'late';
  // "delivered two hours late", not "kept late hours".
  const late = after.some((t, i) => LATE.has(t.lower) && after[i + 1]?.pos !== 'NOUN');
  if (late && event.act && actIn(DUTY_ACTS, event.act)) return 'late';
  if (event.act === 'miss' && after.slice(0, 4).some((t) => FLAWS.has(t.lemma))) return 'missed';
  // "gave me the wrong spec", "sent us drawings two revisions out of date".
  if (event.act && actIn(DUTY_ACTS, event.act) && after.some((t) => WRONG.has(t.lower))) return 'wrong';
  return null;
}

/** Acts a party may do to its own dealings, the cost of a failure rather than its cause: "the client cancelled the order". */
const WITHDRAWING = new Set(['cancel', 'withdraw', 'pull', 'drop', 'abandon', 'scrap']);
const OURS = new Set(['our', 'my', 'us', 'me']);

/** An act of withdrawing harms the speaker's work only when it takes something of theirs: "cancelled four of our fixtures". */
function takesOurs(tokens: readonly Token[], event: ClauseEvent, actAt: number): boolean {
  if (!event.act || !actIn(WITHDRAWING, event.act)) return true;
  return tokens.slice(actAt + 1, event.last + 1).some((t) => OURS.has(t.lower));
}

/** The act's lemma, with a past form the lexicon left as it is ("fixed") taken back to its stem. */
function actIn(acts: ReadonlySet<string>, act: string): boolean {
  return acts.has(act) || (ENDS_ED.test(act) && (acts.has(act.slice(0, -2)) || acts.has(act.slice(0, -1))));
}

/** The way another party's clause works against the speaker's work; null for anything else. */
export function harmOf(tokens: readonly Token[], event: ClauseEvent): Harm | null {
  if (event.actor !== 'other' || event.passive || !event.act) return null;
  const actAt = indexOfAct(tokens, event);
  // "Testing from one side doesn't tell me": an activity, not a party, even when it acts on the speaker.
  const gerund = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'VERB') && t.lower.endsWith('ing');
  if (gerund(tokens[event.first]) || tokens.slice(event.first, actAt).some((t) => t.lemma === event.subject && gerund(t))) return null;
  // "had to cut the serial", "responsible for moving the data": a duty or a compulsion, not an act against anyone.
  const before = tokens[actAt - 1];
  if (before && (before.lower === 'to' || before.pos === 'ADP')) return null;
  if (event.subject !== null && NOBODY_SUBJECTS.has(event.subject)) {
    // Only where "nobody" is this clause's own subject, not one it shares with the clause before.
    const own = tokens.slice(event.first, actAt).some((t) => NOBODY_SUBJECTS.has(t.lemma) || NOBODY_SUBJECTS.has(t.lower));
    return own ? harmOfNobody(event) : null;
  }
  const opener = tokens[event.first - 1] ?? tokens[event.first];
  const conditional = opener?.lower === 'if' || tokens[event.first]?.lower === 'if';
  const duty = actIn(DUTY_ACTS, event.act);
  if (conditional) {
    const hadPerfect = tokens.slice(event.first, event.last + 1).some((t) => t.lower === 'had' || t.lower === "'d");
    return hadPerfect && (duty || (event.negated && actIn(UNDOING_ACTS, event.act))) ? 'if-only' : null;
  }
  const passiveLike = tokens.slice(event.first, event.last + 1).some((t) => t.lower === 'been');
  if (event.counterfactual && (event.modal === 'should' || event.modal === 'ought') && !event.negated && !passiveLike) return 'should';
  if (event.negated && duty && (!event.modal || event.modal === 'would' || event.modal === 'will')) return 'withheld';
  // A named thing undoes nothing ("Revision C moved two holes"): a person or a body does.
  const party = event.nounSubject || (event.subject !== null && OTHER_PRONOUNS.has(event.subject));
  if (!event.negated && !event.modal && actIn(UNDOING_ACTS, event.act) && party && takesOurs(tokens, event, actAt)) return 'undid';
  if (event.negated || event.modal) return null;
  return harmAround(tokens, event);
}
