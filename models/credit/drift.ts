// Drift of recent score requests against the development sample. The development side is
// kept as a reference (quantile cuts and shares per variable, missing values as a bin of
// their own) that travels in the champion bundle, so a server can compute the PSI of the
// score and of each characteristic over the requests it served without the training data.
import { PSI_MIN_SHARE, quantileCuts } from '../metrics/index.js';
import { psiLevel } from './fairness.js';
import type { DriftRow } from './fairness.js';

/** Ten bins at development deciles, the usual PSI set-up (models/metrics DEFAULT_PSI_BINS). */
export const DRIFT_BINS = 10;
/** Fewer recent values than this give no PSI (shares of a handful of requests are noise; assumption). */
export const MIN_RECENT_VALUES = 100;

export interface DriftReference {
  readonly variable: string;
  /** Interior cut points of the non-missing values: bins are (-inf, c0], (c0, c1], ... */
  readonly cuts: readonly number[];
  /** Development share per bin, missing first: [missing, bin 0, bin 1, ...]. */
  readonly shares: readonly number[];
}

function binShares(values: ArrayLike<number>, cuts: readonly number[]): number[] {
  const counts = new Array<number>(cuts.length + 2).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) {
      counts[0]!++;
      continue;
    }
    let b = 0;
    while (b < cuts.length && v > cuts[b]!) b++;
    counts[b + 1]!++;
  }
  return counts.map((c) => c / Math.max(1, values.length));
}

export function driftReference(variable: string, development: ArrayLike<number>): DriftReference {
  const present = Float64Array.from(Array.from(development).filter((v) => !Number.isNaN(v)));
  const cuts = present.length > 0 ? quantileCuts(present, DRIFT_BINS) : [];
  return { variable, cuts, shares: binShares(development, cuts) };
}

/** PSI of `recent` against the reference; null when there are too few recent values. */
export function driftAgainst(reference: DriftReference, recent: ArrayLike<number>): DriftRow | null {
  if (recent.length < MIN_RECENT_VALUES) return null;
  const actual = binShares(recent, reference.cuts);
  let psi = 0;
  reference.shares.forEach((e, b) => {
    const ef = Math.max(e, PSI_MIN_SHARE);
    const af = Math.max(actual[b]!, PSI_MIN_SHARE);
    psi += (af - ef) * Math.log(af / ef);
  });
  return { variable: reference.variable, psi, level: psiLevel(psi) };
}
