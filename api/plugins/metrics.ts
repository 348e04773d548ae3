// Prometheus metrics at /metrics, for a scraper holding the scrape token
// (TELISIK_METRICS_TOKEN, sent as a bearer token: it opens /metrics and nothing else, so
// Prometheus needs no admin key, which could also create keys) or an admin key. Standard process
// metrics unprefixed (stock Node.js dashboards read `process_*`, `nodejs_*`), request
// latency by route and status, job counts by queue and state (read from Redis at scrape
// time), the versions of the models served, and the business series of business-metrics.ts.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { roles } from '../auth/access.js';
import { presentedKey } from '../auth/api-key.js';
import type { ModelStatusProvider } from '../deps.js';
import { protectedErrors } from '../http/schemas.js';
import type { OpsStore } from '../store/ops-store.js';
import { registerBusinessMetrics } from './business-metrics.js';

/** Buckets in seconds around the 10 ms API budget, up to slow batch-ish calls. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized', 'waiting-children'] as const;
/** A scrape must not wait on a Redis that is away: queue counts give up after this long. */
const QUEUE_SCRAPE_TIMEOUT_MS = 1_000;

async function jobCounts(queue: Queue): Promise<Record<string, number> | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), QUEUE_SCRAPE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([queue.getJobCounts(...JOB_STATES), timeout]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export interface MetricsOptions {
  readonly queues: readonly Queue[];
  readonly models: ModelStatusProvider;
  /** For runs by status; absent, that gauge is left out. */
  readonly store?: OpsStore;
  /** The scrape token; default TELISIK_METRICS_TOKEN. Absent: only admin keys may scrape. */
  readonly scrapeToken?: string;
}

/** A scrape token is a long-lived secret in a Prometheus config: long enough not to be guessed. */
export const MIN_SCRAPE_TOKEN_LENGTH = 32;

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * An onRequest hook that answers a request carrying the scrape token at once. It runs
 * before the rate limiter and the key check (route hooks come first): any other credential,
 * a wrong token included, goes on to those and is limited and refused like a bad key.
 */
function scrapeTokenHook(token: string, answer: (reply: FastifyReply) => Promise<FastifyReply>) {
  const expected = digest(token);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const presented = presentedKey(request.headers);
    if (presented === null || !timingSafeEqual(digest(presented), expected)) return undefined;
    return answer(reply);
  };
}

export async function registerMetrics(app: FastifyInstance, options: MetricsOptions): Promise<Registry> {
  const scrapeToken = options.scrapeToken ?? (process.env.TELISIK_METRICS_TOKEN || undefined);
  if (scrapeToken !== undefined && scrapeToken.length < MIN_SCRAPE_TOKEN_LENGTH) {
    throw new Error(`TELISIK_METRICS_TOKEN must be at least ${MIN_SCRAPE_TOKEN_LENGTH} characters (e.g. openssl rand -hex 32)`);
  }
  // A registry per app: several apps in one process (tests) must not share series.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const latency = new Histogram({
    name: 'telisik_http_request_duration_seconds',
    help: 'HTTP request latency by route template and status.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  // One read of the queues per scrape, shared by the two gauges below (prom-client
  // collects all metrics at once).
  let scraping: Promise<Array<[string, Record<string, number> | null]>> | null = null;
  const scrapeQueues = () =>
    (scraping ??= Promise.all(
      options.queues.map(async (q) => [q.name, await jobCounts(q)] as [string, Record<string, number> | null]),
    ).finally(() => {
      scraping = null;
    }));
  new Gauge({
    name: 'telisik_queue_jobs',
    help: 'BullMQ jobs by queue and state, read at scrape time.',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      const all = await scrapeQueues();
      this.reset();
      for (const [queue, counts] of all) if (counts) for (const state of JOB_STATES) this.set({ queue, state }, counts[state] ?? 0);
    },
  });
  new Gauge({
    name: 'telisik_queue_reachable',
    help: 'Whether the queue answered at this scrape (0: Redis unreachable; its job counts are left out).',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      const all = await scrapeQueues();
      this.reset();
      for (const [queue, counts] of all) this.set({ queue }, counts ? 1 : 0);
    },
  });
  new Gauge({
    name: 'telisik_model_info',
    help: 'Models served by this instance (value 1), labelled with their version.',
    labelNames: ['model', 'version'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const m of options.models.loaded()) this.set({ model: m.name, version: m.version }, 1);
    },
  });

  registerBusinessMetrics(app, registry, options.store);

  app.addHook('onResponse', async (request, reply) => {
    // Unmatched URLs share one label: raw URLs would let callers create unbounded series.
    const route = request.routeOptions.url ?? 'unmatched';
    latency.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  const answer = async (reply: FastifyReply): Promise<FastifyReply> => reply.type(registry.contentType).send(await registry.metrics());
  app.get(
    '/metrics',
    {
      config: roles('admin'),
      ...(scrapeToken ? { onRequest: scrapeTokenHook(scrapeToken, answer) } : {}),
      schema: {
        tags: ['platform'],
        summary: 'Prometheus metrics (text exposition format)',
        description:
          'Scrape with the token set in TELISIK_METRICS_TOKEN on the server, sent as a bearer token (it opens this route only), or with an admin key.',
        produces: ['text/plain'],
        response: { 200: Type.String({ description: 'Prometheus text exposition format 0.0.4.' }), ...protectedErrors() },
      },
    },
    async (_request, reply) => answer(reply),
  );
  return registry;
}
