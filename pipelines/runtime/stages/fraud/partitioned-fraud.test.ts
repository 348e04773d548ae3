// Partitioning is an execution detail: the fraud stage with its detector statement split into
// one job per detector must publish the same hits and the same worklist files, row for row,
// as the same run with the statement inline in the fraud stage's one job.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literal } from '../../../../data-samples/sql/index.js';
import { detectorPartitions } from '../../../../models/fraud/detector-partitions.js';
import { FRAUD_DETECTORS } from '../../../../models/fraud/detectors/index.js';
import { FRAUD_FILES } from '../../../../models/fraud/files.js';
import { copyWarehouse, ingestedFraudExtract } from '../../../../models/fraud/test-support/ingested-extract.js';
import type { IngestedExtract } from '../../../../models/fraud/test-support/ingested-extract.js';
import type { RunReport, StageOutcome } from '../../execution/run-report.js';
import { InlineRunner } from '../../runners/inline-runner.js';
import { SILENT_LOG } from '../../runtime-log.js';
import { withWarehouse } from '../../warehouse/warehouse-session.js';
import { createStageRegistry } from '../default-registry.js';
import type { RunSpec } from '../stage-definition.js';
import { FRAUD_BASE_STAGE_NAME, FRAUD_DETECTORS_STAGE_NAME, FRAUD_DETECTOR_JOBS_PARAM, fraudPartitioned } from './fraud-partitions.js';
import { fraudPublishDir } from './fraud-stage.js';

const STAGES = [FRAUD_BASE_STAGE_NAME, FRAUD_DETECTORS_STAGE_NAME, 'fraud'];
/** Published files compared row for row: the worklist, every case, the scores and what explains them. */
const COMPARED_FILES = [
  FRAUD_FILES.worklist,
  FRAUD_FILES.cases,
  FRAUD_FILES.claimScores,
  FRAUD_FILES.providerScores,
  FRAUD_FILES.detectorHits,
  FRAUD_FILES.modelReasons,
  FRAUD_FILES.signalPrecision,
  FRAUD_FILES.signalPatterns,
];

let dir: string;
/** The fraud batch test's extract (built once per vitest run): enough audited claims to train on. */
let extract: IngestedExtract;
let whole: { run: RunSpec; report: RunReport };
let split: { run: RunSpec; report: RunReport };

async function fraudRun(name: string, params: RunSpec['params']): Promise<{ run: RunSpec; report: RunReport }> {
  const warehousePath = join(dir, `${name}.duckdb`);
  await copyWarehouse(extract, warehousePath);
  const run: RunSpec = { runId: `fraud-${name}`, warehousePath, outDir: join(dir, name), stages: STAGES, ...(params ? { params } : {}) };
  const report = await new InlineRunner({ registry: createStageRegistry(), log: SILENT_LOG }).run(run);
  return { run, report };
}

const ran = (report: RunReport, stage: string): Extract<StageOutcome, { status: 'ran' }> | undefined => {
  const s = report.stages.find((x) => x.stage === stage);
  return s?.status === 'ran' ? s : undefined;
};

/**
 * Relative difference allowed between two doubles of the same cell: a sum of doubles over
 * several claims (a case's or a provider's value) differs in its last bits when DuckDB's threads
 * add its terms in another grouping, which depends on how the session that wrote the table laid
 * it out (one long session, or a base job, merged partitions and a scoring job); 1e-12 is about
 * 5,000 units in the last place, far below any difference a rank or a threshold could see.
 */
const SUM_ORDER_TOLERANCE = 1e-12;

/** Cells of `b` that differ from `a`: identical text, integers and flags, doubles within SUM_ORDER_TOLERANCE. */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${at}: ${a.length} items, then ${b.length}`];
    return a.flatMap((x, i) => differences(x, b[i], `${at}[${i}]`));
  }
  if (typeof a === 'number' && typeof b === 'number' && !Number.isInteger(a)) {
    return Math.abs(a - b) <= SUM_ORDER_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) ? [] : [`${at}: ${a} then ${b}`];
  }
  return Object.is(a, b) ? [] : [`${at}: ${JSON.stringify(a)} then ${JSON.stringify(b)}`];
}

const rowsOf = (path: string, sql: string): Promise<unknown[]> =>
  withWarehouse(path, { readOnly: true }, async (c) => (await c.runAndReadAll(sql)).getRowsJson());

beforeAll(async () => {
  extract = await ingestedFraudExtract();
  dir = await mkdtemp(join(tmpdir(), 'telisik-fraud-partitions-'));
  whole = await fraudRun('whole', { [FRAUD_DETECTOR_JOBS_PARAM]: false });
  split = await fraudRun('split', undefined);
}, 600_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  await extract?.dispose();
});

describe('detector partitions of the fraud stage', () => {
  it('runs the detector statement inline in one job, or as one job per detector after one base job', () => {
    expect(ran(whole.report, FRAUD_BASE_STAGE_NAME)).toBeUndefined();
    expect(ran(whole.report, FRAUD_DETECTORS_STAGE_NAME)).toBeUndefined();
    expect(ran(whole.report, 'fraud')?.tasks).toHaveLength(1);
    expect(ran(split.report, FRAUD_BASE_STAGE_NAME)?.tasks).toHaveLength(1);
    const partitions = ran(split.report, FRAUD_DETECTORS_STAGE_NAME)?.tasks.map((t) => t.partition);
    expect(partitions).toEqual([...detectorPartitions().keys()]);
    expect(partitions).toHaveLength(FRAUD_DETECTORS.length);
    expect(ran(split.report, 'fraud')?.tasks).toHaveLength(1);
    // a scored run, not one that stopped short of training
    const outputs = ran(split.report, 'fraud')?.tasks.flatMap((t) => t.outputs) ?? [];
    expect(outputs.some((o) => o.detail && 'skipped' in o.detail)).toBe(false);
  });

  it('publishes fraud_detector_hits row for row as the one-job run does', async () => {
    const sql = 'SELECT * FROM fraud_detector_hits ORDER BY ALL';
    const [a, b] = [await rowsOf(whole.run.warehousePath, sql), await rowsOf(split.run.warehousePath, sql)];
    expect(a.length).toBeGreaterThan(100);
    expect(new Set(a.map((r) => (r as unknown[])[0])).size).toBeGreaterThan(5);
    expect(b).toEqual(a);
  });

  it.each(COMPARED_FILES)('publishes %s row for row as the one-job run does', async (file) => {
    const sql = (run: RunSpec) => `SELECT * FROM read_parquet(${literal(join(fraudPublishDir(run), file))}) ORDER BY ALL`;
    const [a, b] = [await rowsOf(whole.run.warehousePath, sql(whole.run)), await rowsOf(split.run.warehousePath, sql(split.run))];
    expect(a.length).toBeGreaterThan(0);
    expect(b).toHaveLength(a.length);
    expect(differences(a, b)).toEqual([]);
  });

  it('partitions by default, and runs one job when told to or when the run leaves out the stages before fraud', () => {
    const run = (over: Partial<RunSpec>): RunSpec => ({ runId: 'r', warehousePath: 'w', outDir: 'o', ...over });
    expect(fraudPartitioned(run({}))).toBe(true);
    expect(fraudPartitioned(run({ stages: STAGES }))).toBe(true);
    expect(fraudPartitioned(run({ params: { [FRAUD_DETECTOR_JOBS_PARAM]: false } }))).toBe(false);
    expect(fraudPartitioned(run({ stages: ['ingest', 'features', 'fraud'] }))).toBe(false);
    expect(() => fraudPartitioned(run({ params: { [FRAUD_DETECTOR_JOBS_PARAM]: 'no' } }))).toThrow(FRAUD_DETECTOR_JOBS_PARAM);
  });
});
