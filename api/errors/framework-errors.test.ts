// Errors raised by Fastify or Node before any route runs (bad URL encoding, an over-long
// path parameter, oversized headers, an unreadable request line) answer with a catalog
// body like every other error: a code, the catalog message, a request id, no internals.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Harness } from '../test-support/harness.js';
import { ERRORS, type ErrorCode } from './catalog.js';

let h: Harness;
beforeAll(async () => {
  h = await startApi();
});
afterAll(async () => {
  await h.close();
});

/** Sends raw bytes (what fetch refuses to send) and returns the raw response. */
function rawRequest(text: string): Promise<string> {
  const { port } = new URL(h.base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    let out = '';
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer')));
    socket.on('data', (d) => (out += String(d)));
    socket.on('close', () => resolve(out));
    socket.on('error', (err) => (out ? resolve(out) : reject(err)));
  });
}

function expectCatalog(status: number, text: string, code: ErrorCode): void {
  expect(status).toBe(ERRORS[code].status);
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(body).toMatchObject({ code, message: ERRORS[code].message });
  expect(typeof body.requestId).toBe('string');
  expect(text).not.toMatch(/FST_ERR|statusCode|not a valid url component|aaaaaaaa|Client Error/);
}

describe('framework errors through the catalog', () => {
  it('bad percent-encoding in the path is MALFORMED_URL', async () => {
    for (const path of ['/runs/%E0%A4%A', '/%', '/credit/consents/%zz/revoke']) {
      const res = await h.fetch(path, { key: h.keys.admin });
      expectCatalog(res.status, await res.text(), 'MALFORMED_URL');
      expect(res.headers.get('x-request-id')).toBeTruthy();
    }
  });

  it('an over-long path parameter is URL_PARAMETER_TOO_LONG', async () => {
    const res = await h.fetch(`/runs/${'a'.repeat(500)}`, { key: h.keys.admin });
    expectCatalog(res.status, await res.text(), 'URL_PARAMETER_TOO_LONG');
  });

  it('oversized headers are HEADERS_TOO_LARGE', async () => {
    const raw = await rawRequest(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expectCatalog(431, body, 'HEADERS_TOO_LARGE');
  });

  it('an unreadable request line is MALFORMED_REQUEST', async () => {
    const raw = await rawRequest('GARBAGE\r\n\r\n');
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expectCatalog(400, body, 'MALFORMED_REQUEST');
  });

  it('a body that is not JSON is refused as UNSUPPORTED_MEDIA_TYPE, whatever its type', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await fetch(`${h.base}/admin/clients`, {
        method: 'POST',
        headers: { 'x-api-key': h.keys.admin, 'content-type': type },
        body: '{"name":"x","role":"bank"}',
      });
      expectCatalog(res.status, await res.text(), 'UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('framework errors are logged at info with their Fastify code, for operators', async () => {
    await (await h.fetch('/%', { key: h.keys.admin })).arrayBuffer();
    expect(h.logs().some((l) => l.msg === 'framework error' && (l.err as { code?: string } | undefined)?.code === 'FST_ERR_BAD_URL')).toBe(
      true,
    );
  });
});
