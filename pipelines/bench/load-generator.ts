// The load generator of the HTTP benches, run as its own process (`node load-generator.js
// JSON`), so that its work never sits in the server's event loop: autocannon at a fixed
// overall rate, with every 2xx response time recorded as measured (microseconds, where
// autocannon's own histogram keeps whole milliseconds). Prints one JSON line: LoadResult.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export interface LoadRequest {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly ratePerSecond: number;
  readonly connections: number;
  readonly seconds: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly ok: number;
  readonly errors: number;
  /** Milliseconds of each 2xx response, in arrival order. */
  readonly latenciesMs: readonly number[];
  /** autocannon's own p99 (whole ms, corrected for coordinated omission). */
  readonly autocannonP99Ms: number;
}

/** Runs one load in a child process and returns what it measured. */
export function runLoad(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [JSON.stringify(request)], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as LoadResult);
    });
  });
}

/** The value at quantile q of ascending `sorted` (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

async function main(request: LoadRequest): Promise<void> {
  const latenciesMs: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: request.method,
        headers: { ...request.headers },
        ...(request.body !== undefined ? { body: request.body } : {}),
        connections: request.connections,
        overallRate: request.ratePerSecond,
        duration: request.seconds,
      },
      (err: unknown, result: autocannon.Result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(Math.round(responseTimeMs * 1000) / 1000);
    });
  });
  const result: LoadResult = {
    requests: r.requests.total,
    ok: r['2xx'],
    errors: r.errors + r.timeouts + r.non2xx,
    latenciesMs,
    autocannonP99Ms: r.latency.p99,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) await main(JSON.parse(process.argv[2]) as LoadRequest);
