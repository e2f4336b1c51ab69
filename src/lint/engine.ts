import type { Answer, Section, Sentence } from '../answer/model.js';
import type { PhraseMatch } from '../answer/phrase-language.js';
import type { PhraseSet } from '../answer/phrase-trie.js';
import { unquoted } from '../answer/signals.js';
import { firstFailureIndex, tellsOutcome } from '../answer/sections.js';
import { messageFor, type ActiveSeverity, type Rule, type RuleFinding, type Severity } from './rule.js';
import { PHRASE_BOOK, RULES, compilePhraseBook } from './rules/index.js';
import { normaliseWord } from '../answer/phrase-language.js';
import { decide, type Decision } from './decide.js';
import { judge, shippedModel, type JudgementModel } from '../judge/judge.js';
import { parseDirectives, suppressor, type Directive } from './directives.js';
import { didYouMean } from '../util/did-you-mean.js';
import { sliceUnits } from '../util/cut.js';

/** A rule's finding as the user sees it: located, with its severity and its message in words (see RuleFinding in rule.ts). */
export interface Finding {
  ruleId: string;
  severity: ActiveSeverity;
  /** The id of the rule's declared message this finding speaks with. */
  messageId: string;
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
  /** About the answer as a whole (an omission): its position is only where the answer starts. */
  whole?: boolean;
  /** The values the rule filled into its message ("part": "Result"), for reports that read them. */
  data?: Readonly<Record<string, string | number>>;
}

export interface RuleSetting {
  severity?: Severity;
  options?: Record<string, number>;
  /** More words or phrases for the rule's word list. */
  add?: string[];
  /** Words or phrases the rule must never flag. */
  accept?: string[];
}

export interface LintSettings {
  rules?: Record<string, RuleSetting>;
}

export interface LintOptions {
  /** The compiled phrase book to match with; by default the rules' own, or one with the settings' added terms. */
  book?: PhraseSet;
  /** Honour failcoach-disable comments (default true). */
  inlineConfig?: boolean;
  /** Report disable directives that silenced nothing (default false). */
  reportUnusedDirectives?: boolean;
  /**
   * The learned judgement to decide with: by default the model that ships with the package;
   * null judges with the rules' own checks alone (for training and for comparison).
   */
  model?: JudgementModel | null;
  /** Called for each rule with its check's own findings and the judgement's decision: for --explain and training. */
  trace?: (rule: Rule, findings: readonly RuleFinding[], decision: Decision | null) => void;
}

/** Words the user added to rules' word lists, by rule id. */
function addedTerms(settings: LintSettings): Record<string, string[]> {
  const added: Record<string, string[]> = {};
  for (const [id, setting] of Object.entries(settings.rules ?? {})) if (setting.add?.length) added[id] = setting.add;
  return added;
}

/** The rules and every rule they read (RuleMeta.reads), from the registry: what a run checks. */
function withReads(rules: readonly Rule[]): readonly Rule[] {
  const ids = new Set(rules.map((rule) => rule.id));
  const read = RULES.filter((other) => !ids.has(other.id) && rules.some((rule) => rule.reads?.includes(other.id)));
  return read.length === 0 ? rules : [...rules, ...read];
}

/** The phrase book for these settings and rules (with the rules they read): the shared one unless the user added words. */
export function phraseBookFor(settings: LintSettings, rules: readonly Rule[] = RULES): PhraseSet {
  const added = addedTerms(settings);
  return rules === RULES && Object.keys(added).length === 0 ? PHRASE_BOOK : compilePhraseBook(withReads(rules), added);
}

/** Text reduced to words, for comparing a finding with accepted terms. */
function wordsOf(text: string): string {
  return ` ${normaliseWord(text)
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .trim()} `;
}

/** The active severities from mildest to most severe. */
const SEVERITIES_MILDEST_FIRST: readonly ActiveSeverity[] = ['info', 'warning', 'error'];

function milder(severity: ActiveSeverity): ActiveSeverity {
  return SEVERITIES_MILDEST_FIRST[Math.max(0, SEVERITIES_MILDEST_FIRST.indexOf(severity) - 1)]!;
}

export function resolveOptions(rule: Rule, overrides: Record<string, number> = {}): Record<string, number> {
  const options: Record<string, number> = {};
  for (const [name, spec] of Object.entries(rule.options)) options[name] = overrides[name] ?? spec.default;
  return options;
}

/** Performance caches, not state: each rule's default options and its lists' keys in the phrase book. */
const defaults = new WeakMap<Rule, Readonly<Record<string, number>>>();
const keysOfLists = new WeakMap<Rule, ReadonlyMap<string, string>>();

function defaultOptions(rule: Rule): Record<string, number> {
  let options = defaults.get(rule);
  if (!options) {
    options = Object.freeze(resolveOptions(rule));
    defaults.set(rule, options);
  }
  return options as Record<string, number>;
}

function listKeys(rule: Rule): ReadonlyMap<string, string> {
  let keys = keysOfLists.get(rule);
  if (!keys) {
    keys = new Map(Object.keys(rule.phrases ?? {}).map((list) => [list, `${rule.id}/${list}`]));
    keysOfLists.set(rule, keys);
  }
  return keys;
}

/**
 * A rule's finding as the user sees it: clamped to the text, located by line and column, with its
 * message in words; null when the user accepted the words it flags.
 */
function locate(answer: Answer, rule: Rule, finding: RuleFinding, severity: ActiveSeverity, accepted: readonly string[]): Finding | null {
  const start = Math.max(0, Math.min(finding.start, answer.source.length));
  const end = Math.max(start, Math.min(finding.end, answer.source.length));
  if (accepted.length > 0) {
    const flagged = wordsOf(answer.source.slice(start, end));
    if (accepted.some((term) => flagged.includes(term))) return null;
  }
  const from = answer.locate(start);
  const to = answer.locate(end);
  const { message, suggestion } = messageFor(rule, finding);
  return {
    ruleId: rule.id,
    severity: finding.info ? 'info' : finding.milder ? milder(severity) : severity,
    messageId: finding.messageId,
    message,
    start,
    end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    excerpt: sliceUnits(answer.source, start, end, 200),
    ...(suggestion ? { suggestions: [suggestion] } : {}),
    ...(finding.whole ? { whole: true } : {}),
    ...(finding.data ? { data: finding.data } : {}),
  };
}

/** A rule with no settings of the user's: shared, so that reading one allocates nothing. */
const UNSET: RuleSetting = Object.freeze({});
const NONE_ACCEPTED: readonly string[] = Object.freeze([]);

/** Whether the object has a key of its own: Object.keys(o).length > 0, without the array. */
function hasOwnKey(o: object): boolean {
  for (const key in o) if (Object.hasOwn(o, key)) return true;
  return false;
}

/** The rules a run checks (withReads) and each one's place among them. */
interface Roster {
  readonly byId: ReadonlyMap<string, Rule>;
  readonly place: ReadonlyMap<Rule, number>;
}

/** A performance cache, not state: the roster of each list of rules, made once per list rather than once per answer. */
const rosters = new WeakMap<readonly Rule[], Roster>();

function rosterOf(rules: readonly Rule[]): Roster {
  let roster = rosters.get(rules);
  if (!roster) {
    const all = withReads(rules);
    roster = { byId: new Map(all.map((rule) => [rule.id, rule])), place: new Map(all.map((rule, i) => [rule, i])) };
    rosters.set(rules, roster);
  }
  return roster;
}

/**
 * Runs every enabled rule over one Answer and returns its findings in reading order. The same
 * function serves `lint` and `draft`, so the two can never disagree.
 */
export function lintAnswer(
  answer: Answer,
  settings: LintSettings = {},
  rules: readonly Rule[] = RULES,
  lintOptions: LintOptions = {},
): Finding[] {
  const findings: Finding[] = [];
  const book = lintOptions.book ?? phraseBookFor(settings, rules);
  const model = lintOptions.model === undefined ? shippedModel() : lintOptions.model;
  // Each sentence is scanned once, for every rule's lists together, when a rule first asks: kept
  // by the sentence's place in the answer (a sentence from elsewhere, by the sentence itself).
  const scanned: (Map<string, PhraseMatch[]> | undefined)[] = [];
  let others: Map<Sentence, Map<string, PhraseMatch[]>> | undefined;
  const scan = (sentence: Sentence): ReadonlyMap<string, PhraseMatch[]> => {
    if (answer.sentences[sentence.index] === sentence) {
      let found = scanned[sentence.index];
      if (!found) {
        found = book.matchAllByTag(sentence.words);
        scanned[sentence.index] = found;
      }
      return found;
    }
    others ??= new Map();
    let found = others.get(sentence);
    if (!found) {
      found = book.matchAllByTag(sentence.words);
      others.set(sentence, found);
    }
    return found;
  };
  // Whether each sentence has a word inside quotation marks, asked once per sentence rather than on every list a rule finds.
  const quotes: (boolean | undefined)[] = [];
  const quotesIn = (sentence: Sentence): boolean => {
    if (answer.sentences[sentence.index] !== sentence) return sentence.words.some((w) => w.quoted);
    let quoted = quotes[sentence.index];
    if (quoted === undefined) {
      quoted = sentence.words.some((w) => w.quoted);
      quotes[sentence.index] = quoted;
    }
    return quoted;
  };
  const { byId, place } = rosterOf(rules);
  // Each rule's own check, by its place in the roster.
  const checks: (RuleFinding[] | undefined)[] = [];
  // Each rule's own check runs once per answer: when its turn comes, or earlier, when a rule that reads it asks.
  const checkOf = (rule: Rule): RuleFinding[] => {
    const at = place.get(rule)!;
    const cached = checks[at];
    if (cached) return cached;
    const own: RuleFinding[] = [];
    checks[at] = own;
    const setting = settings.rules?.[rule.id] ?? UNSET;
    const options = setting.options ? resolveOptions(rule, setting.options) : defaultOptions(rule);
    const keys = listKeys(rule);
    // The speaker's own matches (unquoted), with the sentence's quotes known: where it has none, every match is.
    const find = (sentence: Sentence, list: string): PhraseMatch[] => {
      const matches = scan(sentence).get(keys.get(list) ?? `${rule.id}/${list}`);
      return matches && !quotesIn(sentence) ? matches : unquoted(matches, sentence.words);
    };
    const checked = (id: string): readonly RuleFinding[] => {
      if (!rule.reads?.includes(id)) throw new Error(`rule ${rule.id} reads the check of ${id} without declaring it in reads`);
      const other = byId.get(id);
      return other ? checkOf(other) : [];
    };
    rule.check(answer, options, (finding) => own.push(finding), find, checked);
    return own;
  };
  for (const rule of rules) {
    const setting = settings.rules?.[rule.id] ?? UNSET;
    const severity = setting.severity ?? rule.severity;
    if (severity === 'off') continue;
    const accepted = setting.accept ? setting.accept.map((term) => wordsOf(term)) : NONE_ACCEPTED;
    const own = checkOf(rule);
    // A rule the user tuned (its options or its words) judges by those settings alone.
    const tuned = (setting.add?.length ?? 0) > 0 || (setting.options !== undefined && hasOwnKey(setting.options));
    const decision = model && !tuned ? decide(rule, answer, own, model) : null;
    lintOptions.trace?.(rule, own, decision);
    for (const finding of decision ? decision.findings : own) {
      const located = locate(answer, rule, finding, severity, accepted);
      if (located) findings.push(located);
    }
  }
  const kept =
    lintOptions.inlineConfig === false ? findings : applyDirectives(answer, findings, lintOptions.reportUnusedDirectives ?? false);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

interface DirectiveMessage {
  ruleId: string;
  severity: ActiveSeverity;
  messageId: string;
  message: string;
}

function directiveFinding(answer: Answer, directive: Directive, { ruleId, severity, messageId, message }: DirectiveMessage): Finding {
  const from = answer.locate(directive.start);
  const to = answer.locate(directive.end);
  return {
    ruleId,
    severity,
    messageId,
    message,
    start: directive.start,
    end: directive.end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    excerpt: sliceUnits(answer.source, directive.start, directive.end, 200),
  };
}

/** Drops findings silenced by inline directives; reports unknown rules in them, and unused ones if asked. */
function applyDirectives(answer: Answer, findings: Finding[], reportUnused: boolean): Finding[] {
  const directives = parseDirectives(answer);
  if (directives.length === 0) return findings;
  const used = new Set<Directive>();
  const kept = findings.filter((f) => {
    const silencer = suppressor(directives, f);
    if (silencer) used.add(silencer);
    return silencer === null;
  });
  const known = new Set(RULES.map((r) => r.id));
  for (const d of directives) {
    for (const id of d.rules) {
      if (known.has(id)) continue;
      const hint = didYouMean(id, [...known]);
      const message = `Unknown rule "${id}" in failcoach-${d.kind}${hint}; run "failcoach rules" to list them.`;
      kept.push(directiveFinding(answer, d, { ruleId: 'directive', severity: 'error', messageId: 'unknownRule', message }));
    }
    // A directive naming only unknown rules has its error above; calling it unused too would say it twice.
    const knownRules = d.rules.filter((id) => known.has(id));
    if (reportUnused && d.kind !== 'enable' && !used.has(d) && (d.rules.length === 0 || knownRules.length > 0)) {
      const named = knownRules.length > 0 ? ` for ${knownRules.join(', ')}` : '';
      const message = `This failcoach-${d.kind}${named} silences nothing; remove it.`;
      kept.push(
        directiveFinding(answer, d, { ruleId: 'unused-disable-directive', severity: 'warning', messageId: 'unusedDirective', message }),
      );
    }
  }
  return kept;
}

export interface SectionStat {
  part: string;
  heading: string | null;
  inferred: boolean;
  words: number;
  share: number;
  line: number;
  /** Words of this section's sentences that state a lesson or what changed since (for a lesson told under another heading). */
  lessonWords: number;
  /**
   * Words of this section's sentences that tell how it turned out and state no lesson, for a result
   * told in another part: an outcome or a cost in the wording from the failure on (as star-structure
   * reads the Result), or a sentence the learned judgement scores as telling the cost.
   */
  resultWords: number;
}

/** The STAR parts and the lesson, in the order the report shows them. */
export const STAT_PARTS = ['situation', 'task', 'action', 'result', 'lesson'] as const;
export type StatPart = (typeof STAT_PARTS)[number];

export interface AnswerStats {
  words: number;
  speakingSeconds: number;
  sections: SectionStat[];
  /**
   * Each part's share of the words, as the report's bars show it: a lesson or a result without a
   * section of its own takes its sentences from the sections they were told in (a failure story
   * often tells what it cost inside the action).
   */
  parts: Record<StatPart, number>;
}

/** The parts' shares from the sections: see AnswerStats.parts. */
export function partShares(words: number, sections: readonly SectionStat[]): Record<StatPart, number> {
  const shares: Record<StatPart, number> = { situation: 0, task: 0, action: 0, result: 0, lesson: 0 };
  const isPart = (part: string): part is StatPart => (STAT_PARTS as readonly string[]).includes(part);
  const lessonElsewhere = !sections.some((s) => s.part === 'lesson');
  const resultElsewhere = !sections.some((s) => s.part === 'result');
  for (const s of sections) {
    const lesson = lessonElsewhere && words > 0 ? s.lessonWords / words : 0;
    const told = resultElsewhere && words > 0 ? s.resultWords / words : 0;
    if (isPart(s.part)) shares[s.part] += s.share - lesson - told;
    shares.lesson += lesson;
    shares.result += told;
  }
  for (const part of STAT_PARTS) shares[part] = Math.max(0, Math.round(shares[part] * 1000) / 1000);
  return shares;
}

export function answerStats(answer: Answer, wordsPerMinute = 150): AnswerStats {
  const total = answer.wordCount;
  const firstFailure = firstFailureIndex(answer.sentences);
  // The learned judgement's reading of what each sentence says it cost: cached from the rules' decisions, so free here.
  const model = shippedModel();
  const stakes = model ? judge(answer, model).scores.get('stakes') : undefined;
  const tellsResult = (s: Sentence): boolean =>
    (tellsOutcome(s, firstFailure) || (stakes?.[s.index] ?? 0) >= 0.5) && !(s.signals.lesson || s.signals.prevention);
  const wordsWhere = (section: Section, test: (s: Sentence) => boolean): number =>
    answer.sentences
      .slice(section.firstSentence, section.lastSentence + 1)
      .filter(test)
      .reduce((sum, s) => sum + s.words.length, 0);
  const sections = answer.sections.map((section) => ({
    part: section.part,
    heading: section.heading,
    inferred: section.inferred,
    words: section.words,
    share: total > 0 ? Math.round((section.words / total) * 1000) / 1000 : 0,
    line: answer.locate(section.start).line,
    lessonWords: wordsWhere(section, (s) => s.signals.lesson || s.signals.prevention),
    resultWords: wordsWhere(section, tellsResult),
  }));
  return {
    words: total,
    speakingSeconds: Math.round((total / wordsPerMinute) * 60),
    sections,
    parts: partShares(total, sections),
  };
}
