// Arrival gates on codes and on what the request loaded beside the claim (arr_kkpak's rows), for the
// detectors that run on most claims (measured on the 20k-member publication, CPU per claim under load
// 10-12: CANCELLED_SERVICE 45 ms and COB_KKPAK 36 ms on every claim, one outpatient hit in 26,344 and
// none but the injury signal). Like arrival-gates.ts, each gate names a condition every hit row of the
// branches it covers must satisfy, and arrival-detectors.test.ts checks the current SQL still carries it.
import { WORK_INJURY_ICD10 } from './detectors/coordination.js';
import { ONCE_ONLY_ORGANS } from './detectors/cancelled-history.js';
import { ADVANCED_IMAGING_ICD9 } from './detectors/care-norms.js';
import { TONSILLECTOMY_ICD9 } from './detectors/unnecessary-tonsillectomy.js';
import { CAESAREAN_ICD9CM, OBSTETRIC_CASE_TYPE } from './detectors/operation-records.js';
import { CANCELLED_SERVICE_DETECTOR } from './detectors/cancelled-service.js';
import { codes } from './arrival-gate-types.js';
import type { ArrivalDetectorGate, ArrivalFacts, GatedClaim } from './arrival-gate-types.js';

/** The request table of the e-PLKK cases of the request's members and of the claim's SEP (arrival-request-sql.ts). */
const KKPAK_TABLE = 'arr_kkpak';
/** e-Klaim's jenis_rawat of an inpatient stay (arrival-gates.ts's INPATIENT; not imported: that file imports this one). */
const INPATIENT_STAY = 1;
/** INA-CBG case types whose groups promise an operation: 1 inpatient procedure, 2 outpatient major procedure (claim-sql.ts's split of the code). */
const PROCEDURAL_CASE_TYPES: ReadonlySet<string> = new Set(['1', '2']);

const caseType = (claim: GatedClaim): string | undefined => String(claim['kode_inacbg'] ?? '').split('-')[1];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Lookaheads: the text holds every one of `parts` (in any order). */
const allOf = (parts: readonly string[]): RegExp => new RegExp(`^${parts.map((p) => `(?=[\\s\\S]*${p})`).join('')}`);

const workInjury = new RegExp(WORK_INJURY_ICD10);

/** Signals whose hit row is joined (inner) to an e-PLKK case of the member or the SEP: none when the request loaded no case. */
const KKPAK_CASE_LOADED: ArrivalDetectorGate = Object.freeze({
  applies: (_claim: GatedClaim, facts?: ArrivalFacts) => facts === undefined || facts.rows(KKPAK_TABLE) > 0,
  branchCondition: /(?<!LEFT )\bJOIN arr_kkpak k ON\b|\bFROM arr_kkpak k JOIN\b/,
  why: 'the hit row is joined to an e-PLKK case (arr_kkpak) of its member or SEP, so the request must have loaded one',
});

/** COB_KKPAK's injury of a wage earner without a report: the claim's first diagnosis is a work-type injury. */
const WORK_INJURY_PRIMARY: ArrivalDetectorGate = Object.freeze({
  applies: (claim: GatedClaim) => workInjury.test(codes(claim['diagnosa'])[0] ?? ''),
  branchCondition: new RegExp(escape(`regexp_matches(b.dx_primary, '${WORK_INJURY_ICD10}')`)),
  why: 'a work-type injury coded first (dx_primary matching WORK_INJURY_ICD10 on the hit row)',
});

/** CANCELLED_SERVICE on the operation's own record: a procedural group, or a caesarean under an obstetric one (operation-records.ts procedureCbgSql; the condition sits in the CTE `s` the branches read, or in the branch). */
const PROCEDURAL_GROUP: ArrivalDetectorGate = Object.freeze({
  applies: (claim: GatedClaim) =>
    PROCEDURAL_CASE_TYPES.has(caseType(claim) ?? '') ||
    (caseType(claim) === OBSTETRIC_CASE_TYPE && codes(claim['procedure']).some((px) => CAESAREAN_ICD9CM.test(px))),
  branchCondition: /split_part\((?:b\.)?kode_inacbg, '-', 2\) IN \('1', '2'\)/,
  why: 'an INA-CBG group of case type 1 or 2, or a caesarean (74.x) under case type 6 (procedureCbgSql on the hit row)',
  inCtes: true,
});

/** ICD-9-CM chapters that are operations, as CANCELLED_SERVICE reads them (01-86). */
const MAX_SURGICAL_CHAPTER = CANCELLED_SERVICE_DETECTOR.thresholds.maxSurgicalChapter.value;

/**
 * CANCELLED_SERVICE by the hospital's own bills of an operation (cancelled-own-practice.ts): the hit row is a stay
 * of a group that promises no operation, coding one, with no surgical fee and no operation time. The tariff
 * components are required on arrival (billed_cost is their sum), so a zero fee is the claim's own.
 */
const OPERATION_UNBILLED_OFF_PROCEDURAL_GROUP: ArrivalDetectorGate = Object.freeze({
  applies: (claim: GatedClaim) =>
    claim['jenis_rawat'] === INPATIENT_STAY &&
    !PROCEDURAL_GROUP.applies(claim) &&
    claim['tarif_prosedur_bedah'] === 0 &&
    (claim['waktu_operasi'] ?? null) === null &&
    codes(claim['procedure']).some((px) => Number.parseInt(px.split('.')[0] ?? '', 10) <= MAX_SURGICAL_CHAPTER),
  branchCondition: allOf([String.raw`\bc\.jenis_rawat = 1\b`, String.raw`\bc\.tarif_prosedur_bedah = 0 AND c\.waktu_operasi IS NULL\b`]),
  why: 'a stay of a non-procedural group coding an operation with no surgical fee and no operation time (jenis_rawat = 1, tarif_prosedur_bedah = 0 and waktu_operasi IS NULL on the hit row)',
});

/** CANCELLED_SERVICE from the card's later history: the hit row is the claim that removed the organ (cancelled-history.ts). */
const ORGAN_REMOVED: ArrivalDetectorGate = Object.freeze({
  applies: (claim: GatedClaim) => codes(claim['procedure']).some((px) => ONCE_ONLY_ORGANS.some((o) => o.removedBy.test(px))),
  branchCondition: allOf(
    ONCE_ONLY_ORGANS.map((o) =>
      escape(`FROM fraud_claim_base WHERE list_bool_or(list_transform(px_list, x -> regexp_matches(x, '${o.removedBy.source}')))`),
    ),
  ),
  why: 'a procedure that removes an organ whole (ONCE_ONLY_ORGANS.removedBy) coded on the hit row',
});

/** PARTICIPANT_ABUSE's chronic-drug series: every fill they compare is a claim billing chronic drugs (the CTE each starts from). */
const CHRONIC_DRUGS_BILLED: ArrivalDetectorGate = Object.freeze({
  applies: (claim: GatedClaim) => typeof claim['tarif_obat_kronis'] === 'number' && claim['tarif_obat_kronis'] > 0,
  branchCondition: /\bFROM fraud_claim_base WHERE tarif_obat_kronis > 0\b/,
  why: 'chronic drugs billed (tarif_obat_kronis > 0 on the hit row: the fills the series are made of)',
});

/** A procedure of `pattern` (an ICD-9-CM regex the detector's SQL matches against px_list) coded on the hit row. */
function procedureCoded(pattern: string, what: string): ArrivalDetectorGate {
  const re = new RegExp(pattern);
  return Object.freeze({
    applies: (claim: GatedClaim) => codes(claim['procedure']).some((px) => re.test(px)),
    branchCondition: new RegExp(escape(`px_list, x -> regexp_matches(x, '${pattern}')`)),
    why: `${what} coded on the hit row (px_list matching ${pattern})`,
  });
}

/** UNBUNDLING's healthy newborn billed apart from its mother's delivery: a neonatal group (CMG P) or a perinatal or live-born code. */
const NEWBORN_CODED: ArrivalDetectorGate = Object.freeze({
  applies: (claim: GatedClaim) =>
    String(claim['kode_inacbg'] ?? '').split('-')[0] === 'P' || codes(claim['diagnosa']).some((dx) => /^(P|Z38)/.test(dx)),
  branchCondition: allOf([escape("b.cmg = 'P' OR list_bool_or(list_transform(b.dx_list, x -> regexp_matches(x, '^(P|Z38)')))")]),
  why: "a newborn's claim (cmg = 'P' or a diagnosis P or Z38 on the hit row)",
});

/** UNNECESSARY_TREATMENT's short admissions against peers: the stay condition sits in the short_admission CTE the branch reads. */
const STAY_IN_CTES: ArrivalDetectorGate = Object.freeze({
  applies: (claim: GatedClaim) => claim['jenis_rawat'] === INPATIENT_STAY,
  branchCondition: /\bb\.jenis_rawat = 1\b/,
  why: 'an inpatient stay (jenis_rawat = 1 on the hit row, in the CTE the branch reads)',
  inCtes: true,
});

/**
 * Signals whose hit row is joined (inner) to a card pair (fraud_card_pairs: another claim of the same card, by
 * either side's SEP): none when the request loaded no other claim of the claim's card, which every pair needs.
 */
export const CARD_PAIRED: ArrivalDetectorGate = Object.freeze({
  applies: (_claim: GatedClaim, facts?: ArrivalFacts) => facts === undefined || facts.otherCardClaims() > 0,
  branchCondition: /(?<!LEFT )\bJOIN fraud_card_pairs p (?:USING \(nomor_sep\)|ON p\.nomor_sep = )/,
  why: 'the hit row is joined to a card pair (fraud_card_pairs), so the request must have loaded another claim of the card',
});

/** Both gates: each one's condition on the claim, and both conditions in the branch. */
export function bothGates(a: ArrivalDetectorGate, b: ArrivalDetectorGate): ArrivalDetectorGate {
  if (a.inCtes || b.inCtes || a.batchOnly || b.batchOnly) throw new Error('bothGates combines gates on the branch itself only');
  return Object.freeze({
    applies: (claim: GatedClaim, facts?: ArrivalFacts) => a.applies(claim, facts) && b.applies(claim, facts),
    branchCondition: new RegExp(`^(?=[\\s\\S]*(?:${a.branchCondition.source}))(?=[\\s\\S]*(?:${b.branchCondition.source}))`),
    why: `${a.why}; and ${b.why}`,
  });
}

/** Gates by signal, merged into ARRIVAL_SIGNAL_GATES (arrival-gates.ts). */
export const ARRIVAL_SCREEN_GATES: Readonly<Record<string, ArrivalDetectorGate>> = Object.freeze({
  ...Object.fromEntries(
    [
      'kkpak_case_billed_to_jkn',
      'kkpak_episode_billed_to_jkn',
      'kkpak_episode_without_sep_billed_to_jkn',
      'kkpak_followup_billed_to_jkn',
      'pak_care_billed_to_jkn',
      'kkpak_implant_removal_billed_to_jkn',
      'kkpak_sick_leave_care_billed_to_jkn',
      'kkpak_wound_infection_billed_to_jkn',
      'kkpak_stay_at_accident_hospital_billed_to_jkn',
    ].map((s) => [s, KKPAK_CASE_LOADED]),
  ),
  wage_earner_trauma_without_eplkk: WORK_INJURY_PRIMARY,
  ...Object.fromEntries(
    [
      'operation_without_surgical_cost',
      'operation_without_theatre_record',
      'operation_fee_low_without_record',
      'operation_coded_not_carried_out',
      'discharged_before_recovery_from_operation',
      'operation_done_again_elsewhere',
      'untimed_operation_shorter_than_own_course',
      // UNBUNDLING: the other side of a pair operated apart; REPEAT_BILLING: the first side's claim sent again as it
      'other_side_operated_apart',
      'other_side_billed_again_out_of_turn',
      // PHANTOM_BILLING: a surgeon's operations far apart or started together, each hit row an operation of a
      // procedural group with a surgical fee (the subquery or CTE it comes from)
      'surgeon_operating_at_distant_facilities',
      'operations_started_together_by_one_surgeon',
    ].map((s) => [s, PROCEDURAL_GROUP]),
  ),
  operation_coded_without_own_fee_and_time: OPERATION_UNBILLED_OFF_PROCEDURAL_GROUP,
  healthy_newborn_billed_apart: NEWBORN_CODED,
  // against another claim of the card (the stays' and visits' ones are in arrival-gates.ts, with their type)
  ...Object.fromEntries(
    [
      'service_after_death_episode',
      'distant_facility_overlap',
      'overlapping_inpatient_stays',
      'same_episode_resubmitted',
      'same_clinical_group_readmission',
      'readmission_recoded_within_category',
      'index_diagnosis_returns_as_secondary',
      'secondary_diagnosis_returns_as_primary',
      'organ_readmission_after_short_stay',
      'readmitted_at_sister_hospital',
    ].map((s) => [s, CARD_PAIRED]),
  ),
  organ_removed_again_later: ORGAN_REMOVED,
  removed_organ_ill_later: ORGAN_REMOVED,
  // UNNECESSARY_TREATMENT: imaging and tonsillectomy by their codes; short admissions are stays
  imaging_above_casemix_peers: procedureCoded(ADVANCED_IMAGING_ICD9, 'advanced imaging (CT, MRI)'),
  tonsillectomy_without_recurrences: procedureCoded(TONSILLECTOMY_ICD9, 'a tonsillectomy'),
  short_admissions_above_peers: STAY_IN_CTES,
  // SELF_REFERRAL between hospitals: every hit row is a stay (the referred stay or the admission it led to), the
  // condition in the CTEs the branches read (r, legs, partners, clinic: b or n.jenis_rawat = 1), or in the branch
  // (referral-own-operation.ts); a visit skips them and the other facilities' norms the own-operation branch reads
  // (measured on the 20k-member publication, per visit: the seven branches 9 ms, that table's fill 4.7 ms)
  ...Object.fromEntries(
    [
      'short_stay_then_referred',
      'referred_to_own_practice',
      'admitted_on_own_referral',
      'referral_loop',
      'moved_between_partner_hospitals',
      'admitted_by_own_clinic_doctor',
      'referred_for_operation_done_here',
      'operated_on_own_referral',
      'operated_on_own_clinic_referral',
    ].map((s) => [s, STAY_IN_CTES]),
  ),
  ...Object.fromEntries(
    [
      'chronic_drugs_collected_too_often',
      'chronic_supply_paid_twice',
      'chronic_refills_ahead_of_use',
      'chronic_drugs_during_prb_supply',
    ].map((s) => [s, CHRONIC_DRUGS_BILLED]),
  ),
});
