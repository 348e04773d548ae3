// One scenario set for every OpsStore implementation (Kysely's habit: same assertions over
// every dialect). The *.test.ts files call it once per database.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_LIST_MAX, SCORE_ACCESS_LIST_MAX, StoreValueError, type OpsStore } from '../store/ops-store.js';
import { consentState, MAX_RUPIAH_AMOUNT } from '../store/records.js';

export interface StoreUnderTest {
  readonly store: OpsStore;
  /**
   * Opens the same database again as a restarted or second instance would (migrations
   * must find it current); the returned store replaces `store` from then on.
   */
  reopen(): Promise<OpsStore>;
  /** Runs raw SQL around the interface (to prove the database itself refuses). */
  raw(sql: string): Promise<unknown>;
  /**
   * Opens a second store of the same kind on a new, empty database (its tables have never
   * held a row); `cleanup` removes it too. The caller closes the store.
   */
  openEmpty(): Promise<OpsStore>;
  cleanup(): Promise<void>;
}

const hash = (): string => randomUUID().replace(/-/g, '').padEnd(64, '0');
/** `n` characters that say which row and field they belong to, so a value read from another row shows. */
const tagged = (tag: string, n: number): string => `${tag}:`.padEnd(n, tag.slice(-1));
/** Rows in a stable order, for lists whose order among same-millisecond rows is by random id. */
const sorted = <T>(rows: readonly T[]): T[] =>
  rows
    .map((r) => JSON.stringify(r))
    .sort()
    .map((r) => JSON.parse(r) as T);
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
        memberKey,
        bankClientId: 'bank-a',
        purpose: 'credit_scoring',
        scope: ['score', 'reasons'],
        expiresAt: inDays(30),
      });
      await store.grantConsent({
        memberKey,
        bankClientId: 'bank-b',
        purpose: 'credit_scoring',
        scope: ['score'],
        expiresAt: inDays(-1),
      });
      const read = await store.getConsent(consent.id);
      expect(read).toMatchObject({
        memberKey,
        bankClientId: 'bank-a',
        purpose: 'credit_scoring',
        scope: ['score', 'reasons'],
        status: 'active',
      });
      expect(read && consentState(read)).toBe('active');

      const mine = await store.listConsents({ memberKey });
      expect(mine).toHaveLength(2);
      expect(mine.map((c) => consentState(c))).toEqual(expect.arrayContaining(['active', 'expired']));
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
      await store.appendScoreAccess({
        bankClientId: 'bank-a',
        memberKey,
        consentId: 'c',
        purpose: 'credit_scoring',
        score: 700,
        modelVersion: 'v1',
      });
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

    // DuckDB issue #23704 (fixed by PR #24696, not in the 1.5.6 client): a plan kept from
    // an earlier call carried the statistics of the rows then present, so longer strings
    // arriving later were read back cut short or as bytes of other rows ("underwr\0\0\0\0"),
    // and a list first run on an empty table broke once it had rows. Every round below
    // writes longer values than any before and reads every list back, on a database that
    // starts empty.
    it('reads back exactly what was written as values grow longer, lists first run on empty tables included', async () => {
      const fresh = await t.openEmpty();
      try {
        expect(await fresh.listClients()).toEqual([]);
        expect(await fresh.listOutcomes({})).toEqual([]);
        expect(await fresh.listConsents({ bankClientId: 'bank' })).toEqual([]);
        expect(await fresh.listScoreAccess({})).toEqual([]);
        expect(await fresh.listRuns({})).toEqual([]);
        const roles = ['bank', 'underwriter', 'auditor', 'admin'] as const;
        const clients: Array<{ name: string; role: string }> = [];
        const outcomes: Array<{ caseId: string; claimIds: string[]; note: string; fraudType: string }> = [];
        const consents: Array<{ memberKey: string; purpose: string; scope: string[] }> = [];
        const access: Array<{ consentId: string; modelVersion: string }> = [];
        const runs: Array<{ id: string; requestedBy: string }> = [];
        for (let round = 1; round <= 12; round++) {
          const n = 2 + round * round;
          const client = { name: tagged(`client${round}`, n), role: roles[round % roles.length] as (typeof roles)[number] };
          await fresh.createClient({ ...client, keyHash: hash() });
          clients.push(client);
          expect(sorted((await fresh.listClients()).map((c) => ({ name: c.name, role: c.role })))).toEqual(sorted(clients));

          const outcome = {
            caseId: tagged(`case${round}`, n),
            claimIds: Array.from({ length: round }, (_, i) => tagged(`K${round}.${i}`, n)),
            note: tagged(`note${round}`, 3 * n),
            fraudType: tagged(`TYPE${round}`, n),
          };
          await fresh.recordOutcome({
            ...outcome,
            verdict: 'confirmed',
            amountRecovered: round * 1000,
            recordedBy: tagged(`by${round}`, n),
          });
          outcomes.push(outcome);
          expect(
            (await fresh.listOutcomes({})).map((o) => ({ caseId: o.caseId, claimIds: o.claimIds, note: o.note, fraudType: o.fraudType })),
          ).toEqual(outcomes);

          const consent = {
            memberKey: tagged(`member${round}`, n),
            purpose: tagged(`purpose${round}`, n),
            scope: roles.slice(0, 1 + (round % 4)).map((r) => tagged(r, n)),
          };
          await fresh.grantConsent({ ...consent, bankClientId: 'bank', expiresAt: inDays(round) });
          consents.push(consent);
          expect(
            sorted(
              (await fresh.listConsents({ bankClientId: 'bank' })).map((c) => ({
                memberKey: c.memberKey,
                purpose: c.purpose,
                scope: c.scope,
              })),
            ),
          ).toEqual(sorted(consents));

          const entry = { consentId: tagged(`consent${round}`, n), modelVersion: tagged(`model${round}`, n) };
          await fresh.appendScoreAccess({
            ...entry,
            bankClientId: 'bank',
            memberKey: tagged(`member${round}`, n),
            purpose: 'credit_scoring',
            score: round,
          });
          access.unshift(entry);
          expect(
            (await fresh.listScoreAccess({ limit: 100 })).map((a) => ({ consentId: a.consentId, modelVersion: a.modelVersion })),
          ).toEqual(access);

          const run = { id: tagged(`run${round}`, n), requestedBy: tagged(`requester${round}`, n) };
          await fresh.createRun({ ...run, mode: round % 2 === 0 ? 'workers' : 'inline', params: { note: tagged(`params${round}`, n) } });
          runs.push(run);
          expect(sorted((await fresh.listRuns({ limit: 100 })).map((r) => ({ id: r.id, requestedBy: r.requestedBy })))).toEqual(
            sorted(runs),
          );
        }
      } finally {
        await fresh.close();
      }
    });

    it('refuses text holding NUL with the field named, on every write, and finds nothing when looking one up', async () => {
      const nul = 'Bank\u0000Nusantara';
      const refused = async (write: Promise<unknown>, field: string) => {
        const err = await write.then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(StoreValueError);
        expect((err as StoreValueError).field).toBe(field);
      };
      await refused(store.createClient({ name: nul, role: 'bank', keyHash: hash() }), 'name');
      await refused(
        store.grantConsent({ memberKey: nul, bankClientId: 'b', purpose: 'credit_scoring', scope: ['score'], expiresAt: inDays(1) }),
        'memberKey',
      );
      await refused(
        store.grantConsent({ memberKey: 'm', bankClientId: 'b', purpose: 'credit_scoring', scope: [nul], expiresAt: inDays(1) }),
        'scope',
      );
      await refused(
        store.appendScoreAccess({
          bankClientId: 'b',
          memberKey: 'm',
          consentId: 'c',
          purpose: 'credit_scoring',
          score: 1,
          modelVersion: nul,
        }),
        'modelVersion',
      );
      const outcome = {
        caseId: `case-${randomUUID()}`,
        claimIds: ['K1'],
        fraudType: null,
        verdict: 'not_fraud' as const,
        amountRecovered: 0,
        note: null,
        recordedBy: 'auditor-1',
      };
      await refused(store.recordOutcome({ ...outcome, note: `found\u0000nothing` }), 'note');
      await refused(store.recordOutcome({ ...outcome, claimIds: ['K1', nul] }), 'claimIds');
      await refused(store.createRun({ id: nul, requestedBy: 'cli', mode: 'inline', params: {} }), 'id');
      expect(await store.listOutcomes({ caseId: outcome.caseId })).toEqual([]);
      expect(await store.findClientByKeyHash(nul)).toBeNull();
      expect(await store.getClient(nul)).toBeNull();
      expect(await store.revokeClient(nul)).toBeNull();
      expect(await store.getConsent(nul)).toBeNull();
      expect(await store.revokeConsent(nul)).toBeNull();
      expect(await store.listConsents({ memberKey: nul })).toEqual([]);
      expect(await store.listScoreAccess({ memberKey: nul })).toEqual([]);
      expect(await store.countScoreAccess({ consentId: nul })).toBe(0);
      expect(await store.listOutcomes({ caseId: nul })).toEqual([]);
      expect(await store.getRun(nul)).toBeNull();
      // A stage's error text is an internal report: kept, with NUL replaced, not refused.
      const run = randomUUID();
      await store.createRun({ id: run, requestedBy: 'cli', mode: 'inline', params: { note: nul } });
      await store.updateRunStage(run, { stage: 'ingest', status: 'failed', error: `bad byte \u0000 in claims.csv` });
      await store.finishRun(run, { status: 'failed', error: `ingest \u0000 failed` });
      expect(await store.getRun(run)).toMatchObject({
        params: { note: nul },
        error: 'ingest \uFFFD failed',
        stages: [{ error: 'bad byte \uFFFD in claims.csv' }],
      });
    });

    it('holds rupiah amounts up to MAX_RUPIAH_AMOUNT exactly and refuses what it cannot hold', async () => {
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

    it('lists access-log rows up to its stated maximum, not a hidden one, and refuses beyond it', async () => {
      const memberKey = `m-${randomUUID()}`;
      const rows = 1_100;
      await Promise.all(
        Array.from({ length: rows }, (_, i) =>
          store.appendScoreAccess({
            bankClientId: 'bank-a',
            memberKey,
            consentId: `c-${i}`,
            purpose: 'credit_scoring',
            score: i,
            modelVersion: 'v1',
          }),
        ),
      );
      expect(await store.listScoreAccess({ memberKey, limit: SCORE_ACCESS_LIST_MAX })).toHaveLength(rows);
      expect(await store.listScoreAccess({ memberKey, limit: 1_050 })).toHaveLength(1_050);
      for (const limit of [SCORE_ACCESS_LIST_MAX + 1, 0, 2.5]) {
        await expect(store.listScoreAccess({ memberKey, limit })).rejects.toMatchObject({ name: 'StoreValueError', field: 'limit' });
      }
      await expect(store.listRuns({ limit: RUN_LIST_MAX + 1 })).rejects.toMatchObject({ name: 'StoreValueError', field: 'limit' });
    });

    it("names the bank on access-log rows, and admits the member channel's role", async () => {
      const bank = await store.createClient({ name: 'Bank Digital Nusantara', role: 'bank', keyHash: hash() });
      const channel = await store.createClient({ name: 'Aplikasi JMO', role: 'member_channel', keyHash: hash() });
      expect(await store.getClient(channel.id)).toMatchObject({ role: 'member_channel' });
      const memberKey = `m-${randomUUID()}`;
      await store.appendScoreAccess({
        bankClientId: bank.id,
        memberKey,
        consentId: 'c-1',
        purpose: 'credit_scoring',
        score: 700,
        modelVersion: 'v1',
      });
      await store.appendScoreAccess({
        bankClientId: 'gone',
        memberKey,
        consentId: 'c-2',
        purpose: 'credit_scoring',
        score: 701,
        modelVersion: 'v1',
      });
      expect((await store.listScoreAccess({ memberKey })).map((r) => [r.consentId, r.bankClientId, r.bankName])).toEqual([
        ['c-2', 'gone', null],
        ['c-1', bank.id, 'Bank Digital Nusantara'],
      ]);
      await expect(store.createClient({ name: 'x', role: 'superuser' as 'admin', keyHash: hash() })).rejects.toThrow();
    });

    it('never takes a completed stage back on a late progress report (events arrive out of order)', async () => {
      const id = randomUUID();
      await store.createRun({ id, requestedBy: 'cli', mode: 'workers', params: {} });
      await store.updateRunStage(id, { stage: 'features', partition: 'kes', status: 'completed' });
      await store.updateRunStage(id, { stage: 'features', partition: 'kes', status: 'active', progress: 60 });
      await store.updateRunStage(id, { stage: 'features', partition: 'kes', status: 'waiting' });
      expect((await store.getRun(id))?.stages[0]).toMatchObject({ status: 'completed', progress: 100 });
      // A failed attempt is not final: the retry's report takes it back to active.
      await store.updateRunStage(id, { stage: 'ingest', status: 'failed', error: 'locked' });
      await store.updateRunStage(id, { stage: 'ingest', status: 'active', attempts: 2 });
      expect((await store.getRun(id))?.stages.find((s) => s.stage === 'ingest')).toMatchObject({ status: 'active' });
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
      expect(run?.stages[0]).toMatchObject({
        stage: 'ingest',
        partition: '',
        status: 'active',
        progress: 40,
        attempts: 2,
        jobId: `${id}-ingest`,
      });
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
