// OpsStore suite: the score access log (append-only, newest first, limits, the bank named).
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { RUN_LIST_MAX, SCORE_ACCESS_LIST_MAX } from '../../store/ops-store.js';
import { hash, type SuiteState } from './support.js';

/** The access log: appended and read back, never changed, listed up to its maximum, with the bank named. */
export function scoreAccessScenarios(s: SuiteState): void {
  it('appends to the access log, concurrent appends included, and reads it back newest first', async () => {
    const { store } = s;
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
    const { store, t } = s;
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

  it('lists access-log rows up to its stated maximum, not a hidden one, and refuses beyond it', async () => {
    const { store } = s;
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
    const { store } = s;
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
}
