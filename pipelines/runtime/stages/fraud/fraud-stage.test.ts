// The fraud stage sits between features and report in every run, and copies investigator
// outcomes from the ops store into the warehouse, one row per claim of a case.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOpsStore } from '../../../../api/store/open-store.js';
import { openWarehouse } from '../../../../features/warehouse/index.js';
import { createStageRegistry } from '../default-registry.js';
import { FACILITIES, claim, insertRows, member } from '../../../../models/fraud/test-support/hand-built.js';
import {
  CAPACITY_PARAM,
  CASES_PER_PROVIDER_PARAM,
  CASE_CAPACITY_PARAM,
  FRAUD_SCORING_PROCESSOR,
  FRAUD_STAGE,
  fraudPublishDir,
  syncInvestigatorOutcomes,
  worklistParams,
} from './fraud-stage.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telisik-fraud-stage-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fraud stage', () => {
  it('runs after features and before report, CPU-heavy, publishing under the run folder', () => {
    const names = createStageRegistry().names();
    expect(names.indexOf('fraud')).toBeGreaterThan(names.indexOf('features'));
    expect(names.indexOf('fraud')).toBeLessThan(names.indexOf('report'));
    expect(FRAUD_STAGE.cpuHeavy).toBe(true);
    expect(fraudPublishDir({ runId: 'r1', warehousePath: 'w', outDir: '/runs/r1' })).toBe('/runs/r1/fraud');
  });

  it('sizes the worklist in cases with a per-provider cap; the old claims parameter alone lifts both', () => {
    expect(worklistParams({})).toEqual({});
    expect(worklistParams({ [CASE_CAPACITY_PARAM]: 40, [CASES_PER_PROVIDER_PARAM]: 2 })).toEqual({
      capacityCases: 40,
      maxCasesPerProvider: 2,
    });
    expect(worklistParams({ [CAPACITY_PARAM]: 500 })).toEqual({
      capacityClaims: 500,
      capacityCases: Number.MAX_SAFE_INTEGER,
      maxCasesPerProvider: Number.MAX_SAFE_INTEGER,
    });
    expect(worklistParams({ [CAPACITY_PARAM]: 500, [CASE_CAPACITY_PARAM]: 10 })).toEqual({ capacityClaims: 500, capacityCases: 10 });
  });

  it('copies every recorded outcome, claim by claim, replacing an earlier copy', async () => {
    const location = `duckdb:${join(dir, 'ops.duckdb')}`;
    const store = await openOpsStore(location);
    await store.recordOutcome({
      caseId: '3171R001-UPCODING',
      claimIds: ['S1', 'S2'],
      fraudType: 'UPCODING',
      verdict: 'confirmed',
      amountRecovered: 9_000_000,
      note: null,
      recordedBy: 'c1',
    });
    await store.recordOutcome({
      caseId: '3171R002-CLONING',
      claimIds: ['S3'],
      fraudType: null,
      verdict: 'not_fraud',
      amountRecovered: 0,
      note: 'ok',
      recordedBy: 'c1',
    });
    await store.close();
    const w = await openWarehouse(':memory:');
    try {
      expect(await syncInvestigatorOutcomes(w, location)).toBe(3);
      expect(await syncInvestigatorOutcomes(w, location)).toBe(3);
      const rows = await w.query<{ nomor_sep: string; verdict: string }>(
        'SELECT nomor_sep, verdict FROM fraud_investigator_outcomes ORDER BY nomor_sep',
      );
      expect(rows).toEqual([
        { nomor_sep: 'S1', verdict: 'confirmed' },
        { nomor_sep: 'S2', verdict: 'confirmed' },
        { nomor_sep: 'S3', verdict: 'not_fraud' },
      ]);
    } finally {
      await w.close();
    }
  });

  it('skips publication, without failing the run, when past audits are too few to learn from', async () => {
    const warehousePath = join(dir, 'small.duckdb');
    const w = await openWarehouse(warehousePath);
    await insertRows(w, 'raw_facilities', Object.values(FACILITIES));
    await insertRows(w, 'raw_members', [member('one')]);
    await insertRows(w, 'raw_claims', [claim('one'), claim('one', { tgl_masuk: '2024-05-01' })]);
    await w.close();
    // the fraud stage alone: its one job builds the detector hits too (fraud-partitions.ts)
    const run = { runId: 'small', warehousePath, outDir: join(dir, 'run'), stages: ['fraud'] };
    const result = await FRAUD_SCORING_PROCESSOR.process({
      run,
      stage: 'fraud',
      processor: 'fraud-scoring',
      partition: 'all',
      attempt: 1,
      reportProgress: async () => undefined,
    });
    expect(JSON.stringify(result.outputs[0]?.detail)).toMatch(/needs at least 50 labelled claims/);
  });
});
