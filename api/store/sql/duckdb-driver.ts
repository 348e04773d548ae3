// An embedded DuckDB file behind the SqlDriver seam (the default: one process, no server).
// Two connections, each with its statements queued one after another: one for writes
// (DuckDB commits one writer at a time anyway, and a single queue keeps transactions from
// interleaving) and one for reads, so a key lookup never waits behind a commit. Reads see
// every write whose promise has resolved (committed, MVCC). Statements stay prepared.
import { DuckDBInstance, type DuckDBConnection, type DuckDBPreparedStatement } from '@duckdb/node-api';
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from './driver.js';

/** Nothing may reach the network for extensions (see ARCHITECTURE.md). */
const OFFLINE = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' } as const;

const READ_ONLY = /^\s*(SELECT|WITH)\b/i;

/**
 * Statements kept prepared per connection. The store's SQL is a fixed set of templates
 * (plus one INSERT per access-log batch size), so parsing and planning happen once each.
 */
const MAX_PREPARED = 64;

/** Runs work items one after another; a failure does not block the next. */
function serialQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  };
}

export async function openDuckDbDriver(path: string): Promise<SqlDriver> {
  const instance = await DuckDBInstance.create(path, OFFLINE);
  const writer = await instance.connect();
  const reader = await instance.connect();
  const writes = serialQueue();
  const reads = serialQueue();
  const writerStatements = preparedCache(writer);
  const readerStatements = preparedCache(reader);
  // Inside exclusive() (migrations), statements run unprepared: DDL must not be cached.
  const direct = (sql: string, params?: readonly SqlValue[]) => read(writer, sql, params);

  return {
    dialect: 'duckdb',
    query: (sql, params) =>
      READ_ONLY.test(sql) ? reads(() => readerStatements.run(sql, params)) : writes(() => writerStatements.run(sql, params)),
    exclusive<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      return writes(async () => {
        await writer.run('BEGIN TRANSACTION');
        try {
          const result = await work({ query: direct });
          await writer.run('COMMIT');
          return result;
        } catch (err) {
          await writer.run('ROLLBACK').catch(() => undefined);
          throw err;
        }
      });
    },
    async close() {
      await Promise.all([writes(async () => undefined), reads(async () => undefined)]);
      writerStatements.clear();
      readerStatements.clear();
      reader.closeSync();
      writer.closeSync();
      instance.closeSync();
    },
  };
}

async function read(connection: DuckDBConnection, sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
  const result = await connection.runAndReadAll(sql, params === undefined ? undefined : [...params]);
  return result.getRowObjectsJS() as SqlRow[];
}

function preparedCache(connection: DuckDBConnection) {
  const statements = new Map<string, DuckDBPreparedStatement>();
  return {
    async run(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_PREPARED) {
          // Evict the oldest; Map iteration order is insertion order.
          const [oldestSql, oldest] = statements.entries().next().value as [string, DuckDBPreparedStatement];
          oldest.destroySync();
          statements.delete(oldestSql);
        }
        statement = await connection.prepare(sql);
        statements.set(sql, statement);
      }
      if (params !== undefined && params.length > 0) statement.bind([...params]);
      else statement.clearBindings();
      return (await statement.runAndReadAll()).getRowObjectsJS() as SqlRow[];
    },
    clear(): void {
      for (const statement of statements.values()) statement.destroySync();
      statements.clear();
    },
  };
}
