// A registry module for shared-warehouse.test.ts, shaped like the product's run on one
// warehouse: a partitioned main-thread writer (like ingest), a CPU-heavy stage that opens
// the warehouse writable from a worker thread (like fraud), and a read-only reader (like
// report). Each run writes tables named after its `tag`, so two runs on one warehouse can
// each be compared with an inline run of the same spec. Every session appends its entry
// and exit to `params.sessionLog`, from any thread, so a test can see whether a writer was
// ever inside together with anyone else.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';
import { writeFileAtomic } from '../../../../features/snapshot/index.js';
import { defineStage } from '../../stages/stage-definition.js';
import type { RunSpec } from '../../stages/stage-definition.js';
import { StageRegistry } from '../../stages/stage-registry.js';
import { replacePartitionRows, replaceTableAtomic, withTelisikWarehouse, withWarehouse } from '../warehouse-session.js';

export interface SessionEvent {
  readonly event: 'enter' | 'exit';
  readonly mode: 'read' | 'write';
  readonly session: string;
}

/** How long a session stays inside unless another session enters meanwhile (only widens the window). */
const LINGER_MS = 400;

function tagOf(run: RunSpec): string {
  const tag = String(run.params?.['tag'] ?? '');
  if (!/^[a-z]+$/.test(tag)) throw new Error(`run ${run.runId}: params.tag must be lowercase letters`);
  return tag;
}

function record(run: RunSpec, event: SessionEvent): void {
  const log = run.params?.['sessionLog'];
  if (typeof log === 'string') appendFileSync(log, `${JSON.stringify(event)}\n`);
}

export function readSessionLog(path: string): SessionEvent[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SessionEvent);
}

/** Most sessions inside at once when a writer was among them (1 when writers were alone). */
export function widestWriterOverlap(events: readonly SessionEvent[]): number {
  const open = new Map<string, SessionEvent['mode']>();
  let widest = 0;
  for (const e of events) {
    if (e.event === 'enter') open.set(e.session, e.mode);
    else open.delete(e.session);
    if ([...open.values()].includes('write')) widest = Math.max(widest, open.size);
  }
  return widest;
}

/**
 * Marks a session in the log and lingers a little inside it, leaving early once another
 * session enters: without a lock, two runs' sessions meet here for certain.
 */
async function inSession<T>(run: RunSpec, mode: SessionEvent['mode'], label: string, work: () => Promise<T>): Promise<T> {
  const session = `${run.runId}/${label}/${threadId}/${Math.random().toString(36).slice(2)}`;
  record(run, { event: 'enter', mode, session });
  try {
    const result = await work();
    const log = run.params?.['sessionLog'];
    if (typeof log === 'string') {
      const entered = readSessionLog(log).filter((e) => e.event === 'enter').length;
      for (let waited = 0; waited < LINGER_MS; waited += 20) {
        if (readSessionLog(log).filter((e) => e.event === 'enter').length > entered) break;
        await sleep(20);
      }
    }
    return result;
  } finally {
    record(run, { event: 'exit', mode, session });
  }
}

const load = defineStage({
  name: 'load',
  description: 'Main-thread writer: rows per partition, like ingestion.',
  retry: { attempts: 3, backoff: { type: 'fixed', delay: 100 } },
  processors: [
    {
      name: 'rows',
      description: '200 rows per partition, replaced atomically.',
      partitions: () => ['jawa', 'bali', 'papua'],
      async process(task) {
        const { run, partition } = task;
        const table = `t_${tagOf(run)}_ledger`;
        const rows = await withWarehouse(run.warehousePath, {}, (c) =>
          inSession(run, 'write', `load-${partition}`, () =>
            replacePartitionRows(
              c,
              table,
              'partition',
              partition,
              `
          SELECT '${partition}' AS partition, i::INTEGER AS seq, (i * 7919 % 1000 + length('${partition}'))::BIGINT AS amount
          FROM range(200) t(i)`,
            ),
          ),
        );
        return { outputs: [{ kind: 'table', name: `${table}[${partition}]`, rows }] };
      },
    },
  ],
});

const model = defineStage({
  name: 'model',
  description: 'Worker-thread writer on the telisik warehouse (schema migrated on open), like the fraud stage.',
  cpuHeavy: true,
  retry: { attempts: 3, backoff: { type: 'fixed', delay: 100 } },
  processors: [
    {
      name: 'scores',
      description: 'A score per ledger row computed in JS, written back as a table.',
      async process(task) {
        const { run } = task;
        const tag = tagOf(run);
        const rows = await withTelisikWarehouse(run.warehousePath, {}, (w) =>
          inSession(run, 'write', 'model', async () => {
            const ledger = await w.query<{ partition: string; seq: number; amount: bigint }>(
              `SELECT partition, seq, amount FROM t_${tag}_ledger ORDER BY partition, seq`,
            );
            await w.run(`CREATE OR REPLACE TABLE t_${tag}_scores (partition VARCHAR, seq INTEGER, score DOUBLE)`);
            const appender = await w.connection.createAppender(`t_${tag}_scores`);
            for (const r of ledger) {
              let score = Number(r.amount);
              for (let k = 0; k < 2_000; k++) score = Math.sqrt(score * score + k) % 997;
              appender.appendVarchar(r.partition);
              appender.appendInteger(r.seq);
              appender.appendDouble(score);
              appender.endRow();
            }
            appender.closeSync();
            return ledger.length;
          }),
        );
        const { isMainThread } = await import('node:worker_threads');
        return { outputs: [{ kind: 'table', name: `t_${tag}_scores`, rows, detail: { mainThread: isMainThread } }] };
      },
    },
  ],
});

const report = defineStage({
  name: 'report',
  description: 'Read-only reader, then a main-thread publish writing a summary table.',
  retry: { attempts: 3, backoff: { type: 'fixed', delay: 100 } },
  processors: [
    {
      name: 'summary',
      description: 'Counts per partition as JSON; summary table on publish.',
      async process(task) {
        const { run } = task;
        const tag = tagOf(run);
        const counts = await withWarehouse(run.warehousePath, { readOnly: true }, (c) =>
          inSession(run, 'read', 'report', async () =>
            (
              await c.runAndReadAll(`SELECT partition, count(*)::INTEGER AS n FROM t_${tag}_scores GROUP BY ALL ORDER BY ALL`)
            ).getRowObjectsJson(),
          ),
        );
        await writeFileAtomic(join(run.outDir, `report-${tag}.json`), `${JSON.stringify(counts)}\n`);
        return { outputs: [{ kind: 'report', name: `report-${tag}.json`, rows: counts.length }] };
      },
      async publish(run) {
        const tag = tagOf(run);
        const rows = await withWarehouse(run.warehousePath, {}, (c) =>
          inSession(run, 'write', 'publish', () =>
            replaceTableAtomic(
              c,
              `t_${tag}_summary`,
              `
          SELECT l.partition, count(*) AS n, sum(l.amount) AS amount, round(sum(s.score), 6) AS score
          FROM t_${tag}_ledger l JOIN t_${tag}_scores s USING (partition, seq) GROUP BY ALL ORDER BY ALL`,
            ),
          ),
        );
        return { outputs: [{ kind: 'table', name: `t_${tag}_summary`, rows }] };
      },
    },
  ],
});

export function createStageRegistry(): StageRegistry {
  return new StageRegistry().register(load).register(model).register(report);
}

/** Every table of run `tag`, rows in a fixed order, for comparing two warehouses. */
export async function tablesOf(warehousePath: string, tag: string): Promise<Record<string, unknown[]>> {
  return withWarehouse(warehousePath, { readOnly: true }, async (c) => {
    const out: Record<string, unknown[]> = {};
    for (const name of ['ledger', 'scores', 'summary']) {
      out[name] = (await c.runAndReadAll(`SELECT * FROM t_${tag}_${name} ORDER BY ALL`)).getRowsJson();
    }
    return out;
  });
}
