// Fraud scoring throughput and latency (issue 16): a generated extract
// (TELISIK_FRAUD_BENCH_MEMBERS, default 20,000 members, ~35,000 claims; ~571,000 members give
// 1M claims) is ingested, then the fraud batch runs from features to the published worklist,
// timed per SQL step; claims per second per core exclude training (it runs once per cycle).
// Then one claim at a time on the API: POST /fraud/claims/score, sequential requests over
// loopback, p50/p99 latency and the process CPU each request took (client and server: they
// share this process), so that a busy machine's queueing can be told from the work itself.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi } from '../../api/app.js';
import { generateApiKey, hashApiKey } from '../../api/auth/api-key.js';
import { fraudRoutes } from '../../api/routes/fraud/index.js';
import { openOpsStore } from '../../api/store/open-store.js';
import { generate } from '../../data-samples/generator/index.js';
import { ingestFiles } from '../../features/ingest/index.js';
import { openWarehouse } from '../../features/warehouse/index.js';
import { publishFraudBatch, runFraudBatch } from '../../models/fraud/index.js';
import type { ArrivalClaim } from '../../models/fraud/arrival.js';
import { FraudWorklistService } from '../../models/fraud/service.js';
import { useBackend } from '../../models/tf/index.js';
import { quantile } from './load-generator.js';
import { loadAverage } from './summary.js';
import type { BenchFigures } from './summary.js';

const MEMBERS = Number(process.env.TELISIK_FRAUD_BENCH_MEMBERS ?? 20_000);
/** DuckDB threads of the batch: the "per core" divisor (tfjs on wasm is one thread anyway). */
const THREADS = 2;
/** Sequential single-claim requests measured after warm-up. */
const REQUESTS = 200;
const WARM_UP_REQUESTS = 20;
/** SQL steps listed by name in the per-step table (the rest are summed). */
const LISTED_STEPS = 8;

const ms = (seconds: number): string => (seconds * 1000).toFixed(0);

export async function run(): Promise<BenchFigures> {
  // the bench scores a synthetic extract: the public demo key signs its bundles unless a real key is set
  if (!process.env['TELISIK_BUNDLE_KEY']) process.env['TELISIK_DEMO'] ??= '1';
  await useBackend('wasm');
  const dir = await mkdtemp(join(tmpdir(), 'telisik-fraud-bench-'));
  try {
    let t = performance.now();
    await generate({ outDir: join(dir, 'extract'), members: MEMBERS, seed: 11 });
    const generateSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const w = await openWarehouse(join(dir, 'w.duckdb'), { threads: THREADS });
    await ingestFiles(
      w,
      ['claims', 'members', 'facilities', 'deaths', 'kkpak_cases', 'audit_outcomes'].map((f) => join(dir, 'extract', `${f}.parquet`)),
      { demoKey: true },
    );
    const ingestSeconds = (performance.now() - t) / 1000;
    console.log(
      `extract: ${MEMBERS.toLocaleString('en')} members, generated in ${generateSeconds.toFixed(0)} s, ingested in ${ingestSeconds.toFixed(0)} s (load ${loadAverage()})`,
    );
    // CPU seconds beside wall seconds: on a shared machine the wall clock measures the queue for
    // the cores as much as the work (process CPU counts DuckDB's threads and tfjs alike)
    const cpuSince = (from: NodeJS.CpuUsage): number => {
      const d = process.cpuUsage(from);
      return (d.user + d.system) / 1e6;
    };
    const steps: { step: string; seconds: number; cpu: number }[] = [];
    let last = performance.now();
    let lastCpu = process.cpuUsage();
    const batchCpuStart = process.cpuUsage();
    const batch = await runFraudBatch(w.connection, {
      seed: 1,
      onStep: (step) => {
        const now = performance.now();
        steps.push({ step, seconds: (now - last) / 1000, cpu: cpuSince(lastCpu) });
        last = now;
        lastCpu = process.cpuUsage();
      },
    });
    const batchCpu = cpuSince(batchCpuStart);
    t = performance.now();
    const publishCpuStart = process.cpuUsage();
    await publishFraudBatch(w.connection, batch, join(dir, 'fraud'));
    const publish = (performance.now() - t) / 1000;
    const publishCpu = cpuSince(publishCpuStart);
    // runFraudBatch reports 'scoring' when training ends: the interval it closes is training
    const trainingCpu = steps.find((x) => x.step === 'scoring')?.cpu ?? 0;
    const scoringCpu = batchCpu - trainingCpu + publishCpu;
    const perCpuSecond = Math.round(batch.claims / scoringCpu);
    const claimsForArrival = (
      await w.query<Record<string, unknown>>(
        `SELECT * EXCLUDE (_file_id, _line) FROM raw_claims USING SAMPLE ${REQUESTS + WARM_UP_REQUESTS} ROWS`,
      )
    ).map((c) =>
      Object.fromEntries(
        Object.entries(c).map(([k, v]) => [
          k,
          typeof v === 'bigint'
            ? Number(v)
            : v instanceof Date
              ? k.startsWith('waktu_')
                ? v.toISOString()
                : v.toISOString().slice(0, 10)
              : v,
        ]),
      ),
    );
    await w.close();
    const s = batch.seconds;
    const scoringSeconds = s.features + s.scoring + s.worklist + publish;
    const perCore = Math.round(batch.claims / scoringSeconds / THREADS);
    const sqlSteps = steps.filter((x) => !['training', 'scoring', 'worklist'].includes(x.step)).sort((a, b) => b.seconds - a.seconds);
    const rest = sqlSteps.slice(LISTED_STEPS).reduce((a, x) => a + x.seconds, 0);
    const restCpu = sqlSteps.slice(LISTED_STEPS).reduce((a, x) => a + x.cpu, 0);
    console.log('\nwhere the batch time goes (ms, and CPU ms for the SQL steps):');
    console.table([
      ...sqlSteps.slice(0, LISTED_STEPS).map((x) => ({ stage: `SQL ${x.step}`, ms: ms(x.seconds), 'CPU ms': ms(x.cpu) })),
      { stage: `SQL, ${sqlSteps.length - LISTED_STEPS} other steps`, ms: ms(rest), 'CPU ms': ms(restCpu) },
      { stage: 'model input read into typed arrays', ms: ms(s.features - sqlSteps.reduce((a, x) => a + x.seconds, 0)) },
      { stage: 'inference (autoencoder + classifier, all claims)', ms: ms(s.inference) },
      { stage: 'claim scores, risk share, provider roll-up (SQL)', ms: ms(s.scoring - s.inference) },
      { stage: 'cases and worklist (SQL)', ms: ms(s.worklist - s.explain) },
      { stage: `explanations (${batch.explanations.length} claims in cases)`, ms: ms(s.explain) },
      { stage: 'publish (Parquet, bundles)', ms: ms(publish) },
      { stage: '(training, not counted)', ms: ms(s.training) },
    ]);
    console.table([
      {
        claims: batch.claims,
        'features s': s.features.toFixed(1),
        'training s': s.training.toFixed(1),
        'scoring s': s.scoring.toFixed(1),
        'worklist+explain s': s.worklist.toFixed(1),
        'publish s': publish.toFixed(1),
        'claims/s/core (features..published, no training)': perCore,
        'claims/s/core (with training)': Math.round(batch.claims / (scoringSeconds + s.training) / THREADS),
        'CPU s (no training)': scoringCpu.toFixed(1),
        'claims per CPU-second (no training)': perCpuSecond,
        load: loadAverage(),
      },
    ]);

    const store = await openOpsStore('duckdb::memory:');
    const key = generateApiKey();
    await store.createClient({ name: 'bench auditor', role: 'auditor', keyHash: hashApiKey(key) });
    t = performance.now();
    const service = await FraudWorklistService.open(join(dir, 'fraud'));
    const openSeconds = (performance.now() - t) / 1000;
    const app = await buildApi({
      store,
      rateLimit: false,
      log: { level: 'warn' },
      routes: [fraudRoutes({ store: () => store, service: () => service, defaultCapacity: 100 })],
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const latencies: number[] = [];
    const cpu: number[] = [];
    let failures = 0;
    const loadBefore = loadAverage();
    for (const [i, claim] of claimsForArrival.entries()) {
      const used = process.cpuUsage();
      t = performance.now();
      const res = await fetch(`${address}/fraud/claims/score`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ ...claim, nomor_sep: `BENCH${i}` }),
      });
      const text = await res.text();
      if (res.status !== 200 && failures++ === 0) console.log(`first failure: ${res.status} ${text.slice(0, 300)}`);
      if (i < WARM_UP_REQUESTS) continue;
      latencies.push(performance.now() - t);
      const d = process.cpuUsage(used);
      cpu.push((d.user + d.system) / 1000);
    }
    latencies.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    // the same claims scored in-process (no HTTP, JSON or auth): what the scorer itself takes
    const inProcess: number[] = [];
    const inProcessCpu: number[] = [];
    let inProcessFailures = 0;
    for (const [i, claim] of claimsForArrival.entries()) {
      const used = process.cpuUsage();
      t = performance.now();
      const ok = await service.scoreClaim({ ...claim, nomor_sep: `BENCH-IN${i}` } as ArrivalClaim).then(
        () => true,
        () => false,
      );
      if (!ok) inProcessFailures++;
      if (i < WARM_UP_REQUESTS) continue;
      inProcess.push(performance.now() - t);
      const d = process.cpuUsage(used);
      inProcessCpu.push((d.user + d.system) / 1000);
    }
    inProcess.sort((a, b) => a - b);
    inProcessCpu.sort((a, b) => a - b);
    console.log(`\none claim on arrival (resident context opened in ${openSeconds.toFixed(1)} s):`);
    console.table([
      {
        path: 'HTTP, loopback',
        requests: latencies.length,
        failures,
        'p50 ms': quantile(latencies, 0.5).toFixed(1),
        'p99 ms': quantile(latencies, 0.99).toFixed(1),
        'CPU p50 ms': quantile(cpu, 0.5).toFixed(1),
        'CPU p99 ms': quantile(cpu, 0.99).toFixed(1),
        'load before': loadBefore,
        'load after': loadAverage(),
      },
      {
        path: 'in-process (scorer only)',
        requests: inProcess.length,
        failures: inProcessFailures,
        'p50 ms': quantile(inProcess, 0.5).toFixed(1),
        'p99 ms': quantile(inProcess, 0.99).toFixed(1),
        'CPU p50 ms': quantile(inProcessCpu, 0.5).toFixed(1),
        'CPU p99 ms': quantile(inProcessCpu, 0.99).toFixed(1),
        'load after': loadAverage(),
      },
    ]);
    await app.close();
    service.close();
    await store.close();
    return {
      members: MEMBERS,
      claims: batch.claims,
      claims_per_s_core: perCore,
      claims_per_cpu_s: perCpuSecond,
      claims_per_s_core_with_training: Math.round(batch.claims / (scoringSeconds + s.training) / THREADS),
      arrival_p50_ms: Number(quantile(latencies, 0.5).toFixed(1)),
      arrival_p99_ms: Number(quantile(latencies, 0.99).toFixed(1)),
      arrival_cpu_p50_ms: Number(quantile(cpu, 0.5).toFixed(1)),
      arrival_cpu_p99_ms: Number(quantile(cpu, 0.99).toFixed(1)),
      arrival_inprocess_p50_ms: Number(quantile(inProcess, 0.5).toFixed(1)),
      arrival_inprocess_p99_ms: Number(quantile(inProcess, 0.99).toFixed(1)),
      arrival_failures: failures,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
