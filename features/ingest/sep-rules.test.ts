// Issue 18: the SEP, referral, time and laterality fields of a claim and the doctor registry.
// Each rule fires on a bad row and not on its near miss; an extract without the new optional
// columns (the committed sample before they existed) still loads, with a warning naming them.
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWarehouse } from '../warehouse/warehouse.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { ingestFiles } from './ingest.js';
import { CARDS, claim, doctor, SEP_FIELDS, TEST_KEY, testReferences, toCsv, workspace } from './testing/fixtures.js';
import type { Row, Workspace } from './testing/fixtures.js';

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

/** Ingests claims (with the SEP fields unless overridden) and returns each line's reasons. */
async function claimReasons(rows: readonly Row[]): Promise<Record<number, string[]>> {
  const path = ws.write(
    'claims.csv',
    toCsv(
      'claims',
      rows.map((r, i) => claim(i, { ...SEP_FIELDS, ...r })),
    ),
  );
  const report = await ingestFiles(wh, [{ table: 'claims', path }], { pseudonymKey: TEST_KEY });
  const file = report.files[0]!;
  expect(file.rowsRead).toBe(file.rowsLoaded + file.rowsQuarantined);
  const q = await wh.query<{ line: bigint; reasons: string[] }>(
    `SELECT line, list_transform(violations, x -> x.reason) AS reasons FROM quarantine WHERE table_name = 'claims' ORDER BY line`,
  );
  return Object.fromEntries(q.map((r) => [Number(r.line), [...r.reasons]]));
}

describe('claim SEP fields: each rule fires on a bad row, not on its near miss', () => {
  it('a clean claim with every SEP field loads', async () => {
    expect(await claimReasons([{}])).toEqual({});
  });

  it('time_outside_stay: an admission or discharge time off its date, or discharge before admission', async () => {
    const reasons = await claimReasons([
      { waktu_masuk: '2024-01-04 23:59:00' }, // line 2: the day before tgl_masuk
      { waktu_pulang: '2024-01-10 00:00:00' }, // line 3: the day after tgl_pulang
      { tgl_pulang: '2024-01-05', waktu_masuk: '2024-01-05 10:00:00', waktu_pulang: '2024-01-05 09:59:00' }, // line 4: leaves before arriving
      { waktu_masuk: '2024-01-05 00:00:00', waktu_pulang: '2024-01-09 23:59:59' }, // line 5: near miss, both ends of the days
      { tgl_pulang: '2024-01-05', waktu_masuk: '2024-01-05 10:00:00', waktu_pulang: '2024-01-05 10:00:00' }, // line 6: near miss, zero minutes
    ]);
    expect(reasons).toEqual({ 2: ['time_outside_stay'], 3: ['time_outside_stay'], 4: ['time_outside_stay'] });
  });

  it('a time without a clock part, or not a time, is a wrong type', async () => {
    expect(await claimReasons([{ waktu_masuk: '2024-01-05' }, { waktu_pulang: 'besok' }])).toEqual({
      2: ['wrong_type'],
      3: ['wrong_type'],
    });
  });

  it('operation_outside_stay: the operation before admission or after discharge', async () => {
    const reasons = await claimReasons([
      { waktu_operasi: '2024-01-05 09:14:00' }, // line 2: a minute before admission 09:15
      { waktu_operasi: '2024-01-09 11:01:00' }, // line 3: a minute after discharge 11:00
      { waktu_operasi: '2024-01-05 09:15:00' }, // line 4: near miss, at admission
      { waktu_operasi: '2024-01-09 11:00:00' }, // line 5: near miss, at discharge
      { waktu_masuk: null, waktu_pulang: null, waktu_operasi: '2024-01-10 08:00:00' }, // line 6: no times, after tgl_pulang
      { waktu_masuk: null, waktu_pulang: null, waktu_operasi: '2024-01-09 23:00:00' }, // line 7: near miss, on tgl_pulang
    ]);
    expect(reasons).toEqual({ 2: ['operation_outside_stay'], 3: ['operation_outside_stay'], 6: ['operation_outside_stay'] });
  });

  it("hours_exceed_stay: ventilator hours beyond the stay's hours (or calendar days without times), ICU days beyond its days", async () => {
    // The stay runs 2024-01-05 09:15 to 2024-01-09 11:00: 97.75 hours; 5 calendar days.
    const reasons = await claimReasons([
      { ventilator_hour: 98, icu_indikator: 1, icu_los: 4 }, // line 2
      { ventilator_hour: 97, icu_indikator: 1, icu_los: 4 }, // line 3: near miss
      { waktu_masuk: null, waktu_pulang: null, ventilator_hour: 121 }, // line 4: more than 5 x 24 h
      { waktu_masuk: null, waktu_pulang: null, ventilator_hour: 120 }, // line 5: near miss
      { icu_indikator: 1, icu_los: 6 }, // line 6: 6 ICU days in a 5-day stay
      { icu_indikator: 1, icu_los: 5 }, // line 7: near miss
    ]);
    expect(reasons).toEqual({ 2: ['hours_exceed_stay'], 4: ['hours_exceed_stay'], 6: ['hours_exceed_stay'] });
  });

  it('referral_after_admission: a referral dated after the admission', async () => {
    expect(await claimReasons([{ tgl_rujukan: '2024-01-06' }, { tgl_rujukan: '2024-01-05' }, { tgl_rujukan: '2023-10-07' }])).toEqual({
      2: ['referral_after_admission'],
    });
  });

  it('laterality_mismatch: one side per procedure, a side only on a sided procedure', async () => {
    const reasons = await claimReasons([
      { procedure: '81.51#99.04', lateralitas: 'R' }, // line 2: one side for two procedures
      { procedure: '99.04', lateralitas: 'L' }, // line 3: a side on a procedure without one
      { procedure: '81.51', lateralitas: 'N' }, // line 4: no side on a hip replacement
      { procedure: null, lateralitas: 'N' }, // line 5: a side without a procedure
      { procedure: '81.51#99.04', lateralitas: 'R#N' }, // line 6: near miss
      { procedure: '81.51', lateralitas: 'B' }, // line 7: near miss, both hips
      { procedure: '81.51#99.04', lateralitas: null }, // line 8: near miss, no laterality given
      { procedure: '81.51', lateralitas: 'X' }, // line 9: not a laterality code
    ]);
    expect(reasons).toEqual({
      2: ['laterality_mismatch'],
      3: ['laterality_mismatch'],
      4: ['laterality_mismatch'],
      5: ['laterality_mismatch'],
      9: ['pattern_mismatch'],
    });
  });

  it('referral fields follow their formats', async () => {
    const reasons = await claimReasons([
      { ppk_rujukan: '3171X001' },
      { asal_rujukan: 3 },
      { jenis_pelayanan: 'ICU' },
      { no_rujukan: '3171P001' },
      { ppk_rujukan: '3171K012', no_rujukan: '3171K0120124B000123', asal_rujukan: 2, jenis_pelayanan: 'IGD' },
    ]);
    expect(reasons).toEqual({ 2: ['pattern_mismatch'], 3: ['invalid_value'], 4: ['invalid_value'], 5: ['pattern_mismatch'] });
  });
});

describe('doctors: the registry', () => {
  it('too_many_licences: a doctor licensed at four places is quarantined, at three loads', async () => {
    const rows = [
      doctor(1, { licensed_facilities: '3171R001#3171R002#3172R001#3173K004' }),
      doctor(2, { licensed_facilities: '3171R001#3171R002#3172R001' }),
      doctor(3, { specialty: 'DUKUN' }),
      doctor(4, { licensed_facilities: '3171R001,3171R002' }),
    ];
    const path = ws.write('doctors.csv', toCsv('doctors', rows));
    const report = await ingestFiles(wh, [path], { pseudonymKey: TEST_KEY });
    expect(report.files[0]).toMatchObject({ table: 'doctors', rowsRead: 4, rowsLoaded: 1, rowsQuarantined: 3 });
    const q = await wh.query<{ line: bigint; reason: string; message: string }>(
      `SELECT line, reason, message FROM quarantine ORDER BY line`,
    );
    expect(q.map((r) => [Number(r.line), r.reason])).toEqual([
      [2, 'too_many_licences'],
      [4, 'invalid_value'],
      [5, 'pattern_mismatch'],
    ]);
    expect(q[0]!.message).toBe('doctor licensed at 4 facilities, more than 3');
  });
});

describe('card_inactive: a claim checked against the membership events already loaded', () => {
  const event = (i: number, card: string, date: string, type: string, segment: string, status: string): Row => ({
    event_id: `E${i}`,
    nomor_kartu: card,
    event_date: date,
    event_type: type,
    jkn_segment: segment,
    card_status: status,
  });
  /** A claim of `card` admitted and discharged on `day`, without times. */
  const on = (card: string, day: string): Row => ({
    nomor_kartu: card,
    tgl_sep: day,
    tgl_masuk: day,
    tgl_pulang: day,
    waktu_masuk: null,
    waktu_pulang: null,
    no_rujukan: null,
    ppk_rujukan: null,
    tgl_rujukan: null,
  });

  it('fires in the waiting period, in arrears and before registration; not on the day of (re)activation, nor for a card without events', async () => {
    const [a, b, c, d] = CARDS;
    const events = [
      event(1, a, '2024-01-01', 'DAFTAR', 'PBPU', 'NONAKTIF'),
      event(2, a, '2024-01-15', 'AKTIVASI', 'PBPU', 'AKTIF'),
      event(3, b, '2023-01-01', 'DAFTAR', 'PPU', 'AKTIF'),
      event(4, b, '2024-03-01', 'PINDAH_SEGMEN', 'PBPU', 'AKTIF'),
      event(5, b, '2024-04-01', 'NONAKTIF_TUNGGAKAN', 'PBPU', 'NONAKTIF'),
      event(6, b, '2024-04-20', 'AKTIF_KEMBALI', 'PBPU', 'AKTIF'),
      event(7, d, '2024-02-01', 'DAFTAR', 'PBI', 'AKTIF'),
    ];
    const loaded = await ingestFiles(wh, [ws.write('membership_events.csv', toCsv('membership_events', events))], {
      pseudonymKey: TEST_KEY,
    });
    expect(loaded.files[0]).toMatchObject({ rowsLoaded: 7, rowsQuarantined: 0 });
    const reasons = await claimReasons([
      on(a, '2024-01-14'), // line 2: waiting period
      on(a, '2024-01-15'), // line 3: near miss, activated that day
      on(b, '2024-04-19'), // line 4: arrears
      on(b, '2024-04-20'), // line 5: near miss, reactivated that day
      on(b, '2024-03-31'), // line 6: near miss, the day before deactivation
      on(c, '2024-04-10'), // line 7: no events for the card: not checked
      on(d, '2024-01-31'), // line 8: before registration
    ]);
    expect(reasons).toEqual({ 2: ['card_inactive'], 4: ['card_inactive'], 8: ['card_inactive'] });
    const q = await wh.query<{ message: string; record: string }>(
      `SELECT message, CAST(record AS VARCHAR) AS record FROM quarantine WHERE line = 4 AND table_name = 'claims'`,
    );
    expect(q[0]!.message).toBe('the card (card_key in the record) was NONAKTIF on tgl_masuk 2024-04-19 (NONAKTIF_TUNGGAKAN of 2024-04-01)');
    expect(q[0]!.record).not.toContain(b);
  });
});

describe('old-format extracts', () => {
  it('claims without the new optional columns load, with a warning naming them', async () => {
    const old = [
      'nomor_sep',
      'nomor_kartu',
      'facility_id',
      'tgl_sep',
      'tgl_masuk',
      'tgl_pulang',
      'tgl_pengajuan',
      'jenis_rawat',
      'kelas_rawat',
      'discharge_status',
      'icu_indikator',
      'icu_los',
      'ventilator_hour',
      'upgrade_class_ind',
      'upgrade_class_class',
      'upgrade_class_los',
      'upgrade_class_payor',
      'diagnosa',
      'procedure',
      'coder_id',
      'kode_dpjp',
    ];
    const all = Object.keys(claim(0)).filter((c) => !old.includes(c));
    const path = ws.write('claims.csv', toCsv('claims', [claim(0), claim(1, { ventilator_hour: 120 })], [...old, ...all]));
    const report = await ingestFiles(wh, [path], { pseudonymKey: TEST_KEY });
    expect(report.files[0]).toMatchObject({ status: 'loaded', rowsRead: 2, rowsLoaded: 2, rowsQuarantined: 0 });
    expect(report.files[0]!.warnings.join(' ')).toContain('waktu_masuk');
    const rows = await wh.query<{ n: bigint }>(
      `SELECT count(*) AS n FROM raw_claims WHERE waktu_masuk IS NULL AND no_rujukan IS NULL AND lateralitas IS NULL`,
    );
    expect(rows[0]!.n).toBe(2n);
  });

  it('the committed sample as it was before the SEP fields (git HEAD) still ingests: read = loaded + quarantined', async () => {
    let text: string;
    try {
      text = execFileSync('git', ['show', 'HEAD:data-samples/sample/claims.csv'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch {
      text = '';
    }
    // Only meaningful while HEAD's sample predates the new columns; afterwards the first test covers it.
    const header = text.split('\n', 1)[0] ?? '';
    if (!text || header.includes('waktu_masuk')) return;
    const real = await openWarehouse(`${ws.dir}/real.duckdb`);
    try {
      const path = ws.write('claims.csv', text);
      const report = await ingestFiles(real, [path], { pseudonymKey: TEST_KEY });
      const file = report.files[0]!;
      expect(file.status).toBe('loaded');
      expect(file.rowsRead).toBe(file.rowsLoaded + file.rowsQuarantined);
      expect(file.rowsLoaded / file.rowsRead).toBeGreaterThan(0.98);
      const reasons = await real.query<{ reason: string }>(`SELECT DISTINCT reason FROM quarantine`);
      for (const r of reasons)
        expect([
          'discharge_before_admission',
          'unknown_icd10',
          'unknown_inacbg',
          'negative_amount',
          'wrong_type',
          'duplicate_key',
        ]).toContain(r.reason);
    } finally {
      await real.close();
    }
  });
});
