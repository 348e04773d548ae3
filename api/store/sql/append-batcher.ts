// Group commit for the access log: appends that arrive while a write is in flight go
// together in the next one. Each caller's promise resolves only after the commit holding
// its row, and rejects when that commit failed (then none of the batch's rows is written),
// so "written before the response" holds: a response is never sent for a row that is not
// in the log. A crash loses only rows whose commit had not finished, and none of those
// requests got its answer. What batching buys is one commit (DuckDB: one WAL write and
// sync) for many requests instead of one each.
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
}

interface Pending {
  readonly values: readonly SqlValue[];
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
}

export class AppendBatcher {
  private pending: Pending[] = [];
  private scheduled = false;
  private writing: Promise<void> | null = null;

  constructor(
    private readonly write: WriteRows,
    private readonly options: AppendBatcherOptions,
  ) {}

  /** Resolves once the row is committed; rejects if its batch failed. */
  append(values: readonly SqlValue[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ values, resolve, reject });
      this.schedule();
    });
  }

  /** Writes whatever is waiting; used on close. */
  async drain(): Promise<void> {
    while (this.writing || this.pending.length > 0) {
      if (this.writing) await this.writing;
      else await this.start();
    }
  }

  private schedule(): void {
    // A running write picks up new rows when it finishes; otherwise start one shortly.
    if (this.scheduled || this.writing) return;
    this.scheduled = true;
    const go = () => {
      this.scheduled = false;
      void this.start();
    };
    if (this.options.windowMs > 0) setTimeout(go, this.options.windowMs);
    else setImmediate(go);
  }

  private start(): Promise<void> {
    if (this.writing || this.pending.length === 0) return this.writing ?? Promise.resolve();
    this.writing = this.writeWhilePending().finally(() => {
      this.writing = null;
      // a row appended between the loop's last check and this callback saw a write in flight
      // and did not schedule one: without this it would wait for the next append
      if (this.pending.length > 0) this.schedule();
    });
    return this.writing;
  }

  private async writeWhilePending(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.options.maxRows);
      try {
        await this.write(batch.map((p) => p.values));
        for (const p of batch) p.resolve();
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
  }
}
