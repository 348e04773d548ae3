// The access journal's durable write alone (api/store/sql/journal-segment.ts), the earlier
// scheme against the current one in the same directory: an O_APPEND | O_DSYNC append that
// grows the file (each write also commits the new size through the filesystem's journal)
// against a positional O_DSYNC write over a segment zero-filled beforehand (data only).
// Each round runs both, one after the other, in turns (the machine's load drifts), with
// one write at a time and with JOURNAL_WRITES_IN_FLIGHT at once, as the access log's group
// commit issues them. The frames are the journal's own: a batch of a few access-log rows.
// TELISIK_BENCH_JOURNAL_WRITES sets the writes per round and mode (default 500),
// TELISIK_BENCH_JOURNAL_ROUNDS the rounds (default 6).
import { randomUUID } from 'node:crypto';
import { constants, write } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JOURNAL_WRITES_IN_FLIGHT } from '../../api/store/sql/access-journal.js';
import { journalFrame } from '../../api/store/sql/journal-frame.js';
import { prepareSegment, removeSegment } from '../../api/store/sql/journal-segment.js';
import { quantile } from './load-generator.js';
import { loadAverage } from './summary.js';
import type { BenchFigures } from './summary.js';

const WRITES = Number(process.env.TELISIK_BENCH_JOURNAL_WRITES ?? 500);
const ROUNDS = Number(process.env.TELISIK_BENCH_JOURNAL_ROUNDS ?? 6);
/** Rows a batch: at 1,000 requests/s a journal write of ~3 ms gathers about three. */
const ROWS_PER_BATCH = 3;

type Scheme = 'append' | 'prepared';

/** A batch of access-log rows shaped as the store writes them (access-log-table.ts). */
const batch = () =>
  Array.from({ length: ROWS_PER_BATCH }, () => [
    randomUUID(),
    randomUUID(),
    `m-${randomUUID()}`,
    randomUUID(),
    'credit_scoring',
    new Date().toISOString(),
    712,
    'bench-credit-scorecard',
  ]);

/** One write: ms from the call to its callback (libuv pool thread, syscall, sync). */
function timedWrite(handle: FileHandle, frame: Buffer, at: number | null): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) =>
    write(handle.fd, frame, 0, frame.length, at, (err) => (err ? reject(err) : resolve(performance.now() - started))),
  );
}

/** `writes` frames through `inFlight` writers sharing one file, as the group commit's slots do. */
async function round(dir: string, scheme: Scheme, seq: number, inFlight: number, frames: readonly Buffer[]): Promise<number[]> {
  const bytes = frames.reduce((n, f) => n + f.length, 0);
  const prefix = join(dir, `journal-${scheme}`);
  // the prepared segment's zeros are written before the clock starts, as the spare's are
  const prepared = scheme === 'prepared' ? await prepareSegment(prefix, seq, bytes) : null;
  const handle =
    prepared?.handle ??
    (await open(
      `${prefix}.${seq}`,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_APPEND | constants.O_DSYNC,
      0o600,
    ));
  const latencies: number[] = [];
  let next = 0;
  let offset = 0;
  const writer = async () => {
    while (next < frames.length) {
      const frame = frames[next++]!;
      const at = prepared ? offset : null;
      offset += frame.length;
      latencies.push(await timedWrite(handle, frame, at));
    }
  };
  await Promise.all(Array.from({ length: inFlight }, writer));
  if (prepared) await removeSegment(prepared);
  else await handle.close();
  return latencies.sort((a, b) => a - b);
}

const ms = (v: number) => Number(v.toFixed(2));

export async function run(): Promise<BenchFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'telisik-journal-bench-'));
  const frames = Array.from({ length: WRITES }, () => journalFrame(batch()));
  const pooled = new Map<string, number[]>();
  const table: Record<string, string | number>[] = [];
  let seq = 0;
  try {
    for (let r = 0; r < ROUNDS; r++) {
      // alternate which scheme goes first, so neither always follows the other's writes
      const order: Scheme[] = r % 2 === 0 ? ['append', 'prepared'] : ['prepared', 'append'];
      for (const inFlight of [1, JOURNAL_WRITES_IN_FLIGHT])
        for (const scheme of order) {
          const lat = await round(dir, scheme, ++seq, inFlight, frames);
          const key = `${scheme} x${inFlight}`;
          pooled.set(key, (pooled.get(key) ?? []).concat(lat));
          table.push({
            round: r + 1,
            scheme: key,
            'p50 ms': ms(quantile(lat, 0.5)),
            'p99 ms': ms(quantile(lat, 0.99)),
            'max ms': ms(lat.at(-1)!),
            load: loadAverage(),
          });
        }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.table(table);
  const figures: Record<string, number> = { writes_per_round: WRITES, rounds: ROUNDS, frame_bytes: frames[0]!.length };
  for (const [key, lat] of pooled) {
    lat.sort((a, b) => a - b);
    const name = key.replace(' x', '_x');
    figures[`${name}_p50_ms`] = ms(quantile(lat, 0.5));
    figures[`${name}_p99_ms`] = ms(quantile(lat, 0.99));
  }
  console.log('pooled over rounds:', figures);
  return figures;
}
