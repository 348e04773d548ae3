// Warehouse access for processors. Decision (ARCHITECTURE.md: one writer): every job
// opens the DuckDB file, does its work and closes it. One writer or any number of readers
// hold the file at a time, across worker threads and processes: the warehouse lock
// (features/warehouse/warehouse-lock.ts) is taken before DuckDB opens the file, because
// DuckDB's own lock is per process and lets a second instance in (a sandboxed stage's
// thread beside a main-thread job corrupted a shared warehouse). A session waits up to
// `lockWaitMs` for the holder to leave; after that the held lock is a TransientError,
// retried with the stage's backoff. Within one thread, opens of a path also queue here,
// in order, rather than polling the lock.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { createOfflineDuckDB, ident } from '../../../data-samples/sql/index.js';
import { isDuckDBLockConflict, lockWarehouseFile, openWarehouse, WarehouseLockedError } from '../../../features/warehouse/index.js';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { TransientError } from '../stages/stage-errors.js';

/**
 * How long a job waits for another job's session on the same warehouse before failing
 * transiently: long enough for a stage's whole write (a fraud batch holds the file while it
 * trains), since waiting keeps the job's place while a retry goes to the back of the queue.
 */
export const DEFAULT_SESSION_LOCK_WAIT_MS = 10 * 60_000;

export interface WarehouseSessionOptions {
  readonly readOnly?: boolean;
  /** Default TELISIK_WAREHOUSE_LOCK_WAIT_MS or DEFAULT_SESSION_LOCK_WAIT_MS. */
  readonly lockWaitMs?: number;
}

function lockWaitOf(options: WarehouseSessionOptions): number {
  if (options.lockWaitMs !== undefined) return options.lockWaitMs;
  const raw = process.env['TELISIK_WAREHOUSE_LOCK_WAIT_MS'];
  const fromEnv = raw ? Number(raw) : Number.NaN;
  return Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_SESSION_LOCK_WAIT_MS;
}

const openChains = new Map<string, Promise<unknown>>();

/** Runs `fn` after every earlier open of `key` in this thread has finished. */
export async function serialised<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = openChains.get(key) ?? Promise.resolve();
  const next = previous.then(fn, fn);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  openChains.set(key, settled);
  try {
    return await next;
  } finally {
    if (openChains.get(key) === settled) openChains.delete(key);
  }
}

/** A held warehouse is worth retrying: decided by the error's type. */
function transientIfLocked(err: unknown): unknown {
  if (err instanceof WarehouseLockedError) return new TransientError(`${err.message}; will retry`);
  if (isDuckDBLockConflict(err))
    return new TransientError(`warehouse is locked by another process; will retry (${(err as Error).message})`);
  return err;
}

/**
 * Opens the warehouse, runs `fn` on a connection and closes everything, even on error.
 * `readOnly` lets several sessions read at once (feature partitions).
 */
export async function withWarehouse<T>(
  path: string,
  options: WarehouseSessionOptions,
  fn: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  return serialised(path, async () => {
    if (!options.readOnly) await mkdir(dirname(path), { recursive: true });
    let instance: DuckDBInstance;
    let release: () => void = () => undefined;
    try {
      release = (await lockWarehouseFile(path, options.readOnly ? 'read' : 'write', { waitMs: lockWaitOf(options) })).release;
      instance = await createOfflineDuckDB(path, { readOnly: options.readOnly ?? false });
    } catch (err) {
      release();
      throw transientIfLocked(err);
    }
    try {
      const connection = await instance.connect();
      try {
        return await fn(connection);
      } finally {
        connection.closeSync();
      }
    } finally {
      instance.closeSync();
      release();
    }
  });
}

/**
 * Opens the telisik warehouse (features/warehouse: schema migrated when writable) for one
 * job, with the same serialisation and lock handling as `withWarehouse`.
 */
export async function withTelisikWarehouse<T>(
  path: string,
  options: WarehouseSessionOptions,
  fn: (warehouse: Warehouse) => Promise<T>,
): Promise<T> {
  return serialised(path, async () => {
    let warehouse: Warehouse;
    try {
      warehouse = await openWarehouse(path, { readOnly: options.readOnly ?? false, lockWaitMs: lockWaitOf(options) });
    } catch (err) {
      throw transientIfLocked(err);
    }
    try {
      return await fn(warehouse);
    } finally {
      await warehouse.close();
    }
  });
}

/**
 * Replaces `table` with the result of `selectSql` in one transaction: built under a
 * temporary name, then renamed over the old table, so readers never see it half built.
 */
export async function replaceTableAtomic(connection: DuckDBConnection, table: string, selectSql: string): Promise<number> {
  const next = `${table}__next`;
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(`CREATE OR REPLACE TABLE ${ident(next)} AS ${selectSql}`);
    await connection.run(`DROP TABLE IF EXISTS ${ident(table)}`);
    await connection.run(`ALTER TABLE ${ident(next)} RENAME TO ${ident(table)}`);
    await connection.run('COMMIT');
  } catch (err) {
    await connection.run('ROLLBACK');
    throw err;
  }
  const count = await connection.runAndReadAll(`SELECT count(*) FROM ${ident(table)}`);
  return Number(count.getRows()[0]?.[0] ?? 0);
}

/**
 * Replaces one partition's rows of `table` (rows where `column` = `partition`) with the
 * result of `selectSql`, in one transaction: a retried partition job leaves no duplicates.
 */
export async function replacePartitionRows(
  connection: DuckDBConnection,
  table: string,
  column: string,
  partition: string,
  selectSql: string,
): Promise<number> {
  const target = ident(table);
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(`CREATE TABLE IF NOT EXISTS ${target} AS SELECT * FROM (${selectSql}) WITH NO DATA`);
    await connection.run(`DELETE FROM ${target} WHERE ${ident(column)} = $1`, [partition]);
    await connection.run(`INSERT INTO ${target} ${selectSql}`);
    await connection.run('COMMIT');
  } catch (err) {
    await connection.run('ROLLBACK');
    throw err;
  }
  const count = await connection.runAndReadAll(`SELECT count(*) FROM ${target} WHERE ${ident(column)} = $1`, [partition]);
  return Number(count.getRows()[0]?.[0] ?? 0);
}
