/** `npm run train -- --diagnose`: how well each rule's scores separate its labelled answers from the rest. */
import type { Outcome } from './policy.js';

function auc(pos: readonly number[], neg: readonly number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : 0;
}

export function diagnose(id: string, outcomes: readonly Outcome[], chosen: { gain: number }): void {
  const pos = outcomes
    .filter((o) => o.labelled)
    .map((o) => o.score)
    .sort((a, b) => b - a);
  const strong = outcomes
    .filter((o) => !o.labelled && o.strong)
    .map((o) => o.score)
    .sort((a, b) => b - a);
  const weak = outcomes
    .filter((o) => !o.labelled && !o.strong)
    .map((o) => o.score)
    .sort((a, b) => b - a);
  const at = (t: number): string =>
    `${pos.filter((x) => x >= t).length}/${pos.length} s${strong.filter((x) => x >= t).length} w${weak.filter((x) => x >= t).length}`;
  const posM = outcomes.filter((o) => o.labelled).map((o) => o.maxOwn);
  const negM = outcomes.filter((o) => !o.labelled).map((o) => o.maxOwn);
  const negS = outcomes.filter((o) => !o.labelled && o.strong).map((o) => o.maxOwn);
  console.error(
    `${id.padEnd(26)} max-sentence auc ${auc(posM, negM).toFixed(2)} vs strong ${auc(posM, negS).toFixed(2)}; answer auc vs strong ${auc(pos, strong).toFixed(2)}`,
  );
  console.error(
    `${id.padEnd(26)} gain ${chosen.gain.toFixed(1)}  @${strong[2]?.toFixed(2)}: ${at(strong[2] ?? 1)}  @${strong[0]?.toFixed(2)}: ${at(strong[0] ?? 1)}  auc ${auc(pos, [...strong, ...weak]).toFixed(2)}`,
  );
}
