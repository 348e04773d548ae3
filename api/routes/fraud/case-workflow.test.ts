// The case workflow routes over real HTTP (auditor role): assign, release, record an outcome
// (closes the case), reopen, the history with names, the case-view access log, and refusals
// from the catalog (409 for a status that does not allow the action, 422 for an unknown assignee).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../models/fraud/service.js';
import { startApi } from '../../test-support/harness.js';
import type { Harness } from '../../test-support/harness.js';
import { fraudRoutes } from './index.js';
import type { FraudReadService } from './index.js';

const DETAIL: CaseDetail = {
  caseId: '3171R001-UPCODING',
  rank: 1,
  facilityId: '3171R001',
  province: '31',
  fraudType: 'UPCODING',
  claims: 1,
  amountAtRisk: 4_500_000,
  expectedRecovery: 4_000_000,
  reasons: [],
  claimList: [
    {
      nomorSep: '3171R0010324V000001',
      probability: 0.9,
      amountAtRisk: 4_500_000,
      expectedRecovery: 4_000_000,
      fraudTypes: ['UPCODING'],
      submitMonth: '2024-03-01',
    },
  ],
};
const fake: FraudReadService = {
  worklist: async () => [DETAIL],
  caseDetail: async (id) => (id === DETAIL.caseId ? DETAIL : null),
  export: async () => Buffer.from(''),
  providers: async () => [],
  scoreClaim: async () => {
    throw new Error('not used');
  },
};

let h: Harness;
let auditorId: string;
beforeAll(async () => {
  h = await startApi({ rateLimit: false, routes: [fraudRoutes({ store: () => h.store, service: () => fake, defaultCapacity: 50 })] });
  auditorId = (await h.store.listClients()).find((c) => c.role === 'auditor')?.id ?? '';
});
afterAll(async () => {
  await h.close();
});

const post = (path: string, json: unknown, key = h.keys.auditor) => h.fetch(path, { method: 'POST', key, json });
const base = `/fraud/cases/${DETAIL.caseId}`;

describe('case workflow routes', () => {
  it('assigns, closes with the outcome, reopens and releases a case, with its history and names', async () => {
    const open = (await (await h.fetch(`${base}/workflow`, { key: h.keys.auditor })).json()) as {
      status: string;
      updatedAt: string | null;
      history: unknown[];
    };
    expect(open).toMatchObject({ status: 'open', updatedAt: null, history: [] });
    expect(
      (
        (await h.fetch('/fraud/auditors', { key: h.keys.auditor }).then((r) => r.json())) as { auditors: Array<{ id: string }> }
      ).auditors.map((a) => a.id),
    ).toEqual([auditorId]);

    const assigned = await post(`${base}/assign`, { assignee: auditorId, note: 'Tim wilayah 3' });
    expect(assigned.status).toBe(200);
    expect(await assigned.json()).toMatchObject({ status: 'assigned', assignee: auditorId, assigneeName: 'test auditor' });

    const outcome = await post(`${base}/outcome`, { verdict: 'confirmed', amountRecovered: 3_000_000, note: 'Terbukti' });
    expect(outcome.status).toBe(201);
    expect(await outcome.json()).toMatchObject({ status: 'closed', claims: 1 });

    const again = await post(`${base}/assign`, { assignee: auditorId });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'FRAUD_CASE_TRANSITION', details: { action: 'assign', status: 'closed' } });

    expect(await (await post(`${base}/reopen`, { note: 'Bukti tambahan' })).json()).toMatchObject({
      status: 'assigned',
      assignee: auditorId,
    });
    expect(await (await post(`${base}/release`, {})).json()).toMatchObject({ status: 'open', assignee: null });
    expect((await post(`${base}/release`, {})).status).toBe(409);

    const wf = (await (await h.fetch(`${base}/workflow`, { key: h.keys.auditor })).json()) as {
      history: Array<{ kind: string; actorName: string; note: string | null; verdict: string | null }>;
    };
    expect(wf.history.map((a) => a.kind)).toEqual(['assign', 'close', 'reopen', 'unassign']);
    expect(wf.history[1]).toMatchObject({ verdict: 'confirmed', note: 'Terbukti', actorName: 'test auditor' });

    const states = (await (await h.fetch('/fraud/case-states?status=open', { key: h.keys.auditor })).json()) as {
      cases: Array<{ caseId: string }>;
    };
    expect(states.cases.map((c) => c.caseId)).toEqual([DETAIL.caseId]);
  });

  it('refuses an unknown or non-auditor assignee, an unknown case, and other roles', async () => {
    const bankId = (await h.store.listClients()).find((c) => c.role === 'bank')?.id ?? '';
    const res = await post(`${base}/assign`, { assignee: bankId });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { code: string }).code).toBe('FRAUD_ASSIGNEE_UNKNOWN');
    expect((await post(`${base}/assign`, { assignee: 'x y' })).status).toBe(400);
    expect((await post('/fraud/cases/3171R009-CLONING/assign', { assignee: auditorId })).status).toBe(404);
    expect((await post(`${base}/assign`, { assignee: auditorId }, h.keys.bank)).status).toBe(403);
    expect((await h.fetch(`${base}/workflow`, { key: h.keys.bank })).status).toBe(403);
  });

  it('writes every case view through the API to the access log', async () => {
    const before = (await h.store.listCaseViews({ caseId: DETAIL.caseId })).length;
    expect((await h.fetch(base, { key: h.keys.auditor })).status).toBe(200);
    expect((await h.fetch(base, { key: h.keys.auditor })).status).toBe(200);
    const views = (await (await h.fetch(`${base}/views`, { key: h.keys.auditor })).json()) as {
      views: Array<{ viewer: string; viewerName: string; channel: string }>;
    };
    expect(views.views).toHaveLength(before + 2);
    expect(views.views[0]).toMatchObject({ viewer: auditorId, viewerName: 'test auditor', channel: 'api' });
    // a case that does not exist is not logged
    expect((await h.fetch('/fraud/cases/3171R009-CLONING', { key: h.keys.auditor })).status).toBe(404);
    expect(await h.store.listCaseViews({ caseId: '3171R009-CLONING' })).toEqual([]);
  });
});
