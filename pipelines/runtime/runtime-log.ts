// The runtime's logging seam: pino in the CLI, a silent or collecting log in tests.
import { pino } from 'pino';

export interface RuntimeLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Logs to stderr so that stdout stays for the command's own output. */
export function createRuntimeLog(level: string = process.env.TELISIK_LOG_LEVEL ?? 'info'): RuntimeLog {
  const logger = pino({ level, base: undefined }, pino.destination(2));
  return {
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (message) => logger.error(message),
  };
}

export const SILENT_LOG: RuntimeLog = Object.freeze({ info: () => undefined, warn: () => undefined, error: () => undefined });
