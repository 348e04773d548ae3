// The fraud batch end to end on a small generated extract (cached in a temp dir for this file):
// features, detectors, both networks, scores, the worklist with reasons, publication, the
// read service (worklist, case, exports, arrival scoring) and feedback into the next labels.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../data-samples/generator/index.js';
import { FRAUD_FEATURES, RAW_SOURCES } from '../../features/fraud/index.js';
import { ingestFiles } from '../../features/ingest/index.js';
import { openWarehouse } from '../../features/warehouse/index.js';
import type { Warehouse } from '../../features/warehouse/index.js';
import { useBackend } from '../tf/index.js';
import { runFraudBatch } from './batch.js';
import type { FraudBatchResult } from './batch.js';
import { ANOMALY_COLUMN, AUTOENCODER_SPEC, CLASSIFIER_SPEC } from './model.js';
import { publishFraudBatch } from './publish.js';
import { FraudWorklistService } from './service.js';
import { modelInputSql } from './tables.js';

let dir: string;
let w: Warehouse;
let batch: FraudBatchResult;
let service: FraudWorklistService;
const CAPACITY = 60;

beforeAll(async () => {
  await useBackend('wasm');
  dir = await mkdtemp(join(tmpdir(), 'telisik-fraud-'));
  await generate({ outDir: join(dir, 'extract'), members: 5000, seed: 3, months: 24 });
  w = await openWarehouse(join(dir, 'w.duckdb'), { threads: 2 });
  const tables = ['claims', 'members', 'facilities', 'deaths', 'kkpak_cases', 'audit_outcomes'];
  await ingestFiles(w, tables.map((t) => join(dir, 'extract', `${t}.parquet`)), { demoKey: true });
  batch = await runFraudBatch(w.connection, { seed: 1, capacityClaims: CAPACITY });
  await publishFraudBatch(w.connection, batch, join(dir, 'fraud'));
  service = await FraudWorklistService.open(join(dir, 'fraud'));
}, 240_000);

afterAll(async () => {
  service?.close();
  await w?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('fraud batch on a generated extract', () => {
  it('describes every model feature in Indonesian and English', () => {
    const described = new Set(FRAUD_FEATURES.map((f) => f.name));
    for (const f of AUTOENCODER_SPEC.features) expect(described.has(f.column), f.column).toBe(true);
    for (const f of FRAUD_FEATURES) expect(f.descriptionId).not.toEqual(f.descriptionEn);
    expect(CLASSIFIER_SPEC.features.map((f) => f.column)).toContain(ANOMALY_COLUMN);
  });

  it('scores every claim with a probability and sizes the worklist to capacity', async () => {
    const [row] = await w.query<{ claims: bigint; scored: bigint; bad: bigint }>(`SELECT (SELECT count(*) FROM raw_claims) AS claims, count(*) AS scored,
      count(*) FILTER (WHERE NOT (probability BETWEEN 0 AND 1) OR amount_at_risk < 0) AS bad FROM fraud_claim_scores`);
    expect(Number(row?.scored)).toBe(Number(row?.claims));
    expect(Number(row?.bad)).toBe(0);
    expect(batch.worklistClaims).toBeGreaterThan(0);
    expect(batch.worklistClaims).toBeLessThanOrEqual(CAPACITY);
  });

  it('explains claims completely: contributions add up to the calibrated log-odds minus the baseline', () => {
    expect(batch.explanations.length).toBeGreaterThan(0);
    for (const e of batch.explanations) {
      expect(e.completeness.ok, `${e.nomorSep} gap ${e.completeness.gap}`).toBe(true);
      expect(e.modelReasons.length).toBeGreaterThan(0);
      for (const r of e.modelReasons) expect(r.en).toMatch(/against|typical/);
    }
  });

  it('ranks cases by expected recovery, one per provider and fraud type, each with a reason', async () => {
    const cases = await service.worklist({ capacityClaims: CAPACITY });
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.caseId)).size).toBe(cases.length);
    expect(cases.reduce((s, c) => s + c.claims, 0)).toBeLessThanOrEqual(CAPACITY);
    // the last case may be cut to the capacity left, so its total is compared only as ranked
    for (let i = 1; i < cases.length - 1; i++) expect(cases[i - 1]!.expectedRecovery).toBeGreaterThanOrEqual(cases[i]!.expectedRecovery);
    expect(cases.map((c) => c.rank)).toEqual(cases.map((_, i) => i + 1));
    for (const c of cases) expect(c.reasons.length, c.caseId).toBeGreaterThan(0);
    const province = cases[0]!.province;
    const filtered = await service.worklist({ capacityClaims: CAPACITY, province });
    expect(filtered.every((c) => c.province === province)).toBe(true);
    const detail = await service.caseDetail(cases[0]!.caseId);
    expect(detail?.claimList.length).toBe(detail?.claims);
    expect(await service.caseDetail('0000R000-UPCODING')).toBeNull();
  });

  it('rolls claim probabilities up per provider: expected fraudulent claims are the sum of probabilities', async () => {
    const [check] = await w.query<{ gap: number; providers: bigint }>(`SELECT max(abs(p.expected_fraudulent_claims - s.total)) AS gap, count(*) AS providers
      FROM fraud_provider_scores p JOIN (SELECT facility_id, sum(probability) AS total FROM fraud_claim_scores GROUP BY ALL) s USING (facility_id)`);
    expect(Number(check?.providers)).toBeGreaterThan(1);
    expect(check?.gap).toBeLessThan(1e-6);
    const top = await service.providers(3);
    expect(top).toHaveLength(3);
    expect(top[0]!.expectedRecovery).toBeGreaterThanOrEqual(top[2]!.expectedRecovery);
  });

  it('exports the worklist as CSV, Parquet and Arrow IPC', async () => {
    const csv = (await service.export({ capacityClaims: CAPACITY }, 'csv')).toString('utf8').trim().split('\n');
    expect(csv[0]).toMatch(/^case_id,case_rank,rank_in_case,nomor_sep/);
    expect(csv.length - 1).toBe(batch.worklistClaims);
    const parquet = await service.export({ capacityClaims: CAPACITY }, 'parquet');
    expect(parquet.subarray(0, 4).toString()).toBe('PAR1');
    const arrow = tableFromIPC(await service.export({ capacityClaims: CAPACITY }, 'arrow'));
    expect(arrow.numRows).toBe(batch.worklistClaims);
  });

  it('scores a claim on arrival: a resubmitted claim is repeat billing, with a route and reasons', async () => {
    const [c] = await w.query<Record<string, unknown>>('SELECT * EXCLUDE (_file_id, _line) FROM raw_claims WHERE jenis_rawat = 1 ORDER BY tgl_masuk DESC LIMIT 1');
    const claim = Object.fromEntries(Object.entries(c ?? {}).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : (v as string | number | null)]));
    const score = await service.scoreClaim({ ...claim, nomor_sep: 'RESUBMITTED-1' }, true);
    expect(score.fraudTypes).toContain('REPEAT_BILLING');
    expect(score.probability).toBeGreaterThan(0);
    expect(['straight_through', 'review', 'investigate']).toContain(score.route);
    expect(score.reasons.some((r) => r.kind === 'detector')).toBe(true);
    expect(score.reasons.some((r) => r.kind === 'model')).toBe(true);
  });

  it('feeds an investigator outcome into the next training labels, over an older audit', async () => {
    const [target] = await w.query<{ nomor_sep: string }>('SELECT nomor_sep FROM fraud_model_input WHERE label IS NULL LIMIT 1');
    await w.run("INSERT INTO fraud_investigator_outcomes VALUES ('case-1', $1, 'confirmed', 'UPCODING', 1000, TIMESTAMP '2030-01-01')", [target?.nomor_sep ?? '']);
    await w.run(modelInputSql(RAW_SOURCES));
    const [after] = await w.query<{ label: number }>('SELECT label FROM fraud_model_input WHERE nomor_sep = $1', [target?.nomor_sep ?? '']);
    expect(after?.label).toBe(1);
  });
});
