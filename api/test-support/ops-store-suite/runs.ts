// OpsStore suite: pipeline runs and their stages.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { SuiteState } from './support.js';

/** Run history: idempotent create, stage progress out of order, finish, list. */
export function runScenarios(s: SuiteState): void {
  it('never takes a completed stage back on a late progress report (events arrive out of order)', async () => {
    const { store } = s;
    const id = randomUUID();
    await store.createRun({ id, requestedBy: 'cli', mode: 'workers', params: {} });
    await store.updateRunStage(id, { stage: 'features', partition: 'kes', status: 'completed' });
    await store.updateRunStage(id, { stage: 'features', partition: 'kes', status: 'active', progress: 60 });
    await store.updateRunStage(id, { stage: 'features', partition: 'kes', status: 'waiting' });
    expect((await store.getRun(id))?.stages[0]).toMatchObject({ status: 'completed', progress: 100 });
    // A failed attempt is not final: the retry's report takes it back to active.
    await store.updateRunStage(id, { stage: 'ingest', status: 'failed', error: 'locked' });
    await store.updateRunStage(id, { stage: 'ingest', status: 'active', attempts: 2 });
    expect((await store.getRun(id))?.stages.find((s) => s.stage === 'ingest')).toMatchObject({ status: 'active' });
  });

  it('keeps run history: idempotent create, stage progress, finish, list', async () => {
    const { store } = s;
    const id = randomUUID();
    const created = await store.createRun({ id, requestedBy: 'cli', mode: 'inline', params: { stages: ['ingest', 'features'] } });
    expect(created).toMatchObject({ id, status: 'queued', requestedBy: 'cli', mode: 'inline', stages: [], startedAt: null });
    const again = await store.createRun({ id, requestedBy: 'someone-else', mode: 'workers', params: {} });
    expect(again).toMatchObject({ requestedBy: 'cli', params: { stages: ['ingest', 'features'] } });

    await store.updateRunStage(id, { stage: 'ingest', status: 'active', progress: 40, attempts: 1, jobId: `${id}-ingest` });
    await store.updateRunStage(id, { stage: 'features', partition: 'prov=31', status: 'waiting' });
    await store.updateRunStage(id, { stage: 'ingest', status: 'active', attempts: 2 });
    let run = await store.getRun(id);
    expect(run?.status).toBe('running');
    expect(run?.startedAt).toBeInstanceOf(Date);
    expect(run?.stages).toHaveLength(2);
    // A report without progress keeps the last progress.
    expect(run?.stages[0]).toMatchObject({
      stage: 'ingest',
      partition: '',
      status: 'active',
      progress: 40,
      attempts: 2,
      jobId: `${id}-ingest`,
    });
    expect(run?.stages[1]).toMatchObject({ stage: 'features', partition: 'prov=31', status: 'waiting', progress: 0 });

    await store.updateRunStage(id, { stage: 'ingest', status: 'completed' });
    await store.updateRunStage(id, { stage: 'features', partition: 'prov=31', status: 'failed', error: 'bad input: claims.csv row 7' });
    await store.finishRun(id, { status: 'failed', error: 'features failed' });
    run = await store.getRun(id);
    expect(run).toMatchObject({ status: 'failed', error: 'features failed' });
    expect(run?.finishedAt).toBeInstanceOf(Date);
    expect(run?.stages[0]).toMatchObject({ status: 'completed', progress: 100 });
    expect(run?.stages[1]).toMatchObject({ status: 'failed', error: 'bad input: claims.csv row 7' });

    const other = randomUUID();
    await store.createRun({ id: other, requestedBy: 'admin-1', mode: 'workers', params: {} });
    const failed = await store.listRuns({ status: 'failed' });
    expect(failed.map((r) => r.id)).toContain(id);
    expect(failed.map((r) => r.id)).not.toContain(other);
    const latest = await store.listRuns({ limit: 1 });
    expect(latest).toHaveLength(1);
    expect(latest[0]?.id).toBe(other);
    expect(await store.getRun(randomUUID())).toBeNull();
  });
}
