// The detector registry (one typed detector per taxonomy code claims data can show) and the
// runner that writes every hit to fraud_detector_hits.
import type { FraudTypeCode } from '../../../data-samples/reference/index.js';
import { INFLATED_BILL_DETECTOR, PARTICIPANT_ABUSE_DETECTOR, PROLONGED_LOS_DETECTOR, ROOM_CLASS_DETECTOR, UPCODING_DETECTOR } from './claim-content.js';
import { CANCELLED_SERVICE_DETECTOR, SELF_REFERRAL_DETECTOR, UNNECESSARY_TREATMENT_DETECTOR, VENTILATOR_DETECTOR } from './care-pattern.js';
import { COB_KKPAK_DETECTOR } from './coordination.js';
import { CLONING_DETECTOR, PHANTOM_BILLING_DETECTOR, READMISSION_DETECTOR, REPEAT_BILLING_DETECTOR, UNBUNDLING_DETECTOR } from './episodes.js';
import { HIT_COLUMNS, thresholdValues } from './types.js';
import type { FraudDetector } from './types.js';

export type { DetectorThreshold, FraudDetector, ThresholdValues } from './types.js';
export { defineDetector, thresholdValues, HIT_COLUMNS } from './types.js';

export const FRAUD_DETECTORS: readonly FraudDetector[] = Object.freeze([
  UPCODING_DETECTOR, CLONING_DETECTOR, PHANTOM_BILLING_DETECTOR, INFLATED_BILL_DETECTOR, UNBUNDLING_DETECTOR,
  REPEAT_BILLING_DETECTOR, PROLONGED_LOS_DETECTOR, ROOM_CLASS_DETECTOR, READMISSION_DETECTOR, COB_KKPAK_DETECTOR,
  PARTICIPANT_ABUSE_DETECTOR, SELF_REFERRAL_DETECTOR, CANCELLED_SERVICE_DETECTOR, UNNECESSARY_TREATMENT_DETECTOR, VENTILATOR_DETECTOR,
] as FraudDetector[]);

export const DETECTED_FRAUD_TYPES: readonly FraudTypeCode[] = Object.freeze(FRAUD_DETECTORS.map((d) => d.code));

export function detector(code: string): FraudDetector | undefined {
  return FRAUD_DETECTORS.find((d) => d.code === code);
}

/** Threshold overrides per taxonomy code, by threshold name. */
export type DetectorOverrides = Readonly<Partial<Record<FraudTypeCode, Readonly<Record<string, number>>>>>;

/** One SQL statement that (re)builds fraud_detector_hits from the claim base and pairs. */
export function detectorHitsSql(sources: { readonly kkpak: string }, overrides: DetectorOverrides = {}): string {
  const cols = HIT_COLUMNS.join(', ');
  const parts = FRAUD_DETECTORS.map((d) =>
    `SELECT '${d.code}' AS fraud_type, ${cols} FROM (${d.sql(thresholdValues(d, overrides[d.code] ?? {}), sources)})`);
  return `CREATE OR REPLACE TABLE fraud_detector_hits AS
SELECT fraud_type, nomor_sep, signal, greatest(coalesce(amount_at_risk, 0), 0)::BIGINT AS amount_at_risk, related_sep, evidence_en, evidence_id
FROM (${parts.join('\nUNION ALL\n')})`;
}
