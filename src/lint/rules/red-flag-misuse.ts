/**
 * More of the conduct model (see red-flag-acts.ts): acts told in everyday words rather than the
 * words of a policy. Someone else's work passed off as the speaker's; data altered so a report
 * looks better, or quietly; a manager let believe what was not so; a colleague clocked in who was
 * not there; hours billed that were not worked; protective kit left off on purpose; a safeguard
 * worked round; and an act done without the licence the speaker says they lacked.
 */
import type { Token } from '../../nlp/analyse.js';
import { personRole } from '../../nlp/clauses.js';
import * as W from './red-flag-words.js';
import { gamingAfter } from './red-flag-acts.js';
import { SECRETLY } from '../../judge/frames.js';
import {
  ahead,
  clauseSpan,
  eventAt,
  fromSomeoneElse,
  gate,
  inClass,
  isNoun,
  nounIn,
  objectHead,
  passes,
  speakerDoes,
  verbish,
  type Clauses,
  type ConductAct,
} from './red-flag-grammar.js';

/** Work that can be someone else's: "copied a classmate's code". */
const WORK = W.wordSet(
  'code work essay answer report assignment homework design slide idea analysis paper note coursework solution project thesis',
);
/** Taking work over: "lifted her paragraphs", "worked their analysis into my copy". */
const PASSING_OFF = W.wordSet('copy paste submit use reuse take hand present pass lift borrow work');
/** Credit not given: "without citing it", "without crediting her". */
const CREDIT = W.wordSet('credit crediting citing referencing attribution acknowledging acknowledgement asking permission');
/** Leave asked for, among the credit words: "without asking", "without permission". */
const ASKING = new Set(['asking', 'permission']);
/** Acts of approving a payment or claim. */
const APPROVING = W.wordSet('approve clear authorise authorize sign process pay');
/** What a person claims for themselves: approved by them, it is approved by no one. */
const OWN_CLAIMS = W.wordSet('claim expense expenses timesheet overtime invoice refund bonus mileage allowance');

/**
 * "cleared my own expense claims", "had my own overtime waiting … and I approved it with the rest":
 * the speaker approving what they claimed themselves, the claim the object or what a pronoun
 * object stands for earlier in the sentence.
 */
function selfApproved(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!inClass(APPROVING, tokens[i]!)) return -1;
  const ownClaim = (k: number): boolean =>
    isNoun(tokens[k]!) &&
    OWN_CLAIMS.has(tokens[k]!.lemma) &&
    tokens.slice(Math.max(0, k - 4), k).some((x, j, a) => x.lower === 'own' && a[j - 1]?.lower === 'my');
  const head = objectHead(tokens, i);
  if (head >= 0 && ownClaim(head)) return head;
  if (!['them', 'it', 'those'].includes(tokens[i + 1]?.lower ?? '')) return -1;
  const before = tokens.findIndex((_x, k) => k < i && ownClaim(k));
  return before >= 0 ? i + 1 : -1;
}

/** Changes that make data say something else. */
const ALTERING = W.wordSet(
  'change adjust tweak edit alter round massage smooth move shift nudge bump inflate pad amend overwrite update fiddle tidy clean',
);
const APPEARING = W.wordSet('look appear seem read');
/** What a changed record is about: data, a reading, an entry. */
const FACTS = W.wordSet(
  'data number figure result reading value measurement score count rating date time timestamp entry record log hour timesheet expense claim mileage overtime invoice bill total stat statistic metric kpi forecast deadline status review grade mark',
);
/** "look at", "look into": looking, not looking like something. */
const LOOK_PARTICLES = W.wordSet('at into for after ahead back through over up');
const BELIEVING = W.wordSet(W.BELIEF);
/** The speaker as the object of "let": "let me know", "let us think it over". */
const SPEAKER_OBJECTS = new Set(['me', 'us', 'myself', 'ourselves']);
const CLOCKING = W.wordSet('clock sign swipe badge scan tap');
const PADDED = W.wordSet('hour timesheet expense claim mileage overtime invoice bill time');
/** Protective kit and safeguards a person wears or applies. */
const PPE = W.wordSet(
  'glove goggle glasses helmet hat mask visor boot earplug ppe respirator lanyard harness lockout permit guard isolation tag lock belt seatbelt',
);
const KIT_ACTS = W.wordSet('wear use put clip bother follow lock isolate tag do get');
/** Why it was left off on purpose: "to save time", "it slowed me down", "I couldn't be bothered". */
const DELIBERATE = W.wordSet('bother save quicker faster slow hassle anyway worth only');
const ROUND = W.wordSet('around round');

const possessedByOther = (tokens: readonly Token[], k: number): boolean =>
  ["'s", '’s'].includes(tokens[k - 1]?.lower ?? '') || ["'s", '’s'].includes(tokens[k - 2]?.lower ?? '');

/** "copied a classmate's code and handed it in as my own", "used her analysis without crediting her". */
function plagiarism(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!inClass(PASSING_OFF, tokens[i]!)) return -1;
  const own = ahead(tokens, i, 14, (x, k) => x.lower === 'as' && tokens[k + 1]?.lower === 'my' && tokens[k + 2]?.lower === 'own');
  const mine = ahead(tokens, i, 8, (x, k) => x.lower === 'mine' && tokens[k - 1]?.lower === 'as');
  // "without crediting her", or "with no credit to the magazine".
  const uncredited = ahead(
    tokens,
    i,
    24,
    (x, k) => (x.lower === 'without' || x.lower === 'no') && CREDIT.has(tokens[k + 1]?.lower ?? '') && (x.lower === 'no' || k - i <= 14),
  );
  // Someone else's work, as the object, or further on as where it was taken from ("three paragraphs
  // from a journal's analysis") where what was not given is credit itself, not leave asked for.
  const credited = uncredited >= 0 && !ASKING.has(tokens[uncredited + 1]!.lower);
  const borrowed = ahead(tokens, i, credited ? 12 : 6, (x, k) => isNoun(x) && nounIn(WORK, x) && possessedByOther(tokens, k));
  if (own >= 0 || mine >= 0) return Math.max(own + 2, mine);
  return borrowed >= 0 && uncredited >= 0 ? uncredited + 1 : -1;
}

/** Data changed so a report looks better ("tweaked the numbers so the trend looked cleaner"), or changed quietly. */
function alteration(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!inClass(ALTERING, tokens[i]!)) return -1;
  const head = objectHead(tokens, i);
  if (head < 0 || !nounIn(FACTS, tokens[head]!)) return -1;
  const looks = ahead(
    tokens,
    head,
    10,
    (x, k) => inClass(APPEARING, x) && x.pos === 'VERB' && !LOOK_PARTICLES.has(tokens[k + 1]?.lower ?? ''),
  );
  const purpose = looks >= 0 && tokens.slice(head, looks).some((x) => x.lower === 'so' || x.lower === 'make' || x.lower === 'made');
  if (purpose) return looks;
  if (gamingAfter(tokens, head)) return Math.min(tokens.length - 1, head + 10);
  const quietly = ahead(tokens, head, 8, (x, k) => x.lower === 'without' && W.TELLING.has(tokens[k + 1]?.lemma ?? ''));
  if (quietly >= 0) return quietly + 1;
  return SECRETLY.has(tokens[i - 1]?.lower ?? '') ? head : -1;
}

/** "I let my manager think it was finished". */
function letBelieve(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lemma !== 'let' && t.lemma !== 'allow') return -1;
  const verb = ahead(tokens, i, 5, (x) => BELIEVING.has(x.lemma));
  if (verb < 0 || ['about', 'over', 'through', 'it'].includes(tokens[verb + 1]?.lower ?? '')) return -1;
  // "let me know what you think": the believer is whoever "let" lets, with no act of theirs between;
  // the speaker let in ("let me", "let us") is asking, not misleading anyone.
  if (SPEAKER_OBJECTS.has(tokens[i + 1]?.lower ?? '')) return -1;
  if (tokens.slice(i + 1, verb).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return -1;
  return tokens[verb + 1] ? verb + 1 : verb;
}

const POSSESSIVE_WORDS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'its']);

/** "clocked in for a mate who was still on the bus", "swiped my friend in". */
function clockedFor(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!CLOCKING.has(tokens[i]!.lemma)) return -1;
  const inOut = ahead(tokens, i, 4, (x) => x.lower === 'in' || x.lower === 'out');
  if (inOut < 0) return -1;
  // "signed off the entries in February", "scanned the forms in the morning": "in" before a noun
  // phrase is a preposition of time or place, not the particle of signing someone in.
  const after = tokens[inOut + 1];
  const person = tokens.slice(i + 1, inOut).some((x) => x.pos === 'PROPN' || ['him', 'her', 'them'].includes(x.lower));
  if (
    inOut > i + 1 &&
    !person &&
    after !== undefined &&
    (after.pos === 'DET' || after.pos === 'NUM' || isNoun(after) || POSSESSIVE_WORDS.has(after.lower))
  )
    return -1;
  if (inOut > i + 1) return tokens.slice(i + 1, inOut).some((x) => isNoun(x) || ['him', 'her', 'them'].includes(x.lower)) ? inOut : -1;
  const other = tokens[inOut + 1]?.lower === 'for' ? tokens[inOut + 2] : undefined;
  return other && !['me', 'myself', 'the', 'a', 'an'].includes(other.lower) ? inOut + 2 : -1;
}

const PADDING = W.wordSet('pad inflate fiddle fudge');

/** "billed the client for hours I hadn't worked", "padded my timesheet". */
function billing(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (inClass(PADDING, t)) {
    const head = objectHead(tokens, i);
    return head >= 0 && nounIn(PADDED, tokens[head]!) ? head : -1;
  }
  if (!W.BILLING.has(t.lemma)) return -1;
  // "for hours I hadn't worked": the work billed is denied in the same sentence.
  return ahead(tokens, i, 12, (x) => x.negated && W.DONE_ACTS.has(x.lemma) && (x.pos === 'VERB' || x.pos === 'AUX'));
}

const ADDING = W.wordSet('add slip tack fold bury build sneak spread put load');
const BILLS = W.wordSet('invoice bill statement account');
/** What a bill charges for: time worked, fees, items. */
const CHARGES = W.wordSet('hour day time fee charge cost item expense');
/** Getting back what the speaker's own failure cost: "recovered the reprint", "to cover the refund". */
const RECOUPING = W.wordSet('recover recoup claw offset cover absorb');

/**
 * "recovered the reprint by adding extra hours to the client's next invoices": the cost of the
 * speaker's own failure put on the client's bill as work. Adding hours to an invoice is billing;
 * the same sentence getting back what the failure cost makes it the client paying for the mistake.
 */
function billedBack(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!inClass(ADDING, tokens[i]!)) return -1;
  const charged = ahead(tokens, i, 8, (x) => isNoun(x) && nounIn(CHARGES, x));
  if (charged < 0) return -1;
  const bill = ahead(tokens, charged, 8, (x) => isNoun(x) && nounIn(BILLS, x));
  if (bill < 0 || !tokens.slice(charged, bill).some((x) => x.lower === 'to' || x.lower === 'into' || x.lower === 'onto')) return -1;
  return tokens.some((x) => x.pos === 'VERB' && inClass(RECOUPING, x)) ? bill : -1;
}

/** Protective kit or a safeguard left off on purpose: "didn't bother with the harness", "didn't wear gloves to save time". */
function kitLeftOff(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (!KIT_ACTS.has(t.lemma) || !t.negated || t.pos !== 'VERB') return -1;
  const ev = eventAt(c, i);
  if (ev?.actor !== 'self' || ev.modal || ev.counterfactual) return -1;
  const kit = ahead(tokens, i, 6, (x) => isNoun(x) && nounIn(PPE, x));
  if (kit < 0) return -1;
  const deliberate = t.lemma === 'bother' || tokens.some((x) => DELIBERATE.has(x.lemma) || DELIBERATE.has(x.lower));
  return deliberate ? kit : -1;
}

/** "went round the approval", "worked around the interlock". */
function workedRound(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (!GOING.has(t.lemma) || !ROUND.has(tokens[i + 1]?.lower ?? '')) return -1;
  return ahead(tokens, i + 1, 4, (x, k) => isNoun(x) && (W.SAFEGUARDS.has(x.lemma) || W.SAFEGUARD_KINDS.has(tokens[k - 1]?.lower ?? '')));
}

/** "I drove a truck I wasn't licensed for": the act, then the speaker's own word that it was not permitted. */
function unlicensed(c: Clauses, i: number): number {
  const { tokens } = c;
  const permit = ahead(tokens, i, 10, (x) => W.PERMITTED.has(x.lower) && x.negated && !['supposed', 'meant'].includes(x.lower));
  if (permit < 0) return -1;
  const between = tokens.slice(i + 1, permit);
  if (between.some((x) => x.pos === 'PUNCT' || x.pos === 'CCONJ' || (x.pos === 'SCONJ' && x.lower !== 'that'))) return -1;
  // The object of the act, then the speaker's relative clause about it: "a truck I wasn't licensed for".
  const subject = between.findLastIndex((x) => x.lower === 'i' || x.lower === 'we');
  return subject > 0 && between.slice(0, subject).some(isNoun) ? permit : -1;
}

/** "called in sick to go to the match": a sick call with another purpose. */
function sickCall(c: Clauses, i: number): number {
  const { tokens } = c;
  if (tokens[i]!.lemma !== 'call' || tokens[i + 1]?.lower !== 'in' || tokens[i + 2]?.lower !== 'sick') return -1;
  const purpose = ahead(
    tokens,
    i + 2,
    4,
    (x, k) => (x.lower === 'to' && tokens[k + 1]?.pos === 'VERB') || (x.lower === 'so' && tokens[k + 1]?.lower === 'i'),
  );
  return purpose >= 0 ? purpose + 1 : -1;
}

const AUTHORITY = W.wordSet('authority limit sign-off delegation level');

/** "approved the refund, which was above my sign-off limit": an act beyond the speaker's authority. */
function beyondAuthority(c: Clauses, i: number): number {
  const { tokens } = c;
  const over = ahead(tokens, i, 12, (x, k) => ['above', 'beyond', 'outside'].includes(x.lower) && tokens[k + 1]?.lower === 'my');
  if (over < 0 || tokens.slice(i + 1, over).some((x) => x.pos === 'PUNCT' && x.lower !== ',')) return -1;
  // The authority is what "my" names ("beyond my sign-off limit"), not a word after it ("outside my dataset before sign-off").
  return ahead(
    tokens,
    over + 1,
    3,
    (x, k) =>
      AUTHORITY.has(x.lemma) &&
      tokens.slice(over + 2, k).every((y) => y.pos === 'NOUN' || y.pos === 'ADJ' || (y.pos === 'VERB' && y.lower.endsWith('ed'))),
  );
}

/** "which wasn't true", "which was a lie": the speaker's own word that what they said was false. */
function saidUntrue(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!W.ASSURING.has(tokens[i]!.lemma) && tokens[i]!.lemma !== 'claim') return -1;
  return ahead(tokens, i, 16, (x, k) => {
    const near = tokens.slice(Math.max(i + 1, k - 4), k).map((y) => y.lower);
    const which = near.includes('which') || near.includes('that') || near.includes('but');
    // "which wasn't true", "but it was not the case", "which was a lie".
    const denied = x.negated && ['true', 'case', 'accurate', 'correct', 'honest'].includes(x.lower);
    return which && (denied || x.lower === 'lie' || x.lower === 'untrue');
  });
}

/** "so my manager wouldn't find out", "without anyone noticing": an act done to escape oversight. */
function escapingNotice(c: Clauses, i: number): number {
  const { tokens } = c;
  const so = ahead(tokens, i, 12, (x, k) => (x.lower === 'so' || x.lower === 'without') && k > i);
  if (so < 0 || tokens.slice(i + 1, so).some((x) => x.pos === 'VERB' && x !== tokens[i])) return -1;
  const who = ahead(tokens, so, 3, (x) => OVERSIGHT.has(x.lemma) || OVERSIGHT.has(x.lower));
  if (who < 0) return -1;
  // A noticing done ("would take no notice"), not a notice sent: "so nobody got wrong notices" keeps letters from going out.
  const noticed = ahead(
    tokens,
    who,
    5,
    (x, k) =>
      (NOTICING.has(x.lemma) && (!isNoun(x) || tokens.slice(Math.max(0, k - 3), k).some((y) => y.lemma === 'take'))) ||
      (x.lemma === 'find' && tokens[k + 1]?.lower === 'out'),
  );
  const denied =
    tokens.slice(so, noticed).some((x) => x.lemma === 'not' || ['nobody', 'no', 'never'].includes(x.lower)) ||
    tokens[so]!.lower === 'without';
  return noticed >= 0 && denied && !fromSomeoneElse(tokens, noticed) ? noticed : -1;
}

/** Marks of access a person holds for themself alone: "my login", "my pass". */
const ACCESS = W.wordSet('login password pass badge card pin credential fob key account');
const HANDING = W.wordSet('give lend share hand pass');

/** "gave my login to the temp", "let a friend in on my pass": one person's access used by another. */
function accessShared(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  const own = (k: number): boolean => tokens[k - 1]?.lower === 'my' && ACCESS.has(tokens[k]!.lemma);
  if (inClass(HANDING, t)) {
    const access = ahead(tokens, i, 3, (_x, k) => own(k));
    // "gave my account to the investigation", "my account of what happened": an account told, not a login shared.
    if (
      access >= 0 &&
      t.lemma !== 'lend' &&
      tokens[access]!.lemma === 'account' &&
      (tokens[access + 1]?.lower === 'of' || told(tokens, access))
    )
      return -1;
    return access >= 0 && ahead(tokens, access, 3, (x) => x.lower === 'to' || x.lower === 'with') >= 0 ? access : -1;
  }
  if (t.lemma !== 'let' || ahead(tokens, i, 3, (x) => ['in', 'into', 'through'].includes(x.lower)) < 0) return -1;
  return ahead(tokens, i, 10, (_x, k) => own(k) && ['on', 'with', 'using'].includes(tokens[k - 2]?.lower ?? ''));
}

/** Bodies an account of events is given to: an investigation, an inquiry, a panel. */
const HEARINGS = W.wordSet(
  'investigation inquiry enquiry panel hearing review police tribunal board committee investigator inspector coroner',
);

/** "my account to the investigation": what follows "to" is a body that hears accounts. */
function told(tokens: readonly Token[], access: number): boolean {
  // "my account" itself, not "my account password"; given, not lent.
  if (tokens[access + 1]?.pos === 'NOUN') return false;
  if (tokens[access + 1]?.lower !== 'to') return false;
  const body = ahead(tokens, access + 1, 3, (x) => x.pos === 'NOUN');
  return body >= 0 && HEARINGS.has(tokens[body]!.lemma) && tokens[body + 1]?.pos !== 'NOUN';
}

/** Money that is not the speaker's: "took cash from the till", "borrowed from the float". */
const MONEY = W.wordSet('cash money note');
const TILLS = W.wordSet('till float safe register drawer tin box kitty jar pot');

function tookMoney(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!TAKING.has(tokens[i]!.lemma)) return -1;
  const from = ahead(tokens, i, 5, (x) => x.lower === 'from' || x.lower === 'out');
  if (
    from < 0 ||
    !tokens.slice(i + 1, from).some((x) => MONEY.has(x.lemma) || x.pos === 'NUM' || x.lower.startsWith('£') || x.lower.startsWith('$'))
  )
    return -1;
  return ahead(tokens, from, 5, (x) => TILLS.has(x.lemma) || (x.lemma === 'cash' && tokens[from + 1]?.lower === 'petty'));
}

/** Private records of someone close looked into: "looked at my ex's record", "read through her messages while she was away". */
const PRIVATE = W.wordSet('record file note email message account history result detail address inbox chat');
/** Belongings no one else opens: a colleague's drawer or diary read is private whoever owns it. */
const BELONGINGS = W.wordSet('drawer diary phone bag locker letter wallet purse handbag');
const LOOKING = W.wordSet('look read open access check browse search view go');
const AWAY = W.wordSet('curiosity leave holiday away off');

function snooped(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!inClass(LOOKING, tokens[i]!)) return -1;
  const data = ahead(tokens, i, 7, (x, k) => (nounIn(PRIVATE, x) || nounIn(BELONGINGS, x)) && possessedByOther(tokens, k));
  if (data < 0) return -1;
  if (nounIn(BELONGINGS, tokens[data]!)) return data;
  const owner = tokens.slice(i + 1, data).find((x) => isNoun(x));
  const close =
    owner !== undefined && (nounIn(W.RELATIONS, owner) || ['ex', 'ex-partner', 'neighbour', 'neighbor', 'celebrity'].includes(owner.lower));
  const away = ahead(tokens, data, 8, (x) => AWAY.has(x.lemma)) >= 0;
  return close || away ? data : -1;
}

/** "approved the invoices … because the supplier was my cousin": a party the speaker chose for is family or a friend. */
const CHOOSING = W.wordSet('approve award hire pick choose sign give recommend appoint pass');

function conflicted(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!inClass(CHOOSING, tokens[i]!)) return -1;
  return ahead(
    tokens,
    i,
    14,
    (x, k) => nounIn(W.RELATIONS, x) && tokens[k - 1]?.lower === 'my' && ['was', 'is', 'were'].includes(tokens[k - 2]?.lower ?? ''),
  );
}

const ABUSING = W.wordSet('swear yell scream shout');
const NOT_PEOPLE = W.wordSet('myself me it screen computer laptop machine printer car traffic');

/** "swore at the driver", "yelled at her": abuse aimed at a person. */
function abuse(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!inClass(ABUSING, tokens[i]!) || tokens[i + 1]?.lower !== 'at') return -1;
  const who = ahead(
    tokens,
    i + 1,
    3,
    (x) => isNoun(x) || (x.pos === 'PRON' && !['my', 'our', 'his', 'her', 'their', 'the'].includes(x.lower)),
  );
  return who >= 0 && !NOT_PEOPLE.has(tokens[who]!.lemma) && !NOT_PEOPLE.has(tokens[who]!.lower) ? who : -1;
}

const OVERSIGHT = W.wordSet('nobody anyone anybody manager boss supervisor auditor inspector lead director finance one');
const NOTICING = W.wordSet('notice know realise realize spot see');

/** Words that tell the authority was handed over: "as she had asked me to", "with his permission". */
const DELEGATING = new Set(['ask', 'delegate', 'permission', 'agree', 'authorise', 'authorize', 'instruct', 'want']);
/** Acts that put an authority's mark on a record. */
const MARKING = W.wordSet('tick sign initial approve authorise authorize stamp countersign');
/** What carries an authority's word: "the authorisation box", "the approval", "the sign-off". */
const AUTHORITY_MARKS = W.wordSet('authorisation authorization approval signature sign-off signoff countersignature consent');

/**
 * "ticked the authorisation box for the ward manager myself", "signed the approval on behalf of my
 * director": the speaker puts another person's authority on a record. Not "signed the approval
 * form for the manager to review" (a purpose), nor "signed for the delivery".
 */
function authorisedForAnother(c: Clauses, i: number): number {
  const { tokens } = c;
  if (!inClass(MARKING, tokens[i]!)) return -1;
  const mark = ahead(tokens, i, 4, (x) => nounIn(AUTHORITY_MARKS, x));
  if (mark < 0) return -1;
  for (let k = mark + 1; k < Math.min(tokens.length, mark + 4); k++) {
    const x = tokens[k]!;
    const behalf = x.lower === 'behalf' && tokens[k - 1]?.lower === 'on' && tokens[k + 1]?.lower === 'of';
    if (x.lower !== 'for' && !behalf) continue;
    let who = behalf ? k + 2 : k + 1;
    while (['the', 'my', 'our', 'a', 'his', 'her', 'their'].includes(tokens[who]?.lower ?? '')) who++;
    // The person whose word it is: a role ("the ward manager", "my director"), its head a word or two on.
    const head = [who, who + 1].find(
      (h) => isNoun(tokens[h] ?? tokens[i]!) && personRole(tokens[h]!.lemma) && tokens[h + 1]?.lower !== 'to',
    );
    // "…, as he had asked me to": the authority delegated, not taken.
    if (head === undefined || tokens.slice(head + 1).some((x) => DELEGATING.has(x.lemma))) return -1;
    return head;
  }
  return -1;
}

/** Words any act of a reading needs somewhere in the sentence; each gate is read off its reading above. */
const OWN_WORK = new Set(['own', 'mine', 'without', 'credit', 'attribution', 'acknowledgement']);
const LETTING = new Set(['let', 'allow']);
const CALLING = new Set(['call']);
const SICK = new Set(['sick']);
const SAID = new Set([...W.ASSURING, 'claim']);
const UNTRUE = new Set(['lie', 'untrue', 'true', 'case', 'accurate', 'correct', 'honest']);
const OVER = new Set(['above', 'beyond', 'outside']);
const SO_WITHOUT = new Set(['so', 'without']);
const FOUND = new Set([...NOTICING, 'find']);
const IN_OUT = new Set(['in', 'out']);
const FOR_BEHALF = new Set(['for', 'behalf']);
/** GOING and TAKING are the verbs workedRound and tookMoney test: one list for each reading and its gate. */
const GOING = new Set(['go', 'get', 'work']);
const AT = new Set(['at']);
const TAKING = new Set(['take', 'borrow', 'pocket', 'help']);
const FROM_OUT = new Set(['from', 'out']);
const LET = new Set(['let']);

/**
 * Each reading with its gate: a test of the whole sentence that every act of the reading needs.
 * A reading whose gate fails returns -1 at every token, so leaving it out changes nothing.
 */
const READINGS: readonly [ConductAct['kind'], boolean, (c: Clauses, i: number) => number, (t: readonly Token[]) => boolean][] = [
  // A verb of passing off, and "as my own", "as mine" or "without crediting".
  ['deceive', false, plagiarism, (t) => passes(t, PASSING_OFF_CLASS) && passes(t, OWN_WORK_LOWER)],
  // A verb of approving, and "own".
  ['misuse', false, selfApproved, (t) => passes(t, APPROVING_CLASS) && passes(t, OWN_WORK_LOWER)],
  // A verb of altering whose object is a fact.
  ['misrecord', false, alteration, (t) => passes(t, ALTERING_CLASS) && passes(t, FACTS_NOUN)],
  // A verb of marking, a mark of authority, and "for" or "on behalf of" after it.
  [
    'misrecord',
    false,
    authorisedForAnother,
    (t) => passes(t, MARKING_CLASS) && passes(t, AUTHORITY_MARKS_NOUN) && passes(t, FOR_BEHALF_LOWER),
  ],
  // "let" or "allow", then a verb of believing.
  ['deceive', false, letBelieve, (t) => passes(t, LETTING_LEMMA) && passes(t, BELIEVING_LEMMA)],
  // "call in sick".
  ['deceive', false, sickCall, (t) => passes(t, CALLING_LEMMA) && passes(t, SICK_LOWER)],
  // A verb of telling or claiming, and "lie", "untrue" or a negated "true", "case", ….
  ['deceive', false, saidUntrue, (t) => passes(t, SAID_LEMMA) && passes(t, UNTRUE_LOWER)],
  // "above", "beyond" or "outside", then an authority.
  ['bypass', false, beyondAuthority, (t) => passes(t, OVER_LOWER) && passes(t, AUTHORITY_LEMMA)],
  // "so" or "without", someone who oversees, and a verb of noticing or "find".
  ['conceal', false, escapingNotice, (t) => passes(t, SO_WITHOUT_LOWER) && passes(t, OVERSIGHT_WORD) && passes(t, FOUND_LEMMA)],
  // A verb of clocking, then "in" or "out".
  ['misrecord', false, clockedFor, (t) => passes(t, CLOCKING_LEMMA) && passes(t, IN_OUT_LOWER)],
  // A verb of padding, or of billing.
  ['misrecord', false, billing, (t) => passes(t, PADDING_CLASS) || passes(t, BILLING_LEMMA)],
  // A verb of adding, and a verb of recouping.
  ['misrecord', false, billedBack, (t) => passes(t, ADDING_CLASS) && passes(t, RECOUPING_CLASS)],
  // "go", "get" or "work", then "round" or "around".
  ['bypass', false, workedRound, (t) => passes(t, GOING_LEMMA) && passes(t, ROUND_LOWER)],
  // A permission word negated: "wasn't licensed".
  [
    'bypass',
    false,
    unlicensed,
    (t) =>
      passes(t, PERMITTED_LOWER) && t.some((x) => W.PERMITTED.has(x.lower) && x.negated && x.lower !== 'supposed' && x.lower !== 'meant'),
  ],
  // A verb of abuse, then "at".
  ['misuse', false, abuse, (t) => passes(t, ABUSING_CLASS) && passes(t, AT_LOWER)],
  // A verb of handing or "let", and "my" before a mark of access.
  [
    'bypass',
    false,
    accessShared,
    (t) => (passes(t, HANDING_CLASS) || passes(t, LET_LEMMA)) && t.some((x, k) => k > 0 && t[k - 1]!.lower === 'my' && ACCESS.has(x.lemma)),
  ],
  // A verb of taking, then "from" or "out".
  ['misuse', false, tookMoney, (t) => passes(t, TAKING_LEMMA) && passes(t, FROM_OUT_LOWER)],
  // A verb of looking, and a private record or a belonging.
  ['exfiltrate', false, snooped, (t) => passes(t, LOOKING_CLASS) && (passes(t, PRIVATE_NOUN) || passes(t, BELONGINGS_NOUN))],
  // A verb of choosing, and a relation.
  ['misuse', false, conflicted, (t) => passes(t, CHOOSING_CLASS) && passes(t, RELATIONS_NOUN)],
];

/** Every act of these kinds in one sentence. */
export function misuses(c: Clauses): ConductAct[] {
  const out: ConductAct[] = [];
  const { tokens } = c;
  // Only the readings whose gate passes are asked, in their order; the kit left off needs a negated
  // verb of wearing or using and a piece of kit.
  const live = READINGS.filter((r) => r[3](tokens));
  const kitGate =
    passes(tokens, PPE_NOUN) &&
    passes(tokens, KIT_ACTS_LEMMA) &&
    tokens.some((t) => KIT_ACTS.has(t.lemma) && t.negated && t.pos === 'VERB');
  if (live.length === 0 && !kitGate) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (kitGate) {
      const kit = kitLeftOff(c, i);
      if (kit >= 0) out.push({ kind: 'bypass', ...clauseSpan(c, i, kit), certain: false });
    }
    if (!verbish(tokens, i)) continue;
    for (const [kind, certain, read] of live) {
      const end = read(c, i);
      if (end < 0 || !speakerDoes(c, i)) continue;
      out.push({ kind, ...clauseSpan(c, i, end), certain });
      break;
    }
  }
  return out;
}

/** The gates read above, each numbered once at load (see the gates in red-flag-grammar.ts). */
const ABUSING_CLASS = gate(ABUSING, 'class');
const APPROVING_CLASS = gate(APPROVING, 'class');
const ADDING_CLASS = gate(ADDING, 'class');
const ALTERING_CLASS = gate(ALTERING, 'class');
const AT_LOWER = gate(AT, 'lower');
const AUTHORITY_LEMMA = gate(AUTHORITY, 'lemma');
const AUTHORITY_MARKS_NOUN = gate(AUTHORITY_MARKS, 'noun');
const BELIEVING_LEMMA = gate(BELIEVING, 'lemma');
const BELONGINGS_NOUN = gate(BELONGINGS, 'noun');
const BILLING_LEMMA = gate(W.BILLING, 'lemma');
const CALLING_LEMMA = gate(CALLING, 'lemma');
const CHOOSING_CLASS = gate(CHOOSING, 'class');
const CLOCKING_LEMMA = gate(CLOCKING, 'lemma');
const FACTS_NOUN = gate(FACTS, 'noun');
const FOR_BEHALF_LOWER = gate(FOR_BEHALF, 'lower');
const FOUND_LEMMA = gate(FOUND, 'lemma');
const FROM_OUT_LOWER = gate(FROM_OUT, 'lower');
const GOING_LEMMA = gate(GOING, 'lemma');
const HANDING_CLASS = gate(HANDING, 'class');
const IN_OUT_LOWER = gate(IN_OUT, 'lower');
const LETTING_LEMMA = gate(LETTING, 'lemma');
const LET_LEMMA = gate(LET, 'lemma');
const LOOKING_CLASS = gate(LOOKING, 'class');
const MARKING_CLASS = gate(MARKING, 'class');
const OVERSIGHT_WORD = gate(OVERSIGHT, 'word');
const OVER_LOWER = gate(OVER, 'lower');
const OWN_WORK_LOWER = gate(OWN_WORK, 'lower');
const PADDING_CLASS = gate(PADDING, 'class');
const PASSING_OFF_CLASS = gate(PASSING_OFF, 'class');
const PPE_NOUN = gate(PPE, 'noun');
const KIT_ACTS_LEMMA = gate(KIT_ACTS, 'lemma');
const PERMITTED_LOWER = gate(W.PERMITTED, 'lower');
const PRIVATE_NOUN = gate(PRIVATE, 'noun');
const RECOUPING_CLASS = gate(RECOUPING, 'class');
const RELATIONS_NOUN = gate(W.RELATIONS, 'noun');
const ROUND_LOWER = gate(ROUND, 'lower');
const SAID_LEMMA = gate(SAID, 'lemma');
const SICK_LOWER = gate(SICK, 'lower');
const SO_WITHOUT_LOWER = gate(SO_WITHOUT, 'lower');
const TAKING_LEMMA = gate(TAKING, 'lemma');
const UNTRUE_LOWER = gate(UNTRUE, 'lower');
