// A client that announces a body and stalls half-way must not hold a socket for ever
// (seen: 400 s with no answer). The idle connection is closed after the request timeout.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Harness } from '../test-support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startApi({ requestTimeoutMs: 300 });
});
afterAll(async () => {
  await h.close();
});

/** Sends a request whose body stops short of its content-length; resolves when the server closes. */
function stalledRequest(): Promise<{ closedByServer: boolean; text: string }> {
  const { port } = new URL(h.base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(
        `POST /k3/quotes HTTP/1.1\r\nHost: x\r\nx-api-key: ${h.keys.underwriter}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"a":`,
      );
    });
    let text = '';
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve({ closedByServer: false, text });
    }, 10_000);
    socket.on('data', (d) => (text += String(d)));
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve({ closedByServer: true, text });
    });
    socket.on('error', () => undefined);
  });
}

describe('a stalled request body', () => {
  it('is cut off by the server instead of holding the socket open', async () => {
    const { closedByServer, text } = await stalledRequest();
    expect(closedByServer).toBe(true);
    // Either nothing (the socket is dropped) or a catalog 408: never a stack or a route's answer.
    if (text) expect(text).toMatch(/^HTTP\/1\.1 408/);
  });
});
