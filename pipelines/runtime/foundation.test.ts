// The foundation stages (ingest -> features -> report; generate when synthetic) run on
// real ingestion, inline and through workers on the real Redis, with the same outputs.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../features/snapshot/index.js';
import { stagesThatRan } from './execution/run-report.js';
import type { RunReport } from './execution/run-report.js';
import { InlineRunner } from './runners/inline-runner.js';
import { QueuedRunner } from './runners/queued-runner.js';
import { SILENT_LOG } from './runtime-log.js';
import { reportPath, snapshotPath } from './stages/foundation/run-paths.js';
import { defaultRegistryModule, loadStageRegistry } from './stages/registry-module.js';
import type { RunSpec } from './stages/stage-definition.js';
import { removePrefix, testPrefix, useRealRedis } from './test-support/redis-fixture.js';
import { withWarehouse } from './warehouse/warehouse-session.js';
import { StageWorkerHost } from './workers/stage-worker-host.js';

const CONTRIBUTIONS = `contribution_id,nik,agency,employer_id,period,due_date,paid_date,amount_due,amount_paid,jkn_due,jht_due,jkk_due,jkm_due,jp_due
c1,3171011201900001,KES,,2024-01-01,2024-01-10,2024-01-09,35000,35000,35000,0,0,0,0
c2,3171011201900001,KES,,2024-02-01,2024-02-10,,35000,0,35000,0,0,0,0
c3,3171011201900001,TK,12345678,2024-01-01,2024-02-15,2024-02-20,100000,100000,0,57000,2400,3000,37600
c4,3171015505850002,KES,,2024-01-01,2024-01-10,2024-01-10,42000,42000,42000,0,0,0,0
c5,3171015505850002,KES,,2024-02-01,2024-02-10,2024-02-12,42000,42000,42000,0,0,0,0
c6,not-a-nik,KES,,2024-02-01,2024-02-10,2024-02-12,-5,42000,42000,0,0,0,0
`;

describe('foundation stages', () => {
  const useRedis = useRealRedis();
  let dir: string;
  const previousKey = process.env.TELISIK_PSEUDONYM_KEY;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'telisik-foundation-'));
    await writeFile(join(dir, 'contributions.csv'), CONTRIBUTIONS);
    process.env.TELISIK_PSEUDONYM_KEY = 'foundation-test-pseudonym-key';
  });
  afterAll(async () => {
    if (previousKey === undefined) delete process.env.TELISIK_PSEUDONYM_KEY;
    else process.env.TELISIK_PSEUDONYM_KEY = previousKey;
    await rm(dir, { recursive: true, force: true });
  });

  // The foundation's own stages; product stages (k3, fraud, credit) have their own tests.
  const FOUNDATION_STAGES = ['generate', 'ingest', 'features', 'report'];
  const runIn = (name: string): RunSpec => ({
    runId: `foundation-${name}`,
    warehousePath: join(dir, name, 'warehouse.duckdb'),
    outDir: join(dir, name),
    inputs: [join(dir, 'contributions.csv')],
    stages: FOUNDATION_STAGES,
  });

  async function outputsOf(run: RunSpec): Promise<{ features: unknown; summary: unknown; snapshot: unknown }> {
    const features = await withWarehouse(run.warehousePath, { readOnly: true }, async (c) =>
      (await c.runAndReadAll('SELECT * FROM feat_member_contributions ORDER BY ALL')).getRowsJson(),
    );
    const { path: _path, ...summary } = JSON.parse(await readFile(reportPath(run, 'warehouse-summary.json'), 'utf8')) as { path: string };
    const snapshot = await readSnapshot(snapshotPath(run, 'feat_member_contributions'));
    return {
      features,
      summary,
      snapshot: {
        columns: snapshot.columns,
        monthsDue: Array.from(snapshot.int32('months_due')),
        amountPaid: Array.from(snapshot.float64('amount_paid_total')),
        agency: snapshot.category('agency'),
      },
    };
  }

  async function runOnWorkers(run: RunSpec): Promise<RunReport> {
    const prefix = testPrefix();
    const registry = await loadStageRegistry(defaultRegistryModule());
    const redis = useRedis();
    const host = new StageWorkerHost({ connection: redis, prefix, registryModule: defaultRegistryModule(), log: SILENT_LOG });
    const runner = new QueuedRunner({ connection: redis, prefix, registry });
    try {
      await host.start();
      return await runner.run(run);
    } finally {
      await runner.close();
      await host.close();
      await removePrefix(redis, prefix);
    }
  }

  it('generates a synthetic extract and runs the whole pipeline, the same inline and on workers', async () => {
    const registry = await loadStageRegistry(defaultRegistryModule());
    const synthetic = (name: string): RunSpec => ({ ...runIn(name), inputs: [], synthetic: { members: 300, seed: 11 } });
    const inlineRun = synthetic('synthetic-inline');
    const workersRun = synthetic('synthetic-workers');
    const inlineReport = await new InlineRunner({ registry, log: SILENT_LOG }).run(inlineRun);
    const workersReport = await runOnWorkers(workersRun);
    expect(stagesThatRan(inlineReport)).toEqual(['generate', 'ingest', 'features', 'report']);
    expect(stagesThatRan(workersReport)).toEqual(stagesThatRan(inlineReport));
    const inline = await outputsOf(inlineRun);
    expect(await outputsOf(workersRun)).toEqual(inline);
    const summary = inline.summary as {
      rowsRead: number;
      rowsLoaded: number;
      rowsQuarantined: number;
      tables: Array<{ table: string; rows: number }>;
    };
    expect(summary.rowsLoaded + summary.rowsQuarantined).toBe(summary.rowsRead);
    expect(summary.tables.find((t) => t.table === 'members')?.rows).toBeGreaterThan(250);
    // Ground truth stays out of the warehouse: only the source tables are loaded.
    const ingest = inlineReport.stages.find((s) => s.stage === 'ingest');
    expect(ingest?.status === 'ran' && ingest.tasks[0]?.outputs.map((o) => o.name).sort()).toEqual([
      'raw_audit_outcomes',
      'raw_capitation',
      'raw_claims',
      'raw_contributions',
      'raw_deaths',
      'raw_doctors',
      'raw_employers',
      'raw_employment_spells',
      'raw_facilities',
      'raw_fktp_facilities',
      'raw_fktp_visits',
      'raw_kkpak_cases',
      'raw_members',
      'raw_membership_events',
      'raw_prb_claims',
    ]);
  });

  it('ingests, builds the contribution feature table and snapshot, and reports, the same inline and on workers', async () => {
    const registry = await loadStageRegistry(defaultRegistryModule());
    const inlineRun = runIn('inline');
    const inlineReport = await new InlineRunner({ registry, log: SILENT_LOG }).run(inlineRun);
    expect(stagesThatRan(inlineReport)).toEqual(['ingest', 'features', 'report']);
    const skipped = inlineReport.stages.filter((s) => s.status === 'skipped');
    expect(skipped.find((s) => s.stage === 'generate')).toEqual({ stage: 'generate', status: 'skipped', reason: 'not-applicable' });
    expect(skipped.filter((s) => s.stage !== 'generate').every((s) => s.status === 'skipped' && s.reason === 'not-requested')).toBe(true);

    const workersRun = runIn('workers');
    expect(stagesThatRan(await runOnWorkers(workersRun))).toEqual(['ingest', 'features', 'report']);

    const inline = await outputsOf(inlineRun);
    const workers = await outputsOf(workersRun);
    expect(workers).toEqual(inline);
    const summary = inline.summary as { rowsRead: number; rowsLoaded: number; rowsQuarantined: number };
    expect(summary.rowsRead).toBe(6);
    expect(summary.rowsLoaded + summary.rowsQuarantined).toBe(6);
    expect(summary.rowsQuarantined).toBeGreaterThanOrEqual(1);
    expect(summary.rowsLoaded).toBe(5);
    // Two members: one with KES and TK ledgers, one with KES only. Columns: member_key,
    // agency, months_due, months_unpaid, months_paid_late, amount_due_total, amount_paid_total.
    const features = (inline.features as unknown[][]).map((row) => row.slice(1, 7)).sort();
    expect(features).toEqual(
      [
        ['KES', 2, 0, 1, '84000', '84000'],
        ['KES', 2, 1, 0, '70000', '35000'],
        ['TK', 1, 0, 1, '100000', '100000'],
      ].sort(),
    );
    const snapshot = inline.snapshot as { monthsDue: number[]; amountPaid: number[] };
    expect(snapshot.monthsDue.reduce((a, b) => a + b, 0)).toBe(summary.rowsLoaded);
  });
});
