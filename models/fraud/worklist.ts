// The investigation worklist: a case is one provider's scheme (provider x case type) with
// all its claims in cases (CASE_RULE in claim-scores.ts: certain evidence, or expected
// recovery above the audit cost); cases with certain evidence come first, then by net
// expected recovery (expected recovery less the case's audit cost);
// a provider contributes at most a capped number of cases; the list is sized to a capacity in
// cases. Filters (province, provider, fraud type, submission period) narrow the list before
// ranking; a case id selects one case after ranking, so its rank is the worklist's.
import { ident } from '../../data-samples/sql/index.js';
import { caseNetValueSql } from './claim-scores.js';

/** Default capacity of a worklist in cases (assumption: what a regional audit team opens in a cycle). */
export const DEFAULT_CASE_CAPACITY = 100;
/** Default cap of cases per provider, so one hospital cannot fill the list (assumption). */
export const DEFAULT_CASES_PER_PROVIDER = 3;

export interface WorklistFilter {
  readonly province?: string;
  readonly facilityId?: string;
  readonly fraudType?: string;
  /** Submission months, inclusive, 'YYYY-MM' with month 01-12. */
  readonly periodFrom?: string;
  readonly periodTo?: string;
  /** One case: provider and case type, as caseIdOf builds it. Applied after ranking. */
  readonly caseId?: string;
}

export interface WorklistOptions extends WorklistFilter {
  /** Cases the audit team can open (default DEFAULT_CASE_CAPACITY). */
  readonly capacityCases?: number;
  /** At most this many cases of one provider (default DEFAULT_CASES_PER_PROVIDER). */
  readonly maxCasesPerProvider?: number;
  /** Optional further bound: whole cases enter while the claims before them are fewer than this. */
  readonly capacityClaims?: number;
  /** Table of claim scores (default fraud_claim_scores). */
  readonly scoresTable?: string;
  /** Every case, ranked as the list would rank it, with in_worklist saying which are within capacity and cap. */
  readonly allCases?: boolean;
}

/** A filter value that cannot be used (a month that does not exist, a negative capacity). */
export class WorklistFilterError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'WorklistFilterError';
  }
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM' (month 01-12) to its first day, 'YYYY-MM-01'; anything else is a WorklistFilterError naming `field`. */
export function monthStart(field: string, value: string): string {
  if (!MONTH.test(value))
    throw new WorklistFilterError(field, `must be YYYY-MM with month 01-12, got ${JSON.stringify(value.slice(0, 20))}`);
  return `${value}-01`;
}

export function caseIdOf(facilityId: string, fraudType: string): string {
  return `${facilityId}-${fraudType}`;
}

const count = (field: string, v: number | undefined, fallback: number): number => {
  if (v === undefined) return fallback;
  if (!Number.isFinite(v) || v < 0) throw new WorklistFilterError(field, 'must be a non-negative number');
  return Math.floor(v);
};

/** A statement and its bound parameters ($1, ...). */
export interface BoundSql {
  readonly sql: string;
  readonly params: (string | number)[];
}

/**
 * SELECT of the worklist's claims: each with its case (case_id, case_rank, case totals, case
 * evidence strength) and its rank within the case. Values are bound, never pasted.
 */
export function worklistClaimsSql(o: WorklistOptions): BoundSql {
  const params: (string | number)[] = [];
  const bind = (v: string | number): string => {
    params.push(v);
    return `$${params.length}`;
  };
  const w = ['in_case'];
  if (o.province) w.push(`province_code = ${bind(o.province)}`);
  if (o.facilityId) w.push(`facility_id = ${bind(o.facilityId)}`);
  if (o.fraudType) w.push(`primary_type = ${bind(o.fraudType)}`);
  if (o.periodFrom) w.push(`submit_month >= ${bind(monthStart('periodFrom', o.periodFrom))}::DATE`);
  if (o.periodTo) w.push(`submit_month <= ${bind(monthStart('periodTo', o.periodTo))}::DATE`);
  const capacity = count('capacityCases', o.capacityCases, DEFAULT_CASE_CAPACITY);
  const perProvider = count('maxCasesPerProvider', o.maxCasesPerProvider, DEFAULT_CASES_PER_PROVIDER);
  const claimBudget = o.capacityClaims === undefined ? null : count('capacityClaims', o.capacityClaims, 0);
  const caseFilter = o.caseId ? `AND case_id = ${bind(o.caseId)}` : '';
  const sql = `
WITH c AS (SELECT * FROM ${ident(o.scoresTable ?? 'fraud_claim_scores')} WHERE ${w.join(' AND ')}),
cases AS (
  SELECT facility_id, primary_type, count(*) AS case_claims, sum(expected_recovery) AS case_expected_recovery,
    sum(amount_at_risk) AS case_amount_at_risk, bool_or(evidence_strength = 'certain') AS case_certain,
    ${caseNetValueSql('sum(expected_recovery)', 'count(*)')} AS case_net_value,
    CASE WHEN bool_or(evidence_strength = 'certain') THEN 'certain' WHEN bool_or(evidence_strength = 'suspicious') THEN 'suspicious' ELSE 'model' END AS case_evidence
  FROM c GROUP BY facility_id, primary_type
), ordered AS (
  SELECT *, row_number() OVER (PARTITION BY facility_id ORDER BY case_certain DESC, case_net_value DESC, primary_type) AS provider_rank
  FROM cases
), ranked AS (
  -- cases over the provider cap rank after every case within it, so ranks of listed cases stay 1..n
  SELECT *, row_number() OVER (ORDER BY provider_rank <= ${perProvider} DESC, case_certain DESC, case_net_value DESC, facility_id, primary_type) AS case_rank,
    coalesce(sum(case_claims) OVER (ORDER BY provider_rank <= ${perProvider} DESC, case_certain DESC, case_net_value DESC, facility_id, primary_type
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS claims_before
  FROM ordered
), chosen AS (
  SELECT *, facility_id || '-' || primary_type AS case_id, provider_rank <= ${perProvider} AND case_rank <= ${capacity}
    ${claimBudget === null ? '' : `AND claims_before < ${claimBudget}`} AS in_worklist
  FROM ranked
)
SELECT ch.case_id, c.*, ch.case_rank, ch.case_claims, ch.case_expected_recovery, ch.case_amount_at_risk, ch.case_net_value, ch.case_evidence, ch.provider_rank, ch.in_worklist,
  row_number() OVER (PARTITION BY ch.case_rank ORDER BY c.evidence_strength = 'certain' DESC NULLS LAST, c.expected_recovery DESC, c.nomor_sep) AS rank_in_case
FROM c JOIN chosen ch USING (facility_id, primary_type)
WHERE ${o.caseId || o.allCases ? 'true' : 'ch.in_worklist'} ${caseFilter}
ORDER BY ch.case_rank, rank_in_case`;
  return { sql, params };
}
