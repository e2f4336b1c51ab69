/**
 * The learned layer of judgement. Each sentence is analysed (tokens, clause events, features) once
 * per answer; sentence classifiers score it for the flaws that show in a phrase and for the parts
 * of the story (failure, stakes, fix, lesson, prevention); an answer-level classifier per rule
 * then weighs those scores together with what the rule's own check found. The rule reports only
 * when that answer score clears a threshold chosen by leave-one-set-out on the labelled corpus.
 */
import { readFileSync } from 'node:fs';
import type { Answer, Sentence } from '../answer/model.js';
import { analyse, type Token } from '../nlp/analyse.js';
import { clauseEvents, type ClauseEvent } from '../nlp/clauses.js';
import { sentenceFeatures } from './features.js';
import { predict, type LinearModel } from './logistic.js';

/** The story parts scored for every sentence. */
export const STORY_LABELS = ['failure', 'stakes', 'remedy', 'lesson', 'prevention'] as const;
export type StoryLabel = (typeof STORY_LABELS)[number];

export interface RulePolicy {
  /** Answer-level score at or above which the rule speaks. */
  readonly threshold: number;
  /** Sentence score at or above which a sentence is reported as the rule's evidence. */
  readonly spot: number;
}

export interface JudgementModel {
  /** sha256 of the corpus and the feature code the model was trained from. */
  readonly fingerprint: string;
  /** Sentence classifiers by label: rule ids and story parts. */
  readonly sentence: Readonly<Record<string, LinearModel>>;
  /** Answer classifiers by rule id. */
  readonly answer: Readonly<Record<string, LinearModel>>;
  readonly policy: Readonly<Record<string, RulePolicy>>;
}

export interface SentenceAnalysis {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly events: readonly ClauseEvent[];
  readonly features: readonly string[];
}

const analyses = new WeakMap<Answer, SentenceAnalysis[]>();

/** Tokens, clause events and features of every sentence, computed once per answer. */
export function analyseAnswer(answer: Answer): readonly SentenceAnalysis[] {
  const cached = analyses.get(answer);
  if (cached) return cached;
  const count = answer.sentences.length;
  const result = answer.sentences.map((sentence) => {
    const tokens = analyse(sentence.text, sentence.start);
    const events = clauseEvents(tokens);
    const section = answer.sections[sentence.section];
    const quoted = sentence.words.filter((w) => w.quoted).length;
    const features = sentenceFeatures({
      tokens,
      events,
      index: sentence.index,
      count,
      headingPart: answer.explicitSections && section ? section.part : null,
      quotedShare: sentence.words.length > 0 ? quoted / sentence.words.length : 0,
    });
    return { sentence, tokens, events, features };
  });
  analyses.set(answer, result);
  return result;
}

export interface Judgement {
  readonly sentences: readonly SentenceAnalysis[];
  /** Sentence scores by label, one per sentence. */
  readonly scores: ReadonlyMap<string, readonly number[]>;
}

const judgements = new WeakMap<Answer, WeakMap<JudgementModel, Judgement>>();

export function judge(answer: Answer, model: JudgementModel): Judgement {
  let byModel = judgements.get(answer);
  if (!byModel) judgements.set(answer, (byModel = new WeakMap<JudgementModel, Judgement>()));
  const cached = byModel.get(model);
  if (cached) return cached;
  const sentences = analyseAnswer(answer);
  const scores = new Map<string, number[]>();
  for (const [label, classifier] of Object.entries(model.sentence)) {
    scores.set(label, sentences.map((s) => predict(classifier, s.features)));
  }
  const judgement = { sentences, scores };
  byModel.set(model, judgement);
  return judgement;
}

const LEVELS = [0.2, 0.35, 0.5, 0.65, 0.8, 0.9];

function levels(name: string, value: number, into: string[]): void {
  for (const level of LEVELS) if (value >= level) into.push(`${name}>=${level}`);
}

function top(values: readonly number[]): [number, number] {
  let a = 0;
  let b = 0;
  for (const v of values) {
    if (v > a) [a, b] = [v, a];
    else if (v > b) b = v;
  }
  return [a, b];
}

/** What the rule's own check found, summarised for the answer classifier. */
export interface CheckSummary {
  readonly findings: number;
  readonly milder: number;
}

/** The answer-level features for one rule: its sentence scores, the story parts, its own check. */
export function answerFeatures(answer: Answer, judgement: Judgement, ruleId: string, check: CheckSummary): string[] {
  const features = ['bias'];
  const own = judgement.scores.get(ruleId);
  if (own) {
    const [first, second] = top(own);
    levels('max', first, features);
    levels('second', second, features);
  }
  for (const label of STORY_LABELS) {
    const scores = judgement.scores.get(label);
    if (!scores) continue;
    const [first, second] = top(scores);
    levels(`${label}`, first, features);
    levels(`${label}2`, second, features);
    // Where the best sentence for the part sits: a lesson at the start is not a closing lesson.
    const at = scores.indexOf(first);
    if (scores.length > 1) features.push(`${label}@${Math.min(2, Math.floor((3 * at) / scores.length))}`);
  }
  if (check.findings > 0) features.push('check');
  if (check.findings > 1) features.push('check>1');
  if (check.findings > 3) features.push('check>3');
  if (check.milder > 0) features.push('check:milder');
  const words = answer.wordCount;
  features.push(`words:${words < 60 ? 0 : words < 120 ? 1 : words < 200 ? 2 : words < 350 ? 3 : words < 500 ? 4 : 5}`);
  if (answer.explicitSections) features.push('headings');
  return features;
}

export function answerScore(model: JudgementModel, features: readonly string[], ruleId: string): number | null {
  const classifier = model.answer[ruleId];
  return classifier ? predict(classifier, features) : null;
}

const MODEL_FILE = new URL('./judgement-model.json', import.meta.url);
let shipped: JudgementModel | null | undefined;

/** The model that ships with the package, or null when it is missing (rules then judge alone). */
export function shippedModel(): JudgementModel | null {
  if (shipped !== undefined) return shipped;
  try {
    shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as JudgementModel;
  } catch {
    shipped = null;
  }
  return shipped;
}
