// The investigation worklist: claims grouped so that one provider's scheme (provider x fraud
// type) is one case, cases ranked by expected recovery, the list sized to a capacity in
// claims, filterable by province, provider, fraud type and submission period.

/** Claims below this probability join no case: they are more likely honest than not. */
export const MIN_CASE_PROBABILITY = 0.5;

export interface WorklistFilter {
  readonly province?: string;
  readonly facilityId?: string;
  readonly fraudType?: string;
  /** Submission months, inclusive, 'YYYY-MM'. */
  readonly periodFrom?: string;
  readonly periodTo?: string;
  /** One case: provider and fraud type, as caseIdOf builds it. */
  readonly caseId?: string;
}

export interface WorklistOptions extends WorklistFilter {
  /** Claims the investigators can review. */
  readonly capacityClaims: number;
  readonly minProbability?: number;
  /** Table of claim scores (default fraud_claim_scores). */
  readonly scoresTable?: string;
}

const q = (s: string): string => `'${s.replaceAll("'", "''")}'`;
const month = (p: string): string => {
  if (!/^\d{4}-\d{2}$/.test(p)) throw new Error(`period must be YYYY-MM, got ${p}`);
  return `DATE '${p}-01'`;
};

export function caseIdOf(facilityId: string, fraudType: string): string {
  return `${facilityId}-${fraudType}`;
}

function whereClause(o: WorklistOptions): string {
  const w = [`probability >= ${o.minProbability ?? MIN_CASE_PROBABILITY}`];
  if (o.province) w.push(`province_code = ${q(o.province)}`);
  if (o.facilityId) w.push(`facility_id = ${q(o.facilityId)}`);
  if (o.fraudType) w.push(`primary_type = ${q(o.fraudType)}`);
  if (o.periodFrom) w.push(`submit_month >= ${month(o.periodFrom)}`);
  if (o.periodTo) w.push(`submit_month <= ${month(o.periodTo)}`);
  if (o.caseId) w.push(`facility_id || '-' || primary_type = ${q(o.caseId)}`);
  return w.join(' AND ');
}

/**
 * SELECT of the worklist's claims: each with its case (case_id, case_rank, case totals) and
 * its rank within the case. Cases enter in order of expected recovery while capacity lasts;
 * the last case keeps its best claims only.
 */
export function worklistClaimsSql(o: WorklistOptions): string {
  const capacity = Math.max(0, Math.floor(o.capacityClaims));
  return `
WITH c AS (SELECT * FROM ${o.scoresTable ?? 'fraud_claim_scores'} WHERE ${whereClause(o)}),
cases AS (
  SELECT facility_id, primary_type, count(*) AS case_claims, sum(expected_recovery) AS case_expected_recovery,
    sum(amount_at_risk) AS case_amount_at_risk
  FROM c GROUP BY facility_id, primary_type
), ranked AS (
  SELECT *, row_number() OVER o AS case_rank, coalesce(sum(case_claims) OVER (o ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS claims_before
  FROM cases WINDOW o AS (ORDER BY case_expected_recovery DESC, facility_id, primary_type)
), chosen AS (SELECT * FROM ranked WHERE claims_before < ${capacity}),
members AS (
  SELECT c.*, ch.case_rank, ch.case_claims, ch.case_expected_recovery, ch.case_amount_at_risk, ch.claims_before,
    row_number() OVER (PARTITION BY ch.case_rank ORDER BY c.expected_recovery DESC, c.nomor_sep) AS rank_in_case
  FROM c JOIN chosen ch USING (facility_id, primary_type)
)
SELECT facility_id || '-' || primary_type AS case_id, * FROM members
WHERE claims_before + rank_in_case <= ${capacity}
ORDER BY case_rank, rank_in_case`;
}
