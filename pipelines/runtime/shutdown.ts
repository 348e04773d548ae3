// Shutdown on SIGTERM/SIGINT: an optional first step (`telisik run` cancels its run and
// records it), then close in order (workers first, which wait for their active jobs; then
// queues, flows, stores), once, and exit with the code the caller chose: 0 for a worker
// that stopped cleanly, 128 + signal number (130, 143) for a run that was interrupted.
// A second signal exits at once, for the operator who does not want to wait.
import { setTimeout as sleep } from 'node:timers/promises';
import type { RuntimeLog } from './runtime-log.js';

export type Closer = () => Promise<void>;

/** The shell convention for a process ended by a signal: 128 + its number. */
export const SIGNAL_EXIT_CODES: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = Object.freeze({ SIGINT: 130, SIGTERM: 143 });

/** How long the step before closing may take before the process closes anyway. */
export const BEFORE_CLOSE_TIMEOUT_MS = 15_000;

export interface ShutdownOptions {
  readonly exit?: (code: number) => void;
  /** Exit code after a graceful shutdown on `signal` (default 0). */
  readonly exitCode?: (signal: NodeJS.Signals) => number;
  /** Runs before the closers (e.g. cancel and record the run); bounded by `beforeCloseTimeoutMs`. */
  readonly beforeClose?: (signal: NodeJS.Signals) => Promise<void>;
  readonly beforeCloseTimeoutMs?: number;
  /** What the first signal's log line says is happening (default: finishing active jobs). */
  readonly announce?: string;
}

/** Installs the handlers; returns a function that runs the same shutdown on demand. */
export function onShutdownSignals(
  closers: readonly Closer[],
  log: RuntimeLog,
  options: ShutdownOptions | ((code: number) => void) = {},
): () => Promise<void> {
  const opts: ShutdownOptions = typeof options === 'function' ? { exit: options } : options;
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let closing: Promise<void> | undefined;
  let signalled = false;
  const shutdown = (): Promise<void> => {
    closing ??= (async () => {
      for (const close of closers) {
        try {
          await close();
        } catch (err) {
          log.error(`during shutdown: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    })();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled || closing) {
      log.warn(`${signal} again: exiting without waiting for active jobs`);
      exit(opts.exitCode ? opts.exitCode(signal) : 130);
      return;
    }
    signalled = true;
    log.info(`${signal}: ${opts.announce ?? 'finishing active jobs, then closing queues and stores'} (send again to exit now)`);
    void (async () => {
      if (opts.beforeClose) {
        const timeout = opts.beforeCloseTimeoutMs ?? BEFORE_CLOSE_TIMEOUT_MS;
        const timer = new AbortController();
        const timedOut = sleep(timeout, 'timed out' as const, { signal: timer.signal }).catch(() => 'done' as const);
        const outcome = await Promise.race([
          opts.beforeClose(signal).then(
            () => 'done' as const,
            (err: unknown) => {
              log.error(`during shutdown: ${err instanceof Error ? err.message : String(err)}`);
              return 'done' as const;
            },
          ),
          timedOut,
        ]);
        timer.abort();
        if (outcome === 'timed out') log.warn(`${signal}: gave up waiting after ${timeout} ms; closing anyway`);
      }
      await shutdown();
      exit(opts.exitCode ? opts.exitCode(signal) : 0);
    })();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return async () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await shutdown();
  };
}
