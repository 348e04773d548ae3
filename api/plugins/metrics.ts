// Prometheus metrics at /metrics (admin role: Prometheus sends the key as a bearer
// token): request latency by route and status, job counts by queue and state (read from
// Redis at scrape time), and the versions of the models this instance serves.
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { roles } from '../auth/access.js';
import type { ModelStatusProvider } from '../deps.js';
import { protectedErrors } from '../http/schemas.js';

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
}

export async function registerMetrics(app: FastifyInstance, options: MetricsOptions): Promise<Registry> {
  // A registry per app: several apps in one process (tests) must not share series.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'telisik_' });

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
    (scraping ??= Promise.all(options.queues.map(async (q) => [q.name, await jobCounts(q)] as [string, Record<string, number> | null])).finally(() => {
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

  app.addHook('onResponse', async (request, reply) => {
    // Unmatched URLs share one label: raw URLs would let callers create unbounded series.
    const route = request.routeOptions.url ?? 'unmatched';
    latency.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.get(
    '/metrics',
    {
      config: roles('admin'),
      schema: {
        tags: ['platform'],
        summary: 'Prometheus metrics (text exposition format)',
        produces: ['text/plain'],
        response: { 200: Type.String(), ...protectedErrors() },
      },
    },
    async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  );
  return registry;
}
