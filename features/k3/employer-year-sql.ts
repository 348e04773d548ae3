// Point-in-time K3 features per employer and policy year, as DuckDB SQL over the raw
// warehouse tables: exposure in worker-years from employment spells, wage bill, KK/PAK
// experience, JKK payment compliance and signs of under-reported wages or workers.
// Every figure of policy year [py_start, py_end] uses only rows dated on or before py_end.
import { literal, literalList } from '../../data-samples/sql/index.js';

/** Days in a worker-year (Julian year, as the generator's exposure uses). */
export const DAYS_PER_WORKER_YEAR = 365.25;
/** A worker whose spell starts at most this many days before their own accident "appears after the accident" (DOMAIN.md section 6, registration after an accident). */
export const LATE_REGISTRATION_WINDOW_DAYS = 7;
/** A reported wage below this share of the sector's median reads as under-reported (assumption: the planted manipulation reports 70%). */
export const LOW_WAGE_RATIO = 0.8;
/** KK/PAK outcomes that count as high-fatality (DOMAIN.md section 1: death or permanent total disability). */
export const HIGH_FATALITY_OUTCOMES = Object.freeze(['MENINGGAL', 'CACAT_TOTAL'] as const);
/** Policy years built back from the as-of date. */
export const DEFAULT_POLICY_YEARS = 5;

export interface EmployerYearOptions {
  /** Last day of the latest policy year (ISO date); default: the last day of the latest contribution month. */
  readonly asOf?: string;
  readonly policyYears?: number;
  /**
   * Predicate on `raw_employers` (unqualified columns) choosing the employers to build, e.g.
   * one sector for a partition job. Figures across employers are per sector (the sector's
   * median wage), so a predicate that keeps whole sectors gives every employer the same row
   * as a build of all employers.
   */
  readonly employerWhere?: string;
}

/** Employer ids the build keeps (a predicate on an employer_id column): all, or those of `employerWhere`. */
export function employersKept(options: EmployerYearOptions): string {
  return options.employerWhere ? `IN (SELECT employer_id FROM raw_employers WHERE ${options.employerWhere})` : 'IS NOT NULL';
}

/** The as-of date default: the end of the last month the contribution ledger covers. */
export const LEDGER_END_SQL = `(SELECT last_day(max(period)) FROM raw_contributions)`;

/**
 * The policy-year window as a CTE body (`py AS (...)`): one row per policy year counted back
 * from the as-of date (0 the latest), none before the ledger starts. Shared by the
 * employer-year features and the claim listing, so the two can never disagree.
 */
export function policyYearsCte(options: EmployerYearOptions = {}): string {
  const years = options.policyYears ?? DEFAULT_POLICY_YEARS;
  if (!Number.isInteger(years) || years < 1) throw new Error('policyYears must be a positive integer');
  if (options.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) throw new Error(`asOf must be YYYY-MM-DD, got ${options.asOf}`);
  const asOf = options.asOf ? `DATE ${literal(options.asOf)}` : LEDGER_END_SQL;
  return `py AS (
  SELECT k AS policy_year,
    (as_of_date + INTERVAL 1 DAY - to_years((k + 1)::INTEGER))::DATE AS py_start,
    (as_of_date - to_years(k::INTEGER))::DATE AS py_end
  FROM (SELECT ${asOf} AS as_of_date), range(${years}) t(k)
  -- a policy year before the ledger would show exposure without its cases
  WHERE (as_of_date + INTERVAL 1 DAY - to_years((k + 1)::INTEGER))::DATE >= (SELECT min(period) FROM raw_contributions)
)`;
}

/**
 * SELECT producing one row per employer and policy year with positive exposure.
 * `policy_year` counts back from the as-of date: 0 is the latest year.
 */
export function employerYearSql(options: EmployerYearOptions = {}): string {
  return `
WITH ${policyYearsCte(options)},
spell_year AS (
  SELECT s.employer_id, py.policy_year, s.member_key, s.start_date, s.reported_wage,
    (least(coalesce(s.end_date, py.py_end), py.py_end) - greatest(s.start_date, py.py_start) + 1) AS days
  FROM raw_employment_spells s JOIN py
    ON s.start_date <= py.py_end AND coalesce(s.end_date, py.py_end) >= py.py_start
  WHERE s.worker_category = 'PU' AND s.employer_id ${employersKept(options)}
),
sector_wage AS (
  SELECT e.sector_code, sy.policy_year, median(sy.reported_wage) AS sector_median_wage
  FROM spell_year sy JOIN raw_employers e USING (employer_id) WHERE sy.days > 0
  GROUP BY ALL
),
exposure AS (
  SELECT sy.employer_id, sy.policy_year,
    sum(sy.days) / ${DAYS_PER_WORKER_YEAR} AS worker_years,
    sum(CASE WHEN m.sex = 'P' THEN sy.days ELSE 0 END) / ${DAYS_PER_WORKER_YEAR} AS female_worker_years,
    -- whole rupiah, so the same year sums identically whatever the row order
    round(sum(sy.reported_wage * sy.days / ${DAYS_PER_WORKER_YEAR} * 12)) AS wage_bill,
    count(DISTINCT sy.member_key) AS workers,
    median(sy.reported_wage) AS median_wage
  FROM spell_year sy LEFT JOIN raw_members m USING (member_key)
  WHERE sy.days > 0 GROUP BY ALL
),
cases AS (
  SELECT c.employer_id, py.policy_year,
    count(*) FILTER (WHERE c.case_type = 'KK') AS kk_cases,
    count(*) FILTER (WHERE c.case_type = 'PAK') AS pak_cases,
    count(*) FILTER (WHERE c.outcome IN ${literalList(HIGH_FATALITY_OUTCOMES)}) AS high_fatality_cases,
    coalesce(sum(c.days_off), 0) AS days_off,
    coalesce(sum(c.jkk_benefit_paid), 0) AS benefit_cost,
    count(*) FILTER (WHERE EXISTS (
      SELECT 1 FROM raw_employment_spells s
      WHERE s.member_key = c.member_key AND s.employer_id = c.employer_id
        AND s.start_date BETWEEN c.accident_date - ${LATE_REGISTRATION_WINDOW_DAYS} AND c.accident_date)) AS registered_just_before_accident
  FROM raw_kkpak_cases c JOIN py ON c.accident_date BETWEEN py.py_start AND py.py_end AND c.reported_date <= py.py_end
  WHERE c.employer_id ${employersKept(options)} GROUP BY ALL
),
payments AS (
  SELECT c.employer_id, py.policy_year,
    count(*) AS jkk_months_due,
    count(*) FILTER (WHERE c.paid_date IS NULL OR c.paid_date > py.py_end) AS jkk_months_unpaid,
    count(*) FILTER (WHERE c.paid_date > c.due_date AND c.paid_date <= py.py_end) AS jkk_months_late
  FROM raw_contributions c JOIN py ON c.period BETWEEN py.py_start AND py.py_end AND c.due_date <= py.py_end
  WHERE c.agency = 'TK' AND c.employer_id ${employersKept(options)} AND c.jkk_due > 0 GROUP BY ALL
)
SELECT x.employer_id, x.policy_year, py.py_start, py.py_end,
  e.sector_code, e.jkk_risk_group, e.province_code, e.size_band,
  x.worker_years, x.female_worker_years / x.worker_years AS female_share, x.wage_bill, x.workers, x.median_wage,
  x.median_wage / nullif(w.sector_median_wage, 0) AS wage_ratio_to_sector,
  coalesce(c.kk_cases, 0)::INTEGER AS kk_cases, coalesce(c.pak_cases, 0)::INTEGER AS pak_cases,
  (coalesce(c.kk_cases, 0) + coalesce(c.pak_cases, 0))::INTEGER AS claim_count,
  coalesce(c.high_fatality_cases, 0)::INTEGER AS high_fatality_cases,
  coalesce(c.days_off, 0)::BIGINT AS days_off, coalesce(c.benefit_cost, 0)::BIGINT AS benefit_cost,
  coalesce(c.registered_just_before_accident, 0)::INTEGER AS registered_just_before_accident,
  coalesce(p.jkk_months_due, 0)::INTEGER AS jkk_months_due,
  coalesce(p.jkk_months_late, 0)::INTEGER AS jkk_months_late,
  coalesce(p.jkk_months_unpaid, 0)::INTEGER AS jkk_months_unpaid,
  CASE WHEN coalesce(p.jkk_months_due, 0) = 0 THEN 1.0
       ELSE 1.0 - (p.jkk_months_late + p.jkk_months_unpaid) / p.jkk_months_due END AS jkk_on_time_share,
  (x.median_wage < ${LOW_WAGE_RATIO} * w.sector_median_wage) AS low_wage_flag
FROM exposure x
JOIN py USING (policy_year)
JOIN raw_employers e USING (employer_id)
LEFT JOIN sector_wage w ON w.sector_code = e.sector_code AND w.policy_year = x.policy_year
LEFT JOIN cases c USING (employer_id, policy_year)
LEFT JOIN payments p USING (employer_id, policy_year)
-- No filter on the employer's registration date: a spell proves the employer existed, and the
-- extracts carry employers whose master row is dated after their workers' first spells.
WHERE x.worker_years > 0`;
}

/** The published feature table name. */
export const K3_EMPLOYER_YEAR_TABLE = 'k3_employer_year';
