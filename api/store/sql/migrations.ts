// The ops store schema as numbered migrations, one SQL text for both databases (the
// common subset: TEXT, INTEGER, BIGINT, DOUBLE PRECISION, TIMESTAMPTZ, CHECK, no foreign
// keys because DuckDB refuses updates to rows a foreign key points at). JSON values are
// stored as TEXT for the same reason. `ops_migrations` records the versions applied.
import type { SqlDriver, SqlExecutor } from './driver.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Statements run on both databases. */
  readonly statements: readonly string[];
  /**
   * PostgreSQL-only hardening. DuckDB has no triggers; there the guarantee is that one
   * process owns the file and reaches it only through OpsStore, which has no update or
   * delete for the access log.
   */
  readonly postgresOnly?: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    name: 'ops records: clients, consents, access log, outcomes, runs',
    statements: [
      `CREATE TABLE api_clients (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('auditor', 'bank', 'underwriter', 'admin')),
        key_hash TEXT NOT NULL UNIQUE,
        created_at TIMESTAMPTZ NOT NULL,
        revoked_at TIMESTAMPTZ
      )`,
      `CREATE TABLE consents (
        id TEXT PRIMARY KEY,
        member_key TEXT NOT NULL,
        bank_client_id TEXT NOT NULL,
        purpose TEXT NOT NULL,
        scope TEXT NOT NULL,
        granted_at TIMESTAMPTZ NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
        revoked_at TIMESTAMPTZ
      )`,
      `CREATE INDEX consents_by_member ON consents (member_key)`,
      `CREATE INDEX consents_by_bank ON consents (bank_client_id)`,
      // No primary key index: the log is only appended and read by member, bank or consent,
      // and a unique index on random ids would slow every append.
      `CREATE TABLE score_access_log (
        id TEXT NOT NULL,
        bank_client_id TEXT NOT NULL,
        member_key TEXT NOT NULL,
        consent_id TEXT NOT NULL,
        purpose TEXT NOT NULL,
        accessed_at TIMESTAMPTZ NOT NULL,
        score DOUBLE PRECISION,
        model_version TEXT NOT NULL
      )`,
      `CREATE TABLE investigator_outcomes (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        claim_ids TEXT NOT NULL,
        fraud_type TEXT,
        verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'not_fraud', 'inconclusive')),
        amount_recovered BIGINT NOT NULL,
        note TEXT,
        recorded_by TEXT NOT NULL,
        recorded_at TIMESTAMPTZ NOT NULL
      )`,
      `CREATE INDEX outcomes_by_case ON investigator_outcomes (case_id)`,
      `CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
        requested_by TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('workers', 'inline')),
        params TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        started_at TIMESTAMPTZ,
        finished_at TIMESTAMPTZ,
        error TEXT
      )`,
      `CREATE TABLE run_stages (
        run_id TEXT NOT NULL,
        stage TEXT NOT NULL,
        stage_partition TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'active', 'completed', 'failed')),
        progress INTEGER NOT NULL,
        attempts INTEGER NOT NULL,
        job_id TEXT,
        error TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (run_id, stage, stage_partition)
      )`,
    ],
    postgresOnly: [
      `CREATE FUNCTION score_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
       BEGIN
         RAISE EXCEPTION 'score_access_log is append-only (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
       END
       $fn$`,
      `CREATE TRIGGER score_access_log_no_change BEFORE UPDATE OR DELETE ON score_access_log
       FOR EACH ROW EXECUTE FUNCTION score_access_log_append_only()`,
      `CREATE TRIGGER score_access_log_no_truncate BEFORE TRUNCATE ON score_access_log
       FOR EACH STATEMENT EXECUTE FUNCTION score_access_log_append_only()`,
    ],
  },
  {
    version: 2,
    name: 'client role member_channel (consents and access log only)',
    // Neither database can widen a CHECK in place on both (DuckDB has no DROP CONSTRAINT),
    // so the table is rebuilt under the same name with every row and constraint.
    statements: [
      `CREATE TABLE api_clients_v2 (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('auditor', 'bank', 'underwriter', 'admin', 'member_channel')),
        key_hash TEXT NOT NULL UNIQUE,
        created_at TIMESTAMPTZ NOT NULL,
        revoked_at TIMESTAMPTZ
      )`,
      `INSERT INTO api_clients_v2 (id, name, role, key_hash, created_at, revoked_at)
       SELECT id, name, role, key_hash, created_at, revoked_at FROM api_clients`,
      `DROP TABLE api_clients`,
      `ALTER TABLE api_clients_v2 RENAME TO api_clients`,
    ],
  },
  {
    version: 3,
    name: 'fraud case workflow: state (open, assigned, closed), action history, case-view access log',
    statements: [
      `CREATE TABLE fraud_case_state (
        case_id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('open', 'assigned', 'closed')),
        assignee TEXT,
        outcome_id TEXT,
        verdict TEXT CHECK (verdict IS NULL OR verdict IN ('confirmed', 'not_fraud', 'inconclusive')),
        updated_at TIMESTAMPTZ NOT NULL,
        updated_by TEXT NOT NULL
      )`,
      `CREATE INDEX fraud_case_state_by_assignee ON fraud_case_state (assignee)`,
      `CREATE TABLE fraud_case_actions (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('assign', 'unassign', 'reopen', 'close')),
        actor TEXT NOT NULL,
        assignee TEXT,
        outcome_id TEXT,
        verdict TEXT,
        note TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'assigned', 'closed')),
        acted_at TIMESTAMPTZ NOT NULL
      )`,
      `CREATE INDEX fraud_case_actions_by_case ON fraud_case_actions (case_id)`,
      // Like score_access_log: only appended, read by case or viewer; no primary key index.
      `CREATE TABLE fraud_case_views (
        id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        viewer TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('workbench', 'api')),
        viewed_at TIMESTAMPTZ NOT NULL
      )`,
      `CREATE INDEX fraud_case_views_by_case ON fraud_case_views (case_id)`,
    ],
    postgresOnly: [
      `CREATE FUNCTION ops_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
       BEGIN
         RAISE EXCEPTION '% is append-only (%)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
       END
       $fn$`,
      `CREATE TRIGGER fraud_case_views_no_change BEFORE UPDATE OR DELETE ON fraud_case_views
       FOR EACH ROW EXECUTE FUNCTION ops_append_only()`,
      `CREATE TRIGGER fraud_case_views_no_truncate BEFORE TRUNCATE ON fraud_case_views
       FOR EACH STATEMENT EXECUTE FUNCTION ops_append_only()`,
      `CREATE TRIGGER fraud_case_actions_no_change BEFORE UPDATE OR DELETE ON fraud_case_actions
       FOR EACH ROW EXECUTE FUNCTION ops_append_only()`,
    ],
  },
]);

/** Applies every migration newer than the recorded version, in one exclusive transaction. */
export async function migrate(driver: SqlDriver, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return driver.exclusive(async (tx) => {
    await tx.query(`CREATE TABLE IF NOT EXISTS ops_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL
    )`);
    const done = new Set((await tx.query('SELECT version FROM ops_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await applyOne(tx, driver.dialect, migration);
      applied.push(migration.version);
    }
    return applied;
  });
}

async function applyOne(tx: SqlExecutor, dialect: SqlDriver['dialect'], migration: Migration): Promise<void> {
  for (const statement of migration.statements) await tx.query(statement);
  if (dialect === 'postgres') for (const statement of migration.postgresOnly ?? []) await tx.query(statement);
  await tx.query('INSERT INTO ops_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
    migration.version,
    migration.name,
    new Date().toISOString(),
  ]);
}
