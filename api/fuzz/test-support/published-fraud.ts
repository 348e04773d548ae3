// Test support for the OpenAPI fuzz and the workbench: a small real published fraud run, built
// the way models/fraud/fraud-batch.test.ts builds one (a generated extract, ingested, the fraud
// batch, published) but smaller, and the real read service over it (what `telisik serve --fraud`
// opens), with the ids the tests aim at: case ids, providers, and real claims to bend for arrival
// scoring. The published files are built once per vitest run and shared by the files that ask
// (pipelines/test-support/fixture-root.ts): each opens its own read service over them.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from '../../../data-samples/generator/index.js';
import type { GenerateOptions } from '../../../data-samples/generator/index.js';
import { ingestFiles } from '../../../features/ingest/index.js';
import { openWarehouse } from '../../../features/warehouse/index.js';
import type { ArrivalClaim } from '../../../models/fraud/arrival.js';
import { runFraudBatch } from '../../../models/fraud/batch.js';
import { publishFraudBatch } from '../../../models/fraud/publish.js';
import { FraudWorklistService } from '../../../models/fraud/service.js';
import { useBackend } from '../../../models/tf/index.js';
import { sharedFixture } from '../../../pipelines/test-support/fixture-root.js';

export interface PublishedFraudOptions {
  /** The synthetic extract: enough claims for the classifier's 50 labelled (10 confirmed) past audits. */
  readonly extract: Omit<GenerateOptions, 'outDir'>;
  /** Real claims kept to be bent into arrival-scoring bodies. */
  readonly sampleClaims: number;
}

/**
 * The run the fuzz and the workbench share: a generated extract of 4,000 members over two years,
 * two claims per member-year and 10% fraud, the smallest seen to give the classifier its 50
 * labelled (10 confirmed) past audits; 24 real claims (the latest of each care type) for the
 * fuzz's scoring bodies.
 */
export const SHARED_FRAUD_RUN: PublishedFraudOptions = {
  extract: { members: 4000, months: 24, seed: 3, claimsPerMemberYear: 2, fraudRate: 0.1 },
  sampleClaims: 24,
};

/** What the tests aim at, read from the warehouse while it is open and kept beside the published files. */
interface PublishedIds {
  readonly caseIds: readonly string[];
  readonly facilityIds: readonly string[];
  readonly provinces: readonly string[];
  readonly claims: readonly ArrivalClaim[];
}

export interface PublishedFraudRun extends PublishedIds {
  /** Holds the published files under fraud/: read only, other files read them too. */
  readonly dir: string;
  readonly service: FraudWorklistService;
  close(): Promise<void>;
}

const IDS_FILE = 'ids.json';

/** Dates as YYYY-MM-DD; the contract's times (waktu_*) as ISO 8601 date-times. */
const jsonValue = (k: string, v: unknown): string | number | null =>
  typeof v === 'bigint'
    ? Number(v)
    : v instanceof Date
      ? k.startsWith('waktu_')
        ? v.toISOString()
        : v.toISOString().slice(0, 10)
      : (v as string | number | null);

/** Generates, ingests, runs the fraud batch and publishes it under `dir`, with the ids beside it. */
async function buildPublishedFiles(dir: string, options: PublishedFraudOptions): Promise<void> {
  await generate({ threads: 2, ...options.extract, outDir: join(dir, 'extract') });
  const w = await openWarehouse(join(dir, 'w.duckdb'), { threads: 2 });
  try {
    const tables = ['claims', 'members', 'facilities', 'deaths', 'kkpak_cases', 'audit_outcomes'];
    await ingestFiles(
      w,
      tables.map((name) => join(dir, 'extract', `${name}.parquet`)),
      { demoKey: true },
    );
    const batch = await runFraudBatch(w.connection, { seed: 1, capacityCases: 20, maxCasesPerProvider: 3 });
    await publishFraudBatch(w.connection, batch, join(dir, 'fraud'));
    // the latest claims (the published arrival context holds the last months), both care types
    const rows = await w.query<Record<string, unknown>>(
      `SELECT * EXCLUDE (_file_id, _line) FROM raw_claims
      QUALIFY row_number() OVER (PARTITION BY jenis_rawat ORDER BY tgl_masuk DESC, nomor_sep) <= $1`,
      [Math.ceil(options.sampleClaims / 2)],
    );
    const caseIds = await w.query<{ case_id: string }>('SELECT DISTINCT case_id FROM fraud_cases ORDER BY case_id LIMIT 40');
    const facilities = await w.query<{ facility_id: string; province_code: string }>(
      'SELECT facility_id, province_code FROM raw_facilities WHERE facility_id IN (SELECT facility_id FROM fraud_cases) ORDER BY facility_id LIMIT 20',
    );
    const ids: PublishedIds = {
      caseIds: caseIds.map((r) => r.case_id),
      facilityIds: facilities.map((f) => f.facility_id),
      provinces: [...new Set(facilities.map((f) => f.province_code))],
      claims: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, jsonValue(k, v)]))),
    };
    await writeFile(join(dir, IDS_FILE), JSON.stringify(ids));
  } finally {
    await w.close();
  }
}

/** The published run of these options (built by the first file of the vitest run to ask), with a read service of the caller's own. */
export async function publishedFraudRun(options: PublishedFraudOptions = SHARED_FRAUD_RUN): Promise<PublishedFraudRun> {
  const key = `published-fraud-${createHash('sha256').update(JSON.stringify(options)).digest('hex').slice(0, 12)}`;
  // the batch trains and arrival scoring predicts with tfjs: the backend the run was built with, in every file
  await useBackend('wasm');
  const fixture = await sharedFixture(key, (dir) => buildPublishedFiles(dir, options));
  try {
    const ids = JSON.parse(await readFile(join(fixture.dir, IDS_FILE), 'utf8')) as PublishedIds;
    const service = await FraudWorklistService.open(join(fixture.dir, 'fraud'));
    return {
      ...ids,
      dir: fixture.dir,
      service,
      async close() {
        service.close();
        await fixture.dispose();
      },
    };
  } catch (err) {
    await fixture.dispose();
    throw err;
  }
}
