// The rate limit cannot be bypassed by presenting a new random key on every request: a
// key that resolves to no active client counts against the caller's address; a valid key
// counts against its client, so guessing from one address does not lock that client out.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Harness } from '../test-support/harness.js';

const MAX = 5;
let h: Harness;
beforeAll(async () => {
  h = await startApi({ rateLimit: { max: MAX, timeWindowMs: 60_000 } });
});
afterAll(async () => {
  await h.close();
});

async function statusOf(path: string, key?: string, bearer = false): Promise<number> {
  const res =
    bearer && key !== undefined
      ? await h.fetch(path, { headers: { authorization: `Bearer ${key}` } })
      : await h.fetch(path, key === undefined ? {} : { key });
  await res.arrayBuffer();
  return res.status;
}

describe('rate limit keys', () => {
  it('counts random keys against the address: 429 once the address budget is spent', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < MAX + 3; i++) statuses.push(await statusOf('/runs', `tlk_${randomUUID()}`, i % 2 === 0));
    expect(statuses.slice(0, MAX).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(MAX)).toEqual([429, 429, 429]);
    // Unauthenticated requests (no key at all) share the same address budget.
    expect(await statusOf('/runs')).toBe(429);
    // Probes are never limited: a flood of bad keys must not take the instance out of service.
    expect(await statusOf('/health')).toBe(200);
    expect(await statusOf('/ready')).toBe(200);
  });

  it('keys an authenticated client on its id: the address being limited does not stop it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < MAX + 1; i++) statuses.push(await statusOf('/runs', h.keys.admin));
    expect(statuses).toEqual([...Array<number>(MAX).fill(200), 429]);
    // A client refused by its role is still known: its own budget, not the address's.
    expect(await statusOf('/runs', h.keys.auditor)).toBe(403);
  });

  it('counts a revoked key against the address, not a client budget of its own', async () => {
    const client = (await h.store.listClients()).find((c) => c.role === 'bank')!;
    await h.store.revokeClient(client.id);
    h.app.clients.forget();
    expect(await statusOf('/runs', h.keys.bank)).toBe(429);
  });
});
