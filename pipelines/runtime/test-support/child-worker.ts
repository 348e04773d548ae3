// Starts test-support/worker-child.ts in its own Node process (a real process, so a test
// can SIGKILL or SIGTERM it) and follows what it prints, line by line.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { TEST_REDIS_URL, TEST_REGISTRY_MODULE } from './redis-fixture.js';

const CHILD_SCRIPT = fileURLToPath(new URL('./worker-child.ts', import.meta.url));

export interface ChildWorker {
  readonly process: ChildProcess;
  /** Resolves when the child has printed a line containing `text` (now or earlier). */
  waitForLine(text: string): Promise<void>;
  /** Resolves with the exit code and signal once the process has ended. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILLs the child if it is still running. */
  kill(): void;
}

export function startChildWorker(options: { prefix: string; stages: string; lockMs: number; env?: Record<string, string> }): ChildWorker {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT], {
    env: {
      ...process.env,
      TELISIK_REDIS_URL: TEST_REDIS_URL,
      TEST_PREFIX: options.prefix,
      TEST_REGISTRY_MODULE,
      TEST_STAGES: options.stages,
      TEST_LOCK_MS: String(options.lockMs),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  const exit = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters.splice(0)) {
      if (line.includes(waiter.text)) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  return {
    process: child,
    waitForLine: (text) => {
      if (lines.some((l) => l.includes(text))) return Promise.resolve();
      const printed = new Promise<void>((resolve) => waiters.push({ text, resolve }));
      const died = exit.then(({ code, signal }) => {
        throw new Error(`worker child ended (code ${code}, signal ${signal}) before printing "${text}"; it printed: ${lines.join(' | ')}`);
      });
      return Promise.race([printed, died]);
    },
    exited: () => exit,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
