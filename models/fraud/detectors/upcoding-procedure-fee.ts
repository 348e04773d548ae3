// UPCODING by the procedure, read from the bill (DOMAIN.md section 3, "diagnosis/procedure coded
// higher"; the table idea of upcoding-procedure-bill.ts: a procedure and what its bill must show).
// Some operations move a stay into a procedure (surgical) INA-CBG group while a lesser procedure of
// the same lesion keeps it in the medical group: a limb abscess opened at the bedside under local
// anaesthesia (incision and drainage, ICD-9-CM 86.04) groups with skin infections (L-4-10); coded
// as excisional debridement (86.22), a theatre operation, the stay moves to S-1-10 (red team
// RT-UPCODE-104). The bill then holds the lesser procedure's fee: above zero (the bedside procedure
// was done and billed), a fraction of what the coded operation's fee is at other hospitals, and no
// surgeon's or anaesthetist's fee booked on the specialist line instead. Kept apart from
// CANCELLED_SERVICE (cancelled-service.ts operation_without_surgical_cost: an operation billed and
// not done, its fee a token or zero): here a minor-procedure fee is billed in the operation's place.
import { varcharList, literal } from '../../../data-samples/sql/index.js';
import { OPERATION_RECORD_TABLE } from './operation-records.js';
import { CASEMIX_PEER_TABLE, PROCEDURE_PEER_TABLE } from './peers.js';
import { suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';
import { OTHER_OPERATION_SIGNALS, OTHER_OPERATION_THRESHOLDS, otherOperationHitsSql } from './upcoding-procedure-group.js';
import { rupiahSql } from './evidence-rupiah.js';

/** An operation that moves the stay into a procedure group, and the lesser procedure of the same lesion. */
export interface ProcedureGroupFee {
  /** ICD-9-CM codes of the operation. */
  readonly procedures: readonly string[];
  /** INA-CBG group (without severity) the operation moves the stay into. */
  readonly cbgBase: string;
  readonly procedureEn: string;
  readonly procedureId: string;
  /** The lesser procedure whose fee the bill holds, and the group it keeps the stay in. */
  readonly lesserEn: string;
  readonly lesserId: string;
  readonly source: string;
}

export const PROCEDURE_GROUP_FEES: readonly ProcedureGroupFee[] = [
  {
    procedures: ['86.22'],
    cbgBase: 'S-1-10',
    procedureEn: 'excisional debridement (86.22), a theatre operation',
    procedureId: 'debridemen eksisional (86.22), operasi di kamar operasi',
    lesserEn: 'bedside incision and drainage (86.04) of a skin infection stay (L-4-10)',
    lesserId: 'insisi dan drainase di tempat tidur (86.04) rawat infeksi kulit (L-4-10)',
    source:
      'ICD-9-CM volume 3 (86.22 excisional debridement of wound, infection or burn; 86.04 other incision with drainage of skin and subcutaneous tissue); Permenkes 3/2023 INA-CBG grouping (86.22 groups the stay in S-1-10, skin procedures; 86.04 leaves it in L-4-10); WSES/SIS-E guidelines on skin abscesses (Sartelli et al., World J Emerg Surg 2018: simple abscesses are drained under local anaesthesia, debridement of necrotic tissue is an operation).',
  },
];

/** UPCODING thresholds of procedure_group_with_minor_fee (claim-content.ts spreads them into the detector). */
export const PROCEDURE_GROUP_FEE_THRESHOLDS = Object.freeze({
  minorProcedureFeeShare: {
    value: 0.4,
    source:
      "Assumption: a bedside procedure under local anaesthesia (tindakan kecil) is priced a fraction of a theatre operation by hospital tariffs. Honest operations differ by hospital: the peer median is taken at the hospital's own price (the median log ratio of its other inpatient stays to their CBG and class medians, never above the peers'), and on 150,000 generated members no 86.22 stay in S-1-10 falls below 0.4 of it (at 0.5: 17 stays at 15 hospitals), so an operation fee above zero and below 0.4 of the price-adjusted median of the same first operation (same hospital class when there are enough) is a lesser procedure's fee.",
  },
  // the other procedure-group rule, its SQL UNIONed below (upcoding-procedure-group.ts)
  ...OTHER_OPERATION_THRESHOLDS,
} satisfies Record<string, DetectorThreshold>);

export const PROCEDURE_GROUP_FEE_SIGNALS = {
  procedure_group_with_minor_fee: suspicious(
    "Operation that moves the stay into a procedure group coded while the bill's fee is a minor procedure's",
    'Operasi yang memindahkan rawat ke kelompok prosedur dikode padahal jasa dalam tagihan setara tindakan kecil',
  ),
  ...OTHER_OPERATION_SIGNALS,
};

function itemsSql(): string {
  const rows = PROCEDURE_GROUP_FEES.map((p) =>
    [
      varcharList(p.procedures),
      literal(p.cbgBase),
      literal(p.procedureEn),
      literal(p.procedureId),
      literal(p.lesserEn),
      literal(p.lesserId),
    ].join(', '),
  );
  return `(VALUES ${rows.map((r) => `(${r})`).join(', ')}) g(procedures, cbg_base, procedure_en, procedure_id, lesser_en, lesser_id)`;
}

/**
 * UPCODING `procedure_group_with_minor_fee`: an inpatient stay in the procedure group of a PROCEDURE_GROUP_FEES operation
 * coded as its first operation, whose operation fee (the surgical line, and non-surgical fees above the operation's peers,
 * as cancelled-service.ts reads it) is above zero and below `feeShare` of the operation's peer median surgical fee, with
 * specialist fees no higher than the operation's peers (no surgeon's or anaesthetist's fee booked there instead).
 * Followed by `procedure_group_above_other_operation` (upcoding-procedure-group.ts), the other rule on a procedure group.
 */
export function procedureGroupFeeHitsSql(t: { readonly feeShare: number }): string {
  const fee = `(b.tarif_prosedur_bedah + greatest(b.tarif_prosedur_non_bedah - coalesce(rc.non_surgical_fees, ra.non_surgical_fees, 0), 0))`;
  // the operation's peer fee at this hospital's own price: its other inpatient stays against their CBG and class medians
  // (a hospital pricing everything low prices its operations low too; never above the peers' price)
  const peerFee = 'coalesce(pc.surgical_fee, pa.surgical_fee) * exp(coalesce(hp.price_log, 0))';
  const op = `list_filter(b.px_list, x -> list_contains(g.procedures, x))[1]`;
  return `
SELECT b.nomor_sep, 'procedure_group_with_minor_fee' AS signal, b.paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('{} coded ({}), CBG {}, but its fee {} is {:.2f}x the median surgical fee for the same operation at this hospital''s price, {}, specialist fees {} no higher than its peers: the fee of {}',
    ${op}, g.procedure_en, b.kode_inacbg, ${rupiahSql(fee)}, ${fee} / ${peerFee}, ${rupiahSql(peerFee)}, ${rupiahSql('b.tarif_tenaga_ahli')}, g.lesser_en) AS evidence_en,
  format('{} dikode ({}), CBG {}, tetapi jasanya {} = {:.2f}x median jasa bedah untuk operasi yang sama pada harga RS ini, {}, jasa tenaga ahli {} tidak melebihi pembanding: jasa {}',
    ${op}, g.procedure_id, b.kode_inacbg, ${rupiahSql(fee)}, ${fee} / ${peerFee}, ${rupiahSql(peerFee)}, ${rupiahSql('b.tarif_tenaga_ahli')}, g.lesser_id) AS evidence_id
FROM fraud_claim_base b
JOIN ${itemsSql()} ON b.cbg_base = g.cbg_base AND list_has_any(b.px_list, g.procedures)
LEFT JOIN (
  SELECT o.facility_id, least(median(o.base_log_cost - c.base_log_cost), 0) AS price_log FROM fraud_claim_base o
  JOIN ${CASEMIX_PEER_TABLE} c ON c.kode_inacbg = o.kode_inacbg AND c.hospital_class = o.hospital_class
  WHERE o.jenis_rawat = 1 AND NOT list_contains(${varcharList(PROCEDURE_GROUP_FEES.map((p) => p.cbgBase))}, o.cbg_base)
  GROUP BY o.facility_id
) hp ON hp.facility_id = b.facility_id
LEFT JOIN ${PROCEDURE_PEER_TABLE} pc ON pc.scope = 'operation' AND pc.group_key = ${op} AND pc.hospital_class = b.hospital_class
LEFT JOIN ${PROCEDURE_PEER_TABLE} pa ON pa.scope = 'operation' AND pa.group_key = ${op} AND pa.hospital_class = '*'
LEFT JOIN ${OPERATION_RECORD_TABLE} rc ON rc.scope = 'operation' AND rc.group_key = ${op} AND rc.hospital_class = b.hospital_class
LEFT JOIN ${OPERATION_RECORD_TABLE} ra ON ra.scope = 'operation' AND ra.group_key = ${op} AND ra.hospital_class = '*'
WHERE b.jenis_rawat = 1 AND ${fee} > 0 AND ${fee} < ${t.feeShare} * ${peerFee}
  AND b.tarif_tenaga_ahli <= coalesce(rc.specialist_fees, ra.specialist_fees, 0)
UNION ALL
-- a dearer operation coded beside the one whose group the stay's resources fit (upcoding-procedure-group.ts)
${otherOperationHitsSql({ minTariffRatio: OTHER_OPERATION_THRESHOLDS.otherOperationTariffRatio.value })}`;
}
