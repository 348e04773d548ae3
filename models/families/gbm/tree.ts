// One regression tree of the boosting baseline, grown depth first on histograms of the
// gradient and hessian of the log loss (second-order, as XGBoost): a split's gain is
// GL^2/(HL+l2) + GR^2/(HR+l2) - G^2/(H+l2), a leaf's value -G/(H+l2). A numeric feature is
// cut at a bucket boundary with its missing values sent to the better side; a categorical
// one splits its levels after sorting them by G/(H+l2) (Fisher 1958, as LightGBM does).
import type { BinnedTable } from './bins.js';

export interface TreeSettings {
  readonly maxDepth: number;
  /** Fewest learning rows in a leaf. */
  readonly minLeafRows: number;
  /** L2 penalty on leaf values. */
  readonly l2: number;
  /** Smallest gain worth a split. */
  readonly minGain: number;
}

export type TreeNode =
  | { readonly leaf: true; readonly value: number }
  | { readonly leaf: false; readonly feature: number; readonly left: Uint8Array; readonly yes: TreeNode; readonly no: TreeNode };

interface Split {
  readonly feature: number;
  readonly gain: number;
  readonly left: Uint8Array;
}

function score(g: number, h: number, l2: number): number {
  return (g * g) / (h + l2);
}

/** The best split of one feature's histogram, or null when no split keeps enough rows on each side. */
function bestSplitOf(
  kind: 'numeric' | 'categorical',
  g: Float64Array,
  h: Float64Array,
  n: Float64Array,
  s: TreeSettings,
): { gain: number; left: Uint8Array } | null {
  const buckets = g.length;
  let gSum = 0;
  let hSum = 0;
  let nSum = 0;
  for (let b = 0; b < buckets; b++) {
    gSum += g[b] as number;
    hSum += h[b] as number;
    nSum += n[b] as number;
  }
  const parent = score(gSum, hSum, s.l2);
  if (kind === 'numeric') return bestNumericSplit(g, h, n, gSum, hSum, nSum, parent, s);
  // Categorical: levels sorted by G/(H+l2), then the best prefix of that order goes left.
  const order = Array.from({ length: buckets }, (_, b) => b)
    .filter((b) => (n[b] as number) > 0)
    .sort((a, b) => (g[a] as number) / ((h[a] as number) + s.l2) - (g[b] as number) / ((h[b] as number) + s.l2));
  let gl = 0;
  let hl = 0;
  let nl = 0;
  let best = { gain: s.minGain, take: 0 };
  for (let k = 0; k < order.length - 1; k++) {
    const b = order[k] as number;
    gl += g[b] as number;
    hl += h[b] as number;
    nl += n[b] as number;
    if (nl < s.minLeafRows) continue;
    if (nSum - nl < s.minLeafRows) break;
    const gain = score(gl, hl, s.l2) + score(gSum - gl, hSum - hl, s.l2) - parent;
    if (gain > best.gain) best = { gain, take: k + 1 };
  }
  if (best.take === 0) return null;
  const left = new Uint8Array(buckets);
  for (let k = 0; k < best.take; k++) left[order[k] as number] = 1;
  return { gain: best.gain, left };
}

/** Numeric: cut between value buckets, the missing bucket (the last) tried on either side. */
function bestNumericSplit(
  g: Float64Array,
  h: Float64Array,
  n: Float64Array,
  gSum: number,
  hSum: number,
  nSum: number,
  parent: number,
  s: TreeSettings,
): { gain: number; left: Uint8Array } | null {
  const missing = g.length - 1;
  let best = { gain: s.minGain, cut: -2, missingLeft: false };
  for (const missingLeft of [false, true]) {
    let gl = missingLeft ? (g[missing] as number) : 0;
    let hl = missingLeft ? (h[missing] as number) : 0;
    let nl = missingLeft ? (n[missing] as number) : 0;
    // cut = -1 with missing left: missing alone against every value.
    for (let cut = missingLeft ? -1 : 0; cut < missing - 1; cut++) {
      if (cut >= 0) {
        gl += g[cut] as number;
        hl += h[cut] as number;
        nl += n[cut] as number;
      }
      if (nl < s.minLeafRows) continue;
      if (nSum - nl < s.minLeafRows) break;
      const gain = score(gl, hl, s.l2) + score(gSum - gl, hSum - hl, s.l2) - parent;
      if (gain > best.gain) best = { gain, cut, missingLeft };
    }
  }
  if (best.cut === -2) return null;
  const left = new Uint8Array(g.length);
  for (let b = 0; b <= best.cut; b++) left[b] = 1;
  if (best.missingLeft) left[missing] = 1;
  return { gain: best.gain, left };
}

function leaf(g: number, h: number, l2: number): TreeNode {
  return { leaf: true, value: -g / (h + l2) };
}

/** Gradient, hessian and row count per bucket of every feature, in one pass over the rows. */
interface Histograms {
  readonly g: Float64Array;
  readonly h: Float64Array;
  readonly n: Float64Array;
}

function offsets(data: BinnedTable): Int32Array {
  const out = new Int32Array(data.features.length + 1);
  data.features.forEach((f, j) => (out[j + 1] = (out[j] as number) + f.buckets));
  return out;
}

function histograms(data: BinnedTable, at: Int32Array, rows: Int32Array, grad: Float64Array, hess: Float64Array): Histograms {
  const size = at[at.length - 1] as number;
  const g = new Float64Array(size);
  const h = new Float64Array(size);
  const n = new Float64Array(size);
  data.codes.forEach((codes, j) => {
    const base = at[j] as number;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as number;
      const k = base + (codes[r] as number);
      g[k] = (g[k] as number) + (grad[r] as number);
      h[k] = (h[k] as number) + (hess[r] as number);
      n[k] = (n[k] as number) + 1;
    }
  });
  return { g, h, n };
}

/** A sibling's histograms as the parent's minus the other child's (half the passes over rows). */
function subtract(parent: Histograms, child: Histograms): Histograms {
  const size = parent.g.length;
  const g = new Float64Array(size);
  const h = new Float64Array(size);
  const n = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    g[k] = (parent.g[k] as number) - (child.g[k] as number);
    h[k] = (parent.h[k] as number) - (child.h[k] as number);
    n[k] = (parent.n[k] as number) - (child.n[k] as number);
  }
  return { g, h, n };
}

function grow(
  data: BinnedTable,
  at: Int32Array,
  rows: Int32Array,
  hist: Histograms,
  grad: Float64Array,
  hess: Float64Array,
  s: TreeSettings,
  depth: number,
): TreeNode {
  const first = data.features[0] ? data.features[0].buckets : 0;
  let gSum = 0;
  let hSum = 0;
  for (let k = 0; k < first; k++) {
    gSum += hist.g[k] as number;
    hSum += hist.h[k] as number;
  }
  if (depth >= s.maxDepth || rows.length < 2 * s.minLeafRows) return leaf(gSum, hSum, s.l2);
  let best: Split | null = null;
  data.features.forEach((f, j) => {
    const from = at[j] as number;
    const to = at[j + 1] as number;
    const split = bestSplitOf(f.kind, hist.g.subarray(from, to), hist.h.subarray(from, to), hist.n.subarray(from, to), s);
    if (split && (!best || split.gain > best.gain)) best = { feature: j, gain: split.gain, left: split.left };
  });
  if (!best) return leaf(gSum, hSum, s.l2);
  const { feature, left } = best as Split;
  const codes = data.codes[feature] as Uint16Array;
  const yes: number[] = [];
  const no: number[] = [];
  for (const r of rows) (left[codes[r] as number] === 1 ? yes : no).push(r);
  const yesRows = Int32Array.from(yes);
  const noRows = Int32Array.from(no);
  const small = yesRows.length <= noRows.length ? yesRows : noRows;
  const smallHist = histograms(data, at, small, grad, hess);
  const largeHist = subtract(hist, smallHist);
  const [yesHist, noHist] = small === yesRows ? [smallHist, largeHist] : [largeHist, smallHist];
  return {
    leaf: false,
    feature,
    left,
    yes: grow(data, at, yesRows, yesHist, grad, hess, s, depth + 1),
    no: grow(data, at, noRows, noHist, grad, hess, s, depth + 1),
  };
}

/** Grow a tree on `rows` (indices into the binned table and the gradient arrays). */
export function growTree(data: BinnedTable, rows: Int32Array, grad: Float64Array, hess: Float64Array, s: TreeSettings): TreeNode {
  const at = offsets(data);
  return grow(data, at, rows, histograms(data, at, rows, grad, hess), grad, hess, s, 0);
}

/** The tree's value for one row of the binned table. */
export function treeValue(tree: TreeNode, data: BinnedTable, row: number): number {
  let node = tree;
  while (!node.leaf) node = node.left[(data.codes[node.feature] as Uint16Array)[row] as number] === 1 ? node.yes : node.no;
  return node.value;
}
