// Primary care (FKTP): the puskesmas and klinik pratama members are registered with, their
// P-Care visits (a visit that refers the member to hospital writes the referral a hospital
// claim's SEP then carries), monthly capitation per FKTP, and chronic-programme (PRB,
// Program Rujuk Balik) pharmacy refills. No service falls on an inactive card, before the
// member's registration (a newborn: birth) or after death.
import { CAPITATION_RATE_BOUNDS, PRB_MAX_DAYS_SUPPLY } from '../schema/index.js';
import { PROVINCES, REGENCIES_PER_PROVINCE } from '../reference/index.js';
import { literal } from '../sql/index.js';
import type { RunPlan } from './options.js';
import { pick } from './sql.js';
import { newbornSql } from './membership.js';

/** Members per FKTP of each kind in a regency (assumption: ~23,000 FKTP for ~245M members, densified for samples). */
const MEMBERS_PER_FKTP = 300;
const MAX_FKTP_PER_REGENCY = 25;
/** Share of members registered with a puskesmas rather than a klinik pratama (assumption). */
export const PUSKESMAS_SHARE = 0.6;
/** Primary-care visits per member-year besides those that refer (assumption: BPJS reports of FKTP use, roughly 1.2). */
export const FKTP_VISITS_PER_MEMBER_YEAR = 1.2;
/** Healthy (screening, immunisation, antenatal) visits among them (assumption). */
export const HEALTHY_VISIT_SHARE = 0.25;
const VISIT_SLOTS = 12;
/** Common primary-care diagnoses and their weights (assumption). */
const FKTP_DIAGNOSES: ReadonlyArray<readonly [string, number]> = [
  ['J06.9', 0.25],
  ['K30', 0.1],
  ['I10', 0.12],
  ['E11.9', 0.06],
  ['A09', 0.08],
  ['M79.1', 0.08],
  ['L30.9', 0.06],
  ['J02.9', 0.07],
  ['K29.7', 0.05],
  ['R50.9', 0.05],
  ['H10.9', 0.04],
  ['B34.9', 0.04],
];
/** Members aged 40 or more in the chronic programme (assumption: PRB covers a minority of chronic patients). */
export const PRB_SHARE = 0.05;
/** PRB conditions (ICD-10), their share and mean monthly medication cost in rupiah (assumption). */
export const PRB_CONDITIONS: ReadonlyArray<readonly [string, number, number]> = [
  ['E11.9', 0.33, 250_000],
  ['I10', 0.35, 120_000],
  ['I25.1', 0.1, 300_000],
  ['J45.9', 0.05, 200_000],
  ['J44.9', 0.04, 250_000],
  ['G40.9', 0.03, 150_000],
  ['F20.9', 0.03, 200_000],
  ['I69.4', 0.07, 180_000],
];
/** A PRB member skips a month's refill this often (assumption). */
const PRB_MISSED_MONTH = 0.1;
/** Refills shorter than a month (assumption). */
const PRB_SHORT_SUPPLY = 0.15;

/** FKTPs of each kind per regency, by the size of the extract. */
function fktpPerRegency(plan: RunPlan): number {
  const regencies = PROVINCES.length * REGENCIES_PER_PROVINCE;
  return Math.min(MAX_FKTP_PER_REGENCY, Math.max(1, Math.round(plan.members / regencies / MEMBERS_PER_FKTP)));
}

/**
 * SQL: is day `d` of member `id` outside JKN cover (inactive card, before registration or, for
 * a newborn, birth, after death)? The member's columns carry `prefix` (`x.` for `m x`).
 */
export function uncoveredSql(id: string, d: string, prefix = 'x.'): string {
  return `(${d} < (CASE WHEN ${newbornSql(prefix)} THEN ${prefix}birth_date ELSE ${prefix}jkn_registered_date END)
    OR ${d} > coalesce(${prefix}death_date, DATE '9999-12-31')
    OR EXISTS (SELECT 1 FROM card_inactive w WHERE w.id = ${id} AND ${d} >= w.s AND ${d} < w.e))`;
}

/** Table `m_fktp` (id, fktp_id): the FKTP each member is registered with. */
export function memberFktpSql(plan: RunPlan): string {
  return `CREATE OR REPLACE TABLE m_fktp AS
SELECT id, regency_code || (CASE WHEN u(id, 'fktpkind') < ${PUSKESMAS_SHARE} THEN 'P' ELSE 'K' END)
  || lpad((1 + ui(id, 'fktp', ${fktpPerRegency(plan)}))::VARCHAR, 3, '0') AS fktp_id
FROM m ORDER BY id`;
}

/** Tables `fktp` (facilities), `fv` (visits), `cap` (capitation) and `prb` (refills); after claims_out. */
export function primaryCareSql(plan: RunPlan): string[] {
  const dx = pick(
    `u(k, 'fktpdx')`,
    FKTP_DIAGNOSES.map(([c]) => literal(c)),
    FKTP_DIAGNOSES.map(([, w]) => w),
  );
  const prbDx = pick(
    `u(id, 'prbdx')`,
    PRB_CONDITIONS.map(([c]) => literal(c)),
    PRB_CONDITIONS.map(([, w]) => w),
  );
  const prbCost = `(CASE dx ${PRB_CONDITIONS.map(([c, , cost]) => `WHEN ${literal(c)} THEN ${cost}`).join(' ')} END)`;
  const years = `((c_end - c_start + 1) / 365.25)`;
  return [
    `
CREATE OR REPLACE TABLE fktp AS
SELECT DISTINCT fktp_id AS facility_id, CASE substr(fktp_id, 5, 1) WHEN 'P' THEN 'PUSKESMAS' ELSE 'KLINIK_PRATAMA' END AS facility_type,
  substr(fktp_id, 1, 2) AS province_code, substr(fktp_id, 1, 4) AS regency_code
FROM m_fktp ORDER BY facility_id`,
    `
CREATE OR REPLACE TABLE fv AS
WITH ref AS (
  -- the visit that wrote each primary-care referral a hospital claim carries
  SELECT claim_key * 10 + 1 AS _key, 'KJR' || lpad(claim_key::VARCHAR, 14, '0') AS visit_id, c.id, c.nomor_kartu, c.ppk_rujukan AS facility_id,
    c.tgl_rujukan AS tgl_kunjungan, 'SAKIT' AS jenis_kunjungan, split_part(c.diagnosa, '#', 1) AS diagnosa, c.no_rujukan, c.facility_id AS ppk_tujuan
  FROM claims_out c WHERE c.asal_rujukan = 1
), span AS (
  SELECT id, nomor_kartu, greatest(DATE '${plan.ledgerStart}', CASE WHEN ${newbornSql()} THEN birth_date ELSE jkn_registered_date END) AS c_start,
    least(DATE '${plan.ledgerEnd}', coalesce(death_date, DATE '${plan.ledgerEnd}')) AS c_end
  FROM m
), slots AS (
  SELECT s.*, f.fktp_id, (s.id * ${VISIT_SLOTS + 1} + slot) * 10 + 2 AS k
  FROM span s JOIN m_fktp f USING (id), range(${VISIT_SLOTS}) t(slot)
  WHERE c_end >= c_start AND u((s.id * ${VISIT_SLOTS + 1} + slot) * 10 + 2, 'fktpvisit') < least(0.95, ${FKTP_VISITS_PER_MEMBER_YEAR} * ${years} / ${VISIT_SLOTS})
), ordinary AS (
  SELECT k AS _key, 'KJ' || lpad(k::VARCHAR, 15, '0') AS visit_id, id, nomor_kartu, fktp_id AS facility_id,
    c_start + ui(k, 'fktpday', c_end - c_start + 1)::INTEGER AS tgl_kunjungan,
    CASE WHEN u(k, 'healthy') < ${HEALTHY_VISIT_SHARE} THEN 'SEHAT' ELSE 'SAKIT' END AS jenis_kunjungan,
    ${dx} AS dx0, NULL::VARCHAR AS no_rujukan, NULL::VARCHAR AS ppk_tujuan
  FROM slots
)
SELECT _key, visit_id, nomor_kartu, facility_id, tgl_kunjungan, jenis_kunjungan, diagnosa, no_rujukan, ppk_tujuan FROM ref
UNION ALL
SELECT o._key, o.visit_id, o.nomor_kartu, o.facility_id, o.tgl_kunjungan, o.jenis_kunjungan,
  CASE WHEN o.jenis_kunjungan = 'SAKIT' THEN o.dx0 END, o.no_rujukan, o.ppk_tujuan
FROM ordinary o JOIN m x ON x.id = o.id
WHERE NOT ${uncoveredSql('o.id', 'o.tgl_kunjungan')}
ORDER BY _key`,
    `
CREATE OR REPLACE TABLE cap AS
WITH d AS (
  -- counted from the first month that begins registered, through the month of death
  SELECT f.fktp_id, greatest(${plan.firstMonth}, year(m.jkn_registered_date) * 12 + month(m.jkn_registered_date) - (CASE WHEN day(m.jkn_registered_date) = 1 THEN 1 ELSE 0 END)) AS mi, 1 AS delta
  FROM m JOIN m_fktp f USING (id)
  UNION ALL
  SELECT f.fktp_id, year(m.death_date) * 12 + month(m.death_date), -1
  FROM m JOIN m_fktp f USING (id) WHERE m.death_date IS NOT NULL
), grid AS (
  SELECT facility_id AS fktp_id, unnest(range(${plan.firstMonth}, ${plan.lastMonth + 1})) AS mi FROM fktp
), n AS (
  SELECT g.fktp_id, g.mi, sum(coalesce(s.delta, 0)) OVER (PARTITION BY g.fktp_id ORDER BY g.mi) AS registered_members
  FROM grid g LEFT JOIN (SELECT fktp_id, mi, sum(delta) AS delta FROM d GROUP BY ALL) s USING (fktp_id, mi)
)
SELECT n.fktp_id AS facility_id, month_date(n.mi) AS period, n.registered_members::INTEGER AS registered_members,
  r.rate AS capitation_rate, (n.registered_members * r.rate)::BIGINT AS capitation_amount,
  hash(n.fktp_id) % 1000000 * 1000 + n.mi - ${plan.firstMonth} AS _key
FROM n JOIN (SELECT facility_id, round(CASE WHEN facility_type = 'PUSKESMAS'
      THEN ${CAPITATION_RATE_BOUNDS.P[0] + 600} + u(hash(facility_id) % 1000000000, 'caprate') * ${CAPITATION_RATE_BOUNDS.P[1] - CAPITATION_RATE_BOUNDS.P[0] - 600}
      ELSE ${CAPITATION_RATE_BOUNDS.K[0] + 1000} + u(hash(facility_id) % 1000000000, 'caprate') * ${CAPITATION_RATE_BOUNDS.K[1] - CAPITATION_RATE_BOUNDS.K[0] - 1000} END, -2)::BIGINT AS rate
    FROM fktp) r ON r.facility_id = n.fktp_id
WHERE n.registered_members > 0
ORDER BY n.fktp_id, n.mi`,
    `
CREATE OR REPLACE TABLE prb AS
WITH p AS (
  SELECT m.id, m.nomor_kartu, m.regency_code, f.fktp_id, ${prbDx} AS dx,
    greatest(DATE '${plan.ledgerStart}', m.jkn_registered_date) AS c_start,
    least(DATE '${plan.ledgerEnd}', coalesce(m.death_date, DATE '${plan.ledgerEnd}')) AS c_end
  FROM m JOIN m_fktp f USING (id)
  WHERE m.age_end >= 40 AND u(m.id, 'prb') < ${PRB_SHARE}
), r AS (
  SELECT p.*, c_start + ui(id, 'prbstart', greatest(1, (c_end - c_start) // 2))::INTEGER AS first_day FROM p WHERE c_end > c_start
), k AS (
  SELECT r.*, unnest(range(0, greatest(0, (c_end - first_day) // 30) + 1)) AS n FROM r
), d AS (
  SELECT k.*, id * 1000 + n AS _key, first_day + (30 * n + ui(id * 1000 + n, 'prbjit', 4))::INTEGER AS tgl_resep
  FROM k WHERE u(id * 1000 + n, 'prbmiss') >= ${PRB_MISSED_MONTH}
)
SELECT d._key, 'PRB' || lpad(d._key::VARCHAR, 14, '0') AS prb_claim_id, d.nomor_kartu, d.fktp_id,
  d.regency_code || 'A' || lpad((1 + ui(d.id, 'apotek', 3))::VARCHAR, 3, '0') AS apotek_id, d.tgl_resep, d.dx AS diagnosa,
  CASE WHEN u(d._key, 'prbshort') < ${PRB_SHORT_SUPPLY} THEN 7 + ui(d._key, 'prbdays', ${PRB_MAX_DAYS_SUPPLY - 7})::INTEGER ELSE ${PRB_MAX_DAYS_SUPPLY} END AS hari_obat,
  round(${prbCost} * lognorm(d._key, 'prbcost', 0.3) * (CASE WHEN u(d._key, 'prbshort') < ${PRB_SHORT_SUPPLY} THEN (7 + ui(d._key, 'prbdays', ${PRB_MAX_DAYS_SUPPLY - 7})) / ${PRB_MAX_DAYS_SUPPLY}.0 ELSE 1.0 END), -2)::BIGINT AS biaya_obat
FROM d JOIN m x ON x.id = d.id
WHERE d.tgl_resep <= d.c_end AND NOT ${uncoveredSql('d.id', 'd.tgl_resep')}
ORDER BY d._key`,
  ];
}
