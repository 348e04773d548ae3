// What the API did for its users, as Prometheus series: scores served by product, refusals
// by catalog code (consent refusals on their own), the size of the fraud worklist last
// served, investigator outcomes by verdict, and recent runs by status. Counted from the
// responses as they leave (hooks), so no route file has to remember to count; labels come
// from closed sets (products, catalog codes, verdicts, run statuses), never from input.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Gauge, type Registry } from 'prom-client';
import { ERRORS } from '../errors/catalog.js';
import type { OpsStore } from '../store/ops-store.js';
import { RUN_LIST_MAX } from '../store/ops-store.js';
import type { RunStatus } from '../store/records.js';

/**
 * The routes that serve scores, by product, and how many scores one 2xx answer carries
 * (a batch route counts its scored rows). A route missing here is not counted: the test
 * checks every entry is a route of the app.
 */
export const SCORE_ROUTES: Readonly<Record<string, { product: string; count: (payload: unknown) => number }>> = Object.freeze({
  'POST /credit/scores': { product: 'credit', count: () => 1 },
  'POST /fraud/claims/score': { product: 'fraud', count: () => 1 },
  'POST /k3/quotes': { product: 'k3', count: () => 1 },
  'POST /models/:name/score': {
    product: 'models',
    count: (payload) => ((payload as { results?: Array<{ status?: string }> }).results ?? []).filter((r) => r.status === 'scored').length,
  },
});
const WORKLIST_ROUTE = 'GET /fraud/worklist';
const OUTCOME_ROUTE = 'POST /fraud/cases/:caseId/outcome';
const RUN_STATUSES: readonly RunStatus[] = ['queued', 'running', 'succeeded', 'failed', 'cancelled'];
/** A scrape must not wait on a store that is away. */
const STORE_SCRAPE_TIMEOUT_MS = 1_000;
const CATALOG_CODE = /"code":"([A-Z0-9_]+)"/;

const routeKey = (request: FastifyRequest): string => `${request.method} ${request.routeOptions.url ?? ''}`;

async function recentRunsByStatus(store: OpsStore): Promise<Map<RunStatus, number> | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), STORE_SCRAPE_TIMEOUT_MS);
  });
  try {
    const runs = await Promise.race([store.listRuns({ limit: RUN_LIST_MAX }), timeout]);
    if (!runs) return null;
    const counts = new Map<RunStatus, number>(RUN_STATUSES.map((s) => [s, 0]));
    for (const run of runs) counts.set(run.status, (counts.get(run.status) ?? 0) + 1);
    return counts;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export function registerBusinessMetrics(app: FastifyInstance, registry: Registry, store: OpsStore | undefined): void {
  const scores = new Counter({
    name: 'telisik_scores_served_total',
    help: 'Scores served, by product (a batch answer counts its scored rows).',
    labelNames: ['product'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'telisik_api_errors_total',
    help: 'Error answers by catalog code and HTTP status.',
    labelNames: ['code', 'status'] as const,
    registers: [registry],
  });
  const consentRefusals = new Counter({
    name: 'telisik_consent_refusals_total',
    help: 'Credit score requests refused for their consent, by catalog code (CONSENT_*).',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const worklist = new Gauge({
    name: 'telisik_fraud_worklist_cases',
    help: 'Cases in the fraud worklist last served by this instance.',
    registers: [registry],
  });
  const outcomes = new Counter({
    name: 'telisik_fraud_outcomes_recorded_total',
    help: 'Investigator outcomes recorded, by verdict.',
    labelNames: ['verdict'] as const,
    registers: [registry],
  });
  for (const { product } of Object.values(SCORE_ROUTES)) scores.inc({ product }, 0);
  if (store) {
    new Gauge({
      name: 'telisik_runs',
      help: `Runs by status among the ${RUN_LIST_MAX} most recent, read from the ops store at scrape time (absent when the store did not answer).`,
      labelNames: ['status'] as const,
      registers: [registry],
      async collect() {
        const counts = await recentRunsByStatus(store);
        this.reset();
        if (counts) for (const [status, n] of counts) this.set({ status }, n);
      },
    });
  }

  // JSON answers, before serialization: the payload is still an object.
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (reply.statusCode >= 300) return payload;
    const key = routeKey(request);
    const scoring = SCORE_ROUTES[key];
    if (scoring) scores.inc({ product: scoring.product }, scoring.count(payload));
    else if (key === WORKLIST_ROUTE) worklist.set(((payload as { cases?: unknown[] }).cases ?? []).length);
    else if (key === OUTCOME_ROUTE) {
      const verdict = (request.body as { verdict?: unknown } | undefined)?.verdict;
      if (typeof verdict === 'string') outcomes.inc({ verdict });
    }
    return payload;
  });
  // Every error body is a catalog entry, whoever sent it (a handler, the auth check, the framework).
  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode < 400 || typeof payload !== 'string') return payload;
    const code = CATALOG_CODE.exec(payload.slice(0, 200))?.[1];
    if (code && code in ERRORS) {
      errors.inc({ code, status: String(reply.statusCode) });
      if (code.startsWith('CONSENT_')) consentRefusals.inc({ code });
    }
    return payload;
  });
}
