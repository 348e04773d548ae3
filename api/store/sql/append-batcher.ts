// Group commit for the access log: appends that arrive while a write is in flight go
// together in the next INSERT. Each caller's promise resolves only after its own row is
// committed, so "written before the response" holds; what batching buys is one commit
// (DuckDB: one WAL sync, about 1-8 ms here) for many requests instead of one each.
import type { SqlExecutor, SqlValue } from './driver.js';

export interface AppendBatcherOptions {
  /** Table and columns of the INSERT. */
  readonly table: string;
  readonly columns: readonly string[];
  /**
   * Extra wait for company before a batch starts (ms). 0 starts at the end of the current
   * event-loop turn: under load the in-flight write already gathers the next batch.
   */
  readonly windowMs: number;
  /**
   * Rows per INSERT at most. DuckDB's binder slows sharply on long parameterised VALUES
   * lists (measured: 10 rows ~2.5 ms, 50 ~8 ms, 250 ~120 ms), so batches stay short.
   */
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
    private readonly db: SqlExecutor,
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
    });
    return this.writing;
  }

  private async writeWhilePending(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.options.maxRows);
      try {
        await this.db.query(
          this.insertSql(batch.length),
          batch.flatMap((p) => p.values),
        );
        for (const p of batch) p.resolve();
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
  }

  private insertSql(rows: number): string {
    const width = this.options.columns.length;
    const tuples = Array.from(
      { length: rows },
      (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
    );
    return `INSERT INTO ${this.options.table} (${this.options.columns.join(', ')}) VALUES ${tuples.join(', ')}`;
  }
}
