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
import { writeFileSync } from 'node:fs';
import { parseAnswer } from '../../src/answer/parse.js';
import type { Answer } from '../../src/answer/model.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { PHRASE_BOOK, RULES } from '../../src/lint/rules/index.js';
import { checkSummary, decide } from '../../src/lint/decide.js';
import type { Report } from '../../src/lint/rule.js';
import { analyseAnswer, answerFeatures, judge as judgeWith, loadModel, STORY_LABELS, type Judgement, type JudgementModel, type RulePolicy } from '../../src/judge/judge.js';
import { FeatureIndex, packModels, savePacked, trainLogistic, type Example, type LinearModel, type PackedModels } from '../../src/judge/logistic.js';
import { fingerprint } from './fingerprint.js';
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
const INDEX = new FeatureIndex();

interface Prepared {
  entry: CorpusEntry;
  answer: Answer;
  raw: Map<string, Report[]>;
  /** Sentence labels by classifier label. */
  labels: Map<string, (0 | 1)[]>;
}

function prepare(entry: CorpusEntry, sentenceLabels: readonly string[]): Prepared {
  const answer = parseAnswer(entry.text);
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
    models[label] = trainLogistic(examples, { epochs: 8, l2: 2e-4, learningRate: 0.2, minCount: 3, prune: 0.05 }, INDEX);
  }
  return models;
}

function judgementWith(answer: Answer, models: PackedModels): Judgement {
  return judgeWith(answer, { fingerprint: '', sentence: models, answer: {}, policy: {} });
}

const summary = checkSummary;

function trainAnswerModels(data: readonly Prepared[], judgements: ReadonlyMap<Prepared, Judgement>): Record<string, LinearModel> {
  const models: Record<string, LinearModel> = {};
  for (const rule of RULES) {
    const examples: Example[] = data.map((d) => ({
      features: answerFeatures(d.answer, judgements.get(d)!, rule.id, summary(d.raw.get(rule.id) ?? []), rule.scope),
      label: d.entry.flaws.some((f) => f.rule === rule.id) ? 1 : 0,
    }));
    models[rule.id] = trainLogistic(examples, { epochs: 40, l2: 1e-3, learningRate: 0.1, positiveWeight: 1 });
  }
  return models;
}

/** Sentence models trained without the given sets, cached by the excluded sets. */
function modelCache(prepared: readonly Prepared[], sentenceLabels: readonly string[]): (excluded: readonly string[]) => PackedModels {
  const cache = new Map<string, PackedModels>();
  return (excluded) => {
    const key = [...excluded].sort().join(',');
    let models = cache.get(key);
    if (!models) {
      models = packModels(trainSentenceModels(prepared.filter((d) => !excluded.includes(d.entry.set)), sentenceLabels));
      cache.set(key, models);
    }
    return models;
  };
}

/** Answer classifiers for training sets `sets`, learned from sentence scores predicted out of fold within them. */
function answerModelsFor(prepared: readonly Prepared[], sets: readonly string[], sentenceModels: (excluded: readonly string[]) => PackedModels, alsoExcluded: readonly string[]): Record<string, LinearModel> {
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
  /** The check found wording that leaves no other reading: the rule speaks whatever the score. */
  certain: boolean;
  /** The rule's own check found something (not just a milder form). */
  checked: boolean;
  maxOwn: number;
  labelled: boolean;
  strong: boolean;
  /** Whether the reports made when speaking catch the labelled flaw, by spot threshold. */
  hits: boolean[];
}

function choosePolicy(outcomes: readonly Outcome[]): RulePolicy & { gain: number } {
  let best = { threshold: 1.01, checked: 1.01, spot: 0.6, gain: 0 };
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  for (let s = 0; s < SPOTS.length; s++) {
    // Gains of the answers whose check found nothing, and of those whose check found something, per threshold.
    const plain = THRESHOLDS.map(() => 0);
    const checked = THRESHOLDS.map(() => 0);
    for (const o of outcomes) {
      const value = o.labelled ? (o.hits[s] ? 1 : 0) : -(o.strong ? STRONG_COST : WEAK_COST);
      THRESHOLDS.forEach((t, i) => {
        if (o.score >= t || o.certain) (o.checked ? checked : plain)[i]! += value;
      });
    }
    THRESHOLDS.forEach((t, i) => {
      THRESHOLDS.forEach((c, j) => {
        if (c > t) return;
        const gain = plain[i]! + checked[j]!;
        if (gain > best.gain + 1e-9) best = { threshold: round(t), checked: round(c), spot: SPOTS[s]!, gain };
      });
    });
  }
  return best;
}

function auc(pos: readonly number[], neg: readonly number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : 0;
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
      const own = judgeWith(d.answer, fold).scores.get(rule.id);
      const maxOwn = own ? Math.max(0, ...own) : 0;
      const checked = (d.raw.get(rule.id) ?? []).some((r) => !r.milder);
      const certain = (d.raw.get(rule.id) ?? []).some((r) => r.certain);
      outcomes.push({ score, certain, checked, maxOwn, labelled: labelled !== undefined, strong: d.entry.verdict === 'strong', hits });
    }
    if (rule.learned === false) continue;
    const chosen = choosePolicy(outcomes);
    if (args.includes('--diagnose')) {
      const pos = outcomes.filter((o) => o.labelled).map((o) => o.score).sort((a, b) => b - a);
      const strong = outcomes.filter((o) => !o.labelled && o.strong).map((o) => o.score).sort((a, b) => b - a);
      const weak = outcomes.filter((o) => !o.labelled && !o.strong).map((o) => o.score).sort((a, b) => b - a);
      const at = (t: number): string => `${pos.filter((x) => x >= t).length}/${pos.length} s${strong.filter((x) => x >= t).length} w${weak.filter((x) => x >= t).length}`;
      const posM = outcomes.filter((o) => o.labelled).map((o) => o.maxOwn);
      const negM = outcomes.filter((o) => !o.labelled).map((o) => o.maxOwn);
      const negS = outcomes.filter((o) => !o.labelled && o.strong).map((o) => o.maxOwn);
      console.error(`${rule.id.padEnd(26)} max-sentence auc ${auc(posM, negM).toFixed(2)} vs strong ${auc(posM, negS).toFixed(2)}; answer auc vs strong ${auc(pos, strong).toFixed(2)}`);
      console.error(`${rule.id.padEnd(26)} gain ${chosen.gain.toFixed(1)}  @${strong[2]?.toFixed(2)}: ${at(strong[2] ?? 1)}  @${strong[0]?.toFixed(2)}: ${at(strong[0] ?? 1)}  auc ${auc(pos, [...strong, ...weak]).toFixed(2)}`);
    }
    // A rule the judgement cannot improve on keeps its own check (no policy: the rule alone).
    if (chosen.gain > 0) policy[rule.id] = { threshold: chosen.threshold, checked: chosen.checked, spot: chosen.spot };
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
  console.log('\npolicy (threshold/with check/spot):', Object.entries(policy).map(([id, p]) => `${id} ${p.threshold}/${p.checked}/${p.spot}`).join(', '));

  // The shipped model: sentence classifiers on every training set, answer classifiers on their out-of-fold scores.
  const final: JudgementModel = {
    fingerprint: fingerprint(entries),
    sentence: sentenceModels([]),
    answer: answerModelsFor(prepared, sets, sentenceModels, []),
    policy,
  };
  const saved = { ...final, sentence: savePacked(final.sentence) };
  const shipped = loadModel(saved);
  if (HOLDOUT && args.includes('--score-holdout')) {
    const held = all.filter((e) => e.set === HOLDOUT);
    const heldScore = emptyScore();
    for (const e of held) {
      const answer = parseAnswer(e.text);
      scoreEntry(heldScore, e, lintAnswer(answer, {}, RULES, { book: PHRASE_BOOK, model: shipped }));
    }
    console.log(`\n${formatScore(heldScore, `held-out set ${HOLDOUT}, scored once with the model trained on ${sets.join(',')}`)}`);
  }
  if (WRITE) {
    const file = new URL('../../src/judge/judgement-model.json', import.meta.url);
    writeFileSync(file, `${JSON.stringify(saved)}\n`);
    const t = totals(score);
    console.error(`model written: ${file.pathname} (LOSO recall ${t.caught}/${t.labelled}, clean ${t.clean}/${t.strong}); ${Date.now() - started} ms`);
  }
}

main();
