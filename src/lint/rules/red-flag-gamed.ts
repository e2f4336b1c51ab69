/**
 * The conduct model's readings of a check made to come out right rather than carried out:
 *
 * - a safeguard left in a state that switches it off: "I put it in bypass for the last hour",
 *   "ran the press on override";
 * - a check repeated until it passed, then acted on: "reran the control three times until it was
 *   inside the limits and released the batch";
 * - readings written from what they usually are, not from a measurement: "put the readings down
 *   from what they usually come out at".
 *
 * Each is the speaker's own act, told as done. A test rerun to find a fault ("reran it until I
 * found the leak") or a reading copied from the meter is no such act.
 */
import type { Token } from '../../nlp/analyse.js';
import { ahead, clauseSpan, inClass, isNoun, speakerDoes, type Clauses, type ConductAct } from './red-flag-grammar.js';

/** States that switch a safeguard off: "in bypass", "on override". */
const OFF_STATES = new Set(['bypass', 'override', 'overridden', 'defeat']);
/** Acts that leave a thing in a state: "put it in", "left it on", "ran it in", "set it to". */
const LEAVING_IN = new Set(['put', 'leave', 'run', 'set', 'switch', 'keep', 'stick', 'flip', 'turn']);

/** "I put it in bypass", "left the crane on override": a safeguard put in a state that switches it off. */
function inBypass(c: Clauses): ConductAct[] {
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !LEAVING_IN.has(t.lemma) || t.negated || !speakerDoes(c, i)) continue;
    const state = ahead(
      tokens,
      i,
      6,
      (x, k) => OFF_STATES.has(x.lower) && ['in', 'on', 'into', 'to'].includes(tokens[k - 1]?.lower ?? '') && x.pos !== 'VERB',
    );
    if (state >= 0) return [{ kind: 'bypass', ...clauseSpan(c, i, state), certain: false }];
  }
  return [];
}

/** Acts of running a check again: "reran", "retested", "repeated", "redid". */
const RERUNNING = new Set(['rerun', 'retest', 'repeat', 're-run', 're-test', 'rescan', 'remeasure', 'resample']);
/** Acts that put a fault right before a check is run again. */
const MENDING = new Set(['fix', 'redo', 'repair', 'replace', 'correct', 'adjust', 'recalibrate', 'clean', 'change', 'reseat', 'tighten']);
/** A mending verb, by its lemma or its stem (inClass), or "redid", whose stem is no word of the list. */
function mends(t: Token): boolean {
  return inClass(MENDING, t) || t.lower === 'redid';
}
/** What the result came to: "until it passed", "until it was inside the limits", "until it came in". */
const PASSING = new Set(['pass', 'inside', 'within', 'green', 'clean', 'in-range', 'acceptable']);

/** Whether the token is a verb of running a check again, by its lemma or its stem (inClass), or "reran". */
function rerun(t: Token): boolean {
  return t.pos === 'VERB' && (inClass(RERUNNING, t) || t.lower === 'reran');
}

/**
 * "I reran the control 3x until it was inside the limits and released the batch": the check run
 * again until it passed. Not "until I found the leak": the result is the check's, passing.
 */
function rerunUntilPassed(c: Clauses): ConductAct[] {
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    if (!rerun(tokens[i]!) || !speakerDoes(c, i)) continue;
    // "I redid the weld and reran the test until it passed": the fault fixed first, then the check passed honestly.
    if (tokens.slice(0, i).some((x) => x.pos === 'VERB' && mends(x))) continue;
    const until = ahead(tokens, i, 8, (x) => x.lower === 'until' || x.lower === 'till');
    if (until < 0) continue;
    // "until it passed", "until it was inside the limits", "till they came back clean": the check itself, passing.
    const subject = tokens[until + 1]?.lower;
    if (subject !== 'it' && subject !== 'they' && subject !== 'the') continue;
    const passed = ahead(
      tokens,
      until,
      6,
      (x, k) => PASSING.has(x.lemma) || PASSING.has(x.lower) || (x.lower === 'range' && tokens[k - 1]?.lower === 'in'),
    );
    if (passed >= 0) return [{ kind: 'misrecord', ...clauseSpan(c, i, passed), certain: false }];
  }
  return [];
}

/** What is measured and written down: readings, results, values. */
const MEASURES = new Set(['reading', 'result', 'value', 'figure', 'temperature', 'temp', 'number', 'measurement', 'level', 'count']);
/** Acts of writing a value down: "put down", "wrote", "filled in", "entered". */
const WRITING_DOWN = new Set(['put', 'write', 'fill', 'enter', 'record', 'log', 'jot', 'mark']);
/** Words of what a value usually is: "usually", "normally", "always", "typically". */
const USUALLY = new Set(['usually', 'normally', 'always', 'typically', 'generally', 'expected']);

/**
 * "I put the readings down from what they usually come out at", "wrote the temperatures in as what
 * they normally are": values written from what they usually are, not from a measurement.
 */
function fromHabit(c: Clauses): ConductAct[] {
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !WRITING_DOWN.has(t.lemma) || t.negated || !speakerDoes(c, i)) continue;
    const measure = ahead(tokens, i, 5, (x) => isNoun(x) && MEASURES.has(x.lemma));
    if (measure < 0) continue;
    // "from what they usually come out at", "as what they normally are": what, then a word of the usual.
    const what = ahead(
      tokens,
      measure,
      6,
      (x, k) => x.lower === 'what' && ['from', 'as', 'to', 'with'].includes(tokens[k - 1]?.lower ?? ''),
    );
    const usual = what < 0 ? -1 : ahead(tokens, what, 4, (x) => USUALLY.has(x.lower));
    if (usual >= 0) return [{ kind: 'misrecord', ...clauseSpan(c, i, usual), certain: false }];
  }
  return [];
}

/** The readings of this module, each the speaker's own act. */
export function gamedChecks(c: Clauses): ConductAct[] {
  return [...inBypass(c), ...rerunUntilPassed(c), ...fromHabit(c)];
}
