// The fitted binning of one scorecard characteristic: its bins (ranges or level groups,
// plus missing and special-value bins), each with counts and weight of evidence. JSON-safe
// (open range ends are null) so it travels in the bundle manifest as fitted preprocessing.

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
}

export interface CharacteristicBinning {
  /** Characteristic name = source column. */
  readonly characteristic: string;
  readonly type: 'numeric' | 'categorical';
  /** Direction of risk the ranges were forced to follow (+1: bad rate rises with the value). */
  readonly monotone?: 1 | -1;
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
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) return bins.findIndex((b) => b.kind === 'missing');
  if (binning.type === 'numeric') {
    const v = typeof value === 'number' ? value : Number(value);
    const special = bins.findIndex((b) => b.kind === 'special' && b.special === v);
    if (special >= 0) return special;
    return bins.findIndex((b) => b.kind === 'range' && (b.lower === null || b.lower === undefined || v >= b.lower) && (b.upper === null || b.upper === undefined || v < b.upper));
  }
  const raw = String(value);
  const level = binning.map?.[raw] ?? raw;
  return bins.findIndex((b) => b.kind === 'levels' && (b.levels ?? []).includes(level));
}

/** WoE of the bin a raw value falls in; 0 (no evidence either way) for an unseen level. */
export function binWoe(binning: CharacteristicBinning, value: number | string | null): number {
  return binning.bins[findBin(binning, value)]?.woe ?? 0;
}
