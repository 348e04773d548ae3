// Point-in-time credit features on a hand-made warehouse: one member whose ledger, wage
// spells, hospital stays and KK/PAK cases are known row by row, so every feature has an
// exact expected value, and nothing dated after the observation date may count.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../warehouse/warehouse.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { CREDIT_FEATURES_TABLE, buildCreditFeatures } from './build.js';
import { LATEST_OBSERVATION, creditFeaturesSql, sequenceColumns } from './features-sql.js';
import { CREDIT_FEATURES, PAYMENT_STATUS } from './registry.js';

const OBS = '2026-01-01';
const MEMBER = 'a'.repeat(64);
const NEWCOMER = 'b'.repeat(64);
const CARD = 'c'.repeat(64);
let dir: string;
let w: Warehouse;

/** Months before OBS (1 = December 2025) and how each was paid: on time, late, unpaid, or paid only after OBS. */
const LEDGER: Readonly<Record<number, 'on' | 'late' | 'unpaid' | 'after'>> = {
  1: 'after',
  2: 'unpaid',
  3: 'on',
  4: 'on',
  5: 'late',
  6: 'on',
  7: 'unpaid',
  8: 'unpaid',
  9: 'unpaid',
  10: 'on',
  11: 'on',
  12: 'on',
  13: 'on',
  14: 'on',
  15: 'on',
  16: 'on',
  17: 'on',
  18: 'on',
  19: 'on',
  20: 'on',
  21: 'late',
  22: 'on',
  23: 'on',
  24: 'on',
  25: 'unpaid',
};

function period(monthsAgo: number): string {
  const d = new Date(Date.UTC(2026, 0 - monthsAgo, 1));
  return d.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telisik-credit-features-'));
  w = await openWarehouse(join(dir, 'w.duckdb'));
  await w.run(`INSERT INTO raw_members BY NAME SELECT * FROM (VALUES
    ('${MEMBER}', '${CARD}', DATE '1990-05-01', 'P', '32', '3201', 'PBPU', 2, DATE '2020-03-15', DATE '2021-01-10', 1000000::BIGINT, 0, 1::BIGINT),
    ('${NEWCOMER}', '${'d'.repeat(64)}', DATE '1999-01-01', 'L', '31', '3101', 'PPU', 3, DATE '2025-10-20', NULL, NULL, 0, 2::BIGINT))
    AS t(member_key, card_key, birth_date, sex, province_code, regency_code, jkn_segment, care_class, jkn_registered_date, bpjstk_registered_date, jht_opening_balance, _file_id, _line)`);
  const rows: string[] = [];
  for (const [ago, how] of Object.entries(LEDGER)) {
    const p = period(Number(ago));
    const due = addDays(p, 9);
    const paid =
      how === 'on'
        ? `DATE '${addDays(p, 5)}'`
        : how === 'late'
          ? `DATE '${addDays(p, 40)}'`
          : how === 'after'
            ? `DATE '2026-01-05'`
            : 'NULL';
    rows.push(
      `('KES-${ago}', '${MEMBER}', 'KES', NULL, DATE '${p}', DATE '${due}', ${paid}, 100000, 100000, 100000, 0, 0, 0, 0, 0, ${ago})`,
    );
    // A BPJamsostek row paying JHT, always on time: adds to the balance, never to arrears.
    rows.push(
      `('TK-${ago}', '${MEMBER}', 'TK', NULL, DATE '${p}', DATE '${due}', DATE '${addDays(p, 1)}', 50000, 50000, 0, 20000, 10000, 10000, 10000, 0, ${100 + Number(ago)})`,
    );
  }
  // The newcomer's two months, and a row due only after OBS (must not count).
  rows.push(
    `('N-1', '${NEWCOMER}', 'KES', '12345678', DATE '2025-11-01', DATE '2025-11-10', DATE '2025-11-05', 1, 1, 1, 0, 0, 0, 0, 0, 900)`,
  );
  rows.push(
    `('N-2', '${NEWCOMER}', 'KES', '12345678', DATE '2025-12-01', DATE '2025-12-10', DATE '2025-12-05', 1, 1, 1, 0, 0, 0, 0, 0, 901)`,
  );
  rows.push(`('N-3', '${NEWCOMER}', 'KES', '12345678', DATE '2026-01-01', DATE '2026-01-10', NULL, 1, 1, 1, 0, 0, 0, 0, 0, 902)`);
  await w.run(`INSERT INTO raw_contributions BY NAME SELECT * FROM (VALUES ${rows.join(',\n')})
    AS t(contribution_id, member_key, agency, employer_id, period, due_date, paid_date, amount_due, amount_paid, jkn_due, jht_due, jkk_due, jkm_due, jp_due, _file_id, _line)`);
  await w.run(`INSERT INTO raw_employers BY NAME SELECT * FROM (VALUES ('11111111', 'C', 3, '32', '3201', 'KECIL', DATE '2010-01-01', 0, 1::BIGINT),
    ('22222222', 'G', 2, '32', '3201', 'MIKRO', DATE '2010-01-01', 0, 2::BIGINT))
    AS t(employer_id, sector_code, jkk_risk_group, province_code, regency_code, size_band, registered_date, _file_id, _line)`);
  await w.run(`INSERT INTO raw_employment_spells BY NAME SELECT * FROM (VALUES
    ('S1', '${MEMBER}', '11111111', 'PU', DATE '2021-01-10', DATE '2025-03-31', 4000000::BIGINT, 0, 1::BIGINT),
    ('S2', '${MEMBER}', '22222222', 'PU', DATE '2025-04-01', NULL, 5000000::BIGINT, 0, 2::BIGINT),
    ('S3', '${MEMBER}', '11111111', 'PU', DATE '2026-02-01', NULL, 9000000::BIGINT, 0, 3::BIGINT))
    AS t(spell_id, member_key, employer_id, worker_category, start_date, end_date, reported_wage, _file_id, _line)`);
  await w.run(`INSERT INTO raw_kkpak_cases BY NAME SELECT * FROM (VALUES
    ('K1', '${MEMBER}', '11111111', DATE '2024-06-01', DATE '2024-06-05', 'KK', 'TEMPAT_KERJA', 'SEMBUH', 5, NULL, 1000000::BIGINT, 0, 1::BIGINT),
    ('K2', '${MEMBER}', '22222222', DATE '2025-12-28', DATE '2026-01-03', 'KK', 'TEMPAT_KERJA', 'SEMBUH', 5, NULL, 1000000::BIGINT, 0, 2::BIGINT))
    AS t(case_id, member_key, employer_id, accident_date, reported_date, case_type, location, outcome, days_off, nomor_sep, jkk_benefit_paid, _file_id, _line)`);
  await fillClaims();
});

/** One inpatient stay submitted before OBS, one admitted before but submitted after, one outpatient visit. */
async function fillClaims(): Promise<void> {
  // raw_claims has many NOT NULL columns: the ones the features never read get filler values.
  const cols = await w.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'raw_claims'`,
  );
  const given: Record<string, (i: number) => string> = {
    nomor_sep: (i) => `'SEP${i}'`,
    card_key: () => `'${CARD}'`,
    jenis_rawat: (i) => (i === 2 ? '2' : '1'),
    tgl_masuk: (i) => [`DATE '2025-08-01'`, `DATE '2025-12-20'`, `DATE '2025-09-01'`][i]!,
    tgl_pengajuan: (i) => [`DATE '2025-08-20'`, `DATE '2026-01-10'`, `DATE '2025-09-10'`][i]!,
  };
  const value = (name: string, type: string, i: number): string =>
    given[name]?.(i) ?? (type === 'DATE' ? `DATE '2025-08-01'` : type === 'TIMESTAMP' ? 'NULL' : type === 'VARCHAR' ? `'x'` : '0');
  for (let i = 0; i < 3; i++) {
    await w.run(
      `INSERT INTO raw_claims (${cols.map((c) => `"${c.column_name}"`).join(', ')}) VALUES (${cols.map((c) => value(c.column_name, c.data_type, i)).join(', ')})`,
    );
  }
}

afterAll(async () => {
  await w.close();
  await rm(dir, { recursive: true, force: true });
});

async function featuresOf(member: string, obs = OBS): Promise<Record<string, unknown>> {
  const rows = await w.query<Record<string, unknown>>(`SELECT * FROM (${creditFeaturesSql(obs)}) WHERE member_key = '${member}'`);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('credit features at an observation date', () => {
  it('computes every characteristic from what was known before the date', async () => {
    const f = await featuresOf(MEMBER);
    // Registered with JKN March 2020: 69 whole months before January 2026.
    expect(f['membership_months']).toBe(69);
    // Month 1 was paid only after OBS: in arrears as of OBS. Month 25 is outside the 24-month grid.
    expect(f['arrears_months_12m']).toBe(5);
    expect(f['on_time_share_6m']).toBeCloseTo(3 / 6, 12);
    expect(f['on_time_share_12m']).toBeCloseTo(6 / 12, 12);
    expect(f['on_time_share_24m']).toBeCloseTo(17 / 24, 12);
    // Both agencies' rows are self-paid here; 6 of the last 12 months were not on time.
    expect(f['self_paid_on_time_share_12m']).toBeCloseTo(6 / 12, 12);
    expect(f['arrears_episodes_24m']).toBe(2);
    expect(f['longest_arrears_months_24m']).toBe(3);
    // Months 20 down to 10 before OBS, between the late month 21 and the arrears of 9.
    expect(f['longest_on_time_streak_months']).toBe(11);
    expect(f['months_since_last_arrears']).toBe(1);
    // The open spell at OBS (S2); S3 starts after OBS and is invisible. 12 months ago S1 paid 4M.
    expect(f['wage_level']).toBe(5_000_000);
    expect(f['wage_trend_12m']).toBeCloseTo(5 / 4, 12);
    expect(f['employer_changes_24m']).toBe(1);
    expect(f['sector']).toBe('G');
    // Opening balance plus 25 months of JHT paid before OBS.
    expect(f['jht_balance']).toBe(1_000_000 + 25 * 20_000);
    expect(f['segment']).toBe('PBPU');
    expect(f['hospital_stays_12m']).toBe(1);
    // K2 was reported after OBS; K1 is within 24 months.
    expect(f['kkpak_cases_24m']).toBe(1);
    const seq = sequenceColumns().map((c) => f[c]);
    const S = PAYMENT_STATUS;
    expect(seq.slice(-12)).toEqual([
      S.onTime,
      S.onTime,
      S.onTime,
      S.unpaid,
      S.unpaid,
      S.unpaid,
      S.onTime,
      S.late,
      S.onTime,
      S.onTime,
      S.unpaid,
      S.unpaid,
    ]);
    expect(seq[0]).toBe(S.onTime);
    expect(seq).toHaveLength(24);
  });

  it('sees a short history as short, without counting what falls due after the date', async () => {
    const f = await featuresOf(NEWCOMER);
    expect(f['ledger_months']).toBe(2);
    expect(f['membership_months']).toBe(2);
    expect(f['on_time_share_6m']).toBe(1);
    expect(f['months_since_last_arrears']).toBeNull();
    // Every row was paid by the employer.
    expect(f['self_paid_on_time_share_12m']).toBeNull();
    expect(f['wage_level']).toBeNull();
    expect(f['jht_balance']).toBeNull();
    expect(f['sector']).toBe('NONE');
    expect(
      sequenceColumns()
        .map((c) => f[c])
        .filter((s) => s !== PAYMENT_STATUS.none),
    ).toHaveLength(2);
  });

  it('moves with the observation date: a year earlier the later arrears did not exist yet', async () => {
    const f = await featuresOf(MEMBER, '2025-01-01');
    // December 2023 (13 months before) is the only arrears: outside 12 months, inside 24.
    expect(f['arrears_months_12m']).toBe(0);
    expect(f['arrears_episodes_24m']).toBe(1);
    expect(f['months_since_last_arrears']).toBe(13);
    expect(f['wage_level']).toBe(4_000_000);
  });

  it('publishes the table for the latest ledger month and has a registry entry for every characteristic', async () => {
    expect(await buildCreditFeatures(w, LATEST_OBSERVATION)).toBe(2);
    const [row] = await w.query<{ d: string }>(`SELECT strftime(observation_date, '%Y-%m-%d') AS d FROM ${CREDIT_FEATURES_TABLE} LIMIT 1`);
    expect(row?.d).toBe('2026-02-01');
    const columns = (
      await w.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = '${CREDIT_FEATURES_TABLE}'`,
      )
    ).map((c) => c.column_name);
    for (const f of CREDIT_FEATURES) {
      expect(columns).toContain(f.name);
      expect(f.description.id).not.toBe(f.description.en);
      expect(f.reason(3).id.length).toBeGreaterThan(0);
    }
    expect(CREDIT_FEATURES.find((f) => f.name === 'arrears_months_12m')!.reason(4).id).toBe('4 bulan menunggak dalam 12 bulan terakhir');
    expect(() => creditFeaturesSql("2026-01-01'; DROP TABLE raw_members; --")).toThrow(/YYYY-MM-DD/);
  });
});
