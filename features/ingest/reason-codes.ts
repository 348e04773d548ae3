// The frozen catalogue of quarantine reason codes: every row that does not load carries
// one or more of these, with a message naming the field and the (pseudonymised) value.
import type { ReferenceListName } from '../../data-samples/schema/index.js';

export interface ReasonCode {
  readonly code: string;
  readonly message: string;
}

const reason = (code: string, message: string): ReasonCode => Object.freeze({ code, message });

const UNKNOWN_CODE_REASONS = {
  unknown_icd10: reason('unknown_icd10', 'A diagnosis is not an ICD-10 code of the reference list.'),
  unknown_icd9cm: reason('unknown_icd9cm', 'A procedure is not an ICD-9-CM code of the reference list.'),
  unknown_inacbg: reason('unknown_inacbg', 'The INA-CBG group is not in the reference list.'),
  unknown_province: reason('unknown_province', 'The province code is not a BPS province of the reference list.'),
  unknown_sector: reason('unknown_sector', 'The sector code is not in the reference list.'),
  unknown_fraud_type: reason('unknown_fraud_type', 'The fraud type is not a JKN taxonomy code.'),
  unknown_holiday: reason('unknown_holiday', 'The date is not in the holiday calendar.'),
} as const satisfies Record<`unknown_${ReferenceListName}`, ReasonCode>;

export const REASON_CODES = Object.freeze({
  missing_column: reason(
    'missing_column',
    'The file has no column for a required field, so the whole file is rejected: every row is quarantined, none loaded.',
  ),
  malformed_line: reason(
    'malformed_line',
    'The CSV line could not be parsed (wrong number of fields, bad quoting or encoding); its content is not kept because it may hold personal data in clear.',
  ),
  null_value: reason('null_value', 'A required field is empty.'),
  wrong_type: reason('wrong_type', 'The value is not of the column type (whole number, decimal number or ISO date).'),
  invalid_value: reason('invalid_value', 'The value is not one of the allowed values of the column.'),
  negative_amount: reason('negative_amount', 'A rupiah amount is negative.'),
  out_of_range: reason('out_of_range', 'The value is outside the allowed range of the column.'),
  pattern_mismatch: reason('pattern_mismatch', 'The value does not have the format of the column.'),
  nik_malformed: reason(
    'nik_malformed',
    'The NIK is not 16 digits with a known province code and a valid DDMMYY birth date (DD plus 40 for women).',
  ),
  card_malformed: reason('card_malformed', 'The JKN card number is not 13 digits.'),
  family_card_malformed: reason(
    'family_card_malformed',
    'The family card (KK) number is not 16 digits starting with a known province code.',
  ),
  ...UNKNOWN_CODE_REASONS,
  discharge_before_admission: reason(
    'discharge_before_admission',
    'The discharge date (tgl_pulang) is before the admission date (tgl_masuk).',
  ),
  end_before_start: reason('end_before_start', 'The end date is before the start date.'),
  amount_due_mismatch: reason('amount_due_mismatch', 'amount_due is not the sum of the programme amounts (jkn, jht, jkk, jkm, jp).'),
  billed_cost_mismatch: reason('billed_cost_mismatch', 'billed_cost is not the sum of the 18 hospital tariff components.'),
  time_outside_stay: reason(
    'time_outside_stay',
    'An admission or discharge time does not fall on its date (tgl_masuk, tgl_pulang), or the discharge time is before the admission time.',
  ),
  operation_outside_stay: reason(
    'operation_outside_stay',
    'The operation time (waktu_operasi) is outside the stay: before admission or after discharge.',
  ),
  hours_exceed_stay: reason(
    'hours_exceed_stay',
    'Ventilator hours or ICU days exceed what the stay can hold (its hours when times are given, otherwise its calendar days).',
  ),
  referral_after_admission: reason(
    'referral_after_admission',
    'The referral date (tgl_rujukan) is after the admission date: an SEP is issued on a referral that already exists.',
  ),
  laterality_mismatch: reason(
    'laterality_mismatch',
    'lateralitas does not give one side per procedure, gives a side to a procedure that has none, or none to a sided procedure.',
  ),
  card_inactive: reason(
    'card_inactive',
    'The card was not active on the admission date by the membership events already loaded: not yet registered, in the waiting period of a self-paying member, or deactivated for arrears. A newborn registered within 28 days of birth is covered from birth. Cards without events are not checked.',
  ),
  too_many_licences: reason(
    'too_many_licences',
    'A doctor is licensed at more than three facilities (a practice licence, SIP, is valid for at most three places).',
  ),
  admitted_before_birth: reason(
    'admitted_before_birth',
    "The admission date (or the visit or dispensing date) is before the birth date of the card's holder, by the members already loaded.",
  ),
  capitation_amount_mismatch: reason('capitation_amount_mismatch', 'capitation_amount is not registered_members times capitation_rate.'),
  capitation_rate_out_of_range: reason(
    'capitation_rate_out_of_range',
    'capitation_rate is outside the regulated band for the FKTP kind (puskesmas 3,000-9,000, klinik pratama 8,000-16,000 rupiah per member per month).',
  ),
  referral_without_hospital: reason(
    'referral_without_hospital',
    'A primary-care visit gives a referral number without the hospital referred to (ppk_tujuan), or a hospital without a referral number.',
  ),
  duplicate_key: reason(
    'duplicate_key',
    'The primary key was already seen: earlier in the same file (named by line) or in a file already loaded.',
  ),
} as const);

export type ReasonCodeName = keyof typeof REASON_CODES;

export function unknownCodeReason(list: ReferenceListName): ReasonCodeName {
  return `unknown_${list}`;
}
