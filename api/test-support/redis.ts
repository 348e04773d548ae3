// Test helper: the real Redis the queue tests use. Under CI=true a missing server fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TELISIK_TEST_REDIS ?? 'redis://127.0.0.1:6379';

export async function redisAvailable(): Promise<boolean> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch (err) {
    if (process.env.CI === 'true')
      throw new Error(`Redis is required under CI at ${TEST_REDIS_URL}: ${(err as Error).message}`, { cause: err });
    console.warn(`Redis not reachable at ${TEST_REDIS_URL}; its tests are skipped outside CI`);
    return false;
  } finally {
    redis.disconnect();
  }
}

/** BullMQ needs this on connections that block. */
export const newRedis = (): Redis => new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });

/** Ports the fault tests may give their own redis-server (never the shared 6379). */
export const OWN_REDIS_PORTS = Object.freeze([6431, 6432, 6433, 6434, 6435, 6436, 6437, 6438, 6439]);

/** A redis-server this test started on its own port, for stopping and restarting it. */
export interface OwnRedis {
  readonly port: number;
  readonly url: string;
  /** Stops the server (SIGTERM, no save) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Freezes the server (SIGSTOP): connections stay open, commands get no answer. */
  pause(): void;
  /** Lets a paused server run again (SIGCONT). */
  resume(): void;
}

async function pingOnce(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 500,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * Starts redis-server (no persistence) on the first free port of OWN_REDIS_PORTS. Several
 * test files may run at once: a port whose server does not come up is skipped.
 */
export async function startOwnRedis(): Promise<OwnRedis> {
  let child: ChildProcess | undefined;
  const launch = async (port: number): Promise<boolean> => {
    if (await pingOnce(`redis://127.0.0.1:${port}`)) return false; // someone else's
    const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    let exited = false;
    proc.once('exit', () => {
      exited = true;
    });
    for (let i = 0; i < 50 && !exited; i++) {
      if (await pingOnce(`redis://127.0.0.1:${port}`)) {
        child = proc;
        return true;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    proc.kill('SIGKILL');
    return false;
  };
  const stop = async (): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGCONT');
    proc.kill('SIGTERM');
    await exited;
  };
  for (const port of OWN_REDIS_PORTS) {
    if (await launch(port)) {
      return {
        port,
        url: `redis://127.0.0.1:${port}`,
        stop,
        async start() {
          if (!(await launch(port))) throw new Error(`redis-server did not start again on port ${port}`);
        },
        pause: () => child?.kill('SIGSTOP'),
        resume: () => child?.kill('SIGCONT'),
      };
    }
  }
  throw new Error(`no free port for an own redis-server among ${OWN_REDIS_PORTS.join(', ')}`);
}
