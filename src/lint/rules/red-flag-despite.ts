/**
 * The conduct model's readings of an act done despite what the speaker knew (see red-flag-acts.ts):
 *
 * - without the training or licence it needs, told by the speaker: "I wasn't trained on the
 *   autoclave, but I ran the cycle myself", "had no ticket for it, so I just did it";
 * - carried on while a safety check was outstanding or a limit passed: "kept working even though
 *   the scaffold hadn't been inspected", "carried on driving though I was over my hours";
 * - a defect known and shipped or used anyway: "shipped the units knowing two tests had failed".
 *
 * Each needs the speaker's own act after the concession, not a request for help ("so I asked a
 * trained colleague"): the act, not the lack, is the breach.
 */
import type { Token } from '../../nlp/analyse.js';
import * as W from './red-flag-words.js';
import {
  ahead,
  clauseSpan,
  eventAt,
  gate,
  inClass,
  isNoun,
  nounIn,
  passes,
  speakerDoes,
  type Clauses,
  type ConductAct,
} from './red-flag-grammar.js';

/** What a person holds before doing a job: "the manual handling course", "a forklift ticket". */
const QUALIFYING = W.wordSet('course training induction ticket licence license permit certificate card assessment qualification');
/** Acts that hand the job to someone entitled to it, or stop: not a breach. */
const DEFERRING = W.wordSet(
  'ask get call wait refuse stop tell find check phone ring book request arrange leave decline say explain flag escalate raise',
);
/** Doing it oneself, regardless: "myself", "anyway", "just", "on my own". */
const REGARDLESS = W.wordSet('myself ourselves anyway regardless still just');
/** Checks that make work safe: outstanding, they make carrying on a breach. */
const SAFE_CHECKS = W.wordSet(
  'inspect test check isolate sign certify approve clear authorise authorize tag earth secure service calibrate',
);
/** Carrying on: "kept working", "went ahead", "carried on", "pressed on". */
const CONTINUING = W.wordSet('keep continue proceed carry press push go');
/** Defects: "had failed", "were worn", "was leaking". */
const DEFECTS = W.wordSet(
  'fail failed worn broken faulty unsafe leaking leak damaged contaminated expired out-of-date defective cracked dangerous illegal',
);

/** The speaker says they lacked the training or licence: "wasn't trained", "had no ticket", "hadn't done the course". */
function lacking(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.negated) return false;
  if (W.PERMITTED.has(t.lower) && !['supposed', 'meant', 'allowed'].includes(t.lower)) return true;
  if (isNoun(t) && QUALIFYING.has(t.lemma)) return tokens.slice(Math.max(0, i - 5), i).some((x) => x.lower === 'no' || x.lemma === 'do');
  return false;
}

/** The speaker's own act after "but" or "so" from `from`; "so" needs "myself", "anyway" or "just" as well. */
function actedAfter(c: Clauses, from: number): number {
  const { tokens } = c;
  const turn = ahead(tokens, from, 12, (x) => x.lower === 'but' || x.lower === 'so');
  if (turn < 0) return -1;
  const next = ahead(tokens, turn, 12, (x) => x.lower === 'so');
  const marker = tokens[turn]!.lower === 'but' && next >= 0 && !['i', 'we'].includes(tokens[turn + 1]?.lower ?? '') ? next : turn;
  const act = ahead(tokens, marker, 5, (x) => x.pos === 'VERB');
  if (act < 0 || tokens[act]!.negated || inClass(DEFERRING, tokens[act]!) || !speakerDoes(c, act)) return -1;
  const ev = eventAt(c, act);
  const end = ev ? Math.max(ev.last, act) : act;
  const regardless = tokens
    .slice(act, end + 1)
    .some((x, k) => REGARDLESS.has(x.lower) || (x.lower === 'own' && tokens[act + k - 1]?.lower === 'my'));
  return tokens[marker]!.lower === 'so' && !regardless ? -1 : end;
}

/** "kept working even though the scaffold hadn't been inspected", "carried on driving though I was over my hours". */
function carriedOn(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (!inClass(CONTINUING, t) || t.negated) return -1;
  if (t.lemma === 'go' && tokens[i + 1]?.lower !== 'ahead') return -1;
  // "continued to use it", after "the broken machine": a defect told before the act.
  const using = ahead(tokens, i, 3, (x) => x.pos === 'VERB' && ['use', 'run', 'drive', 'operate'].includes(x.lemma));
  if (using >= 0 && tokens.slice(0, i).some((x, k) => DEFECTS.has(x.lower) && (x.pos !== 'VERB' || isNoun(tokens[k + 1] ?? x))))
    return using;
  const though = ahead(tokens, i, 6, (x) => x.lower === 'though' || x.lower === 'although');
  if (though < 0) return -1;
  // "even though the safety light was red": a warning the act went past.
  const warned = ahead(
    tokens,
    though,
    4,
    (x, k) => ['safety', 'warning', 'alarm', 'alert'].includes(x.lower) && (isNoun(x) || isNoun(tokens[k + 1] ?? x)),
  );
  if (warned >= 0) return warned + 1;
  return ahead(tokens, though, 8, (x, k) => {
    // "went ahead even though I had not checked the forecast": the speaker's own look left undone is
    // an oversight; a safety check outstanding is someone's ("the scaffold hadn't been inspected") or
    // a step that makes the work safe ("I hadn't isolated the supply").
    if (x.negated && x.pos === 'VERB' && inClass(SAFE_CHECKS, x)) return !(x.lemma === 'check' && ownLook(c, k));
    if (x.lower === 'over' && ahead(tokens, k, 3, (y) => y.lemma === 'limit' || y.lemma === 'hour') >= 0) return true;
    return DEFECTS.has(x.lower) && x.pos !== 'VERB';
  });
}

/** The speaker's own act at `k`, told in the active: "I had not checked". */
function ownLook(c: Clauses, k: number): boolean {
  const ev = eventAt(c, k);
  return ev !== undefined && (ev.actor === 'self' || ev.actor === 'group') && !ev.passive;
}

/** "shipped the units knowing two of the tests had failed", "knew the brakes were worn and still sent the van out". */
function knownDefect(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lemma !== 'know' || t.negated) return -1;
  const defect = ahead(tokens, i, 8, (x) => DEFECTS.has(x.lower));
  if (defect < 0) return -1;
  // "I learned that knowing a place is dangerous": "knowing" opening a clause is its subject, and hangs on no act.
  if (t.lower === 'knowing' && (i === 0 || tokens[i - 1]!.lower === 'that')) return -1;
  // "shipped … knowing": the act before; "knew … and still sent": the act after, done regardless.
  if (t.lower === 'knowing') return tokens.slice(0, i).some((x, k) => x.pos === 'VERB' && !x.negated && speakerDoes(c, k)) ? defect : -1;
  const still = ahead(tokens, defect, 6, (x) => x.lower === 'still' || x.lower === 'anyway');
  const act = still < 0 ? -1 : ahead(tokens, still - 1, 3, (x) => x.pos === 'VERB' && !x.negated);
  return act >= 0 && !inClass(DEFERRING, tokens[act]!) ? act : -1;
}

/** A safeguard outstanding in the sentence up to `end`: a safety check not done, or the speaker's training lacking. */
export function outstanding(c: Clauses, end = c.tokens.length): boolean {
  const { tokens } = c;
  return tokens.slice(0, end).some((x, k) => {
    if (x.negated && x.pos === 'VERB' && (inClass(SAFE_CHECKS, x) || inClass(SCAFFOLDING, x))) return true;
    // "no scaffold on the back", "the permit hadn't come through".
    const guard = isNoun(x) && (SCAFFOLDING.has(x.lemma) || W.PERMITS.has(x.lemma));
    if (guard && (tokens[k - 1]?.lower === 'no' || ahead(tokens, k, 3, (y) => y.negated && (y.pos === 'VERB' || y.pos === 'AUX')) >= 0))
      return true;
    const ev = eventAt(c, k);
    return ev !== undefined && (ev.actor === 'self' || ev.actor === 'group') && !ev.modal && lacking(tokens, k);
  });
}

/** "…, clipped to nothing": a safeguard the speaker went without. */
const SCAFFOLDING = W.wordSet('scaffold guard rail fence barrier');

/** "I went up anyway", "we carried on regardless": the speaker's act, done regardless; its token range. */
export function doneAnyway(c: Clauses): { first: number; last: number } | null {
  const { tokens } = c;
  // Sound: the act is told with "anyway" or "regardless".
  if (!passes(tokens, ANYWAY_LOWER)) return null;
  const anyway = tokens.findIndex((x) => ANYWAY.has(x.lower));
  const ev = anyway < 0 ? undefined : eventAt(c, anyway);
  if (!ev || ev.negated || ev.modal) return null;
  const act = tokens.findIndex((x, k) => k >= ev.first && k < anyway && x.pos === 'VERB' && !x.negated);
  if (act < 0 || inClass(DEFERRING, tokens[act]!) || !speakerDoes(c, act)) return null;
  return { first: clauseSpan(c, act).first, last: anyway };
}

/** What tells an act done regardless of what was outstanding (doneAnyway). */
const ANYWAY = new Set(['anyway', 'regardless']);

/** Who grants a safeguard: "before the inspector had signed it off". */
const OVERSEERS = W.wordSet('inspector supervisor engineer approver reviewer assessor auditor');
/** Protective kit and safeguards named earlier in the sentence, for "without it". */
const KIT = W.wordSet('harness helmet gloves goggles mask respirator lanyard permit guard lockout isolation scaffold monitor');

const granting = (x: Token): boolean => isNoun(x) && (W.SAFEGUARDS.has(x.lemma) || W.PERMITS.has(x.lemma) || OVERSEERS.has(x.lemma));

/** "didn't wait for the permit", "before the permit came through", "went up without it": a safeguard not waited for. */
function notWaitedFor(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lemma === 'wait' && t.negated && tokens[i + 1]?.lower === 'for') return ahead(tokens, i + 1, 3, granting);
  if (t.negated) return -1;
  const before = ahead(tokens, i, 8, (x) => x.lower === 'before');
  // Nothing but the act's object between: "started the dig before…" (a noun the tagger read as a verb after "the").
  const between = tokens.slice(i + 1, Math.max(i + 1, before));
  if (before >= 0 && !between.some((x, k) => x.pos === 'PUNCT' || (x.pos === 'VERB' && between[k - 1]?.pos !== 'DET'))) {
    const guard = ahead(tokens, before, 3, granting);
    const granted = guard < 0 ? -1 : ahead(tokens, guard, 4, (x) => x.pos === 'VERB' && !x.negated);
    if (granted >= 0) return granted;
  }
  const without = ahead(tokens, i, 6, (x, k) => x.lower === 'without' && ['it', 'them', 'one'].includes(tokens[k + 1]?.lower ?? ''));
  return without >= 0 && tokens.slice(0, i).some((x) => isNoun(x) && KIT.has(x.lemma)) ? without + 1 : -1;
}

/** Protection named in a sentence before "without it": what a site keeps people safe with, and the kit. */
const PROTECTION = W.wordSet(
  'handrail railing rail guardrail barrier fence netting harness lanyard guard scaffold protection lockout isolation permit helmet respirator',
);

/**
 * "The handrail on the top lift had been taken down. I let the crew carry on up there without it.":
 * work the speaker did, or had others do, without protection the sentence before named. To go
 * without a thing named just before is to know it was missing. The span, or null.
 */
export function withoutNamedBefore(c: Clauses, before: Clauses | null): { first: number; last: number } | null {
  const { tokens } = c;
  if (before === null || !passes(tokens, WITHOUT_LOWER) || !passes(before.tokens, PROTECTION_LEMMA)) return null;
  // Not "without it getting in the way": a pronoun with a verb after it is a clause of its own.
  const without = tokens.findIndex(
    (x, k) => x.lower === 'without' && ['it', 'them', 'one'].includes(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.pos !== 'VERB',
  );
  if (without < 0 || !before.tokens.some((x) => isNoun(x) && PROTECTION.has(x.lemma))) return null;
  const ev = eventAt(c, without);
  if (!ev) return null;
  // The act the "without" belongs to: a verb of the speaker's in its clause ("let the crew carry on").
  for (let k = without - 1; k >= ev.first; k--)
    if (tokens[k]!.pos === 'VERB' && speakerDoes(c, k)) return { first: clauseSpan(c, k).first, last: without + 1 };
  return null;
}

/** Releasing work to others: "released the batch", "signed off the build". */
const RELEASING = W.wordSet(
  'release ship send sign approve launch deploy dispatch discharge issue publish energise energize open hand dispense supply',
);
/** What a release waits for: results, a test, a clearance. */
const AWAITED = W.wordSet('result test check inspection sign-off approval clearance sample scan culture report');
const ARRIVING = W.wordSet('come arrive pass finish complete clear return');

/** "released the batch although the sterility results hadn't come back", "forced the merge past the failing checks". */
function releasedAhead(c: Clauses, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  if (ahead(tokens, i, 4, (x, k) => x.lower === 'past' && isNoun(tokens[k + 3] ?? x)) >= 0) {
    const past = ahead(tokens, i, 4, (x) => x.lower === 'past');
    const check = ahead(
      tokens,
      past,
      3,
      (x) => isNoun(x) && (AWAITED.has(x.lemma) || ['warning', 'alarm', 'gate', 'block'].includes(x.lemma)),
    );
    if (check >= 0) return check;
  }
  if (!inClass(RELEASING, t)) return -1;
  const checked = checkedAfter(tokens, i);
  if (checked >= 0) return checked;
  const though = ahead(tokens, i, 6, (x) => ['though', 'although', 'before'].includes(x.lower));
  const awaited = though < 0 ? -1 : ahead(tokens, though, 4, (x) => isNoun(x) && nounIn(AWAITED, x));
  return awaited < 0 ? -1 : ahead(tokens, awaited, 4, (x) => x.pos === 'VERB' && x.negated && inClass(ARRIVING, x));
}

/** Checking acts that a release can be made ahead of. */
const CHECKING = W.wordSet('check verify screen inspect approve clear');
/** What makes a check a safeguard for people, not a step of the work: "clinically checked", "safety-checked". */
const PROTECTIVE = W.wordSet('clinically clinical medically safety legally');
/** Whoever does a check that protects people: "before the pharmacist had checked it". */
const CHECKERS = W.wordSet('pharmacist inspector supervisor assessor');

/**
 * "handed it out before it had been clinically checked", "released the bags before the pharmacist
 * had checked them": a release made ahead of a check that protects people (one told as clinical or
 * a safety check, or one a pharmacist or an inspector makes). A release ahead of a check of the
 * work itself ("shipped it before it had been tested") is an engineering lapse, not read here.
 * Where the check is named, or -1.
 */
function checkedAfter(tokens: readonly Token[], i: number): number {
  const before = ahead(tokens, i, 5, (x) => x.lower === 'before');
  if (before < 0 || tokens.slice(i + 1, before).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')) return -1;
  // The check's verb within the "before" clause, told as not yet done (a perfect: "had been checked", "had checked").
  const check = ahead(tokens, before, 6, (x) => x.pos === 'VERB' && CHECKING.has(x.lemma));
  if (check < 0 || !tokens.slice(before + 1, check).some((x) => x.lemma === 'have')) return -1;
  const clause = tokens.slice(before + 1, check);
  return clause.some((x) => PROTECTIVE.has(x.lower) || (isNoun(x) && CHECKERS.has(x.lemma))) ? check : -1;
}

const BEFORE_FOR = new Set(['before', 'for']);
const WITHOUT = new Set(['without']);
const THOUGH = new Set(['though', 'although']);
const THOUGH_BEFORE = new Set(['though', 'although', 'before']);
const PAST = new Set(['past']);
const KNOW = new Set(['know']);

/** Every act this module reads in one sentence. */
export function actsDespite(c: Clauses): ConductAct[] {
  const { tokens } = c;
  const out: ConductAct[] = [];
  // Gates, each a test of the whole sentence that every act of a reading needs (read off the readings above):
  // lacking a permission or a qualification negated; notWaitedFor something granting after "for" or
  // "before", or kit gone "without"; carriedOn a verb of continuing with a defect or "though";
  // knownDefect "know" and a defect; releasedAhead "past", or a release, "though" or "before" and a thing awaited.
  const lacks =
    (passes(tokens, PERMITTED_LOWER) || passes(tokens, QUALIFYING_LEMMA)) &&
    tokens.some((x) => x.negated && (W.PERMITTED.has(x.lower) || QUALIFYING.has(x.lemma)));
  const waits = (passes(tokens, BEFORE_FOR_LOWER) && tokens.some(granting)) || (passes(tokens, WITHOUT_LOWER) && passes(tokens, KIT_LEMMA));
  const defect = passes(tokens, DEFECTS_LOWER);
  const carries = passes(tokens, CONTINUING_CLASS) && (defect || passes(tokens, THOUGH_LOWER));
  const knows = defect && passes(tokens, KNOW_LEMMA);
  const releases =
    passes(tokens, PAST_LOWER) ||
    (passes(tokens, RELEASING_CLASS) &&
      passes(tokens, THOUGH_BEFORE_LOWER) &&
      (passes(tokens, AWAITED_NOUN) || (passes(tokens, CHECKING_LEMMA) && passes(tokens, PROTECTIVE_WORD))));
  if (!lacks && !waits && !carries && !knows && !releases) return out;
  tokens.forEach((_t, i) => {
    const ev = eventAt(c, i);
    const mine = ev !== undefined && (ev.actor === 'self' || ev.actor === 'group') && !ev.modal && !ev.counterfactual;
    if (lacks && mine && lacking(tokens, i)) {
      const end = actedAfter(c, i);
      if (end >= 0) out.push({ kind: 'knowing', first: clauseSpan(c, i).first, last: end, certain: false });
    }
    if (tokens[i]!.pos !== 'VERB') return;
    // "knowing" hangs on the act before it, which knownDefect checks is the speaker's.
    const waited = waits && tokens[i]!.lemma === 'wait' && tokens[i]!.negated && mine ? notWaitedFor(c, i) : -1;
    if (waited >= 0) out.push({ kind: 'bypass', ...clauseSpan(c, i, waited), certain: false });
    const end =
      tokens[i]!.lower === 'knowing'
        ? knows
          ? knownDefect(c, i)
          : -1
        : (carries || knows || releases) && speakerDoes(c, i)
          ? Math.max(carries ? carriedOn(c, i) : -1, knows ? knownDefect(c, i) : -1, releases ? releasedAhead(c, i) : -1)
          : -1;
    if (end >= 0) out.push({ kind: 'knowing', ...clauseSpan(c, i, end), certain: false });
    const skipped = !waits || tokens[i]!.lemma === 'wait' || !speakerDoes(c, i) ? -1 : notWaitedFor(c, i);
    if (skipped >= 0) out.push({ kind: 'bypass', ...clauseSpan(c, i, skipped), certain: false });
  });
  return out;
}

/** The gates read above, each numbered once at load (see the gates in red-flag-grammar.ts). */
const AWAITED_NOUN = gate(AWAITED, 'noun');
const PROTECTION_LEMMA = gate(PROTECTION, 'lemma');
const CHECKING_LEMMA = gate(CHECKING, 'lemma');
const PROTECTIVE_WORD = gate(new Set([...PROTECTIVE, ...CHECKERS]), 'word');
const BEFORE_FOR_LOWER = gate(BEFORE_FOR, 'lower');
const CONTINUING_CLASS = gate(CONTINUING, 'class');
const DEFECTS_LOWER = gate(DEFECTS, 'lower');
const ANYWAY_LOWER = gate(ANYWAY, 'lower');
const KIT_LEMMA = gate(KIT, 'lemma');
const PERMITTED_LOWER = gate(W.PERMITTED, 'lower');
const QUALIFYING_LEMMA = gate(QUALIFYING, 'lemma');
const KNOW_LEMMA = gate(KNOW, 'lemma');
const PAST_LOWER = gate(PAST, 'lower');
const RELEASING_CLASS = gate(RELEASING, 'class');
const THOUGH_BEFORE_LOWER = gate(THOUGH_BEFORE, 'lower');
const THOUGH_LOWER = gate(THOUGH, 'lower');
const WITHOUT_LOWER = gate(WITHOUT, 'lower');
