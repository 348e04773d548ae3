// Group commit for the access log: appends that arrive while a write is in flight go
// together in the next one. Each caller's promise resolves only after the commit holding
// its row, and rejects when that commit failed (then none of the batch's rows is written),
// so "written before the response" holds: a response is never sent for a row that is not
// in the log. A crash loses only rows whose commit had not finished, and none of those
// requests got its answer. What batching buys is one commit (DuckDB: one WAL write and
// sync) for many requests instead of one each.
//
// With maxInFlight above 1, rows that arrive while a commit is in flight start the next
// commit at once instead of waiting for it (up to that many at a time): a request then
// waits for one commit, its own, not for the rest of another one first. Each row still
// resolves only with its own commit; commits may finish in any order.
import type { SqlValue } from './driver.js';

/** Writes rows in one commit, all or none, resolving once committed. */
type WriteRows = (rows: readonly (readonly SqlValue[])[]) => Promise<void>;

export interface AppendBatcherOptions {
  /**
   * Extra wait for company before a batch starts (ms). 0 starts at the end of the current
   * event-loop turn: under load the in-flight write already gathers the next batch.
   */
  readonly windowMs: number;
  /** Rows per commit at most. */
  readonly maxRows: number;
  /** Commits in flight at once (default 1: the next batch waits for the running commit). */
  readonly maxInFlight?: number;
}

interface Pending {
  readonly values: readonly SqlValue[];
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
}

export class AppendBatcher {
  private pending: Pending[] = [];
  private scheduled = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly maxInFlight: number;

  constructor(
    private readonly write: WriteRows,
    private readonly options: AppendBatcherOptions,
  ) {
    this.maxInFlight = options.maxInFlight ?? 1;
    if (!Number.isInteger(this.maxInFlight) || this.maxInFlight < 1) throw new Error('maxInFlight must be a whole number from 1');
  }

  /** Resolves once the row is committed; rejects if its batch failed. */
  append(values: readonly SqlValue[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ values, resolve, reject });
      this.schedule();
    });
  }

  /** Writes whatever is waiting; used on close. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0 || this.pending.length > 0) {
      if (this.inFlight.size > 0) await Promise.race(this.inFlight);
      else this.startBatch();
    }
  }

  private schedule(): void {
    // A commit finishing starts the next batch; otherwise start one shortly.
    if (this.scheduled || this.inFlight.size >= this.maxInFlight) return;
    this.scheduled = true;
    const go = () => {
      this.scheduled = false;
      this.startBatch();
    };
    if (this.options.windowMs > 0) setTimeout(go, this.options.windowMs);
    else setImmediate(go);
  }

  private startBatch(): void {
    if (this.inFlight.size >= this.maxInFlight || this.pending.length === 0) return;
    const batch = this.pending.splice(0, this.options.maxRows);
    const commit = this.commit(batch).finally(() => {
      this.inFlight.delete(commit);
      // rows that arrived while every slot was taken did not schedule a batch: start it now
      // (no extra turn: they have waited for a commit already, company gathered meanwhile)
      if (this.pending.length > 0) this.startBatch();
    });
    this.inFlight.add(commit);
    // a burst beyond maxRows and a free slot: the rest goes in another commit at once
    if (this.pending.length > 0) this.schedule();
  }

  private async commit(batch: readonly Pending[]): Promise<void> {
    try {
      await this.write(batch.map((p) => p.values));
      for (const p of batch) p.resolve();
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
}
