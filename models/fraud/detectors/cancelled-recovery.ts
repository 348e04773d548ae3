// CANCELLED_SERVICE from the clock of the operation (DOMAIN.md section 3): a patient operated on
// under anaesthesia is not fit to go home until the operation is over and they have recovered
// (awake, pain and nausea controlled, walking; after a spinal block the legs back and the bladder
// passing urine). The contract records the start of the operation (SCHEMA.md claims waktu_operasi)
// and the discharge time (waktu_pulang): a discharge sooner after the start than the operation and
// its shortest recovery take means the operation written at that time did not happen (the booked
// slot written for a patient sent home unoperated). One early discharge can be a clerk's slip (a
// time typed for the wrong day), so the hospital is judged on its operations of the group:
// several patients and a share of them far above what slips explain.
import { literal } from '../../../data-samples/sql/index.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';
import { procedureCbgSql } from './operation-records.js';

/** An operation group with the shortest time from its start to a safe discharge home. */
interface RecoveryNorm {
  readonly group: string;
  /** First operation of the claim, ICD-9-CM volume 3 as claims carry it (dotted). */
  readonly operations: RegExp;
  readonly minHoursStartToDischarge: number;
  readonly source: string;
}

/**
 * Operations that need regional or general anaesthesia, or a local block of the groin, and a
 * recovery before discharge. Eye and skin operations under topical or local anaesthesia are left
 * out: their patients may go home within the hour.
 */
export const RECOVERY_NORMS: readonly RecoveryNorm[] = [
  {
    group: 'hernia repair',
    operations: /^53\./,
    minHoursStartToDischarge: 2,
    source:
      'Assumption from day-surgery practice: an open inguinal (Lichtenstein) or umbilical repair takes 30-60 minutes even under local anaesthesia, then recovery to the discharge criteria (PADSS >= 9: Chung 1995, Marshall & Chung 1999 Anesth Analg 88:508) takes at least another hour; after a spinal block the return of leg power and voiding take 3-4 hours. Day-case hernia lists send patients home 4-8 hours after the start.',
  },
  {
    group: 'abdominal, gynaecological and orthopaedic operations under general or spinal anaesthesia',
    operations: /^(47\.[01]|51\.2|68\.[3-9]|74\.|79\.[1-3]|81\.5)/,
    minHoursStartToDischarge: 3,
    source:
      'Assumption: an appendectomy, cholecystectomy, hysterectomy, caesarean section, fracture fixation or joint replacement takes 45 minutes or more under general or spinal anaesthesia, followed by phase-1 recovery (post-anaesthesia care unit, 1 hour or more) and phase-2 recovery to PADSS >= 9 (Chung 1995); even as day surgery (laparoscopic cholecystectomy) the patient leaves 4-6 hours after.',
  },
];

export const RECOVERY_THRESHOLDS = {
  minEarlyPatientsAtProvider: {
    value: 3,
    source:
      'Assumption: one or two early discharges at a hospital are clerical slips (a time entered for the wrong day); three patients or more are a practice.',
  },
  minEarlyShareAtProvider: {
    value: 0.2,
    source:
      "Assumption: slips touch a few percent of a hospital's operations of a group. Measured on 150,000 generated members (254,439 claims): 4-5% of the patients of these groups at a hospital had a discharge time within the norm of the operation's start, at most 9% at a hospital with three or more; a fifth of the patients is a practice, not slips.",
  },
} satisfies Record<string, DetectorThreshold>;

export const RECOVERY_SIGNALS = {
  discharged_before_recovery_from_operation: suspicious(
    'Operation billed with the patient discharged sooner after its start than the operation and its recovery take, at a hospital where this is a practice',
    'Operasi ditagih dengan pasien pulang lebih cepat dari lama operasi dan pemulihannya, di RS yang sering begitu',
  ),
};

type RecoveryThresholds = { readonly [K in keyof typeof RECOVERY_THRESHOLDS]: number };

/** SQL CASE: the shortest hours from the start of claim `b`'s first operation to discharge (NULL: no norm). */
function minRecoveryHoursSql(b: string): string {
  const arms = RECOVERY_NORMS.map(
    (n) => `WHEN regexp_matches(${b}.px_list[1], ${literal(n.operations.source)}) THEN ${n.minHoursStartToDischarge}`,
  ).join(' ');
  return `(CASE ${arms} END)`;
}

/** SQL: the hit rows of discharged_before_recovery_from_operation (a branch of CANCELLED_SERVICE). */
export function recoverySql(t: RecoveryThresholds): string {
  return `SELECT * FROM (
WITH o AS (
  SELECT b.nomor_sep, b.card_key, b.facility_id, b.paid_amount, b.px_list, b.waktu_operasi, b.waktu_pulang, ${minRecoveryHoursSql('b')} AS min_hours,
    date_diff('minute', b.waktu_operasi, b.waktu_pulang) AS minutes
  FROM fraud_claim_base b
  WHERE ${procedureCbgSql('b')} AND b.tarif_prosedur_bedah > 0 AND b.waktu_operasi IS NOT NULL AND b.waktu_pulang IS NOT NULL
), e AS (
  SELECT o.*, minutes < 60 * min_hours AS early FROM o WHERE min_hours IS NOT NULL
), f AS (
  -- per hospital and norm: the patients operated on, and those of them discharged before recovery
  SELECT facility_id, min_hours, count(DISTINCT card_key) FILTER (WHERE early) AS early_patients, count(DISTINCT card_key) AS patients
  FROM e GROUP BY facility_id, min_hours
)
SELECT nomor_sep, 'discharged_before_recovery_from_operation' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Operation {} started {} and the patient discharged {}, {} minutes later: less than the {} hours the operation and its recovery take; {} of {} patients operated on for this group at this hospital went home as soon',
    px_list[1], strftime(waktu_operasi, '%Y-%m-%d %H:%M'), strftime(waktu_pulang, '%Y-%m-%d %H:%M'), minutes, min_hours, early_patients, patients) AS evidence_en,
  format('Operasi {} mulai {} dan pasien pulang {}, {} menit kemudian: kurang dari {} jam lama operasi dan pemulihannya; {} dari {} pasien yang dioperasi kelompok ini di RS ini pulang secepat itu',
    px_list[1], strftime(waktu_operasi, '%Y-%m-%d %H:%M'), strftime(waktu_pulang, '%Y-%m-%d %H:%M'), minutes, min_hours, early_patients, patients) AS evidence_id
FROM e JOIN f USING (facility_id, min_hours)
WHERE early AND early_patients >= ${t.minEarlyPatientsAtProvider} AND early_patients >= ${t.minEarlyShareAtProvider} * patients)`;
}
