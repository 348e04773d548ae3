// Typed SELECTs of the source tables built from the generation tables (each with a BIGINT
// `_key` that seeds its defects), and the ground-truth tables kept apart under truth/.
import type { TableName } from '../schema/types.js';
import { CREDIT, JKK_BASE_FREQUENCY, JKK_GROUP_FACTOR } from './calibration.js';
import type { RunPlan } from './options.js';
import { monthStartIso, num } from './sql.js';
import { TARIFF_COMPONENTS } from '../schema/index.js';

/** The reported wage at which the credit latent's wage term is zero (the 1-5 year mean, DOMAIN.md). */
const CREDIT_REFERENCE_WAGE = 4_200_000;
/** Wage term assumed for members without a reported wage (assumption). */
const CREDIT_UNKNOWN_WAGE_TERM = 0.3;

/** The typed parts of each source table, in file order. */
export function sourceParts(plan: RunPlan, table: Exclude<TableName, 'contributions'>): string[] {
  switch (table) {
    case 'members':
      return [`SELECT id AS _key, nik, nomor_kartu, birth_date, sex, province_code, regency_code, jkn_segment, care_class,
        jkn_registered_date, bpjstk_registered_date, jht_opening_balance FROM m`];
    case 'employers':
      return [`SELECT idx AS _key, employer_id, sector_code, jkk_risk_group, province_code, regency_code,
        CASE WHEN n_workers < 5 THEN 'MIKRO' WHEN n_workers < 20 THEN 'KECIL' WHEN n_workers < 100 THEN 'MENENGAH' ELSE 'BESAR' END AS size_band,
        registered_date
        FROM (SELECT e.*, coalesce(w.n, 0) AS n_workers FROM emp e
              LEFT JOIN (SELECT employer_idx, count(DISTINCT id) AS n FROM spells WHERE employer_idx IS NOT NULL GROUP BY employer_idx) w
              ON w.employer_idx = e.idx) ORDER BY idx`];
    case 'facilities':
      return [`SELECT idx AS _key, facility_id, facility_type, hospital_class, province_code, regency_code, ownership, tariff_region,
        round(latitude, 5) AS latitude, round(longitude, 5) AS longitude FROM fac`];
    case 'employment_spells':
      return [`SELECT sk AS _key, spell_id, nik, employer_id, CASE WHEN bpu THEN 'BPU' ELSE 'PU' END AS worker_category,
        start_date, end_date, reported_wage FROM spells_x`];
    case 'claims':
      return [`SELECT claim_key AS _key, nomor_sep, nomor_kartu, facility_id, tgl_sep, tgl_masuk, tgl_pulang, tgl_pengajuan,
        jenis_rawat, kelas_rawat, discharge_status, icu_indikator, icu_los, ventilator_hour, upgrade_class_ind, upgrade_class_class,
        upgrade_class_los, upgrade_class_payor, diagnosa, procedure, coder_id, kode_dpjp,
        ${TARIFF_COMPONENTS.map(([n]) => n).join(', ')},
        kode_inacbg, tarif_inacbg, special_cmg, tarif_special_cmg, billed_cost, verified_cost FROM claims_final`];
    case 'kkpak_cases':
      return [`SELECT sk AS _key, case_id, nik, employer_id, accident_date, reported_date, case_type, location, outcome, days_off,
        nomor_sep, jkk_benefit_paid FROM kk`];
    case 'deaths':
      return [`SELECT id AS _key, nik, death_date,
        CASE WHEN work_death THEN 'JKM'
             WHEN id IN (SELECT id FROM claims_final WHERE discharge_status = 4) THEN 'JKN'
             WHEN registered AND u(id, 'deathsource') < 0.3 THEN 'JKM' ELSE 'DUKCAPIL' END AS source
        FROM m WHERE death_date IS NOT NULL AND death_date <= DATE '${plan.ledgerEnd}'`];
    case 'audit_outcomes':
      return [`SELECT _key, audit_id, nomor_sep, audit_date, outcome, fraud_type, amount_recovered FROM audits`];
  }
}

/** Ground truth: one SELECT per truth table (typed, not defected). */
export function truthSql(plan: RunPlan): Record<'claim_fraud' | 'credit_outcome' | 'employer_safety', string> {
  const observationDates = CREDIT.observationMonthsBeforeEnd.map((k) => `DATE '${monthStartIso(plan.lastMonth + 1 - k)}'`);
  return {
    claim_fraud: `SELECT nomor_sep, fraud_type, amount_at_risk, 'SCH-' || facility_id || '-' || fraud_type AS scheme_id, facility_id
      FROM claims_final WHERE fraud_type IS NOT NULL ORDER BY claim_key`,
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
      SELECT employer_id, safety_latent,
        ${num(JKK_BASE_FREQUENCY)} * [${JKK_GROUP_FACTOR.map(num).join(', ')}][jkk_risk_group] * safety_multiplier AS expected_frequency,
        under_reported_wage, registers_after_accident, jkk_risk_group
      FROM emp ORDER BY idx`,
  };
}
