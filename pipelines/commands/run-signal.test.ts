// SIGTERM to a real `telisik run` process (workers mode, against a redis-server of the
// test's own): the run is cancelled, not abandoned. The process exits 143, the run is
// recorded as cancelled with the signal as the reason, and no job of the run is left in
// Redis for a later worker to pick up or resume. The run is held in its ingest stage by a
// warehouse lock this test keeps (a lock held by another process is a transient fault, so
// the ingest job waits in `delayed` for its retry).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { Queue } from 'bullmq';
import type { Job } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { openOpsStore } from '../../api/store/open-store.js';
import { TELISIK_PREFIX, GATE_QUEUE, stageQueueName } from '../runtime/queue/queue-names.js';
import { createRedisConnection } from '../runtime/queue/redis-connection.js';
import type { TaskJobData } from '../runtime/queue/job-data.js';
import { startOwnRedis } from '../runtime/test-support/own-redis.js';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

const CONTRIBUTIONS = `contribution_id,nik,agency,employer_id,period,due_date,paid_date,amount_due,amount_paid,jkn_due,jht_due,jkk_due,jkm_due,jp_due
c1,3171011201900001,KES,,2024-01-01,2024-01-10,2024-01-09,35000,35000,35000,0,0,0,0
`;

/** Every state in which a worker would still pick a job up or resume it. */
const RESUMABLE = ['wait', 'waiting', 'delayed', 'prioritized', 'waiting-children', 'active'] as const;

describe('telisik run under SIGTERM', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  });

  it('cancels the run: exits 143, records it cancelled with the reason, leaves no resumable job', async () => {
    const redis = await startOwnRedis(6423);
    cleanups.push(() => redis.dispose());
    const dir = await mkdtemp(join(tmpdir(), 'telisik-run-signal-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const input = join(dir, 'contributions.csv');
    await writeFile(input, CONTRIBUTIONS);
    const warehouse = join(dir, 'warehouse.duckdb');
    const store = `duckdb:${join(dir, 'ops.duckdb')}`;

    // This process holds the warehouse: the run's ingest job meets a lock and waits to retry.
    const holder = await DuckDBInstance.create(warehouse, { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
    cleanups.push(() => holder.closeSync());

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        CLI,
        'run',
        '--input',
        input,
        '--db',
        warehouse,
        '--store',
        store,
        '--out',
        join(dir, 'out'),
        '--stages',
        'ingest,report',
      ],
      {
        env: {
          ...process.env,
          TELISIK_REDIS_URL: redis.url,
          TELISIK_PSEUDONYM_KEY: 'run-signal-test-pseudonym-key',
          TELISIK_LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    cleanups.push(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

    const connection = createRedisConnection(redis.url);
    cleanups.push(() => connection.disconnect());
    const queues = ['generate', 'ingest', 'features', 'report'].map(
      (s) => new Queue<TaskJobData>(stageQueueName(s), { connection, prefix: TELISIK_PREFIX }),
    );
    const gates = new Queue(GATE_QUEUE, { connection, prefix: TELISIK_PREFIX });
    cleanups.push(async () => {
      await Promise.all([...queues, gates].map((q) => q.close()));
    });
    const ingestQueue = queues[1]!;

    // Wait until the ingest job has failed once on the lock and sits delayed for its retry.
    let held: Job<TaskJobData> | undefined;
    while (!held) {
      if (child.exitCode !== null) throw new Error(`telisik run ended early (code ${child.exitCode}): ${stderr}`);
      held = (await ingestQueue.getDelayed())[0];
      if (!held) await sleep(100);
    }
    const runId = held.data.run.runId;
    expect(await gates.getWaitingChildrenCount()).toBeGreaterThan(0);

    child.kill('SIGTERM');
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 143, signal: null });
    expect(stderr).toContain(`run ${runId} cancelled: SIGTERM received`);

    // Recorded as cancelled, with the reason.
    const ops = await openOpsStore(store);
    try {
      const recorded = await ops.getRun(runId);
      expect(recorded?.status).toBe('cancelled');
      expect(recorded?.error).toContain('SIGTERM');
      expect(recorded?.finishedAt).not.toBeNull();
    } finally {
      await ops.close();
    }

    // Nothing of the run left for a later worker to pick up or resume.
    const left: string[] = [];
    for (const queue of [...queues, gates]) {
      for (const job of await queue.getJobs([...RESUMABLE])) {
        if ((job.data as { run?: { runId?: string } }).run?.runId === runId) left.push(`${queue.name}/${job.id}: ${await job.getState()}`);
      }
    }
    expect(left).toEqual([]);
    // And a worker that meets one of its jobs anyway (redelivered) is told the run was cancelled.
    expect(await connection.get(`${TELISIK_PREFIX}:cancelled-run:${runId}`)).toBe('SIGTERM received');
  });

  it('inline too: SIGTERM during a retry wait exits 143 and records the run cancelled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'telisik-run-signal-inline-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const input = join(dir, 'contributions.csv');
    await writeFile(input, CONTRIBUTIONS);
    const warehouse = join(dir, 'warehouse.duckdb');
    const store = `duckdb:${join(dir, 'ops.duckdb')}`;
    const holder = await DuckDBInstance.create(warehouse, { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
    cleanups.push(() => holder.closeSync());

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        CLI,
        'run',
        '--inline',
        '--input',
        input,
        '--db',
        warehouse,
        '--store',
        store,
        '--out',
        join(dir, 'out'),
        '--stages',
        'ingest,report',
      ],
      {
        env: { ...process.env, TELISIK_PSEUDONYM_KEY: 'run-signal-test-pseudonym-key', TELISIK_LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    cleanups.push(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    // The ingest task met the lock and waits for its retry.
    while (!stderr.includes('retrying in')) {
      if (child.exitCode !== null) throw new Error(`telisik run ended early (code ${child.exitCode}): ${stderr}`);
      await sleep(100);
    }
    child.kill('SIGTERM');
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 143, signal: null });
    const runId = /run ([0-9a-f-]{36}) cancelled: SIGTERM received/.exec(stderr)?.[1];
    expect(runId).toBeDefined();
    const ops = await openOpsStore(store);
    try {
      expect(await ops.getRun(runId ?? '')).toMatchObject({
        status: 'cancelled',
        mode: 'inline',
        error: `run ${runId} cancelled: SIGTERM received`,
      });
    } finally {
      await ops.close();
    }
  });
});
