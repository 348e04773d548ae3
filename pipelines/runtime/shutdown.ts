// Graceful shutdown on SIGTERM/SIGINT: close in order (workers first, which wait for
// their active jobs; then queues, flows, stores), once. A second signal exits at once,
// for the operator who does not want to wait for a long training job.
import type { RuntimeLog } from './runtime-log.js';

export type Closer = () => Promise<void>;

/** Installs the handlers; returns a function that runs the same shutdown on demand. */
export function onShutdownSignals(closers: readonly Closer[], log: RuntimeLog, exit: (code: number) => void = (code) => process.exit(code)): () => Promise<void> {
  let closing: Promise<void> | undefined;
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
    if (closing) {
      log.warn(`${signal} again: exiting without waiting for active jobs`);
      exit(130);
      return;
    }
    log.info(`${signal}: finishing active jobs, then closing queues and stores (send again to exit now)`);
    void shutdown().then(() => exit(0));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return async () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await shutdown();
  };
}
