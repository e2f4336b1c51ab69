/**
 * Polite blame: the failure's cause told as a fault in something another party made or handed
 * over ("their spec was incomplete", "the floor plans they sent us were an old version", "the figures
 * we received from finance were optimistic"), or put on another party by a cause verb ("the hold-up
 * came from the printer, who…"). No one in these sentences does anything wrong on the page, so the
 * clause events see no harm; the grammar still says whose thing is at fault.
 *
 * Read from the tagged tokens of one sentence:
 * - a stretch between stops (commas, semicolons, "and"/"but") whose subject is another party's thing:
 *   possessed by a party ("the vendor's notes", "their plan"), handed to the speaker's side ("we were
 *   given", "they sent us", "we received", "I inherited") or from a party ("the forecast from sales");
 * - and whose predicate finds fault with it: wrong, incomplete, out of date, optimistic, late, kept
 *   shifting, or a document that never said what mattered ("didn't make it clear").
 */
import type { Token } from './analyse.js';
import { personRole } from './clauses.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const PUNCTUATION_ONLY = /^[,;:.!?()\u2013\u2014-]+$/;
const LATE_WORD = /^(late|later)$/;
const SHORTFALL_WORD = /^(late|later|less|fewer|slower|worse)$/;
const MODAL_WORD = /^(might|may|could|can|would)$/;
const RELATIVE_WORD = /^(which|that)$/;

export interface FaultSpan {
  /** Token indices [first, last] of the stretch. */
  readonly first: number;
  readonly last: number;
}

// biome-ignore format: a word list reads best packed, several entries a line
const FAULTS = new Set([
  'wrong', 'incorrect', 'incomplete', 'inaccurate', 'outdated', 'vague', 'unclear', 'misleading', 'optimistic', 'unrealistic',
  'late', 'elsewhere', 'faulty', 'stale', 'obsolete', 'ambiguous', 'contradictory', 'flawed', 'buggy', 'sloppy', 'patchy', 'thin', 'missing',
  'insufficient', 'inadequate', 'unworkable', 'unreliable', 'overdue', 'cautious', 'confusing', 'messy', 'broken', 'useless',
  'rubbish', 'dodgy', 'substandard', 'defective', 'shoddy', 'slow',
]);
/** Faults of pace, which a person has as much as a thing: "the agent was very slow", "the courier was late". */
const TARDY = new Set(['late', 'slow']);
/** Praise a party's thing never earned: "their QA has never been great". */
const PRAISE = new Set(['great', 'good', 'reliable', 'brilliant', 'fantastic', 'strong', 'robust', 'thorough']);
const CONSEQUENCE = new Set(['mean', 'cause', 'force', 'leave', 'cost', 'push', 'put']);
const FAULT_NOUNS = new Set(['delay', 'change', 'error', 'mistake', 'gap', 'cut', 'slip', 'omission', 'oversight', 'lateness', 'u-turn']);
// biome-ignore format: a word list reads best packed, several entries a line
const GUARDING = new Set([
  'check', 'test', 'catch', 'review', 'flag', 'tell', 'spot', 'sign', 'approve', 'verify', 'confirm', 'notice', 'warn', 'inform',
  'think', 'handle', 'cover', 'chase', 'own', 'monitor', 'supervise', 'update', 'send', 'provide', 'deliver', 'sort', 'fix',
]);
const DUTY_WORDS = new Set(['supposed', 'meant', 'responsible', 'paid', 'there']);
const PROMISED = new Set(['promised', 'agreed', 'committed', 'quoted', 'contracted']);
const TRUE = new Set(['real', 'actual', 'true']);
const CAUSES = new Set(['bottleneck', 'problem', 'culprit', 'cause', 'issue', 'reason', 'blocker']);
/** Verbs of a moving target: "the requirements kept shifting". */
const DRIFT = new Set(['shift', 'change', 'move', 'grow', 'slip', 'expand', 'creep', 'evolve', 'switch']);
/** What a document does when it tells the reader what matters: "never mentioned the limit". */
const TELLING = new Set(['mention', 'say', 'cover', 'include', 'specify', 'explain', 'document', 'show', 'state', 'warn', 'flag', 'list']);
/** Acts of handing over, whose giver is another party unless the speaker is its subject. */
const GIVING = new Set(['give', 'hand', 'send', 'provide', 'supply', 'pass', 'promise', 'issue', 'set']);
/** Acts of choosing a thing the speaker's work then rests on: "the tray the customer picked", "the kit chosen by the client". */
const CHOOSING = new Set(['pick', 'choose', 'buy', 'select', 'specify', 'source', 'order']);
/** Acts of receiving, whose subject is the speaker's side. */
const RECEIVING = new Set(['receive', 'inherit']);
const SPEAKER_SIDE = new Set(['i', 'we']);
const OURS_OBJECT = new Set(['us', 'me', 'myself', 'ourselves']);
const PARTY_POSSESSIVES = new Set(['their', 'his', 'her']);
const MINE = new Set(['my', 'our']);
/** Cause verbs that hand the failure to a party: "came from", "was down to", "stemmed from". */
const CAUSE_FROM = new Set(['come', 'stem', 'result']);
/** Units of an organisation that hand work over: "the forecast from the product team". */
const UNITS = new Set([
  'team',
  'department',
  'office',
  'group',
  'side',
  'desk',
  'unit',
  'agency',
  'vendor',
  'supplier',
  'client',
  'customer',
]);
/** Parties outside the speaker's side, even when called "our": "our supplier", "our landlord". */
// biome-ignore format: a word list reads best packed
const OUTSIDERS = new Set([
  'supplier', 'vendor', 'contractor', 'subcontractor', 'client', 'customer', 'agency', 'courier', 'landlord', 'provider', 'distributor',
  'wholesaler', 'manufacturer', 'haulier', 'carrier', 'partner', 'insurer', 'bank', 'lender', 'printer', 'caterer', 'venue',
]);
/** Bodies a speaker belongs to: "our team's plan" is the speaker's side's own. */
const OUR_SIDE = new Set(['team', 'group', 'side', 'company', 'firm', 'department', 'unit', 'own']);
const OTHER_HEADS = new Set(['they', 'he', 'she', 'them', 'him', 'her']);

function isStop(t: Token): boolean {
  return t.pos === 'CCONJ' || (t.pos === 'PUNCT' && PUNCTUATION_ONLY.test(t.text));
}

/** The stretches of a sentence between stops, as [first, last] token indices. */
export function stretches(tokens: readonly Token[]): FaultSpan[] {
  const out: FaultSpan[] = [];
  let first = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !isStop(tokens[i]!)) continue;
    if (i - 1 >= first) out.push({ first, last: i - 1 });
    first = i + 1;
  }
  return out;
}

/** "…to catch it", "…for the handover": a duty of guarding or handing over, not a plan ("meant to go home"). */
function dutyAfter(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  if (word === 'for') return tokens[at - 1]?.lower === 'responsible';
  return word === 'to' && GUARDING.has(tokens[at + 1]?.lemma ?? '');
}

/** Where the predicate finding fault starts, or -1: the fault word, the drift, or the silent document. */
function faultAt(tokens: readonly Token[], span: FaultSpan): number {
  for (let i = span.first + 1; i <= span.last; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    // "slow producing the letters" is harm.ts's to read, as an act owed done slowly: not a second cause beside it.
    const slowDoing = t.lower === 'slow' && tokens[i + 1]?.pos === 'VERB' && tokens[i + 1]!.lower.endsWith('ing');
    if (
      FAULTS.has(t.lower) &&
      !slowDoing &&
      t.pos !== 'NOUN' &&
      (prev.lemma === 'be' || prev.pos === 'ADV' || prev.pos === 'NUM' || prev.pos === 'NOUN')
    )
      return i;
    if (t.lower === 'out' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'date') return i;
    // "their QA process has never been great": the party's thing denied its praise.
    if (PRAISE.has(t.lower) && t.pos === 'ADJ' && prev.lemma === 'be' && (t.negated || tokens[i - 2]?.lower === 'never')) return i;
    if (t.lemma === 'keep' && DRIFT.has(tokens[i + 1]?.lemma ?? '')) return i;
    if (t.negated && (TELLING.has(t.lemma) || (t.lemma === 'make' && tokens.slice(i + 1, i + 4).some((x) => x.lower === 'clear'))))
      return i;
    // "the panel was the actual bottleneck": a party named as the true cause.
    if (prev.lemma === 'be' && t.lower === 'the' && TRUE.has(tokens[i + 1]?.lower ?? '') && CAUSES.has(tokens[i + 2]?.lemma ?? ''))
      return i;
    // "the landlord was the problem from day one": a person named as the cause, without "real" (see subjectFits).
    if (prev.lemma === 'be' && t.lower === 'the' && CAUSES.has(tokens[i + 1]?.lemma ?? '')) return i;
    // "the catering company was the main problem": ranked, the party is still the cause (a person, see subjectFits).
    if (prev.lemma === 'be' && t.lower === 'the' && RANKED.has(tokens[i + 1]?.lower ?? '') && CAUSES.has(tokens[i + 2]?.lemma ?? ''))
      return i;
    if ((t.lemma === 'arrive' || t.lemma === 'land' || t.lemma === 'come') && LATE_WORD.test(tokens[i + 1]?.lower ?? ''))
      return tokens[i + 2]?.lower === 'than' && PROMISED.has(tokens[i + 3]?.lower ?? '') ? i + 2 : i;
    // "their late changes meant…", "the vendor's delay forced us…": a fault of theirs as the cause.
    if (
      t.pos === 'VERB' &&
      CONSEQUENCE.has(t.lemma) &&
      tokens.slice(span.first, i).some((x) => FAULT_NOUNS.has(x.lemma) || FAULTS.has(x.lower))
    )
      return i;
    // "the QA team was supposed to catch it", "their analysts were meant to check": the duty put on a party.
    if (prev.lemma === 'be' && DUTY_WORDS.has(t.lower) && dutyAfter(tokens, i + 1)) return i;
    // "later than promised": the promise names a party that broke it.
    if (t.lower === 'than' && PROMISED.has(tokens[i + 1]?.lower ?? '') && SHORTFALL_WORD.test(prev.lower)) return i;
  }
  return -1;
}

/** Is the stretch's subject, tokens [from, to), another party's thing? */
function othersThing(tokens: readonly Token[], from: number, to: number): boolean {
  const subject = tokens.slice(from, to);
  if (subject.length === 0 || subject.some((t) => t.lower === 'myself')) return false;
  let acted = false;
  for (let i = 0; i < subject.length; i++) {
    const t = subject[i]!;
    const next = subject[i + 1];
    if (t.pos === 'VERB') acted = true;
    // "the vendor's notes", "our supplier's pallets", not "our team's notes".
    if (!acted && t.lower === "'s" && i > 0 && subject[i - 1]!.pos !== 'PRON') {
      const ours = MINE.has(subject[i - 2]?.lower ?? '') && OUR_SIDE.has(subject[i - 1]!.lemma);
      return !ours && next?.pos === 'NOUN';
    }
    if (!acted && PARTY_POSSESSIVES.has(t.lower) && (next?.pos === 'NOUN' || next?.pos === 'ADJ' || next?.pos === 'PROPN')) return true;
    // "my plan", "our estimate": the speaker's own thing (a later "my manager gave me" is the giver).
    const headless = subject.slice(0, i).every((x) => x.pos !== 'NOUN' && x.pos !== 'ADJ' && x.pos !== 'PROPN');
    if (MINE.has(t.lower) && headless && !subject.slice(i + 1, i + 4).some((x) => x.lower === "'s")) return false;
    // "the deadline given by the regional office", "the tray chosen by the customer": a party named after "by".
    // The giver is a party named by a noun of people ("the regional office"), not a time ("set by January", "by end of sprint").
    if (t.pos === 'VERB' && (GIVING.has(t.lemma) || CHOOSING.has(t.lemma)) && next?.lower === 'by') {
      const byParty = subject.slice(i + 2, i + 6);
      const head = byParty.findIndex((x) => x.pos !== 'DET' && x.pos !== 'ADJ');
      const giver = byParty[head];
      return (
        giver !== undefined && giver.pos === 'NOUN' && personRole(giver.lemma) && !byParty.slice(0, head).some((x) => MINE.has(x.lower))
      );
    }
    // "the tray the customer picked off the internet": a thing a party chose, the party the subject of the choice.
    if (t.pos === 'VERB' && CHOOSING.has(t.lemma) && i > 1 && !subject.slice(0, i).some((x) => x.pos === 'VERB')) {
      const chooser = subject[i - 1]!;
      const party =
        (chooser.pos === 'PRON' && !SPEAKER_SIDE.has(chooser.lower) && !MINE.has(chooser.lower)) ||
        chooser.pos === 'NOUN' ||
        chooser.pos === 'PROPN';
      // The chooser's whole phrase: "the vendor both of us picked", "the supplier my team chose" are the speaker's side.
      const phraseStart = subject.slice(0, i - 1).findIndex((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
      const ours = subject
        .slice(phraseStart + 1, i)
        .some((x) => SPEAKER_SIDE.has(x.lower) || MINE.has(x.lower) || OURS_OBJECT.has(x.lower));
      if (party && phraseStart >= 0 && !ours) return true;
    }
    if (t.pos === 'VERB' && GIVING.has(t.lemma)) {
      // "we were given", "they handed us", "the client sent": handed to the speaker's side, not by it.
      const head = subject.findIndex((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'ADJ');
      const giver = subject
        .slice(0, i)
        .filter((x, k) => x.pos === 'PRON' || (k > head + 1 && (x.pos === 'NOUN' || x.pos === 'PROPN')))
        .pop();
      const passive = subject[i - 1]?.lemma === 'be';
      if (passive ? giver !== undefined && SPEAKER_SIDE.has(giver.lower) : giver !== undefined && !SPEAKER_SIDE.has(giver.lower))
        return true;
    }
    if (t.pos === 'VERB' && RECEIVING.has(t.lemma) && SPEAKER_SIDE.has(subject[i - 1]?.lower ?? '')) return true;
    // "the spec we got from…": getting is neutral until "from" says from whom.
    if (t.lemma === 'get') continue;
    // "the forecast from the sales team": from a named party or a unit of the organisation.
    if (t.lower === 'from' && i > 1 && subject.slice(i + 1).some((x) => named(x) || UNITS.has(x.lemma))) return true;
    // "claimants received their payments late": the stretch has an act of its own before the thing.
    if (t.pos === 'VERB' && !GIVING.has(t.lemma) && !RECEIVING.has(t.lemma)) return false;
  }
  return false;
}

/** A subject that names someone other than the speaker's side: "the committee", "Legal", "they". */
function aParty(tokens: readonly Token[], from: number, to: number): boolean {
  const subject = tokens.slice(from, to);
  if (speakersIn(tokens, from, to - 1)) return false;
  const head = subject[subject.length - 1];
  return (
    head !== undefined &&
    (head.pos === 'PROPN' || OTHER_HEADS.has(head.lower) || (head.pos === 'NOUN' && subject.some((t) => t.pos === 'DET')))
  );
}

/** A word of the speaker's side among tokens [first, last]: "I", "we", "my", "our", "me", "us". */
function speakersIn(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = tokens[k]!.lower;
    if (SPEAKER_SIDE.has(w) || MINE.has(w) || w === 'me' || w === 'us') return true;
  }
  return false;
}

function mine(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => SPEAKER_SIDE.has(t.lower) || MINE.has(t.lower));
}

/** The verb group before the predicate: the subject ends where it starts. */
function subjectEnd(tokens: readonly Token[], span: FaultSpan, at: number): number {
  let end = at;
  while (end - 1 > span.first && ['AUX', 'ADV', 'PART', 'NUM'].includes(tokens[end - 1]!.pos)) end--;
  // "were three versions out of date": a measure between the copula and the fault.
  if (tokens[end - 1]?.pos === 'NOUN' && tokens[end - 2]?.pos === 'NUM') end -= 2;
  while (end - 1 > span.first && ['AUX', 'ADV', 'PART'].includes(tokens[end - 1]!.pos)) end--;
  return end;
}

/** Words that open a condition: what follows is supposed, not told as having happened. */
const CONDITIONS = new Set(['if', 'whether', 'unless']);

/** What a subject's noun phrase is made of, read back from its end to the word before it. */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

/** "…so the next colleague can see if it is late", "…if the next check is late": a fault supposed in a condition (just before its subject), not one told. */
function supposed(tokens: readonly Token[], first: number, end: number): boolean {
  let k = end - 1;
  while (k > first && SUBJECT_WORDS.has(tokens[k]!.pos) && !CONDITIONS.has(tokens[k]!.lower)) k--;
  return k >= first && CONDITIONS.has(tokens[k]!.lower);
}

/** What opens the noun phrase after "had" in "had their milk picked up": a possessive, an article, a number. */
const HAD_OBJECT = new Set(['DET', 'PRON', 'NUM', 'ADJ']);

/**
 * "Three farms had their milk picked up five hours late": "had" with a thing and a participle tells
 * what was done to the subject, who suffered the fault, not whose fault it was. From `first` up to the fault at `at`.
 */
function hadDone(tokens: readonly Token[], first: number, at: number): boolean {
  for (let k = first; k < at; k++) {
    if (tokens[k]!.lemma !== 'have' || tokens[k]!.negated) continue;
    let j = k + 1;
    if (!HAD_OBJECT.has(tokens[j]?.pos ?? '') && tokens[j]?.pos !== 'NOUN') continue;
    while (j < at && (HAD_OBJECT.has(tokens[j]!.pos) || tokens[j]!.pos === 'NOUN')) j++;
    const done = tokens[j];
    if (j > k + 1 && j < at && done?.pos === 'VERB' && done.lower !== done.lemma && !done.lower.endsWith('ing')) return true;
  }
  return false;
}

/** "might have been ambiguous": a guess about the thing, not a charge against it. */
function guessed(tokens: readonly Token[], end: number, at: number): boolean {
  return tokens.slice(end, at).some((t) => MODAL_WORD.test(t.lower));
}

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);

/** "which was optimistic": a relative stretch points back at the noun phrase before its stop. */
function antecedent(tokens: readonly Token[], spans: readonly FaultSpan[], k: number): FaultSpan | null {
  const span = spans[k]!;
  if (!RELATIVE_WORD.test(tokens[span.first]!.lower) || k === 0) return null;
  const before = spans[k - 1]!;
  let first = before.last;
  while (first > before.first && NOUN_PHRASE.has(tokens[first - 1]!.pos)) first--;
  return { first, last: before.last };
}

/** A party that is a person or a body of people: a name, "he", "they", or a noun of people ("the landlord", "his agent"). */
function aPerson(tokens: readonly Token[], from: number, to: number): boolean {
  // "the customs agent we were using": the person before a relative clause of the speaker's.
  const relative = tokens.findIndex(
    (t, k) =>
      k > from &&
      k < to - 1 &&
      SPEAKER_SIDE.has(t.lower) &&
      tokens[k - 1]!.pos === 'NOUN' &&
      (tokens[k + 1]!.pos === 'AUX' || tokens[k + 1]!.pos === 'VERB'),
  );
  if (relative > 0) to = relative;
  if (!aParty(tokens, from, to)) return false;
  const head = tokens[to - 1]!;
  return head.pos === 'PROPN' || OTHER_HEADS.has(head.lower) || personRole(head.lemma);
}

/**
 * Does the subject [from, to) fit the predicate's kind: a party for a duty or a real cause, a
 * person for a plain cause ("the landlord was the problem", not "the weather was the problem",
 * which is told of a thing), not the speaker's for a broken promise, else another party's thing.
 */
function subjectFits(tokens: readonly Token[], from: number, to: number, predicate: string): boolean {
  if (predicate === 'person') return aPerson(tokens, from, to);
  // "the customs agent was very slow", "the courier was late": a person's pace, or a thing of theirs.
  // The person is the subject's head, before any preposition or verb: "the report to the regulatory team was late" and
  // "the report went to the funder 5 weeks late" tell the report's lateness.
  if (TARDY.has(predicate) || PRAISE.has(predicate)) {
    const preposition = tokens.findIndex((t, k) => k >= from && k < to && (t.pos === 'ADP' || t.lower === 'to' || t.pos === 'VERB'));
    // A verb of the subject's own ("the board accepted it with a late fee") makes the fault no predicate of the person;
    // one inside a relative clause of the speaker's ("the agent we were using") does not.
    const acting =
      preposition >= 0 &&
      tokens[preposition]!.pos === 'VERB' &&
      !SPEAKER_SIDE.has(tokens[preposition - 1]?.lower ?? '') &&
      tokens[preposition - 1]?.pos !== 'AUX';
    return (!acting && aPerson(tokens, from, preposition < 0 ? to : preposition)) || othersThing(tokens, from, to);
  }
  if (predicate === 'duty' || predicate === 'the') return aParty(tokens, from, to);
  if (predicate === 'than') return !mine(tokens, from, to);
  return othersThing(tokens, from, to);
}

/** Stretches of a sentence that put the failure on a fault in another party's thing. */
export function faultedThings(tokens: readonly Token[], spans: readonly FaultSpan[] = stretches(tokens)): FaultSpan[] {
  const found: FaultSpan[] = [];
  spans.forEach((span, k) => {
    // "given the timeline we were handed": circumstances handed over, as the frame of the failure.
    if (tokens[span.first]!.lower === 'given' && othersThing(tokens, span.first + 1, span.last + 1)) {
      found.push(span);
      return;
    }
    const at = faultAt(tokens, span);
    if (at < 0) return;
    const end = subjectEnd(tokens, span, at);
    if (guessed(tokens, end, at) || supposed(tokens, span.first, end) || hadDone(tokens, span.first, at)) return;
    const duty = DUTY_WORDS.has(tokens[at]!.lower) && tokens[at - 1]?.lemma === 'be';
    const plainCause = tokens[at]!.lower === 'the' && !TRUE.has(tokens[at + 1]?.lower ?? '');
    if (subjectFits(tokens, span.first, end, duty ? 'duty' : plainCause ? 'person' : tokens[at]!.lower)) {
      found.push(span);
      return;
    }
    const before = antecedent(tokens, spans, k);
    if (before && end === span.first + 1 && othersThing(tokens, before.first, before.last + 1))
      found.push({ first: before.first, last: span.last });
  });
  return found;
}

/** Acts of deciding or pressing for a course, which make the one who did them its owner. */
// biome-ignore format: a word list reads best packed
const DECIDING = new Set(['decide', 'choose', 'pick', 'insist', 'approve', 'sign', 'push', 'set', 'order', 'want', 'demand', 'overrule']);

/**
 * "…and he was the one who decided", "the client was the one that insisted on the date": the
 * decision the failure followed handed to a person by name, from the copula at `i`. Not "he was
 * not the one who decided", and not "she was the one who spotted it", which is no decision.
 */
function theOneWhoDecided(tokens: readonly Token[], span: FaultSpan, i: number): boolean {
  const be = tokens[i]!;
  if (be.lemma !== 'be' || be.negated || i === span.first || !aPerson(tokens, span.first, i)) return false;
  if (tokens[i + 1]?.lower !== 'the' || (tokens[i + 2]?.lower !== 'one' && tokens[i + 2]?.lower !== 'ones')) return false;
  const who = tokens[i + 3]?.lower;
  if (who !== 'who' && who !== 'that') return false;
  for (let k = i + 4; k <= Math.min(span.last, i + 5); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return DECIDING.has(t.lemma) && !t.negated;
  }
  return false;
}

/**
 * Acts that are no cause of a failure, told of the one who did them: catching it, telling of it,
 * helping with it. "She was the one who spotted it" credits her; "he was the one who fitted it"
 * puts the work that failed on him.
 */
// biome-ignore format: a word list reads best packed
const NOT_CAUSING = new Set([
  'spot', 'notice', 'catch', 'find', 'discover', 'realise', 'realize', 'see', 'fix', 'save', 'rescue', 'help', 'support', 'cover',
  'flag', 'raise', 'warn', 'alert', 'tell', 'report', 'call', 'ring', 'phone', 'point', 'ask', 'suggest', 'offer', 'hire', 'train',
  'teach', 'show', 'stay', 'step', 'sort', 'calm', 'stand', 'forgive', 'thank', 'listen',
]);

/**
 * "He was the one who put that side back together", "it was the apprentice that fitted the
 * wheel": the work that failed handed to a person by name, from the copula at `i`, with an act
 * that is not catching, telling of or helping with the failure (NOT_CAUSING). Not denied ("he
 * wasn't the one who…").
 */
function theOneWhoDid(tokens: readonly Token[], span: FaultSpan, i: number): boolean {
  const be = tokens[i]!;
  if (be.lemma !== 'be' || be.negated || i === span.first) return false;
  let who: number;
  if (tokens[i + 1]?.lower === 'the' && (tokens[i + 2]?.lower === 'one' || tokens[i + 2]?.lower === 'ones')) {
    if (!aPerson(tokens, span.first, i)) return false;
    who = i + 3;
  } else {
    // "it was the apprentice who…": the cleft, its person after the copula.
    if (tokens[i - 1]?.lower !== 'it' || i - 1 !== span.first) return false;
    who = tokens.findIndex((t, k) => k > i + 1 && k <= Math.min(span.last, i + 5) && (t.lower === 'who' || t.lower === 'that'));
    if (who < 0 || !aPerson(tokens, i + 1, who)) return false;
  }
  if (tokens[who]?.lower !== 'who' && tokens[who]?.lower !== 'that') return false;
  for (let k = who + 1; k <= Math.min(span.last, who + 3); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return !NOT_CAUSING.has(t.lemma) && !t.negated && !t.lower.endsWith('ing');
  }
  return false;
}

/** The work a party holds: "their job", "the agent's responsibility", "his call". */
// biome-ignore format: a word list reads best packed
const HELD = new Set([
  'job', 'responsibility', 'bit', 'area', 'call', 'department', 'remit', 'task', 'duty', 'patch', 'lookout', 'domain', 'role',
]);
const THEIRS = new Set(['their', 'his', 'her']);
/** Words that turn a sentence against what it said: "it was his job, but I…". */
const TURNS = new Set(['but', 'though', 'although', 'yet']);

/**
 * "That was the other squad's bit", "checking the seals was the agent's job", "it was their
 * call": the failed work told as a party's to do, from the copula at `i`. Not the speaker's ("it
 * was my job"), not denied ("it wasn't his job"), and not taken back at once ("it was Priya's
 * job that week, but I had said I would cover it").
 */
function heldByOthers(tokens: readonly Token[], span: FaultSpan, i: number): boolean {
  const be = tokens[i]!;
  if (be.lemma !== 'be' || be.negated || i === span.first || speakersIn(tokens, span.first, i - 1)) return false;
  let k = i + 1;
  while (k <= span.last && tokens[k]!.pos === 'ADV') k++;
  let held = -1;
  if (THEIRS.has(tokens[k]?.lower ?? '')) held = k + 1;
  else {
    let j = k;
    while (j <= span.last && j < k + 5 && tokens[j]!.lower !== "'s") j++;
    if (tokens[j]?.lower === "'s" && j > k && aParty(tokens, k, j)) held = j + 1;
  }
  if (held < 0) return false;
  while (tokens[held]?.pos === 'ADJ') held++;
  const work = tokens[held];
  if (work === undefined || work.pos !== 'NOUN' || !HELD.has(work.lemma) || work.negated) return false;
  // "her job" may be her work itself ("she was working from home, that was her job"): told of a pronoun, a job is a duty
  // only with what it was to do ("it was his job to torque it").
  if (work.lemma === 'job' && THEIRS.has(tokens[k]!.lower) && tokens[held + 1]?.lower !== 'to') return false;
  const turn = tokens.findIndex((t, n) => n > held && TURNS.has(t.lower));
  return turn < 0 || !speakersIn(tokens, turn, tokens.length - 1);
}

/** Pronouns of people that come from somewhere: "they came from Leeds". */
const PEOPLE_PRONOUNS = new Set(['he', 'she', 'they', 'who']);

/** "the groom's family came from Lagos": people who come from a place, where a problem comes from its cause. */
function peopleFrom(tokens: readonly Token[], verb: number): boolean {
  const subject = tokens[verb - 1];
  if (!subject) return false;
  return subject.pos === 'PROPN' || PEOPLE_PRONOUNS.has(subject.lower) || (subject.pos === 'NOUN' && personRole(subject.lemma));
}

/** "The hold-up came from the printer, who…", "it was down to their team": the cause handed to a party. */
export function causesOnOthers(tokens: readonly Token[], spans: readonly FaultSpan[] = stretches(tokens)): FaultSpan[] {
  const found: FaultSpan[] = [];
  for (const span of spans) {
    // "our supplier" is no part of the speaker's side: an outside party the speaker deals with.
    const ours = (t: Token, k: number): boolean =>
      SPEAKER_SIDE.has(t.lower) ||
      (MINE.has(t.lower) && !OUTSIDERS.has(tokens[k + 1]?.lemma ?? '') && !OUTSIDERS.has(tokens[k + 2]?.lemma ?? ''));
    // Up to a clause of time: "he was the one who put it back together while I was on the phone" hands the work over
    // all the same.
    const during = tokens.findIndex((t, k) => k > span.first && k <= span.last && (t.lower === 'while' || t.lower === 'whilst'));
    const end = during < 0 ? span.last : during - 1;
    if (tokens.slice(span.first, end + 1).some((t, k) => ours(t, span.first + k))) continue;
    for (let i = span.first; i < span.last; i++) {
      const t = tokens[i]!;
      const cause =
        (CAUSE_FROM.has(t.lemma) && t.pos === 'VERB' && tokens[i + 1]?.lower === 'from' && !peopleFrom(tokens, i)) ||
        (t.lower === 'down' && tokens[i + 1]?.lower === 'to');
      if (cause) {
        if (partyAfter(tokens, i + 2)) found.push(span);
        break;
      }
      if (
        wholly(tokens, span, i) ||
        shareHanded(tokens, span, i) ||
        theOneWhoDecided(tokens, span, i) ||
        theOneWhoDid(tokens, span, i) ||
        heldByOthers(tokens, span, i)
      ) {
        found.push(span);
        break;
      }
    }
  }
  return found;
}

/**
 * Words that mark a cause as the one behind the failure: "the real problem", "the root cause".
 * Not "main" or "biggest": "the main problem was 300 invoices went out wrong" tells the failure itself.
 */
const UNDERLYING = new Set(['real', 'actual', 'true', 'root', 'underlying', 'core', 'fundamental']);
/** How a reason is ranked: "the main reason", "the biggest cause". */
const RANKED = new Set(['main', 'biggest', 'big', 'major', 'primary', 'chief', 'key', 'principal', 'whole', 'only']);
/** Words by which the speaker's own side takes the cause: "the root cause was my query", "…was that we never tested it". */
const SPEAKER_WORDS = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us']);

/** A word of the speaker's at k, but not "my" before a person ("the real problem was my manager"). */
function speakersWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!SPEAKER_WORDS.has(t.lower)) return false;
  // "with zero proper training for us": the speaker on the receiving end, not the cause.
  if ((t.lower === 'us' || t.lower === 'me') && tokens[k - 1]?.pos === 'ADP') return false;
  const next = tokens[k + 1];
  return !(t.lower === 'my' && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN') && personRole(next.lemma));
}

/**
 * "The real problem, to an extent, was that the review process had no emergency route", "the
 * root cause was stakeholder misalignment": the failure's cause named, as the one behind it, with
 * no word of the speaker's in what is named (up to the next stop). "The root cause was my
 * query" owns it; "the root cause wasn't my leave" denies a cause, and is left to the clause after.
 */
export function causeNamedElsewhere(tokens: readonly Token[]): FaultSpan[] {
  const cleft = causeCleft(tokens);
  if (cleft) return [cleft];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the' || !CAUSES.has(tokens[i + 2]?.lemma ?? '')) continue;
    // "The main reason was…": a reason or a cause is what lay behind the failure, however it is ranked ("the main
    // problem" may be the failure itself).
    const behind = (tokens[i + 2]!.lemma === 'reason' || tokens[i + 2]!.lemma === 'cause') && RANKED.has(tokens[i + 1]!.lower);
    if (!UNDERLYING.has(tokens[i + 1]!.lower) && tokens[i + 2]!.lemma !== 'culprit' && !behind) continue;
    // Past a parenthesis set off by commas ("the real problem, to an extent, was…"): the copula.
    let be = i + 3;
    if (tokens[be]?.text === ',') {
      be++;
      while (be < tokens.length && tokens[be]!.text !== ',') be++;
      be++;
    }
    const copula = tokens[be];
    if (copula?.lemma !== 'be' || copula.negated || tokens[be + 1]?.lemma === 'not' || tokens[be + 1]?.negated) return [];
    let last = be + 1;
    while (last < tokens.length && !isStop(tokens[last]!)) last++;
    const named = tokens.slice(be + 1, last);
    let speakers = false;
    for (let k = be + 1; k < last; k++) if (speakersWord(tokens, k)) speakers = true;
    if (speakers || !named.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return [];
    return [{ first: i, last: last - 1 }];
  }
  return [];
}

/**
 * "What really caused it was my editor going quiet for a week": a cleft on the verb of causing, with
 * no word of the speaker's in what it names (up to the next stop). "What caused it was my own
 * rushing" owns it.
 */
function causeCleft(tokens: readonly Token[]): FaultSpan | null {
  const what = tokens.findIndex((t) => t.lower === 'what');
  if (what < 0) return null;
  let k = what + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  if (tokens[k]?.lemma !== 'cause' || tokens[k]!.negated) return null;
  const be = tokens.findIndex((t, j) => j > k && j <= k + 4 && t.lemma === 'be');
  if (be < 0 || tokens[be]!.negated || tokens[be + 1]?.lemma === 'not') return null;
  let last = be + 1;
  while (last < tokens.length && !isStop(tokens[last]!)) last++;
  for (let j = be + 1; j < last; j++) if (speakersWord(tokens, j) || tokens[j]!.lower === 'own') return null;
  if (!tokens.slice(be + 1, last).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  return { first: what, last: last - 1 };
}

/** Words that make a copula hand the whole failure over: "it was all the vendor", "that was entirely the rota". */
const WHOLLY = new Set(['all', 'entirely', 'purely', 'solely', 'totally', 'completely', 'squarely']);
const POINTERS = new Set(['it', 'that', 'this']);

/**
 * "It was all the vendor", "that was squarely on the agency": a pointer to the failure, a copula,
 * a word of wholeness, and a noun phrase that ends the stretch, not the speaker's ("it was all my
 * fault" owns it) and not a state ("it was all new to me").
 */
function wholly(tokens: readonly Token[], span: FaultSpan, at: number): boolean {
  const be = tokens[at]!;
  if (be.lemma !== 'be' || at - 1 !== span.first || !POINTERS.has(tokens[span.first]!.lower)) return false;
  let i = at + 1;
  // "it was really all the vendor": an adverb or two before the word of wholeness, none of them a negation.
  while (i < at + 3 && tokens[i]?.pos === 'ADV' && !WHOLLY.has(tokens[i]!.lower) && !tokens[i]!.negated && tokens[i]!.lemma !== 'not') i++;
  if (!WHOLLY.has(tokens[i]?.lower ?? '')) return false;
  i++;
  if (tokens[i]?.lower === 'on' || tokens[i]?.lower === 'down') i += tokens[i]!.lower === 'down' ? 2 : 1;
  const start = tokens[i];
  if (!start || !(start.pos === 'DET' || PARTY_POSSESSIVES.has(start.lower) || named(start))) return false;
  let end = i + (start.pos === 'DET' ? 1 : 0);
  while (end <= span.last && (tokens[end]!.pos === 'NOUN' || tokens[end]!.pos === 'PROPN')) end++;
  // The noun phrase is the whole rest of the stretch: "all the vendor", not "all the same to them".
  return end > i && tokens[end - 1]!.pos !== 'DET' && (end > span.last || tokens[end]!.pos === 'PUNCT');
}

/** Words for a share of the failure: "a big part of it", "most of that", "half of it". */
const SHARES = new Set(['part', 'most', 'half', 'lot', 'much', 'bulk', 'majority', 'chunk']);

/**
 * "A big part of it was the agency staff", "most of that was down to the carrier": a share of the
 * failure, named by a pointer, handed by a copula to a party (a person's role, a unit of an
 * organisation, or a name) whose noun phrase ends the stretch. Not "part of it was the rota" (no
 * party) nor "most of it was not them".
 */
function shareHanded(tokens: readonly Token[], span: FaultSpan, at: number): boolean {
  if (!SHARES.has(tokens[at]!.lower) || tokens[at + 1]?.lower !== 'of' || !POINTERS.has(tokens[at + 2]?.lower ?? '')) return false;
  const be = tokens[at + 3];
  if (be?.lemma !== 'be' || be.negated || at + 3 > span.last) return false;
  let i = at + 4;
  while (i < at + 6 && tokens[i]?.pos === 'ADV' && !tokens[i]!.negated && tokens[i]!.lemma !== 'not') i++;
  if (tokens[i]?.lower === 'on') i++;
  else if (tokens[i]?.lower === 'down' && tokens[i + 1]?.lower === 'to') i += 2;
  if (tokens[i]?.pos === 'DET' || PARTY_POSSESSIVES.has(tokens[i]?.lower ?? '')) i++;
  let end = i;
  while (end <= span.last && (tokens[end]!.pos === 'NOUN' || tokens[end]!.pos === 'PROPN' || tokens[end]!.pos === 'ADJ')) end++;
  const head = tokens[end - 1];
  if (end === i || !head || (end <= span.last && tokens[end]!.pos !== 'PUNCT')) return false;
  return named(head) || ((head.pos === 'NOUN' || head.pos === 'PROPN') && (personRole(head.lemma) || UNITS.has(head.lemma)));
}

const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** A name, not a day or a month. */
function named(t: Token): boolean {
  return t.pos === 'PROPN' && !CALENDAR.test(t.lower);
}

/** A party at `at`: "they", "Priya", "their team", "the carrier, who…". */
function partyAfter(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!first) return false;
  if (OTHER_HEADS.has(first.lower) || PARTY_POSSESSIVES.has(first.lower) || named(first)) return true;
  if (first.pos !== 'DET' && first.lower !== 'our') return false;
  let i = at + 1;
  while (tokens[i] && (tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'NOUN')) i++;
  // "came from our supplier", "down to the contractor": a party outside the speaker's side, named as the end of the phrase.
  const last = tokens[i - 1]!;
  if (i > at + 1 && last.pos === 'NOUN' && OUTSIDERS.has(last.lemma) && tokens[i]?.pos !== 'NOUN') return true;
  if (first.pos !== 'DET') return false;
  // "down to the agency sending us new starters": a noun that names people or a body of them, doing something.
  const head = tokens[i - 1]!;
  if (i > at + 1 && head.pos === 'NOUN' && personRole(head.lemma) && tokens[i]?.pos === 'VERB' && tokens[i]!.lower.endsWith('ing'))
    return true;
  if (tokens[i]?.text === ',') i++;
  return i > at + 1 && tokens[i]?.lower === 'who';
}

/** Words that tell work falling short: "ran well behind", "came in late", "was delayed". */
const SHORTFALL = new Set(['behind', 'late', 'delayed', 'short', 'stalled', 'slipped', 'overdue', 'down', 'offline', 'unavailable']);
/** Acts that take something away from the work: "the budget had been cut", "the post was frozen". */
const TAKEN_AWAY = new Set(['cut', 'freeze', 'frozen', 'withdraw', 'cancel', 'pull', 'scrap', 'reduce', 'halve', 'slash', 'drop']);
/** Words of a plan or an arrangement: "was meant to", "was due to", "was scheduled to". */
const PLANNED = new Set(['meant', 'supposed', 'due', 'scheduled', 'planned', 'set', 'booked', 'expected']);
/** Words that give the cause of the clause before: "…, as the budget had been cut". */
const BECAUSE = new Set(['as', 'because', 'since']);

/** A party as the subject of the stretch from `from` to its verb: a name, a person's role, a unit ("the HR function", "IT", "the board", "they"). */
function partySubject(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'VERB') {
      const head = tokens[k - 1];
      return (
        k > from &&
        head !== undefined &&
        (OTHER_HEADS.has(head.lower) ||
          named(head) ||
          ((head.pos === 'NOUN' || head.pos === 'PROPN') && (personRole(head.lemma) || UNITS.has(head.lemma))))
      );
    }
    if (SPEAKER_SIDE.has(t.lower) || MINE.has(t.lower)) return false;
    if (named(t) && tokens[k - 1]?.pos === 'DET') return true;
  }
  return false;
}

/**
 * The stretch tells what happened, in the past and as the party's own doing: not a rule of thumb
 * ("because she can start her review"), nor what they were made to do ("had to shorten the phase"),
 * nor a plan they had ("was meant to leave at noon").
 */
function happened(tokens: readonly Token[], span: FaultSpan): boolean {
  let past = false;
  for (let k = span.first; k <= span.last; k++) {
    const t = tokens[k]!;
    if (MODAL_WORD.test(t.lower) || t.lower === 'will') return false;
    if ((t.lemma === 'have' || t.lemma === 'need') && tokens[k + 1]?.lower === 'to') return false;
    // "was meant to leave at noon", "was due to start": a plan, not the party's doing.
    if (PLANNED.has(t.lower) && tokens[k + 1]?.lower === 'to') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.lower !== t.lemma && !t.lower.endsWith('ing') && t.lower !== `${t.lemma}s`) past = true;
  }
  return past;
}

/** The stretch tells work falling short: late, behind, or something the work needed not given ("were not given the training"). */
function fellShort(tokens: readonly Token[], span: FaultSpan): boolean {
  for (let k = span.first; k <= span.last; k++) {
    const t = tokens[k]!;
    if (SHORTFALL.has(t.lower) && k > span.first) return true;
    if (t.pos === 'VERB' && t.negated && (t.lemma === 'give' || t.lemma === 'get' || t.lemma === 'have')) return true;
  }
  return false;
}

/** The stretch is something taken away, by nobody named: "the budget had been cut", "the role was frozen". */
function takenAway(tokens: readonly Token[], span: FaultSpan): boolean {
  for (let k = span.first + 1; k <= span.last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && TAKEN_AWAY.has(t.lemma) && tokens[k - 1]?.lemma === 'be' && t.lower !== `${t.lemma}ing`)
      return !tokens.slice(k + 1, span.last + 1).some((x) => x.lower === 'by');
  }
  return false;
}

/**
 * A shortfall told as following from another party's state or from a cut nobody is named for:
 * "the HR function was still restructuring, so recruitment ran well behind", "the agents were not
 * given the training they needed, as the budget had been cut". No word of the speaker's side in
 * the cause: "we were behind, so I cut the scope" is the speaker's own state.
 */
export function shortfallsOnOthers(tokens: readonly Token[], spans: readonly FaultSpan[] = stretches(tokens)): FaultSpan[] {
  const found: FaultSpan[] = [];
  const speakers = (span: FaultSpan): boolean => speakersIn(tokens, span.first, span.last);
  for (let k = 1; k < spans.length; k++) {
    const before = spans[k - 1]!;
    const span = spans[k]!;
    const opener = tokens[span.first]!.lower;
    if (opener === 'so' && span.last > span.first) {
      const effect = { first: span.first + 1, last: span.last };
      if (!speakers(before) && partySubject(tokens, before.first, before.last) && happened(tokens, before) && fellShort(tokens, effect))
        found.push({ first: before.first, last: span.last });
    } else if (BECAUSE.has(opener) && span.last > span.first) {
      // The cause runs to the next punctuation: "as the learning and development budget had been cut".
      let last = span.first + 1;
      while (last + 1 < tokens.length && !(tokens[last + 1]!.pos === 'PUNCT' && PUNCTUATION_ONLY.test(tokens[last + 1]!.text))) last++;
      const cause = { first: span.first + 1, last };
      if (speakers(cause) || !happened(tokens, cause) || !fellShort(tokens, before) || unwell(tokens, cause)) continue;
      if (partySubject(tokens, cause.first, cause.last) || takenAway(tokens, cause)) found.push({ first: before.first, last });
    }
  }
  return found;
}

/** What a person breaks or twists in a fall: "had broken his wrist". */
// biome-ignore format: a word list reads best packed
export const BODY_PARTS: ReadonlySet<string> = new Set([
  'wrist', 'arm', 'leg', 'ankle', 'hand', 'foot', 'finger', 'hip', 'back', 'collarbone', 'rib', 'toe', 'knee', 'shoulder', 'nose',
  'neck', 'elbow', 'jaw', 'pelvis', 'thumb',
]);
/** Words that tell a person unwell: off sick, in hospital. */
const UNWELL = new Set(['sick', 'ill', 'hospital', 'injured', 'unwell']);

/** "because a colleague had broken his wrist", "as she was off sick": a person kept away by illness or injury, not a party's lapse. */
function unwell(tokens: readonly Token[], span: FaultSpan): boolean {
  for (let k = span.first; k <= span.last; k++) if (UNWELL.has(tokens[k]!.lower) || BODY_PARTS.has(tokens[k]!.lemma)) return true;
  return false;
}

/**
 * Failing acts: the closed class of ways a thing or a party stops working for the speaker, told
 * in a verb, with the particle some of them need ("fell through", "timed out", "went down").
 */
const FAILING_ACTS = new Set(['fail', 'crash', 'collapse', 'disappear', 'vanish', 'lapse', 'expire', 'stall', 'malfunction', 'overrun']);
const FAILING_WITH: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['fall', new Set(['through', 'apart', 'over', 'behind'])],
  ['break', new Set(['down'])],
  ['go', new Set(['down', 'wrong', 'missing', 'quiet', 'dark', 'offline', 'silent'])],
  ['time', new Set(['out'])],
  ['drop', new Set(['out'])],
  ['pull', new Set(['out'])],
  ['back', new Set(['out'])],
]);
/** Words that deny: in the cause they make an omission ("didn't have a line for it"), in the consequence a failure ("was never chased"). */
const DENIALS = new Set(['not', "n't", 'nt', 'never', 'no', 'nobody', 'nothing', 'none', 'zero']);
/** Subjects that name no party: a dummy ("it was raining", "there was"), a pointer, the general "you", a relative. */
const NO_PARTY = new Set(['it', 'this', 'that', 'there', 'you', 'which', 'who', 'what', 'one', 'everything', 'something', 'anything']);
/** What "so" opens when it is not a consequence: a degree ("so late", "so much") or a purpose ("so that"). */
const NOT_CONSEQUENCE = new Set(['that', 'much', 'many', 'far', 'long', 'well', 'often', 'few', 'little']);
/** The speaker's losses told as what followed: "so I lost the morning", "so we missed the slot". */
const LOSING_ACTS = new Set(['lose', 'miss']);

/** Tokens that end a clause for these readings: stops, and the notes' "+" and "&". */
function endsClause(t: Token): boolean {
  return isStop(t) || t.pos === 'SCONJ' || t.text === '+' || t.text === '&' || t.text === '(' || t.text === ')';
}

/** What a party may not know or have in mind: its ignorance ("had no idea", "didn't know"), not a failing of its own. */
const KNOWING = new Set(['know', 'idea', 'realise', 'realize', 'aware', 'clue', 'notion']);

/** The cause clause [from, to] tells a failing: a denial, a fault word, a kept-up drift or a failing act, after its subject. */
function failingIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (DENIALS.has(t.lower)) return !KNOWING.has(tokens[k + 1]?.lemma ?? '') && !KNOWING.has(tokens[k + 2]?.lemma ?? '');
    if (FAULTS.has(t.lower)) return true;
    if (t.lower === 'out' && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'date') return true;
    if (t.lemma === 'keep' && tokens[k + 1]?.lower.endsWith('ing')) return true;
    if (t.pos !== 'VERB' && t.pos !== 'NOUN') continue;
    if (FAILING_ACTS.has(t.lemma) && t.pos === 'VERB') return true;
    const particles = FAILING_WITH.get(t.lemma);
    if (particles?.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** A verb of [from, to] in the past ("did", "had", "kept", "fell"), not the present's "does", "has", "is": what happened, not a rule. */
function toldPast(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (t.lower === 'was' || t.lower === "'d") return true;
    if (t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s')) return true;
  }
  return false;
}

/** The consequence [from, to] tells the failure or the speaker's loss: a denial ("couldn't take", "no way to", "was never chased"), or "I lost", "we missed". */
function failureAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (DENIALS.has(t.lower)) return true;
    if (t.pos === 'VERB' && LOSING_ACTS.has(t.lemma) && SPEAKER_SIDE.has(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "The system kept timing out, so there was no way to keep up", "the checklist didn't have a line
 * for the consent, so it was never chased", "the interpreter booking fell through so we couldn't
 * take instructions": a party's or a thing's failing told as the cause, and after "so" the failure,
 * or the speaker's helplessness or loss, told as what followed. The cause's subject is neither the
 * speaker's side nor a word that names no party ("it rained, so…"), nor the speaker's own thing
 * ("my notes didn't say, so…"); a cause told with a modal ("might have been wrong") is a guess.
 * The stretch runs from the cause's start to the consequence's end.
 */
export function failingsThatCaused(tokens: readonly Token[]): FaultSpan[] {
  const found: FaultSpan[] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    const so = tokens[k]!;
    if (so.lower !== 'so' || tokens[k - 1]!.lower === 'or') continue;
    const opened = tokens[k + 1]!;
    if (NOT_CONSEQUENCE.has(opened.lower) || opened.pos === 'ADJ' || isStop(opened)) continue;
    // The cause: back from "so" (past a comma just before it) to the clause's start.
    let last = k - 1;
    if (tokens[last]!.pos === 'PUNCT') last--;
    let first = last;
    while (first > 0 && !endsClause(tokens[first - 1]!)) first--;
    if (last < first) continue;
    const head = tokens.slice(first, last + 1).findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
    if (head < 0) continue;
    const subject = tokens[first + head]!;
    if (SPEAKER_SIDE.has(subject.lower) || OURS_OBJECT.has(subject.lower) || MINE.has(subject.lower) || NO_PARTY.has(subject.lower))
      continue;
    if (tokens.slice(first, first + head).some((t) => MINE.has(t.lower))) continue;
    if (tokens.slice(first, last + 1).some((t) => MODAL_WORD.test(t.lower) || t.lower === 'should')) continue;
    // Told as what happened: "rejects any file that doesn't match, so it can't be released" describes a control.
    if (!failingIn(tokens, first + head + 1, last) || !toldPast(tokens, first, last)) continue;
    // The consequence: from "so" to the next stop.
    let end = k + 1;
    while (end + 1 < tokens.length && !endsClause(tokens[end + 1]!)) end++;
    if (!failureAfter(tokens, k + 1, end)) continue;
    found.push({ first, last: end });
  }
  return found;
}

/** Acts of handing a thing over to the speaker's side: "sent us", "gave me", "handed over". */
const HANDING = new Set(['give', 'hand', 'send', 'provide', 'supply', 'pass', 'forward', 'issue', 'deliver']);
/** Words that open what is said of the thing handed over: "a deck that had…", "a kit which was…", "drawings with…". */
const DESCRIBING = new Set(['that', 'which', 'with']);

/**
 * "Marketing sent us a new deck that quarter that had outdated data in it", "the merchant handed me
 * a kit which was the wrong size": a party's handing over, past, with the thing described after it
 * (by "that", "which" or "with") as wrong, out of date or faulty, before the next stop. The giver is
 * the clause's subject, neither the speaker's side nor a word that names no party.
 */
export function wrongHandedOver(tokens: readonly Token[]): FaultSpan[] {
  const found: FaultSpan[] = [];
  for (const span of stretches(tokens)) {
    for (let i = span.first + 1; i <= span.last; i++) {
      const verb = tokens[i]!;
      if (verb.pos !== 'VERB' || !HANDING.has(verb.lemma) || verb.negated || !toldPast(tokens, i, i)) continue;
      // "The brochure was sent out with the wrong date": a passive names no giver, who may be the speaker.
      let aux = i - 1;
      while (aux > span.first && tokens[aux]!.pos === 'ADV') aux--;
      if (tokens[aux]!.lemma === 'be' || tokens[aux]!.lemma === 'get') break;
      // The giver: the last noun or pronoun before the act, with nothing of the speaker's before it.
      let k = i - 1;
      while (k >= span.first && tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'PROPN' && tokens[k]!.pos !== 'PRON') k--;
      if (k < span.first) break;
      const giver = tokens[k]!;
      if (SPEAKER_SIDE.has(giver.lower) || NO_PARTY.has(giver.lower) || speakersIn(tokens, span.first, k)) break;
      if (tokens.slice(span.first, i).some((t) => MODAL_WORD.test(t.lower) || t.lower === 'should' || t.lower === 'if')) break;
      for (let j = i + 2; j <= span.last; j++) {
        if (!DESCRIBING.has(tokens[j]!.lower)) continue;
        const said = tokens.slice(j + 1, Math.min(span.last, j + 7) + 1);
        const faulty = said.some(
          (t, n) => FAULTS.has(t.lower) || WRONGS.has(t.lower) || (t.lower === 'out' && said[n + 1]?.lower === 'of'),
        );
        if (faulty) found.push({ first: span.first, last: Math.min(span.last, j + 7) });
        break;
      }
      break;
    }
  }
  return found;
}

/** Things handed over wrong, beside FAULTS: "the wrong size", "an old version", "superseded figures". */
const WRONGS = new Set(['wrong', 'old', 'superseded', 'expired']);

/** Words that tell a place or a spell of work as overloaded: "the department was very busy", "a hectic night". */
// biome-ignore format: a word list reads best packed
const OVERLOADED = new Set([
  'busy', 'hectic', 'slammed', 'swamped', 'overloaded', 'overstretched', 'understaffed', 'short-staffed', 'short-handed', 'manic',
  'chaotic', 'frantic', 'rammed', 'mad', 'crazy', 'insane', 'mental', 'relentless',
]);
/** Words that size a load: "caseload was huge", "the volume was massive". */
const HUGE = new Set(['huge', 'massive', 'enormous', 'heavy', 'crazy', 'insane', 'ridiculous', 'unmanageable', 'impossible', 'brutal']);
/** A load of work, which only a size can be told of: "caseload", "the volume". */
const LOADS = new Set(['caseload', 'workload', 'volume', 'load', 'list', 'queue', 'backlog', 'demand', 'rota', 'pressure']);
/** Places and spells of work that can be told as busy: "the ward", "that week", "the shift". */
// biome-ignore format: a word list reads best packed
const WORKPLACES = new Set([
  'department', 'ward', 'unit', 'shift', 'day', 'week', 'night', 'month', 'period', 'season', 'kitchen', 'floor', 'office', 'clinic',
  'site', 'depot', 'store', 'shop', 'branch', 'place', 'service', 'desk', 'line', 'bar', 'restaurant', 'warehouse', 'practice',
  ...LOADS,
]);
/** What the load is blamed through: "due to the volume", "because of the workload". */
const THROUGH = new Set(['due', 'because', 'owing', 'given']);

/**
 * The failure's setting told as overloaded, which hands the cause to the workload: "the department
 * was very busy and there were six patients waiting", "caseload was huge that year", "due to the
 * volume involved", "it was a really hectic night on the ward". A stretch whose subject is a place
 * or a spell of work (or "it", with one named after the adjective) and whose predicate is "be" and a
 * word of overload; a load told as huge; or a load named after "due to", "because of". Not the
 * speaker's own state ("I was swamped"), which is theirs to tell, though the team's numbers are
 * ("we were short of one staff member", "we were short-staffed").
 */
export function workloadBlamed(tokens: readonly Token[], spans: readonly FaultSpan[] = stretches(tokens)): FaultSpan[] {
  const found: FaultSpan[] = [];
  for (const span of spans) {
    for (let i = span.first; i <= span.last; i++) {
      const t = tokens[i]!;
      // "due to the volume involved", "because of the workload".
      if (THROUGH.has(t.lower) && (tokens[i + 1]?.lower === 'to' || tokens[i + 1]?.lower === 'of')) {
        let k = i + 2;
        while (k <= span.last && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV')) k++;
        if (k <= span.last && LOADS.has(tokens[k]!.lemma) && tokens[k]!.pos === 'NOUN') found.push({ first: span.first, last: span.last });
        break;
      }
      if (t.lemma !== 'be' || t.negated) continue;
      let k = i + 1;
      while (k <= span.last && tokens[k]!.pos === 'ADV') k++;
      const word = tokens[k];
      if (!word) break;
      const subject = tokens
        .slice(span.first, i)
        .reverse()
        .find((x) => x.pos === 'NOUN' || x.pos === 'PRON' || x.pos === 'PROPN');
      if (!subject) break;
      // "we were short-staffed", "we were short of one staff member": the team's numbers, not its state of mind.
      if (subject.lower === 'we' && (UNDERSTAFFED.has(word.lower) || (word.lower === 'short' && tokens[k + 1]?.lower === 'of'))) {
        if (word.lower !== 'short' || tokens.slice(k + 2, k + 6).some((x) => STAFF.has(x.lemma))) found.push(span);
        break;
      }
      if (SPEAKERS.has(subject.lower)) break;
      // "it was a really hectic night": "it" with the place or spell named after the word of overload.
      if ((subject.lower === 'it' || subject.lower === 'that') && word.pos === 'DET') {
        let m = k + 1;
        while (m <= span.last && tokens[m]!.pos === 'ADV') m++;
        if (overloaded(tokens[m]) && WORKPLACES.has(tokens[m + 1]?.lemma ?? '')) found.push(span);
      } else if ((WORKPLACES.has(subject.lemma) && overloaded(word)) || (LOADS.has(subject.lemma) && HUGE.has(word.lower)))
        found.push(span);
      break;
    }
  }
  return found;
}
/** A word of overload, by its form or its lemma ("slammed", "swamped"). */
function overloaded(w: Token | undefined): boolean {
  return w !== undefined && (OVERLOADED.has(w.lower) || OVERLOADED.has(w.lemma));
}
/** The speaker's own state is theirs to tell: "I was swamped", "we were flat out" (but not the team's numbers: see UNDERSTAFFED). */
const SPEAKERS = new Set(['i', 'we', 'me', 'us']);
const UNDERSTAFFED = new Set(['understaffed', 'short-staffed', 'short-handed']);
/** Who a team can be short of: "short of one staff member", "two nurses short". */
const STAFF = new Set(['staff', 'member', 'people', 'person', 'nurse', 'driver', 'hand', 'body', 'colleague', 'pair']);
