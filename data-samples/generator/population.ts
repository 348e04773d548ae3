// The population stage: employers, persons (m_base), their BPJamsostek spells with JKK
// accidents, and the final member table `m` every later stage reads. All typed, in DuckDB.
import { PROVINCES, REGENCIES_PER_PROVINCE, SECTORS, JKK_RATES } from '../reference/index.js';
import {
  ACTIVE_SHARE,
  AGE_BANDS,
  BPU_SHARE_OF_ACTIVE,
  BPU_WORKER_PBPU_SHARE,
  EARLIER_SPELL_WAGE_FACTOR,
  JHT_LOG_SIGMA,
  JHT_TARGET_BY_AGE,
  JKK_BASE_FREQUENCY,
  JKK_GROUP_FACTOR,
  JKK_WOMEN_FACTOR,
  BPU_RISK_GROUP,
  KK_OUTCOMES,
  LATE_REGISTERING_EMPLOYER_SHARE,
  MANDIRI_CLASS_SHARES,
  MEAN_WAGE_OVER_5Y,
  MORTALITY,
  NON_WORKER_SEGMENTS,
  PPU_CLASS1_WAGE,
  PUBLISHED,
  SAFETY_LOG_SIGMA,
  SECOND_SPELL_SHARE,
  THIRD_SPELL_SHARE,
  UNDER_REPORTED_WAGE_FACTOR,
  UNDER_REPORTING_EMPLOYER_SHARE,
  WAGE_FLOOR,
  WAGE_LOG_SIGMA,
  WOMEN_SHARE_OF_WORKERS,
  WORKING_AGE_REGISTERED_SHARE,
} from './calibration.js';
import type { RunPlan } from './options.js';
import { employerJkkSql } from './jkk-risk.js';
import { double, literal } from '../sql/index.js';
import { pick } from './sql.js';
import { NEWBORN_REGISTRATION_DAYS } from '../schema/index.js';

/**
 * Babies who need a stay at birth (perinatology: low birth weight, jaundice, infection), among
 * births in the ledger (assumption: Riskesdas 2018 puts low birth weight at 6.2%; other neonatal
 * problems double it). Their stay is a claim of their own, as BPJS Kesehatan provides for a
 * newborn with a medical problem; a healthy newborn is part of the mother's delivery claim.
 */
export const NEWBORN_ADMISSION_SHARE = 0.12;

const DAYS_PER_YEAR = 365.25;
/** Skew of employer sizes: a worker picks rank floor(n * u^EMPLOYER_SKEW) (assumption). */
const EMPLOYER_SKEW = 2.2;
/** Share of workers employed in their own province (assumption). */
const HOME_PROVINCE_EMPLOYMENT = 0.85;
/** Multiplicative scatter of employer registration: up to this many years before the ledger end. */
const EMPLOYER_MAX_AGE_YEARS = 30;
/** JKN began on 1 January 2014: no JKN registration is earlier. */
const JKN_START = '2014-01-01';
/** PP 49/2023 JKK rates apply from this month (members also in JKP). */
const PP49_FROM_MONTH = 2023 * 12 + 8;
/**
 * Twins: an odd-numbered person under 5 has a twin (the next person) with this probability
 * (assumption; about 1.2% of births are twin births). Twins share birth date, address, JKN
 * segment, class and registration; `family_id` is the first twin's id.
 */
const TWIN_SHARE = 0.025;
const TWIN_MAX_AGE = 5;

const provinceCodes = PROVINCES.map((p) => literal(p.code));
const provinceWeights = PROVINCES.map((p) => p.populationWeight);

/** SQL for the JKK rate of a risk group `g` in month index `mi` (PP 44/2015, then PP 49/2023). */
export function jkkRateSql(g: string, mi: string): string {
  const old = JKK_RATES.pp44_2015.rateByGroup;
  const neu = JKK_RATES.pp49_2023.rateByGroup;
  return `(CASE WHEN ${mi} >= ${PP49_FROM_MONTH} THEN [${[1, 2, 3, 4, 5].map((k) => double(neu[k as 1])).join(', ')}][${g}] ELSE [${[1, 2, 3, 4, 5].map((k) => double(old[k as 1])).join(', ')}][${g}] END)`;
}

export function employersSql(plan: RunPlan): string[] {
  const sectorPick = pick(
    `u(idx, 'sector')`,
    SECTORS.map((s) => literal(s.code)),
    SECTORS.map((s) => s.workforceWeight),
  );
  return [
    `
CREATE OR REPLACE TABLE emp AS
WITH b AS (
  SELECT idx,
    CASE WHEN idx <= ${PROVINCES.length} THEN [${provinceCodes.join(', ')}][idx]
         ELSE ${pick(`u(idx, 'eprov')`, provinceCodes, provinceWeights)} END AS province_code,
    ${sectorPick} AS sector_code,
    z(idx, 'safety') AS safety_latent,
    z(idx, 'compliance') AS compliance_latent,
    u(idx, 'underwage') < ${UNDER_REPORTING_EMPLOYER_SHARE} AS under_reported_wage,
    u(idx, 'latereg') < ${LATE_REGISTERING_EMPLOYER_SHARE} AS registers_after_accident,
    DATE '${plan.ledgerEnd}' - (60 + floor(power(u(idx, 'ereg'), 1.5) * ${EMPLOYER_MAX_AGE_YEARS * DAYS_PER_YEAR}))::INTEGER AS registered_date
  FROM range(1, ${plan.employers + 1}) t(idx)
)
SELECT b.*, s.jkk_risk_group,
  lpad(((idx * 48271 + 10000019) % 100000000)::VARCHAR, 8, '0') AS employer_id,
  b.province_code || lpad((1 + ui(idx, 'ereg2', ${REGENCIES_PER_PROVINCE}))::VARCHAR, 2, '0') AS regency_code,
  row_number() OVER (PARTITION BY b.province_code ORDER BY idx) - 1 AS prov_rank,
  exp(${SAFETY_LOG_SIGMA} * safety_latent - ${(SAFETY_LOG_SIGMA * SAFETY_LOG_SIGMA) / 2}) AS safety_multiplier
FROM b JOIN ref_sector s USING (sector_code)
ORDER BY idx`,
    `CREATE OR REPLACE TABLE emp_count AS SELECT province_code, count(*) AS n FROM emp GROUP BY province_code`,
  ];
}

/** Persons: demographics, BPJamsostek registration and tenure, a base death date. */
export function membersBaseSql(plan: RunPlan): string {
  const [b0, b1, b2] = AGE_BANDS as [
    readonly [number, number, number],
    readonly [number, number, number],
    readonly [number, number, number],
  ];
  const c0 = b0[2];
  const c1 = b0[2] + b1[2];
  const [t0, t1] = PUBLISHED.tenureShare;
  const years = plan.months / 12;
  // the first twin's age draw is below this when it is under TWIN_MAX_AGE (the first band is linear in the draw)
  const twinDraw = (c0 * TWIN_MAX_AGE) / (b0[1] - b0[0]);
  return `
CREATE OR REPLACE TABLE m_base AS
WITH a0 AS (
  SELECT id, CASE WHEN id % 2 = 0 AND u(id - 1, 'twin') < ${TWIN_SHARE} AND u(id - 1, 'age') < ${twinDraw} THEN id - 1 ELSE id END AS family_id
  FROM range(1, ${plan.members + 1}) t(id)
), a AS (
  SELECT id, family_id, u(family_id, 'age') AS ua, u(id, 'tenure') AS ut,
    ${pick(`u(family_id, 'prov')`, provinceCodes, provinceWeights)} AS province_code
  FROM a0
), b AS (
  SELECT *,
    CASE WHEN ua < ${c0} THEN ${b0[0]} + ${b0[1] - b0[0]} * ua / ${c0}
         WHEN ua < ${c1} THEN ${b1[0]} + ${b1[1] - b1[0]} * (ua - ${c0}) / ${b1[2]}
         ELSE ${b2[0]} + ${b2[1] - b2[0]} * (ua - ${c1}) / ${b2[2]} END AS age_raw,
    CASE WHEN ut < ${t0} THEN 0 WHEN ut < ${t0 + t1} THEN 1 ELSE 2 END AS tenure_band
  FROM a
), c AS (
  SELECT *,
    age_raw >= 18 AND age_raw < 65 AND u(id, 'registered') < ${WORKING_AGE_REGISTERED_SHARE} AS registered,
    CASE tenure_band WHEN 0 THEN ut / ${t0}
                     WHEN 1 THEN 1 + 4 * (ut - ${t0}) / ${t1}
                     ELSE least(35.0, 5 - 5 * ln(u(id, 'tenure5'))) END AS tenure_years
  FROM b
), d AS (
  SELECT *,
    CASE WHEN registered THEN greatest(age_raw, 18.1 + tenure_years) ELSE age_raw END AS age_end,
    CASE WHEN registered THEN (CASE WHEN u(id, 'sex') < ${WOMEN_SHARE_OF_WORKERS} THEN 'P' ELSE 'L' END)
         ELSE (CASE WHEN u(id, 'sex') < 0.5 THEN 'P' ELSE 'L' END) END AS sex
  FROM c
), e AS (
  SELECT *,
    DATE '${plan.ledgerEnd}' - floor(age_end * ${DAYS_PER_YEAR})::INTEGER AS birth_date,
    CASE WHEN registered THEN DATE '${plan.ledgerEnd}' - floor(tenure_years * ${DAYS_PER_YEAR})::INTEGER END AS bpjstk_registered_date,
    registered AND u(id, 'active') < ${ACTIVE_SHARE} AS active_draw,
    registered AND u(id, 'bpu') < ${BPU_SHARE_OF_ACTIVE} AS bpu,
    CASE WHEN NOT registered THEN 0 ELSE 1 + (u(id, 'spell2') < ${SECOND_SPELL_SHARE})::INTEGER + (u(id, 'spell3') < ${THIRD_SPELL_SHARE})::INTEGER END AS n_spells_drawn,
    z(id, 'discipline') AS discipline,
    u(id, 'death') < ${years} * (CASE WHEN age_end >= 65 THEN ${MORTALITY.from65} WHEN age_end >= 40 THEN ${MORTALITY.from40} ELSE ${MORTALITY.under40} END) AS dies,
    province_code || lpad((1 + ui(family_id, 'regency', ${REGENCIES_PER_PROVINCE}))::VARCHAR, 2, '0') AS regency_code,
    lpad((1 + ui(family_id, 'district', 20))::VARCHAR, 2, '0') AS district_code
  FROM d
)
SELECT id, family_id, sex, birth_date, age_end, province_code, regency_code, district_code, registered, tenure_band, tenure_years,
  bpjstk_registered_date, active_draw, bpu, n_spells_drawn, discipline,
  CASE WHEN dies AND DATE '${plan.ledgerStart}' + ui(id, 'deathday', DATE '${plan.ledgerEnd}' - DATE '${plan.ledgerStart}')::INTEGER > birth_date
       THEN DATE '${plan.ledgerStart}' + ui(id, 'deathday', DATE '${plan.ledgerEnd}' - DATE '${plan.ledgerStart}')::INTEGER END AS base_death_date,
  -- a baby is registered within NEWBORN_REGISTRATION_DAYS of birth (covered from birth), a sick one within 3 days (the
  -- parents report at once so that its SEP can be issued); twins together
  CASE WHEN DATE '${JKN_START}' + floor(power(u(family_id, 'jknreg'), 2.0) * (DATE '${plan.ledgerEnd}' - 90 - DATE '${JKN_START}'))::INTEGER < birth_date + ${NEWBORN_REGISTRATION_DAYS}
       THEN birth_date + (CASE WHEN u(family_id, 'nicu') < ${NEWBORN_ADMISSION_SHARE} THEN ui(family_id, 'newbornreg', 4) ELSE ui(family_id, 'newbornreg', ${NEWBORN_REGISTRATION_DAYS + 1}) END)::INTEGER
       ELSE DATE '${JKN_START}' + floor(power(u(family_id, 'jknreg'), 2.0) * (DATE '${plan.ledgerEnd}' - 90 - DATE '${JKN_START}'))::INTEGER END AS jkn_registered_date,
  -- inactive registered workers stopped somewhere between registration and the ledger end
  CASE WHEN registered AND NOT active_draw THEN bpjstk_registered_date
       + floor((DATE '${plan.ledgerEnd}' - bpjstk_registered_date) * (0.25 + 0.7 * u(id, 'activityend')))::INTEGER END AS activity_end
FROM e
ORDER BY id`;
}

/**
 * Spells with wage, employer and a possible JKK accident, before deaths are applied: first
 * the spells and their employers (`spells_assign`), then each employer's size and JKK factor
 * (`emp_jkk`, which needs the headcount), then the accident draw (`spells_raw`).
 */
export function spellsRawSql(plan: RunPlan): string[] {
  return [spellsAssignSql(plan), employerJkkSql(), spellsAccidentSql()];
}

/** Spells, their employer and their exposure window in the ledger; nothing here depends on accidents. */
function spellsAssignSql(plan: RunPlan): string {
  const frac = (s: string): string =>
    `(CASE WHEN ${s} <= 0 THEN 0.0 ELSE (${s} + 0.3 * (u(id * 10 + ${s}, 'spelljit') - 0.5)) / n_spells_drawn END)`;
  return `
CREATE OR REPLACE TABLE spells_assign AS
WITH s0 AS (
  SELECT id, sex, province_code, tenure_band, bpjstk_registered_date, activity_end, n_spells_drawn, bpu,
    unnest(range(n_spells_drawn)) AS s
  FROM m_base WHERE registered
), s1 AS (
  SELECT *, id * 10 + s AS sk,
    coalesce(activity_end, DATE '${plan.ledgerEnd}') - bpjstk_registered_date AS span,
    u(id * 10 + s, 'homeprov') < ${HOME_PROVINCE_EMPLOYMENT} AS home
  FROM s0
), s2 AS (
  SELECT s1.*,
    bpjstk_registered_date + floor(span * ${frac('s')})::INTEGER AS start_raw,
    CASE WHEN s < n_spells_drawn - 1
         THEN bpjstk_registered_date + floor(span * ${frac('(s + 1)')})::INTEGER - 1 - ui(sk, 'gap', 45)::INTEGER
         ELSE activity_end END AS end_raw,
    CASE WHEN home THEN province_code ELSE ${pick(`u(sk, 'wprov')`, provinceCodes, provinceWeights)} END AS work_province
  FROM s1
), s3 AS (
  SELECT s2.*, floor(c.n * power(u(sk, 'employer'), ${EMPLOYER_SKEW}))::BIGINT AS emp_rank
  FROM s2 JOIN emp_count c ON c.province_code = s2.work_province
)
SELECT s3.*,
  CASE WHEN bpu THEN NULL ELSE e.idx END AS employer_idx,
  CASE WHEN bpu THEN NULL ELSE e.employer_id END AS employer_id,
  CASE WHEN bpu THEN ${BPU_RISK_GROUP} ELSE e.jkk_risk_group END AS risk_group,
  CASE WHEN bpu THEN 1.0 ELSE e.safety_multiplier END AS safety_multiplier,
  coalesce(NOT bpu AND e.under_reported_wage, false) AS under_reported,
  coalesce(NOT bpu AND e.registers_after_accident, false) AS late_registering,
  start_raw AS start0,
  greatest(start_raw, DATE '${plan.ledgerStart}') AS exp_start,
  least(coalesce(end_raw, DATE '${plan.ledgerEnd}'), DATE '${plan.ledgerEnd}') AS exp_end
FROM s3 LEFT JOIN emp e ON e.province_code = s3.work_province AND e.prov_rank = s3.emp_rank
ORDER BY sk`;
}

/** The accident draw on each spell (one case at most), its outcome and the reported wage. */
function spellsAccidentSql(): string {
  const meanWage = `(CASE tenure_band WHEN 0 THEN ${PUBLISHED.meanWageUnder1y} WHEN 1 THEN ${PUBLISHED.meanWage1to5y} ELSE ${MEAN_WAGE_OVER_5Y} END)`;
  const underReportCorrection = 1 / (1 - (1 - UNDER_REPORTED_WAGE_FACTOR) * UNDER_REPORTING_EMPLOYER_SHARE);
  const groupFactor = `[${JKK_GROUP_FACTOR.map(double).join(', ')}]`;
  const outcome = pick(
    `u(sk, 'kkoutcome')`,
    KK_OUTCOMES.map(([o]) => literal(o)),
    KK_OUTCOMES.map(([, p]) => p),
  );
  return `
CREATE OR REPLACE TABLE spells_raw AS
WITH s5 AS (
  SELECT a.*,
    ${double(JKK_BASE_FREQUENCY)} * ${groupFactor}[risk_group] * safety_multiplier
      -- size, region and compliance of the employer; BPU workers have none (factor 1)
      * coalesce(j.jkk_employer_factor, 1.0)
      * (CASE WHEN sex = 'P' THEN ${double(JKK_WOMEN_FACTOR)} ELSE 1.0 END) AS jkk_lambda
  FROM spells_assign a LEFT JOIN emp_jkk j ON j.idx = a.employer_idx
), s6 AS (
  SELECT s5.*,
    greatest(0, exp_end - exp_start + 1) AS exposure_days,
    greatest(0, exp_end - exp_start + 1) > 0
      AND u(sk, 'accident') < 1 - exp(-jkk_lambda * greatest(0, exp_end - exp_start + 1) / ${DAYS_PER_YEAR}) AS has_case
  FROM s5
), s7 AS (
  SELECT s6.*,
    CASE WHEN has_case THEN exp_start + ui(sk, 'accdate', greatest(1, exposure_days))::INTEGER END AS accident_date,
    CASE WHEN has_case THEN ${outcome} END AS outcome
  FROM s6
)
SELECT id, s, sk, sex, bpu, employer_idx, employer_id, risk_group, under_reported, late_registering, jkk_lambda,
  -- employers that register only after an accident: a later spell starts days before the accident
  CASE WHEN has_case AND late_registering AND s > 0 AND u(sk, 'lateregdraw') < 0.5
       THEN accident_date - ui(sk, 'lateregdays', 3)::INTEGER ELSE start0 END AS start_date,
  CASE WHEN end_raw IS NOT NULL THEN greatest(end_raw, start0) END AS end_date,
  has_case, accident_date, outcome,
  greatest(${WAGE_FLOOR}, round(${meanWage} * ${double(underReportCorrection)} * lognorm(sk, 'wage', ${WAGE_LOG_SIGMA})
    * power(${double(EARLIER_SPELL_WAGE_FACTOR)}, n_spells_drawn - 1 - s)
    * (CASE WHEN under_reported THEN ${double(UNDER_REPORTED_WAGE_FACTOR)} ELSE 1.0 END), -3))::BIGINT AS reported_wage
FROM s7
ORDER BY sk`;
}

/** Final deaths (base or fatal work accident), spells capped by death, and the member table `m`. */
export function membersFinalSql(plan: RunPlan): string[] {
  const [c1, c2] = [MANDIRI_CLASS_SHARES[0], MANDIRI_CLASS_SHARES[0] + MANDIRI_CLASS_SHARES[1]];
  const jhtTarget = `(CASE ${[...JHT_TARGET_BY_AGE]
    .reverse()
    .map(([from, mean]) => `WHEN age_start >= ${from} THEN ${double(mean)}`)
    .join(' ')} ELSE ${JHT_TARGET_BY_AGE[0]?.[1] ?? 0} END)`;
  const nonWorker = pick(
    `u(family_id, 'segment')`,
    ["'PBI'", "'PBPU'", "'BP'"],
    [NON_WORKER_SEGMENTS.PBI, NON_WORKER_SEGMENTS.PBPU, NON_WORKER_SEGMENTS.BP],
  );
  return [
    `
CREATE OR REPLACE TABLE m_death AS
SELECT b.id,
  least(b.base_death_date, k.kk_death_date) AS death_date,
  k.kk_death_date IS NOT NULL AND (b.base_death_date IS NULL OR k.kk_death_date <= b.base_death_date) AS work_death
FROM m_base b
LEFT JOIN (SELECT id, min(accident_date + ui(sk, 'kkdeathlag', 10)::INTEGER) AS kk_death_date
           FROM spells_raw WHERE outcome = 'MENINGGAL' GROUP BY id) k USING (id)
WHERE b.base_death_date IS NOT NULL OR k.kk_death_date IS NOT NULL
ORDER BY b.id`,
    `
CREATE OR REPLACE TABLE spells AS
SELECT r.* REPLACE (
    CASE WHEN d.death_date IS NOT NULL AND (r.end_date IS NULL OR r.end_date > d.death_date) THEN d.death_date ELSE r.end_date END AS end_date,
    r.has_case AND (d.death_date IS NULL OR r.accident_date <= d.death_date) AS has_case),
  'S' || lpad(r.sk::VARCHAR, 11, '0') AS spell_id
FROM spells_raw r LEFT JOIN m_death d USING (id)
WHERE d.death_date IS NULL OR r.start_date <= d.death_date
ORDER BY r.sk`,
    `
CREATE OR REPLACE TABLE m AS
WITH last AS (
  SELECT id, arg_max(s, s) AS last_s, arg_max(reported_wage, s) AS wage, arg_max(employer_idx, s) AS employer_idx,
    arg_max(employer_id, s) AS employer_id, bool_or(end_date IS NULL) AS active
  FROM spells GROUP BY id
), j AS (
  SELECT b.*, d.death_date, coalesce(d.work_death, false) AS work_death,
    coalesce(l.active, false) AS active, l.wage, l.employer_idx, l.employer_id,
    (DATE '${plan.ledgerStart}' - b.birth_date) / ${DAYS_PER_YEAR} AS age_start
  FROM m_base b LEFT JOIN m_death d USING (id) LEFT JOIN last l USING (id)
), jc AS (
  SELECT j.*, e.compliance_latent FROM j LEFT JOIN emp e ON e.idx = j.employer_idx
), k AS (
  SELECT jc.*,
    CASE WHEN active AND NOT bpu THEN 'PPU'
         WHEN active AND bpu THEN (CASE WHEN u(id, 'bpuseg') < ${BPU_WORKER_PBPU_SHARE} THEN 'PBPU' ELSE 'PBI' END)
         ELSE ${nonWorker} END AS jkn_segment
  FROM jc
)
SELECT k.*,
  CASE WHEN jkn_segment = 'PBI' THEN 3
       WHEN jkn_segment = 'PPU' THEN (CASE WHEN wage > ${PPU_CLASS1_WAGE} THEN 1 ELSE 2 END)
       ELSE (CASE WHEN u(family_id, 'class') < ${c1} THEN 1 WHEN u(family_id, 'class') < ${c2} THEN 2 ELSE 3 END) END AS care_class,
  CASE WHEN NOT registered THEN NULL
       WHEN bpjstk_registered_date >= DATE '${plan.ledgerStart}' THEN 0
       ELSE round(${jhtTarget} * exp(${JHT_LOG_SIGMA} * z(id, 'jht') - ${(JHT_LOG_SIGMA * JHT_LOG_SIGMA) / 2}), -3)::BIGINT END AS jht_opening_balance,
  province_code || substr(regency_code, 3, 2) || district_code
    || lpad((day(birth_date) + CASE WHEN sex = 'P' THEN 40 ELSE 0 END)::VARCHAR, 2, '0')
    || strftime(birth_date, '%m%y')
    || lpad((row_number() OVER (PARTITION BY regency_code, district_code, birth_date, sex ORDER BY id))::VARCHAR, 4, '0') AS nik,
  '000' || lpad(((id * 2654435761 + 12345) % 10000000000)::VARCHAR, 10, '0') AS nomor_kartu
FROM k
ORDER BY id`,
    `
CREATE OR REPLACE TABLE spells_x AS
SELECT s.*, m.nik, m.birth_date, m.discipline, e.compliance_latent
FROM spells s JOIN m USING (id) LEFT JOIN emp e ON e.idx = s.employer_idx
ORDER BY s.sk`,
  ];
}
