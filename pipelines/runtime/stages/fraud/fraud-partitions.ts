// The fraud stage spread over workers (issue 16 item 4): `fraud-base`, one writer job, builds
// what every detector reads (claim phase, peers, provider distributions, packages);
// `fraud-detectors` runs one partition job per detector, each on a READ_ONLY warehouse
// writing its hits to Parquet, and its publish step (the only writer) merges them into
// fraud_detector_hits; `fraud` then finishes the batch from those hits (provider features,
// training, scoring, worklist). The detector statement was half of the fraud stage's CPU at
// 100,000 members (12.6 of 24 s), and the one part whose work splits without a second copy of
// any SQL.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { varcharList } from '../../../../data-samples/sql/index.js';
import { replaceFileAtomic } from '../../../../features/snapshot/index.js';
import {
  DETECTOR_HITS_TABLE,
  buildBeforeDetectorHits,
  detectorPartitions,
  mergedHitsSql,
  partitionHitsSelect,
} from '../../../../models/fraud/detector-partitions.js';
import { replaceTableAtomic, withTelisikWarehouse } from '../../warehouse/warehouse-session.js';
import type { RunSpec, StageDefinition, StageProcessor } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';

/** Run parameter: false runs the fraud stage as one job (the detector statement inline), as before partitioning. */
export const FRAUD_DETECTOR_JOBS_PARAM = 'fraudDetectorJobs';
export const FRAUD_BASE_STAGE_NAME = 'fraud-base';
export const FRAUD_DETECTORS_STAGE_NAME = 'fraud-detectors';

/**
 * Whether the run computes its detector hits in partition jobs: by default yes; not when the
 * run says FRAUD_DETECTOR_JOBS_PARAM = false, nor when it names its stages without the two
 * stages before `fraud` (e.g. `ingest,features,fraud`): `fraud` then runs the whole batch in
 * its one job, with the same results, instead of reading hits that no stage built.
 */
export function fraudPartitioned(run: RunSpec): boolean {
  const asked = run.params?.[FRAUD_DETECTOR_JOBS_PARAM];
  if (asked !== undefined && typeof asked !== 'boolean') {
    throw new Error(`${FRAUD_DETECTOR_JOBS_PARAM} must be true or false, got ${String(asked)}`);
  }
  if (asked === false) return false;
  return !run.stages || (run.stages.includes(FRAUD_BASE_STAGE_NAME) && run.stages.includes(FRAUD_DETECTORS_STAGE_NAME));
}

/** Where the detector partitions wait for the merge (removed by it). */
export function detectorHitsWorkDir(run: RunSpec): string {
  return join(run.outDir, 'fraud-work', 'detector-hits');
}

const partitionPath = (run: RunSpec, partition: string): string => join(detectorHitsWorkDir(run), `${partition}.parquet`);

const fraudBaseProcessor: StageProcessor = {
  name: 'fraud-claim-base',
  description: 'Fraud claim-phase features, peer groups, provider distributions and packages: what every detector partition reads.',
  async process(task) {
    const built = await withTelisikWarehouse(task.run.warehousePath, {}, async (warehouse) => {
      const tables: string[] = [];
      await buildBeforeDetectorHits(warehouse.connection, { onStep: (table) => void tables.push(table) });
      return tables;
    });
    await task.reportProgress(100, `${built.length} tables`);
    return { outputs: built.map((name) => ({ kind: 'table' as const, name })) };
  },
};

const detectorHitsProcessor: StageProcessor = {
  name: 'detector-hits',
  description:
    "One detector's hits on every claim, from a READ_ONLY warehouse to Parquet; the publish merges them into fraud_detector_hits.",
  partitions: () => [...detectorPartitions().keys()],
  async process(task) {
    const select = partitionHitsSelect(task.partition);
    const target = partitionPath(task.run, task.partition);
    const rows = await withTelisikWarehouse(task.run.warehousePath, { readOnly: true }, async (warehouse) => {
      // File paths are bound as parameters: DuckDB takes them in COPY and table functions.
      await replaceFileAtomic(target, (temporary) => warehouse.run(`COPY (${select}) TO $1 (FORMAT parquet)`, [temporary]));
      const counted = await warehouse.query<{ n: bigint }>('SELECT count(*) AS n FROM read_parquet($1)', [target]);
      return Number(counted[0]?.n ?? 0);
    });
    await task.reportProgress(100, `${rows} hits`);
    return { outputs: [{ kind: 'partition', name: target, rows }] };
  },
  async publish(run, partitions) {
    // replaceTableAtomic builds its statements from SQL text, so the paths are quoted here.
    const files = varcharList(partitions.map((p) => partitionPath(run, p)));
    const rows = await withTelisikWarehouse(run.warehousePath, {}, (warehouse) =>
      replaceTableAtomic(warehouse.connection, DETECTOR_HITS_TABLE, mergedHitsSql(files)),
    );
    // The partitions are merged; keeping them would only invite a stale re-read.
    await rm(detectorHitsWorkDir(run), { recursive: true, force: true });
    return { outputs: [{ kind: 'table', name: DETECTOR_HITS_TABLE, rows }] };
  },
};

export const FRAUD_BASE_STAGE: StageDefinition = defineStage({
  name: FRAUD_BASE_STAGE_NAME,
  description: 'Fraud tables the detectors read, built once before the detector partitions (one writer).',
  retry: { attempts: 2, backoff: { type: 'exponential', delay: 5_000 } },
  appliesTo: fraudPartitioned,
  processors: [fraudBaseProcessor],
});

export const FRAUD_DETECTORS_STAGE: StageDefinition = defineStage({
  name: FRAUD_DETECTORS_STAGE_NAME,
  description: 'Fraud detector hits, one partition job per detector, merged into fraud_detector_hits.',
  retry: { attempts: 3, backoff: { type: 'exponential', delay: 2_000 } },
  appliesTo: fraudPartitioned,
  processors: [detectorHitsProcessor],
});
