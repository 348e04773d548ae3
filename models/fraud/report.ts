// The fraud model report: the must-show figures against generated ground truth, the
// classifier's discrimination and calibration charts, and the explanations' completeness.
import type { DuckDBConnection } from '@duckdb/node-api';
import { binarySection, explanationSection, mergeSections, writeReport } from '../report/index.js';
import type { HeadlineValue, WrittenReport } from '../report/index.js';
import type { FraudBatchResult } from './batch.js';
import { evaluateFraud } from './evaluate.js';
import type { FraudEvaluation } from './evaluate.js';

/** Writes report.html / metrics.json under `dir`; `truthTable` is a table or read_parquet(...) of truth/claim_fraud. */
export async function writeFraudReport(
  connection: DuckDBConnection,
  batch: FraudBatchResult,
  truthTable: string,
  dir: string,
  lookalikeTable?: string,
): Promise<{ evaluation: FraudEvaluation; report: WrittenReport }> {
  const evaluation = await evaluateFraud(connection, truthTable, lookalikeTable);
  const cols = (
    await connection.runAndReadAll(`SELECT s.probability, (t.nomor_sep IS NOT NULL)::DOUBLE AS fraud FROM fraud_claim_scores s
    LEFT JOIN (SELECT DISTINCT nomor_sep FROM ${truthTable}) t USING (nomor_sep)`)
  ).getColumnsJS() as [number[], number[]];
  const section = mergeSections(
    binarySection(Float64Array.from(cols[1]), Float64Array.from(cols[0])),
    explanationSection(
      batch.explanations.map((e) => ({
        family: 'classifier',
        method: 'integrated-gradients',
        space: 'logit',
        output: e.output,
        baselineOutput: e.baselineOutput,
        baseline: e.baseline,
        contributions: e.modelReasons.map((r) => ({
          feature: r.feature,
          contribution: r.contribution,
          value: r.value,
          baselineValue: r.baselineValue ?? null,
        })),
        completeness: e.completeness,
      })),
    ),
  );
  const recall: Record<string, HeadlineValue> = {};
  for (const [type, r] of Object.entries(evaluation.recallTop5pctByType))
    recall[`recall in top 5%: ${type} (${r.claims} claims)`] = r.recall;
  for (const [type, r] of Object.entries(evaluation.heldOutRecallTop5pctByType ?? {}))
    recall[`held-out variants, recall in top 5%: ${type} (${r.claims} claims)`] = r.recall;
  for (const [variant, r] of Object.entries(evaluation.recallTop5pctByVariant ?? {}))
    recall[`variant ${variant} (${r.fraudType}${r.heldOut ? ', held out' : ''}, ${r.claims} claims): recall in top 5%`] = r.recall;
  for (const [kind, r] of Object.entries(evaluation.lookalikeFalseHits ?? {}))
    recall[`look-alike ${kind}: false ${r.resembles} hits (of ${r.claims})`] = r.falseHits;
  if (evaluation.certainEvidenceFraud)
    recall['certain-evidence fraud claims in a case (share)'] =
      evaluation.certainEvidenceFraud.claims > 0 ? evaluation.certainEvidenceFraud.inCase / evaluation.certainEvidenceFraud.claims : 1;
  const report = await writeReport(dir, {
    title: 'Fraud scoring: combined probability per claim (detectors + autoencoder + classifier)',
    family: 'classifier',
    specName: 'fraud claim features, detector precision and anomaly score',
    metrics: {
      claims: evaluation.claims,
      'fraudulent claims (truth)': evaluation.fraudulentClaims,
      'AUC (combined probability)': evaluation.auc,
      'AUC (posterior: model raised by the evidence)': evaluation.aucPosterior ?? null,
      'AUC (any detector hit)': evaluation.aucDetectorsOnly,
      'AUC (anomaly score alone)': evaluation.aucAnomalyOnly,
      'precision in top 0.1% of claims': evaluation.precisionTop01pct,
      'precision in top 1% of claims': evaluation.precisionTop1pct,
      ...recall,
      'worklist claims': evaluation.worklistClaims,
      'worklist precision': evaluation.worklistPrecision,
      'share of fraudulent money in the worklist': evaluation.worklistMoneyShare,
      'labelled claims (audits + investigator outcomes)': batch.training.labelledClaims,
      'explained claims with completeness ok': batch.explanations.filter((e) => e.completeness.ok).length,
      'explained claims': batch.explanations.length,
      ...section.metrics,
    },
    details: { evaluation, seconds: batch.seconds, ...section.details },
    charts: section.charts,
    notes: [
      'Ground truth (truth/claim_fraud) is used only here; the models learn from audit_outcomes and investigator outcomes.',
      'Precision and recall rank claims by the combined probability; cases come from the evidence (CASE_RULE) and the worklist ranks them (provider x fraud type) by expected recovery.',
      'Detectors read every claim known at the run date (a post-payment audit); model features are point-in-time.',
    ],
  });
  return { evaluation, report };
}
