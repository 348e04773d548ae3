// Test helper: a TCP proxy in front of a real server (PostgreSQL here) that a test can
// switch between forwarding, refusing connections (server down) and swallowing traffic
// (a server or network that accepts but never answers), without touching the server.
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export type ProxyMode = 'forward' | 'refuse' | 'blackhole';

export interface FaultProxy {
  /** The port the proxy listens on (stable across refuse/forward). */
  readonly port: number;
  readonly mode: ProxyMode;
  /**
   * forward: pass bytes both ways (connections held by a blackhole are cut first, as a
   * restarted server would); refuse: stop listening and cut every connection (connect
   * attempts get ECONNREFUSED); blackhole: accept, and drop every byte on new and existing
   * connections.
   */
  set(mode: ProxyMode): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  let mode: ProxyMode = 'forward';
  const pairs = new Set<{ client: Socket; upstream: Socket | null }>();

  const cut = (pair: { client: Socket; upstream: Socket | null }): void => {
    pair.client.destroy();
    pair.upstream?.destroy();
    pairs.delete(pair);
  };

  const onConnection = (client: Socket): void => {
    const pair: { client: Socket; upstream: Socket | null } = { client, upstream: null };
    pairs.add(pair);
    client.on('error', () => cut(pair));
    client.on('close', () => cut(pair));
    if (mode === 'blackhole') {
      client.on('data', () => undefined);
      return;
    }
    const upstream = createConnection(target);
    pair.upstream = upstream;
    upstream.on('error', () => cut(pair));
    upstream.on('close', () => cut(pair));
    // Bytes pass only while forwarding; a blackhole swallows them in both directions.
    client.on('data', (chunk: Buffer) => {
      if (mode === 'forward') upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (mode === 'forward') client.write(chunk);
    });
  };

  let server: Server = createServer(onConnection);
  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        const address = server.address();
        if (address === null || typeof address === 'string') reject(new Error('no TCP address'));
        else resolve(address.port);
      });
    });
  const stopListening = (): Promise<void> => new Promise((resolve) => server.close(() => resolve()));
  const port = await listen(0);

  return {
    port,
    get mode() {
      return mode;
    },
    async set(next) {
      if (next === mode) return;
      const previous = mode;
      mode = next;
      if (next === 'refuse') {
        for (const pair of [...pairs]) cut(pair);
        await stopListening();
      } else if (next === 'forward') {
        if (previous === 'blackhole') for (const pair of [...pairs]) cut(pair);
        if (previous === 'refuse') {
          server = createServer(onConnection);
          await listen(port);
        }
      } else if (previous === 'refuse') {
        server = createServer(onConnection);
        await listen(port);
      }
    },
    async close() {
      for (const pair of [...pairs]) cut(pair);
      if (mode !== 'refuse') await stopListening();
    },
  };
}
