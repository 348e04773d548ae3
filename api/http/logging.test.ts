// Personal data never reaches the log: a NIK, card number or name in a logged body is
// redacted, and API keys in headers are never written.
import { Type } from '@sinclair/typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../auth/access.js';
import { startApi, type Harness } from '../test-support/harness.js';

const NIK = '3171012345678901';
const CARD = '0001234567890';
const NAME = 'Siti Rahmawati';

let h: Harness;
beforeAll(async () => {
  h = await startApi({
    log: { level: 'debug' },
    routes: [
      async (app) => {
        // Shaped like a product route that (wrongly) receives identifiers in clear.
        app.post(
          '/test/lookup',
          {
            config: roles('bank'),
            schema: {
              body: Type.Object({ nik: Type.String(), peserta: Type.Object({ nomor_kartu: Type.String(), nama: Type.String() }) }),
              response: { 200: Type.Object({ ok: Type.Boolean() }) },
            },
          },
          async (request) => {
            request.log.info({ member: request.body }, 'lookup received');
            return { ok: true };
          },
        );
      },
    ],
  });
});
afterAll(async () => {
  await h.close();
});

describe('log redaction', () => {
  it('hides NIK, card number and name in logged bodies, at any depth', async () => {
    const res = await h.fetch('/test/lookup', {
      method: 'POST',
      key: h.keys.bank,
      json: { nik: NIK, peserta: { nomor_kartu: CARD, nama: NAME } },
    });
    expect(res.status).toBe(200);
    const lines = h.logs();
    const bodyLine = lines.find((l) => l.msg === 'request body');
    expect(bodyLine).toMatchObject({ body: { nik: '[redacted]', peserta: { nomor_kartu: '[redacted]', nama: '[redacted]' } } });
    expect(lines.find((l) => l.msg === 'lookup received')).toMatchObject({ member: { nik: '[redacted]' } });
    expect(bodyLine?.reqId).toBe(res.headers.get('x-request-id'));
    const raw = h.rawLogs();
    for (const secret of [NIK, CARD, NAME, h.keys.bank]) expect(raw).not.toContain(secret);
  });

  it('keeps a caller-supplied request id that is a plain token, and replaces one that is not', async () => {
    const kept = await h.fetch('/health', { headers: { 'x-request-id': 'bank-abc.123' } });
    expect(kept.headers.get('x-request-id')).toBe('bank-abc.123');
    const replaced = await h.fetch('/health', { headers: { 'x-request-id': 'evil\\nline {"x":1}' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
