// A run as a BullMQ flow. Children complete before their parent, so the chain is built
// upside down: the last stage's gate is the root and the first stage's gate the deepest
// leaf. Each gate fans out its own partition jobs when it runs (see gate-processor.ts),
// because a partition job can have only one parent and must still wait for the stage before.
import type { FlowJob } from 'bullmq';
import type { GateJobData } from './job-data.js';
import { GATE_QUEUE, gateJobId } from './queue-names.js';
import type { RunSpec } from '../stages/stage-definition.js';
import type { StageRegistry } from '../stages/stage-registry.js';

/**
 * Gates plan, add jobs and publish. Publishing writes the warehouse, so a gate may meet
 * another process's lock: 5 attempts from 1 s doubling wait about 15 s in all.
 */
const GATE_ATTEMPTS = 5;
const GATE_BACKOFF_MS = 1_000;

/** The flow of one run: the root is the gate of the last stage. */
export function buildRunFlow(registry: StageRegistry, run: RunSpec, prefix: string): FlowJob {
  const stages = registry.stages();
  if (stages.length === 0) throw new Error('no stages registered');
  let flow: FlowJob | undefined;
  for (const stage of stages) {
    const data: GateJobData = { run, stage: stage.name, step: 'fan-out' };
    flow = {
      name: stage.name,
      queueName: GATE_QUEUE,
      prefix,
      data,
      opts: {
        jobId: gateJobId(run.runId, stage.name),
        attempts: GATE_ATTEMPTS,
        backoff: { type: 'exponential', delay: GATE_BACKOFF_MS },
        // A failed stage fails every later stage, and so the run.
        failParentOnFailure: true,
      },
      ...(flow ? { children: [flow] } : {}),
    };
  }
  return flow as FlowJob;
}
