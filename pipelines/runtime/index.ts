// The pipeline runtime's public face: stage definitions and the registry (what product
// issues extend), processor helpers (errors, warehouse access), and the runners.
export { DEFAULT_RETRY, defineStage, withProcessor } from './stages/stage-definition.js';
export type {
  RetryPolicy,
  RunSpec,
  StageDefinition,
  StageInit,
  StageOutput,
  StageProcessor,
  StageTask,
  TaskResult,
} from './stages/stage-definition.js';
export { StageRegistry } from './stages/stage-registry.js';
export type { StagePlacement } from './stages/stage-registry.js';
export { createStageRegistry, foundationRegistry } from './stages/default-registry.js';
export { defaultRegistryModule, loadStageRegistry } from './stages/registry-module.js';
export type { StageRegistryModule } from './stages/registry-module.js';
export { BadInputError, TransientError, toQueueError } from './stages/stage-errors.js';
export { replacePartitionRows, replaceTableAtomic, withTelisikWarehouse, withWarehouse } from './warehouse/warehouse-session.js';
export { extractDir, featurePartitionDir, featurePartitionPath, reportPath, snapshotPath } from './stages/foundation/run-paths.js';
export type { RunReport, StageOutcome, TaskOutcome, WorkItem } from './execution/run-report.js';
export { stagesThatRan } from './execution/run-report.js';
export type { JobRunner, RunObserver } from './runners/job-runner.js';
export { InlineRunner } from './runners/inline-runner.js';
export { QueuedRunner } from './runners/queued-runner.js';
export { chooseRunner } from './runners/choose-runner.js';
export { StageWorkerHost } from './workers/stage-worker-host.js';
export type { StageWorkerHostOptions, WorkerTuning } from './workers/stage-worker-host.js';
export { RunCoordinator } from './coordinator/run-coordinator.js';
export { GATE_QUEUE, TELISIK_PREFIX, gateJobId, stageQueueName, taskJobId } from './queue/queue-names.js';
export { DEFAULT_REDIS_URL, checkEvictionPolicy, createRedisConnection, probeRedis, redisUrlFromEnv } from './queue/redis-connection.js';
export type { TaskProgress } from './queue/job-data.js';
export type { RunHistory } from './history/run-history.js';
export { runRecorded } from './history/recorded-run.js';
export { onShutdownSignals } from './shutdown.js';
export type { RuntimeLog } from './runtime-log.js';
export { createRuntimeLog, SILENT_LOG } from './runtime-log.js';
