/**
 * How well the story-part sentence classifiers carry across sets: for each part (failure, stakes,
 * remedy, lesson, prevention), every answer is scored by the sentence models of the fold that never
 * saw its set. Sentence level: average precision, and precision/recall at a cut. Answer level: is
 * the part told at all (its best sentence at or above the cut), on strong answers (which tell every
 * part) and on weak ones, against the labels' `parts`.
 *
 *   npm run train -- --no-write --parts        after the LOSO table
 *   npm run train -- --parts-only              only this (sentence models alone: fast)
 */
import type { Answer } from '../../src/answer/model.js';
import { judge, STORY_LABELS, type Judgement } from '../../src/judge/judge.js';
import type { PackedModels } from '../../src/judge/logistic.js';
import type { CorpusEntry } from './corpus.js';
import { hollowPart } from '../../src/judge/story-features.js';

export interface PartItem {
  readonly entry: CorpusEntry;
  readonly answer: Answer;
  readonly labels: ReadonlyMap<string, readonly (0 | 1)[]>;
  readonly judgement: Judgement;
}

const CUT = 0.5;

/** Average precision of scores against 0/1 labels (ties broken pessimistically). */
export function averagePrecision(scored: readonly { score: number; label: 0 | 1 }[]): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score || a.label - b.label);
  const positives = sorted.filter((s) => s.label === 1).length;
  if (positives === 0) return Number.NaN;
  let hits = 0;
  let sum = 0;
  sorted.forEach((s, i) => {
    if (s.label === 1) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / positives;
}

interface Cell {
  scored: { score: number; label: 0 | 1 }[];
  /** Answer level: present and found, present and missed, absent and found, absent and not found; strong answers apart. */
  strongFound: number;
  strongPresent: number;
  weakPresentFound: number;
  weakPresent: number;
  weakAbsentSilent: number;
  weakAbsent: number;
}

const emptyCell = (): Cell => ({
  scored: [],
  strongFound: 0,
  strongPresent: 0,
  weakPresentFound: 0,
  weakPresent: 0,
  weakAbsentSilent: 0,
  weakAbsent: 0,
});

function addItem(cell: Cell, item: PartItem, label: string): void {
  const ys = item.labels.get(label) ?? [];
  const scores = item.judgement.scores.get(label) ?? [];
  ys.forEach((y, i) => {
    cell.scored.push({ score: scores[i] ?? 0, label: y });
  });
  const present = ys.some((y) => y === 1);
  const found = scores.some((v) => v >= CUT);
  if (item.entry.verdict === 'strong') {
    if (present) {
      cell.strongPresent++;
      if (found) cell.strongFound++;
    }
  } else if (present) {
    cell.weakPresent++;
    if (found) cell.weakPresentFound++;
  } else {
    cell.weakAbsent++;
    if (!found) cell.weakAbsentSilent++;
  }
}

const ratio = (a: number, b: number): string => (b ? `${a}/${b}` : '—');

function precisionRecall(scored: Cell['scored']): string {
  const flagged = scored.filter((s) => s.score >= CUT);
  const tp = flagged.filter((s) => s.label === 1).length;
  const pos = scored.filter((s) => s.label === 1).length;
  const p = flagged.length ? tp / flagged.length : 0;
  const r = pos ? tp / pos : 0;
  return `P ${p.toFixed(2)} R ${r.toFixed(2)}`;
}

/** The report: per part, overall sentence and answer figures, then average precision per set. */
export function partsReport(items: readonly PartItem[]): string {
  const sets = [...new Set(items.map((i) => i.entry.set))].sort();
  const lines = [
    `story parts, leave-one-set-out (cut ${CUT}): sentence AP, P/R at the cut; answer "told": strong found, weak present found, weak absent silent`,
  ];
  for (const label of STORY_LABELS) {
    const all = emptyCell();
    const bySet = new Map(sets.map((s) => [s, emptyCell()]));
    for (const item of items) {
      addItem(all, item, label);
      addItem(bySet.get(item.entry.set)!, item, label);
    }
    const perSet = sets.map((s) => `${s} ${averagePrecision(bySet.get(s)!.scored).toFixed(2)}`).join(' ');
    lines.push(
      `  ${label.padEnd(10)} AP ${averagePrecision(all.scored).toFixed(2)}  ${precisionRecall(all.scored)}  strong ${ratio(all.strongFound, all.strongPresent)}  weak+ ${ratio(all.weakPresentFound, all.weakPresent)}  weak- ${ratio(all.weakAbsentSilent, all.weakAbsent)}`,
      `  ${''.padEnd(10)} AP by set: ${perSet}`,
    );
  }
  return lines.join('\n');
}

/** The report for answers scored by the sentence models trained without their own set. */
export function printPartsReport(
  prepared: readonly Omit<PartItem, 'judgement'>[],
  sentenceModels: (excluded: readonly string[]) => PackedModels,
): void {
  const items = prepared.map((d) => {
    const model = { fingerprint: '', sentence: sentenceModels([d.entry.set]), answer: {}, policy: {} };
    return { ...d, judgement: judge(d.answer, model) };
  });
  console.log(partsReport(items));
  const dump = (process.env.PARTS_DUMP ?? '').split(',');
  for (const item of items.filter((x) => dump.includes(x.entry.id) && DEV_SETS.has(x.entry.set))) {
    console.log(`== ${item.entry.id} ${item.entry.verdict} ${item.entry.flaws.map((f) => f.rule).join(' ')}`);
    item.answer.sentences.forEach((s, i) => {
      const cells = STORY_LABELS.map(
        (l) =>
          `${l.slice(0, 4)} ${(item.judgement.scores.get(l)?.[i] ?? 0).toFixed(2)}${hollowPart(l, item.judgement.sentences[i]!.features) ? '*' : ' '}`,
      );
      console.log(`  ${cells.join(' ')} | ${s.text.replace(/\s+/g, ' ').slice(0, 110)}`);
    });
  }
  const part = process.argv[process.argv.indexOf('--parts-misses') + 1];
  if (process.argv.includes('--parts-misses') && part) console.log(partMisses(items, part));
}

/** Development sets only: the sentences a part's classifier gets most wrong, to read while developing. */
const DEV_SETS = new Set(['a', 'b', 'e', 'g', 'h']);

function partMisses(items: readonly PartItem[], label: string): string {
  const rows: { score: number; y: number; text: string }[] = [];
  for (const item of items) {
    if (!DEV_SETS.has(item.entry.set)) continue;
    const ys = item.labels.get(label) ?? [];
    const scores = item.judgement.scores.get(label) ?? [];
    item.answer.sentences.forEach((s, i) => {
      const score = scores[i] ?? 0;
      if ((ys[i] === 1 && score < CUT) || (ys[i] === 0 && score >= CUT))
        rows.push({ score, y: ys[i]!, text: `${item.entry.id} ${item.entry.verdict} ${s.text.replace(/\s+/g, ' ').slice(0, 160)}` });
    });
  }
  return rows
    .sort((a, b) => a.y - b.y || Math.abs(b.score - CUT) - Math.abs(a.score - CUT))
    .map((r) => `${r.y ? 'missed' : 'false '} ${r.score.toFixed(2)} ${r.text}`)
    .join('\n');
}
