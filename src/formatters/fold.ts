/** Advice a rule repeats through one answer, folded under its first place, for the reports people read. */
import type { Finding } from '../lint/engine.js';
import { subjectLabel, subjectOf } from './subject.js';

/**
 * A rule that says the same thing this many times in one answer is shown once, with the other
 * places listed under it. From the second time: a new user read the same omission spotted at three
 * sentences ("the answer doesn't say what the failure cost", three times) as three problems.
 */
const FOLD_FROM = 2;

/**
 * Findings in order, each with the later findings folded under it: a rule's message repeated
 * FOLD_FROM times or more in one answer (a hedge per sentence, a cost missing at three sentences)
 * is one entry with its places, not a wall of the same advice. Every finding still counts; stylish
 * and github fold, the machine formats (json, compact, sarif) list each one.
 */
export function folded(findings: readonly Finding[]): [Finding, Finding[]][] {
  // A directive's problem is its message ("Unknown rule "hedgin" … did you mean "hedging"?"): two
  // in one comment share a place, so folding one under the other would hide what it says.
  const key = (f: Finding): string => `${f.ruleId}\0${f.messageId ?? ''}\0${f.severity}${f.ruleId === 'directive' ? `\0${f.message}` : ''}`;
  const counts = new Map<string, number>();
  for (const f of findings) if (!f.whole) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  const heads = new Map<string, [Finding, Finding[]]>();
  const out: [Finding, Finding[]][] = [];
  for (const f of findings) {
    const k = key(f);
    const head = heads.get(k);
    if (head) head[1].push(f);
    else {
      const entry: [Finding, Finding[]] = [f, []];
      out.push(entry);
      if ((counts.get(k) ?? 0) >= FOLD_FROM) heads.set(k, entry);
    }
  }
  return out;
}

/** Where a folded finding repeats, for the list under its first place: 1:42 “probably”. */
export function placeOf(f: Finding): string {
  return `${f.line}:${f.column} ${subjectLabel(subjectOf(f))}`;
}
