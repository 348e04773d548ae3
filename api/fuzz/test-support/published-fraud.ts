// Test support for the OpenAPI fuzz: a small real published fraud run, built the way
// models/fraud/fraud-batch.test.ts builds one (a generated extract, ingested, the fraud batch,
// published) but smaller, and the real read service over it (what `telisik serve --fraud` opens),
// with the ids the fuzz should aim at: case ids, providers, and real claims to bend for arrival scoring.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

export interface PublishedFraudOptions {
  /** The synthetic extract: enough claims for the classifier's 50 labelled (10 confirmed) past audits. */
  readonly extract: Omit<GenerateOptions, 'outDir'>;
  /** Real claims kept to be bent into arrival-scoring bodies. */
  readonly sampleClaims: number;
  readonly onStep?: (step: string, seconds: number) => void;
}

export interface PublishedFraudRun {
  readonly dir: string;
  readonly service: FraudWorklistService;
  /** Case ids of the published cases (in the worklist and beyond). */
  readonly caseIds: readonly string[];
  readonly facilityIds: readonly string[];
  readonly provinces: readonly string[];
  /** Raw claims of the extract as e-Klaim would submit them (JSON values: dates as YYYY-MM-DD). */
  readonly claims: readonly ArrivalClaim[];
  close(): Promise<void>;
}

/** Dates as YYYY-MM-DD; the contract's times (waktu_*) as ISO 8601 date-times. */
const jsonValue = (k: string, v: unknown): string | number | null =>
  typeof v === 'bigint'
    ? Number(v)
    : v instanceof Date
      ? k.startsWith('waktu_')
        ? v.toISOString()
        : v.toISOString().slice(0, 10)
      : (v as string | number | null);

/** Generates, ingests, runs the fraud batch and publishes it under a temp dir, then opens the read service. */
export async function buildPublishedFraudRun(options: PublishedFraudOptions): Promise<PublishedFraudRun> {
  const dir = await mkdtemp(join(tmpdir(), 'telisik-fuzz-fraud-'));
  let t = performance.now();
  const lap = (step: string): void => {
    const now = performance.now();
    options.onStep?.(step, (now - t) / 1000);
    t = now;
  };
  try {
    await useBackend('wasm');
    await generate({ threads: 2, ...options.extract, outDir: join(dir, 'extract') });
    lap('generate');
    const w = await openWarehouse(join(dir, 'w.duckdb'), { threads: 2 });
    let claims: ArrivalClaim[];
    let caseIds: string[];
    let facilities: { facility_id: string; province_code: string }[];
    try {
      const tables = ['claims', 'members', 'facilities', 'deaths', 'kkpak_cases', 'audit_outcomes'];
      await ingestFiles(
        w,
        tables.map((name) => join(dir, 'extract', `${name}.parquet`)),
        { demoKey: true },
      );
      lap('ingest');
      const batch = await runFraudBatch(w.connection, { seed: 1, capacityCases: 20, maxCasesPerProvider: 3 });
      lap('batch');
      await publishFraudBatch(w.connection, batch, join(dir, 'fraud'));
      lap('publish');
      // the latest claims (the published arrival context holds the last months), both care types
      const rows = await w.query<Record<string, unknown>>(
        `SELECT * EXCLUDE (_file_id, _line) FROM raw_claims
        QUALIFY row_number() OVER (PARTITION BY jenis_rawat ORDER BY tgl_masuk DESC, nomor_sep) <= $1`,
        [Math.ceil(options.sampleClaims / 2)],
      );
      claims = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, jsonValue(k, v)])));
      caseIds = (await w.query<{ case_id: string }>('SELECT DISTINCT case_id FROM fraud_cases ORDER BY case_id LIMIT 40')).map(
        (r) => r.case_id,
      );
      facilities = await w.query<{ facility_id: string; province_code: string }>(
        'SELECT facility_id, province_code FROM raw_facilities WHERE facility_id IN (SELECT facility_id FROM fraud_cases) ORDER BY facility_id LIMIT 20',
      );
    } finally {
      await w.close();
    }
    const service = await FraudWorklistService.open(join(dir, 'fraud'));
    lap('open');
    return {
      dir,
      service,
      caseIds,
      claims,
      facilityIds: facilities.map((f) => f.facility_id),
      provinces: [...new Set(facilities.map((f) => f.province_code))],
      async close() {
        service.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
