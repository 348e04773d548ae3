// Issue 18: households (family card, relationship to the head, newborns covered from birth),
// primary care (FKTP facilities and visits with referrals out, capitation) and chronic-programme
// (PRB) refills. Each rule fires on a bad row and not on its near miss; an extract without the
// new columns and tables (the committed sample stripped of them) still ingests.
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { literal } from '../../data-samples/sql/index.js';
import { openWarehouse } from '../warehouse/warehouse.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { ingestFiles } from './ingest.js';
import type { IngestReport } from './ingest.js';
import { claim, member, TEST_KEY, testReferences, toCsv, workspace } from './testing/fixtures.js';
import type { Row, Workspace } from './testing/fixtures.js';
import type { TableName } from '../../data-samples/schema/index.js';

let ws: Workspace;
let wh: Warehouse;

beforeEach(async () => {
  ws = workspace();
  wh = await openWarehouse(ws.dbPath, { references: testReferences });
});
afterEach(async () => {
  await wh.close();
  ws.remove();
});

async function ingest(table: TableName, rows: readonly Row[], columns?: readonly string[]): Promise<IngestReport> {
  const path = ws.write(`${table}.csv`, toCsv(table, rows, columns));
  const report = await ingestFiles(wh, [{ table, path }], { pseudonymKey: TEST_KEY });
  const file = report.files[0]!;
  expect(file.rowsRead).toBe(file.rowsLoaded + file.rowsQuarantined);
  return report;
}

/** Reasons of each quarantined line of `table`. */
async function reasons(table: TableName): Promise<Record<number, string[]>> {
  const q = await wh.query<{ line: bigint; reasons: string[] }>(
    `SELECT line, list_transform(violations, x -> x.reason) AS reasons FROM quarantine WHERE table_name = ${literal(table)} ORDER BY line`,
  );
  return Object.fromEntries(q.map((r) => [Number(r.line), [...r.reasons].sort()]));
}

const KK = ['3171012301240001', '3171012301240002', '3171012301240003', '3171012301240004'] as const;
/** A mother, her newborn, a newborn alone on its card, a 31-day-old alone, a newborn registered late. */
const MOTHER = '0001234567890';
const BABY = '0009876543210';
const LONE_BABY = '0001112223334';
const OLDER_BABY = '0004445556667';
const LATE_BABY = '0005556667778';
const household: Row[] = [
  member(0, {
    nik: '3171015505900001',
    nomor_kartu: MOTHER,
    birth_date: '1990-05-15',
    sex: 'P',
    nomor_kk: KK[0],
    hubungan_keluarga: 'KEPALA',
  }),
  member(1, {
    nik: '3171010501240002',
    nomor_kartu: BABY,
    birth_date: '2024-01-05',
    nomor_kk: KK[0],
    hubungan_keluarga: 'ANAK',
    bpjstk_registered_date: null,
    jht_opening_balance: null,
  }),
  member(2, {
    nik: '3171010501240003',
    nomor_kartu: LONE_BABY,
    birth_date: '2024-01-05',
    nomor_kk: KK[1],
    hubungan_keluarga: 'ANAK',
    bpjstk_registered_date: null,
    jht_opening_balance: null,
  }),
  member(3, {
    nik: '3171010512230004',
    nomor_kartu: OLDER_BABY,
    birth_date: '2023-12-05',
    nomor_kk: KK[2],
    hubungan_keluarga: 'ANAK',
    bpjstk_registered_date: null,
    jht_opening_balance: null,
  }),
  member(4, {
    nik: '3171010501240005',
    nomor_kartu: LATE_BABY,
    birth_date: '2024-01-05',
    nomor_kk: KK[3],
    hubungan_keluarga: 'ANAK',
    bpjstk_registered_date: null,
    jht_opening_balance: null,
  }),
];
const daftar = (i: number, card: string, date: string): Row => ({
  event_id: `E${i}`,
  nomor_kartu: card,
  event_date: date,
  event_type: 'DAFTAR',
  jkn_segment: 'PBI',
  card_status: 'AKTIF',
});
const EVENTS: Row[] = [
  daftar(1, MOTHER, '2014-01-01'),
  daftar(2, BABY, '2024-02-02'),
  daftar(3, LONE_BABY, '2024-01-20'),
  daftar(4, OLDER_BABY, '2023-12-10'),
  daftar(5, LATE_BABY, '2024-02-03'),
];
/** A one-day claim of `card` on `day`, without the SEP fields. */
const stay = (i: number, card: string, day: string): Row =>
  claim(i, { nomor_kartu: card, tgl_sep: day, tgl_masuk: day, tgl_pulang: '2024-01-09' });

describe('members: the family card and the relationship to the head', () => {
  it('family_card_malformed: not 16 digits or an unknown province; a valid or empty one loads, never in clear', async () => {
    await ingest('members', [
      member(0, { nomor_kk: '317101230124000' }), // line 2: 15 digits
      member(1, { nomor_kk: '9971012301240001' }), // line 3: province 99 unknown
      member(2, { nomor_kk: KK[0], hubungan_keluarga: 'KEPALA' }), // line 4: near miss
      member(3, { nomor_kk: null, hubungan_keluarga: null }), // line 5: near miss, no household given
    ]);
    expect(await reasons('members')).toEqual({ 2: ['family_card_malformed'], 3: ['family_card_malformed'] });
    const q = await wh.query<{ message: string; record: string }>(
      `SELECT message, CAST(record AS VARCHAR) AS record FROM quarantine ORDER BY line`,
    );
    expect(q[0]!.message).toBe('nomor_kk is not 16 digits (value withheld: see family_key in the record)');
    for (const r of q) {
      expect(r.record).not.toContain('317101230124000');
      expect(r.record).toContain('family_key');
    }
    const loaded = await wh.query<{ family_key: string | null }>(`SELECT family_key FROM raw_members ORDER BY _line`);
    expect(loaded[0]!.family_key).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded[1]!.family_key).toBeNull();
  });

  it('hubungan_keluarga takes only the relationships of a family card', async () => {
    await ingest('members', [
      member(0, { nomor_kk: KK[0], hubungan_keluarga: 'IPAR' }),
      member(1, { nomor_kk: KK[0], hubungan_keluarga: 'FAMILI_LAIN' }),
    ]);
    expect(await reasons('members')).toEqual({ 2: ['invalid_value'] });
  });

  it('an older members file without the household columns loads, with a warning naming them', async () => {
    const old = [
      'nik',
      'nomor_kartu',
      'birth_date',
      'sex',
      'province_code',
      'regency_code',
      'jkn_segment',
      'care_class',
      'jkn_registered_date',
      'bpjstk_registered_date',
      'jht_opening_balance',
    ];
    const report = await ingest('members', [member(0), member(1)], old);
    expect(report.files[0]).toMatchObject({ status: 'loaded', rowsLoaded: 2, rowsQuarantined: 0 });
    expect(report.files[0]!.warnings.join(' ')).toContain('nomor_kk, hubungan_keluarga');
  });
});

describe('newborns: covered from birth when registered within 28 days, flagged without a parent in the household', () => {
  beforeEach(async () => {
    await ingest('members', household);
    await ingest('membership_events', EVENTS);
  });

  it("card_inactive spares a newborn's stay before its registration within 28 days, not one registered on day 29; admitted_before_birth fires", async () => {
    const report = await ingest('claims', [
      stay(0, BABY, '2024-01-05'), // line 2: born that day, registered 28 days later: covered
      stay(1, LATE_BABY, '2024-01-05'), // line 3: registered 29 days after birth: not covered
      stay(2, OLDER_BABY, '2024-01-05'), // line 4: 31 days old, registered at 5 days: covered by its registration
      stay(3, BABY, '2024-01-04'), // line 5: the day before birth
      stay(4, MOTHER, '2024-01-04'), // line 6: near miss, the mother's own stay
    ]);
    expect(await reasons('claims')).toEqual({ 3: ['card_inactive'], 5: ['admitted_before_birth', 'card_inactive'] });
    const v = await wh.query<{ m: string }>(
      `SELECT list_filter(violations, x -> x.reason = 'admitted_before_birth')[1].message AS m FROM quarantine WHERE line = 5`,
    );
    expect(v[0]!.m).toBe("tgl_masuk 2024-01-04 is before the birth date 2024-01-05 of the card's holder (card_key in the record)");
    expect(report.files[0]!.warnings.join(' ')).not.toContain('newborn_without_parent: 2');
  });

  it('newborn_without_parent: flagged (loaded, the file warns naming the line) only for a newborn whose household has no head or spouse', async () => {
    const report = await ingest('claims', [
      stay(0, BABY, '2024-01-05'), // line 2: near miss, the mother heads the household
      stay(1, LONE_BABY, '2024-01-06'), // line 3: a newborn alone on its family card
      stay(2, OLDER_BABY, '2024-01-05'), // line 4: near miss, 31 days old: no longer a newborn
      { ...stay(3, LONE_BABY, '2024-02-03'), tgl_pulang: '2024-02-05' }, // line 5: near miss, 29 days old
    ]);
    expect(report.files[0]).toMatchObject({ rowsLoaded: 4, rowsQuarantined: 0 });
    const flags = report.files[0]!.warnings.filter((w) => w.startsWith('newborn_without_parent'));
    expect(flags).toEqual([
      'newborn_without_parent: 1 newborn claim(s) (admitted within 28 days of birth) on a card whose household (family card) has no head or spouse; loaded, for review: line(s) 3',
    ]);
    const recorded = await wh.query<{ warnings: string[] }>(`SELECT warnings FROM ingest_files WHERE table_name = 'claims'`);
    expect(recorded[0]!.warnings.some((w) => w.startsWith('newborn_without_parent: 1'))).toBe(true);
  });
});

describe('primary care and the chronic programme', () => {
  const visit = (i: number, over: Row = {}): Row => ({
    visit_id: `V${i}`,
    nomor_kartu: '0001234567890',
    facility_id: '3171P001',
    tgl_kunjungan: '2024-01-03',
    jenis_kunjungan: 'SAKIT',
    diagnosa: 'J18.9',
    no_rujukan: '3171P0010124B000001',
    ppk_tujuan: '3171R001',
    ...over,
  });
  const capitation = (i: number, over: Row = {}): Row => ({
    facility_id: `3171P${String(i + 1).padStart(3, '0')}`,
    period: '2024-01-01',
    registered_members: 100,
    capitation_rate: 6000,
    capitation_amount: 600000,
    ...over,
  });
  const prb = (i: number, over: Row = {}): Row => ({
    prb_claim_id: `PRB${i}`,
    nomor_kartu: '0001234567890',
    fktp_id: '3171K001',
    apotek_id: '3171A001',
    tgl_resep: '2024-01-10',
    diagnosa: 'I10',
    hari_obat: 30,
    biaya_obat: 120000,
    ...over,
  });

  it('fktp_facilities: a puskesmas or klinik pratama code and kind', async () => {
    await ingest('fktp_facilities', [
      { facility_id: '3171P001', facility_type: 'PUSKESMAS', province_code: '31', regency_code: '3171' },
      { facility_id: '3171R001', facility_type: 'PUSKESMAS', province_code: '31', regency_code: '3171' }, // a hospital code
      { facility_id: '3171K001', facility_type: 'APOTEK', province_code: '31', regency_code: '3171' },
    ]);
    expect(await reasons('fktp_facilities')).toEqual({ 3: ['pattern_mismatch'], 4: ['invalid_value'] });
  });

  it('referral_without_hospital: a referral names the hospital, and only a referral does', async () => {
    await ingest('fktp_visits', [
      visit(0), // line 2: near miss, a referral to a hospital
      visit(1, { ppk_tujuan: null }), // line 3
      visit(2, { no_rujukan: null }), // line 4
      visit(3, { no_rujukan: null, ppk_tujuan: null }), // line 5: near miss, no referral
      visit(4, { no_rujukan: null, ppk_tujuan: null, jenis_kunjungan: 'SEHAT', diagnosa: null }), // line 6: near miss, a healthy visit
      visit(5, { no_rujukan: '3171R0010124B000001' }), // line 7: a hospital cannot write a primary-care referral
    ]);
    expect(await reasons('fktp_visits')).toEqual({
      3: ['referral_without_hospital'],
      4: ['referral_without_hospital'],
      7: ['pattern_mismatch'],
    });
  });

  it('a visit or refill on an inactive card or before birth is quarantined like a claim', async () => {
    await ingest('members', household);
    await ingest('membership_events', EVENTS);
    await ingest('fktp_visits', [
      visit(0, { nomor_kartu: LATE_BABY, tgl_kunjungan: '2024-01-10', no_rujukan: null, ppk_tujuan: null }), // line 2: not covered
      visit(1, { nomor_kartu: BABY, tgl_kunjungan: '2024-01-10', no_rujukan: null, ppk_tujuan: null }), // line 3: near miss, covered from birth
    ]);
    await ingest('prb_claims', [prb(0, { nomor_kartu: MOTHER, tgl_resep: '1990-05-14' }), prb(1, { nomor_kartu: MOTHER })]);
    expect(await reasons('fktp_visits')).toEqual({ 2: ['card_inactive'] });
    expect(await reasons('prb_claims')).toEqual({ 2: ['admitted_before_birth', 'card_inactive'] });
  });

  it('capitation: amount = members x rate, and the rate within the band of the FKTP kind', async () => {
    await ingest('capitation', [
      capitation(0, { capitation_rate: 9000, capitation_amount: 900000 }), // line 2: near miss, a puskesmas at the top of its band
      capitation(1, { capitation_rate: 9001, capitation_amount: 900100 }), // line 3
      capitation(2, { facility_id: '3171K001', capitation_rate: 8000, capitation_amount: 800000 }), // line 4: near miss, a klinik at the bottom
      capitation(3, { facility_id: '3171K002', capitation_rate: 7999, capitation_amount: 799900 }), // line 5
      capitation(4, { capitation_amount: 600001 }), // line 6
      capitation(5, { facility_id: '3171R001' }), // line 7: a hospital gets no capitation
      capitation(6, { registered_members: 0, capitation_amount: 0 }), // line 8: near miss, no members yet
    ]);
    expect(await reasons('capitation')).toEqual({
      3: ['capitation_rate_out_of_range'],
      5: ['capitation_rate_out_of_range'],
      6: ['capitation_amount_mismatch'],
      7: ['pattern_mismatch'],
    });
  });

  it('prb_claims: at most 30 days of medication, a chronic-programme code', async () => {
    await ingest('prb_claims', [
      prb(0),
      prb(1, { hari_obat: 31 }),
      prb(2, { hari_obat: 0 }),
      prb(3, { diagnosa: 'X99' }),
      prb(4, { apotek_id: '3171P001' }),
    ]);
    expect(await reasons('prb_claims')).toEqual({
      3: ['out_of_range'],
      4: ['out_of_range'],
      5: ['unknown_icd10'],
      6: ['pattern_mismatch'],
    });
  });
});

describe('old-format extracts', () => {
  it('the committed sample without the household columns and the primary-care tables ingests: read = loaded + quarantined, only its defects quarantined', async () => {
    const sample = 'data-samples/sample';
    const newTables = ['fktp_facilities', 'fktp_visits', 'capitation', 'prb_claims'];
    const dir = join(ws.dir, 'old');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    for (const f of readdirSync(sample)) {
      if (!f.endsWith('.csv') || newTables.some((t) => f.startsWith(`${t}.`))) continue;
      if (f === 'members.csv') continue;
      copyFileSync(join(sample, f), join(dir, f));
    }
    await wh.run(`COPY (SELECT * EXCLUDE (nomor_kk, hubungan_keluarga) FROM read_csv(${literal(join(sample, 'members.csv'))}, all_varchar = true, header = true))
      TO ${literal(join(dir, 'members.csv'))} (FORMAT csv, HEADER true)`);
    const real = await openWarehouse(join(ws.dir, 'real.duckdb'));
    try {
      const report = await ingestFiles(real, [dir], { pseudonymKey: TEST_KEY });
      expect(report.files.map((f) => f.table).sort()).toEqual([
        'audit_outcomes',
        'claims',
        'contributions',
        'deaths',
        'doctors',
        'employers',
        'employment_spells',
        'facilities',
        'kkpak_cases',
        'members',
        'membership_events',
      ]);
      for (const f of report.files) {
        expect(f.status, f.path).toBe('loaded');
        expect(f.rowsRead).toBe(f.rowsLoaded + f.rowsQuarantined);
      }
      expect(report.files.find((f) => f.table === 'members')!.warnings.join(' ')).toContain('nomor_kk, hubungan_keluarga');
      const truth = await real.query<{
        n: bigint;
      }>(`SELECT count(*) AS n FROM read_csv(${literal(join(sample, 'truth/defects.csv'))}, all_varchar = true, header = true)
        WHERE "table" NOT IN (${newTables.map((t) => literal(t)).join(', ')})`);
      const q = await real.query<{ n: bigint }>('SELECT count(*) AS n FROM quarantine');
      expect(q[0]!.n).toBe(truth[0]!.n);
    } finally {
      await real.close();
    }
  });
});
