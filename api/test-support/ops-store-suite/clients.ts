// OpsStore suite: API clients and members' consents.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { consentState } from '../../store/records.js';
import { hash, inDays, type SuiteState } from './support.js';

/** API clients created, found, listed and revoked; consents granted, listed and revoked. */
export function clientScenarios(s: SuiteState): void {
  it('creates, finds by key hash, lists and revokes API clients', async () => {
    const { store } = s;
    const keyHash = hash();
    const bank = await store.createClient({ name: 'Bank Digital Nusantara', role: 'bank', keyHash });
    expect(bank).toMatchObject({ name: 'Bank Digital Nusantara', role: 'bank', revokedAt: null });
    expect(await store.findClientByKeyHash(keyHash)).toMatchObject({ id: bank.id, role: 'bank' });
    expect(await store.findClientByKeyHash(hash())).toBeNull();
    expect((await store.listClients()).map((c) => c.id)).toContain(bank.id);

    const revoked = await store.revokeClient(bank.id);
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
    const again = await store.revokeClient(bank.id);
    expect(again?.revokedAt?.getTime()).toBe(revoked?.revokedAt?.getTime());
    expect((await store.findClientByKeyHash(keyHash))?.revokedAt).toBeInstanceOf(Date);
    expect(await store.revokeClient(randomUUID())).toBeNull();
  });

  it('refuses two clients with the same key hash', async () => {
    const { store } = s;
    const keyHash = hash();
    await store.createClient({ name: 'first', role: 'auditor', keyHash });
    await expect(store.createClient({ name: 'second', role: 'admin', keyHash })).rejects.toThrow();
  });

  it('grants, reads, lists and revokes consents', async () => {
    const { store } = s;
    const memberKey = `m-${randomUUID()}`;
    const consent = await store.grantConsent({
      memberKey,
      bankClientId: 'bank-a',
      purpose: 'credit_scoring',
      scope: ['score', 'reasons'],
      expiresAt: inDays(30),
    });
    await store.grantConsent({
      memberKey,
      bankClientId: 'bank-b',
      purpose: 'credit_scoring',
      scope: ['score'],
      expiresAt: inDays(-1),
    });
    const read = await store.getConsent(consent.id);
    expect(read).toMatchObject({
      memberKey,
      bankClientId: 'bank-a',
      purpose: 'credit_scoring',
      scope: ['score', 'reasons'],
      status: 'active',
    });
    expect(read && consentState(read)).toBe('active');

    const mine = await store.listConsents({ memberKey });
    expect(mine).toHaveLength(2);
    expect(mine.map((c) => consentState(c))).toEqual(expect.arrayContaining(['active', 'expired']));
    expect(await store.listConsents({ memberKey, bankClientId: 'bank-b' })).toHaveLength(1);

    const revoked = await store.revokeConsent(consent.id);
    expect(revoked).toMatchObject({ status: 'revoked' });
    expect(revoked && consentState(revoked)).toBe('revoked');
    expect(await store.revokeConsent(randomUUID())).toBeNull();
    expect(await store.getConsent(randomUUID())).toBeNull();
  });
}
