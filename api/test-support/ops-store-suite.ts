// One scenario set for every OpsStore implementation (Kysely's habit: same assertions over
// every dialect). The *.test.ts files call it once per database.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpsStore } from '../store/ops-store.js';
import { consentState } from '../store/records.js';

export interface StoreUnderTest {
  readonly store: OpsStore;
  /**
   * Opens the same database again as a restarted or second instance would (migrations
   * must find it current); the returned store replaces `store` from then on.
   */
  reopen(): Promise<OpsStore>;
  /** Runs raw SQL around the interface (to prove the database itself refuses). */
  raw(sql: string): Promise<unknown>;
  cleanup(): Promise<void>;
}

const hash = (): string => randomUUID().replace(/-/g, '').padEnd(64, '0');
const inDays = (days: number): Date => new Date(Date.now() + days * 86_400_000);

export function describeOpsStore(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`OpsStore on ${name}`, () => {
    let t: StoreUnderTest;
    let store: OpsStore;
    beforeAll(async () => {
      t = await open();
      store = t.store;
    });
    afterAll(async () => {
      await store?.close();
      await t?.cleanup();
    });

    it('migrates once: reopening the same database finds the schema current and the data kept', async () => {
      const before = await store.createClient({ name: 'before reopen', role: 'auditor', keyHash: hash() });
      store = await t.reopen();
      await store.ping();
      expect((await store.getClient(before.id))?.name).toBe('before reopen');
    });

    it('creates, finds by key hash, lists and revokes API clients', async () => {
      const keyHash = hash();
      const bank = await store.createClient({ name: 'Bank Digital Nusantara', role: 'bank', keyHash });
      expect(bank).toMatchObject({ name: 'Bank Digital Nusantara', role: 'bank', revokedAt: null });
      expect(await store.findClientByKeyHash(keyHash)).toMatchObject({ id: bank.id, role: 'bank' });
      expect(await store.findClientByKeyHash(hash())).toBeNull();
      expect((await store.listClients()).map((c) => c.id)).toContain(bank.id);

      const revoked = await store.revokeClient(bank.id);
      expect(revoked?.revokedAt).toBeInstanceOf(Date);
      const again = await store.revokeClient(bank.id);
      expect(again?.revokedAt?.getTime()).toBe(revoked?.revokedAt?.getTime());
      expect((await store.findClientByKeyHash(keyHash))?.revokedAt).toBeInstanceOf(Date);
      expect(await store.revokeClient(randomUUID())).toBeNull();
    });

    it('refuses two clients with the same key hash', async () => {
      const keyHash = hash();
      await store.createClient({ name: 'first', role: 'auditor', keyHash });
      await expect(store.createClient({ name: 'second', role: 'admin', keyHash })).rejects.toThrow();
    });

    it('grants, reads, lists and revokes consents', async () => {
      const memberKey = `m-${randomUUID()}`;
      const consent = await store.grantConsent({
        memberKey, bankClientId: 'bank-a', purpose: 'credit_scoring', scope: ['score', 'reasons'], expiresAt: inDays(30),
      });
      await store.grantConsent({
        memberKey, bankClientId: 'bank-b', purpose: 'credit_scoring', scope: ['score'], expiresAt: inDays(-1),
      });
      const read = await store.getConsent(consent.id);
      expect(read).toMatchObject({ memberKey, bankClientId: 'bank-a', purpose: 'credit_scoring', scope: ['score', 'reasons'], status: 'active' });
      expect(read && consentState(read)).toBe('active');

      const mine = await store.listConsents({ memberKey });
      expect(mine).toHaveLength(2);
      expect(mine.map((c) => (consentState(c)))).toEqual(expect.arrayContaining(['active', 'expired']));
      expect(await store.listConsents({ memberKey, bankClientId: 'bank-b' })).toHaveLength(1);

      const revoked = await store.revokeConsent(consent.id);
      expect(revoked).toMatchObject({ status: 'revoked' });
      expect(revoked && consentState(revoked)).toBe('revoked');
      expect(await store.revokeConsent(randomUUID())).toBeNull();
      expect(await store.getConsent(randomUUID())).toBeNull();
    });

    it('appends to the access log, concurrent appends included, and reads it back newest first', async () => {
      const memberKey = `m-${randomUUID()}`;
      const entries = Array.from({ length: 40 }, (_, i) => ({
        bankClientId: i % 2 === 0 ? 'bank-a' : 'bank-b',
        memberKey,
        consentId: `c-${i % 4}`,
        purpose: 'credit_scoring',
        score: i === 0 ? null : 600 + i,
        modelVersion: 'scorecard-2026.11.1',
      }));
      const written = await Promise.all(entries.map((e) => store.appendScoreAccess(e)));
      expect(new Set(written.map((w) => w.id)).size).toBe(40);

      const all = await store.listScoreAccess({ memberKey, limit: 1000 });
      expect(all).toHaveLength(40);
      const times = all.map((r) => r.accessedAt.getTime());
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(all.find((r) => r.id === written[0]?.id)).toMatchObject({ score: null, modelVersion: 'scorecard-2026.11.1' });
      expect(all.find((r) => r.id === written[5]?.id)).toMatchObject({ score: 605, bankClientId: 'bank-b' });
      expect(await store.listScoreAccess({ memberKey, bankClientId: 'bank-a', limit: 1000 })).toHaveLength(20);
      expect(await store.listScoreAccess({ memberKey, consentId: 'c-1', limit: 1000 })).toHaveLength(10);
      expect(await store.listScoreAccess({ memberKey, limit: 3 })).toHaveLength(3);
      expect(await store.countScoreAccess({ memberKey })).toBe(40);
      expect(await store.countScoreAccess({ memberKey, bankClientId: 'bank-a', consentId: 'c-0' })).toBe(10);
    });

    it('offers no way to change or remove access-log rows, and the database refuses raw attempts', async () => {
      const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(store)).concat(Object.keys(store));
      const accessMethods = methods.filter((m) => /access/i.test(m));
      expect(accessMethods.sort()).toEqual(['appendScoreAccess', 'countScoreAccess', 'listScoreAccess']);

      const memberKey = `m-${randomUUID()}`;
      await store.appendScoreAccess({ bankClientId: 'bank-a', memberKey, consentId: 'c', purpose: 'credit_scoring', score: 700, modelVersion: 'v1' });
      if (store.kind === 'postgres') {
        await expect(t.raw(`UPDATE score_access_log SET score = 1 WHERE member_key = '${memberKey}'`)).rejects.toThrow(/append-only/);
        await expect(t.raw(`DELETE FROM score_access_log WHERE member_key = '${memberKey}'`)).rejects.toThrow(/append-only/);
        await expect(t.raw('TRUNCATE score_access_log')).rejects.toThrow(/append-only/);
      }
      expect(await store.listScoreAccess({ memberKey })).toMatchObject([{ score: 700 }]);
    });

    it('records investigator outcomes and filters them by case, type and period', async () => {
      const caseId = `case-${randomUUID()}`;
      const before = new Date(Date.now() - 1000);
      const first = await store.recordOutcome({
        caseId, claimIds: ['K1', 'K2'], fraudType: 'UPCODING', verdict: 'confirmed', amountRecovered: 12_500_000,
        note: 'severity III not supported by the medical record', recordedBy: 'auditor-1',
      });
      await store.recordOutcome({
        caseId, claimIds: ['K3'], fraudType: null, verdict: 'not_fraud', amountRecovered: 0, note: null, recordedBy: 'auditor-1',
      });
      const onCase = await store.listOutcomes({ caseId });
      expect(onCase).toHaveLength(2);
      expect(onCase[0]).toMatchObject({ id: first.id, claimIds: ['K1', 'K2'], amountRecovered: 12_500_000, verdict: 'confirmed' });
      expect(onCase[1]).toMatchObject({ fraudType: null, note: null, verdict: 'not_fraud' });
      expect(await store.listOutcomes({ caseId, fraudType: 'UPCODING' })).toHaveLength(1);
      expect(await store.listOutcomes({ caseId, since: before, until: new Date(Date.now() + 1000) })).toHaveLength(2);
      expect(await store.listOutcomes({ caseId, until: before })).toHaveLength(0);
      await expect(
        store.recordOutcome({ caseId, claimIds: [], fraudType: null, verdict: 'maybe' as 'confirmed', amountRecovered: 0, note: null, recordedBy: 'x' }),
      ).rejects.toThrow();
    });

    it('keeps run history: idempotent create, stage progress, finish, list', async () => {
      const id = randomUUID();
      const created = await store.createRun({ id, requestedBy: 'cli', mode: 'inline', params: { stages: ['ingest', 'features'] } });
      expect(created).toMatchObject({ id, status: 'queued', requestedBy: 'cli', mode: 'inline', stages: [], startedAt: null });
      const again = await store.createRun({ id, requestedBy: 'someone-else', mode: 'workers', params: {} });
      expect(again).toMatchObject({ requestedBy: 'cli', params: { stages: ['ingest', 'features'] } });

      await store.updateRunStage(id, { stage: 'ingest', status: 'active', progress: 40, attempts: 1, jobId: `${id}-ingest` });
      await store.updateRunStage(id, { stage: 'features', partition: 'prov=31', status: 'waiting' });
      await store.updateRunStage(id, { stage: 'ingest', status: 'active', attempts: 2 });
      let run = await store.getRun(id);
      expect(run?.status).toBe('running');
      expect(run?.startedAt).toBeInstanceOf(Date);
      expect(run?.stages).toHaveLength(2);
      // A report without progress keeps the last progress.
      expect(run?.stages[0]).toMatchObject({ stage: 'ingest', partition: '', status: 'active', progress: 40, attempts: 2, jobId: `${id}-ingest` });
      expect(run?.stages[1]).toMatchObject({ stage: 'features', partition: 'prov=31', status: 'waiting', progress: 0 });

      await store.updateRunStage(id, { stage: 'ingest', status: 'completed' });
      await store.updateRunStage(id, { stage: 'features', partition: 'prov=31', status: 'failed', error: 'bad input: claims.csv row 7' });
      await store.finishRun(id, { status: 'failed', error: 'features failed' });
      run = await store.getRun(id);
      expect(run).toMatchObject({ status: 'failed', error: 'features failed' });
      expect(run?.finishedAt).toBeInstanceOf(Date);
      expect(run?.stages[0]).toMatchObject({ status: 'completed', progress: 100 });
      expect(run?.stages[1]).toMatchObject({ status: 'failed', error: 'bad input: claims.csv row 7' });

      const other = randomUUID();
      await store.createRun({ id: other, requestedBy: 'admin-1', mode: 'workers', params: {} });
      const failed = await store.listRuns({ status: 'failed' });
      expect(failed.map((r) => r.id)).toContain(id);
      expect(failed.map((r) => r.id)).not.toContain(other);
      const latest = await store.listRuns({ limit: 1 });
      expect(latest).toHaveLength(1);
      expect(latest[0]?.id).toBe(other);
      expect(await store.getRun(randomUUID())).toBeNull();
    });
  });
}
