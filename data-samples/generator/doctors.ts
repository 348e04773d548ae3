// The doctor registry and the SEP fields of a claim.
//
// Doctors: every facility has `n_doctors` DPJP slots (facilities.ts). A doctor holds the
// slot of their home facility and, with a practice licence there too, the same slot at one
// or two of the nearest other facilities (at most three licences in all).
// A visiting doctor takes the slot at the other facility; claims name the doctor of the
// slot, so one doctor legitimately bills at two or three hospitals, sometimes the same day.
//
// SEP fields (claims_out): the referral (from the member's own primary-care facility, from
// the hospital a patient was transferred from, or none for an emergency admission), times of
// admission and discharge that hold every ventilator hour billed, an operation time inside
// the stay where a surgical procedure is billed, and the side of sided procedures.
import { LATERAL_PROCEDURES, SPECIALTIES } from '../reference/clinical.js';
import { MAX_DOCTOR_LICENCES } from '../schema/index.js';
import { varcharList } from '../sql/index.js';
import { NEWBORN_KEY_REMAINDER } from './claims-skeleton.js';
import { EMERGENCY_OUTPATIENT_SHARE } from './clinic-days.js';
import { distanceKmSql } from './facilities.js';
import { uncoveredSql } from './primary-care.js';
import { pick } from './sql.js';

/** Share of doctors with a second licence at the nearest facility, and a third at the next (assumption). */
export const SECOND_LICENCE_SHARE = 0.3;
export const THIRD_LICENCE_SHARE = 0.1;
/** Specialty mix of the registry (assumption: DPJP of INA-CBG claims, internal medicine and surgery most common). */
const SPECIALTY_WEIGHTS: Readonly<Record<(typeof SPECIALTIES)[number], number>> = {
  UMUM: 0.08,
  SP_PD: 0.18,
  SP_B: 0.1,
  SP_OG: 0.1,
  SP_A: 0.1,
  SP_JP: 0.06,
  SP_N: 0.06,
  SP_M: 0.04,
  SP_OT: 0.05,
  SP_P: 0.04,
  SP_THT: 0.03,
  SP_KK: 0.03,
  SP_U: 0.03,
  SP_AN: 0.05,
  SP_RAD: 0.03,
  SP_KFR: 0.02,
};
/** Inpatients admitted through the emergency department without a referral (assumption). */
export const EMERGENCY_INPATIENT_SHARE = 0.35;
/** Outpatient visits on the hospital's own (internal or follow-up) referral rather than primary care's (assumption). */
const INTERNAL_OUTPATIENT_SHARE = 0.25;
/** A primary-care referral is used on the day it is written this often; otherwise 1-30 days later (assumption; valid 90 days). */
const SAME_DAY_REFERRAL_SHARE = 0.5;
/**
 * Honest emergency (IGD) claims whose SEP follows the admission by 1-3 days (assumption): an
 * emergency patient is treated first and the SEP issued within 3 x 24 hours (BPJS Kesehatan),
 * after a short stay sometimes after discharge. A sick newborn's SEP follows its registration.
 */
export const EMERGENCY_LATE_SEP_SHARE = 0.15;
/** The look-alike code of a legitimate SEP issued after admission (variants.ts). */
const LATE_SEP_LOOKALIKE = 'sep_after_admission';
/** Days of chronic medication a referral hospital dispenses per visit (Permenkes 28/2014: up to 30). */
const CHRONIC_SUPPLY_DAYS = 30;
/** Sided procedures done on both sides (assumption); the rest split evenly right and left. */
const BILATERAL_SHARE = 0.04;

/** SQL: the side drawn for the sided procedures of the claim with draw key `key`. */
export function drawnSideSql(key: string): string {
  return `(CASE WHEN u(${key}, 'side') < ${BILATERAL_SHARE} THEN 'B' WHEN u(${key}, 'side') < ${(1 + BILATERAL_SHARE) / 2} THEN 'R' ELSE 'L' END)`;
}

export function doctorsSql(): string[] {
  const dist = distanceKmSql('f.latitude', 'f.longitude', 'p.latitude', 'p.longitude');
  const specialty = pick(
    `u(doctor_key, 'specialty')`,
    SPECIALTIES.map((s) => `'${s}'`),
    SPECIALTIES.map((s) => SPECIALTY_WEIGHTS[s]),
  );
  return [
    `CREATE OR REPLACE TABLE fac_near AS
     SELECT f.idx, p.idx AS near_idx, row_number() OVER (PARTITION BY f.idx ORDER BY ${dist}, p.idx) AS k
     FROM fac f JOIN fac p ON p.idx <> f.idx
     QUALIFY k <= 2`,
    `CREATE OR REPLACE TABLE doc_slot AS
     WITH slots AS (
       SELECT idx, facility_id, unnest(range(1, n_doctors + 1)) AS slot FROM fac
     ), visits AS (
       SELECT s.idx AS home_idx, s.slot, n.near_idx AS idx, n.k
       FROM slots s JOIN fac_near n ON n.idx = s.idx JOIN fac g ON g.idx = n.near_idx
       WHERE s.slot <= g.n_doctors
         AND u(s.idx * 1000 + s.slot, 'licence' || n.k) < (CASE n.k WHEN 1 THEN ${SECOND_LICENCE_SHARE} ELSE ${THIRD_LICENCE_SHARE} END)
       QUALIFY row_number() OVER (PARTITION BY n.near_idx, s.slot ORDER BY n.k, s.idx) = 1
     )
     SELECT s.idx, s.facility_id, s.slot, coalesce(v.home_idx, s.idx) * 1000 + s.slot AS doctor_key, v.home_idx IS NOT NULL AS visiting
     FROM slots s LEFT JOIN visits v ON v.idx = s.idx AND v.slot = s.slot`,
    `CREATE OR REPLACE TABLE docs AS
     WITH d AS (
       SELECT doctor_key, string_agg(facility_id, '#' ORDER BY visiting, facility_id) AS licensed_facilities, count(*) AS n_licences
       FROM doc_slot GROUP BY doctor_key
     )
     SELECT doctor_key, 'DR' || lpad((row_number() OVER (ORDER BY u(doctor_key, 'doctorid'), doctor_key))::VARCHAR, 8, '0') AS doctor_id,
       ${specialty} AS specialty, licensed_facilities, n_licences
     FROM d`,
    `CREATE OR REPLACE TABLE doc_slot AS SELECT s.*, d.doctor_id FROM doc_slot s JOIN docs d USING (doctor_key)`,
  ];
}

/**
 * claims_out: claims_final with the doctor registry's DPJP and the SEP fields. Minutes of
 * the day: admission `m_in`, discharge `m_out`; a stay of L nights lasts 1440 L + m_out - m_in
 * minutes, and `need` is the least m_out - m_in that holds the ventilator hours billed.
 */
export function claimsOutSql(): string {
  const lateral = varcharList(LATERAL_PROCEDURES);
  return `
CREATE OR REPLACE TABLE claims_out AS
WITH early_refill AS (
  -- an honest member holds one chronic supply at a time: a claim within a supply period of an
  -- earlier chronic-drug fill bills its drugs as ordinary drugs (the billed total is unchanged)
  SELECT b.claim_key FROM claims_final b JOIN claims_final o
    ON o.nomor_kartu = b.nomor_kartu AND o.claim_key <> b.claim_key AND o.tarif_obat_kronis > 0
    AND o.tgl_masuk BETWEEN b.tgl_masuk - ${CHRONIC_SUPPLY_DAYS - 1} AND b.tgl_masuk AND (o.tgl_masuk < b.tgl_masuk OR o.claim_key < b.claim_key)
  WHERE b.fraud_type IS NULL AND b.lookalike IS NULL AND b.tarif_obat_kronis > 0
  GROUP BY b.claim_key
), base AS (
  SELECT c.* REPLACE (
      CASE WHEN er.claim_key IS NOT NULL THEN c.tarif_obat + c.tarif_obat_kronis ELSE c.tarif_obat END AS tarif_obat,
      CASE WHEN er.claim_key IS NOT NULL THEN 0 ELSE c.tarif_obat_kronis END AS tarif_obat_kronis),
    (c.tgl_pulang - c.tgl_masuk)::INTEGER AS nights, m.regency_code AS member_regency, m.id AS member_id,
    -- a transfer's second stay (relocated in claims-final.ts: claim key = anchor + 8)
    CASE WHEN c.claim_key = c.anchor_key + 8 THEN o.facility_id END AS from_facility,
    CASE WHEN c.claim_key = c.anchor_key + 8 THEN o.tgl_pulang END AS from_pulang,
    coalesce(ds.doctor_id, c.kode_dpjp) AS doctor_id,
    c.claim_key % 200 = ${NEWBORN_KEY_REMAINDER} AS newborn_stay, m.jkn_registered_date AS member_registered, mf.fktp_id AS member_fktp,
    m.birth_date AS mb_birth_date, m.jkn_registered_date AS mb_jkn_registered_date, m.death_date AS mb_death_date,
    c.tgl_masuk - (CASE WHEN u(c.claim_key, 'rujsame') < ${SAME_DAY_REFERRAL_SHARE} THEN 0 ELSE 1 + ui(c.claim_key, 'rujlag', 30) END)::INTEGER AS fktp_day
  FROM claims_final c JOIN m ON m.id = c.id JOIN m_fktp mf ON mf.id = c.id
  LEFT JOIN early_refill er ON er.claim_key = c.claim_key
  LEFT JOIN claims_final o ON o.claim_key = c.anchor_key
  LEFT JOIN doc_slot ds ON ds.facility_id = substr(c.kode_dpjp, 2, 8) AND ds.slot = TRY_CAST(substr(c.kode_dpjp, 10) AS INTEGER)
), ref AS (
  SELECT base.*,
    CASE WHEN from_facility IS NOT NULL THEN 'TRANSFER'
         WHEN newborn_stay THEN 'BIRTH'
         WHEN jenis_rawat = 1 AND u(claim_key, 'emergency') < ${EMERGENCY_INPATIENT_SHARE} THEN 'IGD'
         WHEN jenis_rawat = 2 AND u(claim_key, 'emergency') < ${EMERGENCY_OUTPATIENT_SHARE} THEN 'IGD'
         WHEN jenis_rawat = 2 AND u(claim_key, 'internal') < ${INTERNAL_OUTPATIENT_SHARE} THEN 'INTERNAL'
         ELSE 'FKTP' END AS route
  FROM base
), ref2 AS (
  SELECT ref.*,
    CASE route WHEN 'TRANSFER' THEN from_facility WHEN 'INTERNAL' THEN facility_id WHEN 'BIRTH' THEN facility_id
      WHEN 'FKTP' THEN member_fktp END AS ppk_rujukan,
    CASE route WHEN 'TRANSFER' THEN least(from_pulang, tgl_masuk)
      WHEN 'INTERNAL' THEN tgl_masuk - ui(claim_key, 'rujlag', 30)::INTEGER
      WHEN 'BIRTH' THEN tgl_masuk
      -- the P-Care visit that wrote it fell on a covered day (primary-care.ts), else the referral is the same day's
      WHEN 'FKTP' THEN (CASE WHEN ${uncoveredSql('member_id', 'fktp_day', 'mb_')} THEN tgl_masuk ELSE fktp_day END) END AS tgl_rujukan,
    -- least m_out - m_in (minutes) that holds the ventilator hours; a same-day visit lasts at least 30 minutes
    least(1380, greatest(60 * ventilator_hour - 1440 * nights, CASE WHEN nights = 0 THEN 30 ELSE -1380 END)) AS need
  FROM ref
), times AS (
  SELECT ref2.*,
    least(1439 - greatest(need, 0), CASE WHEN route = 'IGD' THEN ui(claim_key, 'inmin', 1440) ELSE 420 + ui(claim_key, 'inmin', 480) END) AS m_in
  FROM ref2
), times2 AS (
  SELECT times.*,
    CASE WHEN nights = 0 THEN m_in + need + ui(claim_key, 'outmin', least(240, 1440 - (m_in + need)))
         ELSE greatest(m_in + need, 0, least(1439, 480 + ui(claim_key, 'outmin', 420))) END AS m_out
  FROM times
), t AS (
  SELECT times2.*,
    tgl_masuk + to_minutes(m_in) AS waktu_masuk,
    tgl_pulang + to_minutes(m_out) AS waktu_pulang,
    coalesce(eye_side, ${drawnSideSql('draw_key')}) AS side,
    -- a newborn's SEP on its registration; an emergency SEP 1-3 days after admission (honest claims only)
    CASE WHEN newborn_stay THEN greatest(tgl_masuk, member_registered)
         ELSE tgl_masuk + 1 + ui(claim_key, 'latesepdays', 3)::INTEGER END AS sep_late,
    (newborn_stay AND member_registered > tgl_masuk) OR (route = 'IGD' AND fraud_type IS NULL AND lookalike IS NULL AND tgl_sep = tgl_masuk
      AND u(claim_key, 'latesep') < ${EMERGENCY_LATE_SEP_SHARE}) AS late_sep
  FROM times2
)
SELECT t.* EXCLUDE (kode_dpjp, doctor_id, need, m_in, m_out, side, eye_side, from_facility, from_pulang, member_regency, member_id,
    newborn_stay, member_registered, member_fktp, tgl_sep, lookalike, mb_birth_date, mb_jkn_registered_date, mb_death_date, fktp_day, sep_late, late_sep),
  doctor_id AS kode_dpjp,
  CASE WHEN late_sep THEN sep_late ELSE tgl_sep END AS tgl_sep,
  CASE WHEN late_sep AND lookalike IS NULL THEN '${LATE_SEP_LOOKALIKE}' ELSE lookalike END AS lookalike,
  CASE WHEN route <> 'IGD' THEN ppk_rujukan || strftime(tgl_rujukan, '%m%y') || (CASE route WHEN 'FKTP' THEN 'B' ELSE 'Y' END)
    || lpad((row_number() OVER (PARTITION BY ppk_rujukan, strftime(tgl_rujukan, '%m%y') ORDER BY claim_key))::VARCHAR, 6, '0') END AS no_rujukan,
  CASE WHEN route <> 'IGD' THEN ppk_rujukan END AS ppk_rujukan,
  CASE WHEN route <> 'IGD' THEN tgl_rujukan END AS tgl_rujukan,
  CASE route WHEN 'IGD' THEN NULL WHEN 'FKTP' THEN 1 ELSE 2 END AS asal_rujukan,
  CASE WHEN route = 'IGD' THEN 'IGD' WHEN jenis_rawat = 1 THEN 'RAWAT_INAP' ELSE 'RAWAT_JALAN' END AS jenis_pelayanan,
  waktu_masuk, waktu_pulang,
  CASE WHEN procedure IS NOT NULL AND tarif_prosedur_bedah > 0
    THEN waktu_masuk + to_minutes(least(ui(claim_key, 'opmin', 1440 * least(nights, 2) + 600), greatest(date_diff('minute', waktu_masuk, waktu_pulang) - 30, 0))) END AS waktu_operasi,
  CASE WHEN procedure IS NOT NULL
    THEN array_to_string(list_transform(string_split(procedure, '#'), x -> CASE WHEN list_contains(${lateral}, x) THEN side ELSE 'N' END), '#') END AS lateralitas
FROM t
ORDER BY claim_key`;
}

/**
 * A doctor shared by two facilities in a referral scheme works at both, so holds a licence
 * at both: the registry adds the second facility (up to three licences in all).
 */
export function sharedDoctorLicencesSql(): string {
  return `CREATE OR REPLACE TABLE docs AS
WITH extra AS (
  SELECT DISTINCT c.kode_dpjp AS doctor_id, c.facility_id
  FROM claims_out c JOIN docs d ON d.doctor_id = c.kode_dpjp
  WHERE NOT list_contains(string_split(d.licensed_facilities, '#'), c.facility_id)
), added AS (
  SELECT doctor_id, list(facility_id ORDER BY facility_id) AS facilities FROM extra GROUP BY doctor_id
)
SELECT d.* REPLACE (array_to_string(list_slice(string_split(d.licensed_facilities, '#') || coalesce(a.facilities, []), 1, ${MAX_DOCTOR_LICENCES}), '#') AS licensed_facilities)
FROM docs d LEFT JOIN added a USING (doctor_id)
ORDER BY d.doctor_id`;
}

/** The doctors source table. */
export const DOCTORS_SELECT = `SELECT doctor_key AS _key, doctor_id, specialty, licensed_facilities FROM docs ORDER BY doctor_id`;
