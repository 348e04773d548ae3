// /metrics: standard (unprefixed) process metrics for stock dashboards, business metrics
// (scores served by product, refusals by catalog code, the worklist's size, outcomes
// recorded, runs by status), and a scrape token that opens /metrics and nothing else.
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, WorklistCase } from '../../models/fraud/service.js';
import { NO_MODELS } from '../deps.js';
import { exampleFor } from '../openapi/example.js';
import { openOpsStore } from '../store/open-store.js';
import { SCORE_ROUTES } from './business-metrics.js';
import { registerMetrics } from './metrics.js';
import type { FraudReadService } from '../routes/fraud/index.js';
import { buildFullApi, type FullApi } from './test-support/full-api.js';

const CASE: WorklistCase = {
  caseId: '3171R001-UPCODING',
  rank: 1,
  facilityId: '3171R001',
  province: '31',
  fraudType: 'UPCODING',
  claims: 1,
  amountAtRisk: 9_000_000,
  expectedRecovery: 8_000_000,
  reasons: [
    {
      kind: 'detector',
      fraudType: 'UPCODING',
      signal: 'severity_without_support',
      amountAtRisk: 4_500_000,
      relatedSep: [],
      en: 'Severity III',
      id: 'Severitas III',
    },
  ],
};
const SECOND: WorklistCase = { ...CASE, caseId: '3171R002-UPCODING', rank: 2, facilityId: '3171R002' };
const DETAIL: CaseDetail = { ...CASE, claimList: [] };
const fraud: FraudReadService = {
  worklist: async () => [CASE, SECOND],
  caseDetail: async (id) => (id === CASE.caseId ? DETAIL : null),
  export: async () => Buffer.from('case_id\n'),
  providers: async () => [],
  scoreClaim: async (claim) => ({
    nomorSep: String(claim['nomor_sep']),
    probability: 0.5,
    amountAtRisk: 1,
    expectedRecovery: 1,
    route: 'review',
    fraudTypes: [],
    reasons: [],
  }),
};

const TOKEN = `scrape-${'0123456789abcdef'.repeat(3)}`;
let api: FullApi;
beforeAll(async () => {
  const saved = process.env.TELISIK_METRICS_TOKEN;
  process.env.TELISIK_METRICS_TOKEN = TOKEN;
  try {
    api = await buildFullApi({ fraud });
  } finally {
    if (saved === undefined) delete process.env.TELISIK_METRICS_TOKEN;
    else process.env.TELISIK_METRICS_TOKEN = saved;
  }
});
afterAll(async () => {
  await api?.close();
});

const call = (method: 'GET' | 'POST', url: string, key: string | undefined, payload?: unknown) =>
  api.app.inject({
    method,
    url,
    headers: key ? { authorization: `Bearer ${key}` } : {},
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });

async function scrape(key: string = TOKEN): Promise<string> {
  const res = await call('GET', '/metrics', key);
  expect(res.statusCode).toBe(200);
  return res.body;
}

/** The value of one series, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics access', () => {
  it('admits the scrape token and admin keys, and refuses every other role, a wrong token and no key', async () => {
    const scraped = await call('GET', '/metrics', TOKEN);
    expect(scraped.statusCode).toBe(200);
    expect(scraped.headers['content-type']).toMatch(/^text\/plain/);
    const asHeader = await api.app.inject({ method: 'GET', url: '/metrics', headers: { 'x-api-key': TOKEN } });
    expect(asHeader.statusCode).toBe(200);
    expect((await call('GET', '/metrics', api.keys.admin)).statusCode).toBe(200);
    for (const role of ['bank', 'auditor', 'underwriter', 'member_channel'] as const)
      expect((await call('GET', '/metrics', api.keys[role])).statusCode, role).toBe(403);
    expect((await call('GET', '/metrics', undefined)).statusCode).toBe(401);
    expect((await call('GET', '/metrics', `${TOKEN}x`)).statusCode).toBe(401);
    expect((await call('GET', '/metrics', TOKEN.slice(0, -1))).statusCode).toBe(401);
  });

  it('opens nothing else with the token: not clients, not runs, not scores', async () => {
    expect((await call('GET', '/admin/clients', TOKEN)).statusCode).toBe(401);
    expect((await call('POST', '/admin/clients', TOKEN, { name: 'x', role: 'admin' })).statusCode).toBe(401);
    expect((await call('GET', '/runs', TOKEN)).statusCode).toBe(401);
    expect((await call('GET', '/fraud/worklist', TOKEN)).statusCode).toBe(401);
  });

  it('refuses to start with a token short enough to guess', async () => {
    const app = Fastify();
    await expect(registerMetrics(app, { queues: [], models: NO_MODELS, scrapeToken: 'short' })).rejects.toThrow(/at least 32 characters/);
    await app.close();
  });
});

describe('/metrics content', () => {
  it('exposes the standard process metrics without a prefix', async () => {
    const text = await scrape();
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).toMatch(/^nodejs_heap_size_total_bytes /m);
    expect(text).not.toMatch(/^telisik_process_/m);
    expect(text).not.toMatch(/^telisik_nodejs_/m);
  });

  it('counts scores served by product and sizes the worklist last served', async () => {
    const claim = exampleFor(
      (
        api.app.swagger() as unknown as {
          paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: Record<string, unknown> }> } }>>;
        }
      ).paths['/fraud/claims/score']!.post!.requestBody.content['application/json']!.schema,
    );
    const before = sample(await scrape(), 'telisik_scores_served_total{product="fraud"}') ?? 0;
    expect((await call('POST', '/fraud/claims/score', api.keys.auditor, claim)).statusCode).toBe(200);
    expect((await call('POST', '/fraud/claims/score', api.keys.auditor, claim)).statusCode).toBe(200);
    expect((await call('GET', '/fraud/worklist', api.keys.auditor)).statusCode).toBe(200);
    const text = await scrape();
    expect(sample(text, 'telisik_scores_served_total{product="fraud"}')).toBe(before + 2);
    expect(sample(text, 'telisik_fraud_worklist_cases')).toBe(2);
  });

  it('counts on routes that exist: every score route it watches is a route of the app', () => {
    const routes = new Set(api.app.routeTable().map((r) => `${r.method} ${r.url}`));
    for (const key of [...Object.keys(SCORE_ROUTES), 'GET /fraud/worklist', 'POST /fraud/cases/:caseId/outcome'])
      expect(routes.has(key), key).toBe(true);
  });

  it('counts refusals by catalog code, consent refusals on their own', async () => {
    const res = await call('POST', '/credit/scores', api.keys.bank, { consentReference: randomUUID(), purpose: 'credit_scoring' });
    // No model is loaded either: the consent is checked first, so the refusal is about it.
    expect(res.json()).toMatchObject({ code: 'CONSENT_NOT_FOUND' });
    await call('GET', '/runs', 'tlk_not-a-key');
    const text = await scrape();
    expect(sample(text, 'telisik_api_errors_total{code="CONSENT_NOT_FOUND",status="404"}')).toBe(1);
    expect(sample(text, 'telisik_api_errors_total{code="UNAUTHORIZED",status="401"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'telisik_consent_refusals_total{code="CONSENT_NOT_FOUND"}')).toBe(1);
    expect(text).not.toMatch(/telisik_consent_refusals_total\{code="UNAUTHORIZED"/);
    // Unknown codes never become labels: the catalog bounds the series.
    expect(text).not.toMatch(/telisik_api_errors_total\{code="(?![A-Z0-9_]+")/);
  });

  it('counts investigator outcomes by verdict', async () => {
    const res = await call('POST', `/fraud/cases/${CASE.caseId}/outcome`, api.keys.auditor, { verdict: 'not_fraud', amountRecovered: 0 });
    expect(res.statusCode).toBe(201);
    expect(sample(await scrape(), 'telisik_fraud_outcomes_recorded_total{verdict="not_fraud"}')).toBe(1);
  });

  it('reports recent runs by status from the store it is given', async () => {
    const store = await openOpsStore('duckdb::memory:');
    const app = Fastify();
    try {
      await registerMetrics(app, { queues: [], models: NO_MODELS, store, scrapeToken: TOKEN });
      const done = await store.createRun({ id: randomUUID(), requestedBy: 'test', mode: 'inline', params: {} });
      await store.finishRun(done.id, { status: 'succeeded' });
      await store.createRun({ id: randomUUID(), requestedBy: 'test', mode: 'inline', params: {} });
      const res = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.statusCode).toBe(200);
      const text = res.body;
      expect(sample(text, 'telisik_runs{status="succeeded"}')).toBe(1);
      expect(sample(text, 'telisik_runs{status="failed"}')).toBe(0);
      expect((sample(text, 'telisik_runs{status="queued"}') ?? 0) + (sample(text, 'telisik_runs{status="running"}') ?? 0)).toBe(1);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
