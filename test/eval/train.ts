/**
 * Trains the judgement model from the labelled corpus (../shared/corpus), reproducibly, and scores
 * it leave-one-set-out: for each set, every classifier and the answer-level weighing are learned
 * from the other sets only (nested: the answer classifiers learn from sentence scores that were
 * themselves predicted out of fold), and the set is scored with the same definitions as
 * ../shared/tools/score-corpus.mjs. Thresholds are chosen on those out-of-fold scores.
 *
 *   npm run train                 LOSO table, then writes src/judge/judgement-model.json
 *   npm run train -- --holdout c  keeps set c out of everything (scored once at the end with --score-holdout)
 *   npm run train -- --no-write   only the table
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseAnswer } from '../../src/answer/parse.js';
import type { Answer } from '../../src/answer/model.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { PHRASE_BOOK, RULES } from '../../src/lint/rules/index.js';
import { decide } from '../../src/lint/decide.js';
import type { Report, Rule } from '../../src/lint/rule.js';
import { analyseAnswer, answerFeatures, STORY_LABELS, type Judgement, type JudgementModel, type RulePolicy } from '../../src/judge/judge.js';
import { trainLogistic, predict, type Example, type LinearModel } from '../../src/judge/logistic.js';
import { emptyScore, formatScore, loadCorpus, overlaps, scoreEntry, spansOf, totals, type CorpusEntry } from './corpus.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const HOLDOUT = option('--holdout') ?? null;
const WRITE = !args.includes('--no-write');
/** Cost of a false alarm on a strong answer, and on a weak answer labelled with other flaws, against one caught flaw. */
const STRONG_COST = Number(option('--strong-cost') ?? 3);
const WEAK_COST = Number(option('--weak-cost') ?? 0.5);

/** Rules with at least this many labelled answers that carry evidence get a sentence classifier. */
const MIN_EVIDENCE = 8;

interface Prepared {
  entry: CorpusEntry;
  answer: Answer;
  raw: Map<string, Report[]>;
  /** Sentence labels by classifier label. */
  labels: Map<string, (0 | 1)[]>;
}

function prepare(entry: CorpusEntry, sentenceLabels: readonly string[]): Prepared {
  const answer = parseAnswer(entry.text, { phraseBook: PHRASE_BOOK });
  analyseAnswer(answer);
  const raw = new Map<string, Report[]>();
  lintAnswer(answer, {}, RULES, { book: PHRASE_BOOK, model: null, trace: (rule, reports) => raw.set(rule.id, [...reports]) });
  const labels = new Map<string, (0 | 1)[]>();
  for (const label of sentenceLabels) {
    const isPart = (STORY_LABELS as readonly string[]).includes(label);
    const texts = isPart ? (entry.parts[label] ?? []) : entry.flaws.filter((f) => f.rule === label).flatMap((f) => f.evidence ?? []);
    const spans = spansOf(entry.text, texts);
    labels.set(label, answer.sentences.map((s) => (overlaps(s.start, s.end, spans) ? 1 : 0)));
  }
  return { entry, answer, raw, labels };
}

function trainSentenceModels(data: readonly Prepared[], sentenceLabels: readonly string[]): Record<string, LinearModel> {
  const models: Record<string, LinearModel> = {};
  const analysed = data.map((d) => analyseAnswer(d.answer));
  for (const label of sentenceLabels) {
    const examples: Example[] = [];
    data.forEach((d, i) => {
      const ys = d.labels.get(label)!;
      analysed[i]!.forEach((s, j) => examples.push({ features: s.features, label: ys[j]! }));
    });
    models[label] = trainLogistic(examples, { epochs: 8, l2: 2e-4, learningRate: 0.2 });
  }
  return models;
}

function judgementWith(answer: Answer, models: Record<string, LinearModel>): Judgement {
  const sentences = analyseAnswer(answer);
  const scores = new Map<string, number[]>();
  for (const [label, model] of Object.entries(models)) scores.set(label, sentences.map((s) => predict(model, s.features)));
  return { sentences, scores };
}

function summary(reports: readonly Report[]): { findings: number; milder: number } {
  return { findings: reports.filter((r) => !r.milder).length, milder: reports.filter((r) => r.milder).length };
}

function trainAnswerModels(data: readonly Prepared[], judgements: ReadonlyMap<Prepared, Judgement>): Record<string, LinearModel> {
  const models: Record<string, LinearModel> = {};
  for (const rule of RULES) {
    const examples: Example[] = data.map((d) => ({
      features: answerFeatures(d.answer, judgements.get(d)!, rule.id, summary(d.raw.get(rule.id) ?? [])),
      label: d.entry.flaws.some((f) => f.rule === rule.id) ? 1 : 0,
    }));
    models[rule.id] = trainLogistic(examples, { epochs: 40, l2: 1e-3, learningRate: 0.1, positiveWeight: 1 });
  }
  return models;
}

/** Sentence models trained without the given sets, cached by the excluded sets. */
function modelCache(prepared: readonly Prepared[], sentenceLabels: readonly string[]): (excluded: readonly string[]) => Record<string, LinearModel> {
  const cache = new Map<string, Record<string, LinearModel>>();
  return (excluded) => {
    const key = [...excluded].sort().join(',');
    let models = cache.get(key);
    if (!models) {
      models = trainSentenceModels(prepared.filter((d) => !excluded.includes(d.entry.set)), sentenceLabels);
      cache.set(key, models);
    }
    return models;
  };
}

/** Answer classifiers for training sets `sets`, learned from sentence scores predicted out of fold within them. */
function answerModelsFor(prepared: readonly Prepared[], sets: readonly string[], sentenceModels: (excluded: readonly string[]) => Record<string, LinearModel>, alsoExcluded: readonly string[]): Record<string, LinearModel> {
  const judgements = new Map<Prepared, Judgement>();
  const training = prepared.filter((d) => sets.includes(d.entry.set));
  for (const set of sets) {
    const models = sentenceModels([...alsoExcluded, set]);
    for (const d of training.filter((x) => x.entry.set === set)) judgements.set(d, judgementWith(d.answer, models));
  }
  return trainAnswerModels(training, judgements);
}

const THRESHOLDS = Array.from({ length: 39 }, (_, i) => 0.05 + i * 0.025);
const SPOTS = [0.3, 0.45, 0.6, 0.75];

interface Outcome {
  score: number;
  labelled: boolean;
  strong: boolean;
  /** Whether the reports made when speaking catch the labelled flaw, by spot threshold. */
  hits: boolean[];
}

function choosePolicy(rule: Rule, outcomes: readonly Outcome[]): RulePolicy & { gain: number } {
  let best = { threshold: 1.01, spot: 0.6, gain: 0 };
  for (let s = 0; s < SPOTS.length; s++) {
    for (const threshold of THRESHOLDS) {
      let gain = 0;
      for (const o of outcomes) {
        if (o.score < threshold) continue;
        if (o.labelled) gain += o.hits[s] ? 1 : 0;
        else gain -= o.strong ? STRONG_COST : WEAK_COST;
      }
      if (gain > best.gain) best = { threshold: Math.round(threshold * 1000) / 1000, spot: SPOTS[s]!, gain };
    }
  }
  void rule;
  return best;
}

function fingerprint(entries: readonly CorpusEntry[]): string {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(`${e.set}/${e.id}\n${e.text}\n${JSON.stringify(e.flaws)}\n${JSON.stringify(e.parts)}\n`);
  for (const file of ['../../src/judge/features.ts', '../../src/nlp/clauses.ts', '../../src/judge/judge.ts', '../../src/judge/logistic.ts', './train.ts']) {
    hash.update(readFileSync(new URL(file, import.meta.url), 'utf8'));
  }
  return hash.digest('hex');
}

function main(): void {
  const started = Date.now();
  const all = loadCorpus();
  const entries = all.filter((e) => e.set !== HOLDOUT);
  const evidenceCounts = new Map<string, number>();
  for (const e of entries) for (const f of e.flaws) if (f.evidence?.length) evidenceCounts.set(f.rule, (evidenceCounts.get(f.rule) ?? 0) + 1);
  const sentenceLabels = [...RULES.map((r) => r.id).filter((id) => (evidenceCounts.get(id) ?? 0) >= MIN_EVIDENCE), ...STORY_LABELS];
  const prepared = entries.map((e) => prepare(e, sentenceLabels));
  const sets = [...new Set(entries.map((e) => e.set))].sort();
  console.error(`prepared ${prepared.length} answers from sets ${sets.join(',')}${HOLDOUT ? ` (set ${HOLDOUT} held out)` : ''} in ${Date.now() - started} ms`);
  const sentenceModels = modelCache(prepared, sentenceLabels);

  // Out-of-fold models for each set.
  const folds = new Map<string, JudgementModel>();
  for (const set of sets) {
    const others = sets.filter((s) => s !== set);
    folds.set(set, {
      fingerprint: '',
      sentence: sentenceModels([set]),
      answer: answerModelsFor(prepared, others, sentenceModels, [set]),
      policy: {},
    });
    console.error(`fold ${set} trained (${Date.now() - started} ms)`);
  }

  // Thresholds from the out-of-fold answer scores.
  const policy: Record<string, RulePolicy> = {};
  for (const rule of RULES) {
    const outcomes: Outcome[] = [];
    for (const d of prepared) {
      const fold = folds.get(d.entry.set)!;
      const labelled = d.entry.flaws.find((f) => f.rule === rule.id);
      const evidence = labelled ? spansOf(d.entry.text, labelled.evidence ?? []) : [];
      const hits = SPOTS.map((spot) => {
        const probe: JudgementModel = { ...fold, policy: { [rule.id]: { threshold: 0, spot } } };
        const decision = decide(rule, d.answer, d.raw.get(rule.id) ?? [], probe);
        if (!labelled) return false;
        const speaking = decision.reports.filter((r) => !r.milder || rule.severity === 'error');
        return evidence.length === 0 ? speaking.length > 0 : speaking.some((r) => overlaps(r.start, r.end, evidence));
      });
      const score = decide(rule, d.answer, d.raw.get(rule.id) ?? [], { ...fold, policy: { [rule.id]: { threshold: 0, spot: 1 } } }).score ?? 0;
      outcomes.push({ score, labelled: labelled !== undefined, strong: d.entry.verdict === 'strong', hits });
    }
    const chosen = choosePolicy(rule, outcomes);
    policy[rule.id] = { threshold: chosen.threshold, spot: chosen.spot };
  }

  const score = emptyScore();
  for (const d of prepared) {
    const fold = { ...folds.get(d.entry.set)!, policy };
    const findings = lintAnswer(d.answer, {}, RULES, { book: PHRASE_BOOK, model: fold });
    scoreEntry(score, d.entry, findings);
  }
  console.log(formatScore(score, `leave-one-set-out over sets ${sets.join(',')} (strong cost ${STRONG_COST}, weak cost ${WEAK_COST})`));
  if (args.includes('--misses')) {
    console.log(`\nmissed: ${score.misses.join(' ')}`);
    console.log(`false alarms: ${score.alarms.join(' ')}`);
  }
  console.log('\npolicy:', Object.entries(policy).map(([id, p]) => `${id} ${p.threshold}/${p.spot}`).join(', '));

  // The shipped model: sentence classifiers on every training set, answer classifiers on their out-of-fold scores.
  const final: JudgementModel = {
    fingerprint: fingerprint(entries),
    sentence: sentenceModels([]),
    answer: answerModelsFor(prepared, sets, sentenceModels, []),
    policy,
  };
  if (HOLDOUT && args.includes('--score-holdout')) {
    const held = all.filter((e) => e.set === HOLDOUT);
    const heldScore = emptyScore();
    for (const e of held) {
      const answer = parseAnswer(e.text, { phraseBook: PHRASE_BOOK });
      scoreEntry(heldScore, e, lintAnswer(answer, {}, RULES, { book: PHRASE_BOOK, model: final }));
    }
    console.log(`\n${formatScore(heldScore, `held-out set ${HOLDOUT}, scored once with the model trained on ${sets.join(',')}`)}`);
  }
  if (WRITE) {
    const file = new URL('../../src/judge/judgement-model.json', import.meta.url);
    writeFileSync(file, `${JSON.stringify(final)}\n`);
    const t = totals(score);
    console.error(`model written: ${file.pathname} (LOSO recall ${t.caught}/${t.labelled}, clean ${t.clean}/${t.strong}); ${Date.now() - started} ms`);
  }
}

main();
