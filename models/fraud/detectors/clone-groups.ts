// CLONING across INA-CBG groups: one stay's bill reused, every line to the rupiah, on stays of
// other groups (a typhoid bill on a gastroenteritis or a dengue stay). Every other CLONING
// comparison pairs claims of one CBG and procedures, so a template reused across groups sits in
// none of them. Two honest stays of different services do not share their whole itemised bill:
// the drugs, tests and consumables follow the patient and the diagnosis, and a facility's flat-fee
// package is a price for one service (fraud_flat_packages, as cloning.ts and clone-templates.ts set
// it aside). A bill carried by one or two lines (a lump sum, a tariff-sized top-up) is no
// itemisation at all and proves nothing. Stays only: an outpatient bill is the facility's price
// list for a visit (consultation, a standard panel, standard drugs), which visits of different
// groups may share, and cloning.ts compares outpatient bills within one service only. Groups
// differ in their base (case mix group, case type and specific group), not merely in severity:
// the severity level is the coder's reading of the secondary diagnoses, and a package priced for
// a service (a delivery) may be billed alike to patients of two levels of it, too few at each for
// fraud_flat_packages. Pure SQL over fraud_claim_base.
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { patientLinesSql } from './clone-bills.js';
import { SHARED_EVENT_ICD10 } from './clone-templates.js';
import { FLAT_PACKAGE_TABLE, claimVectorSql } from './distributions.js';
import type { DetectorThreshold } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/** CLONING's crossGroupLineRupiah. */
export const CROSS_GROUP_LINE_RUPIAH: DetectorThreshold = Object.freeze({
  value: 100,
  source:
    'Assumption: a bill retyped or exported from another billing system keeps each line to its Rp100 rounding (hospital tariffs are priced in hundreds; clone-bills.ts reads a rescaled copy to the same rounding), so two bills whose 18 components each differ by Rp100 at most are one bill. Anything further apart across groups is left to the same-CBG comparisons. Measured on 150,000 generated members (254,439 claims, 64,139 of them stays): no pair of claims of one facility, different CBGs and other patients is within Rp100 on every component, and bill_reused_across_groups names no claim there (0 hits).',
});

/** The CLONING thresholds the comparison across groups is read with (clone-thresholds.ts declares them). */
export interface CrossGroupThresholds {
  readonly crossGroupLineRupiah: number;
  readonly templateWindowDays: number;
  readonly templateMinFamily: number;
  readonly minCopiedLines: number;
  readonly maxComponentDistance: number;
}

/** SQL: the 18 tariff components of claim `alias`, in TARIFF_COMPONENTS order. */
const billSql = (alias: string): string => `[${TARIFF_COMPONENTS.map(([c]) => `${alias}.${c}`).join(', ')}]::BIGINT[]`;

/**
 * How far apart (rupiah) two stays' bill totals may be when every component is within
 * `lineRupiah`: the pairs are joined on it, and arrival looks up the request's claims by it
 * (arrival-request-sql.ts).
 */
export const crossGroupTotalRupiah = (lineRupiah: number): number => TARIFF_COMPONENTS.length * lineRupiah;

/**
 * SQL of the hits (signal bill_reused_across_groups): a stay of the facility whose 18 tariff
 * components are each within `crossGroupLineRupiah` of another patient's stay of another base
 * group (not a severity level of its own) within `templateWindowDays`, at least `minCopiedLines`
 * patient lines (drugs, tests, consumables) billed, neither stay a claim of one of the facility's
 * flat-fee packages, neither bill the INA-CBG tariff of either group, not twins and not patients
 * of one event. The copy is the later
 * submission; when `templateMinFamily` patients or more share the bill across groups every one is
 * named, the first too (which is the template the claims cannot say).
 */
export function crossGroupCopiesSql(t: CrossGroupThresholds): string {
  const totalRupiah = crossGroupTotalRupiah(t.crossGroupLineRupiah);
  const alike = `len(list_filter(list_zip(a.bill, b.bill), z -> abs(z[1] - z[2]) > ${t.crossGroupLineRupiah})) = 0`;
  return `
WITH s0 AS (
  SELECT c.nomor_sep, c.card_key, c.birth_date, c.facility_id, c.kode_inacbg, c.cbg_base, c.kode_dpjp, c.tgl_masuk, c.tgl_pengajuan,
    c.paid_amount, c.billed_cost, c.tarif_inacbg, c.dx_primary, ${claimVectorSql('c', t.maxComponentDistance)}, ${billSql('c')} AS bill,
    c.billed_cost // ${Math.max(totalRupiah, 1)} AS total_bucket
  FROM fraud_claim_base c
  -- an itemised stay: the patient's own lines billed, not a lump sum on one or two lines
  WHERE c.jenis_rawat = 1 AND len(list_filter(${patientLinesSql('c')}, x -> x > 0)) >= ${t.minCopiedLines}
), s AS (
  -- a claim of one of the facility's packages (fraud_flat_packages: its price across care classes, as CLONING reads it)
  SELECT s0.* FROM s0 WHERE NOT EXISTS (SELECT 1 FROM ${FLAT_PACKAGE_TABLE} k WHERE k.facility_id = s0.facility_id
    AND k.kode_inacbg = s0.kode_inacbg AND k.pxs = s0.pxs AND k.package_bucket = s0.package_bucket)
), pairs AS (
  SELECT a.nomor_sep, b.nomor_sep AS other_sep, b.card_key AS other_card, b.kode_inacbg AS other_cbg, b.kode_dpjp AS other_dpjp,
    b.tgl_masuk AS other_masuk,
    (b.tgl_pengajuan < a.tgl_pengajuan OR (b.tgl_pengajuan = a.tgl_pengajuan AND b.nomor_sep < a.nomor_sep)) AS other_is_earlier
  -- bills within totalRupiah of each other lie in one bucket of that width or neighbouring ones: an equi-join key (on the
  -- facility alone the join paired every two stays of a hospital; measured on 150,000 generated members: 0.9 CPU
  -- seconds, 0.15 with the buckets)
  FROM (SELECT s.*, s.total_bucket + o.d AS near_bucket FROM s CROSS JOIN (SELECT unnest([-1, 0, 1]) AS d) o) a
  JOIN s b ON a.facility_id = b.facility_id AND b.total_bucket = a.near_bucket AND a.cbg_base <> b.cbg_base
    AND b.billed_cost BETWEEN a.billed_cost - ${totalRupiah} AND a.billed_cost + ${totalRupiah}
    AND b.tgl_masuk BETWEEN a.tgl_masuk - ${t.templateWindowDays} AND a.tgl_masuk + ${t.templateWindowDays}
  WHERE a.card_key <> b.card_key AND a.birth_date IS DISTINCT FROM b.birth_date AND ${alike}
    -- a bill equal to a group's INA-CBG tariff is the payer's price, not the hospital's itemisation
    AND NOT list_contains([a.tarif_inacbg, b.tarif_inacbg], a.billed_cost) AND NOT list_contains([a.tarif_inacbg, b.tarif_inacbg], b.billed_cost)
    AND NOT (abs(a.tgl_masuk - b.tgl_masuk) <= 1 AND regexp_matches(a.dx_primary, ${literal(SHARED_EVENT_ICD10)})
      AND regexp_matches(b.dx_primary, ${literal(SHARED_EVENT_ICD10)}))
), family AS (
  SELECT nomor_sep, count(DISTINCT other_card) AS copies, bool_or(other_is_earlier) AS earlier_copy,
    list(other_sep ORDER BY other_masuk, other_sep) AS originals, list(DISTINCT other_cbg ORDER BY other_cbg) AS other_cbgs,
    list(DISTINCT other_dpjp ORDER BY other_dpjp) AS doctors, min(other_masuk) AS first_masuk, max(other_masuk) AS last_masuk
  FROM pairs GROUP BY nomor_sep
  HAVING earlier_copy OR copies + 1 >= ${t.templateMinFamily}
)
SELECT a.nomor_sep, 'bill_reused_across_groups' AS signal, a.paid_amount AS amount_at_risk, f.originals[1:10] AS related_sep,
  format('Every tariff component within {} of the bill of {} stay(s) of other patients at {} in other INA-CBG groups ({}; {} to {}; doctor(s) {}; this claim: {}, doctor {}): one itemised bill reused across diagnoses',
    ${rupiahSql(t.crossGroupLineRupiah)}, len(f.originals), a.facility_id, array_to_string(f.other_cbgs, ', '), f.first_masuk, f.last_masuk,
    array_to_string(f.doctors, ', '), a.kode_inacbg, a.kode_dpjp) AS evidence_en,
  format('Setiap komponen tarif selisih paling banyak {} dari tagihan {} rawat inap pasien lain di {} dengan kelompok INA-CBG lain ({}; {} s.d. {}; dokter {}; klaim ini: {}, dokter {}): satu tagihan rinci dipakai ulang untuk diagnosis berbeda',
    ${rupiahSql(t.crossGroupLineRupiah)}, len(f.originals), a.facility_id, array_to_string(f.other_cbgs, ', '), f.first_masuk, f.last_masuk,
    array_to_string(f.doctors, ', '), a.kode_inacbg, a.kode_dpjp) AS evidence_id
FROM s a JOIN family f USING (nomor_sep)`;
}
