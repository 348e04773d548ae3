// UPCODING by the procedure, read from the bill (DOMAIN.md section 3, "diagnosis/procedure coded
// higher"): a procedure whose special-CMG top-up pays for an item the hospital supplies (the phaco
// top-up SP-02 for a foldable lens and the phaco pack) is coded, while the bill's device line holds
// what a cheaper procedure of the same condition uses. District hospitals remove many cataracts by
// manual small-incision surgery (SICS, ICD-9-CM 13.59): a rigid PMMA lens of about a tenth of a
// foldable lens's price, no phaco cassette; coded as phacoemulsification (13.41) the claim earns the
// top-up, yet its devices are a rigid lens's and its drugs, devices and consumables no more than the
// phaco peers' (red team RT-UPCODE-103). The top-up's item is billed (topup_item_not_billed does not
// fire), only far below what the coded procedure uses at every other hospital. Peers are the
// published procedure-matched norms (fraud_procedure_peers, scope 'procedures': the same CBG and
// procedures), so arrival judges a claim as the batch does. One claim is suspicious: a hospital's
// own cheap lens supplier can explain one bill, not a device line a fraction of the procedure's.
import { literal, varcharList } from '../../../data-samples/sql/index.js';
import { PROCEDURE_PEER_TABLE, deviceLogSql, ordinaryDrugLogSql, procedureKeySql } from './peers.js';
import { suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/** A procedure whose top-up pays for a device, and the cheaper procedure its bill then shows. */
export interface ProcedureBillItem {
  /** ICD-9-CM codes of the dear procedure (any of them on the claim). */
  readonly procedures: readonly string[];
  /** The special-CMG top-up that pays for the procedure's item. */
  readonly topUp: string;
  readonly procedureEn: string;
  readonly procedureId: string;
  /** The cheaper procedure of the same condition whose devices the bill holds. */
  readonly cheaperEn: string;
  readonly cheaperId: string;
  readonly source: string;
}

export const PROCEDURE_BILL_ITEMS: readonly ProcedureBillItem[] = [
  {
    procedures: ['13.41'],
    topUp: 'SP-02',
    procedureEn: 'phacoemulsification with a foldable lens (top-up SP-02)',
    procedureId: 'fakoemulsifikasi dengan lensa lipat (top-up SP-02)',
    cheaperEn: 'manual small-incision cataract surgery (SICS, 13.59) with a rigid PMMA lens',
    cheaperId: 'operasi katarak insisi kecil manual (SICS, 13.59) dengan lensa kaku PMMA',
    source:
      'Permenkes 3/2023 (INA-CBG special CMG SP-02 pays the phaco lens on top of H-2-36); Gogate et al., Ophthalmology 2005 and Ruit et al., Am J Ophthalmol 2007 (SICS against phaco: a rigid PMMA lens and no phaco machine or cassette; SICS costs about a fifth to a third of phaco, mostly in the lens and the consumables).',
  },
];

/** UPCODING thresholds of procedure_billed_with_cheaper_devices (claim-content.ts spreads them into the detector). */
export const PROCEDURE_BILL_THRESHOLDS = Object.freeze({
  procedureDeviceFloor: {
    value: 0.4,
    source:
      "Assumption: a rigid PMMA lens costs about a tenth of a foldable lens (PROCEDURE_BILL_ITEMS sources), so a SICS device line is a small fraction of a phaco's; honest phaco bills differ by hospital tariffs (measured on 150,000 generated members: the 5th percentile of the device share of phaco claims is 0.76 of the median), so a device share (against the services) below 0.4 of the peers' median is a cheaper procedure's devices.",
  },
} satisfies Record<string, DetectorThreshold>);

export const PROCEDURE_BILL_SIGNALS = {
  procedure_billed_with_cheaper_devices: suspicious(
    "Procedure with a device top-up coded while the bill's devices are a cheaper procedure's",
    'Tindakan dengan top-up alat dikode padahal alkes dalam tagihan setara tindakan yang lebih murah',
  ),
};

/** SQL VALUES of the table: one row per dear procedure. */
function itemsSql(): string {
  const rows = PROCEDURE_BILL_ITEMS.map((p) =>
    [
      varcharList(p.procedures),
      literal(p.topUp),
      literal(p.procedureEn),
      literal(p.procedureId),
      literal(p.cheaperEn),
      literal(p.cheaperId),
    ].join(', '),
  );
  return `(VALUES ${rows.map((r) => `(${r})`).join(', ')}) r(procedures, top_up, procedure_en, procedure_id, cheaper_en, cheaper_id)`;
}

/**
 * UPCODING `procedure_billed_with_cheaper_devices`: a claim coding a dear procedure of PROCEDURE_BILL_ITEMS and
 * claiming its top-up, whose device line (a share of the services) is below `deviceFloor` times the median of the
 * claims with the same CBG and procedures, and whose drugs, devices and consumables together are at or below that
 * median (the item is not billed on another line). The top-up is at stake.
 */
export function procedureBillHitsSql(t: { readonly deviceFloor: number }): string {
  const deviceRatio = `exp(${deviceLogSql('b')} - p.device_log)`;
  return `
SELECT b.nomor_sep, 'procedure_billed_with_cheaper_devices' AS signal,
  coalesce((SELECT f.tariff FROM fraud_ref_topup f WHERE f.code = r.top_up), 0)::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('{} coded with {} ({}), but devices {} are {:.2f}x the device share of the median claim with CBG {} and procedures [{}], drugs, devices and consumables no more than theirs: the devices of {}',
    array_to_string(list_filter(b.px_list, x -> list_contains(r.procedures, x)), ', '), r.top_up, r.procedure_en, ${rupiahSql('b.tarif_alkes')}, ${deviceRatio},
    b.kode_inacbg, array_to_string(b.px_list, ', '), r.cheaper_en) AS evidence_en,
  format('{} dikode dengan {} ({}), tetapi alkes {} = {:.2f}x porsi alkes median klaim CBG {} dengan tindakan [{}], obat, alkes dan BMHP tidak melebihinya: alkes {}',
    array_to_string(list_filter(b.px_list, x -> list_contains(r.procedures, x)), ', '), r.top_up, r.procedure_id, ${rupiahSql('b.tarif_alkes')}, ${deviceRatio},
    b.kode_inacbg, array_to_string(b.px_list, ', '), r.cheaper_id) AS evidence_id
FROM fraud_claim_base b
JOIN ${itemsSql()} ON list_has_any(b.px_list, r.procedures) AND list_contains(b.topups, r.top_up)
JOIN ${PROCEDURE_PEER_TABLE} p ON p.scope = 'procedures' AND p.group_key = b.kode_inacbg || '|' || ${procedureKeySql('b')}
WHERE b.tarif_alkes > 0 AND ${deviceLogSql('b')} < p.device_log + ln(${t.deviceFloor})
  AND ${ordinaryDrugLogSql('b')} <= p.ordinary_drug_log`;
}

/**
 * Whether a raw claim (its `procedure` and `special_cmg` fields, '#'-separated) codes a procedure of PROCEDURE_BILL_ITEMS
 * and claims its top-up: the only claims procedure_billed_with_cheaper_devices can hit (arrival-gates.ts widens the
 * UPCODING gate with it; the branch's SQL carries PROCEDURE_BILL_GATE_SQL).
 */
export function claimsProcedureBillItem(procedure: unknown, specialCmg: unknown): boolean {
  const px = String(procedure ?? '').split('#');
  const topUps = String(specialCmg ?? '').split('#');
  return PROCEDURE_BILL_ITEMS.some((p) => topUps.includes(p.topUp) && p.procedures.some((c) => px.includes(c)));
}

/** The condition procedureBillHitsSql puts on its hit row, as the UPCODING arrival gate reads it. */
export const PROCEDURE_BILL_GATE_SQL = /\blist_contains\(b\.topups, r\.top_up\)/;
