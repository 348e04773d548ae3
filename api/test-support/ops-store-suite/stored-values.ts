// OpsStore suite: what the store holds of the text written, across every kind of record.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { StoreValueError } from '../../store/ops-store.js';
import { hash, inDays, sorted, tagged, type SuiteState } from './support.js';

/** Values read back exactly as they grow longer, and text holding NUL refused on every write. */
export function storedValueScenarios(s: SuiteState): void {
  // DuckDB issue #23704 (fixed by PR #24696, not in the 1.5.6 client): a plan kept from
  // an earlier call carried the statistics of the rows then present, so longer strings
  // arriving later were read back cut short or as bytes of other rows ("underwr\0\0\0\0"),
  // and a list first run on an empty table broke once it had rows. Every round below
  // writes longer values than any before and reads every list back, on a database that
  // starts empty.
  it('reads back exactly what was written as values grow longer, lists first run on empty tables included', async () => {
    const { t } = s;
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
        expect(sorted((await fresh.listRuns({ limit: 100 })).map((r) => ({ id: r.id, requestedBy: r.requestedBy })))).toEqual(sorted(runs));
      }
    } finally {
      await fresh.close();
    }
  });

  it('refuses text holding NUL with the field named, on every write, and finds nothing when looking one up', async () => {
    const { store } = s;
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
}
