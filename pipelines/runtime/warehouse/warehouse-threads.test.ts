// Two worker threads of one process opening the same warehouse, as a sandboxed stage
// (fraud, credit train) and another job do. DuckDB's file lock does not separate them
// (it is per process), so the warehouse lock must: while a writer is inside, a second
// session waits, or gets a TransientError when told not to wait, never opens the file too.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../features/warehouse/index.js';
import type { WriterThreadData } from './test-support/writer-thread-task.js';

const ENTRY = new URL('./test-support/writer-thread.mjs', import.meta.url);

type ThreadMessage = { kind: 'attempting' | 'inside' | 'done' } | { kind: 'failed'; name: string; message: string };

interface TestThread {
  readonly worker: Worker;
  /** Resolves with the first message of one of `kinds` (earlier ones included). */
  next(...kinds: ThreadMessage['kind'][]): Promise<ThreadMessage>;
  release(): void;
}

function startThread(data: WriterThreadData): TestThread {
  const worker = new Worker(ENTRY, { workerData: data });
  const seen: ThreadMessage[] = [];
  const waiters: Array<{ kinds: ThreadMessage['kind'][]; resolve: (m: ThreadMessage) => void }> = [];
  worker.on('message', (m: ThreadMessage) => {
    seen.push(m);
    for (const w of waiters.splice(0)) {
      if (w.kinds.includes(m.kind)) w.resolve(m);
      else waiters.push(w);
    }
  });
  worker.on('error', (err) => {
    const failed: ThreadMessage = { kind: 'failed', name: err.name, message: err.message };
    seen.push(failed);
    for (const w of waiters.splice(0)) w.resolve(failed);
  });
  return {
    worker,
    next: (...kinds) => {
      const earlier = seen.find((m) => kinds.includes(m.kind) || m.kind === 'failed');
      if (earlier) return Promise.resolve(earlier);
      return new Promise((resolve) => waiters.push({ kinds: [...kinds, 'failed'], resolve }));
    },
    release: () => worker.postMessage('release'),
  };
}

describe('warehouse sessions in two worker threads', () => {
  let dir: string;
  let path: string;
  let inside: SharedArrayBuffer;
  let counters: Int32Array;
  const threads: TestThread[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'telisik-threads-'));
    path = join(dir, 'warehouse.duckdb');
    await (await openWarehouse(path)).close();
    inside = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
    counters = new Int32Array(inside);
  });
  afterEach(async () => {
    await Promise.all(threads.splice(0).map((t) => t.worker.terminate()));
    await rm(dir, { recursive: true, force: true });
  });

  const thread = (data: Omit<WriterThreadData, 'path' | 'inside'>): TestThread => {
    const t = startThread({ path, inside, ...data });
    threads.push(t);
    return t;
  };

  it('refuses a second writer with a TransientError while the first is inside', async () => {
    const first = thread({ readOnly: false, hold: true });
    expect(await first.next('inside')).toEqual({ kind: 'inside' });

    const second = thread({ readOnly: false, hold: false, lockWaitMs: 0 });
    const outcome = await second.next('done');
    expect(outcome).toMatchObject({ kind: 'failed', name: 'TransientError' });
    expect(Atomics.load(counters, 1)).toBe(1);

    first.release();
    expect(await first.next('done')).toEqual({ kind: 'done' });
  });

  it('refuses a reader while a writer is inside (DuckDB would let it open the file)', async () => {
    const writer = thread({ readOnly: false, hold: true });
    expect(await writer.next('inside')).toEqual({ kind: 'inside' });

    const reader = thread({ readOnly: true, hold: false, lockWaitMs: 0 });
    expect(await reader.next('done')).toMatchObject({ kind: 'failed', name: 'TransientError' });
    expect(Atomics.load(counters, 1)).toBe(1);
    writer.release();
    expect(await writer.next('done')).toEqual({ kind: 'done' });
  });

  it('lets a waiting writer in only after the first has closed, and keeps both writes', async () => {
    const first = thread({ readOnly: false, hold: true });
    expect(await first.next('inside')).toEqual({ kind: 'inside' });
    const second = thread({ readOnly: false, hold: false });
    expect(await second.next('attempting')).toEqual({ kind: 'attempting' });
    // Give the second thread time to reach the lock (the assertion holds however long this is).
    await sleep(300);
    expect(Atomics.load(counters, 1)).toBe(1);
    first.release();
    expect(await first.next('done')).toEqual({ kind: 'done' });
    expect(await second.next('done')).toEqual({ kind: 'done' });
    expect(Atomics.load(counters, 1)).toBe(1);

    const w = await openWarehouse(path, { readOnly: true });
    try {
      const rows = await w.query<{ n: bigint }>('SELECT count(*) AS n FROM thread_writes GROUP BY thread ORDER BY thread');
      expect(rows.map((r) => Number(r.n))).toEqual([1000, 1000]);
    } finally {
      await w.close();
    }
  });

  it('lets readers in together', async () => {
    const first = thread({ readOnly: true, hold: true });
    expect(await first.next('inside')).toEqual({ kind: 'inside' });
    const second = thread({ readOnly: true, hold: false, lockWaitMs: 0 });
    expect(await second.next('done')).toEqual({ kind: 'done' });
    expect(Atomics.load(counters, 1)).toBe(2);
    first.release();
    expect(await first.next('done')).toEqual({ kind: 'done' });
  });
});
