// A small pipeline for the runtime's own tests, shaped like the real one: a partitioned
// stage writing DuckDB rows and an Arrow snapshot, an empty stage, a CPU-heavy sandboxed
// stage reading the snapshot, and a report. Behaviour is steered by RunSpec.params.
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Float64, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { publishSnapshot, readSnapshot, writeArrowSnapshot, writeFileAtomic } from '../../../features/snapshot/index.js';
import { defineStage } from '../stages/stage-definition.js';
import type { RunSpec } from '../stages/stage-definition.js';
import { BadInputError } from '../stages/stage-errors.js';
import { StageRegistry } from '../stages/stage-registry.js';
import { replacePartitionRows, replaceTableAtomic, withWarehouse } from '../warehouse/warehouse-session.js';

/** Set in a child worker's environment: that worker hangs after writing this partition. */
export const HANG_AFTER_WRITE_ENV = 'TELISIK_TEST_HANG_AFTER_WRITE';
/** Set in a child worker's environment: that worker holds this partition's job until released. */
export const HOLD_UNTIL_RELEASED_ENV = 'TELISIK_TEST_HOLD_UNTIL_RELEASED';

function param(run: RunSpec, name: string): string {
  return String(run.params?.[name] ?? '');
}

/** Partitions to write; one, "jawa", when the run names none (runs started from a RunRequest). */
function partitionsOf(run: RunSpec): string[] {
  return (param(run, 'partitions') || 'jawa').split(',').filter(Boolean);
}

/** Marker files let a test see where a worker got to without timing anything. */
export function markerPath(run: RunSpec, name: string): string {
  return join(run.outDir, `marker-${name}`);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

const ledger = defineStage({
  name: 'ledger',
  description: 'Writes deterministic contribution rows per partition into the warehouse.',
  retry: { attempts: 3, backoff: { type: 'exponential', delay: 50 } },
  processors: [
    {
      name: 'rows',
      description: 'N rows per partition, replaced atomically.',
      partitions: partitionsOf,
      async process(task) {
        const { run, partition } = task;
        if (partition === param(run, 'badPartition')) throw new BadInputError(`partition ${partition} has a malformed extract`);
        const rows = Number(param(run, 'rows') || 10);
        const written = await withWarehouse(run.warehousePath, {}, (c) =>
          replacePartitionRows(
            c,
            'test_ledger',
            'partition',
            partition,
            `
        SELECT '${partition}' AS partition, i::INTEGER AS seq, (i * 1000 + length('${partition}'))::BIGINT AS amount_paid
        FROM range(${rows}) t(i)`,
          ),
        );
        await task.reportProgress(100, `${written} rows`);
        if (process.env[HOLD_UNTIL_RELEASED_ENV] === partition) {
          // Holds the job active until the test writes the release marker (shutdown tests).
          await writeFile(markerPath(run, `holding-${partition}`), String(process.pid));
          while (!(await exists(markerPath(run, `release-${partition}`)))) await sleep(50);
        }
        if (process.env[HANG_AFTER_WRITE_ENV] === partition) {
          // Simulates a worker that dies after its output was written but before the job
          // was acknowledged: the retry must not duplicate the rows.
          await writeFile(markerPath(run, `hanging-${partition}`), String(process.pid));
          for (;;) await sleep(1_000);
        }
        return { outputs: [{ kind: 'table', name: `test_ledger[${partition}]`, rows: written }] };
      },
      async publish(run) {
        return withWarehouse(run.warehousePath, {}, async (c) => {
          const rows = await replaceTableAtomic(
            c,
            'test_ledger_summary',
            'SELECT partition, count(*) AS n, sum(amount_paid) AS total FROM test_ledger GROUP BY partition ORDER BY partition',
          );
          const snapshot = await publishSnapshot(c, 'SELECT * FROM test_ledger ORDER BY partition, seq', join(run.outDir, 'ledger.arrow'));
          return {
            outputs: [
              { kind: 'table', name: 'test_ledger_summary', rows },
              { kind: 'snapshot', name: 'ledger.arrow', rows: snapshot.rows },
            ],
          };
        });
      },
    },
  ],
});

const train = defineStage({ name: 'train', description: 'No processors yet: must be reported as skipped.' });

const score = defineStage({
  name: 'score',
  description: 'CPU-heavy: reads the Arrow snapshot in a worker thread and writes totals.',
  cpuHeavy: true,
  retry: { attempts: 2, backoff: { type: 'fixed', delay: 50 } },
  processors: [
    {
      name: 'totals',
      description: 'Totals per partition from typed arrays.',
      async process(task) {
        const snapshot = await readSnapshot(join(task.run.outDir, 'ledger.arrow'));
        const amount = snapshot.float64('amount_paid');
        const partition = snapshot.category('partition');
        const totals = new Float64Array(partition.levels.length);
        for (let i = 0; i < amount.length; i++) {
          const code = partition.codes[i] ?? 0;
          totals[code] = (totals[code] ?? 0) + (amount[i] ?? 0);
        }
        await task.reportProgress(50, 'summed');
        const table = new Table({
          partition: vectorFromArray([...partition.levels], new Utf8()),
          total: vectorFromArray(Array.from(totals), new Float64()),
        });
        const info = await writeArrowSnapshot(table, join(task.run.outDir, 'totals.arrow'));
        const { isMainThread } = await import('node:worker_threads');
        return { outputs: [{ kind: 'snapshot', name: 'totals.arrow', rows: info.rows, detail: { mainThread: isMainThread } }] };
      },
    },
  ],
});

const report = defineStage({
  name: 'report',
  description: 'Warehouse summary as JSON.',
  processors: [
    {
      name: 'summary',
      description: 'Row counts per partition.',
      async process(task) {
        const counts = await withWarehouse(task.run.warehousePath, { readOnly: true }, async (c) => {
          const reader = await c.runAndReadAll(
            'SELECT partition, count(*)::INTEGER AS n FROM test_ledger GROUP BY partition ORDER BY partition',
          );
          return reader.getRowObjectsJson();
        });
        const path = join(task.run.outDir, 'report.json');
        await writeFileAtomic(path, `${JSON.stringify({ counts }, null, 2)}\n`);
        return { outputs: [{ kind: 'report', name: 'report.json', rows: counts.length }] };
      },
    },
  ],
});

export function createStageRegistry(): StageRegistry {
  return new StageRegistry().register(ledger).register(train).register(score).register(report);
}

/** Reads a test run's outputs into plain values, for comparing two runs. */
export async function readTestOutputs(
  run: RunSpec,
): Promise<{ ledger: unknown[]; summary: unknown[]; totals: unknown[]; report: unknown }> {
  const fromWarehouse = await withWarehouse(run.warehousePath, { readOnly: true }, async (c) => ({
    ledger: (await c.runAndReadAll('SELECT * FROM test_ledger ORDER BY partition, seq')).getRowsJson(),
    summary: (await c.runAndReadAll('SELECT * FROM test_ledger_summary ORDER BY partition')).getRowsJson(),
  }));
  const totals = await readSnapshot(join(run.outDir, 'totals.arrow'));
  const report = JSON.parse(await readFile(join(run.outDir, 'report.json'), 'utf8')) as unknown;
  const levels = Array.from((totals.table.getChild('partition')?.toArray() ?? []) as Iterable<string>);
  return { ...fromWarehouse, totals: [levels, Array.from(totals.float64('total'))], report };
}

export { exists as fileExists };
