// What the shared SQL needs from a database: run one parameterised statement ($1, $2, ...)
// and get plain row objects back, run a block exclusively (migrations), close.
// PostgreSQL and DuckDB both accept `$n` parameters, so the statements are written once.

export type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, unknown>;

export interface SqlExecutor {
  /** Runs one statement; returns its rows (empty for statements without a result). */
  query(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
}

/** How an appended value is typed (DuckDB's appender writes typed values, not text to cast). */
export type AppendColumnType = 'text' | 'timestamptz' | 'double';

export interface SqlDriver extends SqlExecutor {
  readonly dialect: 'postgres' | 'duckdb';
  /**
   * Runs `work` in one transaction that no other instance of the store runs at the same
   * time (PostgreSQL: an advisory lock, since several API instances may start together;
   * DuckDB: one process owns the file, so the connection's own queue is enough).
   */
  exclusive<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Appends rows in one commit, all or none, resolving once it is committed (timestamps as
   * ISO 8601 text). Only where it beats a multi-row INSERT (DuckDB's appender: no statement
   * to bind and plan); the store falls back on the INSERT without it.
   */
  appendRows?(table: string, types: readonly AppendColumnType[], rows: readonly (readonly SqlValue[])[]): Promise<void>;
  close(): Promise<void>;
}
