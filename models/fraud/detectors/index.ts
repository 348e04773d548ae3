// The detector registry (one typed detector per taxonomy code claims data can show), the
// signals they emit with their evidence strength, and the runner that writes every hit to
// fraud_detector_hits.
import type { FraudTypeCode } from '../../../data-samples/reference/index.js';
import { RAW_SOURCES } from '../../../features/fraud/index.js';
import type { FraudSources } from '../../../features/fraud/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { PARTICIPANT_ABUSE_DETECTOR } from './participant.js';
import { UPCODING_DETECTOR } from './claim-content.js';
import { PROLONGED_LOS_DETECTOR } from './los-detector.js';
import { SELF_REFERRAL_DETECTOR, UNNECESSARY_TREATMENT_DETECTOR, VENTILATOR_DETECTOR } from './care-pattern.js';
import { CANCELLED_SERVICE_DETECTOR } from './cancelled-service.js';
import { INFLATED_BILL_DETECTOR } from './inflated-bill.js';
import { READMISSION_DETECTOR } from './readmission.js';
import { COB_KKPAK_DETECTOR } from './coordination.js';
import { flatPackageSql, providerDistributionSql } from './distributions.js';
import { CLONING_DETECTOR } from './cloning.js';
import { ROOM_CLASS_DETECTOR } from './room-class.js';
import { PHANTOM_BILLING_DETECTOR, REPEAT_BILLING_DETECTOR } from './episodes.js';
import { UNBUNDLING_DETECTOR } from './unbundling.js';
import { HIT_COLUMNS, SIGNAL_PRECISION_PRIOR, thresholdValues } from './types.js';
import type { DetectorSignal, EvidenceStrength, FraudDetector } from './types.js';

export type { DetectorSignal, DetectorThreshold, EvidenceStrength, FraudDetector, ThresholdValues } from './types.js';
export { SIGNAL_PRECISION_PRIOR, defineDetector, thresholdValues, HIT_COLUMNS } from './types.js';
export { FLAT_PACKAGE_TABLE, PROVIDER_DISTRIBUTION_TABLE, flatPackageSql, providerDistributionSql } from './distributions.js';
export { CASEMIX_PEER_TABLE, PEER_NORMS_TABLE, PROCEDURE_PEER_TABLE, casemixPeersSql, peerNormsSql, procedurePeersSql } from './peers.js';
export { OTHER_FACILITY_PEER_TABLE, otherFacilityPeersSql } from './other-facility-peers.js';
export { OUTPATIENT_CONDITION_PREFIXES } from './patterns.js';
export { WORK_INJURY_ICD10 } from './coordination.js';

export const FRAUD_DETECTORS: readonly FraudDetector[] = Object.freeze([
  UPCODING_DETECTOR,
  CLONING_DETECTOR,
  PHANTOM_BILLING_DETECTOR,
  INFLATED_BILL_DETECTOR,
  UNBUNDLING_DETECTOR,
  REPEAT_BILLING_DETECTOR,
  PROLONGED_LOS_DETECTOR,
  ROOM_CLASS_DETECTOR,
  READMISSION_DETECTOR,
  COB_KKPAK_DETECTOR,
  PARTICIPANT_ABUSE_DETECTOR,
  SELF_REFERRAL_DETECTOR,
  CANCELLED_SERVICE_DETECTOR,
  UNNECESSARY_TREATMENT_DETECTOR,
  VENTILATOR_DETECTOR,
] as FraudDetector[]);

export const DETECTED_FRAUD_TYPES: readonly FraudTypeCode[] = Object.freeze(FRAUD_DETECTORS.map((d) => d.code));

export function detector(code: string): FraudDetector | undefined {
  return FRAUD_DETECTORS.find((d) => d.code === code);
}

/** One signal of one detector, as the precision tables and the reasons see it. */
export interface FraudSignal extends DetectorSignal {
  readonly fraudType: FraudTypeCode;
  readonly signal: string;
}

export const FRAUD_SIGNALS: readonly FraudSignal[] = Object.freeze(
  FRAUD_DETECTORS.flatMap((d) => Object.entries(d.signals).map(([signal, s]) => Object.freeze({ fraudType: d.code, signal, ...s }))),
);

export function fraudSignal(fraudType: string, signal: string): FraudSignal | undefined {
  return FRAUD_SIGNALS.find((s) => s.fraudType === fraudType && s.signal === signal);
}

/** Evidence strengths, strongest first (the order cases and reasons sort by). */
export const STRENGTH_ORDER: readonly EvidenceStrength[] = Object.freeze(['certain', 'suspicious']);

/** SQL VALUES of every declared signal: fraud_type, signal, strength, prior_confirmed, prior_not_fraud. */
export function signalValuesSql(): string {
  const rows = FRAUD_SIGNALS.map((s) => {
    const prior = SIGNAL_PRECISION_PRIOR[s.strength];
    return `(${literal(s.fraudType)}, ${literal(s.signal)}, ${literal(s.strength)}, ${prior.confirmed}::DOUBLE, ${prior.notFraud}::DOUBLE)`;
  });
  return `(VALUES ${rows.join(', ')}) AS sig(fraud_type, signal, strength, prior_confirmed, prior_not_fraud)`;
}

/** Threshold overrides per taxonomy code, by threshold name. */
export type DetectorOverrides = Readonly<Partial<Record<FraudTypeCode, Readonly<Record<string, number>>>>>;

/**
 * The provider distributions the distribution detectors read (built before them, with the thresholds of the detectors that read them;
 * UPCODING's fit of stays against the level below reads the card's primary-care record from `src`).
 */
export function distributionSql(
  overrides: DetectorOverrides = {},
  src: Pick<FraudSources, 'prbClaims' | 'fktpVisits'> = RAW_SOURCES,
): string {
  const v = thresholdValues(VENTILATOR_DETECTOR, overrides.VENTILATOR ?? {});
  const u = thresholdValues(UPCODING_DETECTOR, overrides.UPCODING ?? {});
  const a = thresholdValues(UNNECESSARY_TREATMENT_DETECTOR, overrides.UNNECESSARY_TREATMENT ?? {});
  const ib = thresholdValues(INFLATED_BILL_DETECTOR, overrides.INFLATED_BILL ?? {});
  return providerDistributionSql(
    {
      boundaryHours: v.boundaryHours,
      windowHours: v.windowHours,
      referenceWindowHours: v.referenceWindowHours,
      minBunchedClaims: v.minBunchedClaims,
      referenceScreenZ: v.referenceScreenZ,
      wholeDayShare: v.wholeDayShare,
      // ventilation_past_boundary_above_kind's counts (vent-kind.ts), published for arrival
      tightWindowHours: v.tightWindowHours,
      neonatalAgeDays: v.neonatalAgeDays,
      childAgeYears: v.childAgeYears,
      kindPriorVentilations: v.kindPriorVentilations,
      minReferenceVentilations: v.minReferenceVentilations,
      flatSpanHours: v.flatSpanHours,
      hugJumpRatio: v.hugJumpRatio,
      maxStayDays: a.maxStayDays,
      minSeverityCostStep: u.minSeverityCostStep,
      minGroupCostRatio: u.minGroupCostRatio,
      levelResourcesLogSd: u.levelResourcesLogSd,
      levelResourcesStayCap: u.levelResourcesStayCap,
      levelResourcesMinStep: u.levelResourcesMinStep,
      levelResourcesMinPeerStays: u.levelResourcesMinPeerStays,
      levelResourcesRecordDays: u.levelResourcesRecordDays,
      // INFLATED_BILL's line outliers and their repeats at the provider (inflated-line-repeat.ts), published for arrival
      supportShareRatio: ib.supportShareRatio,
      drugDeviceShareRatio: ib.drugDeviceShareRatio,
      lineRepeatMinPatients: ib.lineRepeatMinPatients,
      lineRepeatRatio: ib.lineRepeatRatio,
      lineRepeatZ: ib.lineRepeatZ,
      lineRepeatPriorPatients: ib.lineRepeatPriorPatients,
      loneSupportExcessRatio: ib.loneSupportExcessRatio,
      loneDrugExcessRatio: ib.loneDrugExcessRatio,
      // the same lines against the provider's own bills (inflated-line-step.ts)
      lineStepRatio: ib.lineStepRatio,
      lineStepMinPatients: ib.lineStepMinPatients,
      lineStepPeerFloor: ib.lineStepPeerFloor,
      componentStepRatio: ib.componentStepRatio,
      consumableStepRatio: ib.consumableStepRatio,
      deviceShareRatio: ib.deviceShareRatio,
      kitDeviceShareRatio: ib.kitDeviceShareRatio,
      kitLineShareRatio: ib.kitLineShareRatio,
    },
    src,
  );
}

/** The flat-fee packages CLONING leaves alone (built before it, with its thresholds). */
export function packagesSql(overrides: DetectorOverrides = {}): string {
  const c = thresholdValues(CLONING_DETECTOR, overrides.CLONING ?? {});
  return flatPackageSql({
    tolerance: c.maxComponentDistance,
    minPatients: c.packageMinPatients,
    minStayShare: c.packageMinStayShare,
    minOutpatientShare: c.packageMinOutpatientShare,
    standingPatients: c.standingPriceMinPatients,
    standingSpanDays: c.standingPriceMinSpanDays,
    standardisedPatients: c.standardisedPackageMinPatients,
  });
}

/**
 * One statement that (re)builds fraud_detector_hits from the claim base, the card pairs and
 * the provider distributions. Each hit carries its signal's strength; a signal a detector did
 * not declare is `suspicious` (and fails the detector test).
 */
export function detectorHitsSql(sources: FraudSources, overrides: DetectorOverrides = {}): string {
  return `CREATE OR REPLACE TABLE fraud_detector_hits AS\n${detectorHitsSelect(sources, overrides)}`;
}

/**
 * The rows of fraud_detector_hits that `detectors` (default all) give, as one SELECT: the body of
 * detectorHitsSql, and what a partition job of the fraud stage runs for its detectors. Every
 * output row depends only on its own detector's rows (the signal join is per row), so the
 * detectors' SELECTs together give the whole table.
 */
export function detectorHitsSelect(
  sources: FraudSources,
  overrides: DetectorOverrides = {},
  detectors: readonly FraudDetector[] = FRAUD_DETECTORS,
): string {
  const cols = HIT_COLUMNS.join(', ');
  const parts = detectors.map(
    (d) => `SELECT ${literal(d.code)} AS fraud_type, ${cols} FROM (${d.sql(thresholdValues(d, overrides[d.code] ?? {}), sources)})`,
  );
  return `SELECT h.fraud_type, h.nomor_sep, h.signal, coalesce(sig.strength, 'suspicious') AS strength,
  greatest(coalesce(h.amount_at_risk, 0), 0)::BIGINT AS amount_at_risk, h.related_sep, h.evidence_en, h.evidence_id
FROM (${parts.join('\nUNION ALL\n')}) h LEFT JOIN ${signalValuesSql()} USING (fraud_type, signal)`;
}

/**
 * A card's claims that detectors read further back than the member look-back: its deliveries
 * (PARTICIPANT_ABUSE: two births closer than a pregnancy allows) and its fractures and fixations
 * (COB_KKPAK: an implant removal is the work accident's unless JKN fixed a fracture since), as a
 * condition on a claims row admitted before `day`. Publication keeps these claims beyond arrival's
 * history window (publish.ts), so that arrival reads what the batch read.
 */
export function longLookbackClaimsSql(day: string): string {
  const deliveryDays = PARTICIPANT_ABUSE_DETECTOR.thresholds['minDeliveryIntervalDays']?.value ?? 165;
  const implantDays = COB_KKPAK_DETECTOR.thresholds['implantRemovalWindowDays']?.value ?? 730;
  return `((split_part(kode_inacbg, '-', 1) = 'O' AND tgl_masuk >= ${day} - ${deliveryDays})
    OR (tgl_masuk >= ${day} - ${implantDays}
      AND (regexp_matches(diagnosa, '(^|#)(S[0-9]2|T0[28]|T1[02])') OR regexp_matches(coalesce(procedure, ''), '(^|#)(78[.]5|79[.][13])'))))`;
}
