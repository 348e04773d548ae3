// The KK/PAK claim listing behind the employer-year features: one row per case counted in
// a policy year (same rule as employer-year-sql.ts: accident in the year, reported by its
// end), for the experience-rating worksheet's primary/excess split and claim listing.
// Only pseudonymous keys leave the warehouse: the case id of e-PLKK and the member key
// (a keyed hash made at ingestion), never a NIK.
import type { Warehouse } from '../warehouse/index.js';
import { employersKept, policyYearsCte } from './employer-year-sql.js';
import type { EmployerYearOptions } from './employer-year-sql.js';

/** One KK/PAK case of an employer's policy year. */
export interface K3Claim {
  readonly employerId: string;
  readonly policyYear: number;
  readonly caseId: string;
  readonly memberKey: string;
  readonly accidentDate: string;
  readonly caseType: string;
  readonly outcome: string;
  readonly daysOff: number;
  /** JKK benefit paid on the case (rupiah). */
  readonly benefitCost: number;
}

/** Policy years as employerYearSql builds them (the same CTE), then the cases counted in each. */
export function claimListingSql(options: EmployerYearOptions = {}): string {
  return `WITH ${policyYearsCte(options)}
SELECT c.employer_id, py.policy_year, c.case_id, c.member_key, c.accident_date, c.case_type, c.outcome,
  coalesce(c.days_off, 0)::INTEGER AS days_off, coalesce(c.jkk_benefit_paid, 0)::BIGINT AS benefit_cost
FROM raw_kkpak_cases c JOIN py ON c.accident_date BETWEEN py.py_start AND py.py_end AND c.reported_date <= py.py_end
WHERE c.employer_id ${employersKept(options)}
ORDER BY c.employer_id, py.policy_year, c.accident_date, c.case_id`;
}

const toDate = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** Reads the claim listing of every employer. */
export async function loadClaims(w: Warehouse, options: EmployerYearOptions = {}): Promise<K3Claim[]> {
  const rows = await w.query<Record<string, unknown>>(claimListingSql(options));
  return rows.map((r) => ({
    employerId: String(r['employer_id']),
    policyYear: Number(r['policy_year']),
    caseId: String(r['case_id']),
    memberKey: String(r['member_key']),
    accidentDate: toDate(r['accident_date']),
    caseType: String(r['case_type']),
    outcome: String(r['outcome']),
    daysOff: Number(r['days_off']),
    benefitCost: Number(r['benefit_cost']),
  }));
}
