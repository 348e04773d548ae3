// Fraud scoring throughput and latency: a generated extract (TELISIK_FRAUD_BENCH_MEMBERS,
// default 20,000 members, ~37,000 claims) is ingested, then the fraud batch runs from
// features to the published worklist; claims per second per core exclude training (it is
// a separate concern and runs once per cycle). Then one-claim scoring on the API: POST
// /fraud/claims/score, sequential requests over loopback, p50/p99 latency.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi } from '../../api/app.js';
import { generateApiKey, hashApiKey } from '../../api/auth/api-key.js';
import { fraudRoutes } from '../../api/routes/fraud/index.js';
import { openOpsStore } from '../../api/store/open-store.js';
import { generate } from '../../data-samples/generator/index.js';
import { ingestFiles } from '../../features/ingest/index.js';
import { openWarehouse } from '../../features/warehouse/index.js';
import { publishFraudBatch, runFraudBatch } from '../../models/fraud/index.js';
import { FraudWorklistService } from '../../models/fraud/service.js';
import { useBackend } from '../../models/tf/index.js';

const MEMBERS = Number(process.env.TELISIK_FRAUD_BENCH_MEMBERS ?? 20_000);
/** DuckDB threads of the batch: the "per core" divisor (tfjs on wasm is one thread anyway). */
const THREADS = 2;
/** Sequential single-claim requests measured after warm-up. */
const REQUESTS = 200;
const WARM_UP_REQUESTS = 20;

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

export async function run(): Promise<void> {
  // the bench scores a synthetic extract: the public demo key signs its bundles unless a real key is set
  if (!process.env['TELISIK_BUNDLE_KEY']) process.env['TELISIK_DEMO'] ??= '1';
  await useBackend('wasm');
  const dir = await mkdtemp(join(tmpdir(), 'telisik-fraud-bench-'));
  try {
    await generate({ outDir: join(dir, 'extract'), members: MEMBERS, seed: 11 });
    const w = await openWarehouse(join(dir, 'w.duckdb'), { threads: THREADS });
    await ingestFiles(w, ['claims', 'members', 'facilities', 'deaths', 'kkpak_cases', 'audit_outcomes'].map((t) => join(dir, 'extract', `${t}.parquet`)), { demoKey: true });
    const batch = await runFraudBatch(w.connection, { seed: 1 });
    let t = performance.now();
    await publishFraudBatch(w.connection, batch, join(dir, 'fraud'));
    const publish = (performance.now() - t) / 1000;
    const claimsForArrival = (await w.query<Record<string, unknown>>(`SELECT * EXCLUDE (_file_id, _line) FROM raw_claims USING SAMPLE ${REQUESTS + WARM_UP_REQUESTS} ROWS`))
      .map((c) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v instanceof Date ? (k.startsWith('waktu_') ? v.toISOString() : v.toISOString().slice(0, 10)) : v])));
    await w.close();
    const s = batch.seconds;
    const scoringSeconds = s.features + s.scoring + s.worklist + publish;
    console.table([{
      claims: batch.claims, 'features s': s.features.toFixed(1), 'training s': s.training.toFixed(1), 'scoring s': s.scoring.toFixed(1),
      'worklist+explain s': s.worklist.toFixed(1), 'publish s': publish.toFixed(1),
      'claims/s/core (features..published, no training)': Math.round(batch.claims / scoringSeconds / THREADS),
      'claims/s/core (with training)': Math.round(batch.claims / (scoringSeconds + s.training) / THREADS),
    }]);

    const store = await openOpsStore('duckdb::memory:');
    const key = generateApiKey();
    await store.createClient({ name: 'bench auditor', role: 'auditor', keyHash: hashApiKey(key) });
    const service = await FraudWorklistService.open(join(dir, 'fraud'));
    const app = await buildApi({ store, rateLimit: false, log: { level: 'warn' }, routes: [fraudRoutes({ store: () => store, service: () => service, defaultCapacity: 100 })] });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const latencies: number[] = [];
    let failures = 0;
    for (const [i, claim] of claimsForArrival.entries()) {
      t = performance.now();
      const res = await fetch(`${address}/fraud/claims/score`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ ...claim, nomor_sep: `BENCH${i}` }),
      });
      const text = await res.text();
      if (res.status !== 200 && failures++ === 0) console.log(`first failure: ${res.status} ${text.slice(0, 300)}`);
      if (i >= WARM_UP_REQUESTS) latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    console.table([{ requests: latencies.length, failures, 'p50 ms': quantile(latencies, 0.5).toFixed(1), 'p99 ms': quantile(latencies, 0.99).toFixed(1), 'load average (1 min)': loadavg()[0]?.toFixed(2) }]);
    await app.close();
    service.close();
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
