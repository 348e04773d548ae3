// What the API is built from. Everything with a lifetime (store, Redis, queues) is
// created and closed by the caller (`telisik serve`, a test, the bench), not by the app.
import type { Queue } from 'bullmq';
import type { FastifyPluginAsync } from 'fastify';
import type { Redis } from 'ioredis';
import type { DestinationStream } from 'pino';
import type { RunRequester } from './runs/run-requester.js';
import type { OpsStore } from './store/ops-store.js';

/** One model this instance serves, for /ready and the model-versions gauge. */
export interface LoadedModel {
  /** e.g. 'credit-scorecard', 'fraud-combined'. */
  readonly name: string;
  readonly version: string;
}

/** Tells the platform which models are loaded; product issues provide the real one. */
export interface ModelStatusProvider {
  loaded(): readonly LoadedModel[];
  /** False until every model the mounted routes need is loaded. */
  ready(): boolean;
}

/** For a server that serves no models yet: ready, with nothing loaded. */
export const NO_MODELS: ModelStatusProvider = Object.freeze({ loaded: () => [], ready: () => true });

export interface RateLimitSettings {
  /** Requests per client key (or per IP without a key) in one window. */
  readonly max: number;
  readonly timeWindowMs: number;
}

/** 50 requests/s per client: far above a bank's interactive traffic, low enough to stop a runaway loop. */
export const DEFAULT_RATE_LIMIT: RateLimitSettings = Object.freeze({ max: 3000, timeWindowMs: 60_000 });

export interface ApiDeps {
  readonly store: OpsStore;
  /** Shared Redis: rate limits across instances and a /ready check. Absent: in-memory limits. */
  readonly redis?: Redis;
  readonly models?: ModelStatusProvider;
  /** Queues shown in Bull Board and counted in /metrics. */
  readonly queues?: readonly Queue[];
  /** Where `POST /runs` sends requests; absent, it answers RUNS_UNAVAILABLE. */
  readonly runRequester?: RunRequester;
  readonly log?: {
    readonly level?: string;
    /** Destination for log lines (tests capture them); stdout when absent. */
    readonly stream?: DestinationStream;
  };
  /** Largest request body in bytes. */
  readonly bodyLimit?: number;
  /** Time to receive a whole request, ms: a client that sends part of a body and stalls is answered 408. */
  readonly requestTimeoutMs?: number;
  /** false disables rate limiting (the bench measures the API, not the limiter's refusals). */
  readonly rateLimit?: RateLimitSettings | false;
  /** How long a resolved API key is reused, ms (see auth/access.ts). */
  readonly authCacheMs?: number;
  /**
   * Route plugins per user (api/routes/fraud, credit, k3), registered after the platform's
   * so auth, validation, the error catalog, metrics and OpenAPI all apply to them. Each
   * route states `config: roles(...)` (or gets admin-only).
   */
  readonly routes?: readonly FastifyPluginAsync[];
}

/** Requests here carry ids, keys and small filters; 64 KiB is generous and caps parser work. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
export const DEFAULT_AUTH_CACHE_MS = 5_000;
/** Our bodies are at most 64 KiB: 30 s is ample on a slow link and frees a stalled socket. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
