// API overhead under load: a bank-role request that is authenticated (key hash lookup),
// rate limited, validated (TypeBox) and written to the access log before the response,
// at 1,000 requests/s for 30 s on loopback against the embedded DuckDB store. A shorter
// control run of the same route without the write separates the store's share from the
// HTTP stack's (and from a busy machine's: the load average is printed too).
// TELISIK_BENCH_SECONDS and TELISIK_BENCH_APPEND_WINDOW_MS (a number, or 'off' for one
// INSERT per row) override the defaults.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { buildApi } from '../../api/app.js';
import { generateApiKey, hashApiKey } from '../../api/auth/api-key.js';
import { roles } from '../../api/auth/access.js';
import { protectedErrors } from '../../api/http/schemas.js';
import { openOpsStore } from '../../api/store/open-store.js';
import type { OpsStore } from '../../api/store/ops-store.js';
import type { BenchFigures } from './summary.js';

/** The target load and duration. */
const RATE_PER_SECOND = 1_000;
const DURATION_SECONDS = Number(process.env.TELISIK_BENCH_SECONDS ?? 30);
const CONTROL_SECONDS = Math.min(10, DURATION_SECONDS);
/** Unreported first seconds: JIT, connection set-up and the load generator's own start. */
const WARM_UP_SECONDS = 3;
/** Enough sockets that a slow response never holds back the offered rate. */
const CONNECTIONS = 20;
const MODEL_VERSION = 'bench-scorecard-0';

const ScoreAccessBody = Type.Object(
  {
    memberKey: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    consentId: Type.String({ format: 'uuid' }),
    purpose: Type.Literal('credit_scoring'),
  },
  { additionalProperties: false },
);
type ScoreAccessBody = { memberKey: string; consentId: string; purpose: string };

const routeOptions = {
  config: roles('bank'),
  schema: {
    body: ScoreAccessBody,
    response: { 200: Type.Object({ accessId: Type.String(), score: Type.Number(), modelVersion: Type.String() }), ...protectedErrors() },
  },
};

/** Stands in for a product score route: everything but the model itself. */
const probeRoutes =
  (store: OpsStore) =>
  async (app: FastifyInstance): Promise<void> => {
    app.post('/bench/score-access', routeOptions, async (request) => {
      const body = request.body as ScoreAccessBody;
      const score = 700;
      const access = await store.appendScoreAccess({
        bankClientId: request.client?.id ?? 'unknown',
        memberKey: body.memberKey,
        consentId: body.consentId,
        purpose: body.purpose,
        score,
        modelVersion: MODEL_VERSION,
      });
      return { accessId: access.id, score, modelVersion: MODEL_VERSION };
    });
    // The control: identical but for the access-log write.
    app.post('/bench/no-write', routeOptions, async () => ({ accessId: 'none', score: 700, modelVersion: MODEL_VERSION }));
  };

function load(url: string, key: string, body: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body,
    connections: CONNECTIONS,
    overallRate: RATE_PER_SECOND,
    // The load generator gets its own thread, so its work does not sit in the server's
    // event loop and show up as API latency (overallRate applies per worker).
    workers: 1,
    duration: seconds,
  });
}

const row = (label: string, seconds: number, r: autocannon.Result, accessRows: number | string) => ({
  route: label,
  'rate req/s': RATE_PER_SECOND,
  seconds,
  requests: r.requests.total,
  '2xx': r['2xx'],
  'p50 ms': r.latency.p50,
  'p90 ms': r.latency.p90,
  'p99 ms': r.latency.p99,
  'max ms': r.latency.max,
  errors: r.errors + r.timeouts + r.non2xx,
  'access rows': accessRows,
});

export async function run(): Promise<BenchFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'telisik-api-bench-'));
  const window = process.env.TELISIK_BENCH_APPEND_WINDOW_MS;
  const appendWindowMs = window === undefined ? undefined : window === 'off' ? null : Number(window);
  const store = await openOpsStore(`duckdb:${join(dir, 'ops.duckdb')}`, appendWindowMs === undefined ? {} : { appendWindowMs });
  const key = generateApiKey();
  const bank = await store.createClient({ name: 'Bench Bank', role: 'bank', keyHash: hashApiKey(key) });
  const consent = await store.grantConsent({
    memberKey: 'a'.repeat(64),
    bankClientId: bank.id,
    purpose: 'credit_scoring',
    scope: ['score'],
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  // A limit far above the offered load: the limiter's cost is measured, its refusals are not.
  const app = await buildApi({
    store,
    log: { level: 'warn' },
    rateLimit: { max: 10_000_000, timeWindowMs: 60_000 },
    routes: [probeRoutes(store)],
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const body = JSON.stringify({ memberKey: consent.memberKey, consentId: consent.id, purpose: 'credit_scoring' });

  try {
    await load(`${url}/bench/no-write`, key, body, WARM_UP_SECONDS);
    const loadBefore = loadavg()[0] ?? 0;
    const control = await load(`${url}/bench/no-write`, key, body, CONTROL_SECONDS);
    const result = await load(`${url}/bench/score-access`, key, body, DURATION_SECONDS);
    const logged = await store.countScoreAccess({ bankClientId: bank.id });
    const groupCommit = appendWindowMs === null ? 'off' : `window ${appendWindowMs ?? 0} ms`;
    console.table([
      row('auth + validation (control)', CONTROL_SECONDS, control, '-'),
      row(`+ access-log write (duckdb, group commit ${groupCommit})`, DURATION_SECONDS, result, logged),
    ]);
    console.log(
      `load average (1 min) ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after, on a machine with ${availableParallelism()} cores`,
    );
    // Requests still in flight when autocannon stops may be logged without being counted.
    if (logged < result['2xx']) console.warn(`access log has ${logged} rows for ${result['2xx']} served responses`);
    return {
      rate_per_s: RATE_PER_SECOND,
      control_p99_ms: control.latency.p99,
      write_p99_ms: result.latency.p99,
      write_errors: result.errors + result.timeouts + result.non2xx,
    };
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
