// Credit score requests under load: a bank's POST /credit/scores that is authenticated,
// validated, checked against its consent in the store (no cache: revocation must bite on
// the next request), scored by the champion scorecard with reason codes, and written to the
// append-only access log before the response. 1,000 requests/s for 30 s on loopback against
// the embedded DuckDB store; afterwards the access log must hold one row per 2xx.
// TELISIK_BENCH_SECONDS overrides the duration.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildApi } from '../../api/app.js';
import { generateApiKey, hashApiKey } from '../../api/auth/api-key.js';
import { creditRoutes } from '../../api/routes/credit/index.js';
import { openOpsStore } from '../../api/store/open-store.js';
import { THIN_FILE_MIN_MONTHS } from '../../features/credit/registry.js';
import { trainCreditScorecard } from '../../models/credit/champion.js';
import { creditScorer } from '../../models/credit/scorer.js';
import { syntheticMemberKey, syntheticMembers } from '../../models/credit/test-support/synthetic-members.js';
import { numericValues } from '../../models/data/table.js';

/** The target load and duration. */
const RATE_PER_SECOND = 1_000;
const DURATION_SECONDS = Number(process.env.TELISIK_BENCH_SECONDS ?? 30);
/** Unreported first seconds: JIT, connection set-up and the load generator's own start. */
const WARM_UP_SECONDS = 3;
/** Enough sockets that a slow response never holds back the offered rate. */
const CONNECTIONS = 20;
/** Members in the served feature table (the lookup is a Map, so size barely matters). */
const MEMBERS = 20_000;
/** The aim for p99 latency. */
const P99_TARGET_MS = 15;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'telisik-credit-bench-'));
  const store = await openOpsStore(`duckdb:${join(dir, 'ops.duckdb')}`);
  const table = syntheticMembers(MEMBERS, 1);
  const months = numericValues(table, 'ledger_months');
  const all = Int32Array.from({ length: MEMBERS }, (_, i) => i);
  const card = trainCreditScorecard(table, all.filter((r) => (months[r] as number) >= THIN_FILE_MIN_MONTHS)).card;
  const scorer = creditScorer({ family: 'scorecard', version: 'bench-credit-scorecard', card }, table);
  const key = generateApiKey();
  const bank = await store.createClient({ name: 'Bench Bank', role: 'bank', keyHash: hashApiKey(key) });
  const consent = await store.grantConsent({
    memberKey: syntheticMemberKey(1), bankClientId: bank.id, purpose: 'credit_scoring', scope: ['score', 'reasons'], expiresAt: new Date(Date.now() + 86_400_000),
  });
  const app = await buildApi({ store, log: { level: 'warn' }, rateLimit: { max: 10_000_000, timeWindowMs: 60_000 }, routes: [creditRoutes({ store, scorer })] });
  const url = `${await app.listen({ port: 0, host: '127.0.0.1' })}/credit/scores`;
  const body = JSON.stringify({ consentReference: consent.id, purpose: 'credit_scoring' });
  const load = (seconds: number) =>
    autocannon({
      url, method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body,
      connections: CONNECTIONS, overallRate: RATE_PER_SECOND, workers: 1, duration: seconds,
    });
  try {
    await load(WARM_UP_SECONDS);
    const warmRows = await store.countScoreAccess({ bankClientId: bank.id });
    const loadBefore = loadavg()[0] ?? 0;
    const r = await load(DURATION_SECONDS);
    const logged = (await store.countScoreAccess({ bankClientId: bank.id })) - warmRows;
    console.table([{
      route: 'POST /credit/scores (consent check + scorecard + access-log write)',
      'rate req/s': RATE_PER_SECOND, seconds: DURATION_SECONDS, requests: r.requests.total, '2xx': r['2xx'],
      'p50 ms': r.latency.p50, 'p90 ms': r.latency.p90, 'p99 ms': r.latency.p99, 'max ms': r.latency.max,
      errors: r.errors + r.timeouts + r.non2xx, 'access rows': logged,
    }]);
    console.log(`p99 target ${P99_TARGET_MS} ms: ${r.latency.p99 <= P99_TARGET_MS ? 'met' : 'missed'}; load average (1 min) ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after, on ${availableParallelism()} cores`);
    if (logged !== r['2xx']) console.warn(`access log has ${logged} rows for ${r['2xx']} served responses (requests in flight at the end are logged but not counted)`);
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
