// The score access log: every score a bank read, appended (one INSERT each, or group-committed
// through the append batcher, or journalled to a file first) and never changed or removed.
import { randomUUID } from 'node:crypto';
import { SCORE_ACCESS_LIST_MAX } from '../ops-store.js';
import type { ScoreAccessFilter } from '../ops-store.js';
import type { ScoreAccess, ScoreAccessEntry, ScoreAccessRecord } from '../records.js';
import { JOURNAL_WRITES_IN_FLIGHT } from './access-journal.js';
import type { AccessJournal, JournalRow } from './access-journal.js';
import { accessInsertSql, MAX_APPEND_BATCH, tableWriter } from './access-log-table.js';
import { AppendBatcher } from './append-batcher.js';
import type { SqlDriver, SqlValue } from './driver.js';
import { accessEntryFromRow, toNumber } from './rows.js';
import type { StoreClock } from './sql-values.js';
import { listLimit, storable, unmatchable, where } from './sql-values.js';

const accessWhere = (filter: ScoreAccessFilter, alias = '') =>
  where([
    [`${alias}member_key = ?`, filter.memberKey],
    [`${alias}bank_client_id = ?`, filter.bankClientId],
    [`${alias}consent_id = ?`, filter.consentId],
  ]);

export class SqlScoreAccessLog {
  private readonly appends: AppendBatcher | null;

  constructor(
    private readonly db: SqlDriver,
    private readonly clock: StoreClock,
    /** Group-commit window in ms, or null for one INSERT per row (SqlOpsStoreOptions.appendWindowMs). */
    windowMs: number | null,
    /** Where batches are made durable first, when set (access-journal.ts). */
    private readonly journal: AccessJournal | null,
  ) {
    const write = journal ? (rows: readonly JournalRow[]) => journal.write(rows) : tableWriter(db);
    // journal writes are independent file appends; table commits stay one at a time
    const maxInFlight = journal ? JOURNAL_WRITES_IN_FLIGHT : 1;
    this.appends = windowMs !== null ? new AppendBatcher(write, { windowMs, maxRows: MAX_APPEND_BATCH, maxInFlight }) : null;
  }

  async appendScoreAccess(entry: ScoreAccess): Promise<ScoreAccessRecord> {
    const stamp = this.clock.tick();
    const record: ScoreAccessRecord = { ...entry, id: randomUUID(), accessedAt: stamp.at };
    const values: SqlValue[] = [
      record.id,
      storable('bankClientId', record.bankClientId),
      storable('memberKey', record.memberKey),
      storable('consentId', record.consentId),
      storable('purpose', record.purpose),
      stamp.iso,
      record.score,
      storable('modelVersion', record.modelVersion),
    ];
    if (this.appends) await this.appends.append(values);
    else {
      await this.db.query(accessInsertSql(1), values);
    }
    return record;
  }

  async listScoreAccess(filter: ScoreAccessFilter): Promise<ScoreAccessEntry[]> {
    const limit = listLimit(filter.limit, 100, SCORE_ACCESS_LIST_MAX);
    const w = accessWhere(filter, 'l.');
    if (unmatchable(w.params)) return [];
    // every row whose append has resolved is read: journalled rows move into the table first
    await this.journal?.settle();
    // The bank's name as the member should read it; a client is never deleted, so the join finds it.
    const sql = `SELECT l.*, c.name AS bank_name FROM score_access_log l LEFT JOIN api_clients c ON c.id = l.bank_client_id${w.sql}
      ORDER BY l.accessed_at DESC, l.id LIMIT ${limit}`;
    return (await this.db.query(sql, w.params)).map(accessEntryFromRow);
  }

  async countScoreAccess(filter: ScoreAccessFilter): Promise<number> {
    const w = accessWhere(filter);
    if (unmatchable(w.params)) return 0;
    await this.journal?.settle();
    const rows = await this.db.query(`SELECT COUNT(*) AS n FROM score_access_log${w.sql}`, w.params);
    return toNumber(rows[0]?.n ?? 0);
  }

  /** Waits for the appends in flight, then closes the journal (the store closes the database after). */
  async close(): Promise<void> {
    await this.appends?.drain();
    await this.journal?.close();
  }
}
