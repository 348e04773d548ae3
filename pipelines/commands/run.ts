// `telisik run`: the whole pipeline for one run: inline in this process when there is no
// Redis (or with --inline), else as a BullMQ flow on workers, with progress either way.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_WAREHOUSE_PATH, formatWarehouseSummary } from '../../features/warehouse/index.js';
import type { WarehouseSummary } from '../../features/warehouse/index.js';
import { ProgressView } from '../runtime/cli/progress-view.js';
import { formatRunReport } from '../runtime/cli/run-summary.js';
import type { RunReport } from '../runtime/execution/run-report.js';
import { openRunHistory, storeLocationFromEnv } from '../runtime/history/open-history.js';
import { runRecorded } from '../runtime/history/recorded-run.js';
import { TELISIK_PREFIX } from '../runtime/queue/queue-names.js';
import { redisUrlFromEnv } from '../runtime/queue/redis-connection.js';
import { chooseRunner } from '../runtime/runners/choose-runner.js';
import { InlineRunner } from '../runtime/runners/inline-runner.js';
import type { JobRunner } from '../runtime/runners/job-runner.js';
import { QueuedRunner } from '../runtime/runners/queued-runner.js';
import { createRuntimeLog } from '../runtime/runtime-log.js';
import type { Closer } from '../runtime/shutdown.js';
import { onShutdownSignals } from '../runtime/shutdown.js';
import { defaultRegistryModule, loadStageRegistry } from '../runtime/stages/registry-module.js';
import type { RunSpec } from '../runtime/stages/stage-definition.js';
import { reportPath } from '../runtime/stages/foundation/run-paths.js';
import { StageWorkerHost } from '../runtime/workers/stage-worker-host.js';

/** A demo-sized population: a few seconds end to end on a laptop. */
const DEFAULT_MEMBERS = 2_000;
const DEFAULT_SEED = 1;

interface RunCommandOptions {
  inline?: boolean;
  members?: string;
  seed?: string;
  db: string;
  out?: string;
  input?: string[];
  stages?: string;
  localWorkers: boolean;
  store: string;
}

function positiveInteger(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a non-negative integer, got "${value}"`);
  return n;
}

export function runSpecFromOptions(options: RunCommandOptions, runId: string = randomUUID()): RunSpec {
  // Absolute paths: workers in other processes (other folders) must find the same files.
  const inputs = (options.input ?? []).map((p) => resolve(p));
  return {
    runId,
    warehousePath: resolve(options.db),
    outDir: resolve(options.out ?? join('var', 'runs', runId)),
    ...(inputs.length > 0
      ? { inputs }
      : { synthetic: { members: positiveInteger(options.members, DEFAULT_MEMBERS, '--members'), seed: positiveInteger(options.seed, DEFAULT_SEED, '--seed') } }),
    ...(options.stages ? { stages: options.stages.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
  };
}

async function printWarehouseSummary(run: RunSpec, report: RunReport): Promise<void> {
  if (!report.stages.some((s) => s.stage === 'report' && s.status === 'ran')) return;
  const summary = JSON.parse(await readFile(reportPath(run, 'warehouse-summary.json'), 'utf8')) as WarehouseSummary;
  console.log(`\n${formatWarehouseSummary(summary)}`);
}

async function runCommand(options: RunCommandOptions): Promise<void> {
  const log = createRuntimeLog();
  const registryModule = defaultRegistryModule();
  const registry = await loadStageRegistry(registryModule);
  const run = runSpecFromOptions(options);
  const closers: Closer[] = [];
  const choice = await chooseRunner({ ...(options.inline !== undefined ? { inline: options.inline } : {}), redisUrl: redisUrlFromEnv(), log });
  const store = await openRunHistory(options.store, log);

  let runner: JobRunner;
  if (choice.mode === 'inline') {
    runner = new InlineRunner({ registry, log, ...(store ? { history: store } : {}) });
  } else {
    const { connection } = choice;
    if (options.localWorkers) {
      // Workers in this process too, so that a run completes with no other process up;
      // `telisik worker` processes on the same Redis share the jobs.
      const host = new StageWorkerHost({ connection, prefix: TELISIK_PREFIX, registryModule, log, ...(store ? { history: store } : {}) });
      await host.start();
      closers.push(() => host.close());
    }
    runner = new QueuedRunner({ connection, prefix: TELISIK_PREFIX, registry });
    closers.unshift(() => runner.close());
    closers.push(async () => {
      connection.disconnect();
    });
  }
  if (store) closers.push(() => store.close());
  const stopSignals = onShutdownSignals(closers, log);

  const view = new ProgressView();
  try {
    const report = await runRecorded(runner, store, run, 'cli', view);
    view.stop();
    console.log(formatRunReport(report));
    await printWarehouseSummary(run, report);
  } finally {
    view.stop();
    await stopSignals();
  }
}

export function register(program: Command): void {
  program
    .command('run')
    .description('Run the whole pipeline: generate (or take --input files), ingest, features, train, score, report')
    .option('--inline', 'run every stage in this process, without Redis')
    .option('--members <n>', `synthetic members to generate (default ${DEFAULT_MEMBERS})`)
    .option('--seed <s>', `generator seed (default ${DEFAULT_SEED})`)
    .option('--input <paths...>', 'ingest these extract files or folders instead of generating')
    .option('--db <path>', 'warehouse file', DEFAULT_WAREHOUSE_PATH)
    .option('--out <dir>', 'folder for run outputs (default var/runs/<run id>)')
    .option('--stages <list>', 'only these stages, comma-separated')
    .option('--store <location>', 'ops store for run history: duckdb:PATH or postgres://... (TELISIK_STORE)', storeLocationFromEnv())
    .option('--no-local-workers', 'with Redis: do not start workers in this process (other `telisik worker` processes do the work)')
    .action((options: RunCommandOptions) => runCommand(options));
}
