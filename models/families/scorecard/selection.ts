// Characteristic selection for a scorecard: fit, then take out one at a time the
// characteristic with the least information value under the threshold, else the one whose
// coefficient has the wrong sign (a better attribute would cost points: collinearity or
// suppression), and refit. Reversed characteristics may instead be kept and flagged; either
// way the reason goes into the report.
import type { DataTable } from '../../data/table.js';
import type { FeatureSpec } from '../../spec/types.js';
import { trainScorecard } from './train.js';
import type { ScorecardFit, ScorecardOptions } from './train.js';

/**
 * Siddiqi, "Credit Risk Scorecards" (2006), ch. 6: information value below 0.02 is
 * "unpredictive"; 0.02-0.1 weak, 0.1-0.3 medium, above 0.3 strong.
 */
export const DEFAULT_MIN_INFORMATION_VALUE = 0.02;

export interface SelectionOptions {
  /** Characteristics under this IV are dropped (0 keeps all). */
  readonly minInformationValue?: number;
  /** A reversed coefficient: drop the characteristic (default) or keep it and flag it. */
  readonly reversedSigns?: 'drop' | 'flag';
}

export interface CharacteristicVerdict {
  readonly characteristic: string;
  readonly why: string;
}

export interface ScorecardSelection {
  readonly fit: ScorecardFit;
  readonly dropped: readonly CharacteristicVerdict[];
  /** Kept despite a reversed sign (reversedSigns: 'flag'). */
  readonly flagged: readonly CharacteristicVerdict[];
  readonly minInformationValue: number;
}

/** WoE is ln(good/bad), so a working characteristic has a negative coefficient on the log-odds of bad. */
function reversedWhy(coefficient: number): string {
  return `reversed sign (coefficient ${coefficient.toFixed(3)} on WoE: a better attribute would cost points)`;
}

export function selectScorecard(
  spec: FeatureSpec,
  table: DataTable,
  rows: ArrayLike<number>,
  options: ScorecardOptions = {},
  selection: SelectionOptions = {},
): ScorecardSelection {
  const minIv = selection.minInformationValue ?? DEFAULT_MIN_INFORMATION_VALUE;
  const flag = selection.reversedSigns === 'flag';
  let features = [...spec.features];
  const dropped: CharacteristicVerdict[] = [];
  for (;;) {
    const fit = trainScorecard({ ...spec, features }, table, rows, options);
    const cs = fit.card.characteristics;
    const weakest = cs
      .filter((c) => c.binning.informationValue < minIv)
      .sort((a, b) => a.binning.informationValue - b.binning.informationValue)[0];
    const reversed = flag ? undefined : cs.filter((c) => c.coefficient > 0).sort((a, b) => b.coefficient - a.coefficient)[0];
    const drop = weakest
      ? {
          characteristic: weakest.binning.characteristic,
          why: `information value ${weakest.binning.informationValue.toFixed(4)} < ${minIv}`,
        }
      : reversed
        ? { characteristic: reversed.binning.characteristic, why: reversedWhy(reversed.coefficient) }
        : null;
    if (!drop || features.length <= 1) {
      const flagged = cs
        .filter((c) => c.coefficient > 0)
        .map((c) => ({ characteristic: c.binning.characteristic, why: reversedWhy(c.coefficient) }));
      return { fit, dropped, flagged, minInformationValue: minIv };
    }
    dropped.push(drop);
    features = features.filter((f) => f.column !== drop.characteristic);
  }
}
