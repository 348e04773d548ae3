// The modi operandi the generator plants for each fraud type, the legitimate look-alikes it
// generates as ordinary care, and the variants held out of all tuning. Definitions as data:
// the SQL stages pick and apply variants by these codes, ground truth records them, and
// SCHEMA.md lists them from here.
import type { FraudTypeCode } from '../reference/index.js';

export interface FraudVariant {
  /** Recorded in truth/claim_fraud.variant. */
  readonly code: string;
  readonly fraudType: FraudTypeCode;
  /** How the scheme is carried out, and the trace it leaves in the claims. */
  readonly modusOperandi: string;
  /** Planted only at providers with a clean history: no other planted fraud there. */
  readonly cleanHistory: boolean;
}

const v = (fraudType: FraudTypeCode, code: string, modusOperandi: string, cleanHistory = false): FraudVariant =>
  Object.freeze({ code, fraudType, modusOperandi, cleanHistory });

/** Every planted variant, grouped by type in the order of PLANTED_FRAUD_TYPES. */
export const FRAUD_VARIANTS: readonly FraudVariant[] = Object.freeze([
  v('UPCODING', 'upcoding_two_mcc', 'Severity I/II stay coded III by adding two severity-raising secondary diagnoses.'),
  v('UPCODING', 'upcoding_single_mcc', 'Severity II stay coded III with one added severity-raising secondary diagnosis.'),
  v('UPCODING', 'upcoding_one_step', 'Severity I stay coded II with one added ordinary comorbidity.'),
  v(
    'CLONING',
    'clone_same_doctor_day',
    "Another patient's claim copied onto a member of the same sex: same doctor, same day, identical components.",
  ),
  v('CLONING', 'clone_other_day', 'Copied by the same doctor 1-14 days later, tariff components within 3%.'),
  v('CLONING', 'clone_other_doctor', 'Copied under another doctor of the facility 1-30 days later, tariff components within 3%.'),
  v('PHANTOM_BILLING', 'phantom_distant_same_day', 'The card billed the same day at a provider over 500 km from where it was treated.'),
  v(
    'PHANTOM_BILLING',
    'phantom_distant_during_stay',
    "An outpatient visit billed far away 1-2 days into the member's inpatient stay elsewhere.",
  ),
  v('PHANTOM_BILLING', 'phantom_sep_after_discharge', 'Inpatient stay whose SEP was issued 3-22 days after the discharge date.'),
  v('PHANTOM_BILLING', 'phantom_after_death', "Chronic-care visit billed 7-67 days after the member's death."),
  v(
    'PHANTOM_BILLING',
    'phantom_after_death_clean',
    "Visit billed 1-6 days after the member's death at a provider with a clean history.",
    true,
  ),
  v('INFLATED_BILL', 'inflated_drugs_x3_5', 'Drugs, devices and consumables billed at 3.5 times their cost.'),
  v('INFLATED_BILL', 'inflated_topup_without_procedure', 'Plate-and-screws prosthesis top-up (RR-03) without the fixation procedure.'),
  v('INFLATED_BILL', 'inflated_moderate', 'Drugs and consumables billed at 1.6-2.2 times their cost.'),
  v('INFLATED_BILL', 'inflated_support_services', 'Laboratory, radiology and equipment rental billed at 2.5-3.5 times their cost.'),
  v('UNBUNDLING', 'split_adjacent_day', 'A stay split: a second 1-2 day admission on the discharge day or the day after.'),
  v('UNBUNDLING', 'split_outpatient_during_stay', 'Services of the stay billed again as an outpatient claim on a day of the stay.'),
  v('UNBUNDLING', 'split_gap_days', 'A second 1-2 day admission 2-6 days after discharge, same diagnosis.'),
  v('REPEAT_BILLING', 'resubmit_identical', 'The same claim submitted again under a new SEP 20-80 days later.'),
  v('REPEAT_BILLING', 'resubmit_shifted_dates', 'Resubmitted with admission and discharge shifted by 1-3 days.'),
  v('REPEAT_BILLING', 'resubmit_recoded', 'Resubmitted with the severity level recoded and the discharge moved by a day.'),
  v('REPEAT_BILLING', 'resubmit_clean_provider', 'A one-off identical resubmission at a provider with a clean history.', true),
  v('PROLONGED_LOS', 'los_far_above', "Stay stretched to 2.2-3.2 times the group's mean length."),
  v(
    'PROLONGED_LOS',
    'los_just_above_p90',
    'Stay stretched to just above the 90th percentile of the group and severity (1.6-1.8 times the mean).',
  ),
  v('PROLONGED_LOS', 'los_extra_days', 'Three to five extra days added to the genuine stay.'),
  v('ROOM_CLASS', 'class_above_entitlement', "Billed one care class above the member's entitlement."),
  v('ROOM_CLASS', 'upgrade_without_payor', 'Class-1 member with a VVIP upgrade recorded and no payer for it.'),
  v('ROOM_CLASS', 'class_two_steps', 'Class-3 member billed at class 1.'),
  v(
    'ROOM_CLASS',
    'upgrade_paid_by_member_billed_to_jkn',
    'Upgrade recorded as paid by the member, yet the tariff billed at the upgraded class.',
  ),
  v('READMISSION', 'readmit_same_cbg', 'Readmitted 3-27 days after discharge with the same INA-CBG and primary diagnosis.'),
  v('READMISSION', 'readmit_regrouped_severity', 'Readmitted 3-27 days later into the same group at another severity level.'),
  v(
    'READMISSION',
    'readmit_swapped_4th_digit',
    'Readmitted 3-27 days later with a sibling primary diagnosis (another 4th digit of the same category).',
  ),
  v('COB_KKPAK', 'kkpak_double_billed_same_sep', 'A KK/PAK case paid by JKK billed to JKN under the e-PLKK SEP.'),
  v(
    'COB_KKPAK',
    'kkpak_double_billed_other_sep',
    'A KK/PAK case paid by JKK billed to JKN under another SEP, admission 0-2 days after the accident.',
  ),
  v('COB_KKPAK', 'kkpak_unreported_wrong_payer', "A wage earner's injury billed to JKN with no e-PLKK report."),
  v('COB_KKPAK', 'kkpak_double_billed_clean', 'A KK/PAK case billed to JKN under another SEP at a provider with a clean history.', true),
  v('PARTICIPANT_ABUSE', 'sex_mismatch_code', "Delivery billed on a man's card, prostatectomy on a woman's."),
  v('PARTICIPANT_ABUSE', 'obstetric_code_child_or_elderly', 'Delivery billed on the card of a girl under 12 or a woman aged 55 or over.'),
  v('PARTICIPANT_ABUSE', 'neonatal_code_on_older_member', 'Neonatal group billed on the card of a member aged one year or more.'),
  v('VENTILATOR', 'vent_96_to_99h', 'Ventilation of 48-90 hours billed as 96-99 hours (96.72), severity raised to III.'),
  v('VENTILATOR', 'vent_100_to_110h', 'Ventilation billed as 100-110 hours, just past the usual window, severity raised to III.'),
  v('VENTILATOR', 'vent_whole_days', 'Ventilation billed as 5 or 6 whole days (120 or 144 hours), ICU days stretched to match.'),
  v('CANCELLED_SERVICE', 'surgery_fee_zero', 'Operation coded and grouped, surgical fee 0.'),
  v('CANCELLED_SERVICE', 'surgery_fee_token', 'Operation coded and grouped, surgical fee 3-10% of the usual.'),
  v(
    'CANCELLED_SERVICE',
    'procedure_not_done_code',
    'Operation coded with Z53.8 (procedure not carried out) among the diagnoses, surgical fee 0-15% of the usual.',
  ),
  v('UNNECESSARY_TREATMENT', 'one_day_admission_minor', 'One-day severity-I admission for a condition treated as an outpatient.'),
  v('UNNECESSARY_TREATMENT', 'two_day_admission_minor', 'Two-day severity-I admission for a condition treated as an outpatient.'),
  v('UNNECESSARY_TREATMENT', 'ct_for_minor_complaint', 'Head CT (87.03, SI-01 top-up) billed on a minor outpatient complaint.'),
  v('SELF_REFERRAL', 'short_stay_then_referred', '1-2 day stay discharged as referred; the partner facility admits the same day.'),
  v(
    'SELF_REFERRAL',
    'referral_shared_doctor',
    '1-2 day stay then referred; the partner facility admits the next day under the same doctor.',
  ),
  v('SELF_REFERRAL', 'referral_after_three_day_stay', '3-day stay discharged home, admitted at the partner facility 1-2 days later.'),
]);

/**
 * Held-out variants: kept out of all tuning (thresholds, features, model selection): report
 * recall on them separately. At least one per planted type; chosen as the schemes a detector
 * built on the obvious pattern misses (shifted dates, another SEP or doctor, a threshold
 * hugged from above, a sibling code).
 */
export const HELD_OUT_VARIANTS: readonly string[] = Object.freeze([
  'upcoding_single_mcc',
  'clone_other_doctor',
  'phantom_distant_during_stay',
  'inflated_support_services',
  'split_gap_days',
  'resubmit_recoded',
  'los_just_above_p90',
  'upgrade_paid_by_member_billed_to_jkn',
  'readmit_swapped_4th_digit',
  'kkpak_double_billed_other_sep',
  'neonatal_code_on_older_member',
  'vent_100_to_110h',
  'surgery_fee_token',
  'ct_for_minor_complaint',
  'referral_after_three_day_stay',
]);

export interface Lookalike {
  /** Recorded in truth/claim_lookalike.lookalike. */
  readonly code: string;
  /** The fraud type a naive detector mistakes it for. */
  readonly resembles: FraudTypeCode;
  readonly description: string;
}

const l = (code: string, resembles: FraudTypeCode, description: string): Lookalike => Object.freeze({ code, resembles, description });

/** Legitimate care that looks like fraud: generated as ordinary claims, never labelled fraud. */
export const LOOKALIKES: readonly Lookalike[] = Object.freeze([
  l(
    'flat_fee_package',
    'CLONING',
    'Haemodialysis, rehabilitation and outpatient chemotherapy billed as a flat package: identical codes and components across members at one facility.',
  ),
  l('readmission_other_condition', 'READMISSION', 'Readmitted within 30 days of discharge for a condition of another case-mix group.'),
  l(
    'genuine_transfer',
    'SELF_REFERRAL',
    'A severe 1-2 day stay referred on the discharge day to the nearest hospital of a higher class, which admits the same day (both claims).',
  ),
  l(
    'member_paid_upgrade',
    'ROOM_CLASS',
    'Upgrade above the entitlement paid by the member or a supplementary insurer, billed at the entitled class.',
  ),
  l('twins_admitted_together', 'CLONING', 'Twins admitted together: two cards, same facility, day, doctor, codes and components.'),
  l('child_injury', 'COB_KKPAK', 'An injury (S chapter) of a child under 15: trauma codes that are no work accident.'),
  l('allergy_t78', 'COB_KKPAK', 'Allergy coded T78.4: a T-chapter code that is no injury.'),
  l(
    'sep_after_admission',
    'PHANTOM_BILLING',
    "SEP issued after admission as the rules allow: an emergency (IGD) SEP 1-3 days later (within 3 x 24 hours, after a short stay sometimes after discharge), or a sick newborn's SEP on its registration.",
  ),
]);

/** The variants of one fraud type. */
export function variantsOf(type: FraudTypeCode): readonly FraudVariant[] {
  return FRAUD_VARIANTS.filter((x) => x.fraudType === type);
}
