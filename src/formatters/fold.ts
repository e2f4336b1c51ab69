/** Advice a rule repeats through one answer, folded under its first place, for the reports people read. */
import type { Finding } from '../lint/engine.js';
import { findRule } from '../lint/rules/index.js';
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
 * is one entry with its places, not a wall of the same advice. And where a rule about the whole
 * answer has said what is missing in its own words ("after the failure, the answer never says what
 * you did to fix it"), the sentences its learned judgement pointed at for the same rule are places
 * of that one finding, not findings of their own: a new user read that and "the answer doesn't say
 * what you did to fix or contain the damage" as two problems. Every finding still counts; stylish
 * and github fold, the machine formats (json, compact, sarif) list each one.
 */
export function folded(findings: readonly Finding[]): [Finding, Finding[]][] {
  // A directive's problem is its message ("Unknown rule "hedgin" … did you mean "hedging"?"): two
  // in one comment share a place, so folding one under the other would hide what it says.
  const key = (f: Finding): string => `${f.ruleId}\0${f.messageId ?? ''}\0${f.severity}${f.ruleId === 'directive' ? `\0${f.message}` : ''}`;
  const ruleKey = (f: Finding): string => `${f.ruleId}\0${f.severity}`;
  const counts = new Map<string, number>();
  const judged = (f: Finding): boolean => f.messageId === 'judged' && findRule(f.ruleId)?.scope === 'answer';
  // The rules about the whole answer that speak in their own words here, by rule and severity.
  const toldRules = new Set<string>();
  for (const f of findings) {
    if (!f.whole) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
    if (!judged(f) && findRule(f.ruleId)?.scope === 'answer') toldRules.add(ruleKey(f));
  }
  const underTold = (f: Finding): boolean => judged(f) && toldRules.has(ruleKey(f));
  const heads = new Map<string, [Finding, Finding[]]>();
  // The judged places of a rule whose own finding comes later in the list, kept for it.
  const waiting = new Map<string, Finding[]>();
  const toldEntries = new Map<string, [Finding, Finding[]]>();
  const out: [Finding, Finding[]][] = [];
  for (const f of findings) {
    if (underTold(f)) {
      const entry = toldEntries.get(ruleKey(f));
      if (entry) entry[1].push(f);
      else waiting.set(ruleKey(f), [...(waiting.get(ruleKey(f)) ?? []), f]);
      continue;
    }
    const k = key(f);
    const head = heads.get(k);
    if (head) head[1].push(f);
    else {
      const entry: [Finding, Finding[]] = [f, []];
      out.push(entry);
      if ((counts.get(k) ?? 0) >= FOLD_FROM) heads.set(k, entry);
      if (toldRules.has(ruleKey(f)) && !toldEntries.has(ruleKey(f))) {
        toldEntries.set(ruleKey(f), entry);
        entry[1].push(...(waiting.get(ruleKey(f)) ?? []));
      }
    }
  }
  return out;
}

/** Where a folded finding repeats, for the list under its first place: 1:42 “probably”. */
export function placeOf(f: Finding): string {
  return `${f.line}:${f.column} ${subjectLabel(subjectOf(f))}`;
}
