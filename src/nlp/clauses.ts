/**
 * Clause events: who does what in each clause of a sentence, read from the tagged tokens.
 *
 * A clause runs between punctuation and conjunctions. Its act is its first verb, passing over a
 * participle that describes a noun ("the missing readings", "the engineer assigned to it fixed it")
 * and the "got" of a passive ("got signed off"); its actor the nominal just before that verb, or
 * before the describing participle (objects of prepositions excluded). A clause with no subject of
 * its own shares the one before it, so "I approved the change and skipped the review" is the
 * speaker's twice. The actor is classified by the grammar, and a common noun by what it names
 * (WordNet's nouns for people, not a list of job titles):
 *
 * - self:  the speaker ("I", "I'd", "me" as a passive's agent)
 * - group: a group that includes the speaker ("we", "our team", "us")
 * - other: another party: a third-person pronoun ("they", "she", "someone"), a proper noun
 *   ("the DBAs", "Priya"), or a common noun that acts on people ("the vendor told us") or names a
 *   person and acts ("the surveyor had left early")
 * - thing: a thing, system or event ("it", "the build", "the deadline")
 */
import { readFileSync } from 'node:fs';
import { SAME_FORM_PAST, type Token } from './analyse.js';
import { findLine } from './sorted-lines.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const PUNCTUATION_ONLY = /^[,;:.!?()\u2013\u2014-]+$/;

/**
 * Bodies of people, which WordNet files with sets and batches ("the night crew", "the family",
 * "the agency") or first as places; roles WordNet files first as something else ("agent", "operator", "founder") or
 * does not know ("carer", "funder"); and the short forms notes use for roles ("the release mgr",
 * "the devs").
 */
// biome-ignore format: a word list reads best packed, several entries a line
const PERSON_NOUNS = new Set([
  'crew', 'family', 'team', 'staff', 'board', 'committee', 'department', 'management', 'agency', 'firm', 'council', 'company',
  'office', 'ministry', 'union', 'insurer', 'agent', 'operator', 'founder', 'carer', 'funder', 'reseller', 'teammate', 'groupmate',
  'mate', 'mgr', 'sup', 'supv', 'coord', 'admin', 'dev', 'eng', 'pm', 'rep', 'tech', 'doc', 'sub', 'locum',
  // Institutions that act through their people, which WordNet files first as places or things ("the school cancelled it", "the bank was slow").
  'panel', 'bank', 'school', 'college', 'university', 'hospital', 'clinic', 'police', 'government', 'charity', 'club', 'publisher',
  'airline', 'courier', 'pharmacy',
  // Departments named alone, as notes and speech name them: "finance signed it off late", "dispatch sent the wrong route".
  'finance', 'procurement', 'payroll', 'marketing', 'dispatch', 'qa',
  // Trades WordNet files first as something else: "the builder boarded it over".
  'builder',
]);

/** The nouns whose first sense names a person, from WordNet (see test/nlp/build-person-nouns.ts), sorted; read on first use. */
let personNouns: readonly string[] | null = null;

function namesPerson(word: string): boolean {
  personNouns ??= readFileSync(new URL('./person-nouns.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
  return findLine(personNouns, word) !== undefined;
}

/**
 * A common noun of a person's role or a body of people: "the dispatcher", "the triage nurse", "the
 * site team", "the cert-manager" (a compound by its last part). "The number", "the error" and "the
 * order" name no one, whatever their ending.
 */
export function personRole(lemma: string): boolean {
  // A short form the lexicon does not know keeps its plural ("devs", "mgrs"): its singular is looked up too.
  if (PERSON_NOUNS.has(lemma) || (lemma.endsWith('s') && PERSON_NOUNS.has(lemma.slice(0, -1)))) return true;
  const dash = lemma.lastIndexOf('-');
  const head = dash > 0 ? lemma.slice(dash + 1) : lemma;
  return PERSON_NOUNS.has(head) || namesPerson(head) || personCompound(head);
}

/** What a "-mate" shares in a compound WordNet lacks: "crewmate", "coursemate", "labmate", "deskmate". */
// biome-ignore format: a word list reads best packed
const SHARED = new Set(['crew', 'course', 'lab', 'band', 'desk', 'pod', 'squad', 'shift', 'dorm', 'bunk', 'class', 'team', 'flat', 'house', 'room', 'ship', 'work', 'tent', 'cabin', 'study']);

/**
 * A person named by what they share with someone, written as one word WordNet does not list: "my
 * crewmate", "a labmate". Only after a word for a group or a shared place: "estimate", "climate"
 * and "checkmate" end alike and name no one.
 */
function personCompound(word: string): boolean {
  return word.endsWith('mate') && SHARED.has(word.slice(0, -4));
}

export type Actor = 'self' | 'group' | 'other' | 'thing' | 'none';

/** A sentence's tokens and their clause events: what every reading of a sentence's grammar takes. */
export interface Clauses {
  readonly tokens: readonly Token[];
  readonly events: readonly ClauseEvent[];
}

export interface ClauseEvent {
  readonly actor: Actor;
  /** The lemma of the subject's head word, or null when the clause has none. */
  readonly subject: string | null;
  /** The subject is a common noun ("the carrier", "the build"), whichever actor it was judged to be. */
  readonly nounSubject: boolean;
  /** The subject is owned by the speaker ("my estimate", "our plan"). */
  readonly subjectMine: boolean;
  /** The subject is a share of a group ("most of the drivers", "two of the nurses"): how many it reached, not who. */
  readonly share: boolean;
  /** The act: the main verb's lemma (or the auxiliary's, for "it was late"). */
  readonly act: string | null;
  readonly negated: boolean;
  /** could, should, would, might, may, must, can, will — or null. */
  readonly modal: string | null;
  /** A modal with a perfect: "should have checked", "could've asked". */
  readonly counterfactual: boolean;
  /** A hedge before the act ("I probably could have read it"): an admission held at arm's length. */
  readonly hedged: boolean;
  /** The clause is a condition ("if I can't cover it", "unless we hear back"), not something that happened; "if I had…" is not one. */
  readonly conditional: boolean;
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
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'him', 'her', 'them', 'someone', 'somebody', 'nobody', 'everyone', 'everybody', 'anyone', 'anybody', 'no one', 'who',
  'people',
]);
export const MODALS: ReadonlySet<string> = new Set(['could', 'should', 'would', 'might', 'may', 'must', 'can', 'will', 'shall', 'ought']);
/** The speaker as an object: "told me", "asked us". */
export const SPEAKER_OBJECTS: ReadonlySet<string> = new Set(['me', 'us']);
const HEDGES = new Set(['probably', 'maybe', 'perhaps', 'possibly', 'arguably']);
/** "I should probably have escalated" is how people own a failure out loud: a duty named is owned, hedge or not. */
const OWNING_MODALS = new Set(['should', 'ought', 'must']);
/** The speaker's own verbs of guessing, that hold what they report at arm's length: "I guess I could have looked". */
const GUESSING = new Set(['guess', 'suppose', 'think', 'reckon', 'imagine', 'believe']);
function isBoundary(token: Token): boolean {
  // Subordinators and conjunctions open a new clause (two comparisons: this is asked of every token).
  if (token.pos === 'SCONJ' || token.pos === 'CCONJ') return true;
  // Notes join clauses with a sign for "and": "checked the log + signed it off", "did it & then left".
  if (token.pos === 'SYM') return token.text === '+' || token.text === '&';
  return token.pos === 'PUNCT' && PUNCTUATION_ONLY.test(token.text);
}

/**
 * The commas of a name and its role, before the verb they are the subject of: "Gary, our foreman,
 * initialled the sheet", "our foreman, Gary, initialled it". Neither comma ends a clause, and the
 * second part opens none: the name and the role are one subject, not a verbless clause that leaves
 * the verb with none. So too the commas around adverbs between an auxiliary and its verb ("was,
 * sort of, booked"). The indices from the first comma to the second, or none.
 */
function appositives(tokens: readonly Token[]): ReadonlySet<number> {
  // Most sentences have fewer than two commas: nothing to build.
  let commas = 0;
  for (const t of tokens) if (t.text === ',') commas++;
  if (commas < 2) return NO_INDICES;
  const inside = new Set<number>();
  const nominal = (from: number, to: number): boolean =>
    to > from &&
    to - from <= 4 &&
    tokens
      .slice(from, to)
      .every((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVES.has(t.lower));
  for (let c1 = 1; c1 < tokens.length; c1++) {
    if (tokens[c1]!.text !== ',') continue;
    // The next comma within five words, found in place: a closure over `c1` would have V8 allocate it afresh for every word.
    let c2 = -1;
    for (let k = c1 + 1; k <= c1 + 5 && k < tokens.length && c2 < 0; k++) if (tokens[k]!.text === ',') c2 = k;
    if (c2 < 0 || tokens[c2 + 1]?.pos !== 'VERB') continue;
    // "it was, sort of, booked into the wrong place": only adverbs set off after an auxiliary, which
    // leave its verb in the clause it opened.
    if (tokens[c1 - 1]?.pos === 'AUX' && c2 - c1 <= 4 && tokens.slice(c1 + 1, c2).every((t) => t.pos === 'ADV')) {
      for (let k = c1; k <= c2; k++) inside.add(k);
      continue;
    }
    // The first part runs back from the comma to the sentence start or the last boundary.
    let from = c1;
    while (from > 0 && from > c1 - 4 && !isBoundary(tokens[from - 1]!)) from--;
    if (!nominal(from, c1) || !nominal(c1 + 1, c2)) continue;
    const span = tokens.slice(from, c2);
    // A name: tagged so, or a capitalised noun that is no role (the tagger reads "Gary" opening a sentence as a noun).
    const name = (t: Token): boolean => t.pos === 'PROPN' || (t.pos === 'NOUN' && /^\p{Lu}/u.test(t.text) && !personRole(t.lemma));
    if (!span.some(name) || !span.some((t) => t.pos === 'NOUN' && personRole(t.lemma))) continue;
    for (let k = c1; k <= c2; k++) inside.add(k);
  }
  return inside;
}

/** "the nurse that day hadn't asked": a "that" read as opening a clause, where it names the time of the subject's act. */
function timeBetween(tokens: readonly Token[], i: number): boolean {
  if (!TIME_DETERMINERS.has(tokens[i]!.lower) || !TIMES.has(tokens[i + 1]?.lemma ?? '') || !NOMINAL_HEAD.has(tokens[i - 1]?.pos ?? ''))
    return false;
  // "I told my foreman that morning I hadn't asked": a clause with a subject of its own follows; the verb must follow the time.
  const after = tokens[i + 2];
  return after !== undefined && (after.pos === 'AUX' || after.pos === 'VERB' || after.pos === 'ADV');
}

/**
 * "the nurse on that shift", "in that meeting": a "that" read as opening a clause, right after a
 * preposition and before a noun, is the noun's determiner.
 */
function thatAfterPreposition(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'that' || tokens[i - 1]?.pos !== 'ADP') return false;
  const next = tokens[i + 1]?.pos;
  return next === 'NOUN' || next === 'ADJ' || next === 'NUM';
}

/** A determiner at `k`, as tagged or as a "that" after a preposition (thatAfterPreposition). */
function determinerAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.pos === 'DET' || (k > 0 && thatAfterPreposition(tokens, k));
}

/**
 * "handled that handover badly": a "that" read as opening a clause, right after a verb, where the
 * words after it are a noun phrase with no verb before the next stop. It is the verb's determiner.
 */
function thatDeterminer(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'that' || tokens[i - 1]?.pos !== 'VERB' || tokens[i + 1]?.pos !== 'NOUN') return false;
  for (let k = i + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "signed that form without reading it": a gerund after a preposition is no verb of a clause.
    if (t.pos === 'VERB' && tokens[k - 1]!.pos === 'ADP' && t.lower.endsWith('ing')) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return false;
    // A comma may set off a phrase inside a clause that goes on ("said that prices, not dates, would change").
    if (t.pos === 'PUNCT') return t.text !== ',';
    if (t.pos === 'CCONJ' || t.pos === 'SCONJ') return true;
  }
  return true;
}

function isNominal(token: Token): boolean {
  return token.pos === 'PRON' || token.pos === 'NOUN' || token.pos === 'PROPN';
}

/** Bodies of people that "our" makes the speaker's own side: "our team", "our night shift", "our department". */
// biome-ignore format: a word list reads best packed
const OUR_SIDE = new Set([
  'team', 'crew', 'staff', 'department', 'dept', 'unit', 'squad', 'office', 'shift', 'group', 'side', 'branch', 'company', 'firm',
  'practice', 'lab', 'ward', 'desk', 'family', 'household', 'committee', 'board', 'management', 'organisation', 'organization',
]);

/** Shifts named by when they work: "the night shift", "the early shift". */
const SHIFT_TIMES = new Set(['night', 'day', 'early', 'late', 'back', 'morning', 'evening', 'weekend', 'other', 'previous', 'next']);

/** What a shift does as a stretch of time: "the night shift ran long", "the late shift started at ten". */
const SHIFT_PASSING = new Set(['run', 'start', 'begin', 'end', 'finish', 'last', 'drag', 'overrun', 'go']);

/**
 * "the night shift had been driving that truck": a shift named by its time is the crew on it, when
 * it acts; "the night shift ran long" is the stretch of time.
 */
function crewOfShift(head: Token, before: Token | undefined, act: Token): boolean {
  return head.lemma === 'shift' && before !== undefined && SHIFT_TIMES.has(before.lower) && !SHIFT_PASSING.has(act.lemma);
}

/** The actor type of a subject head, with the words before it in its noun phrase (`tokens` from `from` up to `to`, not included). */
function actorOf(
  head: Token,
  tokens: readonly Token[],
  from: number,
  to: number,
  act: Token | null,
  onSpeaker: boolean,
): { actor: Actor; mine: boolean } {
  const possessor = to > from ? tokens[to - 1]! : null;
  const mine = possessor !== null && (possessor.lower === 'my' || possessor.lower === 'our');
  if (head.pos === 'PRON') {
    if (SELF.has(head.lower)) return { actor: 'self', mine: false };
    if (GROUP.has(head.lower)) return { actor: 'group', mine: false };
    if (OTHER_PRONOUNS.has(head.lower)) return { actor: 'other', mine: false };
    return { actor: 'thing', mine: false };
  }
  // "our team", "our crew": the speaker's side. "Our broker", "our estimate": read as any noun is, and theirs.
  if (possessor?.lower === 'our' && OUR_SIDE.has(head.lemma)) return { actor: 'group', mine: true };
  if (head.pos === 'PROPN' || properNounIn(tokens, from, to)) return { actor: 'other', mine };
  // A common noun acts as a party when it does something to the speaker ("the vendor told us")
  // or its noun phrase is a person's role held by the speaker's side ("my manager").
  if (onSpeaker) return { actor: 'other', mine };
  // "my groupmate had the regression section": "have" is an act here, whatever its tag; a copula is not.
  if (
    act &&
    (act.pos === 'VERB' || (act.lemma === 'have' && act.lower !== "'d")) &&
    (personRole(head.lemma) || crewOfShift(head, tokens[to - 1], act))
  ) {
    return { actor: 'other', mine };
  }
  // "document control never bothered to swap it", "the venue refused to refund us": acts only a party does make its subject one.
  if (act?.pos === 'VERB' && AGENT_ONLY.has(act.lemma)) return { actor: 'other', mine };
  // "control hadn't put the notice up", "dispatch never told us": a singular noun with no article, doing
  // a duty of passing word or work on, names a unit of the organisation as a name would.
  if (
    act?.pos === 'VERB' &&
    head.pos === 'NOUN' &&
    head.lower === head.lemma &&
    UNIT_DUTIES.has(act.lemma) &&
    bareName(tokens, from, to, act)
  ) {
    return { actor: 'other', mine };
  }
  return { actor: 'thing', mine };
}

/** The noun at `to` stands alone as the active subject of `act`: no word of its phrase before it, and no "be" before the act (not "service was updated"). */
function bareName(tokens: readonly Token[], from: number, to: number, act: Token): boolean {
  if (from !== to || (to > 0 && !BEFORE_BARE.has(tokens[to - 1]!.pos))) return false;
  for (let k = to + 1; k < tokens.length && tokens[k] !== act; k++) if (tokens[k]!.lemma === 'be') return false;
  return true;
}

/** What may stand right before a bare noun that names a unit: the clause's edge, a comma, "and", "so", an adverb ("Now, control…"). */
const BEFORE_BARE = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'ADV', 'INTJ']);
/** Duties of passing word or work on, which a unit named by a bare noun does ("control", "dispatch", "payroll"). */
// biome-ignore format: a word list reads best packed
const UNIT_DUTIES = new Set([
  'tell', 'send', 'put', 'update', 'inform', 'warn', 'give', 'pass', 'post', 'confirm', 'approve', 'book', 'issue', 'notify',
  'share', 'reply', 'respond', 'flag', 'brief', 'forward', 'publish', 'release', 'schedule', 'assign',
]);

/** A proper noun among `tokens` from `from` up to `to`. */
function properNounIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'PROPN') return true;
  return false;
}

/** Acts of will that only a person or a body of people does: whatever its noun, their subject is a party. */
const AGENT_ONLY = new Set([
  'bother',
  'refuse',
  'decide',
  'promise',
  'forget',
  'agree',
  'choose',
  'insist',
  'neglect',
  'pretend',
  'apologise',
  'apologize',
]);

/** The speaker owns a failure in this clause: "I should have asked", "I didn't check". */
export function speakerOwns(event: ClauseEvent): boolean {
  // "I was never told" is done to the speaker, not by them.
  return (
    event.actor === 'self' &&
    ((event.counterfactual && !event.hedged) || (event.negated && event.act !== 'be' && !event.conditional && !event.passive))
  );
}

/** Verbs that open a clause whose subject is their object: "had the printer run it", "let the team decide". */
const CAUSATIVES = new Set(['have', 'let', 'make', 'get']);

/** Words that open a clause of time or reason inside another: "before she read it", "while they waited". */
const INTERRUPTING = new Set(['before', 'after', 'when', 'while', 'because', 'since', 'until', 'although', 'though', 'once', 'whilst']);

/**
 * "I told the partner, before she read it, and explained where I had gone wrong": a clause of time
 * or reason set off by commas on both sides. Its subject is its own; the clause after it shares the
 * subject of the one it interrupts.
 */
function setOff(tokens: readonly Token[], from: number, end: number): boolean {
  if (tokens[end + 1]?.text !== ',') return false;
  // The conjunction opens the clause ("before she read it") or stands just outside it ("while | she was at her desk").
  if (tokens[from - 1]?.text === ',' && INTERRUPTING.has(tokens[from]?.lower ?? '')) return true;
  return tokens[from - 2]?.text === ',' && INTERRUPTING.has(tokens[from - 1]?.lower ?? '');
}

/** The subject a clause without one shares with the clause before it. */
type Inherited = { actor: Actor; subject: string | null; mine: boolean };

/** Splits a tagged sentence into clauses and describes each. */
export function clauseEvents(tokens: readonly Token[]): ClauseEvent[] {
  const events: ClauseEvent[] = [];
  let start = 0;
  // Where clauses reported inside this one begin ("I think | he missed it"): each reaches to the
  // clause's end, and so does the clause that reports it, whose words include what it reports.
  const reported: number[] = [];
  let inherited: Inherited | null = null;
  const describeFrom = (from: number, end: number, hedgedReport = false): void => {
    const event = describe(tokens, from, end, inherited, hedgedReport) ?? leftUndone(tokens, from, end, events.at(-1));
    if (event) {
      events.push(event);
      // "…, had the printer run it, and recovered the cost": the printer is the causative's object, and the
      // clause after shares the subject of the one who had it done.
      const causative = CAUSATIVES.has(tokens[from]?.lemma ?? '') && inherited !== null;
      if (event.actor !== 'none' && !causative && !setOff(tokens, from, end))
        inherited = { actor: event.actor, subject: event.subject, mine: event.subjectMine };
    }
  };
  // The subject to take back once a relative clause ends: "I sorted out the ones that had arrived
  // damaged, and reorganized the store" is the speaker's reorganizing, not the ones'.
  let resume: Inherited | null | undefined;
  const apposed = appositives(tokens);
  const close = (end: number): void => {
    if (end >= start) {
      describeFrom(start, end);
      for (const from of reported) describeFrom(from, end, guessedBySpeaker(tokens, start, from));
    }
    reported.length = 0;
    if (resume !== undefined) inherited = resume;
    resume = undefined;
  };
  // The main verb after a relative clause inside the subject ("the fitter who did the service | made
  // an error"), and the subject it takes back.
  let mainAt = -1;
  let mainSubject: Inherited | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (i === mainAt) {
      close(i - 1);
      start = i;
      inherited = mainSubject;
      mainAt = -1;
      continue;
    }
    if (mainAt < 0 && RELATIVE_PRONOUNS.has(tokens[i]!.lower)) {
      const main = centredRelative(tokens, start, i);
      if (main) {
        mainAt = main.at;
        mainSubject = main.subject;
      }
    }
    if (
      (isBoundary(tokens[i]!) &&
        !timeBetween(tokens, i) &&
        !thatDeterminer(tokens, i) &&
        !thatAfterPreposition(tokens, i) &&
        !apposed.has(i)) ||
      resultOpener(tokens, i)
    ) {
      close(i - 1);
      start = i + 1;
      const relative = relativeSubject(tokens, i);
      if (relative) {
        resume = inherited;
        inherited = relative;
      }
    } else if (i > start && embeddedSubject(tokens, reported.at(-1) ?? start, i)) {
      reported.push(i);
    } else if (i > start && reported.length === 0 && !apposed.has(i) && freshSubject(tokens, start, i)) {
      close(i - 1);
      start = i;
    }
  }
  close(tokens.length - 1);
  return events;
}

/** Pronouns that open a relative clause after a noun. */
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);
/** What may come before a clause's subject and still leave it the clause's first words: "Now, the fitter…", "And the vendor…". */
const BEFORE_SUBJECT = new Set(['ADV', 'CCONJ', 'PUNCT', 'INTJ']);

/**
 * "The fitter who did the service made an error", "the driver that took the van hadn't checked the
 * tyres": a relative clause inside the subject, with the main clause's verb after it. The noun
 * phrase must open its clause (after "and" or an adverb at most): after a verb ("we hired a fitter
 * who…") a relative clause trails its object and no main verb follows. The relative clause's own
 * verb group comes first; the first verb group inflected for tense after it, with no boundary
 * between, is the main clause's, and its subject is the noun before the pronoun. After a verb of
 * saying ("the fitter who said the seal was fine") what follows is what was said.
 */
function centredRelative(tokens: readonly Token[], start: number, i: number): { at: number; subject: Inherited } | null {
  const antecedent = tokens[i - 1];
  if (antecedent?.pos !== 'NOUN' && antecedent?.pos !== 'PROPN') return null;
  let np = i - 1;
  while (np - 1 >= start && (IN_NOUN_PHRASE.has(tokens[np - 1]!.pos) || tokens[np - 1]!.lemma === "'s")) np--;
  for (let k = start; k < np; k++) if (!BEFORE_SUBJECT.has(tokens[k]!.pos)) return null;
  let j = i + 1;
  // "the manager who I'd asked": the relative clause's own subject, and the main verb may come right after its verb.
  const ownSubject = SUBJECT_CASE.has(tokens[j]?.lower ?? '');
  if (ownSubject) j++;
  if (!verbGroupAt(tokens, j, false)) return null;
  let verb = -1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') {
      verb = j++;
      break;
    }
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
    verb = j++;
  }
  if (verb < 0 || REPORTING.has(tokens[verb]!.lemma)) return null;
  for (let k = ownSubject ? j : j + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if ((isBoundary(t) && !thatDeterminer(tokens, k)) || SUBJECT_CASE.has(t.lower)) return null;
    const before = tokens[k - 1]!;
    const afterObject = before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'NUM';
    if (!afterObject && !(ownSubject && k === j)) continue;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && t.lower !== t.lemma)) {
      const { actor, mine } = actorOf(antecedent, tokens, np, i - 1, t, false);
      return { at: k, subject: { actor, subject: antecedent.lemma, mine } };
    }
  }
  return null;
}

/** Words that open a subordinate clause, whatever their tag: a subject after them starts that clause, not a new one. */
// biome-ignore format: a word list reads best packed
const SUBORDINATE_OPENERS = new Set([
  'when', 'where', 'while', 'whether', 'if', 'like', 'as', 'than', 'because', 'before', 'after', 'until', 'till', 'since', 'once',
  'though', 'although', 'unless', 'whenever', 'wherever', 'so', 'that', 'which', 'who', 'how', 'why', 'what', 'whom', 'whose',
]);

/** Parts of speech after which a subject pronoun may open a relative clause ("the payments he hadn't made"), not a new one. */
const BEFORE_RELATIVE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);

/**
 * "the vpn kept dropping so on weds i exported the table", "it looked fine then we shipped it": a
 * pronoun in the subject case, with its own verb group, opens a clause of its own where the words
 * before it already hold a verb, comma or not, as notes are typed. Not right after a noun phrase,
 * where it may open a relative clause ("the days I'd missed"), unless that is a time set off by a
 * preposition ("on weds", "by Friday").
 */
function freshSubject(tokens: readonly Token[], start: number, i: number): boolean {
  if (!SUBJECT_CASE.has(tokens[i]!.lower) || !verbGroupAt(tokens, i + 1, false)) return false;
  const prev = tokens[i - 1]!;
  // "before they went out", "when she was late", "had I skipped it": the pronoun's clause hangs on the word before it.
  if (prev.pos === 'ADP' || prev.pos === 'SCONJ' || prev.pos === 'AUX' || SUBORDINATE_OPENERS.has(prev.lower)) return false;
  const timeSetOff =
    (prev.pos === 'PROPN' || TIMES.has(prev.lemma)) && i - 2 >= start && tokens[i - 2]!.pos === 'ADP' && tokens[i - 2]!.lower !== 'of';
  if (BEFORE_RELATIVE.has(prev.pos) && !timeSetOff) return false;
  for (let k = start; k < i; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/**
 * "…could only refund fifty so I used her login": "so" with a subject pronoun and that subject's
 * own verb after it opens a clause of its own, comma or not (the tagger reads this "so" as an adverb).
 */
function resultOpener(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i]!.lower === 'so' && SUBJECT_CASE.has(tokens[i + 1]?.lower ?? '') && verbGroupAt(tokens, i + 2, false);
}

/**
 * A clause after "but" with no verb of its own that denies the act before it for something else:
 * "I profiled it in the test level, but not in the swamp level", "we checked the first batch but
 * never the second". The act is the one before, not done there.
 */
function leftUndone(tokens: readonly Token[], first: number, last: number, before: ClauseEvent | undefined): ClauseEvent | null {
  const opener = tokens[first]?.lower;
  if ((opener !== 'not' && opener !== 'never') || tokens[first - 1]?.lower !== 'but' || first === last) return null;
  if (!before || before.negated || before.act === null) return null;
  // "but not because…", "but not really", "but not yet": the denial is of a reason or a degree, not of the act.
  const next = tokens[first + 1]!;
  if (next.pos === 'ADV' || next.pos === 'SCONJ' || next.pos === 'PART') return null;
  return { ...before, negated: true, first, last };
}

/**
 * "the payments that had not yet settled", "the engineer that signed it off": a "that" right after
 * a noun, with the clause's verb right after it, opens a relative clause whose subject is that noun,
 * not the subject of the clause before.
 */
function relativeSubject(tokens: readonly Token[], i: number): Inherited | null {
  const antecedent = tokens[i - 1];
  if (tokens[i]!.lower !== 'that' || (antecedent?.pos !== 'NOUN' && antecedent?.pos !== 'PROPN') || !verbGroupAt(tokens, i + 1, false))
    return null;
  let np = i - 1;
  while (np - 1 >= 0 && (IN_NOUN_PHRASE.has(tokens[np - 1]!.pos) || tokens[np - 1]!.lemma === "'s")) np--;
  let verb = i + 1;
  while (verb < tokens.length - 1 && tokens[verb]!.pos !== 'VERB' && !isBoundary(tokens[verb]!)) verb++;
  const { actor, mine } = actorOf(antecedent, tokens, np, i - 1, tokens[verb] ?? null, false);
  return { actor, subject: antecedent.lemma, mine };
}

/** Pronouns that open a clause of their own only with a verb inflected for tense after them ("I saw it happen" is no clause). */
const BARE_SUBJECTS = new Set(['it', 'you']);
/** What a noun phrase is made of after its first word: "the night shift's lead", "two pallets". */
const IN_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * A verb group at `k`, past any adverbs: an auxiliary, or a verb not in "-ing"; `finite` asks for
 * a verb inflected for tense ("took", "misses"), not a bare form.
 */
function verbGroupAt(tokens: readonly Token[], k: number, finite: boolean): boolean {
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'not' || tokens[k]?.lower === 'never') k++;
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.pos === 'AUX') return true;
  return t.pos === 'VERB' && !t.lower.endsWith('ing') && (!finite || t.lower !== t.lemma);
}

/**
 * Verbs that take a clause with no "that" before it ("I think he missed it", "I assumed the
 * client had signed off"): verbs of saying, knowing and believing. A clause after any other verb
 * with no word to open it is a relative one ("payments he hadn't made") or tells a result ("so
 * the crew moved"): it describes, and stays inside the clause it belongs to.
 */
// biome-ignore format: a word list reads best packed
const REPORTING = new Set([
  'think', 'assume', 'believe', 'know', 'say', 'tell', 'hear', 'realise', 'realize', 'find', 'guess', 'suppose', 'expect', 'feel',
  'reckon', 'understand', 'notice', 'see', 'figure', 'learn', 'discover', 'admit', 'explain', 'mention', 'claim', 'insist', 'promise',
  'hope', 'worry', 'fear', 'remember', 'forget', 'doubt', 'imagine', 'presume', 'trust', 'warn', 'reply', 'answer', 'swear', 'bet',
]);
const OBJECT_CASE = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
const LINKING = new Set(['so', 'then', 'therefore', 'thus']);

/** The clause reported from `from` is the speaker's guess: "I guess | I could have looked". */
function guessedBySpeaker(tokens: readonly Token[], start: number, from: number): boolean {
  let k = from - 1;
  while (k > start && tokens[k]!.pos === 'ADV') k--;
  return GUESSING.has(tokens[k]?.lemma ?? '') && tokens.slice(start, k).some((t) => SELF.has(t.lower));
}

/**
 * A clause reported after a verb of saying or knowing, with no "that" to open it: "I think he
 * missed it", "I assumed the client had signed off", "I told him we were late". At `i` its subject
 * begins (a pronoun, or a noun phrase from its first word) with its own finite verb right after
 * it. A bare form after the noun phrase is no clause ("I saw the team redo it").
 */
function embeddedSubject(tokens: readonly Token[], start: number, i: number): boolean {
  const t = tokens[i]!;
  // The reporting verb right before, past adverbs and, for "tell", its object pronoun. "so" links
  // a result ("a plasterer I know so she wasn't waiting"), it reports nothing.
  let k = i - 1;
  while (k > start && tokens[k]!.pos === 'ADV' && !LINKING.has(tokens[k]!.lower)) k--;
  if (k > start && OBJECT_CASE.has(tokens[k]!.lower)) k--;
  const verb = tokens[k]!;
  if (k < start || verb.pos !== 'VERB' || !REPORTING.has(verb.lemma)) return false;
  // A pronoun in the subject case can only open a clause: "I guess they never read it" ("read" looks bare).
  if (SUBJECT_CASE.has(t.lower)) return verbGroupAt(tokens, i + 1, false);
  if (BARE_SUBJECTS.has(t.lower)) return verbGroupAt(tokens, i + 1, true);
  if (!opensNounPhrase(t) && t.pos !== 'PROPN' && t.pos !== 'NOUN') return false;
  let end = i + 1;
  while (end < tokens.length && (IN_NOUN_PHRASE.has(tokens[end]!.pos) || tokens[end]!.lemma === "'s")) end++;
  const head = tokens[end - 1]!;
  return (head.pos === 'NOUN' || head.pos === 'PROPN') && verbGroupAt(tokens, end, true);
}

/** Words after which a later auxiliary belongs to a clause of its own: "the design we had agreed", "the plan that was". */
const OWN_CLAUSE = new Set(['that', 'which', 'who', 'whom', 'whose', 'i', 'we', 'you', 'he', 'she', 'they', 'it']);

/**
 * A participle right after its noun, with a preposition after it, that describes the noun rather
 * than telling what it did: "the paralegal assigned to the matter did not flag it", "the report
 * sent by the vendor was wrong". The clause's own verb group (an auxiliary or a verb in the past)
 * must follow, with no subject of its own before it.
 */
function reducedRelative(tokens: readonly Token[], i: number, last: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || t.lower === t.lemma || t.lower.endsWith('ing')) return false;
  if (!next || (next.pos !== 'ADP' && next.lower !== 'to')) return false;
  for (let k = i + 2; k <= last; k++) {
    const x = tokens[k]!;
    // A subject of its own, not the object of a preposition ("assigned to it").
    if (OWN_CLAUSE.has(x.lower) && tokens[k - 1]?.pos !== 'ADP' && tokens[k - 1]?.lower !== 'to') return false;
    // The clause's own verb group: an auxiliary, or a verb in the past ("the engineer assigned to it fixed it").
    if (x.pos === 'AUX') return true;
    // (A regular past form may keep its own lemma: "fixed".)
    if (x.pos === 'VERB')
      return (x.lower !== x.lemma || x.lower.endsWith('ed')) && !x.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to';
  }
  return false;
}

/** "got" before a participle is the passive's auxiliary, however it is tagged: "the sheet got signed off". */
function getPassive(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  // "got signed", "got lost"; not "got going".
  return (
    tokens[i]!.lemma === 'get' && next !== undefined && next.pos === 'VERB' && next.lower !== next.lemma && !next.lower.endsWith('ing')
  );
}

const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);
const NO_INDICES: ReadonlySet<number> = new Set();
/** Determiners that open a noun phrase, unlike "all" or "both" after a subject ("we all approved changes"). */
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'every', 'each', 'another']);

/** A word that opens a noun phrase: an article, a possessive. */
const opensNounPhrase = (t: Token | undefined): boolean => t !== undefined && (ARTICLES.has(t.lower) || POSSESSIVES.has(t.lower));

/**
 * A participle inside a noun phrase, before its noun: "the two missing readings", "our revised
 * date", "a broken link". A number opens no noun phrase of its own ("in 2021 sent invoices").
 */
function prenominal(tokens: readonly Token[], i: number, first: number): boolean {
  const prev = tokens[i - 1];
  const form = tokens[i]!;
  if (i <= first || !prev || tokens[i + 1]?.pos !== 'NOUN' || form.lower === form.lemma) return false;
  if (opensNounPhrase(prev)) return true;
  return (prev.pos === 'NUM' || prev.pos === 'ADJ') && opensNounPhrase(tokens[i - 2]);
}

/**
 * "the manager didn't have the login": the tagger reads "have" after another auxiliary as one too,
 * so a clause with no verb would take "did" as its act. A "have" that ends the chain of auxiliaries
 * begun at `auxAt` and is followed by what it has (not a participle) is the act; else `auxAt`.
 */
function possessing(tokens: readonly Token[], auxAt: number, last: number): number {
  if (auxAt < 0) return auxAt;
  let k = auxAt + 1;
  while (k <= last && (tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'ADV')) k++;
  const have = tokens[k];
  if (k > last || have?.pos !== 'AUX' || have.lower !== 'have' || tokens[auxAt]!.lemma !== 'do') return auxAt;
  const next = tokens[k + 1];
  return next !== undefined &&
    k + 1 <= last &&
    (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PRON' || next.pos === 'ADJ' || next.pos === 'NUM')
    ? k
    : auxAt;
}

/**
 * The index of the clause's act (its first verb, else its first auxiliary), of its first verb (-1
 * when absent), and where its subject must stand before: the act, or a participle that describes
 * the subject ("the paralegal assigned to the matter did not flag it": the act is "flag").
 */
function findAct(tokens: readonly Token[], first: number, last: number): { actAt: number; verbAt: number; subjectBefore: number } {
  let verbAt = -1;
  let auxAt = -1;
  let subjectBefore = -1;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB') {
      if (prenominal(tokens, i, first) || getPassive(tokens, i)) continue;
      if (subjectBefore < 0 && auxAt < 0 && i > first && reducedRelative(tokens, i, last)) {
        subjectBefore = i;
        continue;
      }
      verbAt = i;
      break;
    }
    if (t.pos === 'AUX' && auxAt < 0) auxAt = i;
  }
  const actAt = verbAt >= 0 ? verbAt : possessing(tokens, auxAt, last);
  return { actAt, verbAt, subjectBefore: subjectBefore >= 0 ? subjectBefore : actAt };
}

/**
 * Negation, the modal and a modal perfect ("should have") up to the act. A copula's negation
 * follows it ("they weren't happy", "it was never ready"): when the act is "be" itself, the word
 * after it counts too.
 */
function modality(
  tokens: readonly Token[],
  first: number,
  last: number,
  actAt: number,
  copula: boolean,
): { modal: string | null; counterfactual: boolean; negated: boolean } {
  let modal: string | null = null;
  let counterfactual = false;
  let negated = false;
  // After a copula, adverbs may stand before its negation: "the client was really not happy".
  let negationUpTo = actAt;
  if (copula) {
    negationUpTo = actAt + 1;
    while (negationUpTo <= last && tokens[negationUpTo]!.pos === 'ADV') negationUpTo++;
  }
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    // "…, not after something has gone wrong": the "not" sets one time against another; the clause after it is not denied.
    if (i <= negationUpTo && (t.lemma === 'not' || t.lower === 'never' || t.lower === "n't") && !contrast(tokens, i)) negated = true;
    if (t.pos === 'AUX' && MODALS.has(t.lemma) && i <= actAt) modal = t.lemma;
    if (modal && i < actAt && t.lemma === 'have' && t.pos === 'AUX') counterfactual = true;
  }
  return { modal, counterfactual, negated };
}

/** Words a "not" can set against another time without denying the clause they open. */
const CONTRASTED = new Set(['after', 'before', 'until', 'till']);

/** Words that open what a "not" after a stop sets against what came before: "…, not what the rules allow". */
const CONTRASTED_AFTER_STOP = new Set(['what', 'which', 'whatever', 'who', 'whom', 'where', 'how']);

/**
 * The word "not" itself (not "n't", not "never") right before one of CONTRASTED: "never once" and
 * "didn't because…" still deny. After a stop, "not" before a wh-word sets one thing against
 * another ("it tells me what the client paid for, not what the government will allow"): the clause
 * it opens is not denied.
 */
function contrast(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'not') return false;
  const next = tokens[i + 1]?.lower ?? '';
  return CONTRASTED.has(next) || (tokens[i - 1]?.pos === 'PUNCT' && CONTRASTED_AFTER_STOP.has(next));
}
/** Words that open a condition. */
const CONDITIONS = new Set(['if', 'unless', 'whenever']);

/** The clause from `first` is a condition: opened by "if", "unless" or "whenever", and not a past perfect ("if I had asked"). */
function conditionAt(tokens: readonly Token[], first: number, actAt: number): boolean {
  if (!CONDITIONS.has(tokens[first - 1]?.lower ?? '')) return false;
  for (let i = first; i < actAt; i++) if (tokens[i]!.lower === 'had' || tokens[i]!.lower === "'d") return false;
  return true;
}

/** Participles the lexicon keeps as their own lemma, read as one by form: "had to be broken", "was frozen". */
const KEPT_PARTICIPLES = new Set(['broken', 'frozen']);

/** be/get + participle, with nothing but adverbs (and the commas around them) between: a passive. */
function isPassive(tokens: readonly Token[], first: number, verbAt: number, act: Token): boolean {
  if (verbAt < 0) return false;
  let passive = false;
  for (let i = verbAt - 1; i >= first; i--) {
    const t = tokens[i]!;
    // "was, sort of, booked": commas that set off an adverb between the auxiliary and the participle.
    if (t.pos === 'ADV' || t.pos === 'PART' || t.lower === ',') continue;
    // The lexicon keeps "being" as its own lemma: "were being reviewed late" is a passive too.
    // A form the lexicon left as its own lemma may still be a participle by its ending: "was informed late".
    const participle =
      act.lower !== act.lemma ||
      SAME_FORM_PAST.has(act.lower) ||
      KEPT_PARTICIPLES.has(act.lower) ||
      (act.pos === 'VERB' && act.lower.endsWith('ed'));
    if ((t.lemma === 'be' || t.lower === 'being' || t.lemma === 'get') && !act.lower.endsWith('ing') && participle) passive = true;
    break;
  }
  return passive;
}

/** "no one", which the tagger reads as a determiner and a number: a pronoun like "nobody". */
function noOne(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.lower === 'one' && tokens[i - 1]?.lower === 'no';
}

const SUBJECT_CASE = new Set(['i', 'we', 'he', 'she', 'they']);
/** Words that open a clause but may be tagged as prepositions. */
const SUBORDINATORS = new Set(['before', 'after', 'until', 'till', 'since', 'as', 'because', 'once', 'than']);

/** The subject: the last nominal before the act that is not the object of a preposition; -1 when none. */
function subjectHeadAt(tokens: readonly Token[], first: number, actAt: number): number {
  for (let i = actAt - 1; i >= first; i--) {
    const t = tokens[i]!;
    if (!isNominal(t) && !noOne(tokens, i)) continue;
    // A pronoun in the subject case after a word that opens a clause is its subject, however that word is tagged: "before i cut it".
    if (SUBJECT_CASE.has(t.lower) && SUBORDINATORS.has(tokens[i - 1]?.lower ?? '')) return i;
    // "the triage nurse that day hadn't asked": a time told between the subject and its verb is not the subject.
    if (TIMES.has(t.lemma) && TIME_DETERMINERS.has(tokens[i - 1]?.lower ?? '') && NOMINAL_HEAD.has(tokens[i - 2]?.pos ?? '')) continue;
    // "then about 5 months later did the same again": a span of time measured back or on is when, not who.
    if (TIMES.has(t.lemma) && SPAN_ENDS.has(tokens[i + 1]?.lower ?? '')) continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const of = ofBefore(tokens, i);
    if (
      of < 0 &&
      prev?.pos !== 'ADP' &&
      !(determinerAt(tokens, i - 1) && prev2?.pos === 'ADP') &&
      !inPhraseAfterPreposition(tokens, first, i)
    )
      return pronounBefore(tokens, first, i) ?? i;
    if (of >= 0 && partitive(tokens, first, of)) return i;
  }
  return -1;
}

/** What stands between a determiner and its noun: "the twelve weakest", "the night-shift". */
const MODIFIERS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * "Our scheme for the twelve weakest readers moved…": the noun at `i` heads a phrase that opens on
 * a determiner right after a preposition (not "of", which a share reads), so it belongs to the
 * noun before it and is not the subject. Without the determiner the phrase's start is unknown ("at
 * 3am nurses found…"), and a determiner after a noun opens a phrase of its own ("after the night
 * shift the nurse left").
 */
function inPhraseAfterPreposition(tokens: readonly Token[], first: number, i: number): boolean {
  if (!NOMINAL_HEAD.has(tokens[i]!.pos)) return false;
  let k = i - 1;
  while (k > first && MODIFIERS.has(tokens[k]!.pos)) k--;
  if (k <= first || !determinerAt(tokens, k)) return false;
  const adp = tokens[k - 1]!;
  // The phrase hangs on a noun before it; one that opens the clause ("During the night shift nurses
  // found…") is a time or a place, and the noun after it the subject.
  const head = tokens[k - 2];
  return adp.pos === 'ADP' && adp.lower !== 'of' && head !== undefined && k - 2 >= first && NOMINAL_HEAD.has(head.pos);
}

const NOMINAL_HEAD = new Set(['NOUN', 'PROPN']);
/** Times a "that" or "this" can name between a subject and its verb: "the nurse that day". */
// biome-ignore format: a word list reads best packed
export const TIMES: ReadonlySet<string> = new Set([
  'day', 'week', 'morning', 'afternoon', 'evening', 'night', 'month', 'year', 'time', 'shift', 'weekend', 'quarter', 'season', 'term',
]);
const TIME_DETERMINERS = new Set(['that', 'this', 'last', 'next', 'every']);
/** What closes a span of time told as when: "two weeks later", "a year ago", "three days earlier". */
const SPAN_ENDS = new Set(['later', 'ago', 'earlier']);

/** "nobody at head office had checked it": a pronoun of a person with a place or a group after it is the subject. */
function pronounBefore(tokens: readonly Token[], first: number, head: number): number | undefined {
  let k = head - 1;
  while (k > first && PHRASE_WORDS.has(tokens[k]!.pos)) k--;
  if (k <= first || tokens[k]!.pos !== 'ADP' || tokens[k]!.lower === 'of') return undefined;
  const pronoun = tokens[k - 1]!;
  return PERSON_PRONOUNS.has(pronoun.lower) ? k - 1 : undefined;
}
const PHRASE_WORDS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM', 'DET']);
/** Pronouns of people that a prepositional phrase can follow: "someone from the vendor", "everyone on the night shift". */
const PERSON_PRONOUNS = new Set(['nobody', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody']);

/** The "of" right before a noun phrase's head ("of the drivers", "of drivers"), or -1. */
function ofBefore(tokens: readonly Token[], head: number): number {
  const prev = tokens[head - 1];
  if (prev?.lower === 'of') return head - 1;
  return prev?.pos === 'DET' && tokens[head - 2]?.lower === 'of' ? head - 2 : -1;
}

/** Quantities that take a share of a group: "most of the regulars", "two of the nurses", "a lot of the parents". */
// biome-ignore format: a word list reads best packed
const SHARES = new Set([
  'most', 'many', 'few', 'half', 'some', 'all', 'both', 'several', 'each', 'majority', 'rest', 'lot', 'lots', 'couple', 'handful', 'dozen',
]);
/** Words that can qualify a share before it: "over half of", "only two of", "almost all of". */
const SHARE_QUALIFIERS = new Set(['over', 'only', 'almost', 'nearly', 'about', 'around', 'just', 'under', 'roughly']);

/** "most of the regulars hadn't booked": the group after "of" is the subject, not the object of a preposition. */
function partitive(tokens: readonly Token[], first: number, of: number): boolean {
  if (of - 1 < first) return false;
  const share = tokens[of - 1]!;
  if (!SHARES.has(share.lower) && share.pos !== 'NUM') return false;
  // The share opens the noun phrase: "a lot of", "the rest of", "most of", "but over half of".
  let k = of - 2;
  if (k >= first && SHARE_QUALIFIERS.has(tokens[k]!.lower)) k--;
  if (k >= first && tokens[k]!.pos === 'DET') k--;
  const before = tokens[k];
  return k < first || before === undefined || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/**
 * "I was the duty manager running the late shift", "we were the only crew covering the north":
 * the act after the role is the speaker's in that role, not another party's.
 * The speaker (or their group) when the role's noun phrase, from `np`, follows "I was" or "we were".
 */
function roleHeld(tokens: readonly Token[], np: number, headAt: number): 'self' | 'group' | null {
  // "I was the manager who approved it": the relative's "who" is the role's, and the role the speaker's.
  if (tokens[headAt]!.lower === 'who') {
    let role = headAt - 1;
    // "the one who", "the only person who".
    if (tokens[role]?.pos !== 'NOUN' && tokens[role]?.lower !== 'one') return null;
    while (
      role - 1 >= 0 &&
      (IN_NOUN_PHRASE.has(tokens[role - 1]!.pos) || tokens[role - 1]!.lower === 'only') &&
      tokens[role - 1]!.lemma !== 'be'
    )
      role--;
    return speakerRole(tokens, role);
  }
  // A participle right after the role, or any act a role told after "I was" heads (the tagger may
  // make a verb of a noun after it: "I was site manager on a timber-frame block of flats").
  return speakerRole(tokens, np);
}

/** The noun phrase from `np` follows "I was" or "we were": a role the speaker held. */
function speakerRole(tokens: readonly Token[], np: number): 'self' | 'group' | null {
  const be = tokens[np - 1];
  if (be?.lemma !== 'be' || be.lower === 'being') return null;
  const who = tokens[np - 2]?.lower;
  return who === 'i' ? 'self' : who === 'we' ? 'group' : null;
}

/** Who the subject is: from its own noun phrase when the clause has one, else shared with the clause before. */
function subjectOf(
  tokens: readonly Token[],
  first: number,
  before: number,
  actAt: number,
  onSpeaker: boolean,
  inherited: Inherited | null,
): { actor: Actor; subject: string | null; mine: boolean; nounSubject: boolean; share: boolean } {
  const headAt = subjectHeadAt(tokens, first, before);
  if (headAt >= 0 && noOne(tokens, headAt)) return { actor: 'other', subject: 'no one', mine: false, nounSubject: false, share: false };
  if (headAt >= 0) {
    const head = tokens[headAt]!;
    let np = headAt;
    // A determiner opens the phrase: "friday morning the app put…" has "the app" for its subject, not a name in the time before it.
    while (np - 1 >= first && tokens[np]!.pos !== 'DET' && (IN_NOUN_PHRASE.has(tokens[np - 1]!.pos) || tokens[np - 1]!.lemma === "'s"))
      np--;
    // "our team", "my estimate": the possessive opens the phrase (the tagger reads it as a pronoun), and says whose it is.
    if (np - 1 >= first && POSSESSIVES.has(tokens[np - 1]!.lower)) np--;
    const role = roleHeld(tokens, np, headAt);
    if (role) return { actor: role, subject: head.lemma, mine: false, nounSubject: head.pos === 'NOUN', share: false };
    const who = actorOf(head, tokens, np, headAt, tokens[actAt]!, onSpeaker);
    // A head after "of" is one only a share reaches (subjectHeadAt takes no other).
    const share = ofBefore(tokens, headAt) >= 0;
    return { actor: who.actor, subject: head.lemma, mine: who.mine, nounSubject: head.pos === 'NOUN', share };
  }
  // Literals, not a spread of shared defaults: a spread copies property by property on every clause.
  if (inherited) return { mine: inherited.mine, nounSubject: false, share: false, actor: inherited.actor, subject: inherited.subject };
  if (noteOpening(tokens, actAt) || afterLabel(tokens, first, actAt))
    return { mine: false, nounSubject: false, share: false, actor: 'self', subject: null };
  return { mine: false, nounSubject: false, share: false, actor: 'none', subject: null };
}

/**
 * A note that opens on a past-tense verb with no subject is the writer's own act, as people draft
 * ("told my manager that morning", "- rebooked the venue"): nothing but a bullet or an adverb
 * before the verb, and the verb inflected for the past (not "-ing", not a present "needs").
 * The verb at `actAt` opens a note from token `from`.
 */
function noteOpening(tokens: readonly Token[], actAt: number, from = 0): boolean {
  const act = tokens[actAt]!;
  // "didnt test it against a real friday load": a step left out, told the same way.
  if (act.pos === 'VERB' && act.lower === act.lemma && tokens[actAt - 1]?.lemma === 'not' && tokens[actAt - 2]?.lower === 'did') {
    return bulletsOnly(tokens, from, actAt - 2);
  }
  if (act.pos !== 'VERB' || act.lower === act.lemma || act.lower.endsWith('ing') || act.lower === `${act.lemma}s`) return false;
  return bulletsOnly(tokens, from, actAt);
}

/** Nothing before `to` from `from` but bullets and adverbs that sequence the notes. */
function bulletsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  // Bullets, and adverbs that sequence the notes: "also rang the patient", "- then told the pi".
  for (let i = from; i < to; i++) if (tokens[i]!.pos !== 'PUNCT' && tokens[i]!.pos !== 'SYM' && tokens[i]!.pos !== 'ADV') return false;
  return true;
}

/** "- fixed: pulled every label that morning": a note's one-word label and its colon, then its verb. */
function afterLabel(tokens: readonly Token[], first: number, actAt: number): boolean {
  if (tokens[first - 1]?.text !== ':') return false;
  let word = -1;
  for (let i = 0; i < first - 1; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'SYM') continue;
    if (word >= 0 || t.pos === 'PRON' || t.pos === 'PROPN') return false;
    word = i;
  }
  return word >= 0 && noteOpening(tokens, actAt, first);
}

function describe(
  tokens: readonly Token[],
  first: number,
  last: number,
  inherited: Inherited | null,
  hedgedReport = false,
): ClauseEvent | null {
  const { actAt, verbAt, subjectBefore } = findAct(tokens, first, last);
  if (actAt < 0) return null;
  const act = tokens[actAt]!;
  const { modal, counterfactual, negated } = modality(tokens, first, last, actAt, verbAt < 0 && act.lemma === 'be');
  const passive = isPassive(tokens, first, verbAt, act);
  let agent = false;
  let onSpeaker = false;
  for (let i = actAt + 1; i <= Math.min(last, actAt + 3); i++) {
    if (SPEAKER_OBJECTS.has(tokens[i]!.lower)) onSpeaker = true;
  }
  if (passive) {
    for (let i = actAt + 1; i <= last; i++) if (tokens[i]!.lower === 'by') agent = true;
  }
  const { actor, subject, mine, nounSubject, share } = subjectOf(tokens, first, subjectBefore, actAt, onSpeaker, inherited);
  return {
    actor,
    subject,
    nounSubject,
    subjectMine: mine,
    share,
    act: act.lemma,
    negated,
    modal,
    counterfactual,
    hedged: modal !== null && !OWNING_MODALS.has(modal) && (hedgedReport || tokens.slice(first, actAt).some((t) => HEDGES.has(t.lower))),
    conditional: conditionAt(tokens, first, actAt),
    passive,
    agent,
    onSpeaker,
    first,
    last,
  };
}
