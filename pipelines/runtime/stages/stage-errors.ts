// How a processor or runner says what kind of failure it hit, as types. Permanent failures
// (bad input, a cancelled run, a queue that lost the run) are final: BullMQ's
// UnrecoverableError, failed once and not retried. Transient ones are retried with the
// stage's backoff, which at-least-once delivery makes safe. What to do with an error is
// decided by its class here, never by matching its message.
import { UnrecoverableError } from 'bullmq';

/** A failure that no retry can fix: the job fails once. */
export abstract class PermanentError extends Error {
  readonly permanent = true as const;
}

/** A fault worth retrying: a held warehouse lock, a dropped connection. */
export class TransientError extends Error {
  override readonly name: string = 'TransientError';
  readonly permanent = false as const;
}

/** Input no retry can fix: a malformed extract, a missing file, a schema mismatch. */
export class BadInputError extends PermanentError {
  override readonly name: string = 'BadInputError';
}

/** One or more input files of a run failed to ingest; each is named with its reason. */
export class InputFilesFailedError extends BadInputError {
  override readonly name: string = 'InputFilesFailedError';
  constructor(readonly files: readonly { readonly path: string; readonly reason: string }[]) {
    super(`${files.length} input file${files.length === 1 ? '' : 's'} failed: ${files.map((f) => `${f.path}: ${f.reason}`).join('; ')}`);
  }
}

/** The run was stopped on purpose (a signal to `telisik run`); its jobs are failed or removed. */
export class RunCancelledError extends PermanentError {
  override readonly name: string = 'RunCancelledError';
  constructor(
    readonly runId: string,
    readonly reason: string,
  ) {
    super(`run ${runId} cancelled: ${reason}`);
  }
}

/**
 * The queue can no longer carry the run: Redis unreachable beyond the stated deadline, or
 * the run's jobs gone from it (Redis restarted without its data). Final for the run.
 */
export class QueueUnavailableError extends PermanentError {
  override readonly name: string = 'QueueUnavailableError';
}

/**
 * Names of the permanent classes. Errors cross the sandbox boundary as JSON, where only the
 * name survives, so the name is the type tag there (BullMQ checks it the same way).
 */
const PERMANENT_NAMES: ReadonlySet<string> = new Set([
  'BadInputError',
  'InputFilesFailedError',
  'RunCancelledError',
  'QueueUnavailableError',
  'UnrecoverableError',
]);

/** Whether `err` is final: a PermanentError, or one that crossed a thread or queue as such. */
export function isPermanent(err: unknown): boolean {
  if (err instanceof PermanentError || err instanceof UnrecoverableError) return true;
  if (err instanceof TransientError) return false;
  return err instanceof Error && PERMANENT_NAMES.has(err.name);
}

const BAD_INPUT_NAMES: ReadonlySet<string> = new Set(['BadInputError', 'InputFilesFailedError']);

/**
 * Converts a processor's error into what BullMQ acts on: permanent errors become
 * UnrecoverableError (no retry), the message prefixed with what kind of failure it was.
 */
export function toQueueError(err: unknown): Error {
  if (err instanceof UnrecoverableError) return err;
  if (isPermanent(err)) {
    const message = err instanceof Error ? err.message : String(err);
    const kind = err instanceof BadInputError || (err instanceof Error && BAD_INPUT_NAMES.has(err.name)) ? 'bad input' : 'failed';
    return new UnrecoverableError(`${kind}: ${message}`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
