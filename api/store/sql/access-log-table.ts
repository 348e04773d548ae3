// The access log's table as its writers see it: the columns in order, one commit for a
// batch of rows (DuckDB's appender or one multi-row INSERT), and, for the journal of the
// embedded store (access-journal.ts), which ids the table already holds.
import type { JournalRow, JournalTarget } from './access-journal.js';
import type { AppendColumnType, SqlDriver } from './driver.js';

const ACCESS_COLUMNS = ['id', 'bank_client_id', 'member_key', 'consent_id', 'purpose', 'accessed_at', 'score', 'model_version'] as const;
const ACCESS_TYPES: readonly AppendColumnType[] = ['text', 'text', 'text', 'text', 'text', 'timestamptz', 'double', 'text'];

/**
 * Largest group commit. DuckDB's appender has no statement to bind; PostgreSQL's multi-row
 * INSERT binds 8 parameters a row (at most 65,535 a statement). At 1,000 requests/s a batch
 * holds what arrived during one commit, a few dozen rows; the cap only bounds a burst.
 */
export const MAX_APPEND_BATCH = 1_000;

/** Ids per lookup when a journal left by a crash is checked against the table. */
const HELD_IDS_CHUNK = 1_000;

/** `INSERT ... VALUES ($1, ...), ($9, ...)` for `rows` rows of the access log. */
export function accessInsertSql(rows: number): string {
  const width = ACCESS_COLUMNS.length;
  const tuples = Array.from({ length: rows }, (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`);
  return `INSERT INTO score_access_log (${ACCESS_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`;
}

/** Writes access-log rows to the table in one commit: one appender flush or one statement, all rows or none. */
export function tableWriter(db: SqlDriver): (rows: readonly JournalRow[]) => Promise<void> {
  if (db.appendRows) return (rows) => db.appendRows!('score_access_log', ACCESS_TYPES, rows);
  // one statement, so one commit: callers keep batches within MAX_APPEND_BATCH rows
  return async (rows) => {
    await db.query(accessInsertSql(rows.length), rows.flat());
  };
}

/** The access log table as the journal's target: rows moved in one commit, and the ids it holds (read at open only). */
export function journalTarget(db: SqlDriver): JournalTarget {
  const idColumn = ACCESS_COLUMNS.indexOf('id');
  const atColumn = ACCESS_COLUMNS.indexOf('accessed_at');
  return {
    moveRows: tableWriter(db),
    async heldIds(rows) {
      const held = new Set<string>();
      for (let i = 0; i < rows.length; i += HELD_IDS_CHUNK) {
        const chunk = rows.slice(i, i + HELD_IDS_CHUNK);
        // the earliest time bounds the scan (ISO 8601 UTC text of one length sorts as time)
        const since = chunk.map((r) => String(r[atColumn])).sort()[0] as string;
        const ids = chunk.map((r) => String(r[idColumn]));
        const found = await db.query(
          `SELECT id FROM score_access_log WHERE accessed_at >= $1 AND id IN (${ids.map((_, k) => `$${k + 2}`).join(', ')})`,
          [since, ...ids],
        );
        for (const row of found) held.add(String(row.id));
      }
      return held;
    },
  };
}
