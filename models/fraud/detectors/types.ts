// A fraud detector as data: its taxonomy code, names in Indonesian and English, thresholds
// as named configuration with their source, and the SQL that returns its hits. Every hit
// carries the evidence rows it points to and the amount at risk it estimates.
import type { FraudTypeCode } from '../../../data-samples/reference/index.js';

export interface DetectorThreshold {
  readonly value: number;
  /** Where the number comes from (regulation, reference data, or a stated assumption). */
  readonly source: string;
}

export type ThresholdValues<K extends string> = Readonly<Record<K, number>>;

export interface FraudDetector<K extends string = string> {
  readonly code: FraudTypeCode;
  readonly nameId: string;
  readonly nameEn: string;
  readonly thresholds: Readonly<Record<K, DetectorThreshold>>;
  /**
   * SELECT returning one row per hit: nomor_sep, signal (short name of the rule that fired),
   * amount_at_risk (BIGINT rupiah), related_sep (VARCHAR[] evidence rows: other claims, the
   * e-PLKK case), evidence_en, evidence_id. Reads fraud_claim_base, fraud_card_pairs and
   * the fraud_ref_* / source tables.
   */
  readonly sql: (t: ThresholdValues<K>, sources: { readonly kkpak: string }) => string;
}

/** Column list every detector SELECT returns, in order. */
export const HIT_COLUMNS = ['nomor_sep', 'signal', 'amount_at_risk', 'related_sep', 'evidence_en', 'evidence_id'] as const;

export function defineDetector<K extends string>(d: FraudDetector<K>): FraudDetector<K> {
  return Object.freeze({ ...d, thresholds: Object.freeze({ ...d.thresholds }) });
}

/** Threshold values of a detector, with overrides (tests, tuning) applied by name. */
export function thresholdValues<K extends string>(d: FraudDetector<K>, overrides: Readonly<Record<string, number>> = {}): ThresholdValues<K> {
  const out = {} as Record<K, number>;
  for (const k of Object.keys(d.thresholds) as K[]) out[k] = overrides[k] ?? d.thresholds[k].value;
  return out;
}
