// The fitted binning of one scorecard characteristic: its bins (ranges or level groups,
// plus missing and special-value bins), each with counts and weight of evidence. JSON-safe
// (open range ends are null) so it travels in the bundle manifest as fitted preprocessing.
import type { NumericTransform } from '../../spec/types.js';

export type BinKind = 'range' | 'levels' | 'missing' | 'special';

export interface ScorecardBin {
  readonly kind: BinKind;
  /** Human label, e.g. "[12, 24)", "{PPU, BPU}", "missing", "special 999". */
  readonly label: string;
  /** Range bins: lower bound (inclusive), null for -infinity. */
  readonly lower?: number | null;
  /** Range bins: upper bound (exclusive), null for +infinity. */
  readonly upper?: number | null;
  /** Level bins: the levels (after the spec's map) grouped here. */
  readonly levels?: readonly string[];
  /** Special-value bins: the value. */
  readonly special?: number;
  /** Weighted count of goods (target 0) and bads (target 1) in the learning rows. */
  readonly goods: number;
  readonly bads: number;
  /** ln(good share / bad share), smoothed: positive means lower risk than average. */
  readonly woe: number;
  /** A missing or special bin too small to carry evidence: WoE set to 0 (see MIN_SEPARATE_BIN_ROWS). */
  readonly neutral?: true;
}

export interface CharacteristicBinning {
  /** Characteristic name = source column. */
  readonly characteristic: string;
  readonly type: 'numeric' | 'categorical';
  /** Direction of risk the ranges were forced to follow (+1: bad rate rises with the value). */
  readonly monotone?: 1 | -1;
  /**
   * The spec's numeric transform (codes, missing, cap, log; bins when given by hand), applied
   * to a raw value before its range is looked up, so scoring reads values as fitting did.
   */
  readonly transform?: NumericTransform;
  /** Raw value -> level map from the spec (categorical). */
  readonly map?: Readonly<Record<string, string>>;
  /** Ranges in increasing order (or level groups in increasing bad rate), then missing, then special bins. */
  readonly bins: readonly ScorecardBin[];
  /** Information value: sum over bins of (good share - bad share) x WoE. */
  readonly informationValue: number;
}

/** Index of the bin a raw value falls in, or -1 for a level never seen when fitting. */
export function findBin(binning: CharacteristicBinning, value: number | string | null): number {
  const bins = binning.bins;
  const missingBin = (): number => bins.findIndex((b) => b.kind === 'missing');
  if (binning.type === 'numeric') {
    const v = scorecardValue(value, binning.transform);
    if (v.kind === 'missing') return missingBin();
    if (v.kind === 'unseen') return -1;
    const special = bins.findIndex((b) => b.kind === 'special' && b.special === v.raw);
    if (special >= 0) return special;
    const x = v.value;
    return bins.findIndex(
      (b) =>
        b.kind === 'range' &&
        (b.lower === null || b.lower === undefined || x >= b.lower) &&
        (b.upper === null || b.upper === undefined || x < b.upper),
    );
  }
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) return missingBin();
  const raw = String(value);
  const level = binning.map?.[raw] ?? raw;
  return bins.findIndex((b) => b.kind === 'levels' && (b.levels ?? []).includes(level));
}

/** A raw numeric value as the scorecard reads it: missing, a code never seen, or a (transformed) number. */
export type ScorecardValue =
  { readonly kind: 'missing' } | { readonly kind: 'unseen' } | { readonly kind: 'value'; readonly raw: number; readonly value: number };

/**
 * Raw value -> number the ranges are cut on: text through the spec's codes, a missing value
 * through its `missing` fill, then cap and log. A value the log cannot take (<= 0 after the
 * cap) reads as missing; fitting refuses such values, so only scoring meets them.
 */
export function scorecardValue(value: number | string | null, transform: NumericTransform | undefined): ScorecardValue {
  let raw: number;
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) {
    if (transform?.missing === undefined) return { kind: 'missing' };
    raw = transform.missing;
  } else if (typeof value === 'string' && transform?.codes) {
    const coded = transform.codes[value];
    if (coded === undefined) return { kind: 'unseen' };
    raw = coded;
  } else raw = typeof value === 'number' ? value : Number(value);
  if (Number.isNaN(raw)) return { kind: 'missing' };
  let v = raw;
  const cap = transform?.cap;
  if (cap?.lower !== undefined && v < cap.lower) v = cap.lower;
  if (cap?.upper !== undefined && v > cap.upper) v = cap.upper;
  if (transform?.log) {
    if (!(v > 0)) return { kind: 'missing' };
    v = Math.log(v);
  }
  return { kind: 'value', raw, value: v };
}

/** WoE of the bin a raw value falls in; 0 (no evidence either way) for an unseen level. */
export function binWoe(binning: CharacteristicBinning, value: number | string | null): number {
  return binning.bins[findBin(binning, value)]?.woe ?? 0;
}
