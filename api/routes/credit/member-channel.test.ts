// The store's limits seen over HTTP, on both stores: the member channel's own role (consents
// and the access log, nothing else), the access log naming the bank, the drift window the
// schema and the store agree on, and values the store cannot hold (NUL in text, huge
// amounts) answered 400 naming the field instead of 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../models/fraud/service.js';
import type { CreditScorer } from '../../../models/credit/scorer.js';
import { openOpsStore } from '../../store/open-store.js';
import { SCORE_ACCESS_LIST_MAX } from '../../store/ops-store.js';
import type { ApiClient } from '../../store/records.js';
import { MAX_RUPIAH_AMOUNT } from '../../store/records.js';
import { startApi, type Harness } from '../../test-support/harness.js';
import { dropSchema, newTestSchema, postgresAvailable, TEST_POSTGRES_URL } from '../../test-support/postgres.js';
import { fraudRoutes, type FraudReadService } from '../fraud/index.js';
import { creditRoutes } from './index.js';

const postgres = await postgresAvailable();
const MODEL = 'stub-scorecard-1';
const MEMBER = 'b'.repeat(64);
const CASE_ID = '3171R001-UPCODING';

const scorer: CreditScorer = {
  modelVersion: MODEL,
  family: 'scorecard',
  members: 1,
  driftReferences: [],
  score: (memberKey) =>
    memberKey === MEMBER ? { thinFile: false, score: 655, band: 'B', probabilityOfDefault: 0.03, reasons: [], points: 655 } : undefined,
  characteristics: () => undefined,
};
const reason = { kind: 'detector', fraudType: 'UPCODING', signal: 's', amountAtRisk: 1, relatedSep: [], en: 'e', id: 'i' };
const detail = {
  caseId: CASE_ID,
  rank: 1,
  facilityId: '3171R001',
  province: '31',
  fraudType: 'UPCODING',
  claims: 1,
  amountAtRisk: 1,
  expectedRecovery: 1,
  reasons: [reason],
  claimList: [
    {
      nomorSep: '3171R0010324V000001',
      probability: 0.9,
      amountAtRisk: 1,
      expectedRecovery: 1,
      fraudTypes: ['UPCODING'],
      submitMonth: '2024-03-01',
    },
  ],
} as unknown as CaseDetail;
const fraud = { caseDetail: async (id: string) => (id === CASE_ID ? detail : null) } as unknown as FraudReadService;

const stores: Array<
  [string, boolean, () => { open: () => Promise<Awaited<ReturnType<typeof openOpsStore>>>; cleanup: () => Promise<void> }]
> = [
  ['DuckDB', true, () => ({ open: () => openOpsStore('duckdb::memory:'), cleanup: async () => undefined })],
  [
    'PostgreSQL',
    postgres,
    () => {
      const schema = newTestSchema();
      return { open: () => openOpsStore(TEST_POSTGRES_URL, { schema }), cleanup: () => dropSchema(schema) };
    },
  ],
];

describe.each(stores)('store limits over HTTP on %s', (_name, available, make) => {
  let h: Harness;
  let cleanup: () => Promise<void>;
  let bank: ApiClient;

  beforeAll(async () => {
    if (!available) return;
    const made = make();
    cleanup = made.cleanup;
    let storeRef: Harness['store'] | null = null;
    h = await startApi({
      openStore: async () => (storeRef = await made.open()),
      routes: [
        // Routes are built when the app registers them, after the harness opened the store.
        async (app) => app.register(creditRoutes({ store: storeRef!, scorer })),
        fraudRoutes({ store: () => storeRef!, service: () => fraud, defaultCapacity: 10 }),
      ],
      rateLimit: false,
    });
    bank = await h.store.createClient({ name: 'Bank Digital Nusantara', role: 'bank', keyHash: 'f'.repeat(64) });
  });
  afterAll(async () => {
    await h?.close();
    await cleanup?.();
  });

  const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> });
  const fieldsOf = (body: Record<string, unknown>) => ((body['details'] as { field: string }[] | undefined) ?? []).map((d) => d.field);

  it.skipIf(!available)('gives the member channel consents and the access log, and nothing else', async () => {
    const key = h.keys.member_channel;
    const granted = await json(
      await h.fetch('/credit/consents', {
        method: 'POST',
        key,
        json: {
          memberKey: MEMBER,
          bankClientId: bank.id,
          purpose: 'credit_scoring',
          scope: ['score'],
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      }),
    );
    expect(granted.status).toBe(201);
    expect((await h.fetch(`/credit/consents?memberKey=${MEMBER}`, { key })).status).toBe(200);
    expect((await h.fetch(`/credit/access-log?memberKey=${MEMBER}`, { key })).status).toBe(200);
    expect((await h.fetch(`/credit/consents/${String(granted.body['id'])}/revoke`, { method: 'POST', key })).status).toBe(200);
    const admitted = h.app
      .routeTable()
      .filter((r) => r.method !== 'HEAD' && r.access !== 'public' && r.access.includes('member_channel'))
      .map((r) => `${r.method} ${r.url}`);
    expect(admitted.sort()).toEqual([
      'GET /credit/access-log',
      'GET /credit/consents',
      'POST /credit/consents',
      'POST /credit/consents/:id/revoke',
    ]);
    for (const [method, path] of [
      ['POST', '/admin/clients'],
      ['GET', '/admin/clients'],
      ['GET', '/admin/queues/'],
      ['GET', '/runs'],
      ['GET', '/credit/monitoring/drift'],
    ]) {
      const res = await h.fetch(path!, { method: method!, key, ...(method === 'POST' ? { json: { name: 'x', role: 'admin' } } : {}) });
      expect(res.status, `${method} ${path}`).toBe(403);
      await res.arrayBuffer();
    }
  });

  it.skipIf(!available)("shows the bank's name on the member's access log", async () => {
    const consent = await h.store.grantConsent({
      memberKey: MEMBER,
      bankClientId: bank.id,
      purpose: 'credit_scoring',
      scope: ['score'],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const scored = await h.fetch('/credit/scores', {
      method: 'POST',
      key: h.keys.bank,
      json: { consentReference: consent.id, purpose: 'credit_scoring' },
    });
    // The harness's bank key belongs to another bank client than the consent's: refused, nothing logged.
    expect(scored.status).toBe(403);
    await h.store.appendScoreAccess({
      bankClientId: bank.id,
      memberKey: MEMBER,
      consentId: consent.id,
      purpose: 'credit_scoring',
      score: 655,
      modelVersion: MODEL,
    });
    // Read with the operator's key, which reaches the route with or without the new role.
    const log = await json(await h.fetch(`/credit/access-log?memberKey=${MEMBER}`, { key: h.keys.admin }));
    expect(log.status).toBe(200);
    expect(log.body['entries']).toEqual([
      expect.objectContaining({ bankClientId: bank.id, bankName: 'Bank Digital Nusantara', consentId: consent.id }),
    ]);
    expect(log.body).toMatchObject({ limit: 500, truncated: false });
  });

  it.skipIf(!available)('reads the drift window it accepts, past 1,000 rows, and refuses a larger one naming the field', async () => {
    const rows = 1_200;
    await Promise.all(
      Array.from({ length: rows }, (_, i) =>
        h.store.appendScoreAccess({
          bankClientId: bank.id,
          memberKey: MEMBER,
          consentId: `c-${i}`,
          purpose: 'credit_scoring',
          score: 600 + (i % 100),
          modelVersion: MODEL,
        }),
      ),
    );
    const drift = await json(await h.fetch('/credit/monitoring/drift?requests=1100', { key: h.keys.admin }));
    expect(drift.status).toBe(200);
    expect(drift.body).toMatchObject({ requested: 1100, requests: 1100, maxRequests: SCORE_ACCESS_LIST_MAX });
    const tooMany = await json(await h.fetch(`/credit/monitoring/drift?requests=${SCORE_ACCESS_LIST_MAX + 1}`, { key: h.keys.admin }));
    expect(tooMany.status).toBe(400);
    expect(fieldsOf(tooMany.body)).toContain('requests');
  });

  it.skipIf(!available)(
    'answers precision before any outcome, refuses amounts and NUL it cannot hold with 400 naming the field',
    async () => {
      const auditor = h.keys.auditor;
      expect(await json(await h.fetch('/fraud/precision', { key: auditor }))).toEqual({ status: 200, body: { rows: [] } });
      const outcome = (body: string) =>
        h.fetch(`/fraud/cases/${CASE_ID}/outcome`, { method: 'POST', key: auditor, headers: { 'content-type': 'application/json' }, body });
      for (const amount of ['1e308', '18446744073709551616', String(MAX_RUPIAH_AMOUNT + 1)]) {
        const res = await json(await outcome(`{"verdict":"confirmed","amountRecovered":${amount}}`));
        expect(res.status, amount).toBe(400);
        expect(fieldsOf(res.body), amount).toContain('amountRecovered');
      }
      const nulNote = await json(await outcome(JSON.stringify({ verdict: 'not_fraud', amountRecovered: 0, note: 'tidak\u0000ada' })));
      expect(nulNote.status).toBe(400);
      expect(fieldsOf(nulNote.body)).toContain('note');
      const nulName = await json(
        await h.fetch('/admin/clients', { method: 'POST', key: h.keys.admin, json: { name: 'Bank\u0000Jahat', role: 'bank' } }),
      );
      expect(nulName.status).toBe(400);
      expect(nulName.body['code']).toBe('VALIDATION_FAILED');
      expect(fieldsOf(nulName.body)).toEqual(['name']);
      expect((await h.store.listClients()).some((c) => c.name.includes('Jahat'))).toBe(false);

      const top = await json(
        await outcome(JSON.stringify({ verdict: 'confirmed', amountRecovered: MAX_RUPIAH_AMOUNT, note: 'pengembalian penuh' })),
      );
      expect(top.status).toBe(201);
      const precision = await json(await h.fetch('/fraud/precision', { key: auditor }));
      expect(precision.status).toBe(200);
      expect((precision.body['rows'] as { amountRecovered: number }[]).map((r) => r.amountRecovered)).toEqual([MAX_RUPIAH_AMOUNT]);
    },
  );
});
