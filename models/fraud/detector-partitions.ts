// The fraud build cut at its detector statement, so a run can spread the statement over
// workers: the steps before it (claim phase, peers, provider distributions) run once in a
// writer; each partition runs the detectorHitsSelect of its detectors on a READ_ONLY
// warehouse and writes its hits to Parquet; the hits are loaded back into
// fraud_detector_hits (in one order, whatever the partitions) and the steps after the
// statement finish the build. The steps are fraudSqlSteps' own, sliced, and the partitions'
// SELECT is the statement's own body: no detector's SQL exists twice.
import type { DuckDBConnection } from '@duckdb/node-api';
import { RAW_SOURCES } from '../../features/fraud/index.js';
import type { FraudSources, FraudSqlStep } from '../../features/fraud/index.js';
import { FRAUD_DETECTORS, detectorHitsSelect } from './detectors/index.js';
import type { DetectorOverrides, FraudDetector } from './detectors/index.js';
import type { BuildFraudTablesOptions } from './tables.js';
import { RUN_VIEWS, fraudSqlSteps, runFraudStep } from './tables.js';

/** The table the detector statement writes, where the build is cut. */
export const DETECTOR_HITS_TABLE = 'fraud_detector_hits';

/** fraudSqlSteps split around the detector statement: the steps before it and after it. */
export function stepsAroundDetectorHits(
  src: FraudSources = RAW_SOURCES,
  overrides: DetectorOverrides = {},
): { readonly before: readonly FraudSqlStep[]; readonly after: readonly FraudSqlStep[] } {
  const steps = fraudSqlSteps(src, overrides);
  const at = steps.findIndex((s) => s.writes === DETECTOR_HITS_TABLE);
  if (at < 0) throw new Error(`no fraud step writes ${DETECTOR_HITS_TABLE}`);
  return { before: steps.slice(0, at), after: steps.slice(at + 1) };
}

/**
 * Detector partitions by name (the detector's code in kebab case, e.g. `phantom-billing`): one
 * detector a partition. A detector is the finest cut that keeps one definition: its hits read
 * whole peer groups, provider histories and card pairs, so a claim-side split (by province,
 * month or key) would cut the groups it compares against, or need a second, filtered copy of
 * its SQL. At 20,000 members the largest (CLONING, UPCODING) are about a fifth of the
 * statement each, which bounds the statement's own speedup near 4-5x.
 */
export function detectorPartitions(): ReadonlyMap<string, FraudDetector> {
  return new Map(FRAUD_DETECTORS.map((d) => [d.code.toLowerCase().replaceAll('_', '-'), d]));
}

/** The SELECT of one partition's hits (rows of fraud_detector_hits, in table column order). */
export function partitionHitsSelect(partition: string, src: FraudSources = RAW_SOURCES, overrides: DetectorOverrides = {}): string {
  const detector = detectorPartitions().get(partition);
  if (!detector) throw new Error(`no detector partition "${partition}" (known: ${[...detectorPartitions().keys()].join(', ')})`);
  return detectorHitsSelect(src, overrides, [detector]);
}

/** Runs the steps before the detector statement: what every partition reads. */
export async function buildBeforeDetectorHits(connection: DuckDBConnection, options: BuildFraudTablesOptions = {}): Promise<void> {
  for (const step of stepsAroundDetectorHits(options.sources, options.detectorOverrides).before) {
    await runFraudStep(connection, step);
    options.onStep?.(step.writes);
  }
}

/**
 * The hits of the partitions' Parquet files as fraud_detector_hits, sorted on every column, so
 * that the table is the same whichever partition finished first. `files` is SQL (e.g. a quoted
 * list). The one-job statement stores DuckDB's order; nothing after it reads the hits in order
 * (they are grouped and joined), though sums of doubles over them can differ in their last bits.
 */
export function mergedHitsSql(files: string): string {
  return `SELECT * FROM read_parquet(${files}) ORDER BY ALL`;
}

/**
 * Finishes a build whose fraud_detector_hits is already in the warehouse: the TEMP views of the
 * steps before the statement (a view lives only in the session that made it, and the writer
 * that built those steps has closed), then every step after it.
 */
export async function buildAfterDetectorHits(connection: DuckDBConnection, options: BuildFraudTablesOptions = {}): Promise<void> {
  const { before, after } = stepsAroundDetectorHits(options.sources, options.detectorOverrides);
  for (const step of [...before.filter((s) => RUN_VIEWS.has(s.writes)), ...after]) {
    await runFraudStep(connection, step);
    options.onStep?.(step.writes);
  }
}
