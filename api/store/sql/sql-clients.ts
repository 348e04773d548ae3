// API clients of the ops store (banks, auditors, admins, member channels): created with a key
// hash, found by it, revoked but never deleted (the access log names the bank by its client).
import { randomUUID } from 'node:crypto';
import type { ApiClient, NewApiClient } from '../records.js';
import type { SqlDriver } from './driver.js';
import { clientFromRow } from './rows.js';
import { iso, storable, unmatchable } from './sql-values.js';

export class SqlClients {
  constructor(private readonly db: SqlDriver) {}

  async createClient(client: NewApiClient): Promise<ApiClient> {
    const created: ApiClient = {
      id: randomUUID(),
      name: storable('name', client.name),
      role: client.role,
      createdAt: new Date(),
      revokedAt: null,
    };
    await this.db.query('INSERT INTO api_clients (id, name, role, key_hash, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, NULL)', [
      created.id,
      created.name,
      storable('role', created.role),
      storable('keyHash', client.keyHash),
      iso(created.createdAt),
    ]);
    return created;
  }

  async findClientByKeyHash(keyHash: string): Promise<ApiClient | null> {
    if (unmatchable([keyHash])) return null;
    const rows = await this.db.query('SELECT * FROM api_clients WHERE key_hash = $1', [keyHash]);
    return rows[0] ? clientFromRow(rows[0]) : null;
  }

  async getClient(id: string): Promise<ApiClient | null> {
    if (unmatchable([id])) return null;
    const rows = await this.db.query('SELECT * FROM api_clients WHERE id = $1', [id]);
    return rows[0] ? clientFromRow(rows[0]) : null;
  }

  async listClients(): Promise<ApiClient[]> {
    return (await this.db.query('SELECT * FROM api_clients ORDER BY created_at, id')).map(clientFromRow);
  }

  async revokeClient(id: string): Promise<ApiClient | null> {
    if (unmatchable([id])) return null;
    await this.db.query('UPDATE api_clients SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [id, iso(new Date())]);
    return this.getClient(id);
  }
}
