// The access log's durable write on the embedded (DuckDB) store: a batch of rows is one
// synchronous write (O_DSYNC) to a journal file beside the database, and the rows move into
// the score_access_log table later, many batches to one commit. A bank's request waits for
// one disk write instead of DuckDB's chain of appender, BEGIN, flush and COMMIT (four
// thread-pool round trips, a WAL write and sync, and checkpoints now and then): on this
// 2-core machine under load that chain was the score route's tail. Credit bench
// (pipelines/bench/credit.bench.ts), the two versions back to back at a load average of
// 19-22: p99 ratio to the bare route 2.04 -> 1.15, score p99 153 -> 85 ms, server CPU
// 629 -> 270 us a request, 593 -> 862 requests/s served of the 1,000 offered.
//
// Nothing is lost: a row's promise resolves only once its frame is on disk; reads of the
// log first move every journalled row into the table (`settle`); a failed move keeps the
// segment and is retried; a crash leaves the segments on disk and the next open moves
// their rows in (skipping rows the table already holds, and frames torn by the crash, whose
// requests never got an answer). The journal holds exactly what the table holds: member
// keys are pseudonymous, as in the database file beside it.
//
// Segments (journal-segment.ts): each is zero-filled before it takes rows, so a write
// overwrites allocated blocks (data only, no size to commit) at an offset reserved for it;
// the next segment (the spare) is prepared while the current one takes writes. New rows go
// to the current segment; a move switches to the spare first, waits for the writes still in
// flight to the old one, commits its rows to the table, then deletes it. A batch that does
// not fit the current segment's zeros switches to the spare too, or, with none ready yet,
// is written past them (a slower, growing write). Rows stay in memory until moved: a move
// starts every SETTLE_INTERVAL_MS or at SETTLE_MAX_ROWS; while moves fail (the table
// unwritable), every unmoved segment is kept.
import { write } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { journalFrame } from './journal-frame.js';
import type { JournalRow } from './journal-frame.js';
import { prepareSegment, readSegment, removeSegment, SEGMENT_BYTES } from './journal-segment.js';
import type { Segment } from './journal-segment.js';

export type { JournalRow } from './journal-frame.js';

/** What the journal needs from the store: commit rows to the table, and say which ids it already holds. */
export interface JournalTarget {
  /** Commits the rows in one transaction, all or none. */
  moveRows(rows: readonly JournalRow[]): Promise<void>;
  /** Of these rows (column 0 is the id), the ids the table already holds: a crash can fall between a move's commit and the segment's deletion. */
  heldIds(rows: readonly JournalRow[]): Promise<ReadonlySet<string>>;
}

export interface AccessJournalOptions {
  /** Zero-filled bytes a segment (default SEGMENT_BYTES); tests make it small to switch segments often. */
  readonly segmentBytes?: number;
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
 * request waits for one disk write, its own (each write has its own reserved range).
 * Each write holds one of libuv's 4 pool threads while the disk syncs: 3 leaves one for the
 * moves' commits. Credit bench (pipelines/bench/credit.bench.ts), 1 and 3 alternated at a
 * load of 15-19, inside the server per 5 s slice: with 1 a row's wait was 1.5-2.1x the
 * write's at p50 and 11-60 ms above it at p99; with 3, 1.0-1.4x and mostly within 10 ms.
 * What is left is the disk write itself, which grows with the machine's load.
 */
export const JOURNAL_WRITES_IN_FLIGHT = 3;
/** Rows waiting in memory before a move starts regardless of the interval (a burst). */
const SETTLE_MAX_ROWS = 5_000;

export class AccessJournal {
  /** Segments whose move has not succeeded yet: their rows go before the current segment's. */
  private readonly unmoved: Segment[] = [];
  private moving: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  /** A move is queued because too many rows wait: later writes need not queue another. */
  private full = false;
  /** The next segment, zero-filled and durable, ready to take writes. */
  private spare: Segment | null = null;
  /** The spare being prepared, if one is. */
  private preparing: Promise<void> | null = null;

  private constructor(
    private readonly prefix: string,
    private readonly target: JournalTarget,
    private readonly segmentBytes: number,
    private current: Segment,
    private next: number,
  ) {}

  /** Moves the rows of any segments left by a crash into the table, then opens a fresh segment. */
  static async open(prefix: string, target: JournalTarget, options: AccessJournalOptions = {}): Promise<AccessJournal> {
    const left = await AccessJournal.segments(prefix);
    for (const { path } of left) {
      // a spare left by a crash reads as no rows: it never took a write
      const rows = await readSegment(path);
      const held = rows.length > 0 ? await target.heldIds(rows) : new Set<string>();
      const missing = rows.filter((r) => !held.has(String(r[0])));
      if (missing.length > 0) await target.moveRows(missing);
      await unlink(path);
    }
    const seq = (left.at(-1)?.seq ?? 0) + 1;
    const segmentBytes = options.segmentBytes ?? SEGMENT_BYTES;
    const journal = new AccessJournal(prefix, target, segmentBytes, await prepareSegment(prefix, seq, segmentBytes), seq + 1);
    // the first overflow or move switches without waiting
    await journal.prepareSpare();
    return journal;
  }

  private static async segments(prefix: string): Promise<{ path: string; seq: number }[]> {
    const name = `${basename(prefix)}.`;
    return (await readdir(dirname(prefix)))
      .filter((f) => f.startsWith(name) && /^\d+$/.test(f.slice(name.length)))
      .map((f) => ({ path: join(dirname(prefix), f), seq: Number(f.slice(name.length)) }))
      .sort((a, b) => a.seq - b.seq);
  }

  /** Starts preparing the spare unless one is ready or on its way; a failure is retried by the next move. */
  private prepareSpare(): Promise<void> {
    if (this.spare) return Promise.resolve();
    this.preparing ??= prepareSegment(this.prefix, this.next++, this.segmentBytes).then(
      (segment) => {
        this.spare = segment;
        this.preparing = null;
      },
      (err: unknown) => {
        this.preparing = null;
        throw err;
      },
    );
    const preparing = this.preparing;
    // writes do not wait for it: a failure shows where a move needs the spare
    preparing.catch(() => undefined);
    return preparing;
  }

  /** The spare takes the writes; the current segment waits for its move. */
  private switchToSpare(): void {
    this.unmoved.push(this.current);
    this.current = this.spare!;
    this.spare = null;
    void this.prepareSpare();
  }

  /** Resolves once the rows are on disk (one write); rejects if the write failed (then the request fails too). */
  write(rows: readonly JournalRow[]): Promise<void> {
    const frame = journalFrame(rows);
    // a frame larger than a whole segment is written past an empty one's zeros
    if (this.current.offset + frame.length > this.current.capacity && this.current.offset > 0 && this.spare) this.switchToSpare();
    const segment = this.current;
    const at = segment.offset;
    // reserved before the write starts: writes in flight never overlap; a failed one leaves a hole recovery skips
    segment.offset += frame.length;
    const done = new Promise<void>((resolve, reject) => {
      write(segment.handle.fd, frame, 0, frame.length, at, (err, written) => {
        if (err) reject(err);
        else if (written !== frame.length) reject(new Error(`access journal: wrote ${written} of ${frame.length} bytes`));
        else {
          segment.rows.push(...rows);
          resolve();
        }
      });
    }).finally(() => segment.writing.delete(done));
    segment.writing.add(done);
    this.schedule(this.unmoved.reduce((n, s) => n + s.rows.length, segment.rows.length + rows.length));
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
      // writes go on into the old segment until the spare is ready (a write may switch first)
      while (this.current === old && !this.spare) await this.prepareSpare();
      if (this.current === old) this.switchToSpare();
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
    // a spare still being prepared lands first, so that its file is removed too
    await this.preparing?.catch(() => undefined);
    if (this.spare) await removeSegment(this.spare);
    this.spare = null;
    await removeSegment(this.current);
  }
}
