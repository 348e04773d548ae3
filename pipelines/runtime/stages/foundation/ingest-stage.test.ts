// The ingest stage in a run: a file that fails fails the run (named, recorded, not
// retried), the good files of the batch still land, and a redelivered ingest job reports
// the rows its files hold rather than zero.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunHistory } from '../../history/run-history.js';
import { runRecorded } from '../../history/recorded-run.js';
import { stageQueueName, taskJobId } from '../../queue/queue-names.js';
import { InlineRunner } from '../../runners/inline-runner.js';
import { QueuedRunner } from '../../runners/queued-runner.js';
import { SILENT_LOG } from '../../runtime-log.js';
import { removePrefix, testPrefix, useRealRedis } from '../../test-support/redis-fixture.js';
import { withWarehouse } from '../../warehouse/warehouse-session.js';
import { StageWorkerHost } from '../../workers/stage-worker-host.js';
import { defaultRegistryModule, loadStageRegistry } from '../registry-module.js';
import type { RunSpec, StageOutput } from '../stage-definition.js';
import type { RunReport } from '../../execution/run-report.js';

const MEMBERS = `nik,nomor_kartu,birth_date,sex,province_code,regency_code,jkn_segment,care_class,jkn_registered_date,bpjstk_registered_date,jht_opening_balance
3171011505850001,0001234567890,1985-05-15,L,31,3171,PPU,2,2014-01-01,2010-03-01,5000000
3271025203900002,0009876543210,1990-03-12,P,32,3271,PPU,2,2014-01-01,2010-03-01,5000000
3171036112000003,0001112223334,2000-12-21,X,31,3171,PPU,2,2014-01-01,2010-03-01,5000000
`;
const CONTRIBUTIONS = `contribution_id,nik,agency,employer_id,period,due_date,paid_date,amount_due,amount_paid,jkn_due,jht_due,jkk_due,jkm_due,jp_due
c1,3171011201900001,KES,,2024-01-01,2024-01-10,2024-01-09,35000,35000,35000,0,0,0,0
c2,3171011201900001,KES,,2024-02-01,2024-02-10,,35000,0,35000,0,0,0,0
`;

type StageUpdate = Parameters<RunHistory['updateRunStage']>[1];
interface Recorder extends RunHistory {
  updates: StageUpdate[];
  finished: Array<{ status: string; error?: string | null }>;
}

function recorder(): Recorder {
  const updates: StageUpdate[] = [];
  const finished: Recorder['finished'] = [];
  return {
    updates,
    finished,
    createRun: async (run) => ({ ...run, status: 'running' }) as unknown as Awaited<ReturnType<RunHistory['createRun']>>,
    updateRunStage: async (_id, update) => {
      updates.push(update);
    },
    finishRun: async (_id, outcome) => {
      finished.push(outcome);
    },
  };
}

function ingestOutputs(report: RunReport): StageOutput[] {
  const ingest = report.stages.find((s) => s.stage === 'ingest');
  return ingest?.status === 'ran' ? ingest.tasks.flatMap((t) => t.outputs) : [];
}

describe('the ingest stage', () => {
  const useRedis = useRealRedis();
  let dir: string;
  let truncated: string;
  let good: string;
  let goodGz: string;
  const previousKey = process.env.TELISIK_PSEUDONYM_KEY;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'telisik-ingest-stage-'));
    good = join(dir, 'members.csv');
    goodGz = join(dir, 'contributions.csv.gz');
    truncated = join(dir, 'claims.csv.gz');
    await writeFile(good, MEMBERS);
    await writeFile(goodGz, gzipSync(CONTRIBUTIONS));
    const whole = gzipSync('nomor_sep,nomor_kartu\n'.concat('x,y\n'.repeat(20_000)));
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    process.env.TELISIK_PSEUDONYM_KEY = 'ingest-stage-test-pseudonym-key';
  });
  afterAll(async () => {
    if (previousKey === undefined) delete process.env.TELISIK_PSEUDONYM_KEY;
    else process.env.TELISIK_PSEUDONYM_KEY = previousKey;
    await rm(dir, { recursive: true, force: true });
  });

  const runIn = (name: string, inputs: readonly string[]): RunSpec => ({
    runId: `ingest-${name}`,
    warehousePath: join(dir, name, 'warehouse.duckdb'),
    outDir: join(dir, name),
    inputs,
    stages: ['ingest', 'report'],
  });

  it('fails the run when an input file fails, naming the file, once (bad input), after loading the good files', async () => {
    const registry = await loadStageRegistry(defaultRegistryModule());
    const history = recorder();
    const run = runIn('inline-bad', [good, goodGz, truncated]);
    const runner = new InlineRunner({ registry, log: SILENT_LOG, history });
    await expect(runRecorded(runner, history, run, 'test')).rejects.toThrow(truncated);

    expect(history.finished).toHaveLength(1);
    expect(history.finished[0]?.status).toBe('failed');
    expect(history.finished[0]?.error).toContain(truncated);
    // Bad input: one attempt, no retry.
    expect(history.updates).toContainEqual(
      expect.objectContaining({ stage: 'ingest', partition: 'extract/all', status: 'failed', attempts: 1 }),
    );
    // The report stage never ran: the run did not pretend to finish.
    expect(history.updates.some((u) => u.stage === 'report')).toBe(false);

    const files = await withWarehouse(run.warehousePath, { readOnly: true }, async (c) =>
      (
        await c.runAndReadAll('SELECT path, status, rows_read, rows_loaded, rows_quarantined FROM ingest_files ORDER BY path')
      ).getRowsJson(),
    );
    expect(files).toEqual([
      [truncated, 'failed', '0', '0', '0'],
      [goodGz, 'loaded', '2', '2', '0'],
      [good, 'loaded', '3', '2', '1'],
    ]);
  });

  it('fails the run (not "done") when ingestion records a file as failed and goes on with the others', async () => {
    const registry = await loadStageRegistry(defaultRegistryModule());
    const history = recorder();
    // An unterminated quote swallows the lines after it: the file fails whole, by itself.
    const broken = join(dir, 'members-broken.csv');
    await writeFile(
      broken,
      `${MEMBERS.split('\n')[0]}\n"3171011505850001,0001234567890,1985-05-15,L,31,3171,PPU,2,2014-01-01,2010-03-01,5000000\n${MEMBERS.split('\n')[2]}\n`,
    );
    const run = runIn('inline-failed-file', [goodGz, broken]);
    const runner = new InlineRunner({ registry, log: SILENT_LOG, history });
    await expect(runRecorded(runner, history, run, 'test')).rejects.toThrow(`1 input file failed: ${broken}`);
    expect(history.finished).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(history.updates.some((u) => u.stage === 'ingest' && u.status === 'completed')).toBe(false);
    const files = await withWarehouse(run.warehousePath, { readOnly: true }, async (c) =>
      (await c.runAndReadAll('SELECT path, status FROM ingest_files ORDER BY path')).getRowsJson(),
    );
    expect(files).toEqual([
      [goodGz, 'loaded'],
      [broken, 'failed'],
    ]);
  });

  it('on workers: the failing file fails the job once (not retried as transient) and the run names it', async () => {
    const redis = useRedis();
    const prefix = testPrefix();
    const registry = await loadStageRegistry(defaultRegistryModule());
    const host = new StageWorkerHost({
      connection: redis,
      prefix,
      registryModule: defaultRegistryModule(),
      stages: ['ingest', 'report'],
      log: SILENT_LOG,
    });
    const runner = new QueuedRunner({ connection: redis, prefix, registry });
    const queue = new Queue(stageQueueName('ingest'), { connection: redis, prefix });
    const run = runIn('workers-bad', [good, truncated]);
    try {
      await host.start();
      await expect(runner.run(run)).rejects.toThrow(truncated);
      const job = await queue.getJob(taskJobId(run.runId, 'ingest', 'extract', 'all'));
      expect(await job?.getState()).toBe('failed');
      expect(job?.attemptsMade).toBe(1);
      expect(job?.failedReason).toContain(truncated);
    } finally {
      await queue.close();
      await runner.close();
      await host.close();
      await removePrefix(redis, prefix);
    }
  });

  it('reports the rows the files hold when a redelivered job finds them already loaded', async () => {
    const registry = await loadStageRegistry(defaultRegistryModule());
    const run = { ...runIn('redelivered', [good, goodGz]), stages: ['ingest'] };
    const runner = new InlineRunner({ registry, log: SILENT_LOG });
    const first = ingestOutputs(await runner.run(run));
    // The same job again (as BullMQ redelivers it after a crash before the acknowledgement).
    const second = ingestOutputs(await runner.run(run));

    const rowsOf = (outputs: StageOutput[]) => Object.fromEntries(outputs.map((o) => [o.name, o.rows]));
    expect(rowsOf(first)).toEqual({ raw_members: 2, raw_contributions: 2 });
    expect(rowsOf(second)).toEqual(rowsOf(first));
    expect(second.map((o) => o.detail?.['status'])).toEqual(['skipped', 'skipped']);
    expect(second.map((o) => o.detail?.['rowsRead'])).toEqual(first.map((o) => o.detail?.['rowsRead']));
    // And the warehouse holds exactly that: nothing was added twice.
    const counts = await withWarehouse(run.warehousePath, { readOnly: true }, async (c) =>
      (
        await c.runAndReadAll('SELECT (SELECT count(*) FROM raw_members)::INTEGER, (SELECT count(*) FROM raw_contributions)::INTEGER')
      ).getRows(),
    );
    expect(counts).toEqual([[2, 2]]);
  });
});
