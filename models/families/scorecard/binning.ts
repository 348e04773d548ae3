// Optimal binning for scorecards: fine classing at quantiles, then (where the spec gives a
// direction) pool-adjacent-violators so the bad rate is monotone, then merges until every
// bin is large enough and holds goods and bads, then merges of the adjacent pair whose
// union loses the least information value until at most MAX_BINS remain. Categorical
// levels are ordered by bad rate and go through the same merges. Missing and special
// values get bins of their own, as in Siddiqi, "Credit Risk Scorecards" (2006), ch. 6.
import type { BinKind, CharacteristicBinning, ScorecardBin } from './binning-types.js';

export interface BinningOptions {
  /** Quantile classes before merging. */
  readonly fineClasses?: number;
  /** Upper limit of range / level bins per characteristic. */
  readonly maxBins?: number;
  /** Smallest share of the learning weight a range / level bin may hold. */
  readonly minBinShare?: number;
}

/** 20 fine classes of 5% each: the usual starting point for coarse classing. */
export const DEFAULT_FINE_CLASSES = 20;
/** Scorecards rarely carry more than 6-8 attributes per characteristic; more overfits. */
export const DEFAULT_MAX_BINS = 8;
/** Each coarse bin holds at least 5% of the rows (Siddiqi's rule of thumb). */
export const DEFAULT_MIN_BIN_SHARE = 0.05;
/**
 * Missing-value policy: a missing or special-value bin with less learning weight (rows)
 * than this gets WoE 0, no evidence either way, and says so (`neutral`). Its own WoE would
 * rest on a handful of rows: the standard error of a WoE is about sqrt(1/goods + 1/bads),
 * above 0.45 for 50 rows at a 10% bad rate; an empty bin's smoothed WoE, -ln(G/B), is
 * not evidence at all. Range and level bins are merged to size instead (DEFAULT_MIN_BIN_SHARE).
 */
export const MIN_SEPARATE_BIN_ROWS = 50;

/** Added to good and bad counts before the log, so a bin without bads has a finite WoE. */
export const WOE_SMOOTHING = 0.5;

/** Counts for one candidate bin while merging. */
interface Pool {
  goods: number;
  bads: number;
  /** Range pools: [lower, upper). Level pools: the levels. */
  lower: number;
  upper: number;
  levels: string[];
}

/** Smoothed bad rate: orders bins exactly as their smoothed WoE does (in reverse). */
function badRate(p: { goods: number; bads: number }): number {
  return (p.bads + WOE_SMOOTHING) / (p.goods + p.bads + 2 * WOE_SMOOTHING);
}

function merge(a: Pool, b: Pool): Pool {
  return { goods: a.goods + b.goods, bads: a.bads + b.bads, lower: a.lower, upper: b.upper, levels: [...a.levels, ...b.levels] };
}

function woe(p: { goods: number; bads: number }, totalGoods: number, totalBads: number): number {
  return Math.log((p.goods + WOE_SMOOTHING) / (p.bads + WOE_SMOOTHING)) - Math.log(totalGoods / totalBads);
}

function ivTerm(p: { goods: number; bads: number }, totalGoods: number, totalBads: number): number {
  return (p.goods / totalGoods - p.bads / totalBads) * woe(p, totalGoods, totalBads);
}

/** Pool adjacent violators: merge neighbours until bad rates strictly follow `direction`. */
function poolAdjacentViolators(pools: Pool[], direction: 1 | -1): Pool[] {
  const stack: Pool[] = [];
  for (const p of pools) {
    stack.push(p);
    while (stack.length >= 2) {
      const last = stack[stack.length - 1] as Pool;
      const prev = stack[stack.length - 2] as Pool;
      const ordered = direction === 1 ? badRate(prev) < badRate(last) : badRate(prev) > badRate(last);
      if (ordered) break;
      stack.splice(stack.length - 2, 2, merge(prev, last));
    }
  }
  return stack;
}

/** Merge bins too small or missing a class into the neighbour with the closer bad rate. */
function mergeSmall(pools: Pool[], minWeight: number): Pool[] {
  const out = [...pools];
  for (;;) {
    if (out.length <= 1) return out;
    let worst = -1;
    let worstSize = Number.POSITIVE_INFINITY;
    out.forEach((p, i) => {
      const size = p.goods + p.bads;
      if ((size < minWeight || p.goods === 0 || p.bads === 0) && size < worstSize) {
        worst = i;
        worstSize = size;
      }
    });
    if (worst < 0) return out;
    const p = out[worst] as Pool;
    const left = out[worst - 1];
    const right = out[worst + 1];
    const useLeft =
      right === undefined || (left !== undefined && Math.abs(badRate(left) - badRate(p)) <= Math.abs(badRate(right) - badRate(p)));
    if (useLeft) out.splice(worst - 1, 2, merge(left as Pool, p));
    else out.splice(worst, 2, merge(p, right));
  }
}

/** Merge the adjacent pair losing the least IV until at most `maxBins` remain. */
function mergeToMaxBins(pools: Pool[], maxBins: number, totalGoods: number, totalBads: number): Pool[] {
  const out = [...pools];
  while (out.length > maxBins) {
    let best = 0;
    let bestLoss = Number.POSITIVE_INFINITY;
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i] as Pool;
      const b = out[i + 1] as Pool;
      const loss = ivTerm(a, totalGoods, totalBads) + ivTerm(b, totalGoods, totalBads) - ivTerm(merge(a, b), totalGoods, totalBads);
      if (loss < bestLoss) {
        bestLoss = loss;
        best = i;
      }
    }
    out.splice(best, 2, merge(out[best] as Pool, out[best + 1] as Pool));
  }
  return out;
}

function formatBound(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(4);
}

function toBin(kind: BinKind, p: Pool, totalGoods: number, totalBads: number, extra: Partial<ScorecardBin>, label: string): ScorecardBin {
  if ((kind === 'missing' || kind === 'special') && p.goods + p.bads < MIN_SEPARATE_BIN_ROWS) {
    return { kind, label, goods: p.goods, bads: p.bads, woe: 0, neutral: true, ...extra };
  }
  return { kind, label, goods: p.goods, bads: p.bads, woe: woe(p, totalGoods, totalBads), ...extra };
}

function finish(
  characteristic: string,
  type: 'numeric' | 'categorical',
  bins: ScorecardBin[],
  totalGoods: number,
  totalBads: number,
  extra: Partial<CharacteristicBinning>,
): CharacteristicBinning {
  const informationValue = bins.reduce((s, b) => s + (b.neutral ? 0 : ivTerm(b, totalGoods, totalBads)), 0);
  return { characteristic, type, bins, informationValue, ...extra };
}

function emptyPool(): Pool {
  return { goods: 0, bads: 0, lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY, levels: [] };
}

/** Learning rows of one characteristic: target 0/1 (1 = bad) and weight per row. */
export interface BinningRows {
  readonly target: Float64Array;
  readonly weight: Float64Array;
}

function add(p: Pool, rows: BinningRows, i: number): void {
  const w = rows.weight[i] as number;
  if ((rows.target[i] as number) > 0.5) p.bads += w;
  else p.goods += w;
}

function coarse(pools: Pool[], options: BinningOptions, totalGoods: number, totalBads: number, direction?: 1 | -1): Pool[] {
  const minWeight = (options.minBinShare ?? DEFAULT_MIN_BIN_SHARE) * (totalGoods + totalBads);
  let out = direction ? poolAdjacentViolators(pools, direction) : pools;
  out = mergeSmall(out, minWeight);
  return mergeToMaxBins(out, options.maxBins ?? DEFAULT_MAX_BINS, totalGoods, totalBads);
}

/** Bin a numeric characteristic (NaN is missing; `specialValues` get bins of their own). */
export function binNumeric(
  characteristic: string,
  values: Float64Array,
  rows: BinningRows,
  options: BinningOptions & {
    readonly monotone?: 1 | -1;
    readonly specialValues?: readonly number[];
    /** Bins given by hand (the spec's transform.bins): these ranges, neither cut at quantiles nor merged. */
    readonly manualBreaks?: readonly number[];
    /** Raw value of each row, where specials are matched (default: `values`, when nothing transforms them). */
    readonly rawValues?: Float64Array;
  } = {},
): CharacteristicBinning {
  const specials = [...new Set(options.specialValues ?? [])].sort((a, b) => a - b);
  const missing = emptyPool();
  const specialPools = specials.map(() => emptyPool());
  const regular: number[] = [];
  let totalGoods = 0;
  let totalBads = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const raw = options.rawValues ? (options.rawValues[i] as number) : v;
    if ((rows.target[i] as number) > 0.5) totalBads += rows.weight[i] as number;
    else totalGoods += rows.weight[i] as number;
    if (specials.includes(raw)) add(specialPools[specials.indexOf(raw)] as Pool, rows, i);
    else if (Number.isNaN(v)) add(missing, rows, i);
    else regular.push(i);
  }
  if (totalGoods === 0 || totalBads === 0) throw new Error(`scorecard: ${characteristic} needs both goods and bads in the learning rows`);
  const sorted = regular.map((i) => values[i] as number).sort((a, b) => a - b);
  const fine = options.fineClasses ?? DEFAULT_FINE_CLASSES;
  const cuts: number[] = [];
  if (options.manualBreaks) cuts.push(...options.manualBreaks.filter((b) => Number.isFinite(b)));
  else {
    for (let k = 1; k < fine; k++) {
      const q = sorted[Math.floor((k * sorted.length) / fine)];
      if (q !== undefined && q > (sorted[0] as number) && (cuts.length === 0 || q > (cuts[cuts.length - 1] as number))) cuts.push(q);
    }
  }
  const bounds = [Number.NEGATIVE_INFINITY, ...cuts, Number.POSITIVE_INFINITY];
  const pools: Pool[] = bounds.slice(0, -1).map((lower, k) => ({ goods: 0, bads: 0, lower, upper: bounds[k + 1] as number, levels: [] }));
  for (const i of regular) {
    const v = values[i] as number;
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v >= (cuts[mid] as number)) lo = mid + 1;
      else hi = mid;
    }
    add(pools[lo] as Pool, rows, i);
  }
  // Bins by hand stay as given (empty ones too: the analyst asked for them); the rest are coarse-classed.
  const ranges = options.manualBreaks
    ? pools
    : coarse(
        pools.filter((p) => p.goods + p.bads > 0),
        options,
        totalGoods,
        totalBads,
        options.monotone,
      );
  // The outer ranges stay open so an unseen extreme still finds a bin when scoring.
  const bins: ScorecardBin[] = ranges.map((p, k) => {
    const lower = k === 0 ? null : p.lower;
    const upper = k === ranges.length - 1 ? null : p.upper;
    const label = `[${lower === null ? '-inf' : formatBound(lower)}, ${upper === null ? 'inf' : formatBound(upper)})`;
    return toBin('range', p, totalGoods, totalBads, { lower, upper }, label);
  });
  bins.push(toBin('missing', missing, totalGoods, totalBads, {}, 'missing'));
  specials.forEach((s, k) => bins.push(toBin('special', specialPools[k] as Pool, totalGoods, totalBads, { special: s }, `special ${s}`)));
  return finish(characteristic, 'numeric', bins, totalGoods, totalBads, options.monotone ? { monotone: options.monotone } : {});
}

/** Bin a categorical characteristic: levels ordered by bad rate, then merged like ranges. */
export function binCategorical(
  characteristic: string,
  levelOfRow: readonly (string | null)[],
  rows: BinningRows,
  options: BinningOptions & { readonly map?: Readonly<Record<string, string>> } = {},
): CharacteristicBinning {
  const byLevel = new Map<string, Pool>();
  const missing = emptyPool();
  let totalGoods = 0;
  let totalBads = 0;
  levelOfRow.forEach((raw, i) => {
    if ((rows.target[i] as number) > 0.5) totalBads += rows.weight[i] as number;
    else totalGoods += rows.weight[i] as number;
    if (raw === null) return add(missing, rows, i);
    const level = options.map?.[raw] ?? raw;
    let p = byLevel.get(level);
    if (!p) byLevel.set(level, (p = { ...emptyPool(), levels: [level] }));
    add(p, rows, i);
  });
  if (totalGoods === 0 || totalBads === 0) throw new Error(`scorecard: ${characteristic} needs both goods and bads in the learning rows`);
  const ordered = [...byLevel.values()].sort(
    (a, b) => badRate(a) - badRate(b) || (a.levels[0] as string).localeCompare(b.levels[0] as string),
  );
  const groups = coarse(ordered, options, totalGoods, totalBads);
  const bins: ScorecardBin[] = groups.map((p) =>
    toBin('levels', p, totalGoods, totalBads, { levels: [...p.levels].sort() }, `{${[...p.levels].sort().join(', ')}}`),
  );
  bins.push(toBin('missing', missing, totalGoods, totalBads, {}, 'missing'));
  return finish(characteristic, 'categorical', bins, totalGoods, totalBads, options.map ? { map: options.map } : {});
}
