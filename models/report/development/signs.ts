// The sign check of the development report. A scorecard's coefficient on WoE must be
// negative (a better bin earns points); a network has no coefficients, so its direction per
// characteristic is read from its explanations: across explained rows, the correlation of
// a feature's contribution to the log-odds of default with the riskiness (-WoE) of the
// row's bin must be positive, or the model blames applicants for the safer attribute.
import type { Explanation } from '../../explain/types.js';
import { findBin } from '../../families/scorecard/binning-types.js';
import type { CharacteristicVerdict, ScorecardSelection } from '../../families/scorecard/selection.js';
import type { ReportTable } from '../write-report.js';
import type { CharacteristicProfile } from './profiles.js';

/** Correlation under which a network's direction is called flat rather than right or reversed (assumption). */
export const FLAT_DIRECTION = 0.1;

export function coefficientTable(selection: ScorecardSelection): ReportTable {
  const card = selection.fit.card;
  return {
    title: 'Characteristics: information value, coefficient and sign',
    columns: ['characteristic', 'IV', 'coefficient on WoE', 'sign', 'status'],
    rows: [
      ...card.characteristics.map((c) => [
        c.binning.characteristic,
        c.binning.informationValue,
        c.coefficient,
        c.coefficient < 0 ? 'as expected' : 'REVERSED',
        selection.flagged.some((f) => f.characteristic === c.binning.characteristic) ? 'kept, flagged' : 'kept',
      ]),
      ...selection.dropped.map((d) => [d.characteristic, null, null, null, `dropped: ${d.why}`]),
    ],
  };
}

function correlation(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 3) return null;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

export interface DirectionRow {
  readonly characteristic: string;
  readonly correlation: number | null;
  readonly verdict: 'as expected' | 'REVERSED' | 'flat';
}

/** Per characteristic: correlation of the contribution with -WoE of the row's bin over the explained rows. */
export function networkDirections(profiles: readonly CharacteristicProfile[], explanations: readonly Explanation[]): DirectionRow[] {
  return profiles.map((p) => {
    const risk: number[] = [];
    const contribution: number[] = [];
    for (const e of explanations) {
      const c = e.contributions.find((x) => x.feature === p.characteristic);
      if (!c) continue;
      const k = findBin(p.binning, c.value);
      if (k < 0) continue;
      risk.push(-(p.binning.bins[k]?.woe ?? 0));
      contribution.push(c.contribution);
    }
    const r = correlation(risk, contribution);
    return {
      characteristic: p.characteristic,
      correlation: r,
      verdict: r === null || Math.abs(r) < FLAT_DIRECTION ? 'flat' : r > 0 ? 'as expected' : 'REVERSED',
    };
  });
}

export function directionTable(
  profiles: readonly CharacteristicProfile[],
  explanations: readonly Explanation[],
  dropped: readonly CharacteristicVerdict[] = [],
): ReportTable {
  const directions = networkDirections(profiles, explanations);
  const meanAbs = (name: string): number =>
    explanations.reduce((s, e) => s + Math.abs(e.contributions.find((c) => c.feature === name)?.contribution ?? 0), 0) /
    Math.max(1, explanations.length);
  return {
    title: `Characteristics: information value and direction (no coefficients: the sign is the correlation of each feature's contribution with the risk of its bin, over ${explanations.length} explained test rows)`,
    columns: ['characteristic', 'IV', 'mean |contribution| (logit)', 'correlation with -WoE', 'sign', 'status'],
    rows: [
      ...profiles.map((p, j) => [
        p.characteristic,
        p.informationValue,
        meanAbs(p.characteristic),
        directions[j]?.correlation ?? null,
        directions[j]?.verdict ?? 'flat',
        'kept',
      ]),
      ...dropped.map((d) => [d.characteristic, null, null, null, null, `dropped: ${d.why}`]),
    ],
  };
}
