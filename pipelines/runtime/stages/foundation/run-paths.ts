// Where a run's outputs live under its `outDir`. One place, so that a later stage finds
// what an earlier one wrote, whichever process or machine ran it.
import { join } from 'node:path';
import type { RunSpec } from '../stage-definition.js';

/** The generated synthetic extract (source tables at the top, ground truth under truth/). */
export function extractDir(run: RunSpec): string {
  return join(run.outDir, 'extract');
}

/** Arrow IPC snapshots handed to training and scoring. */
export function snapshotPath(run: RunSpec, table: string): string {
  return join(run.outDir, 'snapshots', `${table}.arrow`);
}

/** Where a feature table's partitions wait for the merge that publishes them. */
export function featurePartitionDir(run: RunSpec, table: string): string {
  return join(run.outDir, 'features', table);
}

/** A feature table's partition, as Parquet, before the merge publishes it. */
export function featurePartitionPath(run: RunSpec, table: string, partition: string): string {
  return join(featurePartitionDir(run, table), `${partition}.parquet`);
}

export function reportPath(run: RunSpec, name: string): string {
  return join(run.outDir, 'reports', name);
}
