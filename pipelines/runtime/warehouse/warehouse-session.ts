// Warehouse access for processors. Decision (ARCHITECTURE.md: one writer): every job
// opens the DuckDB file, does its work and closes it. Across processes DuckDB's file
// lock enforces one writer; a held lock is a TransientError, retried with the stage's
// backoff. Within one process DuckDB does not guard against a second instance on the same
// file, so opens are serialised here. Sandboxed (worker-thread) stages never open the
// warehouse for writing: they read Arrow snapshots and write files.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openWarehouse } from '../../../features/warehouse/index.js';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { TransientError } from '../stages/stage-errors.js';

/** Nothing may reach for the network: extensions are neither installed nor autoloaded. */
export const OFFLINE_DUCKDB_OPTIONS: Readonly<Record<string, string>> = Object.freeze({
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
});

const openChains = new Map<string, Promise<unknown>>();

/** Runs `fn` after every earlier open of `key` in this process has finished. */
export async function serialised<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = openChains.get(key) ?? Promise.resolve();
  const next = previous.then(fn, fn);
  const settled = next.then(() => undefined, () => undefined);
  openChains.set(key, settled);
  try {
    return await next;
  } finally {
    if (openChains.get(key) === settled) openChains.delete(key);
  }
}

export function isLockConflict(err: unknown): boolean {
  return err instanceof Error && /Could not set lock on file|Conflicting lock/i.test(err.message);
}

/**
 * Opens the warehouse, runs `fn` on a connection and closes everything, even on error.
 * `readOnly` lets several processes read at once (feature partitions).
 */
export async function withWarehouse<T>(
  path: string,
  options: { readOnly?: boolean },
  fn: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  return serialised(path, async () => {
    if (!options.readOnly) await mkdir(dirname(path), { recursive: true });
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, {
        ...OFFLINE_DUCKDB_OPTIONS,
        ...(options.readOnly ? { access_mode: 'READ_ONLY' } : {}),
      });
    } catch (err) {
      if (isLockConflict(err)) throw new TransientError(`warehouse ${path} is locked by another process; will retry`);
      throw err;
    }
    const connection = await instance.connect();
    try {
      return await fn(connection);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
}

/**
 * Opens the telisik warehouse (features/warehouse: schema migrated when writable) for one
 * job, with the same serialisation and lock handling as `withWarehouse`.
 */
export async function withTelisikWarehouse<T>(
  path: string,
  options: { readOnly?: boolean },
  fn: (warehouse: Warehouse) => Promise<T>,
): Promise<T> {
  return serialised(path, async () => {
    let warehouse: Warehouse;
    try {
      warehouse = await openWarehouse(path, { readOnly: options.readOnly ?? false });
    } catch (err) {
      if (isLockConflict(err)) throw new TransientError(`warehouse ${path} is locked by another process; will retry`);
      throw err;
    }
    try {
      return await fn(warehouse);
    } finally {
      await warehouse.close();
    }
  });
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Replaces `table` with the result of `selectSql` in one transaction: built under a
 * temporary name, then renamed over the old table, so readers never see it half built.
 */
export async function replaceTableAtomic(connection: DuckDBConnection, table: string, selectSql: string): Promise<number> {
  const next = `${table}__next`;
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(`CREATE OR REPLACE TABLE ${quoteIdentifier(next)} AS ${selectSql}`);
    await connection.run(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`);
    await connection.run(`ALTER TABLE ${quoteIdentifier(next)} RENAME TO ${quoteIdentifier(table)}`);
    await connection.run('COMMIT');
  } catch (err) {
    await connection.run('ROLLBACK');
    throw err;
  }
  const count = await connection.runAndReadAll(`SELECT count(*) FROM ${quoteIdentifier(table)}`);
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
  const target = quoteIdentifier(table);
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(`CREATE TABLE IF NOT EXISTS ${target} AS SELECT * FROM (${selectSql}) WITH NO DATA`);
    await connection.run(`DELETE FROM ${target} WHERE ${quoteIdentifier(column)} = $1`, [partition]);
    await connection.run(`INSERT INTO ${target} ${selectSql}`);
    await connection.run('COMMIT');
  } catch (err) {
    await connection.run('ROLLBACK');
    throw err;
  }
  const count = await connection.runAndReadAll(`SELECT count(*) FROM ${target} WHERE ${quoteIdentifier(column)} = $1`, [partition]);
  return Number(count.getRows()[0]?.[0] ?? 0);
}
