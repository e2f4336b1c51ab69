import type { Answer, Sentence } from '../answer/model.js';
import type { PhraseMatch, PhraseSet } from '../answer/phrases.js';
import { unquoted } from '../answer/signals.js';
import type { ActiveSeverity, Rule, Severity } from './rule.js';
import { PHRASE_BOOK, RULES, compilePhraseBook } from './rules/index.js';

export interface Finding {
  ruleId: string;
  severity: ActiveSeverity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions?: string[];
  /** The flagged text (at most 200 characters): for fingerprints and snippets, not for the JSON report. */
  excerpt: string;
}

export interface RuleSetting {
  severity?: Severity;
  options?: Record<string, number>;
}

export interface LintSettings {
  rules?: Record<string, RuleSetting>;
}

const ORDER: readonly ActiveSeverity[] = ['info', 'warning', 'error'];

function milder(severity: ActiveSeverity): ActiveSeverity {
  return ORDER[Math.max(0, ORDER.indexOf(severity) - 1)]!;
}

export function resolveOptions(rule: Rule, overrides: Record<string, number> = {}): Record<string, number> {
  const options: Record<string, number> = {};
  for (const [name, spec] of Object.entries(rule.options)) options[name] = overrides[name] ?? spec.default;
  return options;
}

/**
 * Runs every enabled rule over one Answer and returns its findings in reading order. The same
 * function serves `lint` and `draft`, so the two can never disagree.
 */
export function lintAnswer(answer: Answer, settings: LintSettings = {}, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  const book = rules === RULES ? PHRASE_BOOK : compilePhraseBook(rules);
  const scans = new Map<Sentence, Map<string, PhraseMatch[]>>();
  // Parsing with the linter's own book already scanned every sentence; otherwise scan here, once.
  const scan = (sentence: Sentence): ReadonlyMap<string, PhraseMatch[]> => {
    if (answer.phraseBook === book) return sentence.phrases;
    let found = scans.get(sentence);
    if (!found) {
      found = (book as PhraseSet).matchAllByTag(sentence.words);
      scans.set(sentence, found);
    }
    return found;
  };
  for (const rule of rules) {
    const setting = settings.rules?.[rule.id] ?? {};
    const severity = setting.severity ?? rule.severity;
    if (severity === 'off') continue;
    const options = resolveOptions(rule, setting.options);
    const prefix = `${rule.id}/`;
    const find = (sentence: Sentence, list: string): PhraseMatch[] => unquoted(scan(sentence).get(prefix + list), sentence.words);
    rule.check(answer, options, (report) => {
      const start = Math.max(0, Math.min(report.start, answer.source.length));
      const end = Math.max(start, Math.min(report.end, answer.source.length));
      const from = answer.locate(start);
      const to = answer.locate(end);
      findings.push({
        ruleId: rule.id,
        severity: report.milder ? milder(severity) : severity,
        message: report.message,
        start,
        end,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        excerpt: answer.source.slice(start, Math.min(end, start + 200)),
        ...(report.suggestions && report.suggestions.length > 0 ? { suggestions: report.suggestions } : {}),
      });
    }, find);
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

export interface SectionStat {
  part: string;
  heading: string | null;
  inferred: boolean;
  words: number;
  share: number;
  line: number;
}

export interface AnswerStats {
  words: number;
  speakingSeconds: number;
  sections: SectionStat[];
}

export function answerStats(answer: Answer, wordsPerMinute = 150): AnswerStats {
  const total = answer.wordCount;
  return {
    words: total,
    speakingSeconds: Math.round((total / wordsPerMinute) * 60),
    sections: answer.sections.map((section) => ({
      part: section.part,
      heading: section.heading,
      inferred: section.inferred,
      words: section.words,
      share: total > 0 ? Math.round((section.words / total) * 1000) / 1000 : 0,
      line: answer.locate(section.start).line,
    })),
  };
}
