// Claim-level fraud SQL: the claim base (a claim joined with its member, facility, death and
// CBG norm), CBG peer statistics as of each submission month, the pairs of episodes of one
// card that detectors and member features look at, and the point-in-time claim features.
import {
  CARE_CLASS_TARIFF_FACTOR,
  HOSPITAL_CLASS_TARIFF_FACTOR,
  ICD10,
  PRIVATE_TARIFF_FACTOR,
  REGION_TARIFF_FACTOR,
  SPECIAL_CMG,
} from '../../data-samples/reference/index.js';
import { TARIFF_COMPONENTS } from '../../data-samples/schema/index.js';
import { literal, varcharList } from '../../data-samples/sql/index.js';
import { SEVERITY_RAISING_DX } from './reference-sql.js';

/** Source tables the fraud SQL reads; the batch reads raw_*, arrival scoring its own copies. */
export interface FraudSources {
  readonly claims: string;
  readonly members: string;
  readonly facilities: string;
  readonly deaths: string;
  readonly kkpak: string;
  readonly audits: string;
  /** P-Care visits (the referral letters FKTPs wrote), PRB pharmacy claims and the doctor registry: optional tables of the contract, empty when an extract lacks them. */
  readonly fktpVisits: string;
  readonly prbClaims: string;
  readonly doctors: string;
}

export const RAW_SOURCES: FraudSources = Object.freeze({
  claims: 'raw_claims',
  members: 'raw_members',
  facilities: 'raw_facilities',
  deaths: 'raw_deaths',
  kkpak: 'raw_kkpak_cases',
  audits: 'raw_audit_outcomes',
  fktpVisits: 'raw_fktp_visits',
  prbClaims: 'raw_prb_claims',
  doctors: 'raw_doctors',
});

/** Kilometres per degree of latitude (mean Earth radius 6,371 km). */
export const KM_PER_DEGREE = 111.2;
/** Days of member history the member features and episode pairs look back over (DOMAIN.md: "claims in the last 90 days"). */
export const MEMBER_LOOKBACK_DAYS = 90;
/** A CBG's peer statistics need this many earlier claims; fewer, and the submission month itself is included (assumption). */
export const MIN_PEER_CLAIMS = 30;
/** Days since last discharge when the member has none in the look-back (a neutral "long ago"). */
export const NO_PRIOR_DISCHARGE_DAYS = 365;
/** Rupiah added to both sides of cost ratios so zero components stay finite (a rounding unit of the tariff). */
const COST_SMOOTHING = 1000;

/**
 * ICD-10 codes only plausible for one sex, as regular expressions on the code (WHO ICD-10
 * volume 2, 4.2.5 "sex-specific categories"): male genital organs (N40-N51, C60-C63, D29, D40)
 * and female genital organs, pregnancy and childbirth (O, C51-C58, N70-N98, D25-D28, D39, Z32-Z37, Z39).
 * For a code of the published code set (data-samples/reference ICD10) its own sex restriction
 * decides (it is what coders are audited against); the patterns cover codes outside it.
 */
export const MALE_ONLY_ICD10 = '^(N4[0-9]|N5[01]|C6[0-3]|D29|D40)';
export const FEMALE_ONLY_ICD10 = '^(O|C5[1-8]|N7[0-9]|N8[0-9]|N9[0-8]|D2[5-8]|D39|Z3[2-7]|Z39)';
/** Pregnancy, childbirth and the puerperium (ICD-10 chapter XV). */
export const OBSTETRIC_ICD10 = '^O';
/** Conditions originating in the perinatal period and liveborn infants (ICD-10 P00-P96, Z38). */
export const PERINATAL_ICD10 = '^(P|Z38)';
/** Ages outside which an obstetric code cannot be the card holder's (assumption: youngest and oldest recorded births). */
export const OBSTETRIC_AGE = Object.freeze({ min: 10, max: 60 });
/** Age from which a perinatal or newborn code cannot be the card holder's own (an adult; assumption). */
export const PERINATAL_MAX_AGE = 18;

export function distanceKmSql(lat1: string, lon1: string, lat2: string, lon2: string): string {
  return `(${KM_PER_DEGREE} * sqrt(power(${lat1} - ${lat2}, 2) + power((${lon1} - ${lon2}) * cos(radians((${lat1} + ${lat2}) / 2)), 2)))`;
}

/** SQL listing the special CMG codes of a claim whose justifying procedure is missing. */
function unjustifiedTopupsSql(): string {
  const checks = SPECIAL_CMG.filter((s) => s.requiredProcedures.length > 0).map(
    (s) =>
      `CASE WHEN list_contains(topups, ${literal(s.code)}) AND NOT list_has_any(px_list, ${varcharList(s.requiredProcedures)}) THEN ${literal(s.code)} END`,
  );
  return `list_filter([${checks.join(', ')}]::VARCHAR[], x -> x IS NOT NULL)`;
}

/** SQL: is `x` one of `codes`? An IN list of constants, measured twice as fast per code as list_contains on a list literal. */
const inCodes = (x: string, codes: readonly string[]): string =>
  codes.length > 0 ? `${x} IN (${codes.map(literal).join(', ')})` : 'false';

/** SQL: is the ICD-10 code `x` only plausible for sex `sex` (L or P)? */
function sexOnly(sex: 'L' | 'P', x: string): string {
  const knownCodes = ICD10.map((c) => c.code);
  const restrictedCodes = ICD10.filter((c) => c.sex === sex).map((c) => c.code);
  return `(CASE WHEN ${inCodes(x, knownCodes)} THEN ${inCodes(x, restrictedCodes)} ELSE regexp_matches(${x}, ${literal(sex === 'P' ? FEMALE_ONLY_ICD10 : MALE_ONLY_ICD10)}) END)`;
}

/** SQL CASE mapping `x` through a table of factors (1 for a value it lacks). */
const factorSql = (x: string, factors: Readonly<Record<string | number, number>>): string =>
  `CASE ${Object.entries(factors)
    .map(([k, v]) => `WHEN ${x}::VARCHAR = ${literal(k)} THEN ${v}`)
    .join(' ')} ELSE 1 END`;

/**
 * SQL: the tariff key of claim `c` at facility `f`: the INA-CBG relativities of its care class,
 * hospital class, regional tariff group and ownership (data-samples/reference, PMK 3/2023 shape).
 * A bill divided by it (claim base `base_log_cost`) is comparable across regions and classes: a
 * private class C hospital in region 5 is paid, and bills, about a fifth more for the same care.
 */
function tariffKeySql(c: string, f: string): string {
  return `(${factorSql(`${c}.kelas_rawat`, CARE_CLASS_TARIFF_FACTOR)} * ${factorSql(`${f}.hospital_class`, HOSPITAL_CLASS_TARIFF_FACTOR)}
    * ${factorSql(`${f}.tariff_region`, REGION_TARIFF_FACTOR)} * CASE WHEN ${f}.ownership = 'SWASTA' THEN ${PRIVATE_TARIFF_FACTOR} ELSE 1 END)`;
}

export function claimBaseSql(src: FraudSources): string {
  return `
CREATE OR REPLACE TABLE fraud_claim_base AS
WITH c AS (
  SELECT c.*, string_split(c.diagnosa, '#') AS dx_list, coalesce(string_split(c.procedure, '#'), []::VARCHAR[]) AS px_list,
    -- the side of each procedure (lateralitas, optional in the contract: empty without it)
    coalesce(string_split(c.lateralitas, '#'), []::VARCHAR[]) AS side_list,
    coalesce(string_split(c.special_cmg, '#'), []::VARCHAR[]) AS topups
  FROM ${src.claims} c
)
SELECT c.nomor_sep, c.card_key, c.facility_id, c.tgl_sep, c.tgl_masuk, c.tgl_pulang, c.tgl_pengajuan,
  date_trunc('month', c.tgl_pengajuan)::DATE AS submit_month,
  c.jenis_rawat, c.kelas_rawat, c.discharge_status, c.icu_indikator, c.icu_los, c.ventilator_hour,
  c.upgrade_class_ind, c.upgrade_class_class, c.upgrade_class_los, c.upgrade_class_payor,
  c.diagnosa, c.procedure, c.dx_list, c.px_list, c.side_list, c.topups, c.dx_list[1] AS dx_primary,
  -- clinical groups: the ICD-10 category (3 characters) and the CBG case-mix group without its severity
  left(c.dx_list[1], 3) AS dx_category,
  split_part(c.kode_inacbg, '-', 1) || '-' || split_part(c.kode_inacbg, '-', 2) || '-' || split_part(c.kode_inacbg, '-', 3) AS cbg_base,
  c.kode_dpjp, c.coder_id, c.kode_inacbg, split_part(c.kode_inacbg, '-', 1) AS cmg,
  -- the SEP's referral and times (optional in the contract: NULL in older extracts)
  c.no_rujukan, c.ppk_rujukan, c.tgl_rujukan, c.asal_rujukan, c.jenis_pelayanan, c.waktu_masuk, c.waktu_pulang, c.waktu_operasi,
  CASE split_part(c.kode_inacbg, '-', 4) WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 ELSE 0 END AS severity_rank,
  c.tarif_inacbg, c.tarif_special_cmg, c.special_cmg, c.billed_cost,
  (c.tarif_inacbg + c.tarif_special_cmg)::BIGINT AS paid_amount,
  ${TARIFF_COMPONENTS.map(([name]) => `c.${name}`).join(', ')},
  (c.tarif_obat + c.tarif_alkes + c.tarif_bmhp)::BIGINT AS drug_device_cost,
  ln((c.tarif_obat + c.tarif_alkes + c.tarif_bmhp + ${COST_SMOOTHING}) / (c.billed_cost - c.tarif_obat - c.tarif_alkes - c.tarif_bmhp + ${COST_SMOOTHING})) AS drug_device_log,
  ln((c.billed_cost + ${COST_SMOOTHING}) / (c.tarif_inacbg + ${COST_SMOOTHING})) AS billed_to_tariff_log,
  ${tariffKeySql('c', 'f')} AS tariff_key_factor,
  ln((c.billed_cost + ${COST_SMOOTHING}) / ${tariffKeySql('c', 'f')}) AS base_log_cost,
  (c.tgl_pulang - c.tgl_masuk)::INTEGER AS los,
  -- working days (Monday-Friday) from the admission to the SEP's issue: the emergency window is counted in working days
  CASE WHEN c.tgl_sep > c.tgl_masuk
    THEN len(list_filter(range(c.tgl_masuk::TIMESTAMP + INTERVAL 1 DAY, c.tgl_sep::TIMESTAMP + INTERVAL 1 DAY, INTERVAL 1 DAY), d -> isodow(d) <= 5))
    ELSE 0 END::INTEGER AS sep_delay_working_days,
  CASE WHEN c.jenis_rawat = 1 AND r.los_norm > 0 THEN (c.tgl_pulang - c.tgl_masuk) / r.los_norm ELSE 0 END AS los_ratio,
  r.los_norm,
  len(list_filter(c.dx_list[2:], x -> list_contains(${varcharList(SEVERITY_RAISING_DX)}, x))) AS severity_raising_dx,
  ${unjustifiedTopupsSql()} AS unjustified_topups,
  m.member_key, m.sex, m.birth_date, m.care_class, m.jkn_segment, m.province_code AS member_province, m.bpjstk_registered_date,
  m.family_key, m.hubungan_keluarga,
  ((c.tgl_masuk - m.birth_date) / 365.25)::DOUBLE AS age,
  CASE WHEN m.sex = 'L' THEN list_filter(c.dx_list, x -> ${sexOnly('P', 'x')}) || (CASE WHEN split_part(c.kode_inacbg, '-', 1) = 'O' THEN ['CBG ' || c.kode_inacbg] ELSE [] END)::VARCHAR[]
       WHEN m.sex = 'P' THEN list_filter(c.dx_list, x -> ${sexOnly('L', 'x')})
       ELSE []::VARCHAR[] END AS sex_inconsistent_codes,
  list_filter(c.dx_list, x ->
    (regexp_matches(x, ${literal(OBSTETRIC_ICD10)}) AND NOT ((c.tgl_masuk - m.birth_date) / 365.25 BETWEEN ${OBSTETRIC_AGE.min} AND ${OBSTETRIC_AGE.max}))
    OR (regexp_matches(x, ${literal(PERINATAL_ICD10)}) AND (c.tgl_masuk - m.birth_date) / 365.25 >= ${PERINATAL_MAX_AGE})) AS age_inconsistent_codes,
  f.hospital_class, f.province_code AS facility_province, f.latitude, f.longitude,
  d.death_date
FROM c
LEFT JOIN ${src.members} m ON m.card_key = c.card_key
LEFT JOIN ${src.facilities} f ON f.facility_id = c.facility_id
LEFT JOIN ${src.deaths} d ON d.member_key = m.member_key
LEFT JOIN fraud_ref_cbg r ON r.code = c.kode_inacbg`;
}

/** Per CBG and submission month: peer means over claims submitted in earlier months (surgical fee among claims that carry one). */
export function cbgPeerSql(): string {
  return `
CREATE OR REPLACE TABLE fraud_cbg_peer_month AS
WITH m AS (
  SELECT kode_inacbg, submit_month, count(*) AS n, sum(drug_device_log) AS s_dd, sum(billed_to_tariff_log) AS s_bt, sum(los_ratio) AS s_los,
    count(*) FILTER (WHERE tarif_prosedur_bedah > 0) AS n_sx, coalesce(sum(tarif_prosedur_bedah), 0) AS s_sx
  FROM fraud_claim_base GROUP BY ALL
), c AS (
  SELECT *, sum(n) OVER w AS n_prior, sum(s_dd) OVER w AS dd_prior, sum(s_bt) OVER w AS bt_prior, sum(s_los) OVER w AS los_prior,
    sum(n_sx) OVER w AS nsx_prior, sum(s_sx) OVER w AS sx_prior,
    sum(n) OVER v AS n_incl, sum(s_dd) OVER v AS dd_incl, sum(s_bt) OVER v AS bt_incl, sum(s_los) OVER v AS los_incl,
    sum(n_sx) OVER v AS nsx_incl, sum(s_sx) OVER v AS sx_incl
  FROM m
  WINDOW w AS (PARTITION BY kode_inacbg ORDER BY submit_month ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
         v AS (PARTITION BY kode_inacbg ORDER BY submit_month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
)
SELECT kode_inacbg, submit_month,
  CASE WHEN coalesce(n_prior, 0) >= ${MIN_PEER_CLAIMS} THEN n_prior ELSE n_incl END AS peer_n,
  CASE WHEN coalesce(n_prior, 0) >= ${MIN_PEER_CLAIMS} THEN dd_prior / n_prior ELSE dd_incl / n_incl END AS peer_drug_device_log,
  CASE WHEN coalesce(n_prior, 0) >= ${MIN_PEER_CLAIMS} THEN bt_prior / n_prior ELSE bt_incl / n_incl END AS peer_billed_to_tariff_log,
  CASE WHEN coalesce(n_prior, 0) >= ${MIN_PEER_CLAIMS} THEN los_prior / n_prior ELSE los_incl / n_incl END AS peer_los_ratio,
  CASE WHEN coalesce(nsx_prior, 0) >= ${MIN_PEER_CLAIMS} THEN sx_prior / nsx_prior ELSE sx_incl / nullif(nsx_incl, 0) END AS peer_surgical_fee
FROM c`;
}

/**
 * Pairs (claim, other episode of the same card) within the look-back or overlapping the
 * stay. `known` says whether the other claim had been submitted when this one was: model
 * features use only known pairs; detectors, run for a post-payment audit, may use all.
 */
export function cardPairsSql(): string {
  return `
CREATE OR REPLACE TABLE fraud_card_pairs AS
SELECT a.nomor_sep, b.nomor_sep AS other_sep, b.facility_id AS other_facility, b.facility_province AS other_province,
  b.tgl_masuk AS other_masuk, b.tgl_pulang AS other_pulang, b.tgl_pengajuan AS other_pengajuan,
  b.kode_inacbg AS other_cbg, b.dx_primary AS other_dx, b.jenis_rawat AS other_jenis_rawat,
  b.cbg_base AS other_cbg_base, b.dx_category AS other_dx_category, b.discharge_status AS other_discharge_status,
  b.billed_cost AS other_billed_cost, b.member_province IS NOT DISTINCT FROM b.facility_province AS other_in_member_province,
  b.tgl_pengajuan <= a.tgl_pengajuan AS known,
  coalesce(${distanceKmSql('a.latitude', 'a.longitude', 'b.latitude', 'b.longitude')}, 0) AS distance_km
FROM fraud_claim_base a JOIN fraud_claim_base b
  ON a.card_key = b.card_key AND a.nomor_sep <> b.nomor_sep
 AND b.tgl_masuk BETWEEN a.tgl_masuk - ${MEMBER_LOOKBACK_DAYS} AND a.tgl_pulang`;
}

/** Claim and member features, point-in-time: only episodes submitted by this claim's submission. */
export function claimFeaturesSql(): string {
  return `
CREATE OR REPLACE TABLE fraud_claim_level AS
WITH p AS (
  SELECT nomor_sep,
    count(*) FILTER (WHERE other_masuk < b_masuk) AS member_claims_90d,
    count(DISTINCT other_facility) FILTER (WHERE other_masuk < b_masuk AND other_facility <> b_facility) AS other_facilities_90d,
    min(b_masuk - other_pulang) FILTER (WHERE other_masuk < b_masuk AND other_pulang <= b_masuk) AS days_since_last_discharge,
    count(*) FILTER (WHERE other_masuk = b_masuk) AS same_day_episodes,
    count(*) FILTER (WHERE other_jenis_rawat = 1 AND other_masuk < b_pulang AND other_pulang > b_masuk) AS overlapping_episodes,
    max(distance_km) FILTER (WHERE other_masuk = b_masuk AND other_facility <> b_facility) AS same_day_distance_km
  FROM (SELECT x.*, b.tgl_masuk AS b_masuk, b.tgl_pulang AS b_pulang, b.facility_id AS b_facility
        FROM fraud_card_pairs x JOIN fraud_claim_base b USING (nomor_sep) WHERE x.known)
  GROUP BY nomor_sep
),
-- a grouped count joined back: the same figure as count(*) OVER (PARTITION BY doctor, day), without sorting every claim's row
doctor_day AS (SELECT kode_dpjp, tgl_masuk, count(*) AS doctor_daily_volume FROM fraud_claim_base GROUP BY ALL)
SELECT b.nomor_sep, b.facility_id, b.submit_month, b.kode_inacbg,
  b.los_ratio, coalesce(pm.peer_los_ratio, 0) AS peer_los_ratio,
  b.severity_rank, b.severity_raising_dx,
  b.drug_device_log - coalesce(pm.peer_drug_device_log, b.drug_device_log) AS drug_device_log_excess, pm.peer_drug_device_log,
  b.billed_to_tariff_log - coalesce(pm.peer_billed_to_tariff_log, b.billed_to_tariff_log) AS billed_to_tariff_log_excess, pm.peer_billed_to_tariff_log,
  (len(b.unjustified_topups) > 0)::INTEGER AS topup_without_procedure,
  least(coalesce(p.days_since_last_discharge, ${NO_PRIOR_DISCHARGE_DAYS}), ${NO_PRIOR_DISCHARGE_DAYS}) AS days_since_last_discharge,
  coalesce(p.same_day_episodes, 0) AS same_day_episodes,
  coalesce(p.overlapping_episodes, 0) AS overlapping_episodes,
  coalesce(p.same_day_distance_km, 0) AS same_day_distance_km,
  dd.doctor_daily_volume,
  greatest(coalesce(b.care_class, b.kelas_rawat) - b.kelas_rawat, 0) AS class_above_entitlement,
  (len(b.sex_inconsistent_codes) > 0)::INTEGER AS sex_inconsistent_dx,
  coalesce(p.member_claims_90d, 0) AS member_claims_90d,
  1 + coalesce(p.other_facilities_90d, 0) AS member_facilities_90d
FROM fraud_claim_base b
LEFT JOIN p USING (nomor_sep)
JOIN doctor_day dd ON dd.kode_dpjp IS NOT DISTINCT FROM b.kode_dpjp AND dd.tgl_masuk IS NOT DISTINCT FROM b.tgl_masuk
LEFT JOIN fraud_cbg_peer_month pm ON pm.kode_inacbg = b.kode_inacbg AND pm.submit_month = b.submit_month`;
}
