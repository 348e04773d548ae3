// Pipeline runs in the ops store: a run requested once (redelivery finds it unchanged), its
// stages' progress as the workers report it, out of order included, and how it finished.
import { RUN_LIST_MAX } from '../ops-store.js';
import type { RunFilter } from '../ops-store.js';
import type { NewRun, RunOutcome, RunRecord, RunStageUpdate } from '../records.js';
import type { SqlDriver, SqlValue } from './driver.js';
import { runFromRow, stageFromRow } from './rows.js';
import { errorText, iso, listLimit, storable, unmatchable, where } from './sql-values.js';

export class SqlRuns {
  constructor(private readonly db: SqlDriver) {}

  /**
   * The time of a stage report, never the same millisecond as the store's previous one: stages are
   * listed in the order they were first reported (created_at), and two reports of one run within a
   * millisecond tied and fell back to the stage's name ('features' before 'ingest').
   */
  #lastStamp = 0;
  #stamp(): Date {
    this.#lastStamp = Math.max(Date.now(), this.#lastStamp + 1);
    return new Date(this.#lastStamp);
  }

  async createRun(run: NewRun): Promise<RunRecord> {
    // ON CONFLICT DO NOTHING: a redelivered request (at-least-once) finds its run unchanged.
    await this.db.query(
      `INSERT INTO runs (id, status, requested_by, mode, params, created_at, started_at, finished_at, error)
       VALUES ($1, 'queued', $2, $3, $4, $5, NULL, NULL, NULL) ON CONFLICT (id) DO NOTHING`,
      // JSON.stringify writes NUL inside params as the escape \u0000, which any text holds.
      [
        storable('id', run.id),
        storable('requestedBy', run.requestedBy),
        storable('mode', run.mode),
        JSON.stringify(run.params),
        iso(new Date()),
      ],
    );
    const created = await this.getRun(run.id);
    if (!created) throw new Error(`run ${run.id} vanished after insert`);
    return created;
  }

  async updateRunStage(runId: string, update: RunStageUpdate): Promise<void> {
    const now = iso(this.#stamp());
    const progress = update.progress ?? (update.status === 'completed' ? 100 : undefined);
    const error = errorText(update.error);
    // Only the fields given overwrite; the rest keep what an earlier report said.
    const sets: Array<[string, SqlValue | undefined]> = [
      ['status', update.status],
      ['progress', progress],
      ['attempts', update.attempts],
      ['job_id', update.jobId],
      ['error', error],
    ];
    // Progress events are delivered out of order: a late "active" or "waiting" (or its
    // progress) never takes a completed stage back, or a finished run would show a stage running.
    const settled = "run_stages.status = 'completed' AND excluded.status IN ('waiting', 'active')";
    const assigned = sets
      .filter(([, v]) => v !== undefined)
      .map(([c]) =>
        c === 'status' || c === 'progress'
          ? `${c} = CASE WHEN ${settled} THEN run_stages.${c} ELSE excluded.${c} END`
          : `${c} = excluded.${c}`,
      );
    await this.db.query(
      `INSERT INTO run_stages
        (run_id, stage, stage_partition, status, progress, attempts, job_id, error, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       ON CONFLICT (run_id, stage, stage_partition) DO UPDATE SET ${[...assigned, 'updated_at = excluded.updated_at'].join(', ')}`,
      [
        storable('runId', runId),
        storable('stage', update.stage),
        storable('partition', update.partition ?? ''),
        update.status,
        progress ?? 0,
        update.attempts ?? 0,
        storable('jobId', update.jobId ?? null),
        error ?? null,
        now,
      ],
    );
    await this.db.query(`UPDATE runs SET status = 'running', started_at = $2 WHERE id = $1 AND status = 'queued'`, [runId, now]);
  }

  async finishRun(runId: string, outcome: RunOutcome): Promise<void> {
    if (unmatchable([runId])) return;
    const now = iso(new Date());
    await this.db.query(`UPDATE runs SET status = $2, finished_at = $3, error = $4, started_at = COALESCE(started_at, $3) WHERE id = $1`, [
      runId,
      outcome.status,
      now,
      errorText(outcome.error) ?? null,
    ]);
  }

  async getRun(id: string): Promise<RunRecord | null> {
    if (unmatchable([id])) return null;
    const rows = await this.db.query('SELECT * FROM runs WHERE id = $1', [id]);
    if (!rows[0]) return null;
    const stages = await this.db.query('SELECT * FROM run_stages WHERE run_id = $1 ORDER BY created_at, stage, stage_partition', [id]);
    return runFromRow(rows[0], stages.map(stageFromRow));
  }

  async listRuns(filter: RunFilter = {}): Promise<RunRecord[]> {
    const limit = listLimit(filter.limit, 50, RUN_LIST_MAX);
    const w = where([['status = ?', filter.status]]);
    if (unmatchable(w.params)) return [];
    const rows = await this.db.query(`SELECT * FROM runs${w.sql} ORDER BY created_at DESC, id LIMIT ${limit}`, w.params);
    if (rows.length === 0) return [];
    const ids = rows.map((r) => String(r.id));
    const stageRows = await this.db.query(
      `SELECT * FROM run_stages WHERE run_id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})
       ORDER BY created_at, stage, stage_partition`,
      ids,
    );
    return rows.map((r) => runFromRow(r, stageRows.filter((s) => s.run_id === r.id).map(stageFromRow)));
  }
}
