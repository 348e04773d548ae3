// The inline runner on its own: stages in order, transient faults retried with the
// stage's policy, bad input failed at once, and run history in the real DuckDB ops store.
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openOpsStore } from '../../../api/store/open-store.js';
import { runRecorded } from '../history/recorded-run.js';
import { SILENT_LOG } from '../runtime-log.js';
import { defineStage } from '../stages/stage-definition.js';
import type { RunSpec } from '../stages/stage-definition.js';
import { BadInputError, RunCancelledError, TransientError } from '../stages/stage-errors.js';
import { StageRegistry } from '../stages/stage-registry.js';
import { loadStageRegistry } from '../stages/registry-module.js';
import { TEST_REGISTRY_MODULE, testRun } from '../test-support/redis-fixture.js';
import { InlineRunner } from './inline-runner.js';

const RUN: RunSpec = { runId: 'inline-1', warehousePath: '/nonexistent/w.duckdb', outDir: '/nonexistent' };

describe('inline runner', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('retries a transient fault with backoff and fails bad input at once', async () => {
    const attempts: Record<string, number[]> = { flaky: [], bad: [] };
    const registry = new StageRegistry()
      .register(
        defineStage({
          name: 'flaky',
          description: 'fails once, then works',
          retry: { attempts: 3, backoff: { type: 'fixed', delay: 1 } },
          processors: [
            {
              name: 'p',
              description: 'd',
              async process(task) {
                attempts.flaky?.push(task.attempt);
                if (task.attempt === 1) throw new TransientError('warehouse locked');
                return { outputs: [{ kind: 'report', name: 'ok' }] };
              },
            },
          ],
        }),
      )
      .register(
        defineStage({
          name: 'bad',
          description: 'bad input',
          retry: { attempts: 5, backoff: { type: 'fixed', delay: 1 } },
          processors: [
            {
              name: 'p',
              description: 'd',
              async process(task) {
                attempts.bad?.push(task.attempt);
                throw new BadInputError('extract has no header');
              },
            },
          ],
        }),
      );
    const runner = new InlineRunner({ registry, log: SILENT_LOG });
    await expect(runner.run(RUN)).rejects.toThrow('extract has no header');
    expect(attempts).toEqual({ flaky: [1, 2], bad: [1] });
    const { stages } = await runner.run({ ...RUN, stages: ['flaky'] });
    expect(stages[0]?.status === 'ran' && stages[0].seconds).toBeGreaterThanOrEqual(0);
    expect(stages.map((s) => (s.status === 'ran' ? { ...s, seconds: undefined, publishSeconds: undefined } : s))).toEqual([
      {
        stage: 'flaky',
        seconds: undefined,
        publishSeconds: undefined,
        status: 'ran',
        tasks: [{ stage: 'flaky', processor: 'p', partition: 'all', outputs: [{ kind: 'report', name: 'ok' }] }],
        published: [],
      },
      { stage: 'bad', status: 'skipped', reason: 'not-requested' },
    ]);
  });

  it('writes run history to the ops store (DuckDB implementation)', async () => {
    const store = await openOpsStore('duckdb::memory:');
    try {
      const registry = await loadStageRegistry(TEST_REGISTRY_MODULE);
      const run = await testRun({ partitions: 'jawa,bali', rows: 3 });
      dirs.push(run.outDir);
      await runRecorded(new InlineRunner({ registry, log: SILENT_LOG, history: store }), store, run, 'cli');
      const record = await store.getRun(run.runId);
      expect(record).toMatchObject({ id: run.runId, status: 'succeeded', mode: 'inline', requestedBy: 'cli', error: null });
      expect(record?.stages.map((s) => `${s.stage}[${s.partition}]=${s.status}`).sort()).toEqual([
        'ledger[]=completed',
        'ledger[rows/bali]=completed',
        'ledger[rows/jawa]=completed',
        'report[]=completed',
        'report[summary/all]=completed',
        'score[]=completed',
        'score[totals/all]=completed',
      ]);

      const failing = await testRun({ partitions: 'jawa', badPartition: 'jawa' });
      dirs.push(failing.outDir);
      await expect(runRecorded(new InlineRunner({ registry, log: SILENT_LOG, history: store }), store, failing, 'cli')).rejects.toThrow(
        /malformed/,
      );
      const failed = await store.getRun(failing.runId);
      expect(failed).toMatchObject({ status: 'failed', error: 'partition jawa has a malformed extract' });
      expect(failed?.stages.map((s) => `${s.stage}[${s.partition}]=${s.status}:${s.attempts}`).sort()).toEqual([
        'ledger[]=failed:0',
        'ledger[rows/jawa]=failed:1',
      ]);
    } finally {
      await store.close();
    }
  });

  it('stops a run when its signal aborts: rejects as cancelled, records it so, starts nothing after', async () => {
    const started: string[] = [];
    let holding: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    const registry = new StageRegistry()
      .register(
        defineStage({
          name: 'slow',
          description: 'never finishes by itself',
          processors: [
            {
              name: 'p',
              description: 'd',
              async process() {
                started.push('slow');
                holding();
                return new Promise<never>(() => undefined);
              },
            },
          ],
        }),
      )
      .register(
        defineStage({
          name: 'after',
          description: 'must not start',
          processors: [
            {
              name: 'p',
              description: 'd',
              async process() {
                started.push('after');
                return { outputs: [] };
              },
            },
          ],
        }),
      );
    const store = await openOpsStore('duckdb::memory:');
    try {
      const controller = new AbortController();
      const run = { ...RUN, runId: 'inline-cancel' };
      const finished = runRecorded(new InlineRunner({ registry, log: SILENT_LOG, history: store }), store, run, 'cli', undefined, {
        signal: controller.signal,
      });
      finished.catch(() => undefined);
      await held;
      controller.abort('SIGTERM received');
      const err = await finished.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(RunCancelledError);
      expect((err as Error).message).toBe('run inline-cancel cancelled: SIGTERM received');
      expect(started).toEqual(['slow']);
      const record = await store.getRun('inline-cancel');
      expect(record).toMatchObject({ status: 'cancelled', error: 'run inline-cancel cancelled: SIGTERM received' });
      expect(record?.stages.map((s) => `${s.stage}[${s.partition}]=${s.status}`).sort()).toEqual(['slow[]=failed', 'slow[p/all]=failed']);
    } finally {
      await store.close();
    }
  }, 20_000);
});
