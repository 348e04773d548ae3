// Members' consents to a bank reading their score: granted for a purpose and scope until they
// expire, revoked by the member.
import { randomUUID } from 'node:crypto';
import type { ConsentFilter } from '../ops-store.js';
import type { Consent, NewConsent } from '../records.js';
import type { SqlDriver } from './driver.js';
import { consentFromRow } from './rows.js';
import { iso, storable, unmatchable, where } from './sql-values.js';

export class SqlConsents {
  constructor(private readonly db: SqlDriver) {}

  async grantConsent(consent: NewConsent): Promise<Consent> {
    const granted: Consent = {
      ...consent,
      scope: consent.scope.map((s) => storable('scope', s)),
      id: randomUUID(),
      grantedAt: new Date(),
      status: 'active',
      revokedAt: null,
    };
    await this.db.query(
      `INSERT INTO consents (id, member_key, bank_client_id, purpose, scope, granted_at, expires_at, status, revoked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', NULL)`,
      [
        granted.id,
        storable('memberKey', granted.memberKey),
        storable('bankClientId', granted.bankClientId),
        storable('purpose', granted.purpose),
        JSON.stringify(granted.scope),
        iso(granted.grantedAt),
        iso(granted.expiresAt),
      ],
    );
    return granted;
  }

  async getConsent(id: string): Promise<Consent | null> {
    if (unmatchable([id])) return null;
    const rows = await this.db.query('SELECT * FROM consents WHERE id = $1', [id]);
    return rows[0] ? consentFromRow(rows[0]) : null;
  }

  async listConsents(filter: ConsentFilter): Promise<Consent[]> {
    const w = where([
      ['member_key = ?', filter.memberKey],
      ['bank_client_id = ?', filter.bankClientId],
    ]);
    if (unmatchable(w.params)) return [];
    return (await this.db.query(`SELECT * FROM consents${w.sql} ORDER BY granted_at DESC, id`, w.params)).map(consentFromRow);
  }

  async revokeConsent(id: string): Promise<Consent | null> {
    if (unmatchable([id])) return null;
    await this.db.query(`UPDATE consents SET status = 'revoked', revoked_at = $2 WHERE id = $1 AND status = 'active'`, [
      id,
      iso(new Date()),
    ]);
    return this.getConsent(id);
  }
}
