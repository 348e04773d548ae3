// Entry of the sandboxed processor: BullMQ imports this file in a worker thread
// (`useWorkerThreads: true`) for CPU-heavy stages, so a long training step cannot starve
// the host's event loop and its lock renewals. The registry module comes in workerData.
import { workerData } from 'node:worker_threads';
import type { SandboxedJob } from 'bullmq';
import type { TaskJobData } from '../queue/job-data.js';
import type { TaskResult } from '../stages/stage-definition.js';
import { loadStageRegistry } from '../stages/registry-module.js';
import { processTaskJob } from './task-processor.js';

/** What the worker host passes to every sandbox thread. */
export interface SandboxWorkerData {
  readonly registryModule: string;
}

export default async function sandboxedTask(job: SandboxedJob<TaskJobData>): Promise<TaskResult> {
  const { registryModule } = workerData as SandboxWorkerData;
  return processTaskJob(await loadStageRegistry(registryModule), job);
}
