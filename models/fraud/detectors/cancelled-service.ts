// CANCELLED_SERVICE (DOMAIN.md section 3): an operation billed that was not carried out: a
// surgical fee far below what peers charge for the same operation, or the claim's own
// "procedure not carried out" code.
import { PROCEDURE_PEER_TABLE } from './peers.js';
import { certain, defineDetector, suspicious } from './types.js';

/** ICD-10 Z53: procedure not carried out (for contraindication, the patient's decision or other reasons). */
export const PROCEDURE_NOT_CARRIED_OUT_ICD10 = '^Z53';

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
        'Assumption: procedure fees (surgical and non-surgical: a cath lab bills PCI as a non-surgical procedure) below a quarter of the median surgical fee of claims with the same first operation (at hospitals of the same class when there are enough, fraud_procedure_peers) cannot pay for the operation coded: a token fee or zero. Hospitals set their own fees (tarif RS), so half or a third of the median is still an operation.',
    },
  },
  signals: {
    operation_without_surgical_cost: suspicious(
      'Operation coded with a surgical fee far below peers',
      'Operasi dikode dengan biaya bedah jauh di bawah pembanding',
    ),
    // certain: the claim itself records that the operation it bills was not carried out
    operation_coded_not_carried_out: certain(
      'Operation billed with "procedure not carried out" coded',
      'Operasi ditagih dengan kode "tindakan tidak dilakukan"',
    ),
  },
  sql: (t) => `
WITH s AS (
  SELECT b.*, list_filter(b.px_list, x -> TRY_CAST(split_part(x, '.', 1) AS INTEGER) <= ${t.maxSurgicalChapter}) AS operations
  FROM fraud_claim_base b
  -- only procedural CBGs promise a surgical cost: case type 1 (inpatient procedure) and 2 (outpatient
  -- major procedure: day surgery such as a cataract operation)
  WHERE split_part(b.kode_inacbg, '-', 2) IN ('1', '2')
), p AS (
  SELECT s.*, coalesce(pc.surgical_fee, pa.surgical_fee) AS peer_surgical_fee
  FROM s LEFT JOIN ${PROCEDURE_PEER_TABLE} pc ON pc.scope = 'operation' AND pc.group_key = s.operations[1] AND pc.hospital_class = s.hospital_class
  LEFT JOIN ${PROCEDURE_PEER_TABLE} pa ON pa.scope = 'operation' AND pa.group_key = s.operations[1] AND pa.hospital_class = '*'
  WHERE len(s.operations) > 0
)
SELECT nomor_sep, 'operation_without_surgical_cost' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Operation {} coded, procedure fees Rp{:,} against {} surgical fee for the same operation', array_to_string(operations, ', '), tarif_prosedur_bedah + tarif_prosedur_non_bedah,
    coalesce(format('a peer median of Rp{:,}', peer_surgical_fee::BIGINT), 'too few peers for a median')) AS evidence_en,
  format('Operasi {} dikode, biaya tindakan Rp{:,} dibanding {} biaya bedah untuk operasi yang sama', array_to_string(operations, ', '), tarif_prosedur_bedah + tarif_prosedur_non_bedah,
    coalesce(format('median pembanding Rp{:,}', peer_surgical_fee::BIGINT), 'pembanding terlalu sedikit untuk median')) AS evidence_id
FROM p
WHERE tarif_prosedur_bedah + tarif_prosedur_non_bedah < ${t.feeShareOfPeers} * peer_surgical_fee
  OR (peer_surgical_fee IS NULL AND tarif_prosedur_bedah + tarif_prosedur_non_bedah = 0)
UNION ALL
SELECT nomor_sep, 'operation_coded_not_carried_out', paid_amount, []::VARCHAR[],
  format('Operation {} billed while diagnosis {} records that the procedure was not carried out', array_to_string(operations, ', '), array_to_string(list_filter(dx_list, x -> regexp_matches(x, '${PROCEDURE_NOT_CARRIED_OUT_ICD10}')), ', ')),
  format('Operasi {} ditagih padahal diagnosis {} mencatat tindakan tidak dilakukan', array_to_string(operations, ', '), array_to_string(list_filter(dx_list, x -> regexp_matches(x, '${PROCEDURE_NOT_CARRIED_OUT_ICD10}')), ', '))
FROM s WHERE len(operations) > 0 AND list_bool_or(list_transform(dx_list, x -> regexp_matches(x, '${PROCEDURE_NOT_CARRIED_OUT_ICD10}')))`,
});
