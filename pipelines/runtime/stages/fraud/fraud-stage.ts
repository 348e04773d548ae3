// The `fraud` stage of a run: copies investigator outcomes from the ops store (when the run
// names one) into the warehouse, builds fraud features and detector hits, trains the fraud
// networks on every outcome known so far, scores every claim and publishes the worklist.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openOpsStore } from '../../../../api/store/open-store.js';
import { runFraudBatch } from '../../../../models/fraud/batch.js';
import { buildAfterDetectorHits } from '../../../../models/fraud/detector-partitions.js';
import type { FraudBatchOptions } from '../../../../models/fraud/batch.js';
import { InsufficientOutcomesError } from '../../../../models/fraud/model.js';
import { publishFraudBatch } from '../../../../models/fraud/publish.js';
import { writeFraudReport } from '../../../../models/fraud/report.js';
import { literal } from '../../../../data-samples/sql/index.js';
import { INVESTIGATOR_OUTCOMES_DDL } from '../../../../models/fraud/tables.js';
import { useBackend } from '../../../../models/tf/index.js';
import type { Warehouse } from '../../../../features/warehouse/index.js';
import { withTelisikWarehouse } from '../../warehouse/warehouse-session.js';
import { extractDir } from '../foundation/run-paths.js';
import type { RunSpec, StageDefinition, StageProcessor } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';
import { fraudPartitioned } from './fraud-partitions.js';

/** Where a run publishes its fraud outputs (what `telisik serve` reads). */
export function fraudPublishDir(run: RunSpec): string {
  return join(run.outDir, 'fraud');
}

/** A generated extract's ground truth table `name` (truth/NAME.parquet or .csv) as a DuckDB reader, or null for real data. */
function truthReader(run: RunSpec, name: string): string | null {
  const base = join(extractDir(run), 'truth', name);
  if (existsSync(`${base}.parquet`)) return `read_parquet(${literal(`${base}.parquet`)})`;
  if (existsSync(`${base}.csv`)) return `read_csv(${literal(`${base}.csv`)}, header = true)`;
  return null;
}

/** Run parameter naming the ops store whose investigator outcomes feed training. */
export const OPS_STORE_PARAM = 'opsStore';
/**
 * Run parameter bounding the published worklist in claims (the old capacity): given alone, the
 * list takes whole cases while the claims before them are fewer, with no case capacity or
 * per-provider cap (so a large value publishes every case, as before).
 */
export const CAPACITY_PARAM = 'fraudCapacityClaims';
/** Run parameter: worklist capacity in cases (default DEFAULT_CASE_CAPACITY). */
export const CASE_CAPACITY_PARAM = 'fraudCapacityCases';
/** Run parameter: cases of one provider at most (default DEFAULT_CASES_PER_PROVIDER). */
export const CASES_PER_PROVIDER_PARAM = 'fraudCasesPerProvider';

/** The worklist options of a run's parameters. */
export function worklistParams(
  params: Readonly<Record<string, unknown>> | undefined,
): Pick<FraudBatchOptions, 'capacityCases' | 'maxCasesPerProvider' | 'capacityClaims'> {
  const n = (k: string): number | undefined => (typeof params?.[k] === 'number' ? (params[k] as number) : undefined);
  const claims = n(CAPACITY_PARAM);
  const cases = n(CASE_CAPACITY_PARAM);
  const perProvider = n(CASES_PER_PROVIDER_PARAM);
  const unbounded = claims !== undefined && cases === undefined && perProvider === undefined;
  return {
    ...(claims !== undefined ? { capacityClaims: claims } : {}),
    ...(cases !== undefined ? { capacityCases: cases } : unbounded ? { capacityCases: Number.MAX_SAFE_INTEGER } : {}),
    ...(perProvider !== undefined
      ? { maxCasesPerProvider: perProvider }
      : unbounded
        ? { maxCasesPerProvider: Number.MAX_SAFE_INTEGER }
        : {}),
  };
}

/** Copies every recorded investigator outcome (one row per claim of a case) into the warehouse. */
export async function syncInvestigatorOutcomes(warehouse: Warehouse, storeLocation: string): Promise<number> {
  const store = await openOpsStore(storeLocation);
  try {
    const outcomes = await store.listOutcomes({});
    await warehouse.run(INVESTIGATOR_OUTCOMES_DDL);
    await warehouse.run('DELETE FROM fraud_investigator_outcomes');
    let rows = 0;
    for (const o of outcomes) {
      for (const sep of o.claimIds) {
        await warehouse.run('INSERT INTO fraud_investigator_outcomes VALUES ($1, $2, $3, $4, $5, $6)', [
          o.caseId,
          sep,
          o.verdict,
          o.fraudType,
          BigInt(Math.round(o.amountRecovered)),
          o.recordedAt.toISOString(),
        ]);
        rows++;
      }
    }
    return rows;
  } finally {
    await store.close();
  }
}

export const FRAUD_SCORING_PROCESSOR: StageProcessor = {
  name: 'fraud-scoring',
  description:
    'Fraud features, detectors, model training on audit and investigator outcomes, scoring of every claim, worklist publication.',
  async process(task) {
    await useBackend('wasm');
    const storeLocation = task.run.params?.[OPS_STORE_PARAM];
    return withTelisikWarehouse(task.run.warehousePath, {}, async (warehouse) => {
      const feedbackRows = typeof storeLocation === 'string' ? await syncInvestigatorOutcomes(warehouse, storeLocation) : 0;
      let batch;
      try {
        batch = await runFraudBatch(warehouse.connection, {
          seed: task.run.synthetic?.seed ?? 1,
          ...worklistParams(task.run.params),
          // the hits are in the warehouse already when the detector partitions computed them
          ...(fraudPartitioned(task.run) ? { buildTables: buildAfterDetectorHits } : {}),
          onStep: (step) => void task.reportProgress(0, step),
        });
      } catch (err) {
        // A small extract has too few past audits to learn from: the detector hits are
        // built, nothing is published, and the rest of the run goes on.
        if (!(err instanceof InsufficientOutcomesError)) throw err;
        await task.reportProgress(100, err.message);
        return { outputs: [{ kind: 'table', name: 'fraud_detector_hits', detail: { skipped: err.message } }] };
      }
      const dir = fraudPublishDir(task.run);
      const policy = await publishFraudBatch(warehouse.connection, batch, dir, { runId: task.run.runId });
      // a synthetic run carries ground truth: the model report measures the run against it
      // (recall per type and variant, held-out variants, look-alike false hits)
      const truth = truthReader(task.run, 'claim_fraud');
      const report = truth
        ? await writeFraudReport(
            warehouse.connection,
            batch,
            truth,
            join(dir, 'report'),
            truthReader(task.run, 'claim_lookalike') ?? undefined,
          )
        : null;
      await task.reportProgress(100, `${batch.claims} claims scored, ${batch.worklistCases} cases`);
      return {
        outputs: [
          ...(report
            ? [
                {
                  kind: 'file' as const,
                  name: join(dir, 'report'),
                  detail: { auc: report.evaluation.auc, precisionTop1pct: report.evaluation.precisionTop1pct },
                },
              ]
            : []),
          { kind: 'table', name: 'fraud_claim_scores', rows: batch.claims },
          {
            kind: 'table',
            name: 'fraud_worklist',
            rows: batch.worklistClaims,
            detail: { cases: batch.worklistCases, feedbackRows, triage: policy },
          },
          { kind: 'file', name: dir },
        ],
      };
    });
  },
};

export const FRAUD_STAGE: StageDefinition = defineStage({
  name: 'fraud',
  description: 'Fraud scoring: detectors, models, worklist with reasons (issue 7).',
  cpuHeavy: true,
  retry: { attempts: 2, backoff: { type: 'exponential', delay: 5_000 } },
  processors: [FRAUD_SCORING_PROCESSOR],
});
