// Ranking and probability metrics for binary targets (fraud, credit default): AUC with
// ties, Gini, KS, Brier, log loss, precision@k and recall@k. Labels are 0/1 Float64Arrays.

/** Probabilities are clipped to [eps, 1 - eps] in log loss so a confident miss stays finite. */
export const LOG_LOSS_EPSILON = 1e-15;

function check(labels: Float64Array, scores: Float64Array): void {
  if (labels.length !== scores.length) throw new Error('labels and scores differ in length');
  for (let i = 0; i < labels.length; i++)
    if (labels[i] !== 0 && labels[i] !== 1) throw new Error(`label at row ${i} is ${labels[i]}, expected 0 or 1`);
}

/** Row order by ascending score (stable). */
function ascending(scores: Float64Array): Int32Array {
  const idx = Int32Array.from({ length: scores.length }, (_, i) => i);
  return idx.sort((a, b) => scores[a]! - scores[b]! || a - b);
}

interface TieGroup {
  readonly score: number;
  readonly pos: number;
  readonly neg: number;
}

/** Positive and negative weight per distinct score, ascending. */
function tieGroups(labels: Float64Array, scores: Float64Array, weights?: Float64Array): TieGroup[] {
  const order = ascending(scores);
  const groups: TieGroup[] = [];
  let i = 0;
  while (i < order.length) {
    const s = scores[order[i]!]!;
    let pos = 0;
    let neg = 0;
    while (i < order.length && scores[order[i]!] === s) {
      const r = order[i]!;
      const w = weights ? weights[r]! : 1;
      if (labels[r] === 1) pos += w;
      else neg += w;
      i++;
    }
    groups.push({ score: s, pos, neg });
  }
  return groups;
}

/** Area under the ROC curve; tied scores count one half (Mann-Whitney with mid-ranks). */
export function auc(labels: Float64Array, scores: Float64Array, weights?: Float64Array): number {
  check(labels, scores);
  let negBelow = 0;
  let area = 0;
  let totalPos = 0;
  for (const g of tieGroups(labels, scores, weights)) {
    area += g.pos * (negBelow + 0.5 * g.neg);
    negBelow += g.neg;
    totalPos += g.pos;
  }
  if (totalPos === 0 || negBelow === 0) throw new Error('AUC needs both positives and negatives');
  return area / (totalPos * negBelow);
}

/** Gini coefficient of a binary ranking: 2 AUC - 1. */
export function gini(labels: Float64Array, scores: Float64Array, weights?: Float64Array): number {
  return 2 * auc(labels, scores, weights) - 1;
}

/** Kolmogorov-Smirnov: the largest gap between the score distributions of positives and negatives. */
export function ksStatistic(labels: Float64Array, scores: Float64Array, weights?: Float64Array): number {
  check(labels, scores);
  const groups = tieGroups(labels, scores, weights);
  const totalPos = groups.reduce((s, g) => s + g.pos, 0);
  const totalNeg = groups.reduce((s, g) => s + g.neg, 0);
  if (totalPos === 0 || totalNeg === 0) throw new Error('KS needs both positives and negatives');
  let cumPos = 0;
  let cumNeg = 0;
  let ks = 0;
  for (const g of groups) {
    cumPos += g.pos;
    cumNeg += g.neg;
    ks = Math.max(ks, Math.abs(cumPos / totalPos - cumNeg / totalNeg));
  }
  return ks;
}

/** Mean squared error of probabilities. */
export function brierScore(labels: Float64Array, probabilities: Float64Array, weights?: Float64Array): number {
  check(labels, probabilities);
  let s = 0;
  let sw = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights ? weights[i]! : 1;
    s += w * (probabilities[i]! - labels[i]!) ** 2;
    sw += w;
  }
  return s / sw;
}

/** Mean negative log-likelihood of Bernoulli probabilities (natural log). */
export function logLoss(labels: Float64Array, probabilities: Float64Array, weights?: Float64Array): number {
  check(labels, probabilities);
  let s = 0;
  let sw = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weights ? weights[i]! : 1;
    const p = Math.min(Math.max(probabilities[i]!, LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON);
    s -= w * (labels[i] === 1 ? Math.log(p) : Math.log(1 - p));
    sw += w;
  }
  return s / sw;
}

/** Positives among the k highest scores; ties at the cut are broken by row order. */
function positivesInTopK(labels: Float64Array, scores: Float64Array, k: number): number {
  check(labels, scores);
  if (!Number.isInteger(k) || k < 1 || k > labels.length) throw new Error(`k must be an integer in 1..${labels.length}`);
  const idx = Int32Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  let hits = 0;
  for (let i = 0; i < k; i++) hits += labels[idx[i]!]!;
  return hits;
}

/** Share of positives among the k highest scores (an investigator's worklist of length k). */
export function precisionAtK(labels: Float64Array, scores: Float64Array, k: number): number {
  return positivesInTopK(labels, scores, k) / k;
}

/** Share of all positives found in the k highest scores. */
export function recallAtK(labels: Float64Array, scores: Float64Array, k: number): number {
  const total = labels.reduce((s, v) => s + v, 0);
  if (total === 0) throw new Error('recall@k needs at least one positive');
  return positivesInTopK(labels, scores, k) / total;
}
