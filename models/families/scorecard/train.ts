// Fits a scorecard from a spec and a table: bin every feature (monotone where the spec
// says so), fit the logistic regression on the WoE columns, scale to points.
import { getColumn, numericValues, textValue } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import type { FeatureValue } from '../../explain/types.js';
import type { FeatureSpec } from '../../spec/types.js';
import { binCategorical, binNumeric } from './binning.js';
import type { BinningOptions } from './binning.js';
import { binWoe, scorecardValue } from './binning-types.js';
import type { CharacteristicBinning } from './binning-types.js';
import { fitLogistic, DEFAULT_L2 } from './logistic.js';
import { DEFAULT_SCALING, pointsFactor, pointsOffset, scoreApplicant } from './scorecard.js';
import type { ApplicantRow, PointsScaling, Scorecard, ScorecardCharacteristic, ScorecardResult } from './scorecard.js';

export interface ScorecardOptions {
  readonly scaling?: PointsScaling;
  readonly binning?: BinningOptions;
  /** Per characteristic, values with a meaning of their own (e.g. 999 = "not reported"). */
  readonly specialValues?: Readonly<Record<string, readonly number[]>>;
  readonly l2?: number;
  /** Thin-file rule: fewer observed characteristics than this gets no score (0: always score). */
  readonly minObservedCharacteristics?: number;
}

export interface ScorecardFit {
  readonly card: Scorecard;
  readonly newtonIterations: number;
  readonly converged: boolean;
}

/** A reader of rows' raw values for the given columns (columns resolved once, not per row). */
export function applicantReader(table: DataTable, columns: readonly string[]): (row: number) => ApplicantRow {
  const resolved = columns.map((name) => ({ name, col: getColumn(table, name) }));
  return (row) => {
    const out: Record<string, FeatureValue> = {};
    for (const { name, col } of resolved) {
      if (col.kind === 'numeric') {
        const v = col.values[row] as number;
        out[name] = Number.isNaN(v) ? null : v;
      } else out[name] = textValue(col, row);
    }
    return out;
  };
}

/** One row's raw values for the given columns (numbers stay numbers, text stays text). */
export function applicantRow(table: DataTable, row: number, columns: readonly string[]): ApplicantRow {
  return applicantReader(table, columns)(row);
}

function targetAndWeight(spec: FeatureSpec, table: DataTable, rows: ArrayLike<number>): { target: Float64Array; weight: Float64Array } {
  if (!spec.target) throw new Error(`scorecard: spec ${spec.name} names no target (0 = good, 1 = bad)`);
  const y = numericValues(table, spec.target);
  const w = spec.weight ? numericValues(table, spec.weight) : undefined;
  const target = new Float64Array(rows.length);
  const weight = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const t = y[r] as number;
    if (t !== 0 && t !== 1) throw new Error(`scorecard: target ${spec.target} must be 0 or 1, row ${r} has ${t}`);
    target[i] = t;
    weight[i] = w ? (w[r] as number) : 1;
  }
  return { target, weight };
}

/** Fit a scorecard on the rows `rows` of `table`. */
export function trainScorecard(spec: FeatureSpec, table: DataTable, rows: ArrayLike<number>, options: ScorecardOptions = {}): ScorecardFit {
  const { target, weight } = targetAndWeight(spec, table, rows);
  const binnings: CharacteristicBinning[] = spec.features.map((f) => {
    const col = getColumn(table, f.column);
    if (f.kind === 'numeric') {
      const t = f.transform;
      if (col.kind !== 'numeric' && !t?.codes)
        throw new Error(`scorecard: ${f.column} is declared numeric but holds text (give transform.codes to read it as numbers)`);
      const raw = new Float64Array(rows.length);
      const values = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i] as number;
        const v = scorecardValue(col.kind === 'numeric' ? (col.values[r] as number) : textValue(col, r), t);
        if (v.kind === 'unseen')
          throw new Error(`scorecard: ${f.column} value ${String(textValue(col, r))} has no code in transform.codes`);
        if (v.kind === 'missing' && t?.log && !Number.isNaN(col.kind === 'numeric' ? (col.values[r] as number) : Number.NaN)) {
          throw new Error(`${f.column}: log of ${String(col.kind === 'numeric' ? col.values[r] : '')} (values must be > 0 after capping)`);
        }
        raw[i] = v.kind === 'value' ? v.raw : Number.NaN;
        values[i] = v.kind === 'value' ? v.value : Number.NaN;
      }
      const specials = [...(f.special ?? []), ...(options.specialValues?.[f.column] ?? [])];
      const binning = binNumeric(
        f.column,
        values,
        { target, weight },
        {
          ...options.binning,
          rawValues: raw,
          ...(f.monotone ? { monotone: f.monotone } : {}),
          ...(specials.length > 0 ? { specialValues: specials } : {}),
          // Breaks are on the capped, logged scale, as in the design families.
          ...(t?.bins ? { manualBreaks: t.bins.breaks } : {}),
        },
      );
      return t ? { ...binning, transform: t } : binning;
    }
    const levels = Array.from(rows, (r) => textValue(col, r));
    return binCategorical(f.column, levels, { target, weight }, { ...options.binning, ...(f.map ? { map: f.map } : {}) });
  });
  const k = binnings.length;
  const x = new Float64Array(rows.length * k);
  const read = applicantReader(
    table,
    spec.features.map((f) => f.column),
  );
  for (let i = 0; i < rows.length; i++) {
    const row = read(rows[i] as number);
    binnings.forEach((b, j) => {
      x[i * k + j] = binWoe(b, row[b.characteristic] ?? null);
    });
  }
  const fit = fitLogistic(x, k, target, weight, { l2: options.l2 ?? DEFAULT_L2 });
  // Coefficients are stored as float32 in weights.bin; rounding them here means a loaded
  // bundle scores exactly as the fitted scorecard does.
  const coefficients = Float64Array.from(fit.coefficients, (c) => Math.fround(c));
  const scaling = options.scaling ?? DEFAULT_SCALING;
  const factor = pointsFactor(scaling);
  const intercept = coefficients[0] as number;
  const characteristics = binnings.map((binning, j) => buildCharacteristic(binning, coefficients[j + 1] as number, factor));
  const card: Scorecard = {
    family: 'scorecard',
    specName: spec.name,
    scaling,
    intercept,
    basePoints: pointsOffset(scaling) - factor * intercept,
    characteristics,
    minObservedCharacteristics: options.minObservedCharacteristics ?? 0,
  };
  return { card, newtonIterations: fit.iterations, converged: fit.converged };
}

/** Points of each bin for a coefficient: -factor x coefficient x WoE (bad log-odds lowers the score). */
export function buildCharacteristic(binning: CharacteristicBinning, coefficient: number, factor: number): ScorecardCharacteristic {
  const points = binning.bins.map((b) => -factor * coefficient * b.woe);
  // Every bin counts, empty and neutral ones too: a blank can never score above the maximum.
  return { binning, coefficient, points, maxPoints: Math.max(...points) };
}

/** Score the rows `rows` of `table` (all rows when omitted). */
export function scoreTable(card: Scorecard, table: DataTable, rows?: ArrayLike<number>): ScorecardResult[] {
  const names = card.characteristics.map((c) => c.binning.characteristic);
  const which = rows ?? Int32Array.from({ length: table.nRows }, (_, i) => i);
  const read = applicantReader(table, names);
  return Array.from(which, (r) => scoreApplicant(card, read(r)));
}
