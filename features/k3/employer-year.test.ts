// The K3 employer-year features on a generated extract: exposure against the spells,
// point-in-time (an earlier as-of date reproduces the earlier years exactly), and counts.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../warehouse/index.js';
import type { Warehouse } from '../warehouse/index.js';
import { employerYearSql } from './employer-year-sql.js';
import { buildEmployerYearTable, loadEmployerYears } from './load.js';
import { loadClaims } from './claims.js';
import { k3TestWarehouseCopy } from './testing/k3-extract.js';

let w: Warehouse;
let dir: string;

beforeAll(async () => {
  const copy = await k3TestWarehouseCopy();
  dir = copy.dir;
  w = await openWarehouse(copy.warehousePath, { threads: 1 });
}, 300_000);

afterAll(async () => {
  await w?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('k3 employer-year features', () => {
  it('builds one row per employer and policy year inside the ledger, with cases and exposure', async () => {
    const n = await buildEmployerYearTable(w);
    const years = await loadEmployerYears(w);
    expect(years.length).toBe(n);
    const policyYears = new Set(years.map((y) => y.policyYear));
    expect([...policyYears].sort()).toEqual([0, 1, 2, 3]);
    const keys = new Set(years.map((y) => `${y.employerId}/${y.policyYear}`));
    expect(keys.size).toBe(years.length);
    const claims = years.reduce((s, y) => s + y.claimCount, 0);
    const workerYears = years.reduce((s, y) => s + y.workerYears, 0);
    // DOMAIN.md section 1: about 4.5 JKK cases per 1,000 active workers a year; the generator aims there.
    expect((claims / workerYears) * 1000).toBeGreaterThan(2.5);
    expect((claims / workerYears) * 1000).toBeLessThan(8);
    for (const y of years) {
      expect(y.claimCount).toBe(y.kkCases + y.pakCases);
      expect(y.jkkOnTimeShare).toBeGreaterThanOrEqual(0);
      expect(y.jkkOnTimeShare).toBeLessThanOrEqual(1);
      expect(y.femaleShare).toBeGreaterThanOrEqual(0);
      expect(y.wageBill).toBeGreaterThan(0);
    }
  });

  it('counts every employer KK/PAK case of the ledger years once', async () => {
    const [direct] = await w.query<{ n: bigint }>(`
      SELECT count(*) AS n FROM raw_kkpak_cases c JOIN raw_employers e USING (employer_id)
      WHERE c.accident_date > (SELECT last_day(max(period)) FROM raw_contributions) - INTERVAL 4 YEAR
        AND c.reported_date <= (SELECT last_day(max(period)) FROM raw_contributions)`);
    const [built] = await w.query<{ n: bigint }>(`SELECT sum(claim_count) AS n FROM k3_employer_year`);
    // Every case falls in a year where its own spell gives the employer exposure.
    expect(Number(built!.n)).toBe(Number(direct!.n));
  });

  it('is point-in-time: features as of a year earlier equal the later build for that year', async () => {
    const [{ end }] = (await w.query<{ end: Date }>(`SELECT last_day(max(period)) AS "end" FROM raw_contributions`)) as [{ end: Date }];
    const earlier = new Date(end);
    earlier.setUTCFullYear(earlier.getUTCFullYear() - 1);
    const asOf = earlier.toISOString().slice(0, 10);
    const cols =
      'employer_id, worker_years, wage_bill, claim_count, high_fatality_cases, days_off, benefit_cost, jkk_months_due, jkk_months_late, jkk_months_unpaid';
    const diff = await w.query<{ n: bigint }>(`
      SELECT count(*) AS n FROM (
        (SELECT ${cols} FROM (${employerYearSql({ asOf })}) WHERE policy_year = 0
         EXCEPT SELECT ${cols} FROM k3_employer_year WHERE policy_year = 1)
        UNION ALL
        (SELECT ${cols} FROM k3_employer_year WHERE policy_year = 1
         EXCEPT SELECT ${cols} FROM (${employerYearSql({ asOf })}) WHERE policy_year = 0))`);
    expect(Number(diff[0]!.n)).toBe(0);
    // Payments made after the as-of date are unpaid as of it: the earlier build sees at least as many.
    const [unpaid] = await w.query<{ a: bigint; b: bigint }>(`
      SELECT (SELECT sum(jkk_months_unpaid) FROM (${employerYearSql({ asOf })}) WHERE policy_year = 0) AS a,
             (SELECT sum(jkk_months_unpaid) FROM k3_employer_year WHERE policy_year = 1) AS b`);
    expect(Number(unpaid!.a)).toBe(Number(unpaid!.b));
  });

  it('lists every counted case once, in the year it is counted, with only pseudonymous keys', async () => {
    const years = await loadEmployerYears(w);
    const claims = await loadClaims(w);
    const perYear = new Map<string, { n: number; cost: number }>();
    for (const c of claims) {
      const k = `${c.employerId}/${c.policyYear}`;
      const x = perYear.get(k) ?? { n: 0, cost: 0 };
      x.n++;
      x.cost += c.benefitCost;
      perYear.set(k, x);
      expect(c.caseId).toMatch(/^PLKK/);
      // The member key is the keyed hash made at ingestion, never a 16-digit NIK.
      expect(c.memberKey).not.toMatch(/^[0-9]{16}$/);
    }
    expect(claims.length).toBe(years.reduce((s, y) => s + y.claimCount, 0));
    for (const y of years) {
      const x = perYear.get(`${y.employerId}/${y.policyYear}`) ?? { n: 0, cost: 0 };
      expect(x.n).toBe(y.claimCount);
      expect(x.cost).toBe(y.benefitCost);
    }
  });
});
