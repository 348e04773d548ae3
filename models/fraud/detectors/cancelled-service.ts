// CANCELLED_SERVICE (DOMAIN.md section 3): an operation billed that was not carried out. The fee
// is one piece of evidence, the record of the operation another: its time (waktu_operasi), the
// theatre materials and devices it needs, the claim's own "procedure not carried out" code. A
// fee far below peers flags the claim unless the time and theatre costs show the operation was
// done; a fee merely low flags it only with that record missing; a full fee with no record of
// the operation at all flags it too, as does an untimed inpatient operation whose patient went
// home the day of admission. The fee is the surgical line's, with only the non-surgical fees
// above the same operation's peers added (operation-records.ts); an operation other hospitals bill
// on the non-surgical line (a cath lab's PCI) by its non-surgical fee against theirs, where the claim
// bills no surgical fee (cancelled-fee-line.ts). An organ removal is judged by
// the card's later history too: the organ removed again, or ill again (cancelled-history.ts). And
// by its clock: patients home sooner after its start than it and its recovery take, as a hospital's
// practice (cancelled-recovery.ts). And, where no time was recorded, by the hospital's own timed stays of
// the operation: home sooner than any of them (cancelled-untimed.ts). On a group that promises no operation,
// by the hospital's own bills of it: coded with no fee and no time where its other claims carry both
// (cancelled-own-practice.ts).
import { literal } from '../../../data-samples/sql/index.js';
import { PROCEDURE_PEER_TABLE } from './peers.js';
import { OPERATION_RECORD_TABLE, procedureCbgSql, theatreMaterialsSql } from './operation-records.js';
import { ORGAN_HISTORY_SIGNALS, ORGAN_HISTORY_THRESHOLDS, organHistorySql } from './cancelled-history.js';
import { RECOVERY_SIGNALS, RECOVERY_THRESHOLDS, recoverySql } from './cancelled-recovery.js';
import { REPEAT_OPERATION_SIGNALS, REPEAT_OPERATION_THRESHOLDS, repeatOperationSql } from './cancelled-repeat.js';
import { FEE_LINE_THRESHOLDS, nonSurgicalLineSql } from './cancelled-fee-line.js';
import { UNTIMED_OPERATION_SIGNALS, UNTIMED_OPERATION_THRESHOLDS, untimedOperationSql } from './cancelled-untimed.js';
import { OWN_PRACTICE_SIGNALS, OWN_PRACTICE_THRESHOLDS, ownPracticeSql } from './cancelled-own-practice.js';
import { certain, defineDetector, suspicious } from './types.js';
import { rupiahOrSql, rupiahSql } from './evidence-rupiah.js';

/** ICD-10 Z53: procedure not carried out (for contraindication, the patient's decision or other reasons). */
export const PROCEDURE_NOT_CARRIED_OUT_ICD10 = '^Z53';
/** discharge_status 3: discharged at the patient's own request (pulang atas permintaan sendiri, SCHEMA.md claims). */
const DISCHARGE_OWN_REQUEST = 3;
/** discharge_status 1: home on the doctor's approval (SCHEMA.md claims). */
const DISCHARGE_HOME = 1;

export const CANCELLED_SERVICE_DETECTOR = defineDetector({
  code: 'CANCELLED_SERVICE',
  nameId: 'Tindakan ditagih tetapi tidak dilakukan',
  nameEn: 'Procedure billed but not done',
  thresholds: {
    maxSurgicalChapter: {
      value: 86,
      source: 'ICD-9-CM volume 3: chapters 01-86 are operations; 87-99 are diagnostic and therapeutic procedures that need no theatre.',
    },
    feeShareOfPeers: {
      value: 0.25,
      source:
        "Assumption: the operation's fee (the surgical line, with non-surgical fees above those the same operation's peers bill; a claim with no surgical fee for an operation other hospitals bill on the non-surgical line, as a cath lab bills PCI, is judged by its non-surgical fee against theirs instead, cancelled-fee-line.ts; peers bill non-surgical fees beside the surgeon's, so those are not the operation's) below a quarter of the median surgical fee of claims with the same first operation (at hospitals of the same class when there are enough, fraud_procedure_peers) cannot pay for the operation coded: a token fee or zero. Hospitals set their own fees (tarif RS), so half or a third of the median is still an operation. Counter-evidence: an operation time recorded (SCHEMA.md waktu_operasi, within the stay) with theatre materials at or above materialShareOfPeers of its peers, and the fee found on the bill: specialist fees (tarif_tenaga_ahli) above the same operation's peers by enough to bring the operation's fee to feeShareWithoutRecord of the median. SCHEMA.md and DOMAIN.md describe tarif_tenaga_ahli only as \"specialist fees\" and say nothing of where a hospital books the surgeon's fee, so the line is not trusted by name: the money has to be there. The time and materials alone do not clear a claim (the billing office writes them too).",
    },
    feeShareWithoutRecord: {
      value: 0.5,
      source:
        "Assumption: an operation's fee from feeShareOfPeers up to half the peer median is within how hospitals price their own tariffs, so they flag nothing alone; with the operation's record missing as well (devices or theatre materials below materialShareOfPeers of its peers, or no operation time where the hospital records them) the claim is a work-up billed as the operation (a hernia repair billed with no mesh at a fraction of the usual fee).",
    },
    materialShareOfPeers: {
      value: 0.25,
      source:
        "Assumption, as for the fee: theatre materials (consumables, devices, equipment rental), or devices alone where the same operation's peers bill them (the mesh, implant or lens), below a quarter of the peers' median (fraud_operation_records, same class when there are enough) are none or a token; an operation without peers must bill none at all to count.",
    },
    minTimedOperations: {
      value: 1,
      source:
        'SCHEMA.md claims: waktu_operasi is recorded where a surgical fee is billed, but the column is optional (older extracts lack it). One operation of the facility with its time recorded shows its billing system sends the column, so a surgical fee billed there with no time is a missing record; at a facility with none, or in an extract without the column, the absence says nothing.',
    },
    ...FEE_LINE_THRESHOLDS,
    ...ORGAN_HISTORY_THRESHOLDS,
    ...RECOVERY_THRESHOLDS,
    ...REPEAT_OPERATION_THRESHOLDS,
    ...UNTIMED_OPERATION_THRESHOLDS,
    ...OWN_PRACTICE_THRESHOLDS,
  },
  signals: {
    operation_without_surgical_cost: suspicious(
      'Operation coded with a surgical fee far below peers',
      'Operasi dikode dengan biaya bedah jauh di bawah pembanding',
    ),
    operation_without_theatre_record: suspicious(
      'Operation billed with no operation time and no theatre materials, or the patient gone at own request or the day of admission',
      'Operasi ditagih tanpa waktu operasi dan tanpa bahan kamar operasi, atau pasien pulang atas permintaan sendiri atau pada hari masuk',
    ),
    operation_fee_low_without_record: suspicious(
      'Operation billed at a low fee with what it needs missing (devices, theatre materials or operation time)',
      'Operasi ditagih dengan jasa rendah dan tanpa yang dibutuhkannya (alkes, bahan kamar operasi atau waktu operasi)',
    ),
    // certain: the claim itself records that the operation it bills was not carried out
    operation_coded_not_carried_out: certain(
      'Operation billed with "procedure not carried out" coded',
      'Operasi ditagih dengan kode "tindakan tidak dilakukan"',
    ),
    // the card's later history: the organ still there (cancelled-history.ts)
    ...ORGAN_HISTORY_SIGNALS,
    // discharged sooner after the operation's start than it and its recovery take (cancelled-recovery.ts)
    ...RECOVERY_SIGNALS,
    // the condition still treated, and the same operation done again at another hospital (cancelled-repeat.ts)
    ...REPEAT_OPERATION_SIGNALS,
    // no operation time where the hospital records its others', and home sooner than any of them (cancelled-untimed.ts)
    ...UNTIMED_OPERATION_SIGNALS,
    // an operation coded on a non-procedural group without what the hospital's own bills of it carry (cancelled-own-practice.ts)
    ...OWN_PRACTICE_SIGNALS,
  },
  sql: (t, src) => `
WITH s AS (
  SELECT b.*, list_filter(b.px_list, x -> TRY_CAST(split_part(x, '.', 1) AS INTEGER) <= ${t.maxSurgicalChapter}) AS operations,
    ${theatreMaterialsSql('b')} AS theatre_materials
  FROM fraud_claim_base b
  -- only procedural CBGs promise a surgical cost: case type 1 (inpatient procedure) and 2 (outpatient
  -- major procedure: day surgery such as a cataract operation)
  WHERE ${procedureCbgSql('b')}
), p AS (
  SELECT s.*, coalesce(pc.surgical_fee, pa.surgical_fee) AS peer_surgical_fee,
    coalesce(rc.devices, ra.devices) AS peer_devices, coalesce(rc.theatre_materials, ra.theatre_materials) AS peer_materials,
    coalesce(rc.specialist_fees, ra.specialist_fees) AS peer_specialist_fees,
    coalesce(rc.non_surgical_fees, ra.non_surgical_fees) AS peer_non_surgical_fees,
    coalesce(rf.timed_operations, 0) AS facility_timed_operations
  FROM s LEFT JOIN ${PROCEDURE_PEER_TABLE} pc ON pc.scope = 'operation' AND pc.group_key = s.operations[1] AND pc.hospital_class = s.hospital_class
  LEFT JOIN ${PROCEDURE_PEER_TABLE} pa ON pa.scope = 'operation' AND pa.group_key = s.operations[1] AND pa.hospital_class = '*'
  LEFT JOIN ${OPERATION_RECORD_TABLE} rc ON rc.scope = 'operation' AND rc.group_key = s.operations[1] AND rc.hospital_class = s.hospital_class
  LEFT JOIN ${OPERATION_RECORD_TABLE} ra ON ra.scope = 'operation' AND ra.group_key = s.operations[1] AND ra.hospital_class = '*'
  LEFT JOIN ${OPERATION_RECORD_TABLE} rf ON rf.scope = 'facility' AND rf.group_key = s.facility_id
  WHERE len(s.operations) > 0
), line AS (${nonSurgicalLineSql('p', t)}
), f AS (
  -- the operation's fee: the surgical line, and non-surgical fees above what the same operation's peers bill
  -- there. Peers bill non-surgical fees beside the surgeon's (anaesthesia, the ward's procedures): counted whole,
  -- they hid token surgical fees (a phaco billed Rp160,000 against a Rp2.5 million median passed as 70% of it).
  -- A claim with no surgical fee for an operation other hospitals bill on the non-surgical line (a cath lab's
  -- PCI: cancelled-fee-line.ts) is judged by its non-surgical fee against theirs
  SELECT p.*, coalesce(line.line_facilities >= ${t.minNonSurgicalLineFacilities}, false) AS on_line, line.line_facilities,
    CASE WHEN on_line THEN tarif_prosedur_non_bedah
      ELSE tarif_prosedur_bedah + greatest(tarif_prosedur_non_bedah - coalesce(peer_non_surgical_fees, 0), 0) END AS procedure_fee,
    CASE WHEN on_line THEN line.line_fee ELSE peer_surgical_fee END AS fee_norm
  FROM p LEFT JOIN line USING (nomor_sep)
), r AS (
  SELECT f.*,
    CASE WHEN peer_materials IS NULL THEN theatre_materials = 0 ELSE theatre_materials < ${t.materialShareOfPeers} * peer_materials END AS materials_missing,
    coalesce(tarif_alkes < ${t.materialShareOfPeers} * peer_devices, false) AS devices_missing,
    -- the contract records the time where a surgical fee is billed: missing only where the facility records times at all
    tarif_prosedur_bedah > 0 AND waktu_operasi IS NULL AND facility_timed_operations >= ${t.minTimedOperations} AS time_missing,
    -- specialist fees above the same operation's peers: a surgeon's fee booked on that line instead
    greatest(tarif_tenaga_ahli - coalesce(peer_specialist_fees, tarif_tenaga_ahli), 0) AS fee_booked_elsewhere,
    -- an inpatient operation (case type 1) whose patient went home, on the doctor's word, the day of admission:
    -- an operation needing no night after it is day surgery (case type 2)
    split_part(kode_inacbg, '-', 2) = '1' AND los = 0 AND discharge_status = ${DISCHARGE_HOME} AS home_same_day
  FROM f
)
SELECT nomor_sep, 'operation_without_surgical_cost' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  CASE WHEN on_line THEN format('Operation {} coded, its non-surgical fee {} (no surgical fee) against {}, the median non-surgical fee of the {} other hospitals that bill this operation on the non-surgical line',
      array_to_string(operations, ', '), ${rupiahSql('procedure_fee')}, ${rupiahSql('fee_norm')}, line_facilities)
    ELSE format('Operation {} coded, its fee {} (surgical, and non-surgical above the operation''s peers) against {} surgical fee for the same operation', array_to_string(operations, ', '), ${rupiahSql('procedure_fee')},
    coalesce(format('a peer median of {}', ${rupiahSql('fee_norm')}), 'too few peers for a median')) END AS evidence_en,
  CASE WHEN on_line THEN format('Operasi {} dikode, jasa non-bedahnya {} (tanpa jasa bedah) dibanding {}, median jasa non-bedah {} RS lain yang menagih operasi ini pada baris non-bedah',
      array_to_string(operations, ', '), ${rupiahSql('procedure_fee')}, ${rupiahSql('fee_norm')}, line_facilities)
    ELSE format('Operasi {} dikode, jasanya {} (bedah, dan non-bedah di atas pembanding operasinya) dibanding {} biaya bedah untuk operasi yang sama', array_to_string(operations, ', '), ${rupiahSql('procedure_fee')},
    coalesce(format('median pembanding {}', ${rupiahSql('fee_norm')}), 'pembanding terlalu sedikit untuk median')) END AS evidence_id
FROM r
WHERE (procedure_fee < ${t.feeShareOfPeers} * fee_norm OR (fee_norm IS NULL AND procedure_fee = 0))
  -- counter-evidence: the operation's time and theatre costs are recorded and its fee is on the bill
  -- under another line; time and materials alone are written by the same billing office, and on
  -- generated data they cleared cancelled operations wholesale (models/fraud/README.md, session 7)
  AND NOT (waktu_operasi IS NOT NULL AND NOT materials_missing
    AND coalesce(procedure_fee + fee_booked_elsewhere >= ${t.feeShareWithoutRecord} * fee_norm, true))
UNION ALL
SELECT nomor_sep, 'operation_without_theatre_record', paid_amount, []::VARCHAR[],
  format('Operation {} billed with a surgical fee of {} but no operation time, while this hospital records the time of {} other operations; {}',
    array_to_string(operations, ', '), ${rupiahSql('tarif_prosedur_bedah')}, facility_timed_operations,
    CASE WHEN materials_missing THEN format('theatre materials {} against {} for the same operation', ${rupiahSql('theatre_materials')}, ${rupiahOrSql('peer_materials', 'no peer median')})
      WHEN home_same_day THEN 'the patient went home the day of admission' ELSE 'the patient went home at own request' END),
  format('Operasi {} ditagih dengan jasa bedah {} tanpa waktu operasi, padahal RS ini mencatat waktu {} operasi lain; {}',
    array_to_string(operations, ', '), ${rupiahSql('tarif_prosedur_bedah')}, facility_timed_operations,
    CASE WHEN materials_missing THEN format('bahan kamar operasi {} dibanding {} untuk operasi yang sama', ${rupiahSql('theatre_materials')}, ${rupiahOrSql('peer_materials', 'tanpa median pembanding')})
      WHEN home_same_day THEN 'pasien pulang pada hari masuk' ELSE 'pasien pulang atas permintaan sendiri' END)
FROM r WHERE time_missing AND (materials_missing OR discharge_status = ${DISCHARGE_OWN_REQUEST} OR home_same_day)
UNION ALL
SELECT nomor_sep, 'operation_fee_low_without_record', paid_amount, []::VARCHAR[],
  format('Operation {} billed with its fee at {} ({}) against a peer median of {}, and without {}', array_to_string(operations, ', '), ${rupiahSql('procedure_fee')},
    CASE WHEN on_line THEN 'non-surgical, as other hospitals bill it' ELSE 'surgical, and non-surgical above the operation''s peers' END, ${rupiahSql('fee_norm')},
    array_to_string(list_filter([
      CASE WHEN devices_missing THEN format('devices ({} against a peer median of {})', ${rupiahSql('tarif_alkes')}, ${rupiahSql('peer_devices')}) END,
      CASE WHEN materials_missing THEN format('theatre materials ({} against {})', ${rupiahSql('theatre_materials')}, ${rupiahOrSql('peer_materials', 'no peer median')}) END,
      CASE WHEN time_missing THEN 'an operation time' END], x -> x IS NOT NULL), ', ')),
  format('Operasi {} ditagih dengan jasa {} ({}) dibanding median pembanding {}, dan tanpa {}', array_to_string(operations, ', '), ${rupiahSql('procedure_fee')},
    CASE WHEN on_line THEN 'non-bedah, seperti RS lain menagihnya' ELSE 'bedah, dan non-bedah di atas pembanding operasinya' END, ${rupiahSql('fee_norm')},
    array_to_string(list_filter([
      CASE WHEN devices_missing THEN format('alkes ({} dibanding median pembanding {})', ${rupiahSql('tarif_alkes')}, ${rupiahSql('peer_devices')}) END,
      CASE WHEN materials_missing THEN format('bahan kamar operasi ({} dibanding {})', ${rupiahSql('theatre_materials')}, ${rupiahOrSql('peer_materials', 'tanpa median pembanding')}) END,
      CASE WHEN time_missing THEN 'waktu operasi' END], x -> x IS NOT NULL), ', '))
-- between the token line and half the median: a token fee is operation_without_surgical_cost's
FROM r WHERE procedure_fee >= ${t.feeShareOfPeers} * fee_norm AND procedure_fee < ${t.feeShareWithoutRecord} * fee_norm
  AND (devices_missing OR materials_missing OR time_missing)
UNION ALL
SELECT nomor_sep, 'operation_coded_not_carried_out', paid_amount, []::VARCHAR[],
  format('Operation {} billed while diagnosis {} records that the procedure was not carried out', array_to_string(operations, ', '), array_to_string(list_filter(dx_list, x -> regexp_matches(x, ${literal(PROCEDURE_NOT_CARRIED_OUT_ICD10)})), ', ')),
  format('Operasi {} ditagih padahal diagnosis {} mencatat tindakan tidak dilakukan', array_to_string(operations, ', '), array_to_string(list_filter(dx_list, x -> regexp_matches(x, ${literal(PROCEDURE_NOT_CARRIED_OUT_ICD10)})), ', '))
FROM s WHERE len(operations) > 0 AND list_bool_or(list_transform(dx_list, x -> regexp_matches(x, ${literal(PROCEDURE_NOT_CARRIED_OUT_ICD10)})))
UNION ALL
${organHistorySql(t, src)}
UNION ALL
${recoverySql(t)}
UNION ALL
${repeatOperationSql(t, src)}
UNION ALL
${untimedOperationSql(t)}
UNION ALL
${ownPracticeSql(t)}`,
});
