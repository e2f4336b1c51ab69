/**
 * The conduct model's readings of knowledge and truth: deceiving someone (a lie, an invented
 * detail, an assurance the sentence itself contradicts) and a breach told as known ("I knew the
 * rule, but went ahead anyway"; "we weren't meant to…, but I still…"). With the act classes of
 * red-flag-acts.ts they make up `conductActs`.
 */
import type { Token } from '../../nlp/analyse.js';
import * as W from './red-flag-words.js';
import { personRole, type ClauseEvent } from '../../nlp/clauses.js';
import {
  amendedForLooks,
  backdated,
  bypasses,
  concealments,
  credentialsHandedOn,
  exfiltrations,
  misrecords,
  toldToSkip,
} from './red-flag-acts.js';
import {
  ahead,
  clauseSpan,
  eventAt,
  gate,
  hasWord,
  inClass,
  isNoun,
  noteVoice,
  nounIn,
  passes,
  speakerDoes,
  type Clauses,
  type ConductAct,
} from './red-flag-grammar.js';

import { misuses } from './red-flag-misuse.js';
import { claims } from './red-flag-claims.js';
import { passiveRecords, toldAsMistake, untrueClaims } from './red-flag-untrue.js';
import { actsDespite } from './red-flag-despite.js';
import { withheld } from './red-flag-withheld.js';
import { pretences } from './red-flag-pretence.js';
import { gamedChecks } from './red-flag-gamed.js';

const REFLEXIVE = new Set(['myself', 'ourselves', 'me', 'us']);
/** "… when it wasn't", "though I hadn't": the claim was untrue. */
const BUT_REALLY = new Set(['when', 'though', 'although']);
const UNTRUE = new Set(['not', 'skip', 'miss', 'forget']);
/** After "made … up": making amends, not inventing ("made it up to her"). */
const AMENDS = new Set(['to', 'for', 'with']);
/** After "made … up": how well it was made, so it was prepared, not invented ("I'd made it up wrong", "made the feed up correctly"). */
const HOW_WELL = new Set(['wrong', 'wrongly', 'right', 'correctly', 'incorrectly', 'properly', 'badly']);

/** "made up an excuse", "a delivery time I'd made up", "made it up": the speaker invented information. */
function invented(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lemma === 'invent') return ahead(tokens, i, 4, (x) => nounIn(W.INFO_NOUNS, x));
  if (t.lemma !== 'make') return -1;
  const up = ahead(tokens, i, 3, (x) => x.lower === 'up');
  if (up < 0 || AMENDS.has(tokens[up + 1]?.lower ?? '') || HOW_WELL.has(tokens[up + 1]?.lower ?? '')) return -1;
  if (up === i + 1) {
    const object = ahead(tokens, up, 4, (x) => nounIn(W.INFO_NOUNS, x));
    if (object >= 0) return object;
    // A relative clause: "the window I'd made up" – the information is the head noun before the subject.
    const subject = tokens.slice(0, i).findLastIndex((x) => x.lower === 'i' || x.lower === 'we');
    const head = tokens[subject - 1];
    return head && nounIn(W.INFO_NOUNS, head) ? up : -1;
  }
  return ['it', 'them', 'that', 'this'].includes(tokens[i + 1]!.lower) ? up : -1;
}

/** Lies, inventions, and assurances the sentence contradicts ("the part was still on the shelf, but I assured him it was on the van"). */
/** What a cover story is for: how things look, or what someone must not come to know. */
const APPEARING = new Set(['look', 'seem', 'appear', 'sound']);
const FINDING_OUT = new Set(['know', 'find', 'notice', 'realise', 'realize', 'suspect', 'guess']);
const SPEAKER_SUBJECTS = new Set(['i', 'we', "i'd", "we'd"]);

/**
 * "told each guest we'd had a burst pipe, so it wouldn't look like we had oversold", "told her the
 * system had glitched so nobody would find out I had keyed the hours myself": what the speaker
 * told, said to be for how things would look, or to keep the speaker's own act from being known.
 * "I emailed every family so nobody would find out secondhand" is coming clean: no act of the
 * speaker's is kept from anyone. The index of the aim's verb, or -1.
 */
function coverAim(tokens: readonly Token[], i: number): number {
  const so = ahead(tokens, i, 16, (t) => t.lower === 'so');
  if (so < 0) return -1;
  for (let k = so + 1; k < Math.min(tokens.length, so + 7); k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB') continue;
    const next = tokens[k + 1]?.lower;
    if (APPEARING.has(t.lemma) && (next === 'like' || next === 'as')) return k;
    if (!FINDING_OUT.has(t.lemma) || !tokens.slice(so + 1, k).some((x) => x.negated || x.lower === 'nobody')) continue;
    // What was not to be known is the speaker's own act: "…find out I had keyed the hours".
    const from = next === 'out' || next === 'that' ? k + 2 : k + 1;
    if (SPEAKER_SUBJECTS.has(tokens[from]?.lower ?? '') || SPEAKER_SUBJECTS.has(tokens[from + 1]?.lower ?? '')) return k;
  }
  return -1;
}

/** How a record or a piece of work can be made to look: settled, in order, on time. */
const IN_ORDER = new Set([
  'correct',
  'complete',
  'completed',
  'done',
  'finished',
  'compliant',
  'accurate',
  'legitimate',
  'genuine',
  'current',
  'signed',
  'approved',
  // "so the log looked continuous": a record with no gap in it.
  'continuous',
  'consistent',
  'unbroken',
]);
/** The modal of an aim: "so the visit would look…". */
const AIM_MODALS = new Set(['would', 'could', 'might', "'d"]);

/**
 * After an appearing verb at k: "as if…", "as though…", "like" with a clause ("like nothing had
 * happened"), or a word of order ("on time", "complete"). The index of its last word, or -1.
 */
function lookOfOrder(tokens: readonly Token[], k: number): number {
  const next = tokens[k + 1];
  if (!next) return -1;
  if (next.lower === 'as') return tokens[k + 2]?.lower === 'if' || tokens[k + 2]?.lower === 'though' ? k + 2 : -1;
  if (next.lower === 'like') return ahead(tokens, k + 1, 4, (t) => t.pos === 'VERB' || t.pos === 'AUX') >= 0 ? k + 1 : -1;
  if (next.lower === 'on' && tokens[k + 2]?.lower === 'time') return k + 2;
  return IN_ORDER.has(next.lower) ? k + 1 : -1;
}

/**
 * "completed his form myself so the visit would look on time", "posted it backdated so the pack
 * would look as if it had always been right", "…to make the log look complete": the speaker's act
 * done so that something would look settled or in order. An aim at how things look tells the act
 * was meant to show what was not so; "so the slides would look cleaner" aims at no such order.
 * The index of the aim's last word, or -1.
 */
function lookAim(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < Math.min(tokens.length, i + 17); k++) {
    const t = tokens[k]!;
    if (t.lower === 'so') {
      // "dated them across the four weeks so the log looked continuous": a record, right after "so",
      // that then looked in order; told of a record, the look is what the act was for.
      const record = tokens[k + 1]?.pos === 'DET' && tokens[k + 2] !== undefined && W.RECORD_NOUNS.has(tokens[k + 2]!.lemma) ? k + 2 : -1;
      const looked = record >= 0 ? tokens[record + 1] : undefined;
      // Any form of the verb: "so the book look complete", as a second-language writer may put it.
      if (looked && APPEARING.has(looked.lemma) && looked.pos === 'VERB' && !looked.negated) {
        const end = lookOfOrder(tokens, record + 1);
        if (end >= 0) return end;
      }
      // "so (that) the visit would look…": a modal within a few words, then the appearing verb.
      const modal = ahead(tokens, k, 6, (x) => AIM_MODALS.has(x.lower));
      if (modal < 0) continue;
      let v = modal + 1;
      while (tokens[v]?.pos === 'ADV' && !tokens[v]!.negated) v++;
      if (APPEARING.has(tokens[v]?.lemma ?? '') && !tokens[v]!.negated) {
        const end = lookOfOrder(tokens, v);
        if (end >= 0) return end;
      }
    }
    if (t.lemma === 'make' && tokens[k - 1]?.lower === 'to') {
      const v = ahead(tokens, k, 5, (x) => APPEARING.has(x.lemma));
      const end = v >= 0 ? lookOfOrder(tokens, v) : -1;
      if (end >= 0) return end;
    }
  }
  return -1;
}

const LYING = new Set(['lie', 'mislead', 'deceive', 'pretend', 'invent']);
/** Marks that end a clause: what a telling says does not reach past them. */
const CLAUSE_STOPS = new Set([';', ':', '.', '!', '?', '—', '–']);
const LYING_FORMS = new Set(['lied', 'lying', 'pretended']);
const SO = new Set(['so']);
const MAKE = new Set(['make']);
const UP = new Set(['up']);

/**
 * Whether deceptions can find anything in the sentence. Its acts need a verb of lying, misleading,
 * pretending or inventing; an appearing verb after "so" or "to make" (lookAim); "make … up"
 * (invented); or a verb of assuring with "so" (coverAim) or a value of done (the claim contradicted).
 */
function mayDeceive(tokens: readonly Token[]): boolean {
  if (passes(tokens, LYING_LEMMA) || passes(tokens, LYING_FORMS_LOWER)) return true;
  const so = passes(tokens, SO_LOWER);
  const make = passes(tokens, MAKE_LEMMA);
  if (passes(tokens, APPEARING_LEMMA) && (so || make)) return true;
  if (make && passes(tokens, UP_LOWER)) return true;
  return passes(tokens, ASSURING_CLASS) && (so || passes(tokens, DONE_VALUES_LOWER));
}

/** Verbs of telling someone how things stand: "told her", "assured the client". */
const STATUS_TELLING = new Set(['tell', 'assure', 'promise', 'reassure', 'say', 'inform', 'text', 'email']);

/**
 * "I told her it was already on the way, to calm her down and give us time", "told the buyer it
 * had shipped to buy myself a few days": word given to someone in order to buy time. Told for that
 * aim, it is a stall, whatever it said. Not "asked for time", nor time bought by the truth ("told
 * her honestly it would be Friday, which bought us a day": no aim).
 */
export function stalled(c: Clauses): { first: number; last: number } | null {
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !STATUS_TELLING.has(t.lemma) || t.negated || !speakerDoes(c, i)) continue;
    for (let k = i + 2; k < Math.min(tokens.length - 1, i + 25); k++) {
      const x = tokens[k]!;
      if (CLAUSE_STOPS.has(x.text)) break;
      // "to buy…", or a second aim joined to the first: "to calm her down and give us time".
      const aim =
        tokens[k - 1]!.lower === 'to' ||
        (tokens[k - 1]!.lower === 'and' && tokens.slice(Math.max(i, k - 7), k).some((y) => y.lower === 'to'));
      if (!aim || (x.lemma !== 'buy' && x.lemma !== 'give')) continue;
      // "to buy us some time", "to buy us a couple of days", "give us time".
      const rest = tokens.slice(k + 1, k + 7).map((y) => y.lemma);
      const time = rest.findIndex((w) => w === 'time' || w === 'day' || w === 'hour' || w === 'week');
      if (time >= 0 && (x.lemma === 'buy' || rest.slice(0, time).some((w) => w === 'us' || w === 'me' || w === 'i' || w === 'we')))
        return { first: i, last: k + 1 + time };
    }
  }
  return null;
}

export function deceptions(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  const stall = stalled(c);
  if (stall) out.push({ kind: 'deceive', ...stall, certain: false });
  if (!mayDeceive(tokens)) return out;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const lie = t.lower === 'lied' || ((t.lemma === 'lie' || t.lower === 'lying') && (next?.lower === 'to' || next?.lower === 'about'));
    const mislead = (t.lemma === 'mislead' || t.lemma === 'deceive') && !REFLEXIVE.has(next?.lower ?? '');
    if ((lie || mislead) && speakerDoes(c, i)) {
      out.push({ kind: 'deceive', ...clauseSpan(c, i), certain: true });
      return;
    }
    // "pretended I had been at the visit": a claim to have done what was not done (not "pretended to understand").
    const pretence =
      t.lemma === 'pretend' || t.lower === 'pretended'
        ? ahead(tokens, i, 5, (x, k) => x.lemma === 'have' && tokens[k + 1]?.lower !== tokens[k + 1]?.lemma)
        : -1;
    if (pretence >= 0 && speakerDoes(c, i)) {
      out.push({ kind: 'deceive', ...clauseSpan(c, i, pretence + 1), certain: false });
      return;
    }
    if (t.pos !== 'VERB') return;
    // Done so that a record or a piece of work would look in order: a false show, whatever the act.
    const show = t.negated || APPEARING.has(t.lemma) ? -1 : lookAim(tokens, i);
    // "moved the trays to hide the shortfall so the totals would look complete": the hiding tells the act (a concealment).
    const hiding = show >= 0 && tokens.slice(i + 1, show).some((x) => x.pos === 'VERB' && inClass(W.HIDING, x));
    if (show >= 0 && !hiding && speakerDoes(c, i)) {
      const record = tokens.slice(i, show).some((x) => W.RECORD_NOUNS.has(x.lemma));
      out.push({ kind: record ? 'misrecord' : 'deceive', ...clauseSpan(c, i, show), certain: false });
      return;
    }
    // Telling someone something (the acts of assuring) with an aim to change how things look: a cover story.
    const cover = inClass(W.ASSURING, t) ? coverAim(tokens, i) : -1;
    if (cover >= 0 && speakerDoes(c, i)) {
      out.push({ kind: 'deceive', ...clauseSpan(c, i, Math.max(cover, eventAt(c, cover)?.last ?? cover)), certain: false });
      return;
    }
    const made = invented(c, i);
    if (made >= 0 && speakerDoes(c, i)) {
      out.push({ kind: 'deceive', ...clauseSpan(c, i, made), certain: true });
      return;
    }
    if (!inClass(W.ASSURING, t) || !speakerDoes(c, i)) return;
    // The claim is what the telling says, in its own clause: not "…not done because I said it; it is done when…".
    const said = ahead(tokens, i, 8, (x) => W.DONE_VALUES.has(x.lower));
    const claim = said >= 0 && tokens.slice(i + 1, said).some((x) => CLAUSE_STOPS.has(x.lower)) ? -1 : said;
    const contradicted =
      tokens.slice(0, i).some((x) => x.negated && W.DONE_ACTS.has(x.lemma) && (x.pos === 'VERB' || x.pos === 'AUX')) ||
      (claim >= 0 &&
        ahead(
          tokens,
          claim,
          8,
          (x, k) => BUT_REALLY.has(x.lower) && ahead(tokens, k, 4, (y) => UNTRUE.has(y.lemma) || y.lower === 'never') >= 0,
        ) >= 0);
    if (claim >= 0 && contradicted) out.push({ kind: 'deceive', ...clauseSpan(c, i, claim), certain: false });
  });
  return out;
}

/** The first act after `from` the speaker does regardless: "did it anyway", "still went", "used to print it". */
function doneRegardless(c: Clauses, from: number): number {
  const { tokens } = c;
  return tokens.findIndex((t, k) => {
    if (k <= from) return false;
    const regardless = W.REGARDLESS.has(t.lower) || (t.lower === 'ahead' && tokens[k - 1]?.lemma === 'go');
    const habit = t.lower === 'used' && tokens[k + 1]?.lower === 'to';
    if (!regardless && !habit) return false;
    const ev = eventAt(c, k);
    if (!ev || ev.negated) return false;
    const act = tokens.findIndex((x, j) => j >= ev.first && j <= ev.last && (x.pos === 'VERB' || (x.pos === 'AUX' && x.lemma === 'do')));
    return act >= 0 && speakerDoes(c, act);
  });
}

/** "did the wiring myself": do as the main verb, with its own object. */
function mainDo(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.lemma === 'do' && tokens[k]!.pos === 'AUX' && ['DET', 'NOUN', 'PRON'].includes(tokens[k + 1]?.pos ?? '');
}

/** "I knew it was wrong", "it was against policy": the speaker's knowledge that the act breaks a rule. */
function knownWrong(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lemma !== 'know' || tokens[i]!.negated) return false;
  // "I knew the rule", "I knew the policy required a second signature": the rule itself, known.
  if (ahead(tokens, i, 5, (x) => W.RULE_NOUNS.has(x.lemma) && x.pos === 'NOUN') >= 0) return true;
  return (
    ahead(tokens, i, 5, (x, k) => {
      if (!W.WRONG.has(x.lower)) return false;
      const before = tokens.slice(i + 1, k).map((w) => w.lower);
      return before.some((w) => ['it', 'this', 'that', 'was', 'is'].includes(w)) || x.lower === 'against';
    }) >= 0
  );
}

/** "we weren't supposed to", "I had no licence", "we didn't have the permit yet". */
function unpermitted(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.negated && (W.PERMITTED.has(t.lower) || (t.pos === 'NOUN' && W.SAFEGUARDS.has(t.lemma) && W.PERMITS.has(t.lemma)));
}

/** "my ticket had expired": a licence or permit that had run out. */
function lapsed(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const mine = tokens.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'my' || x.lower === 'our');
  return mine && t.pos === 'NOUN' && W.PERMITS.has(t.lemma) && ahead(tokens, i, 3, (x) => W.LAPSED.has(x.lower)) >= 0;
}

const COMPLYING = new Set(['follow', 'respect', 'obey', 'stick', 'keep', 'apply', 'comply']);

/** "…, even though the rule was two people": a rule the speaker names while telling what they did. */
function ruleConceded(c: Clauses, i: number): boolean {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lower !== 'though' && t.lower !== 'although') return false;
  return ahead(tokens, i, 4, (x) => W.RULE_NOUNS.has(x.lemma) && x.pos === 'NOUN') >= 0;
}

/** What states a rule: "the rule was that…", "the policy said…". */
const STATING = new Set(['be', 'say', 'state', 'require']);
/** What forbids: a rule told with one of these forbids what it names. */
const FORBIDDING = new Set(['no', 'not', "n't", 'never', 'nobody', 'nothing', 'none']);
/** Words too common to show that an act repeats what a rule names. */
const NOT_ECHOES = new Set(['be', 'have', 'do', 'get', 'go', 'make', 'one', 'time', 'so', 'then', 'just', 'also', 'there', 'up', 'out']);
/**
 * What a rule forbids is in its manner words ("alone", "unsupervised", "late"), not its verb or its
 * topic: opening the office is no breach, opening it alone is; flagging the Friday deploy is no deploy.
 */
const ECHO_POS = new Set(['ADJ', 'ADV']);
const echoes = (t: Token): boolean => ECHO_POS.has(t.pos) && !NOT_ECHOES.has(t.lemma) && !FORBIDDING.has(t.lower);

/**
 * "The lab rule was that no one works alone after eight, but … I started the reaction alone": a
 * rule that forbids something, stated, then after "but" the speaker's own act that does what the
 * rule names. The act itself must repeat a word of what the rule forbids, so "the rule was that
 * nobody opens the office alone, but I asked the manager to open it with me" is no breach.
 */
function ruleThenBroken(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const rule = tokens.findIndex((t, k) => t.pos === 'NOUN' && W.RULE_NOUNS.has(t.lemma) && STATING.has(tokens[k + 1]?.lemma ?? ''));
  if (rule < 0) return [];
  // "…, but I…" after the rule; or the rule conceded first ("Even though the rule was…, I…"), the act after its comma.
  const conceded = tokens.slice(Math.max(0, rule - 3), rule).some((x) => x.lower === 'though' || x.lower === 'although');
  const but = conceded
    ? ahead(tokens, rule, 30, (x) => x.lower === ',')
    : ahead(tokens, rule, 30, (x) => x.lower === 'but' || x.lower === 'yet');
  if (but < 0) return [];
  const named = tokens.slice(rule + 2, but);
  if (!named.some((x) => FORBIDDING.has(x.lower) || x.lemma === 'not')) return [];
  const said = new Set(named.filter(echoes).map((x) => x.lemma));
  for (let k = but + 1; k < tokens.length; k++) {
    if (tokens[k]!.pos !== 'VERB' || COMPLYING.has(tokens[k]!.lemma) || !speakerDoes(c, k)) continue;
    // The clause's own act: "asked my lead to merge it" asks; the merging is the lead's.
    const ev = eventAt(c, k);
    const subject = tokens[k - 1]?.lower;
    const own = ev ? (ev.actor === 'self' || ev.actor === 'group') && ev.act === tokens[k]!.lemma : subject === 'i' || subject === 'we';
    if (!own) continue;
    const span = clauseSpan(c, k);
    // The speaker's own act: its verb and what follows it up to the next verb ("asked the manager to open it" asks, it does not open).
    let end = k + 1;
    while (end < tokens.length && tokens[end]!.pos !== 'PUNCT' && !(tokens[end]!.pos === 'VERB' && !nounLike(tokens, end))) end++;
    if (tokens.slice(k, end).some((x) => echoes(x) && said.has(x.lemma))) return [{ kind: 'knowing', ...span, certain: false }];
  }
  return [];
}

/** A word tagged as a verb right after a determiner or an adjective is a noun the tagger misread ("the top lift"). */
function nounLike(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.pos;
  return before === 'DET' || before === 'ADJ';
}

const KNOW = new Set(['know']);
const KNEW = new Set(['knew']);
/** Permission words that, denied, forbid: "we weren't supposed to", "I wasn't allowed to". */
const FORBIDDEN = new Set(['supposed', 'allowed', 'meant', 'permitted']);
const SPEAKERS = new Set(['i', 'we']);

/** Where a knowing ends, and whether it names a permission ("weren't allowed") rather than a judgement ("shouldn't"). */
interface Forbidden {
  readonly end: number;
  readonly permission: boolean;
}
/** Words between "knew" and its clause: "knew full well", "knew perfectly well". */
const KNOWING_HOW = new Set(['full', 'perfectly', 'very', 'well', 'fine', 'deep', 'down']);
/**
 * What a deed must touch for "I knew I shouldn't" to tell a rule broken rather than a judgement
 * overridden ("I said yes to a third project, even though I knew I shouldn't"): a system, a record,
 * data, a safeguard or a permit.
 */
const CONDUCT_THINGS = new Set([
  ...W.DATA_NOUNS,
  ...W.RECORD_NOUNS,
  ...W.SAFEGUARDS,
  ...W.PERMITS,
  'system',
  'database',
  'account',
  'login',
  'password',
  'detail',
  'address',
]);

/** A deed at `k`'s clause that touches such a thing, or the knowing names a permission. */
function ruleLike(c: Clauses, k: number, known: Forbidden): boolean {
  if (known.permission) return true;
  const ev = eventAt(c, k);
  const first = ev?.first ?? k;
  const last = ev?.last ?? k;
  // The head of its phrase: "on our system" names where the deed was done; "the system migration" names a project.
  return c.tokens.slice(first, last + 1).some((x, j) => isNoun(x) && CONDUCT_THINGS.has(x.lemma) && !isNoun(c.tokens[first + j + 1] ?? x));
}

/**
 * "I knew I shouldn't", "we knew we weren't supposed to": at the time, the speaker knew they must
 * not, with the act left out because it was just told or follows ("…, but I did it anyway"). The
 * index of the clause's last word, or -1. "I knew I shouldn't have" looks back on the failure, and
 * "I knew I shouldn't rush it" names an act of its own to weigh.
 */
function knewForbidden(tokens: readonly Token[], i: number): Forbidden | null {
  const t = tokens[i]!;
  if (t.lower !== 'knew' || t.negated) return null;
  // "I knew full well", "we knew perfectly well that…".
  let j = i + 1;
  while (j < i + 3 && KNOWING_HOW.has(tokens[j]?.lower ?? '')) j++;
  if (tokens[j]?.lower === 'that') j++;
  if (!SPEAKERS.has(tokens[j]?.lower ?? '')) return null;
  const modal = tokens[j + 1];
  let end = -1;
  let permission = false;
  if ((modal?.lower === 'should' || modal?.lower === 'must') && tokens[j + 2]?.lemma === 'not') end = j + 2;
  else if (modal?.lemma === 'be' && tokens[j + 2]?.lemma === 'not' && FORBIDDEN.has(tokens[j + 3]?.lower ?? '')) {
    // "we weren't supposed to", or "I wasn't allowed." with the "to" left off.
    end = tokens[j + 4]?.lower === 'to' ? j + 4 : j + 3;
    permission = true;
  }
  if (end < 0) return null;
  const after = tokens[end + 1];
  return !after || after.pos === 'PUNCT' || after.lower === 'but' || after.lower === 'and' ? { end, permission } : null;
}

/** The speaker's own act at `k`, not denied: "I looked him up". */
function ownDeed(c: Clauses, k: number): boolean {
  const t = c.tokens[k]!;
  if (t.pos !== 'VERB' || t.negated || t.lemma === 'know') return false;
  const ev = eventAt(c, k);
  return ev !== undefined && (ev.actor === 'self' || ev.actor === 'group') && !ev.negated && ev.modal === null && speakerDoes(c, k);
}

/** Acts that tell a state of mind or of things, not a deed a rule could forbid. */
const NOT_DEEDS = new Set(['know', 'think', 'feel', 'be', 'have', 'want', 'hope', 'wish', 'realise', 'realize', 'try', 'need', 'seem']);

/**
 * "One night I looked him up on our system. I knew I shouldn't.": the speaker's knowledge that they
 * must not, told on its own after a sentence of their own deed. The span of the knowing, or null.
 */
export function knewNotTo(c: Clauses, ...before: (Clauses | null)[]): { first: number; last: number } | null {
  if (!before[0] || !hasWord(c.tokens, KNEW_LOWER)) return null;
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const known = knewForbidden(tokens, i);
    if (!known) continue;
    const end = known.end;
    // Nothing told before it but an opener ("Honestly, I knew…"), and nothing after it.
    if (tokens.slice(0, i).some((x) => x.pos === 'VERB' || x.pos === 'NOUN' || x.pos === 'PROPN')) return null;
    if (tokens.slice(end + 1).some((x) => x.pos !== 'PUNCT')) return null;
    // The deed in the sentence before, or the one before that when a fragment of purpose comes between ("Just to see.").
    const deedIn = (b: Clauses | null | undefined): boolean =>
      b?.events.some(
        (e) =>
          (e.actor === 'self' || e.actor === 'group') &&
          !e.negated &&
          e.modal === null &&
          !e.passive &&
          e.act !== null &&
          !NOT_DEEDS.has(e.act) &&
          ruleLike(b!, e.first, known),
      ) ?? false;
    // A fragment: it opens on no subject ("Just to see if he had any history.") and tells no deed of the speaker's.
    const fragment = (before[0].events[0]?.actor ?? 'none') === 'none' && !deedIn(before[0]);
    return deedIn(before[0]) || (fragment && deedIn(before[1])) ? { first: Math.max(0, i - 1), last: end } : null;
  }
  return null;
}

/** Keeping to a rule, denied: "I did not do it", "I didn't follow it". */
const KEEPING = new Set(['do', 'follow', 'keep']);
/** Breaking one, said outright: "I ignored it", "I skipped it". */
const BREAKING = new Set(['ignore', 'skip', 'break', 'bend']);
/** What may close the sentence after "it": "that afternoon", "anyway", "at all". */
const CLOSING = new Set([
  'that',
  'this',
  'day',
  'afternoon',
  'morning',
  'evening',
  'night',
  'time',
  'shift',
  'anyway',
  'either',
  'at',
  'all',
]);

/**
 * "I know the rule, lock off and prove dead. I did not do it.": a rule the speaker knew, and the
 * next sentence says in so many words that they, themselves, did not keep it. "I knew the rule. I
 * didn't do that." turns from what others did; "We didn't apply it." may say it did not apply.
 */
export function ruleKnownNotKept(c: Clauses, next: Clauses | null): { first: number; last: number } | null {
  if (!next || next.tokens.length > 10 || next.tokens[0]?.lower !== 'i') return null;
  const { tokens } = c;
  if (!hasWord(tokens, KNOW_LOWER_ALL) || !hasWord(tokens, RULE_NOUNS_LEMMA)) return null;
  const known = tokens.findIndex(
    (t, k) =>
      t.lemma === 'know' &&
      t.pos === 'VERB' &&
      !t.negated &&
      speakerDoes(c, k) &&
      ahead(tokens, k, 3, (x) => x.pos === 'NOUN' && W.RULE_NOUNS.has(x.lemma)) >= 0,
  );
  if (known < 0) return null;
  const n = next.tokens;
  const kept = n.findIndex(
    (x) => (x.pos === 'VERB' || x.pos === 'AUX') && ((x.negated && KEEPING.has(x.lemma)) || (!x.negated && BREAKING.has(x.lemma))),
  );
  if (kept < 0 || !['it', 'them'].includes(n[kept + 1]?.lower ?? '')) return null;
  if (n.slice(kept + 2).some((x) => x.pos !== 'PUNCT' && !CLOSING.has(x.lower))) return null;
  let last = tokens.length - 1;
  while (last > known && tokens[last]!.pos === 'PUNCT') last--;
  return { first: clauseSpan(c, known).first, last };
}

/** Words of a time that may follow "didn't bother": "that morning", "on nights", "this once". */
const BOTHER_TIMES = new Set(['that', 'this', 'on', 'at', 'once', 'today', 'again', 'either', 'then', 'anyway']);

/**
 * "I didn't bother.", "didnae bother that morning", "didn't bother to check": the duty not bothered
 * with, nothing after "bother" but a time or the act it skipped. Not "didn't bother the director"
 * (disturbing someone) nor "didn't bother with mine" (a thing of the speaker's own).
 */
function bareBother(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next === undefined || next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.lower === 'to' || BOTHER_TIMES.has(next.lower);
}

/** What a duty is told as: "you're meant to", "we're supposed to", "staff are required to". */
const DUTY_WORDS = new Set(['meant', 'supposed', 'required', 'expected', 'obliged']);

/**
 * "Now, you're meant to do your pre-use check on the truck … I didnae bother that morning.": a duty
 * told as the rule of the job (not denied), then the speaker not bothering with it, in the next
 * sentence or after a "but" in the same one. Not bothering is knowing: a check missed by mistake
 * is told otherwise ("I forgot", "I missed it"). The span of the not bothering, or null.
 */
export function dutyNotBothered(c: Clauses, next: Clauses | null): { at: Clauses; first: number; last: number } | null {
  const { tokens } = c;
  const duty = tokens.findIndex(
    (t, k) =>
      DUTY_WORDS.has(t.lower) && tokens[k - 1]?.lemma === 'be' && !t.negated && !tokens[k - 1]!.negated && tokens[k + 1]?.lower === 'to',
  );
  if (duty < 0) return null;
  // The speaker's own clause, whose verb is negated (speakerDoes asks of deeds done, not of ones left undone).
  const notBothered = (x: Token, k: number, at: Clauses): boolean => {
    if (x.lemma !== 'bother' || x.pos !== 'VERB' || !x.negated || !bareBother(at.tokens, k)) return false;
    const ev = eventAt(at, k);
    return ev !== undefined && (ev.actor === 'self' || ev.actor === 'group') && !ev.conditional && ev.modal === null;
  };
  const same = tokens.findIndex((x, k) => k > duty && notBothered(x, k, c));
  if (same >= 0) return { at: c, ...clauseSpan(c, same) };
  if (!next || next.tokens.length > 16) return null;
  const later = next.tokens.findIndex((x, k) => notBothered(x, k, next));
  return later >= 0 ? { at: next, ...clauseSpan(next, later) } : null;
}

/**
 * Whether knowingBreaches can find anything in the sentence: a rule named (ruleThenBroken,
 * ruleConceded, or "I knew the rule"), "know" with a word of wrong, a permission or permit
 * negated (unpermitted), or a permit with a word of lapse (lapsed).
 */
function mayBreachKnowingly(tokens: readonly Token[]): boolean {
  return (
    passes(tokens, RULE_NOUNS_LEMMA) ||
    passes(tokens, KNEW_LOWER) ||
    (passes(tokens, KNOW_LEMMA) && passes(tokens, WRONG_LOWER)) ||
    tokens.some((t) => t.negated && (W.PERMITTED.has(t.lower) || W.PERMITS.has(t.lemma))) ||
    (passes(tokens, PERMITS_LEMMA) && passes(tokens, LAPSED_LOWER))
  );
}

/** Words of a change made properly: approved, agreed, signed off, documented. */
const SANCTIONED = new Set([
  'approve',
  'approved',
  'authorise',
  'authorised',
  'authorize',
  'authorized',
  'agree',
  'agreed',
  'document',
  'documented',
  'sanction',
  'sanctioned',
]);
/** Verbs that state what a written method requires: "not what the method statement says". */
const PRESCRIBING = new Set(['say', 'require', 'specify', 'state', 'allow', 'tell']);

/**
 * "went up on a ladder without the edge protection, not what the method statement says, but it
 * saved half a day": the speaker's own act, set against what a written method says ("not what the
 * … says") and justified by the time or money it saved. The saving is the tell: a slip is not
 * defended by what it saved.
 */
function departedToSave(c: Clauses): ConductAct | null {
  const { tokens } = c;
  const not = tokens.findIndex(
    (t, k) =>
      t.lower === 'not' &&
      tokens[k + 1]?.lower === 'what' &&
      ahead(tokens, k + 1, 5, (x) => (x.pos === 'VERB' || x.pos === 'AUX') && PRESCRIBING.has(x.lemma)) >= 0,
  );
  if (not < 0) return null;
  const saved = ahead(tokens, not, 14, (x) => x.lemma === 'save' && x.pos === 'VERB' && !x.negated);
  if (saved < 0) return null;
  // "the change the owner had approved…, which is not what the manual says, but it's documented": a departure signed off.
  if (tokens.some((x) => SANCTIONED.has(x.lemma) || SANCTIONED.has(x.lower))) return null;
  const act = tokens.findIndex((x, k) => k < not && x.pos === 'VERB' && speakerDoes(c, k));
  if (act < 0) return null;
  // What it saved, to the stop: "saved us half a day".
  let last = saved;
  while (last + 1 < tokens.length && last < saved + 6 && tokens[last + 1]!.pos !== 'PUNCT') last++;
  return { kind: 'knowing', first: clauseSpan(c, act).first, last, certain: false };
}

/** A breach the speaker told as known and done regardless. */
export function knowingBreaches(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const saving = passes(tokens, SAVE_LEMMA) ? departedToSave(c) : null;
  if (!mayBreachKnowingly(tokens)) return saving ? [saving] : [];
  const out: ConductAct[] = ruleThenBroken(c);
  if (saving) out.push(saving);
  tokens.forEach((t, i) => {
    // "I looked him up, even though I knew I shouldn't"; "I knew we weren't supposed to, but I signed it anyway".
    const forbade = knewForbidden(tokens, i);
    if (forbade && speakerDoes(c, i)) {
      const deed = tokens.findIndex((_, k) => k < i && ownDeed(c, k) && !NOT_DEEDS.has(tokens[k]!.lemma));
      const but = tokens[forbade.end + 1]?.lower === 'but' ? forbade.end + 1 : -1;
      const after =
        but < 0 ? -1 : ahead(tokens, but, 4, (x, k) => (x.pos === 'VERB' || mainDo(tokens, k)) && !x.negated && speakerDoes(c, k));
      if (deed >= 0 && ruleLike(c, deed, forbade))
        out.push({ kind: 'knowing', first: clauseSpan(c, deed).first, last: forbade.end, certain: false });
      else if (after >= 0 && ruleLike(c, after, forbade))
        out.push({ kind: 'knowing', first: clauseSpan(c, i).first, last: clauseSpan(c, after).last, certain: false });
    }
    const known = t.pos === 'VERB' && knownWrong(tokens, i) && speakerDoes(c, i);
    const ev = eventAt(c, i);
    const speakers = ev !== undefined && (ev.actor === 'self' || ev.actor === 'group');
    const forbidden = ev !== undefined && !ev.modal && ((speakers && unpermitted(tokens, i)) || lapsed(tokens, i));
    if (ruleConceded(c, i)) {
      const act = tokens.findIndex((x, k) => k < i && x.pos === 'VERB' && !COMPLYING.has(x.lemma) && speakerDoes(c, k));
      if (act >= 0)
        out.push({ kind: 'knowing', first: clauseSpan(c, act).first, last: Math.min(tokens.length - 1, i + 6), certain: false });
    }
    if (!known && !forbidden) return;
    // "even though my ticket had expired, I drove it myself".
    const opener = ev ? tokens[ev.first - 1]?.lower : undefined;
    // "drove the van although my licence had been suspended": the concession inside the act's own clause.
    const inner = tokens.slice(Math.max(ev?.first ?? 0, i - 4), i).findLast((x) => x.lower === 'though' || x.lower === 'although');
    if (forbidden && inner && ev) {
      const act = tokens.findIndex((x, k) => k >= ev.first && x.start < inner.start && x.pos === 'VERB' && speakerDoes(c, k));
      if (act >= 0) out.push({ kind: 'knowing', ...clauseSpan(c, act, i), certain: false });
      return;
    }
    if (forbidden && (opener === 'though' || opener === 'although')) {
      const act = tokens.findIndex((x, k) => (x.pos === 'VERB' || mainDo(tokens, k)) && eventAt(c, k) !== ev && speakerDoes(c, k));
      if (act >= 0)
        out.push({ kind: 'knowing', first: Math.min(act, ev.first - 1), last: Math.max(clauseSpan(c, act).last, ev.last), certain: false });
      return;
    }
    const done = doneRegardless(c, i);
    if (done < 0 || !tokens.slice(i, done).some((x) => x.lower === 'but' || x.lower === 'yet')) return;
    out.push({ kind: 'knowing', first: clauseSpan(c, i).first, last: clauseSpan(c, done).last, certain: true });
  });
  return out;
}

/** "…, using her login": a participle adjunct is the act of the clause it hangs on. */
function adjunctOf(c: Clauses, i: number): boolean {
  const { tokens } = c;
  if (!tokens[i]!.lower.endsWith('ing') || tokens[i - 1]?.pos === 'AUX') return false;
  const main = tokens.findLastIndex((x, k) => k < i && x.pos === 'VERB');
  return main >= 0 && speakerDoes(c, main);
}

/** Words that set a name beside a thing, where it labels the thing rather than signs for it ("under" or "by" a line is where a signature goes). */
const BESIDE = new Set(['next', 'beside', 'alongside', 'opposite']);

/** Where a name put is a signature: on a record, or under a line or an approval. */
const SIGNED_PLACES = W.wordSet('line approval order document letter cheque check contract form report minutes register');

/**
 * "put the porter's name next to each bay": a name set beside a thing is a label or an
 * assignment, not a signature; so is one put on or under a thing that is no record ("put the
 * defendant's name under the officer's picture", a caption). "Put my manager's name under the
 * approval line", "on the form": a signature.
 */
function labelled(tokens: readonly Token[], verb: number, mark: number): boolean {
  if (tokens[mark]!.lower !== 'name' || tokens[verb]!.lemma !== 'put') return false;
  // "put each runner's name down next to the gate": a particle may come between.
  const after = ['down', 'up'].includes(tokens[mark + 1]?.lower ?? '') ? mark + 2 : mark + 1;
  if (BESIDE.has(tokens[after]?.lower ?? '')) return true;
  if (tokens[after]?.pos !== 'ADP') return false;
  // The nouns of the place, up to the end of its phrase: a label unless one of them is a record.
  let nouns = 0;
  for (let k = after + 1; k < Math.min(tokens.length, after + 7); k++) {
    const x = tokens[k]!;
    if (x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'SCONJ' || x.pos === 'CCONJ') break;
    if (x.pos !== 'NOUN' && x.pos !== 'PROPN') continue;
    if (W.RECORD_NOUNS.has(x.lemma) || SIGNED_PLACES.has(x.lemma)) return false;
    nouns++;
  }
  return nouns > 0;
}

/** Signing or logging in as someone else: "put my supervisor's initials on it", "used her login". */
export function impersonations(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  // Sound: every act needs a mark of identity (a signature or a mark of access) by its form.
  if (!passes(tokens, SIGNATURES_LOWER) && !passes(tokens, ACCESS_LOWER)) return out;
  tokens.forEach((t, i) => {
    const marks = t.pos === 'VERB' ? (IMPERSONATING.get(t.lemma) ?? IMPERSONATING.get(t.lower.replace(/ing$/, 'e'))) : undefined;
    if (!marks || !(speakerDoes(c, i) || adjunctOf(c, i))) return;
    // Someone else's: "my supervisor's initials", "Dana's login", "with her initials".
    // "asked Dana to put her initials on it" is Dana's own mark: a pronoun's mark counts only on the speaker's own act.
    const mine = speakerDoes(c, i) && tokens[i - 1]?.lower !== 'to';
    const possessive = (k: number): boolean =>
      POSSESSIVE_ENDINGS.has(tokens[k]?.lower ?? '') || (mine && OTHERS_POSSESSIVE.has(tokens[k]?.lower ?? ''));
    // "the owner's name and signature": a mark coordinated after another keeps its owner.
    const owned = ahead(
      tokens,
      i,
      8,
      (x, k) => marks.has(x.lower) && (possessive(k - 1) || possessive(k - 2) || (tokens[k - 1]?.lower === 'and' && possessive(k - 3))),
    );
    if (owned < 0 || labelled(tokens, i, owned)) return;
    const signature = SIGNATURES.has(tokens[owned]!.lower);
    out.push({ kind: signature ? 'misrecord' : 'bypass', ...clauseSpan(c, i, owned), certain: signature });
  });
  return out;
}

const SIGNATURES = new Set(['name', 'signature', 'initials', 'stamp']);
/** A mark of identity owned by another party: a possessive ending or a third person's possessive. */
const POSSESSIVE_ENDINGS = new Set(["'s", '’s']);
const OTHERS_POSSESSIVE = new Set(['his', 'her', 'their']);
const ACCESS = new Set(['password', 'login', 'credentials', 'account', 'badge', 'card', 'pin']);
/** Which marks of identity each verb takes: a name is signed, initials put on, a login used. */
const IMPERSONATING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['sign', SIGNATURES],
  ['forge', SIGNATURES],
  ['copy', SIGNATURES],
  ['put', new Set(['initials', 'signature', 'stamp', 'name'])],
  ['write', new Set(['initials', 'signature'])],
  // "filled in the owner's name and signature on the form myself": a name filled in is admin, a signature a forgery.
  ['fill', new Set(['initials', 'signature'])],
  ['add', new Set(['initials', 'signature'])],
  ['use', ACCESS],
  ['borrow', ACCESS],
  ['log', ACCESS],
]);

/** The readings that need the speaker or the speaker's group in the sentence, in reading order. */
export const SPEAKERS_READINGS: readonly ((c: Clauses) => ConductAct[])[] = [
  misrecords,
  backdated,
  amendedForLooks,
  deceptions,
  exfiltrations,
  credentialsHandedOn,
  bypasses,
  toldToSkip,
  concealments,
  knowingBreaches,
  impersonations,
  misuses,
  claims,
  untrueClaims,
  actsDespite,
  withheld,
  pretences,
  gamedChecks,
];

/** The acts of the readings that need the speaker or the speaker's group in the sentence, added to `into` in reading order. */
function speakersActs(c: Clauses, into: ConductAct[]): void {
  for (const read of SPEAKERS_READINGS) for (const act of read(c)) into.push(act);
}

/** What "do" takes when it tells effort rather than a practice: "everyone did their best", "everybody does their bit". */
const EFFORT = new Set(['best', 'bit', 'part', 'job', 'share', 'work', 'overtime', 'shift', 'homework', 'training']);
// "everyones" and "everybodys": the contraction typed without its apostrophe ("everyones done it").
const EVERYONE = new Set(['everyone', 'everybody', 'everyones', 'everybodys']);
/** From `k`, the way just told ("that way", "this way", "like that") or a purpose of saving time ("to save time"). */
function pointsBack(tokens: readonly Token[], k: number): boolean {
  const w = (j: number): string => tokens[j]?.lower ?? '';
  if (DEMONSTRATIVES.has(w(k)) && w(k + 1) === 'way') return true;
  if (w(k) === 'like' && DEMONSTRATIVES.has(w(k + 1))) return true;
  for (let j = k; j < Math.min(tokens.length, k + 6); j++) if (w(j) === 'save' && w(j + 1) === 'time') return true;
  return false;
}

const DO = new Set(['do']);
/** The speaker as a subject: "I", "we". */
const SPEAKER = new Set(['i', 'we']);

/** Subjects whose "all" is the speaker's whole crew: "we all do it". Not "they all do it", which may be a practice the speaker found. */
const CREWS = new Set(['we']);
/** A share of a group that stands for all of it: "most lads do it". Not "all the pickers did it", as often the change taken up. */
const MOST = new Set(['most']);
/** The words a shrug of normalised opens on. */
const CROWD_WORDS = new Set([...EVERYONE, ...MOST, 'all']);
/** Demonstratives, whatever the tagger made of them ("on that depot"). */
const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these']);
/** Auxiliaries of the perfect before the act: "everyone's done it", "everybody has done it". */
const PERFECT = new Set(['have', 'has', 'had', "'s", "'ve"]);
/** Words before "everyone" that tell a change made: "now everyone…", "made sure everyone…", "since then everyone…". */
const CHANGED = new Set(['now', 'sure', 'since', 'whether', 'until', 'ensure', 'ensured']);
/** Words after the act that tell a change taken up: "everyone does it now", "…since I showed them". */
const TAKEN_UP = new Set(['now', 'since', 'nowadays']);
/** Words after the act that tell the way it is done: "properly", "correctly", "the new way". */
const MANNER = new Set(['properly', 'correctly', 'right', 'way', 'safely']);
/** What may stand between a place and its noun: "on the night team", "in our kitchen". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PRON']);

/**
 * "everyone does it at quarter end", "everybody did singles now and again": a practice excused as
 * what everyone does. The shrug is the tell of a rule bent knowingly, whatever the act was. Not
 * "not everyone does it", "everyone did their bit", nor "do" as an auxiliary ("everyone did know").
 */
export function normalised(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  // Sound: each shrug below opens on "everyone", "most" or "all", and its verb is "do".
  if (passes(tokens, CROWD_WORDS_LOWER) && passes(tokens, DO_LEMMA))
    tokens.forEach((t, i) => {
      if (t.negated || tokens[i - 1]?.lower === 'like' || tokens[i - 1]?.lower === 'as') return;
      // "most lads do it this way": a group's plural noun after "most" stands for everyone.
      const group = MOST.has(t.lower) ? groupAfter(tokens, i + 1) : -1;
      // "we all do it that way on lates": the speaker's whole crew, told in the present, as a practice.
      const weAll = t.lower === 'all' && CREWS.has(tokens[i - 1]?.lower ?? '');
      if (!EVERYONE.has(t.lower) && group < 0 && !weAll) return;
      // "now everyone does it", "since then everybody does it": the change the speaker brought in, not a shrug.
      // "since" of a reason ("since it was already 60 hours") tells no change.
      if (tokens.slice(0, i).some((x) => CHANGED.has(x.lower) && !(x.lower === 'since' && x.pos === 'SCONJ'))) return;
      // "put a rate box on the chart so everyone does it": a purpose, the practice made everyone's.
      if (tokens[i - 1]?.lower === 'so' || (tokens[i - 1]?.lower === 'that' && tokens[i - 2]?.lower === 'so')) return;
      let k = group >= 0 ? group + 1 : i + 1;
      // "everyone on the team did it", "everybody in the kitchen does that": where they are, then what they do.
      // Not a change the speaker brought about ("now everyone in the yard does it properly", "made sure everyone on nights did it").
      // "most farmers around here do the same": a place told by an adverb.
      if ((tokens[k]?.pos === 'ADP' || tokens[k]?.lower === 'round') && HERE.has(tokens[k + 1]?.lower ?? '')) k += 2;
      else if (tokens[k]?.pos === 'ADP') {
        let j = k + 1;
        while (j < k + 4 && (NOUN_PHRASE.has(tokens[j]?.pos ?? '') || DEMONSTRATIVES.has(tokens[j]?.lower ?? ''))) j++;
        if (j > k + 1 && tokens[j - 1]!.pos === 'NOUN') k = j;
      }
      const at = k;
      while (tokens[k]?.pos === 'ADV' && k < at + 2) k++;
      if (PERFECT.has(tokens[k]?.lower ?? '') && tokens[k]!.pos === 'AUX') k++;
      // "everybody was doing it": the practice told as going on at the time.
      else if (tokens[k]?.lemma === 'be' && tokens[k + 1]?.lower === 'doing') k++;
      const verb = tokens[k];
      if (verb?.lemma !== 'do' || verb.negated) return;
      // "it's what most admin staff do": the practice fronted as "what", the verb closing its clause.
      // "what pretty much everyone on the bench did on a Friday": adverbs before the crowd, a time or place after the verb.
      let w = i - 1;
      while (tokens[w]?.pos === 'ADV' || tokens[w]?.lower === 'much') w--;
      const closes = k + 1 >= tokens.length || tokens[k + 1]!.pos === 'PUNCT' || tokens[k + 1]!.pos === 'ADP';
      const fronted = tokens[w]?.lower === 'what' && closes;
      if (fronted && !weAll) {
        out.push({ kind: 'misuse', first: w, last: k, certain: false });
        return;
      }
      // "we all did it" may be the crew's failure owned; "we all do it that way" is the practice, pointing back at
      // the act ("that way", "like that") or kept to save time. "We all do it before every release" may be the change.
      if (weAll && (verb.lower !== 'do' || !pointsBack(tokens, k + 2))) return;
      const object = tokens[k + 1];
      if (!object) return;
      // "that" may be read as a conjunction here ("everybody did that now and again").
      // "do the same": the act just told, done by the crowd too.
      const same = object.lower === 'the' && tokens[k + 2]?.lower === 'same';
      const pronoun = (['it', 'that', 'this', 'them'].includes(object.lower) && object.pos !== 'VERB') || same;
      const noun = object.pos === 'NOUN' && !EFFORT.has(object.lemma);
      if (!pronoun && !noun) return;
      // "everyone does it properly now", "did it the new way": how it is done since the change, not the shrug.
      // "did it this way" points back at the practice just told: no manner of the change.
      const manner = (j: number): boolean =>
        MANNER.has(tokens[j]?.lower ?? '') && !(tokens[j]!.lower === 'way' && DEMONSTRATIVES.has(tokens[j - 1]?.lower ?? ''));
      if ([k + 2, k + 3, k + 4].some(manner)) return;
      // "…and most of the drivers do it this way now", "everyone's done it since I showed them": the change taken up.
      // "now and again" is how often, not since when.
      if (tokens.some((x, j) => j > k + 1 && TAKEN_UP.has(x.lower) && tokens[j + 1]?.lower !== 'and')) return;
      out.push({ kind: 'misuse', first: weAll ? i - 1 : i, last: same ? k + 2 : k + 1, certain: false });
    });
  const shrug = nobodyDoes(c);
  if (shrug) out.push({ kind: 'misuse', ...shrug, certain: false });
  return out;
}

/**
 * Where the plural noun of a group ends after "most" at `from` ("most lads", "most of the
 * drivers"), or -1: a crowd as wide as "everyone". Not "most days" (no people), nor "most of it".
 */
function groupAfter(tokens: readonly Token[], from: number): number {
  let k = from;
  if (tokens[k]?.lower === 'of') k++;
  if (tokens[k]?.pos === 'DET' || tokens[k]?.lower === 'our' || tokens[k]?.lower === 'the') k++;
  // "most admin staff": the last noun of a compound heads it.
  // Not onto "round" in "most growers round here", which the tagger may read as a noun.
  while (tokens[k]?.pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN' && !HERE.has(tokens[k + 2]?.lower ?? '')) k++;
  const noun = tokens[k];
  // A role, a plain word for people, or a plural of the doer of a trade ("growers", "builders", "fitters").
  const doers = noun !== undefined && noun.lower !== noun.lemma && noun.lower.endsWith('ers');
  if (noun?.pos !== 'NOUN' || !(personRole(noun.lemma) || PEOPLE.has(noun.lemma) || doers)) return -1;
  // A plural ("most lads"), or a noun for many people in its one form ("most staff").
  return noun.lower !== noun.lemma || COLLECTIVE.has(noun.lower) ? k : -1;
}

/** Nouns for many people that take no plural: "most staff do it". */
const COLLECTIVE = new Set(['staff', 'people', 'crew', 'folk', 'personnel']);
/** Adverbs of place after a preposition: "most farmers around here". */
const HERE = new Set(['here', 'there']);

/** Plain words for people that name no role: "most people do it", "most of the lads did". */
const PEOPLE = new Set(['people', 'person', 'lad', 'guy', 'girl', 'bloke', 'folk', 'colleague', 'kid']);

/** Acts of seeing or knowing: not doing them is not knowing, not a step skipped. */
const UNAWARE = new Set([
  'see',
  'notice',
  'know',
  'spot',
  'realise',
  'realize',
  'think',
  'expect',
  'remember',
  'catch',
  'hear',
  'understand',
]);

/**
 * Something of the speaker's left undone in a clause before token `i`. A function of its own: a
 * closure over the loop's `i` would have V8 allocate it afresh for every word.
 */
function undoneBefore(events: readonly ClauseEvent[], i: number): boolean {
  return events.some((e) => e.last < i && e.actor === 'self' && e.negated && !e.modal && !UNAWARE.has(e.act ?? ''));
}

/**
 * "i didnt do the patch test, nobody really does": a step the speaker left undone, then said to
 * be left undone by everyone. Not "nobody does it better" (an object after the verb), nor with
 * nothing of the speaker's left undone before it.
 */
function nobodyDoes(c: Clauses): { first: number; last: number } | null {
  const { tokens } = c;
  // Sound: the shrug needs "does" or "do" by its form.
  if (!passes(tokens, DO_FORMS_LOWER)) return null;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'nobody' && !(tokens[i]!.lower === 'one' && tokens[i - 1]!.lower === 'no')) continue;
    let k = i + 1;
    while (tokens[k]?.pos === 'ADV' && k < i + 3) k++;
    // Present "do"/"does": what everyone does, not "nobody did" (a fact about the one time: "I didn't notice it, nobody did").
    if (tokens[k]?.lower !== 'does' && tokens[k]?.lower !== 'do') continue;
    const next = tokens[k + 1];
    // Nothing done to an object after it: the verb ends the clause ("nobody does", "nobody does either"), or one word
    // more ends the sentence ("nobody does tbh", "nobody does it"); "nobody does it better" does something else.
    const ends = !next || next.pos === 'PUNCT' || next.pos === 'INTJ' || next.lower === 'either';
    if (!ends && !(k + 2 >= tokens.length || tokens[k + 2]!.pos === 'PUNCT')) continue;
    if (undoneBefore(c.events, i)) return { first: tokens[i - 1]!.lower === 'no' ? i - 1 : i, last: k };
  }
  return null;
}

const DO_FORMS = new Set(['do', 'does']);
const ARTICLES = new Set(['a', 'an']);
/** What a routine excuse names with an article: "a common practice", "a normal move", "a standard shortcut". */
const PRACTICES = new Set(['practice', 'move', 'thing', 'shortcut', 'workaround', 'habit', 'procedure', 'way']);
/** Verbs a place's way of working is told with: "how the ramp works", "how most drivers would handle it". */
const WORKING = new Set(['work', 'run', 'do', 'handle', 'operate']);
const PRESENT_BE = new Set(['is', 'are', "'s", "'re"]);
const JUST = new Set(['just', 'simply']);

/**
 * "(that's) just how the ramp works", "(that's) how most drivers would handle it", "how it's done
 * on nights": from `k`, "how", then a way of working told as what is so now or what anyone would
 * do. Where it ends, or -1. Not a past account of how the failure came about ("how the error got
 * through"), nor the speaker's own way ("how I do it now"), nor a change taken up ("how it works now").
 */
function wayOfThePlace(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== 'how') return -1;
  // "just how the yard works", or people's way ("how most drivers would handle it"): not "how the library works".
  const just = JUST.has(tokens[k - 1]?.lower ?? '');
  let people = false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT') return -1;
    if (t.lower === 'i' || t.lower === 'we') return -1;
    if (EVERYONE.has(t.lower) || t.lower === 'they' || (isNoun(t) && (personRole(t.lemma) || PEOPLE.has(t.lemma)))) people = true;
    if (t.pos !== 'VERB') continue;
    if (!just && !people) return -1;
    if (!WORKING.has(t.lemma)) return -1;
    const aux = tokens[j - 1]!;
    // "would handle": anyone's way; "works", "does", "handle" after a plural, "it's done": the present.
    const would = aux.lower === 'would' || aux.lower === "'d";
    const present =
      t.lower === t.lemma
        ? aux.pos !== 'AUX'
        : (t.lower.endsWith('s') && aux.pos !== 'AUX') || (aux.lemma === 'be' && PRESENT_BE.has(aux.lower));
    if (!present && !would) return -1;
    if (tokens.slice(j + 1).some((x) => TAKEN_UP.has(x.lower))) return -1;
    return j;
  }
  return -1;
}

/** What an act is excused as: the way things were done, not a choice. */
const ROUTINE = new Set(['normal', 'standard', 'common', 'usual', 'routine', 'accepted', 'typical']);
const POINTING = new Set(['that', 'it', 'this']);
/** The words one of which every excuse of excusedAsRoutine needs: its gate's list. */
const ROUTINE_HOW = new Set([...ROUTINE, 'how']);
/** Words before a clause that tell when or whether something held, not why it was done ("because it was normal" is the excuse). */
const STATE_REACHED = new Set(['until', 'till', 'once', 'when', 'whenever', 'after', 'before', 'if', 'unless', 'whether']);
/** Verbs after which "that it was normal" is what a check found ("I checked that it was normal"), not what the speaker said of it. */
const CHECKING = new Set(['check', 'confirm', 'ensure', 'verify', 'sure', 'see', 'test']);
const DEGREE = new Set(['fairly', 'pretty', 'quite', 'completely', 'totally', 'perfectly', 'really', 'very', 'just', 'kind', 'sort', 'of']);

/**
 * "…, so i lifted the photos. tbh that was fairly normal on a friday", "it was standard practice
 * back then": the speaker's own act, told in this sentence or the one before, then excused as
 * the way it was done. Like "everyone did it", the shrug tells a rule bent knowingly. Not "that
 * wasn't normal" (the speaker owning the deviation). The words of the excuse, or null.
 */
export function excusedAsRoutine(c: Clauses, before: Clauses | null): { first: number; last: number } | null {
  const { tokens } = c;
  // Sound: the excuse is a word of ROUTINE, or "how" opening the way of the place (wayOfThePlace).
  if (!passes(tokens, ROUTINE_HOW_LOWER)) return null;
  const owns = (events: Clauses['events'], upTo: number): boolean =>
    events.some((e) => e.last < upTo && (e.actor === 'self' || e.actor === 'group') && !e.negated && !e.modal && !e.conditional);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!POINTING.has(t.lower) || t.pos === 'DET') continue;
    // "I stayed until it was normal", "I checked that it was normal": a state reached or found, not an excuse.
    const opener = tokens[i - 1]?.lower ?? '';
    if (STATE_REACHED.has(opener) || (opener === 'that' && CHECKING.has(tokens[i - 2]?.lemma ?? ''))) continue;
    const be = tokens[i + 1];
    if (be?.lemma !== 'be' || be.lower === be.lemma) continue;
    let k = i + 2;
    // "it is a common practice", "it's a fairly normal move": an article may open the phrase, which must
    // then name a practice ("a normal reaction", "a common assumption" name no act excused).
    const article = ARTICLES.has(tokens[k]?.lower ?? '');
    if (article) k++;
    while (k < i + 6 && DEGREE.has(tokens[k]?.lower ?? '')) k++;
    const routine = tokens[k];
    // The act excused: the speaker's own, earlier in this sentence or in the one before.
    const actExcused = owns(c.events, i) || (before !== null && owns(before.events, before.tokens.length));
    // "that's just how the ramp works", "that's how most drivers would handle it": the act told as the way of the place.
    const how = be.negated ? -1 : wayOfThePlace(tokens, k);
    if (how >= 0) {
      if (actExcused) return { first: i, last: how };
      continue;
    }
    // Only degree words may come between: a negator stops the reading ("that wasn't normal", "was never standard").
    if (!routine || !ROUTINE.has(routine.lower)) continue;
    // "That was accepted" alone is a request granted; "it was accepted practice" is the excuse.
    if (routine.lower === 'accepted' && !isNoun(tokens[k + 1] ?? routine)) continue;
    // "a normal treasury move", "a common end-of-month practice": up to two words naming the trade may
    // come before the practice, which the tagger may read as a verb ("move").
    let practice = k + 1;
    while (practice < k + 3 && isNoun(tokens[practice] ?? routine) && !PRACTICES.has(tokens[practice]!.lower)) practice++;
    const named = PRACTICES.has(tokens[practice]?.lemma ?? '') || PRACTICES.has(tokens[practice]?.lower ?? '');
    if (article && !named) continue;
    if (actExcused || (before !== null && speakerHadDone(before.tokens))) return { first: i, last: article ? practice : k };
  }
  return null;
}

/** "nobody ever notices", "no one checks", "nobody can tell": after `from`, a check told as never made, in the present. */
function goesUnseen(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const nobody = t.lower === 'nobody' || t.lower === 'noone' || (t.lower === 'one' && tokens[k - 1]?.lower === 'no');
    if (!nobody) continue;
    const seen = ahead(tokens, k, 3, (x) => W.NOTICE.has(x.lemma) && (x.pos === 'VERB' || x.negated));
    // The present ("notices", "checks") or a modal ("would know"): a habit of the place, not one time it went unseen.
    if (seen >= 0 && tokens[seen]!.lower !== `${tokens[seen]!.lemma}ed` && !tokens[seen]!.lower.endsWith('ed')) return true;
  }
  return false;
}

/** Acts of passing information to someone: "gave her the address", "told him where she lived". */
const DISCLOSING = new Set(['give', 'tell', 'pass', 'share', 'disclose', 'reveal', 'send', 'show', 'leak', 'read']);
/** Where a person can be found, or what is kept about them. */
// biome-ignore format: a word list reads best packed
const PERSONAL_DETAILS = new Set([
  'address', 'street', 'postcode', 'location', 'whereabouts', 'number', 'details', 'records', 'record', 'notes', 'file', 'diagnosis',
  'history', 'results',
]);
/** Those a justification skips: "instead of troubling my manager". */
const SUPERIORS = new Set(['manager', 'supervisor', 'boss', 'lead', 'head', 'senior', 'consultant', 'team']);

/**
 * "I gave her the foster carers' street name": the speaker passed on where another person lives or
 * what is kept about them (a possessive of a person before the detail).
 */
function disclosed(c: Clauses): { first: number; last: number } | null {
  const { tokens } = c;
  for (const e of c.events) {
    if (e.actor !== 'self' || e.negated || e.modal || e.act === null || !DISCLOSING.has(e.act)) continue;
    // Found in place: a closure over `e` would have V8 allocate it afresh for every clause.
    let verb = -1;
    for (let k = Math.max(0, e.first); k <= e.last && k < tokens.length && verb < 0; k++) if (tokens[k]!.lemma === e.act) verb = k;
    if (verb < 0) continue;
    for (let k = verb + 1; k < Math.min(tokens.length, verb + 9); k++) {
      const t = tokens[k]!;
      if (t.pos === 'PUNCT' && t.lower !== "'" && t.lower !== '’') break;
      if (!PERSONAL_DETAILS.has(t.lower)) continue;
      // A person owns the detail: "the carers' street", "the patient's notes", "his address".
      const owner = tokens
        .slice(verb + 1, k)
        .some(
          (x, j, all) =>
            (['his', 'their'].includes(x.lower) && j > 0) ||
            ((x.lower === "'s" || x.lower === "'" || x.lower === '’s' || x.lower === '’') &&
              all[j - 1] !== undefined &&
              isNoun(all[j - 1]!) &&
              (personRole(all[j - 1]!.lemma) || personRole(all[j - 1]!.lower.replace(/s$/, '')))),
        );
      if (owner) return { first: verb, last: k + (tokens[k + 1]?.pos === 'NOUN' ? 1 : 0) };
    }
  }
  return null;
}

/** "a mother has a right to know", "instead of troubling my manager", "I didn't see the harm": a disclosure told as fine. */
function toldAsFine(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (t.lower === 'right' && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lemma === 'know') return true;
    if ((t.lower === 'instead' && tokens[k + 1]?.lower === 'of') || (t.lower === 'rather' && tokens[k + 1]?.lower === 'than'))
      return tokens
        .slice(k + 2, k + 7)
        .some((x, j, all) => SUPERIORS.has(x.lemma) && ['my', 'the', 'our'].includes(all[j - 1]?.lower ?? ''));
    if (t.lemma === 'harm' && tokens.slice(Math.max(0, k - 4), k).some((x) => x.lower === 'no' || x.negated || x.lemma === 'not'))
      return true;
    return false;
  });
}

/**
 * Someone's whereabouts or records passed on by the speaker, and told as fine in the same sentence
 * or the next ("…and I gave her the carers' street name. Honestly, a mother has a right to know,
 * and I judged it myself instead of troubling my manager."). The span is the disclosure's.
 */
export function disclosedAsFine(c: Clauses, next: Clauses | null): { first: number; last: number } | null {
  if (!c.tokens.some((t) => PERSONAL_DETAILS.has(t.lower))) return null;
  const span = disclosed(c);
  if (!span) return null;
  return toldAsFine(c.tokens) || (next !== null && toldAsFine(next.tokens)) ? span : null;
}

/** Verbs of having others act: "I had the team hold back payments", "we got the lads to take it down". */
const CAUSING = new Set(['have', 'get', 'make', 'tell', 'ask', 'instruct']);

/**
 * "I had the team hold back the payments", "we got the crew to strip it": the speaker had others
 * do the act, which makes it the speaker's as much as one done by their own hand. The clause parser
 * gives such an act to the others.
 */
export function speakerHadDone(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'i' && tokens[i]!.lower !== 'we') continue;
    const v = tokens[i + 1]!.pos === 'ADV' ? i + 2 : i + 1;
    const verb = tokens[v];
    if (verb === undefined || !CAUSING.has(verb.lemma) || verb.negated || verb.lower === verb.lemma) continue;
    // The others: "the team", "them", "my staff"; then their act, bare or with "to".
    let k = v + 1;
    while (k < v + 4 && (tokens[k]?.pos === 'DET' || POSSESSIVES_OF_SPEAKER.has(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'ADJ')) k++;
    const others = tokens[k];
    if (others === undefined || !(isNoun(others) || OTHERS_BY_PRONOUN_OBJECT.has(others.lower))) continue;
    const at = tokens[k + 1]?.lower === 'to' ? k + 2 : k + 1;
    const act = tokens[at];
    // A bare verb, or one the tagger read as a noun before an object ("had the team delay the runs").
    const verbal = act?.pos === 'VERB' || (act !== undefined && isNoun(act) && tokens[at + 1]?.pos === 'DET');
    if (act !== undefined && verbal && act.lower === act.lemma) return true;
  }
  return false;
}
const POSSESSIVES_OF_SPEAKER = new Set(['my', 'our']);
const OTHERS_BY_PRONOUN_OBJECT = new Set(['him', 'her', 'them', 'everyone']);

/** What may follow "does the same" when it tells a practice: a shift or a season ("on lates", "at quarter end"), or "too". */
const PRACTICE_AFTER = new Set(['on', 'at', 'too', 'anyway']);
/** What opens the times a practice is kept to: "when we're behind". */
const WHEN = new Set(['when', 'whenever', 'if']);
/** Pressure that a shortcut is kept for: "when we're behind", "if it's busy". */
const PRESSURE = new Set(['busy', 'behind', 'rushed', 'short', 'late', 'pushed', 'stretched', 'swamped', 'slammed', 'tired', 'hurry']);
/** Other businesses of a trade, who may do the same: "most shops", "plenty of firms". */
const TRADES = new Set([
  'shops',
  'firms',
  'companies',
  'businesses',
  'places',
  'sites',
  'kitchens',
  'garages',
  'practices',
  'teams',
  'depots',
]);
/** Who may do the same: others, named by a pronoun. */
const OTHERS_BY_PRONOUN = new Set(['he', 'she', 'they']);

/**
 * "my supervisor does the same when we're behind", "she does the same on lates": the speaker's own
 * act, told in this sentence or the one before, excused by a colleague's habit of the same. Not a
 * change taken up ("now she does the same", "does the same since"), nor a denial.
 */
export function othersDoTheSame(c: Clauses, before: Clauses | null): { first: number; last: number; excused: boolean } | null {
  const { tokens } = c;
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.lower !== 'does' && t.lower !== 'do') || t.negated) continue;
    // "does the same", or "does that too" / "does it too".
    const same = tokens[i + 1]!.lower === 'the' && tokens[i + 2]!.lower === 'same';
    const too = POINTING.has(tokens[i + 1]!.lower) && tokens[i + 2]!.lower === 'too';
    if (!same && !too) continue;
    const next = tokens[i + 3];
    const pressed = next !== undefined && WHEN.has(next.lower) && tokens.slice(i + 4, i + 9).some((x) => PRESSURE.has(x.lower));
    if (next !== undefined && next.pos !== 'PUNCT' && !PRACTICE_AFTER.has(next.lower) && !pressed) continue;
    const subject = tokens[i - 1]!;
    const person =
      OTHERS_BY_PRONOUN.has(subject.lower) ||
      EVERYONE.has(subject.lower) ||
      // "bakers": a plural the lexicon leaves unlemmatised is read by its singular.
      (isNoun(subject) && (personRole(subject.lemma) || PEOPLE.has(subject.lemma) || personRole(subject.lower.replace(/s$/, '')))) ||
      // "most shops do the same when stock is short": other businesses of the trade, kept to under pressure.
      (isNoun(subject) && TRADES.has(subject.lower) && tokens[i + 3] !== undefined && WHEN.has(tokens[i + 3]!.lower));
    if (!person) continue;
    if (tokens.slice(0, i).some((x) => CHANGED.has(x.lower)) || tokens.slice(i).some((x) => TAKEN_UP.has(x.lower))) continue;
    const owns = (events: Clauses['events'], upTo: number): boolean =>
      events.some((e) => e.last < upTo && (e.actor === 'self' || e.actor === 'group') && !e.negated && !e.modal && !e.conditional);
    // The act before told as what the speaker does now ("Now I ring the family first. My manager does the same.") is the change shared.
    const since = before?.tokens.some((x) => CHANGED.has(x.lower) || TAKEN_UP.has(x.lower)) === true;
    if (owns(c.events, i - 1) || (before !== null && !since && owns(before.events, before.tokens.length)))
      // Excused: kept to when pressed ("when the supplier is short"), or told as never seen ("nobody ever notices").
      return { first: i - 1, last: i + 2, excused: pressed || goesUnseen(tokens, i + 2) };
  }
  return null;
}

/** Every conduct act told in one sentence, in reading order, one per overlapping stretch of words. */
export function conductActs(c: Clauses): ConductAct[] {
  // Every reading but the agentless passive needs "I" or "we" in the sentence.
  const opener = c.tokens[0];
  const denial = opener?.lower === 'never' || (opener?.lemma === 'do' && c.tokens[1]?.lemma === 'not');
  // "I" or "we" read off the sentence's word flags (hasWord), which say exactly whether some token is one.
  const speaker = hasWord(c.tokens, SPEAKER_LOWER) || noteVoice(c.tokens) || denial;
  const all = [...passiveRecords(c), ...normalised(c)];
  if (speaker) speakersActs(c, all);
  all.sort((a, b) => a.first - b.first || Number(b.certain) - Number(a.certain));
  const kept: ConductAct[] = [];
  if (all.length === 0) return kept;
  // "marked it as resolved too early", "deleted it by mistake": a reading that is not certain yields to the speaker's word that it was an error.
  // Asked only where some reading found an act (most sentences have none).
  const mistaken = toldAsMistake(c.tokens);
  for (const act of all) {
    if (mistaken && !act.certain) continue;
    const overlap = kept.find((k) => k.first <= act.last && act.first <= k.last);
    if (!overlap) kept.push(act);
    else if (act.certain && !overlap.certain) kept.splice(kept.indexOf(overlap), 1, act);
  }
  return kept;
}

/** The gates read above, each numbered once at load (see the gates in red-flag-grammar.ts). */
const ACCESS_LOWER = gate(ACCESS, 'lower');
const ROUTINE_HOW_LOWER = gate(ROUTINE_HOW, 'lower');
const SPEAKER_LOWER = gate(SPEAKER, 'lower');
const APPEARING_LEMMA = gate(APPEARING, 'lemma');
const ASSURING_CLASS = gate(W.ASSURING, 'class');
const CROWD_WORDS_LOWER = gate(CROWD_WORDS, 'lower');
const DONE_VALUES_LOWER = gate(W.DONE_VALUES, 'lower');
const DO_FORMS_LOWER = gate(DO_FORMS, 'lower');
const DO_LEMMA = gate(DO, 'lemma');
const KNOW_LEMMA = gate(KNOW, 'lemma');
const KNOW_LOWER_ALL = gate(new Set(['know', 'knew', 'known']), 'lower');
const KNEW_LOWER = gate(KNEW, 'lower');
const SAVE_LEMMA = gate(new Set(['save']), 'lemma');
const LAPSED_LOWER = gate(W.LAPSED, 'lower');
const LYING_FORMS_LOWER = gate(LYING_FORMS, 'lower');
const LYING_LEMMA = gate(LYING, 'lemma');
const MAKE_LEMMA = gate(MAKE, 'lemma');
const PERMITS_LEMMA = gate(W.PERMITS, 'lemma');
const RULE_NOUNS_LEMMA = gate(W.RULE_NOUNS, 'lemma');
const SIGNATURES_LOWER = gate(SIGNATURES, 'lower');
const SO_LOWER = gate(SO, 'lower');
const UP_LOWER = gate(UP, 'lower');
const WRONG_LOWER = gate(W.WRONG, 'lower');
