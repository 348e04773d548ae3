// OpsStore suite: investigators' outcomes (filters, rupiah amounts).
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { StoreValueError } from '../../store/ops-store.js';
import { MAX_RUPIAH_AMOUNT } from '../../store/records.js';
import type { SuiteState } from './support.js';

/** Investigators' outcomes: recorded, filtered, and amounts held exactly or refused. */
export function outcomeScenarios(s: SuiteState): void {
  it('records investigator outcomes and filters them by case, type and period', async () => {
    const { store } = s;
    const caseId = `case-${randomUUID()}`;
    const before = new Date(Date.now() - 1000);
    const first = await store.recordOutcome({
      caseId,
      claimIds: ['K1', 'K2'],
      fraudType: 'UPCODING',
      verdict: 'confirmed',
      amountRecovered: 12_500_000,
      note: 'severity III not supported by the medical record',
      recordedBy: 'auditor-1',
    });
    await store.recordOutcome({
      caseId,
      claimIds: ['K3'],
      fraudType: null,
      verdict: 'not_fraud',
      amountRecovered: 0,
      note: null,
      recordedBy: 'auditor-1',
    });
    const onCase = await store.listOutcomes({ caseId });
    expect(onCase).toHaveLength(2);
    expect(onCase[0]).toMatchObject({ id: first.id, claimIds: ['K1', 'K2'], amountRecovered: 12_500_000, verdict: 'confirmed' });
    expect(onCase[1]).toMatchObject({ fraudType: null, note: null, verdict: 'not_fraud' });
    expect(await store.listOutcomes({ caseId, fraudType: 'UPCODING' })).toHaveLength(1);
    expect(await store.listOutcomes({ caseId, since: before, until: new Date(Date.now() + 1000) })).toHaveLength(2);
    expect(await store.listOutcomes({ caseId, until: before })).toHaveLength(0);
    await expect(
      store.recordOutcome({
        caseId,
        claimIds: [],
        fraudType: null,
        verdict: 'maybe' as 'confirmed',
        amountRecovered: 0,
        note: null,
        recordedBy: 'x',
      }),
    ).rejects.toThrow();
  });

  it('holds rupiah amounts up to MAX_RUPIAH_AMOUNT exactly and refuses what it cannot hold', async () => {
    const { store } = s;
    const caseId = `case-${randomUUID()}`;
    const base = { caseId, claimIds: ['K1'], fraudType: 'UPCODING', verdict: 'confirmed' as const, note: null, recordedBy: 'auditor-1' };
    await store.recordOutcome({ ...base, amountRecovered: MAX_RUPIAH_AMOUNT });
    expect((await store.listOutcomes({ caseId })).map((o) => o.amountRecovered)).toEqual([MAX_RUPIAH_AMOUNT]);
    for (const amountRecovered of [1e308, 2 ** 64, MAX_RUPIAH_AMOUNT + 1, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const err = await store.recordOutcome({ ...base, amountRecovered }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, String(amountRecovered)).toBeInstanceOf(StoreValueError);
      expect((err as StoreValueError).field).toBe('amountRecovered');
    }
    expect(await store.listOutcomes({ caseId })).toHaveLength(1);
  });
}
