/**
 * Inline directives in Markdown comments, the way ESLint reads its own:
 *
 *   <!-- failcoach-disable rule-a, rule-b -- reason -->   off from here (all rules if none named)
 *   <!-- failcoach-enable rule-a -->                       on again (all if none named)
 *   <!-- failcoach-disable-next-line rule-a -->            off for the next line
 *   <!-- failcoach-disable-file -->                        off for the whole file
 *
 * A whole-answer finding (an omission, such as no lesson) has no line of its own: its position is
 * only where the answer starts. A disable-next-line that names its rule silences it wherever the
 * comment sits, so the comment can stand next to the sentence the writer means ("I learned a lot.").
 */
import type { Answer } from '../answer/model.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named, or empty for every rule. */
  rules: string[];
  start: number;
  end: number;
  /** The line after which disable-next-line applies (the comment's last line). */
  endLine: number;
}

const DIRECTIVE = /^\s*failcoach-(disable-next-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirectives(answer: Answer): Directive[] {
  const directives: Directive[] = [];
  for (const comment of answer.comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const [names] = (match[2] ?? '').split(/\s--\s|\s--$/);
    const rules = (names ?? '').split(/[\s,]+/).filter(Boolean);
    directives.push({
      kind: match[1] as DirectiveKind,
      rules,
      start: comment.start,
      end: comment.end,
      endLine: answer.locate(comment.end).line,
    });
  }
  return directives;
}

const applies = (directive: Directive, ruleId: string): boolean => directive.rules.length === 0 || directive.rules.includes(ruleId);

/** Where a finding is, for matching it with directives. */
export interface FindingPlace {
  ruleId: string;
  start: number;
  line: number;
  /** About the whole answer rather than the words at `start`. */
  whole?: boolean;
}

/**
 * Which directive, if any, silences a finding. A later enable ends an earlier disable for the
 * rules it names.
 */
export function suppressor(directives: readonly Directive[], finding: FindingPlace): Directive | null {
  const { ruleId, start: offset, line } = finding;
  for (const d of directives) if (d.kind === 'disable-file' && applies(d, ruleId)) return d;
  for (const d of directives) if (d.kind === 'disable-next-line' && applies(d, ruleId) && d.endLine + 1 === line) return d;
  if (finding.whole) for (const d of directives) if (d.kind === 'disable-next-line' && d.rules.includes(ruleId)) return d;
  let active: Directive | null = null;
  for (const d of directives) {
    if (d.start > offset) break;
    if (d.kind === 'disable' && applies(d, ruleId)) active = d;
    else if (d.kind === 'enable' && applies(d, ruleId)) active = null;
  }
  return active;
}
