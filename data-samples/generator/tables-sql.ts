// Typed SELECTs of the source tables built from the generation tables (each with a BIGINT
// `_key` that seeds its defects), and the ground-truth tables kept apart under truth/.
import type { TableName } from '../schema/types.js';
import { CREDIT, JKK_BASE_FREQUENCY, JKK_GROUP_FACTOR } from './calibration.js';
import type { RunPlan } from './options.js';
import { double, literal, varcharList } from '../sql/index.js';
import { HELD_OUT_VARIANTS, LOOKALIKES } from './variants.js';
import { monthStartIso } from './sql.js';
import { TARIFF_COMPONENTS } from '../schema/index.js';
import { DOCTORS_SELECT } from './doctors.js';
import { MEMBERSHIP_EVENTS_SELECT } from './membership.js';

/** The reported wage at which the credit latent's wage term is zero (the 1-5 year mean, DOMAIN.md). */
const CREDIT_REFERENCE_WAGE = 4_200_000;
/** Wage term assumed for members without a reported wage (assumption). */
const CREDIT_UNKNOWN_WAGE_TERM = 0.3;

/** The typed parts of each source table, in file order. */
export function sourceParts(plan: RunPlan, table: Exclude<TableName, 'contributions'>): string[] {
  switch (table) {
    case 'members':
      return [
        `SELECT m.id AS _key, nik, nomor_kartu, birth_date, sex, province_code, regency_code, jkn_segment, care_class,
        jkn_registered_date, bpjstk_registered_date, jht_opening_balance, h.nomor_kk, h.hubungan_keluarga FROM m JOIN hh h USING (id) ORDER BY m.id`,
      ];
    case 'employers':
      // The size band is the one that drives KK/PAK frequency (emp_jkk).
      return [
        `SELECT e.idx AS _key, e.employer_id, e.sector_code, e.jkk_risk_group, e.province_code, e.regency_code, j.size_band, e.registered_date
        FROM emp e JOIN emp_jkk j USING (idx) ORDER BY e.idx`,
      ];
    case 'facilities':
      return [
        `SELECT idx AS _key, facility_id, facility_type, hospital_class, province_code, regency_code, ownership, tariff_region,
        round(latitude, 5) AS latitude, round(longitude, 5) AS longitude FROM fac`,
      ];
    case 'membership_events':
      return [MEMBERSHIP_EVENTS_SELECT];
    case 'doctors':
      return [DOCTORS_SELECT];
    case 'employment_spells':
      return [
        `SELECT sk AS _key, spell_id, nik, employer_id, CASE WHEN bpu THEN 'BPU' ELSE 'PU' END AS worker_category,
        start_date, end_date, reported_wage FROM spells_x`,
      ];
    case 'claims':
      return [
        `SELECT claim_key AS _key, nomor_sep, nomor_kartu, facility_id, tgl_sep, tgl_masuk, tgl_pulang, tgl_pengajuan,
        jenis_rawat, kelas_rawat, discharge_status, icu_indikator, icu_los, ventilator_hour, upgrade_class_ind, upgrade_class_class,
        upgrade_class_los, upgrade_class_payor, diagnosa, procedure, coder_id, kode_dpjp,
        ${TARIFF_COMPONENTS.map(([n]) => n).join(', ')},
        kode_inacbg, tarif_inacbg, special_cmg, tarif_special_cmg, billed_cost, verified_cost,
        no_rujukan, ppk_rujukan, tgl_rujukan, asal_rujukan, jenis_pelayanan, waktu_masuk, waktu_pulang, waktu_operasi, lateralitas
        FROM claims_out`,
      ];
    case 'fktp_facilities':
      return [
        `SELECT row_number() OVER (ORDER BY facility_id) AS _key, facility_id, facility_type, province_code, regency_code FROM fktp ORDER BY facility_id`,
      ];
    case 'fktp_visits':
      return [
        `SELECT _key, visit_id, nomor_kartu, facility_id, tgl_kunjungan, jenis_kunjungan, diagnosa, no_rujukan, ppk_tujuan FROM fv ORDER BY _key`,
      ];
    case 'capitation':
      return [
        `SELECT _key, facility_id, period, registered_members, capitation_rate, capitation_amount FROM cap ORDER BY facility_id, period`,
      ];
    case 'prb_claims':
      return [
        `SELECT _key, prb_claim_id, nomor_kartu, fktp_id, apotek_id, tgl_resep, diagnosa, hari_obat, biaya_obat FROM prb ORDER BY _key`,
      ];
    case 'kkpak_cases':
      return [
        `SELECT sk AS _key, case_id, nik, employer_id, accident_date, reported_date, case_type, location, outcome, days_off,
        nomor_sep, jkk_benefit_paid FROM kk`,
      ];
    case 'deaths':
      return [
        `SELECT id AS _key, nik, death_date,
        CASE WHEN work_death THEN 'JKM'
             WHEN id IN (SELECT id FROM claims_final WHERE discharge_status = 4) THEN 'JKN'
             WHEN registered AND u(id, 'deathsource') < 0.3 THEN 'JKM' ELSE 'DUKCAPIL' END AS source
        FROM m WHERE death_date IS NOT NULL AND death_date <= DATE '${plan.ledgerEnd}'`,
      ];
    case 'audit_outcomes':
      return [`SELECT _key, audit_id, nomor_sep, audit_date, outcome, fraud_type, amount_recovered FROM audits`];
  }
}

/** Ground truth: one SELECT per truth table (typed, not defected). */
export function truthSql(plan: RunPlan): Record<'claim_fraud' | 'claim_lookalike' | 'credit_outcome' | 'employer_safety', string> {
  const observationDates = CREDIT.observationMonthsBeforeEnd.map((k) => `DATE '${monthStartIso(plan.lastMonth + 1 - k)}'`);
  return {
    claim_fraud: `SELECT nomor_sep, fraud_type, amount_at_risk, 'SCH-' || facility_id || '-' || fraud_type AS scheme_id, facility_id,
        variant, list_contains(${varcharList(HELD_OUT_VARIANTS)}, variant) AS held_out
      FROM claims_final WHERE fraud_type IS NOT NULL ORDER BY claim_key`,
    claim_lookalike: `SELECT c.nomor_sep, c.lookalike, l.resembles, c.facility_id
      FROM claims_out c JOIN (VALUES ${LOOKALIKES.map((x) => `(${literal(x.code)}, ${literal(x.resembles)})`).join(', ')}) l(lookalike, resembles) USING (lookalike)
      WHERE c.fraud_type IS NULL ORDER BY c.claim_key`,
    credit_outcome: `
      SELECT nik, observation_date, (u(id * 7 + k, 'default') < pd)::INTEGER AS default_12m, pd, discipline AS latent
      FROM (
        SELECT m.*, o.k, o.observation_date,
          sigmoid(${CREDIT.intercept} - ${CREDIT.disciplineSlope} * discipline
            + ${CREDIT.lowWageSlope} * (CASE WHEN wage IS NULL THEN ${CREDIT_UNKNOWN_WAGE_TERM} ELSE ln(${CREDIT_REFERENCE_WAGE} / wage) END)
            + (CASE WHEN jkn_segment IN ('PBPU', 'BP') THEN ${CREDIT.selfPayerShift} ELSE 0 END)) AS pd
        FROM m CROSS JOIN (SELECT * FROM (VALUES ${observationDates.map((d, i) => `(${i}, ${d})`).join(', ')}) t(k, observation_date)) o
        WHERE (o.observation_date - m.birth_date) / 365.25 >= 18 AND m.jkn_registered_date <= o.observation_date
          AND (m.death_date IS NULL OR m.death_date > o.observation_date + 365)
      ) ORDER BY id, k`,
    employer_safety: `
      SELECT e.employer_id, e.safety_latent,
        ${double(JKK_BASE_FREQUENCY)} * [${JKK_GROUP_FACTOR.map(double).join(', ')}][e.jkk_risk_group] * e.safety_multiplier * j.jkk_employer_factor AS expected_frequency,
        e.under_reported_wage, e.registers_after_accident, e.jkk_risk_group,
        j.size_band, j.size_factor, j.region_factor, e.compliance_latent, j.compliance_factor, j.jkk_employer_factor
      FROM emp e JOIN emp_jkk j USING (idx) ORDER BY e.idx`,
  };
}
