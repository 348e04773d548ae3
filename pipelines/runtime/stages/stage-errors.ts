// How a processor says what kind of failure it hit. Bad input is final (BullMQ
// UnrecoverableError: failed once, not retried); anything else is treated as transient
// and retried with the stage's backoff, because at-least-once delivery makes that safe.
import { UnrecoverableError } from 'bullmq';

/** Input no retry can fix: a malformed extract, a missing file, a schema mismatch. */
export class BadInputError extends Error {
  override readonly name = 'BadInputError';
}

/** A fault worth retrying: a held warehouse lock, a dropped connection. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
}

export function isBadInput(err: unknown): boolean {
  return err instanceof BadInputError || (err instanceof Error && (err.name === 'BadInputError' || err.name === 'UnrecoverableError'));
}

/**
 * Converts a processor's error into what BullMQ acts on. The name is what survives the
 * sandbox boundary (errors cross it as JSON), and BullMQ checks the name as well as the class.
 */
export function toQueueError(err: unknown): Error {
  if (isBadInput(err)) {
    const message = err instanceof Error ? err.message : String(err);
    return new UnrecoverableError(`bad input: ${message}`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
