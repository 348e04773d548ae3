// A redis-server of the test's own, on its own port (6421-6429, never the shared 6379), for
// fault tests that stop and restart Redis. It keeps nothing on disk, so a restart comes
// back empty, as a Redis restarted without its data does.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { probeRedis } from '../queue/redis-connection.js';

/** How long a starting server may take to answer PING before the test fails. */
const START_DEADLINE_MS = 10_000;

export interface OwnRedis {
  readonly port: number;
  readonly url: string;
  /** Stops the server (SIGKILL: nothing is saved, clients see the connection drop). */
  stop(): Promise<void>;
  /** Starts a fresh, empty server on the same port. */
  restart(): Promise<void>;
  /** Stops it for good and removes its folder. */
  dispose(): Promise<void>;
}

export async function startOwnRedis(port: number): Promise<OwnRedis> {
  if (port < 6421 || port > 6429) throw new Error(`own Redis ports are 6421-6429, got ${port}`);
  const dir = await mkdtemp(join(tmpdir(), `telisik-redis-${port}-`));
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    if (await probeRedis(url, 500)) throw new Error(`something already answers on ${url}: another test's Redis?`);
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        '--maxmemory-policy',
        'noeviction',
        '--loglevel',
        'warning',
      ],
      { stdio: 'ignore' },
    );
    server = child;
    const spawnFailed = once(child, 'error').then(([err]) => {
      throw err as Error;
    });
    spawnFailed.catch(() => undefined);
    const deadline = Date.now() + START_DEADLINE_MS;
    for (;;) {
      if (await Promise.race([probeRedis(url, 500), spawnFailed])) return;
      if (child.exitCode !== null) throw new Error(`redis-server on port ${port} exited with code ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer within ${START_DEADLINE_MS} ms`);
      await sleep(50);
    }
  };
  const stop = async (): Promise<void> => {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    port,
    url,
    stop,
    restart: start,
    dispose: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
