/**
 * The one way to lint an answer's text: `lint`, `draft` and the tests all come through here, so
 * the same text under the same settings always gets the same findings and the same length target.
 */
import { parseAnswer } from '../answer/parse.js';
import type { PhraseSet } from '../answer/phrase-trie.js';
import { answerStats, lintAnswer, phraseBookFor, resolveOptions, type LintSettings } from './engine.js';
import { explainAnswer } from './explain.js';
import { RULES, findRule } from './rules/index.js';
import { countBySeverity, type FileResult, type LengthTarget } from './result.js';
import { shippedModel } from '../judge/judge.js';
import type { InputText } from '../io/inputs.js';

export interface LintTextOptions {
  /** Keep errors only. */
  quiet?: boolean;
  /** The phrase book for these settings, when the caller already built it. */
  book?: PhraseSet;
  /** Honour `<!-- failcoach-disable -->` comments (default true). */
  inlineConfig?: boolean;
  reportUnusedDirectives?: boolean;
  /** Attach every layer of the judgement to the result. */
  explain?: boolean;
}

/** A performance cache, not state: the length target when the settings leave the length rule's options alone. */
let defaultTarget: LengthTarget | undefined;

/** The length rule's effective options under these settings. */
export function lengthTarget(settings: LintSettings): LengthTarget {
  const overrides = settings.rules?.length?.options;
  // Each call gets its own object: a caller may change the one it is given.
  if (overrides === undefined && defaultTarget) return { ...defaultTarget };
  const rule = findRule('length')!;
  const o = resolveOptions(rule, overrides);
  const target = { min: o.min!, max: o.max!, hardMin: o.hardMin!, hardMax: o.hardMax!, wordsPerMinute: o.wordsPerMinute! };
  if (overrides === undefined) defaultTarget = { ...target };
  return target;
}

export function lintText(input: InputText, settings: LintSettings, options: LintTextOptions = {}): FileResult {
  const book = options.book ?? phraseBookFor(settings);
  const answer = parseAnswer(input.text, { markdown: input.markdown });
  const lintOptions = { book, inlineConfig: options.inlineConfig ?? true, reportUnusedDirectives: options.reportUnusedDirectives ?? false };
  const explanation = options.explain ? explainAnswer(answer, settings, { ...lintOptions, model: shippedModel() }) : undefined;
  const all = explanation ? [...explanation.findings] : lintAnswer(answer, settings, RULES, lintOptions);
  const findings = options.quiet ? all.filter((f) => f.severity === 'error') : all;
  const length = lengthTarget(settings);
  return {
    filePath: input.path,
    findings,
    stats: answerStats(answer, length.wordsPerMinute),
    ...countBySeverity(findings),
    length,
    ...(explanation ? { explanation } : {}),
  };
}
