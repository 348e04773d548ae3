// One worker thread's warehouse session, steered by the test through messages. The
// SharedArrayBuffer counts sessions inside the file at once across every thread, which is
// what the lock must keep at one while a writer is inside.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { withTelisikWarehouse } from '../warehouse-session.js';

export interface WriterThreadData {
  readonly path: string;
  readonly readOnly: boolean;
  /** How long to wait for the lock; undefined: the session's default. */
  readonly lockWaitMs?: number;
  /** Stay inside until the parent posts 'release'. */
  readonly hold: boolean;
  /** [sessions inside now, most ever inside at once, writers inside now]. */
  readonly inside: SharedArrayBuffer;
}

const data = workerData as WriterThreadData;
const port = parentPort;
if (!port) throw new Error('writer-thread-task runs in a worker thread');
const counters = new Int32Array(data.inside);
const released = new Promise<void>((resolve) =>
  port.on('message', (m) => {
    if (m === 'release') resolve();
  }),
);

try {
  port.postMessage({ kind: 'attempting' });
  await withTelisikWarehouse(
    data.path,
    { readOnly: data.readOnly, ...(data.lockWaitMs !== undefined ? { lockWaitMs: data.lockWaitMs } : {}) },
    async (w) => {
      const now = Atomics.add(counters, 0, 1) + 1;
      if (!data.readOnly) Atomics.add(counters, 2, 1);
      for (let seen = Atomics.load(counters, 1); now > seen; seen = Atomics.load(counters, 1)) {
        if (Atomics.compareExchange(counters, 1, seen, now) === seen) break;
      }
      try {
        if (!data.readOnly) {
          await w.run('CREATE TABLE IF NOT EXISTS thread_writes (thread INTEGER, i INTEGER)');
          await w.run('INSERT INTO thread_writes SELECT $1::INTEGER, i::INTEGER FROM range(1000) t(i)', [threadId]);
        } else {
          await w.query('SELECT count(*) FROM ingest_files');
        }
        port.postMessage({ kind: 'inside' });
        if (data.hold) await released;
      } finally {
        if (!data.readOnly) Atomics.sub(counters, 2, 1);
        Atomics.sub(counters, 0, 1);
      }
    },
  );
  port.postMessage({ kind: 'done' });
} catch (err) {
  port.postMessage({
    kind: 'failed',
    name: err instanceof Error ? err.name : 'Error',
    message: err instanceof Error ? err.message : String(err),
  });
}
port.close();
