// The fraud stage sits between features and report in every run, and copies investigator
// outcomes from the ops store into the warehouse, one row per claim of a case.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOpsStore } from '../../../../api/store/open-store.js';
import { openWarehouse } from '../../../../features/warehouse/index.js';
import { createStageRegistry } from '../default-registry.js';
import { FRAUD_STAGE, fraudPublishDir, syncInvestigatorOutcomes } from './fraud-stage.js';

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

  it('copies every recorded outcome, claim by claim, replacing an earlier copy', async () => {
    const location = `duckdb:${join(dir, 'ops.duckdb')}`;
    const store = await openOpsStore(location);
    await store.recordOutcome({ caseId: '3171R001-UPCODING', claimIds: ['S1', 'S2'], fraudType: 'UPCODING', verdict: 'confirmed', amountRecovered: 9_000_000, note: null, recordedBy: 'c1' });
    await store.recordOutcome({ caseId: '3171R002-CLONING', claimIds: ['S3'], fraudType: null, verdict: 'not_fraud', amountRecovered: 0, note: 'ok', recordedBy: 'c1' });
    await store.close();
    const w = await openWarehouse(':memory:');
    try {
      expect(await syncInvestigatorOutcomes(w, location)).toBe(3);
      expect(await syncInvestigatorOutcomes(w, location)).toBe(3);
      const rows = await w.query<{ nomor_sep: string; verdict: string }>('SELECT nomor_sep, verdict FROM fraud_investigator_outcomes ORDER BY nomor_sep');
      expect(rows).toEqual([{ nomor_sep: 'S1', verdict: 'confirmed' }, { nomor_sep: 'S2', verdict: 'confirmed' }, { nomor_sep: 'S3', verdict: 'not_fraud' }]);
    } finally {
      await w.close();
    }
  });
});
