// The `features` stage: each partition reads the warehouse READ_ONLY (several processes
// may) and writes its Parquet partition file; the publish step, the only writer, merges
// the partitions into the warehouse table and writes the Arrow snapshot for training.
import { rm } from 'node:fs/promises';
import { ident, varcharList } from '../../../../data-samples/sql/index.js';
import { publishSnapshot, replaceFileAtomic } from '../../../../features/snapshot/index.js';
import { replaceTableAtomic, withTelisikWarehouse } from '../../warehouse/warehouse-session.js';
import type { RunSpec, StageDefinition, StageOutput, StageProcessor } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';
import type { FeatureTableDef } from './feature-tables.js';
import { FOUNDATION_FEATURE_TABLES } from './feature-tables.js';
import { featurePartitionDir, featurePartitionPath, snapshotPath } from './run-paths.js';

/** One processor per feature table: partitions from its definition, publish = merge. */
export function featureTableProcessor(table: FeatureTableDef): StageProcessor {
  return {
    name: table.name.replaceAll('_', '-'),
    description: table.description,
    partitions: (run) => Object.keys(table.partitions(run)),
    async process(task) {
      const where = table.partitions(task.run)[task.partition];
      if (where === undefined) throw new Error(`${table.name} has no partition "${task.partition}"`);
      const target = featurePartitionPath(task.run, table.name, task.partition);
      const rows = await withTelisikWarehouse(task.run.warehousePath, { readOnly: true }, async (warehouse) => {
        // File paths are bound as parameters: DuckDB takes them in COPY and table functions.
        await replaceFileAtomic(target, (temporary) => warehouse.run(`COPY (${table.sql(where)}) TO $1 (FORMAT parquet)`, [temporary]));
        const counted = await warehouse.query<{ n: bigint }>('SELECT count(*) AS n FROM read_parquet($1)', [target]);
        return Number(counted[0]?.n ?? 0);
      });
      await task.reportProgress(100, `${rows} rows`);
      return { outputs: [{ kind: 'partition', name: target, rows }] };
    },
    async publish(run: RunSpec, partitions: readonly string[]) {
      // replaceTableAtomic builds its statements from SQL text, so the paths are quoted here.
      const files = partitions.map((p) => featurePartitionPath(run, table.name, p));
      const merged = `SELECT * FROM read_parquet(${varcharList(files)}) ORDER BY ALL`;
      const outputs: StageOutput[] = await withTelisikWarehouse(run.warehousePath, {}, async (warehouse) => {
        const rows = await replaceTableAtomic(warehouse.connection, table.name, merged);
        const snapshot = await publishSnapshot(
          warehouse.connection,
          `SELECT * FROM ${ident(table.name)} ORDER BY ALL`,
          snapshotPath(run, table.name),
        );
        return [
          { kind: 'table', name: table.name, rows },
          { kind: 'snapshot', name: snapshot.path, rows: snapshot.rows },
        ];
      });
      // The partitions are merged; keeping them would only invite a stale re-read.
      await rm(featurePartitionDir(run, table.name), { recursive: true, force: true });
      return { outputs };
    },
  };
}

export const FEATURES_STAGE: StageDefinition = defineStage({
  name: 'features',
  description: 'Feature tables per entity in DuckDB SQL, published to the warehouse and as Arrow snapshots.',
  retry: { attempts: 4, backoff: { type: 'exponential', delay: 2_000 } },
  processors: FOUNDATION_FEATURE_TABLES.map(featureTableProcessor),
});
