// What BullMQ does with a processor's error is decided by the error's type: permanent
// classes fail once (UnrecoverableError), everything else is retried, whatever its text.
import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import {
  BadInputError,
  InputFilesFailedError,
  isPermanent,
  QueueUnavailableError,
  RunCancelledError,
  toQueueError,
  TransientError,
} from './stage-errors.js';

describe('stage errors', () => {
  it('maps the permanent classes to UnrecoverableError and keeps the others retryable', () => {
    const files = new InputFilesFailedError([{ path: '/in/claims.csv.gz', reason: 'truncated' }]);
    expect(files.message).toBe('1 input file failed: /in/claims.csv.gz: truncated');
    for (const err of [
      new BadInputError('no header'),
      files,
      new RunCancelledError('r1', 'SIGTERM received'),
      new QueueUnavailableError('gone'),
    ]) {
      expect(isPermanent(err)).toBe(true);
      expect(toQueueError(err)).toBeInstanceOf(UnrecoverableError);
    }
    expect(toQueueError(files).message).toBe('bad input: 1 input file failed: /in/claims.csv.gz: truncated');
    expect(toQueueError(new RunCancelledError('r1', 'SIGTERM received')).message).toBe('failed: run r1 cancelled: SIGTERM received');
    const transient = new TransientError('warehouse locked');
    expect(isPermanent(transient)).toBe(false);
    expect(toQueueError(transient)).toBe(transient);
  });

  it('does not read messages: a plain Error saying "bad input" or "unknown format" is retried', () => {
    for (const message of ['bad input: no header', 'x.csv: unknown format', 'cannot tell the table', 'different pseudonym key']) {
      const err = new Error(message);
      expect(isPermanent(err)).toBe(false);
      expect(toQueueError(err)).not.toBeInstanceOf(UnrecoverableError);
    }
  });

  it('recognises a permanent error that crossed a thread as JSON by its name', () => {
    const crossed = Object.assign(new Error('partition bali has a malformed extract'), { name: 'BadInputError' });
    expect(isPermanent(crossed)).toBe(true);
    expect(toQueueError(crossed).message).toBe('bad input: partition bali has a malformed extract');
  });
});
