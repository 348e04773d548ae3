// The FKTP x month features on the committed sample: they add up to the source tables, and
// every hospital claim's primary-care referral is traced to the visit that wrote it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../warehouse/warehouse.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { ingestFiles } from '../ingest/index.js';
import { TEST_KEY, workspace } from '../ingest/testing/fixtures.js';
import type { Workspace } from '../ingest/testing/fixtures.js';
import { FKTP_MONTH_TABLE, buildFktpMonthTable } from './index.js';

let ws: Workspace;
let wh: Warehouse;

beforeAll(async () => {
  ws = workspace();
  wh = await openWarehouse(ws.dbPath);
  await ingestFiles(wh, ['data-samples/sample'], { pseudonymKey: TEST_KEY });
});
afterAll(async () => {
  await wh.close();
  ws.remove();
});

const one = async (sql: string): Promise<number> => Number(Object.values((await wh.query<Record<string, unknown>>(sql))[0] ?? {})[0]);

describe('feature_fktp_month', () => {
  it('adds up to the source tables: capitation, visits, referrals, PRB refills', async () => {
    expect(await buildFktpMonthTable(wh)).toBeGreaterThan(1000);
    expect(await one(`SELECT sum(capitation_amount) FROM ${FKTP_MONTH_TABLE}`)).toBe(
      await one('SELECT sum(capitation_amount) FROM raw_capitation'),
    );
    expect(await one(`SELECT sum(visits) FROM ${FKTP_MONTH_TABLE}`)).toBe(await one('SELECT count(*) FROM raw_fktp_visits'));
    expect(await one(`SELECT sum(prb_refills) FROM ${FKTP_MONTH_TABLE}`)).toBe(await one('SELECT count(*) FROM raw_prb_claims'));
    expect(await one(`SELECT count(*) FROM (SELECT facility_id, month FROM ${FKTP_MONTH_TABLE} GROUP BY ALL HAVING count(*) > 1)`)).toBe(0);
  });

  it('traces hospital claims to the referral visits (the sample has no referral without a visit beyond its defects)', async () => {
    const cited = await one(`SELECT sum(hospital_claims_referred) FROM ${FKTP_MONTH_TABLE}`);
    expect(cited).toBeGreaterThan(500);
    // a referral visit dropped as a defect leaves its claim without a visit, nothing else does
    expect(await one(`SELECT sum(referrals_without_visit) FROM ${FKTP_MONTH_TABLE}`)).toBeLessThanOrEqual(
      await one(`SELECT count(*) FROM quarantine WHERE table_name = 'fktp_visits'`),
    );
    expect(await one(`SELECT count(*) FROM ${FKTP_MONTH_TABLE} WHERE referral_ratio < 0 OR referral_ratio > 1 OR contact_rate < 0`)).toBe(
      0,
    );
    expect(await one(`SELECT count(*) FROM ${FKTP_MONTH_TABLE} WHERE facility_type IS NULL`)).toBe(0);
  });
});
