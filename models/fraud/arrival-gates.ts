// Which detector SQL a claim on arrival can be hit by, decided in TypeScript from the claim's own
// fields before any SQL runs. Only the claim's own hits reach its score (claim scores, model input
// and the reasons read its rows of fraud_detector_hits, no other claim's), so a branch whose hit
// row must be an inpatient stay cannot change an outpatient claim's score, and is not run for it.
// Each gate names the condition every branch it covers puts on its hit row
// (arrival-detectors.test.ts checks the current SQL; fraud-batch.test.ts checks the batch's hits).
import type { FraudTypeCode } from '../../data-samples/reference/index.js';
import { PROCEDURE_BILL_GATE_SQL, claimsProcedureBillItem } from './detectors/upcoding-procedure-bill.js';
import { ARRIVAL_SCREEN_GATES, CARD_PAIRED, bothGates } from './arrival-screens.js';
import type { ArrivalDetectorGate, GatedClaim } from './arrival-gate-types.js';

export type { ArrivalDetectorGate, ArrivalFacts, GatedClaim } from './arrival-gate-types.js';

/** e-Klaim's jenis_rawat for an inpatient stay (rawat inap; 2 = rawat jalan). */
export const INPATIENT = 1;
/** e-Klaim's jenis_rawat for an outpatient visit (rawat jalan). */
export const OUTPATIENT = 2;
/** discharge_status of a patient sent home on the doctor's approval (SCHEMA.md, claims). */
const DISCHARGED_HOME = 1;
/** The INA-CBG case type (the code's 2nd part) of a medical, non-procedural stay, as the detectors read it. */
const MEDICAL_CASE_TYPE = '4';

const inpatient = (claim: GatedClaim): boolean => claim['jenis_rawat'] === INPATIENT;
/** The INA-CBG code's parts, as claim-sql.ts splits it: CMG, case type, specific group, severity (I, II, III; 0 for outpatient groups). */
const cbgPart = (claim: GatedClaim, i: number): string | undefined => String(claim['kode_inacbg'] ?? '').split('-')[i];
const severityLevel = (claim: GatedClaim): string | undefined => cbgPart(claim, 3);
/** A medical stay (case type 4) discharged home, without intensive care or ventilation: the hit row of the two UPCODING branches below. */
const medicalStayHome = (claim: GatedClaim): boolean =>
  inpatient(claim) &&
  cbgPart(claim, 1) === MEDICAL_CASE_TYPE &&
  claim['discharge_status'] === DISCHARGED_HOME &&
  claim['icu_indikator'] === 0 &&
  claim['ventilator_hour'] === 0;
/** Lookaheads: the branch holds every one of `parts` (in any order). */
const allOf = (...parts: readonly string[]): RegExp => new RegExp(`^${parts.map((p) => `(?=[\\s\\S]*${p})`).join('')}`);
const MEDICAL_STAY_HOME_SQL = [
  String.raw`\bb\.jenis_rawat = 1\b`,
  String.raw`split_part\(b\.kode_inacbg, '-', 2\) = '4'`,
  String.raw`\bb\.discharge_status = 1\b`,
  String.raw`\bb\.icu_indikator = 0\b`,
  String.raw`\bb\.ventilator_hour = 0\b`,
];

const STAYS_ONLY: ArrivalDetectorGate = Object.freeze({
  applies: inpatient,
  branchCondition: /\bjenis_rawat = 1\b/,
  why: 'every signal is about an inpatient stay (jenis_rawat = 1 on the hit row)',
});

const VISITS_ONLY: ArrivalDetectorGate = Object.freeze({
  applies: (claim: GatedClaim) => claim['jenis_rawat'] === OUTPATIENT,
  branchCondition: /\bjenis_rawat = 2\b/,
  why: 'the signal is about an outpatient visit (jenis_rawat = 2 on the hit row)',
});

const STAY_WITH_CARD_CLAIM = bothGates(STAYS_ONLY, CARD_PAIRED);
const VISIT_WITH_CARD_CLAIM = bothGates(VISITS_ONLY, CARD_PAIRED);

const STAYS_ABOVE_SEVERITY_ONE: ArrivalDetectorGate = Object.freeze({
  applies: (claim: GatedClaim) => inpatient(claim) && (severityLevel(claim) === 'II' || severityLevel(claim) === 'III'),
  branchCondition: allOf(String.raw`\bjenis_rawat = 1\b`, String.raw`\bseverity_rank (>= 2|= 3)\b`),
  why: 'a stay coded above severity I (severity_rank >= 2 on the hit row)',
});

/**
 * Detectors a claim skips on arrival when it cannot be hit by them, whatever the context holds.
 * Each gate's condition is in every branch of the detector's SQL; arrival-detectors.test.ts checks
 * that on the current SQL and that their hits fall on such claims only, so a detector that gains a
 * branch without the condition fails that test and must leave this table (or widen its gate).
 * - PROLONGED_LOS: length of stay against the INA-CBG norm and peers; READMISSION: a stay split into
 *   readmissions within 30 days (DOMAIN.md section 3): stays only.
 * - UPCODING: severity and group against peers for stays, and a severity-III group (a level only
 *   inpatient INA-CBG groups have) without intensive care or against the provider's mix.
 * - VENTILATOR: hours of ventilation against the ventilation code and the 96-hour boundary: a claim
 *   with ventilator hours (ventilator_hour > 0 or >= 96 on the hit row).
 */
export const ARRIVAL_DETECTOR_GATES: Readonly<Partial<Record<FraudTypeCode, ArrivalDetectorGate>>> = Object.freeze({
  PROLONGED_LOS: STAYS_ONLY,
  READMISSION: STAYS_ONLY,
  UPCODING: Object.freeze({
    applies: (claim: GatedClaim) =>
      inpatient(claim) || severityLevel(claim) === 'III' || claimsProcedureBillItem(claim['procedure'], claim['special_cmg']),
    branchCondition: new RegExp(String.raw`\bjenis_rawat = 1\b|\bseverity_rank = 3\b|` + PROCEDURE_BILL_GATE_SQL.source),
    why: 'a stay, a severity-III group (severity_rank = 3 on the hit row), or a procedure with a device top-up and that top-up (upcoding-procedure-bill.ts)',
  }),
  VENTILATOR: Object.freeze({
    applies: (claim: GatedClaim) => typeof claim['ventilator_hour'] === 'number' && claim['ventilator_hour'] > 0,
    branchCondition: /\bb\.ventilator_hour (> 0|>= [1-9]\d*)\b/,
    why: 'ventilator hours against the code and the 96-hour boundary (ventilator_hour > 0 on the hit row)',
  }),
});

/**
 * UNION ALL branches the batch alone can hit: each judges a stay by the card's or the hospital's
 * claims admitted long after it, and censors a stay the extract does not yet hold that far past
 * (`(SELECT max(tgl_masuk) FROM fraud_claim_base) - days`). A claim on arrival is the newest of
 * what it is compared with: nothing published before it was admitted 180 (comorbidity follow-up)
 * or 90 days (severity step) after it, so it is never judged on arrival, and the batch judges it
 * once that time has passed. No published table carries their provider-level verdicts to arrival.
 */
const BATCH_ONLY: ArrivalDetectorGate = Object.freeze({
  applies: () => false,
  batchOnly: true,
  branchCondition: /\(SELECT max\(tgl_masuk\) FROM fraud_claim_base\) - \d+/,
  why: "censored in the batch until the claims after the stay are in (the extract's last admission less the follow-up window)",
});

/**
 * Branches of a detector a claim skips on arrival, by the signals they emit: a branch whose every
 * signal is gated here runs as its own statement, only for a claim its gate lets through (the
 * branches left run together, as one statement per detector). A branch emitting a gated and an
 * ungated signal, or a gated signal no branch emits, stops the context from opening.
 */
export const ARRIVAL_SIGNAL_GATES: Readonly<Record<string, ArrivalDetectorGate>> = Object.freeze({
  // on codes and on the request's e-PLKK cases (arrival-screens.ts)
  ...ARRIVAL_SCREEN_GATES,
  comorbidity_once_on_record: BATCH_ONLY,
  comorbidity_once_at_provider: BATCH_ONLY,
  severity_step_at_provider: BATCH_ONLY,
  // judged by the follow-up after discharge and by the provider's other severe stays: these can be
  // on arrival already (controls and P-Care visits come before a stay's claim), so only the stay's own fields gate them
  primary_contradicted_by_follow_up: Object.freeze({
    applies: medicalStayHome,
    branchCondition: allOf(...MEDICAL_STAY_HOME_SQL),
    why: 'a medical stay (case type 4) discharged home without ICU or ventilation',
  }),
  severity_three_billed_as_one_at_provider: Object.freeze({
    applies: (claim: GatedClaim) => medicalStayHome(claim) && severityLevel(claim) === 'III',
    branchCondition: allOf(...MEDICAL_STAY_HOME_SQL, String.raw`\bb\.severity_rank = 3\b`),
    why: 'a severity-III medical stay discharged home without ICU or ventilation',
  }),
  // UPCODING of a stay's severity level above I: against peers, colleagues, the provider's groups, its complications' treatment
  ...Object.fromEntries(
    [
      'severity_mix_above_peers',
      'group_severity_above_peers',
      'coder_severity_above_colleagues',
      'severity_above_peers_across_groups',
      'complication_without_its_treatment',
      'complication_without_treatment_at_provider',
      'complication_stays_cost_as_own_severity_one',
      'stays_cost_as_level_below_at_provider',
      // a second diagnosis raising the level though the primary excludes it (b.severity_rank >= 2 on the hit row)
      'severity_on_secondary_excluded_by_primary',
      // a stay raised by a comorbidity whose care the provider bills for others (its raised CTE: a stay above severity I)
      'comorbidity_without_its_care_at_provider',
    ].map((s) => [s, STAYS_ABOVE_SEVERITY_ONE]),
  ),
  severity_without_support: Object.freeze({
    applies: (claim: GatedClaim) => severityLevel(claim) === 'III',
    branchCondition: /\bseverity_rank = 3\b/,
    why: 'a severity-III group (severity_rank = 3 on the hit row)',
  }),
  ...Object.fromEntries(
    [
      // INFLATED_BILL
      'surgical_fee_without_operation',
      'chronic_drugs_without_condition',
      'provider_drug_device_pattern',
      'doctor_line_above_colleagues',
      // INFLATED_BILL in rehabilitation: a sub-acute top-up and a rehabilitation line judged on the stay (inflated-rehab.ts)
      'subacute_topup_within_acute_stay',
      'rehabilitation_without_therapy',
      // UPCODING: a dear procedure coded above the stay's indications, alone and at the provider (upcoding-indication.ts)
      'procedure_above_its_indication',
      'procedure_above_indication_at_provider',
      // CLONING: the bill templates are stays' bills
      'bill_template_reused',
      'bill_reused_across_groups',
      // CLONING: one discharge summary pasted on several patients' stays (clone-records.ts)
      'medical_record_copied_other_patients',
      // UNBUNDLING
      // REPEAT_BILLING
      // UNNECESSARY_TREATMENT
      'short_admission_outpatient_condition',
      'one_night_stays_above_casemix_peers',
      'caesareans_without_indication_above_peers',
      'diagnostic_endoscopy_admitted_for_nights',
      'mild_hyperemesis_admitted',
    ].map((s) => [s, STAYS_ONLY]),
  ),
  ...Object.fromEntries(
    [
      // PHANTOM_BILLING
      'closed_day_clinic_services_at_provider',
      'impossible_doctor_volume',
      'clinic_visit_registered_at_night',
      'doctor_at_several_facilities_same_hours',
      // UNBUNDLING
      // REPEAT_BILLING
      // SELF_REFERRAL
      'clinic_care_registered_as_emergency',
      'internal_referral_chain',
    ].map((s) => [s, VISITS_ONLY]),
  ),
  // a stay or a visit against another claim of its card (fraud_card_pairs on the hit row: arrival-screens.ts)
  ...Object.fromEntries(
    [
      // UNBUNDLING
      'episode_continues_previous',
      'stay_cut_short_and_resumed',
      // REPEAT_BILLING
      'same_episode_other_facility',
      'same_stay_billed_under_another_group',
    ].map((s) => [s, STAY_WITH_CARD_CLAIM]),
  ),
  ...Object.fromEntries(
    [
      // PHANTOM_BILLING
      'outpatient_visit_during_stay_elsewhere',
      // UNBUNDLING
      'outpatient_visit_during_inpatient',
      'outpatient_session_during_inpatient',
      'stay_service_billed_again_as_visit',
      'visit_opening_admission_same_condition',
      'visit_closed_before_admission',
      'visit_billed_beside_dialysis_session',
      // REPEAT_BILLING
      'same_visit_billed_under_another_group',
      'same_session_billed_at_same_site',
    ].map((s) => [s, VISIT_WITH_CARD_CLAIM]),
  ),
});
