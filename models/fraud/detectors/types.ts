// A fraud detector as data: its taxonomy code, names in Indonesian and English, thresholds
// as named configuration with their source, the signals it emits with their evidence
// strength, and the SQL that returns its hits. Every hit carries the evidence rows it
// points to and the amount at risk it estimates.
import type { FraudTypeCode } from '../../../data-samples/reference/index.js';
import type { FraudSources } from '../../../features/fraud/index.js';

export interface DetectorThreshold {
  readonly value: number;
  /** Where the number comes from (regulation, reference data, or a stated assumption). */
  readonly source: string;
}

export type ThresholdValues<K extends string> = Readonly<Record<K, number>>;

/**
 * How much a hit proves. `certain`: the record itself shows the claim should not be paid as
 * billed (service after death, one episode paid by JKK and JKN, overlapping stays of one card
 * at distant facilities, an exact or near-exact duplicate): it always becomes a case, whatever
 * the model says. `suspicious`: a statistical outlier the model weighs with everything else.
 */
export type EvidenceStrength = 'certain' | 'suspicious';

export interface DetectorSignal {
  readonly strength: EvidenceStrength;
  readonly nameEn: string;
  readonly nameId: string;
}

/**
 * Beta prior of a signal's precision (share of audited hits confirmed), by strength: what we
 * believe before any hit of the signal is audited. Each audited hit then moves it (per signal,
 * never pooled across a fraud type). Assumption: a certain signal is right 9 times in 10
 * (a prior worth 10 audits: clerical errors explain the rest); a suspicious outlier about 1 in 4
 * (worth 4 audits, so a few outcomes already override it).
 */
export const SIGNAL_PRECISION_PRIOR: Readonly<Record<EvidenceStrength, { readonly confirmed: number; readonly notFraud: number }>> =
  Object.freeze({
    certain: Object.freeze({ confirmed: 9, notFraud: 1 }),
    suspicious: Object.freeze({ confirmed: 1, notFraud: 3 }),
  });

export interface FraudDetector<K extends string = string> {
  readonly code: FraudTypeCode;
  readonly nameId: string;
  readonly nameEn: string;
  readonly thresholds: Readonly<Record<K, DetectorThreshold>>;
  /** Every signal name the SQL can emit, with its strength (a hit of an undeclared signal fails the detector test). */
  readonly signals: Readonly<Record<string, DetectorSignal>>;
  /**
   * SELECT returning one row per hit: nomor_sep, signal (short name of the rule that fired),
   * amount_at_risk (BIGINT rupiah), related_sep (VARCHAR[] evidence rows: other claims, the
   * e-PLKK case), evidence_en, evidence_id. Reads fraud_claim_base, fraud_card_pairs and
   * the fraud_ref_* / source tables (`sources`: raw_* in the batch, the request's copies on arrival).
   */
  readonly sql: (t: ThresholdValues<K>, sources: FraudSources) => string;
}

/** Column list every detector SELECT returns, in order. */
export const HIT_COLUMNS = ['nomor_sep', 'signal', 'amount_at_risk', 'related_sep', 'evidence_en', 'evidence_id'] as const;

export function defineDetector<K extends string>(d: FraudDetector<K>): FraudDetector<K> {
  const signals = Object.fromEntries(Object.entries(d.signals).map(([k, s]) => [k, Object.freeze({ ...s })]));
  return Object.freeze({ ...d, thresholds: Object.freeze({ ...d.thresholds }), signals: Object.freeze(signals) });
}

/** Threshold values of a detector, with overrides (tests, tuning) applied by name. */
export function thresholdValues<K extends string>(
  d: FraudDetector<K>,
  overrides: Readonly<Record<string, number>> = {},
): ThresholdValues<K> {
  const out = {} as Record<K, number>;
  for (const k of Object.keys(d.thresholds) as K[]) out[k] = overrides[k] ?? d.thresholds[k].value;
  return out;
}

export const certain = (nameEn: string, nameId: string): DetectorSignal => ({ strength: 'certain', nameEn, nameId });
export const suspicious = (nameEn: string, nameId: string): DetectorSignal => ({ strength: 'suspicious', nameEn, nameId });
