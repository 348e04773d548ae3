// The runtime's logging seam: pino in the CLI, a silent or collecting log in tests. On a
// terminal it writes plain lines (time, level, message) so they read like the rest of the
// command's text; elsewhere (files, CI, pipes) one JSON object per line, for machines.
// TELISIK_LOG_FORMAT=pretty|json overrides the choice.
import { styleText } from 'node:util';
import { pino } from 'pino';

export interface RuntimeLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export type LogFormat = 'pretty' | 'json';

export interface RuntimeLogOptions {
  /** Where lines go; stderr by default, so that stdout stays for the command's own output. */
  readonly stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Environment to read TELISIK_LOG_FORMAT and NO_COLOR from; process.env by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const;
const COLOURS = { info: 'cyan', warn: 'yellow', error: 'red' } as const;

/** pretty on a terminal, json otherwise, unless TELISIK_LOG_FORMAT says. */
export function logFormat(isTTY: boolean, env: Readonly<Record<string, string | undefined>> = process.env): LogFormat {
  const chosen = env.TELISIK_LOG_FORMAT?.trim();
  if (!chosen) return isTTY ? 'pretty' : 'json';
  if (chosen === 'pretty' || chosen === 'json') return chosen;
  throw new Error(`TELISIK_LOG_FORMAT must be pretty or json, got "${chosen}"`);
}

function prettyLog(
  level: string,
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): RuntimeLog {
  const threshold = LEVELS[level as keyof typeof LEVELS] ?? LEVELS.info;
  const colour = stream.isTTY === true && env.NO_COLOR === undefined;
  const write = (name: keyof typeof COLOURS) => (message: string) => {
    if (LEVELS[name] < threshold) return;
    const time = new Date().toTimeString().slice(0, 8);
    const label = name.padEnd(5);
    stream.write(`${time} ${colour ? styleText(COLOURS[name], label) : label} ${message}\n`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

export function createRuntimeLog(level: string = process.env.TELISIK_LOG_LEVEL ?? 'info', options: RuntimeLogOptions = {}): RuntimeLog {
  const env = options.env ?? process.env;
  const stream = options.stream ?? process.stderr;
  if (logFormat(stream.isTTY === true, env) === 'pretty') return prettyLog(level, stream, env);
  const logger = pino({ level, base: undefined }, options.stream ?? pino.destination(2));
  return {
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (message) => logger.error(message),
  };
}

export const SILENT_LOG: RuntimeLog = Object.freeze({ info: () => undefined, warn: () => undefined, error: () => undefined });
