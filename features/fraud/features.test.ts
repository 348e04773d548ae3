// Fraud features are point-in-time (an episode submitted after a claim is invisible to it)
// and every registry entry is a column of the model input, with its peer column when named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFraudTables } from '../../models/fraud/tables.js';
import { FACILITIES, claim, insertRows, member } from '../../models/fraud/test-support/hand-built.js';
import { openWarehouse } from '../warehouse/index.js';
import type { Warehouse } from '../warehouse/index.js';
import { FRAUD_FEATURES } from './index.js';

let w: Warehouse;
const late = claim('pit', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05', tgl_pengajuan: '2024-06-01' });
const early = claim('pit', { tgl_masuk: '2024-03-20', tgl_pulang: '2024-03-22', tgl_pengajuan: '2024-03-30' });
const next = claim('pit', { tgl_masuk: '2024-04-10', tgl_pulang: '2024-04-12', tgl_pengajuan: '2024-04-20', facility_id: '3171R002' });

beforeAll(async () => {
  w = await openWarehouse(':memory:');
  await insertRows(w, 'raw_facilities', Object.values(FACILITIES));
  await insertRows(w, 'raw_members', [member('pit')]);
  await insertRows(w, 'raw_claims', [late, early, next]);
  await buildFraudTables(w.connection);
});

afterAll(async () => {
  await w.close();
});

describe('fraud features', () => {
  it('counts only episodes already submitted when the claim was', async () => {
    const rows = await w.query<{
      nomor_sep: string;
      member_claims_90d: bigint;
      days_since_last_discharge: number;
      member_facilities_90d: bigint;
    }>('SELECT nomor_sep, member_claims_90d, days_since_last_discharge, member_facilities_90d FROM fraud_claim_features');
    const of = (sep: unknown) => rows.find((r) => r.nomor_sep === sep);
    // the March 1 stay was submitted in June: neither later claim may see it
    expect(Number(of(early['nomor_sep'])?.member_claims_90d)).toBe(0);
    expect(Number(of(early['nomor_sep'])?.days_since_last_discharge)).toBe(365);
    expect(Number(of(next['nomor_sep'])?.member_claims_90d)).toBe(1);
    expect(Number(of(next['nomor_sep'])?.days_since_last_discharge)).toBe(19);
    expect(Number(of(next['nomor_sep'])?.member_facilities_90d)).toBe(2);
  });

  it('registers every feature as a model-input column, peers included, with both languages', async () => {
    const cols = new Set(
      (await w.query<{ column_name: string }>("SELECT column_name FROM duckdb_columns() WHERE table_name = 'fraud_model_input'")).map(
        (c) => c.column_name,
      ),
    );
    for (const f of FRAUD_FEATURES) {
      expect(cols.has(f.name), f.name).toBe(true);
      if (f.peerColumn) expect(cols.has(f.peerColumn), f.peerColumn).toBe(true);
      expect(f.descriptionId.length).toBeGreaterThan(10);
      expect(f.descriptionEn.length).toBeGreaterThan(10);
    }
  });
});
