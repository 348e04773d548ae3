// Evaluation against generated ground truth (truth/claim_fraud, never seen by the models):
// AUC of the combined probability, precision in the top 0.1% and 1% of claims, recall per
// fraud type within the top 5%, and the share of fraudulent money a 1% worklist covers.
import type { DuckDBConnection } from '@duckdb/node-api';
import { auc } from '../metrics/index.js';

/** The shares of claims the issue asks about. */
export const TOP_SHARES = Object.freeze({ precisionNarrow: 0.001, precisionWide: 0.01, recallPerType: 0.05 });

export interface FraudEvaluation {
  readonly claims: number;
  readonly fraudulentClaims: number;
  readonly auc: number;
  readonly precisionTop01pct: number;
  readonly precisionTop1pct: number;
  readonly recallTop5pctByType: Readonly<Record<string, { readonly claims: number; readonly recall: number }>>;
  /** Share of the true amount at risk on claims in the published 1% worklist. */
  readonly worklistMoneyShare: number;
  readonly worklistPrecision: number;
  readonly worklistClaims: number;
  /** AUC of the detector hits alone (any hit) and of the anomaly score alone, for comparison. */
  readonly aucDetectorsOnly: number;
  readonly aucAnomalyOnly: number;
}

/** `truthTable` is a table or read_parquet(...) expression of truth/claim_fraud. */
export async function evaluateFraud(connection: DuckDBConnection, truthTable: string): Promise<FraudEvaluation> {
  const rows = (await connection.runAndReadAll(`
SELECT s.probability, s.anomaly_score, (t.nomor_sep IS NOT NULL)::INTEGER AS fraud,
  (len(s.fraud_types) > 0)::INTEGER AS any_hit, t.fraud_type, coalesce(t.amount_at_risk, 0)::DOUBLE AS true_amount,
  (w.nomor_sep IS NOT NULL)::INTEGER AS in_worklist
FROM fraud_claim_scores s
LEFT JOIN (SELECT nomor_sep, any_value(fraud_type) AS fraud_type, sum(amount_at_risk) AS amount_at_risk FROM ${truthTable} GROUP BY nomor_sep) t USING (nomor_sep)
LEFT JOIN fraud_worklist w USING (nomor_sep)
ORDER BY s.probability DESC, s.expected_recovery DESC, s.nomor_sep`)).getColumnsJS();
  const [prob, anomaly, fraud, anyHit, type, amount, inWorklist] = rows as [number[], number[], number[], number[], (string | null)[], number[], number[]];
  const n = prob.length;
  const labels = Float64Array.from(fraud);
  const topPrecision = (share: number): number => {
    const k = Math.max(1, Math.floor(n * share));
    let s = 0;
    for (let i = 0; i < k; i++) s += fraud[i] as number;
    return s / k;
  };
  const k5 = Math.max(1, Math.floor(n * TOP_SHARES.recallPerType));
  const byType: Record<string, { claims: number; recall: number }> = {};
  const found: Record<string, number> = {};
  type.forEach((t, i) => {
    if (!t) return;
    byType[t] = { claims: (byType[t]?.claims ?? 0) + 1, recall: 0 };
    if (i < k5) found[t] = (found[t] ?? 0) + 1;
  });
  for (const t of Object.keys(byType)) byType[t] = { claims: byType[t]?.claims ?? 0, recall: (found[t] ?? 0) / (byType[t]?.claims ?? 1) };
  let money = 0;
  let moneyInWorklist = 0;
  let worklistClaims = 0;
  let worklistFraud = 0;
  for (let i = 0; i < n; i++) {
    money += amount[i] as number;
    if (inWorklist[i] === 1) {
      moneyInWorklist += amount[i] as number;
      worklistClaims++;
      worklistFraud += fraud[i] as number;
    }
  }
  return {
    claims: n,
    fraudulentClaims: fraud.reduce((a, b) => a + b, 0),
    auc: auc(labels, Float64Array.from(prob)),
    precisionTop01pct: topPrecision(TOP_SHARES.precisionNarrow),
    precisionTop1pct: topPrecision(TOP_SHARES.precisionWide),
    recallTop5pctByType: byType,
    worklistMoneyShare: money > 0 ? moneyInWorklist / money : 0,
    worklistPrecision: worklistClaims > 0 ? worklistFraud / worklistClaims : 0,
    worklistClaims,
    aucDetectorsOnly: auc(labels, Float64Array.from(anyHit)),
    aucAnomalyOnly: auc(labels, Float64Array.from(anomaly)),
  };
}
