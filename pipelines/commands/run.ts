// `telisik run`: the whole pipeline for one run: inline in this process when there is no
// Redis (or with --inline), else as a BullMQ flow on workers, with progress either way.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { MIN_PSEUDONYM_KEY_BYTES, PSEUDONYM_KEY_ENV } from '../../features/ingest/pseudonym.js';
import { BUNDLE_KEY_ENV, DEMO_ENV, resolveBundleKey } from '../../models/bundle/signing.js';
import { DEFAULT_WAREHOUSE_PATH, formatWarehouseSummary } from '../../features/warehouse/index.js';
import type { WarehouseSummary } from '../../features/warehouse/index.js';
import { generateApiKey, hashApiKey } from '../../api/auth/api-key.js';
import { fraudWorklistTop } from '../../models/fraud/worklist-text.js';
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
import { nonNegativeInteger, positiveInteger } from '../runtime/cli/number-options.js';
import { createRuntimeLog } from '../runtime/runtime-log.js';
import type { Closer } from '../runtime/shutdown.js';
import { onShutdownSignals, SIGNAL_EXIT_CODES } from '../runtime/shutdown.js';
import { RunCancelledError } from '../runtime/stages/stage-errors.js';
import { RedisOutageLog } from '../runtime/queue/redis-outage.js';
import { defaultRegistryModule, loadStageRegistry } from '../runtime/stages/registry-module.js';
import type { RunSpec } from '../runtime/stages/stage-definition.js';
import { reportPath } from '../runtime/stages/foundation/run-paths.js';
import { StageWorkerHost } from '../runtime/workers/stage-worker-host.js';
import { creditOutDir } from '../runtime/stages/credit/credit-stages.js';
import { fraudPublishDir } from '../runtime/stages/fraud/fraud-stage.js';
import { k3BookDir } from '../runtime/stages/k3/k3-stage.js';
import { serve } from './serve.js';

/**
 * A demo-sized population: under a minute end to end, and enough audited claims (the
 * fraud stage needs at least 50 labelled) for the fraud models to train and publish.
 */
const DEFAULT_MEMBERS = 5_000;
const DEFAULT_SEED = 1;

interface RunCommandOptions {
  inline?: boolean;
  members?: number;
  seed?: number;
  db: string;
  out?: string;
  input?: string[];
  stages?: string;
  localWorkers: boolean;
  store: string;
  serve?: boolean;
  port: string;
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
      : { synthetic: { members: options.members ?? DEFAULT_MEMBERS, seed: options.seed ?? DEFAULT_SEED } }),
    ...(options.stages
      ? {
          stages: options.stages
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {}),
  };
}

async function printWarehouseSummary(run: RunSpec, report: RunReport): Promise<void> {
  if (!report.stages.some((s) => s.stage === 'report' && s.status === 'ran')) return;
  const summary = JSON.parse(await readFile(reportPath(run, 'warehouse-summary.json'), 'utf8')) as WarehouseSummary;
  console.log(`\n${formatWarehouseSummary(summary)}`);
}

/** TELISIK_REDIS_DEADLINE_MS: how long Redis may stay unreachable before the run fails. */
function redisDeadlineFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env['TELISIK_REDIS_DEADLINE_MS']?.trim();
  if (!value) return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new Error(`TELISIK_REDIS_DEADLINE_MS must be a positive whole number of milliseconds, got "${value}"`);
  return ms;
}

async function runCommand(options: RunCommandOptions): Promise<void> {
  const log = createRuntimeLog();
  const registryModule = defaultRegistryModule();
  const registry = await loadStageRegistry(registryModule);
  const run = runSpecFromOptions(options);
  // Real extracts are pseudonymised with the secret key; only generated runs use the public
  // demo key. Said here, in terms of this command, rather than by the ingest stage, whose
  // advice (ingest's --demo-key) is not an option of `run`. Remote workers have their own env.
  if (run.inputs && (options.inline || options.localWorkers) && !process.env[PSEUDONYM_KEY_ENV]) {
    throw new Error(
      `${PSEUDONYM_KEY_ENV} is not set: a run over --input files replaces NIK and card numbers by a keyed hash with that secret (at least ${MIN_PSEUDONYM_KEY_BYTES} bytes). Generated runs (no --input) use the public demo key instead.`,
    );
  }
  // Model bundles are signed. A run over real files needs the secret; a generated run signs
  // with the public demo key (set before any worker thread or local worker starts, so they
  // inherit it), and says so once.
  if (run.inputs) {
    resolveBundleKey(); // a clear MissingBundleKeyError now, not after ingestion
  } else if (!process.env[BUNDLE_KEY_ENV]) {
    process.env[DEMO_ENV] = '1';
    log.info(`generated data: model bundles are signed with the public demo key (set ${BUNDLE_KEY_ENV} for real models)`);
  }
  const closers: Closer[] = [];
  const redisUrl = redisUrlFromEnv();
  const deadline = redisDeadlineFromEnv();
  const choice = await chooseRunner({ ...(options.inline !== undefined ? { inline: options.inline } : {}), redisUrl, log });
  if (choice.mode === 'inline' && !options.localWorkers && !options.inline) {
    // --no-local-workers asks for the run to go to workers elsewhere: running it here instead
    // would ignore what was asked (and the workers' environment, e.g. their keys).
    throw new Error(
      `--no-local-workers needs Redis for the workers to take the run, and none answers at ${redisUrl}: start Redis (or set TELISIK_REDIS_URL), or drop --no-local-workers to run here`,
    );
  }
  const store = await openRunHistory(options.store, log);
  const cancel = new AbortController();

  let runner: JobRunner;
  if (choice.mode === 'inline') {
    runner = new InlineRunner({ registry, log, ...(store ? { history: store } : {}) });
  } else {
    const { connection } = choice;
    // One outage log for every Redis user in this process: one line per outage.
    const outage = new RedisOutageLog(redisUrl, log);
    outage.followConnection(connection);
    let host: StageWorkerHost | undefined;
    if (options.localWorkers) {
      // Workers in this process too, so that a run completes with no other process up;
      // `telisik worker` processes on the same Redis share the jobs.
      host = new StageWorkerHost({
        connection,
        prefix: TELISIK_PREFIX,
        registryModule,
        log,
        outage,
        redisUrl,
        ...(store ? { history: store } : {}),
      });
      await host.start();
      const started = host;
      // Not forced even after a cancel: its jobs of the run were failed at once, and a
      // forced close (worker threads torn down mid-flight) crashed the process on exit.
      closers.push(() => started.close());
    }
    const local = host;
    const queued = new QueuedRunner({
      connection,
      prefix: TELISIK_PREFIX,
      registry,
      log,
      outage,
      redisUrl,
      ...(deadline ? { watch: { unreachableDeadlineMs: deadline } } : {}),
      ...(local ? { onCancel: (runId: string, reason: string) => local.cancelRun(runId, reason) } : {}),
    });
    runner = queued;
    closers.unshift(() => queued.close());
    // After the local workers closed: a job that was active at the signal could not be removed
    // then (its worker held its lock); it has failed on the cancel mark since. Sweep again so
    // that nothing of the run (its gates included) is left for a later worker to resume.
    closers.push(async () => {
      if (cancel.signal.aborted) await queued.cancel(run.runId, String(cancel.signal.reason));
    });
    closers.push(async () => {
      connection.disconnect();
    });
  }
  if (store) closers.push(() => store.close());

  const view = new ProgressView();
  const recorded = runRecorded(runner, store, run, 'cli', view, { signal: cancel.signal });
  const settled = recorded.then(
    () => undefined,
    () => undefined,
  );
  // A signal cancels the run (its jobs removed or failed, recorded as cancelled with the
  // signal as the reason), then closes, and exits 130 (SIGINT) or 143 (SIGTERM).
  const stopSignals = onShutdownSignals(closers, log, {
    announce: `cancelling run ${run.runId}, then closing queues and stores`,
    beforeClose: async (signal) => {
      cancel.abort(`${signal} received`);
      await settled;
    },
    exitCode: (signal) => (signal === 'SIGINT' || signal === 'SIGTERM' ? SIGNAL_EXIT_CODES[signal] : 1),
  });
  try {
    const report = await recorded;
    view.stop();
    console.log(formatRunReport(report));
    await printWarehouseSummary(run, report);
    await printFraudWorklist(run);
  } catch (err) {
    if (!(err instanceof RunCancelledError)) throw err;
    view.stop();
    console.error(`telisik: ${err.message}`);
    const signal = String(cancel.signal.reason).split(' ')[0];
    process.exitCode = signal === 'SIGINT' || signal === 'SIGTERM' ? SIGNAL_EXIT_CODES[signal] : 1;
    return;
  } finally {
    view.stop();
    await stopSignals();
  }
  if (options.serve) await serveRun(run, options);
}

async function printFraudWorklist(run: RunSpec): Promise<void> {
  const dir = fraudPublishDir(run);
  if (!existsSync(dir)) return;
  console.log(`\n${await fraudWorklistTop(dir)}`);
}

/**
 * The API over what this run published. In a synthetic (demo) run with no API client yet,
 * an auditor client is created and its key printed once, so the worklist can be called
 * straight away; with real data clients are created deliberately (`telisik clients`).
 */
async function serveRun(run: RunSpec, options: RunCommandOptions): Promise<void> {
  const fraud = fraudPublishDir(run);
  const k3Book = k3BookDir(run);
  const credit = join(creditOutDir(run), 'registry');
  await serve(
    {
      port: options.port,
      host: '127.0.0.1',
      store: options.store,
      logLevel: process.env['LOG_LEVEL'] ?? 'warn',
      warehouse: run.warehousePath,
      ...(existsSync(fraud) ? { fraud } : {}),
      ...(existsSync(k3Book) ? { k3Book } : {}),
      ...(existsSync(credit) ? { creditRegistry: credit } : {}),
    },
    async (address, store) => {
      console.log(
        `\nAPI serving this run on ${address} (OpenAPI and Swagger UI at ${address}/docs, audit workbench at ${address}/workbench); Ctrl-C stops it.`,
      );
      if (run.synthetic === undefined || (await store.listClients()).length > 0) return;
      const key = generateApiKey();
      await store.createClient({ name: 'demo auditor', role: 'auditor', keyHash: hashApiKey(key) });
      console.log(`demo auditor key (shown once): ${key}`);
      console.log(`try: curl -H 'x-api-key: ${key}' ${address}/fraud/worklist`);
      console.log(`audit workbench: ${address}/workbench (sign in with the demo auditor key above)`);
    },
  );
}

export function register(program: Command): void {
  program
    .command('run')
    .description(
      'Run the whole pipeline: generate (or take --input files), ingest, features, fraud-base (claim features, peers), fraud-detectors (one job per detector), fraud (worklist), k3-book (employer-years), K3 (rating book), train (credit models), score, report',
    )
    .option('--inline', 'run every stage in this process, without Redis')
    .option('--members <n>', `synthetic members to generate (default ${DEFAULT_MEMBERS})`, positiveInteger)
    .option('--seed <n>', `generator seed (default ${DEFAULT_SEED})`, nonNegativeInteger)
    .option('--input <paths...>', 'ingest these extract files or folders instead of generating')
    .option('--db <path>', 'warehouse file', DEFAULT_WAREHOUSE_PATH)
    .option('--out <dir>', 'folder for run outputs (default var/runs/<run id>)')
    .option('--stages <list>', 'only these stages, comma-separated')
    .option('--store <location>', 'ops store for run history: duckdb:PATH or postgres://... (TELISIK_STORE)', storeLocationFromEnv())
    .option('--serve', 'after the run, serve the API over what it published (fraud worklist, K3 book, credit models)')
    .option('--port <port>', 'port for --serve', process.env['PORT'] ?? '3000')
    .option('--no-local-workers', 'with Redis: do not start workers in this process (other `telisik worker` processes do the work)')
    .action((options: RunCommandOptions) => runCommand(options));
}
