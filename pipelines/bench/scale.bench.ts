// Scale bench (issue 16, item 4): the same run on 1 and on 2 `telisik worker` processes over
// a Redis of the bench's own, every stage's wall time and rows/s, the speedup, and the
// curve Amdahl's law gives for N machines from the measured serial part (ingest, single-job
// stages and every publish step, since one process writes the warehouse at a time). The
// extract is generated once, outside the timings; each trial ingests it into a new warehouse.
// Size: TELISIK_BENCH_MEMBERS (default 100,000: two runs of 1M take hours on a shared
// 2-core machine); stages: TELISIK_BENCH_STAGES (default all); trial order:
// TELISIK_BENCH_ORDER (1,2 or 2,1); Redis port: TELISIK_BENCH_REDIS_PORT (6395).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { BUNDLE_KEY_ENV, DEMO_ENV } from '../../models/bundle/signing.js';
import type { RunReport } from '../runtime/execution/run-report.js';
import { stageFigures } from '../runtime/cli/run-summary.js';
import type { StageFigures } from '../runtime/cli/run-summary.js';
import { GATE_QUEUE, TELISIK_PREFIX } from '../runtime/queue/queue-names.js';
import { createRedisConnection, probeRedis } from '../runtime/queue/redis-connection.js';
import { QueuedRunner } from '../runtime/runners/queued-runner.js';
import { SILENT_LOG } from '../runtime/runtime-log.js';
import { createStageRegistry } from '../runtime/stages/default-registry.js';
import { extractDir } from '../runtime/stages/foundation/run-paths.js';
import type { RunSpec } from '../runtime/stages/stage-definition.js';
import type { BenchFigures } from './summary.js';
import { loadAverage } from './summary.js';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'cli.js');
const root = join(process.cwd(), 'var', 'bench', 'scale');
const SEED = 3;
/** Machines in the projected curve. */
const MACHINES = [1, 2, 4, 8, 16, 32];

/** A child process's peak resident set (VmHWM), MiB; 0 once it has gone. */
async function peakRssMiB(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : 0;
}

async function waitFor(what: string, ok: () => Promise<boolean> | boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`scale bench: ${what} not ready after ${ms} ms`);
    await sleep(200);
  }
}

async function startRedis(port: number, dir: string): Promise<{ url: string; server: ChildProcess }> {
  const url = `redis://127.0.0.1:${port}`;
  if (await probeRedis(url, 500)) throw new Error(`something already answers on ${url}; set TELISIK_BENCH_REDIS_PORT`);
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  const server = spawn('redis-server', [...args, '--maxmemory-policy', 'noeviction', '--loglevel', 'warning'], { stdio: 'ignore' });
  await waitFor('redis-server', () => probeRedis(url, 500), 10_000);
  return { url, server };
}

function cliRun(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return once(child, 'exit').then(([code]) => {
    if (code !== 0) throw new Error(`telisik ${args[0]} exited ${String(code)}`);
  });
}

/** TELISIK_BENCH_STAGES (comma-separated) or every stage after generation; ingest always, since each trial starts empty. */
function benchStages(all: readonly string[]): string[] {
  const asked = process.env['TELISIK_BENCH_STAGES']?.split(',').map((s) => s.trim());
  return all.filter((s) => s !== 'generate' && (!asked || s === 'ingest' || asked.includes(s)));
}

interface Trial {
  readonly workers: number;
  readonly seconds: number;
  readonly stages: readonly StageFigures[];
  readonly peakRssMiB: number;
  readonly report: RunReport;
}

async function trial(workers: number, members: number, redisUrl: string, prepared: string): Promise<Trial> {
  const dir = join(root, `workers-${workers}`);
  await rm(dir, { recursive: true, force: true });
  const registry = createStageRegistry();
  const run: RunSpec = {
    runId: `scale-${workers}w-${Date.now()}`,
    warehousePath: join(dir, 'warehouse.duckdb'),
    outDir: join(dir, 'out'),
    synthetic: { members, seed: SEED },
    stages: benchStages(registry.names()),
  };
  await mkdir(run.outDir, { recursive: true });
  await symlink(prepared, extractDir(run), 'dir');
  // Generated data: bundles are signed with the public demo key unless a real one is set (as `telisik run` does).
  const demo = process.env[BUNDLE_KEY_ENV] ? {} : { [DEMO_ENV]: '1' };
  const env = { ...process.env, ...demo, TELISIK_REDIS_URL: redisUrl, TELISIK_LOG_LEVEL: 'warn' };
  const children = Array.from({ length: workers }, (_, i) =>
    spawn(process.execPath, [cli, 'worker', '--no-coordinator', '--store', `duckdb:${join(dir, `ops-${i}.duckdb`)}`], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const connection = createRedisConnection(redisUrl);
  const runner = new QueuedRunner({ connection, prefix: TELISIK_PREFIX, registry, log: SILENT_LOG });
  try {
    // Every worker process consumes the gate queue: the run starts once all of them do.
    const gates = new Queue(GATE_QUEUE, { connection, prefix: TELISIK_PREFIX });
    await waitFor('workers', async () => (await gates.getWorkersCount()) >= workers, 120_000);
    await gates.close();
    const started = performance.now();
    const report = await runner.run(run);
    const seconds = (performance.now() - started) / 1000;
    const peaks = await Promise.all(children.map((c) => peakRssMiB(c.pid)));
    const peak = peaks.reduce((a, b) => a + b, 0) + process.resourceUsage().maxRSS / 1024;
    return { workers, seconds, stages: stageFigures(report), peakRssMiB: peak, report };
  } finally {
    await runner.close();
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.filter((c) => c.exitCode === null).map((c) => once(c, 'exit')));
    await connection.flushall();
    connection.disconnect();
  }
}

/** Serial seconds of a run: stages of one job run on one worker whatever N is; every publish is one writer. */
function serialSeconds(report: RunReport): number {
  return report.stages.reduce((sum, s) => {
    if (s.status !== 'ran') return sum;
    return sum + (s.tasks.length <= 1 ? (s.seconds ?? 0) : (s.publishSeconds ?? 0));
  }, 0);
}

const fmt = (n: number | undefined, digits = 1): string => (n === undefined ? '-' : n.toFixed(digits));

export async function run(): Promise<BenchFigures> {
  const members = Number(process.env['TELISIK_BENCH_MEMBERS'] ?? 100_000);
  const port = Number(process.env['TELISIK_BENCH_REDIS_PORT'] ?? 6395);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const prep = join(root, 'prepare');
  const { url, server } = await startRedis(port, root);
  try {
    console.log(`generating ${members.toLocaleString('en-US')} members (not timed) ...`);
    const prepRun = ['--members', String(members), '--seed', String(SEED), '--stages', 'generate'];
    await cliRun([
      'run',
      '--inline',
      ...prepRun,
      '--db',
      join(prep, 'unused.duckdb'),
      '--out',
      prep,
      '--store',
      `duckdb:${join(prep, 'ops.duckdb')}`,
    ]);
    const prepared = join(prep, 'extract');
    if (!existsSync(prepared)) throw new Error(`no extract under ${prep}`);
    const trials: Trial[] = [];
    // TELISIK_BENCH_ORDER=2,1 runs the 2-worker trial first: on a machine whose load drifts, the two orders bracket the speedup.
    const order = process.env['TELISIK_BENCH_ORDER'] === '2,1' ? [2, 1] : [1, 2];
    for (const workers of order) {
      console.log(`run on ${workers} worker process${workers > 1 ? 'es' : ''} (load ${loadAverage()}) ...`);
      trials.push(await trial(workers, members, url, prepared));
      console.log(`  ${trials.at(-1)!.seconds.toFixed(1)} s, load ${loadAverage()}`);
    }
    const one = trials.find((t) => t.workers === 1)!;
    const two = trials.find((t) => t.workers === 2)!;
    const byStage = new Map(two.stages.map((s) => [s.stage, s]));
    console.log('\n| stage | jobs | 1 worker s | rows/s | publish s | 2 workers s | rows/s | speedup |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const s of one.stages) {
      const t = byStage.get(s.stage);
      const pub = one.report.stages.find((x) => x.stage === s.stage);
      const rate = (f: StageFigures | undefined) => (f?.seconds && f.rows ? Math.round(f.rows / f.seconds).toLocaleString('en-US') : '-');
      console.log(
        `| ${s.stage} | ${s.tasks} | ${fmt(s.seconds)} | ${rate(s)} | ${fmt(pub?.status === 'ran' ? pub.publishSeconds : undefined)} | ${fmt(t?.seconds)} | ${rate(t)} | ${t?.seconds && s.seconds ? fmt(s.seconds / t.seconds, 2) : '-'} |`,
      );
    }
    const speedup = one.seconds / two.seconds;
    const serial = serialSeconds(one.report);
    const parallel = Math.max(0, one.seconds - serial);
    const serialFraction = serial / one.seconds;
    // Karp-Flatt: the serial fraction the measured 2-process speedup implies (contention included).
    const karpFlatt = (1 / speedup - 1 / 2) / (1 - 1 / 2);
    console.log(
      `\nwall: 1 worker ${one.seconds.toFixed(1)} s, 2 workers ${two.seconds.toFixed(1)} s: speedup ${speedup.toFixed(2)} on 2 cores`,
    );
    console.log(
      `serial part (single-job stages and publish steps, 1-worker run): ${serial.toFixed(1)} s of ${one.seconds.toFixed(1)} s (${(serialFraction * 100).toFixed(1)}%)`,
    );
    console.log(`serial fraction implied by the measured speedup (Karp-Flatt): ${(karpFlatt * 100).toFixed(1)}%`);
    console.log('\nexpected run time on N machines sharing storage (one worker each, Amdahl from the measured serial part):');
    console.log('| machines | seconds | speedup |');
    console.log('|---|---|---|');
    for (const n of MACHINES)
      console.log(`| ${n} | ${(serial + parallel / n).toFixed(1)} | ${(one.seconds / (serial + parallel / n)).toFixed(2)} |`);
    console.log(
      `limit: ${(1 / serialFraction).toFixed(1)}x; peak RSS (sum of processes' peaks): 1 worker ${Math.round(one.peakRssMiB)} MiB, 2 workers ${Math.round(two.peakRssMiB)} MiB`,
    );
    const stageSeconds = Object.fromEntries(one.stages.map((s) => [`s1_${s.stage}`, Number(fmt(s.seconds))]));
    return {
      members,
      stages: one.stages.map((s) => s.stage).join(','),
      seconds_1_worker: one.seconds,
      seconds_2_workers: two.seconds,
      speedup_2_workers: speedup,
      serial_share: serialFraction,
      karp_flatt_serial: karpFlatt,
      amdahl_speedup_8_machines: one.seconds / (serial + parallel / 8),
      amdahl_limit: 1 / serialFraction,
      peak_rss_mib_1_worker: Math.round(one.peakRssMiB),
      peak_rss_mib_2_workers: Math.round(two.peakRssMiB),
      ...stageSeconds,
    };
  } finally {
    server.kill('SIGKILL');
    if (!process.env['TELISIK_BENCH_KEEP']) await rm(root, { recursive: true, force: true });
  }
}
