// Test support: the fraud batch tests' generated extract, ingested into a pristine warehouse,
// built once per vitest run (pipelines/test-support/fixture-root.ts) for the files that run the
// fraud batch or stage over it (fraud-batch.test.ts, the partitioned fraud stage test). A file
// copies the warehouse before writing to it and only reads the extract (its truth/ included).
import { chmod, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from '../../../data-samples/generator/index.js';
import { ingestFiles } from '../../../features/ingest/index.js';
import { openWarehouse } from '../../../features/warehouse/index.js';
import { sharedFixture } from '../../../pipelines/test-support/fixture-root.js';

/** Enough audited claims (at least 50 labelled) for the batch to train on. */
export const FRAUD_TEST_EXTRACT = { members: 8000, seed: 3, months: 24 } as const;
/** The source tables the fraud batch reads. */
const TABLES = ['claims', 'members', 'facilities', 'deaths', 'kkpak_cases', 'audit_outcomes'];

export interface IngestedExtract {
  /** The generated files: read only. */
  readonly extractDir: string;
  /** A warehouse with the extract ingested and nothing built: copy it (copyWarehouse), never open it. */
  readonly pristine: string;
  dispose(): Promise<void>;
}

async function build(dir: string): Promise<void> {
  await generate({ outDir: join(dir, 'extract'), ...FRAUD_TEST_EXTRACT });
  const w = await openWarehouse(join(dir, 'pristine.duckdb'), { threads: 2 });
  try {
    await ingestFiles(
      w,
      TABLES.map((t) => join(dir, 'extract', `${t}.parquet`)),
      { demoKey: true },
    );
  } finally {
    await w.close();
  }
}

export async function ingestedFraudExtract(): Promise<IngestedExtract> {
  const key = `fraud-extract-${FRAUD_TEST_EXTRACT.members}-${FRAUD_TEST_EXTRACT.months}-${FRAUD_TEST_EXTRACT.seed}`;
  const fixture = await sharedFixture(key, build);
  return { extractDir: join(fixture.dir, 'extract'), pristine: join(fixture.dir, 'pristine.duckdb'), dispose: () => fixture.dispose() };
}

/** A private, writable copy of the pristine warehouse at `path`. */
export async function copyWarehouse(extract: IngestedExtract, path: string): Promise<void> {
  await copyFile(extract.pristine, path);
  await chmod(path, 0o644);
}
