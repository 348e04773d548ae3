// The access log's durable write on the embedded (DuckDB) store: a batch of rows is one
// synchronous append (O_DSYNC) to a journal file beside the database, and the rows move into
// the score_access_log table later, many batches to one commit. A bank's request waits for
// one disk write instead of DuckDB's chain of appender, BEGIN, flush and COMMIT (four
// thread-pool round trips, a WAL write and sync, and checkpoints now and then): on this
// 2-core machine under load that chain was the score route's tail. Credit bench
// (pipelines/bench/credit.bench.ts), the two versions back to back at a load average of
// 19-22: p99 ratio to the bare route 2.04 -> 1.15, score p99 153 -> 85 ms, server CPU
// 629 -> 270 us a request, 593 -> 862 requests/s served of the 1,000 offered.
//
// Nothing is lost: a row's promise resolves only once its line is on disk; reads of the
// log first move every journalled row into the table (`settle`); a failed move keeps the
// segment and is retried; a crash leaves the segments on disk and the next open moves
// their rows in (skipping rows the table already holds, and lines torn by the crash, whose
// requests never got an answer). The journal holds exactly what the table holds: member
// keys are pseudonymous, as in the database file beside it.
//
// Segments: new rows go to the current segment; a move opens the next segment first, waits
// for the writes still in flight to the old one, commits its rows to the table, then
// deletes it. Rows stay in memory until moved: a move starts every SETTLE_INTERVAL_MS or at
// SETTLE_MAX_ROWS; while moves fail (the table unwritable), every unmoved segment is kept.
import { hash } from 'node:crypto';
import { constants, write } from 'node:fs';
import { open, readdir, readFile, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SqlValue } from './driver.js';

export type JournalRow = readonly SqlValue[];

/** What the journal needs from the store: commit rows to the table, and say which ids it already holds. */
export interface JournalTarget {
  /** Commits the rows in one transaction, all or none. */
  moveRows(rows: readonly JournalRow[]): Promise<void>;
  /** Of these rows (column 0 is the id), the ids the table already holds: a crash can fall between a move's commit and the segment's deletion. */
  heldIds(rows: readonly JournalRow[]): Promise<ReadonlySet<string>>;
}

/**
 * How often journalled rows move into the table (ms). At 1,000 requests/s, 250 rows a move:
 * the appender's flush of one move runs on the event loop (~1 ms), so larger moves would
 * show in the route's tail; smaller ones cost a commit (and a segment file) each.
 */
const SETTLE_INTERVAL_MS = 250;
/**
 * Journal writes in flight at once (the access log's group commit, append-batcher.ts): rows
 * arriving during a write start the next one at once rather than waiting for it, so a
 * request waits for one disk write, its own (appends to one O_APPEND file never interleave).
 * Each write holds one of libuv's 4 pool threads while the disk syncs: 3 leaves one for the
 * moves' commits. Credit bench (pipelines/bench/credit.bench.ts), 1 and 3 alternated at a
 * load of 15-19, inside the server per 5 s slice: with 1 a row's wait was 1.5-2.1x the
 * write's at p50 and 11-60 ms above it at p99; with 3, 1.0-1.4x and mostly within 10 ms.
 * What is left is the disk write itself, which grows with the machine's load.
 */
export const JOURNAL_WRITES_IN_FLIGHT = 3;
/** Rows waiting in memory before a move starts regardless of the interval (a burst). */
const SETTLE_MAX_ROWS = 5_000;
/** Length of the hex checksum before each line: enough to tell a torn line from a whole one. */
const CHECKSUM_HEX = 16;

/**
 * Each write is on disk when it returns (data and the size it grew to, not the times), as
 * a commit is: no second round trip for an fdatasync. Where the platform has no O_DSYNC,
 * O_SYNC does the same with the metadata too.
 */
const SEGMENT_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_APPEND | (constants.O_DSYNC ?? constants.O_SYNC);

// one-shot hash: no Hash object per batch (about half the cost); the same digest as before
const checksum = (json: string): string => hash('sha256', json, 'hex').slice(0, CHECKSUM_HEX);

/**
 * One batch as a segment line: newline, checksum, space, JSON array of rows, newline. The
 * leading newline ends a line a failed write left torn, so the next batch is read whole.
 */
export function journalLine(rows: readonly JournalRow[]): Buffer {
  const json = JSON.stringify(rows);
  return Buffer.from(`\n${checksum(json)} ${json}\n`);
}

/** The rows of a segment file's whole lines; a line torn by a crash (or its zeros) is skipped. */
export async function readSegment(path: string): Promise<JournalRow[]> {
  const rows: JournalRow[] = [];
  for (const raw of (await readFile(path, 'utf8')).split('\n')) {
    const line = raw.replace(/^\0+/, '');
    const json = line.slice(CHECKSUM_HEX + 1);
    if (line.length <= CHECKSUM_HEX + 1 || line.slice(0, CHECKSUM_HEX) !== checksum(json)) continue;
    rows.push(...(JSON.parse(json) as JournalRow[]));
  }
  return rows;
}

/** Makes a created file's name durable (its directory entry), as its O_DSYNC writes are. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Segment files sort by name in the order they were opened. */
export const segmentPath = (prefix: string, seq: number): string => `${prefix}.${String(seq).padStart(9, '0')}`;

/** Creates segment `seq` and makes its name durable before any row is written to it. */
async function createSegment(prefix: string, seq: number): Promise<Segment> {
  const path = segmentPath(prefix, seq);
  const handle = await open(path, SEGMENT_FLAGS, 0o600);
  await syncDirectory(dirname(path));
  return { path, handle, rows: [], writing: new Set() };
}

/** Closes and deletes a segment whose rows are in the table (a crash before the deletion only repeats ids heldIds finds). */
async function removeSegment(segment: Segment): Promise<void> {
  await segment.handle.close();
  await unlink(segment.path);
}

interface Segment {
  readonly path: string;
  /** Written through its fd with fs.write: one thread-pool call per batch, no stream buffering. */
  readonly handle: FileHandle;
  /** Rows on disk in this segment, not yet in the table. */
  readonly rows: JournalRow[];
  /** Writes still in flight. */
  readonly writing: Set<Promise<void>>;
}

export class AccessJournal {
  /** Segments whose move has not succeeded yet: their rows go before the current segment's. */
  private readonly unmoved: Segment[] = [];
  private moving: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  /** A move is queued because the current segment is full: later writes need not queue another. */
  private full = false;

  private constructor(
    private readonly prefix: string,
    private readonly target: JournalTarget,
    private current: Segment,
    private next: number,
  ) {}

  /** Moves the rows of any segments left by a crash into the table, then opens a fresh segment. */
  static async open(prefix: string, target: JournalTarget): Promise<AccessJournal> {
    const left = await AccessJournal.segments(prefix);
    for (const { path } of left) {
      const rows = await readSegment(path);
      const held = rows.length > 0 ? await target.heldIds(rows) : new Set<string>();
      const missing = rows.filter((r) => !held.has(String(r[0])));
      if (missing.length > 0) await target.moveRows(missing);
      await unlink(path);
    }
    const seq = (left.at(-1)?.seq ?? 0) + 1;
    return new AccessJournal(prefix, target, await createSegment(prefix, seq), seq + 1);
  }

  private static async segments(prefix: string): Promise<{ path: string; seq: number }[]> {
    const name = `${basename(prefix)}.`;
    return (await readdir(dirname(prefix)))
      .filter((f) => f.startsWith(name) && /^\d+$/.test(f.slice(name.length)))
      .map((f) => ({ path: join(dirname(prefix), f), seq: Number(f.slice(name.length)) }))
      .sort((a, b) => a.seq - b.seq);
  }

  /** Resolves once the rows are on disk (one write); rejects if the write failed (then the request fails too). */
  write(rows: readonly JournalRow[]): Promise<void> {
    const segment = this.current;
    const line = journalLine(rows);
    const done = new Promise<void>((resolve, reject) => {
      write(segment.handle.fd, line, 0, line.length, null, (err, written) => {
        if (err) reject(err);
        else if (written !== line.length) reject(new Error(`access journal: wrote ${written} of ${line.length} bytes`));
        else {
          segment.rows.push(...rows);
          resolve();
        }
      });
    }).finally(() => segment.writing.delete(done));
    segment.writing.add(done);
    this.schedule(segment.rows.length + rows.length);
    return done;
  }

  private schedule(waiting: number): void {
    // a failed move is retried by the next write or read; its rows stay on disk meanwhile
    if (waiting >= SETTLE_MAX_ROWS) {
      if (this.full) return;
      this.full = true;
      void this.settle().catch(() => undefined);
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.settle().catch(() => undefined);
      }, SETTLE_INTERVAL_MS);
      this.timer.unref();
    }
  }

  /** Moves every row written so far into the table; resolves once committed there. */
  settle(): Promise<void> {
    const run = this.moving.then(
      () => this.moveAll(),
      () => this.moveAll(),
    );
    this.moving = run;
    return run;
  }

  private async moveAll(): Promise<void> {
    this.full = false;
    const old = this.current;
    if (old.rows.length > 0 || old.writing.size > 0) {
      // writes go on into the old segment until the new one's name is durable
      this.current = await createSegment(this.prefix, this.next++);
      this.unmoved.push(old);
    }
    while (this.unmoved.length > 0) {
      const segment = this.unmoved[0]!;
      await Promise.allSettled([...segment.writing]);
      if (segment.rows.length > 0) await this.target.moveRows(segment.rows);
      // moved: never again, even if the deletion below fails
      segment.rows.length = 0;
      this.unmoved.shift();
      await removeSegment(segment);
    }
  }

  /** Moves every row in and removes the journal's files; call once no write is in flight. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.settle();
    await Promise.allSettled([...this.current.writing]);
    if (this.current.rows.length > 0) await this.settle();
    await removeSegment(this.current);
  }
}
