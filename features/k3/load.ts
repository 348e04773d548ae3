// Builds the K3 employer-year table in the warehouse and reads it back as typed rows for
// the rating models (one object per employer-year: at ~10 rows per employer this stays small).
import type { Warehouse } from '../warehouse/index.js';
import { K3_EMPLOYER_YEAR_TABLE, employerYearSql } from './employer-year-sql.js';
import type { EmployerYearOptions } from './employer-year-sql.js';

/** One employer in one policy year, as the rating models read it. */
export interface EmployerYear {
  readonly employerId: string;
  /** 0 is the latest policy year, 1 the one before, ... */
  readonly policyYear: number;
  readonly pyStart: string;
  readonly pyEnd: string;
  readonly sectorCode: string;
  readonly statutoryGroup: number;
  readonly provinceCode: string;
  readonly sizeBand: string;
  readonly workerYears: number;
  /** Share of worker-years of women: for fairness monitoring only, deliberately not a rating factor (models/k3/tariff.ts). */
  readonly femaleShare: number;
  /** Reported wages over the year (rupiah). */
  readonly wageBill: number;
  readonly workers: number;
  readonly wageRatioToSector: number;
  readonly kkCases: number;
  readonly pakCases: number;
  readonly claimCount: number;
  readonly highFatalityCases: number;
  readonly daysOff: number;
  readonly benefitCost: number;
  readonly registeredJustBeforeAccident: number;
  readonly jkkMonthsDue: number;
  readonly jkkMonthsLate: number;
  readonly jkkMonthsUnpaid: number;
  readonly jkkOnTimeShare: number;
  readonly lowWageFlag: boolean;
}

/** (Re)creates the feature table atomically: CREATE OR REPLACE swaps it in one statement. */
export async function buildEmployerYearTable(w: Warehouse, options: EmployerYearOptions = {}): Promise<number> {
  await w.run(`CREATE OR REPLACE TABLE ${K3_EMPLOYER_YEAR_TABLE} AS ${employerYearSql(options)} ORDER BY employer_id, policy_year`);
  const n = await w.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${K3_EMPLOYER_YEAR_TABLE}`);
  return Number(n[0]?.n ?? 0);
}

const toDate = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** Reads the published table (or, with `sql`, any query of the same shape). */
export async function loadEmployerYears(
  w: Warehouse,
  sql = `SELECT * FROM ${K3_EMPLOYER_YEAR_TABLE} ORDER BY employer_id, policy_year`,
): Promise<EmployerYear[]> {
  const rows = await w.query<Record<string, unknown>>(sql);
  return rows.map((r) => ({
    employerId: String(r['employer_id']),
    policyYear: Number(r['policy_year']),
    pyStart: toDate(r['py_start']),
    pyEnd: toDate(r['py_end']),
    sectorCode: String(r['sector_code']),
    statutoryGroup: Number(r['jkk_risk_group']),
    provinceCode: String(r['province_code']),
    sizeBand: String(r['size_band']),
    workerYears: Number(r['worker_years']),
    femaleShare: Number(r['female_share'] ?? 0),
    wageBill: Number(r['wage_bill']),
    workers: Number(r['workers']),
    wageRatioToSector: Number(r['wage_ratio_to_sector'] ?? 1),
    kkCases: Number(r['kk_cases']),
    pakCases: Number(r['pak_cases']),
    claimCount: Number(r['claim_count']),
    highFatalityCases: Number(r['high_fatality_cases']),
    daysOff: Number(r['days_off']),
    benefitCost: Number(r['benefit_cost']),
    registeredJustBeforeAccident: Number(r['registered_just_before_accident']),
    jkkMonthsDue: Number(r['jkk_months_due']),
    jkkMonthsLate: Number(r['jkk_months_late']),
    jkkMonthsUnpaid: Number(r['jkk_months_unpaid']),
    jkkOnTimeShare: Number(r['jkk_on_time_share']),
    lowWageFlag: Boolean(r['low_wage_flag']),
  }));
}
