// Public face of the K3 employer features: the employer x policy-year SQL and its table.
export {
  DAYS_PER_WORKER_YEAR,
  DEFAULT_POLICY_YEARS,
  HIGH_FATALITY_OUTCOMES,
  K3_EMPLOYER_YEAR_TABLE,
  LATE_REGISTRATION_WINDOW_DAYS,
  LEDGER_END_SQL,
  LOW_WAGE_RATIO,
  employerYearSql,
  employersKept,
  policyYearsCte,
} from './employer-year-sql.js';
export type { EmployerYearOptions } from './employer-year-sql.js';
export { buildEmployerYearTable, loadEmployerYears } from './load.js';
export type { EmployerYear } from './load.js';
export { claimListingSql, loadClaims } from './claims.js';
export type { K3Claim } from './claims.js';
