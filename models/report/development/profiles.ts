// Characteristic profiles for the development report: per characteristic its bins on the
// learning rows (goods, bads, bad rate, WoE, IV share, points when the model has them) and
// how many learning and test rows fall in each bin, from which the WoE charts, the binning
// table and the PSI per characteristic are drawn. A scorecard's profiles are its own bins;
// any other model's are the scorecard's optimal binning of the same columns, so the
// scorecard and the classifier are read through the same lens.
import type { DataTable } from '../../data/table.js';
import { getColumn, numericValues, textValue } from '../../data/table.js';
import { binCategorical, binNumeric } from '../../families/scorecard/binning.js';
import type { BinningOptions } from '../../families/scorecard/binning.js';
import { findBin } from '../../families/scorecard/binning-types.js';
import type { CharacteristicBinning } from '../../families/scorecard/binning-types.js';
import type { Scorecard } from '../../families/scorecard/scorecard.js';
import { applicantReader } from '../../families/scorecard/train.js';
import type { FeatureSpec } from '../../spec/types.js';

export interface ProfileBin {
  readonly label: string;
  readonly goods: number;
  readonly bads: number;
  readonly woe: number;
  /** This bin's term of the information value (0 for a neutral bin). */
  readonly iv: number;
  /** Scorecard points of the bin; null for a model without points. */
  readonly points: number | null;
  /** A missing or special bin too small to carry evidence (WoE 0). */
  readonly neutral: boolean;
}

export interface CharacteristicProfile {
  readonly characteristic: string;
  /** The binning the profile was read from (to place a raw value in its bin). */
  readonly binning: CharacteristicBinning;
  readonly informationValue: number;
  readonly bins: readonly ProfileBin[];
  /** Rows per bin, and a last count for values no bin takes (a level never seen when fitting). */
  readonly learnCounts: readonly number[];
  readonly testCounts: readonly number[];
}

function binCounts(binnings: readonly CharacteristicBinning[], table: DataTable, rows: ArrayLike<number>): number[][] {
  const read = applicantReader(
    table,
    binnings.map((b) => b.characteristic),
  );
  const counts = binnings.map((b) => new Array<number>(b.bins.length + 1).fill(0));
  for (let i = 0; i < rows.length; i++) {
    const row = read(rows[i] as number);
    binnings.forEach((b, j) => {
      const k = findBin(b, row[b.characteristic] ?? null);
      (counts[j] as number[])[k < 0 ? b.bins.length : k]! += 1;
    });
  }
  return counts;
}

function profiles(
  binnings: readonly CharacteristicBinning[],
  points: readonly (readonly number[] | null)[],
  table: DataTable,
  learn: ArrayLike<number>,
  test: ArrayLike<number>,
): CharacteristicProfile[] {
  const learnCounts = binCounts(binnings, table, learn);
  const testCounts = binCounts(binnings, table, test);
  return binnings.map((b, j) => {
    const goods = b.bins.reduce((s, x) => s + x.goods, 0);
    const bads = b.bins.reduce((s, x) => s + x.bads, 0);
    return {
      characteristic: b.characteristic,
      binning: b,
      informationValue: b.informationValue,
      bins: b.bins.map((x, k) => ({
        label: x.label,
        goods: x.goods,
        bads: x.bads,
        woe: x.woe,
        iv: x.neutral || goods === 0 || bads === 0 ? 0 : (x.goods / goods - x.bads / bads) * x.woe,
        points: points[j]?.[k] ?? null,
        neutral: x.neutral === true,
      })),
      learnCounts: learnCounts[j] as number[],
      testCounts: testCounts[j] as number[],
    };
  });
}

/** The scorecard's own characteristics, bins and points. */
export function scorecardProfiles(
  card: Scorecard,
  table: DataTable,
  learn: ArrayLike<number>,
  test: ArrayLike<number>,
): CharacteristicProfile[] {
  return profiles(
    card.characteristics.map((c) => c.binning),
    card.characteristics.map((c) => c.points),
    table,
    learn,
    test,
  );
}

/**
 * Every spec feature binned as a scorecard would bin it (raw values, monotone where the spec
 * says so), on the learning rows: the characteristic analysis of a model without bins.
 * A feature that cannot be binned (no goods or no bads) is left out.
 */
export function specProfiles(
  spec: FeatureSpec,
  table: DataTable,
  learn: ArrayLike<number>,
  test: ArrayLike<number>,
  options: BinningOptions = {},
): CharacteristicProfile[] {
  if (!spec.target) throw new Error(`spec ${spec.name} names no target`);
  const y = numericValues(table, spec.target);
  const labelled = Array.from(learn).filter((r) => y[r] === 0 || y[r] === 1);
  const target = Float64Array.from(labelled, (r) => y[r] as number);
  const weight = new Float64Array(labelled.length).fill(1);
  const binnings: CharacteristicBinning[] = [];
  for (const f of spec.features) {
    const col = getColumn(table, f.column);
    if (target.every((t) => t === 0) || target.every((t) => t === 1)) break;
    if (col.kind === 'numeric') {
      const values = Float64Array.from(labelled, (r) => col.values[r] as number);
      const monotone = f.kind === 'numeric' ? f.monotone : undefined;
      binnings.push(binNumeric(f.column, values, { target, weight }, { ...options, ...(monotone ? { monotone } : {}) }));
    } else {
      binnings.push(
        binCategorical(
          f.column,
          labelled.map((r) => textValue(col, r)),
          { target, weight },
          options,
        ),
      );
    }
  }
  return profiles(
    binnings,
    binnings.map(() => null),
    table,
    learn,
    test,
  );
}
