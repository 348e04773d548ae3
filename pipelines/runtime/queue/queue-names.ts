// Queue names, the key prefix and deterministic job ids. The prefix is a Redis hash tag
// (`{telisik}`) so every key of every queue lands in one Redis Cluster slot, which BullMQ's
// multi-key Lua scripts require.
import { QUEUE_PREFIX } from '../../../api/runs/run-request.js';

/** Default key prefix: a hash tag, Redis Cluster ready; shared with the API's run-request queue. */
export const TELISIK_PREFIX: string = QUEUE_PREFIX;

/** The queue of stage gates: one job per stage of a run, which fans out and publishes. */
export const GATE_QUEUE = 'gates';

/** The queue holding one stage's partition jobs. */
export function stageQueueName(stage: string): string {
  return `stage-${stage}`;
}

// BullMQ forbids ':' in custom ids (it is the key separator), so parts are joined with '.'.
function idPart(part: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) throw new Error(`"${part}" cannot be part of a job id: use letters, digits, - and _`);
  return part;
}

/** The gate job of one stage of one run. */
export function gateJobId(runId: string, stage: string): string {
  return `${idPart(runId)}.${idPart(stage)}`;
}

/** One partition job: the same run, stage, processor and partition always get the same id. */
export function taskJobId(runId: string, stage: string, processor: string, partition: string): string {
  return `${idPart(runId)}.${idPart(stage)}.${idPart(processor)}.${idPart(partition)}`;
}

/** Checks a prefix is a hash tag, so that a cluster deployment cannot split a queue. */
export function assertHashTagPrefix(prefix: string): string {
  if (!/^\{[^{}]+\}$/.test(prefix)) throw new Error(`queue prefix "${prefix}" must be a Redis hash tag like {telisik}`);
  return prefix;
}
