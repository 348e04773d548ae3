// Ingestion end to end on real DuckDB files: every defect class lands in quarantine with
// its reason and line, counts balance, reloading is idempotent and new files append.
import type { TableName } from '../../data-samples/schema/index.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWarehouse } from '../warehouse/warehouse.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { ingestFiles } from './ingest.js';
import { pseudonymise } from './pseudonym.js';
import { claim, contribution, member, NIKS, TEST_KEY, testReferences, toCsv, toNdjson, workspace } from './testing/fixtures.js';
import type { Workspace } from './testing/fixtures.js';

interface QuarantineRow {
  line: bigint;
  line_kind: string;
  reason: string;
  column_name: string | null;
  message: string;
  record: string | null;
}

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

const ingest = (table: TableName, path: string) => ingestFiles(wh, [{ table, path }], { pseudonymKey: TEST_KEY });

async function quarantine(table: string): Promise<Map<number, QuarantineRow>> {
  const rows = await wh.query<QuarantineRow>(
    'SELECT line, line_kind, reason, column_name, message, CAST(record AS VARCHAR) AS record FROM quarantine WHERE table_name = ? ORDER BY line',
    [table],
  );
  return new Map(rows.map((r) => [Number(r.line), r]));
}

async function count(sql: string): Promise<number> {
  const rows = await wh.query<{ n: bigint }>(sql);
  return Number(rows[0]?.n ?? 0);
}

describe('ingestFiles: defects land in quarantine with reason and line', () => {
  it('contributions CSV: malformed NIK, negative amount, wrong type, duplicate row, sum mismatch', async () => {
    const rows = [
      contribution(0), // line 2
      contribution(1, { nik: '31710115058500' }), // line 3: 14 digits
      contribution(2, { nik: '3171013213850001' }), // line 4: day 32
      contribution(3, { nik: '9971011505850001' }), // line 5: province 99
      contribution(4, { amount_paid: -5 }), // line 6
      contribution(5, { period: 'Jan 2024' }), // line 7
      contribution(0), // line 8: exact repeat of line 2
      contribution(6, { amount_due: 370001 }), // line 9
      contribution(7, { amount_paid: '12.5' }), // line 10: not whole rupiah
      contribution(8, { agency: 'XX' }), // line 11
      contribution(9), // line 12
    ];
    const path = ws.write('contributions.csv', toCsv('contributions', rows));
    const report = await ingest('contributions', path);
    const file = report.files[0]!;
    expect(file).toMatchObject({ status: 'loaded', rowsRead: 11, rowsLoaded: 2, rowsQuarantined: 9, lineKind: 'csv_line' });

    const q = await quarantine('contributions');
    const reasons = Object.fromEntries([...q].map(([line, r]) => [line, r.reason]));
    expect(reasons).toEqual({
      3: 'nik_malformed',
      4: 'nik_malformed',
      5: 'nik_malformed',
      6: 'negative_amount',
      7: 'wrong_type',
      8: 'duplicate_key',
      9: 'amount_due_mismatch',
      10: 'wrong_type',
      11: 'invalid_value',
    });
    expect(q.get(3)!.message).toContain('not 16 digits');
    expect(q.get(4)!.message).toContain('birth date');
    expect(q.get(5)!.message).toContain('province');
    expect(q.get(6)!.message).toBe('amount_paid "-5" is a negative amount');
    expect(q.get(7)!.message).toContain('period "Jan 2024"');
    expect(q.get(8)!.message).toContain('repeats line 2');
    expect(q.get(3)!.line_kind).toBe('csv_line');
    // The record is kept, pseudonymised: member_key instead of nik, never the clear value.
    const record = JSON.parse(q.get(3)!.record!) as Record<string, unknown>;
    expect(record['member_key']).toBe(pseudonymise('31710115058500', Buffer.from(TEST_KEY)));
    expect(record).not.toHaveProperty('nik');
    expect(q.get(3)!.record).not.toContain('31710115058500');

    const loaded = await wh.query<{ contribution_id: string; member_key: string; _line: bigint }>(
      'SELECT contribution_id, member_key, _line FROM raw_contributions ORDER BY _line',
    );
    expect(loaded.map((r) => [r.contribution_id, Number(r._line)])).toEqual([
      ['C0', 2],
      ['C9', 12],
    ]);
    expect(loaded[0]!.member_key).toBe(pseudonymise(NIKS[0], Buffer.from(TEST_KEY)));

    const stored = await wh.query<{ rows_read: bigint; rows_loaded: bigint; rows_quarantined: bigint }>(
      'SELECT rows_read, rows_loaded, rows_quarantined FROM ingest_files WHERE file_id = ?',
      [file.fileId],
    );
    expect(stored[0]).toEqual({ rows_read: 11n, rows_loaded: 2n, rows_quarantined: 9n });
  });

  it('claims CSV: discharge before admission, unknown ICD-10 / ICD-9-CM / INA-CBG, bad card, billed cost', async () => {
    const rows = [
      claim(0), // line 2
      claim(1, { tgl_pulang: '2024-01-01' }), // line 3: before tgl_masuk 2024-01-05
      claim(2, { diagnosa: 'J18.9#Z99.9' }), // line 4: second code unknown
      claim(3, { procedure: '00.00' }), // line 5
      claim(4, { kode_inacbg: 'X-9-99-I' }), // line 6
      claim(5, { nomor_kartu: '12345' }), // line 7
      claim(6, { billed_cost: 2999999 }), // line 8
      claim(7, { jenis_rawat: 'x' }), // line 9
      claim(8, { diagnosa: 'A01.0#J18.9#I10', procedure: '79.35#81.51' }), // line 10: valid lists
    ];
    const path = ws.write('claims.csv', toCsv('claims', rows));
    const report = await ingestFiles(wh, [path], { pseudonymKey: TEST_KEY });
    expect(report.files[0]).toMatchObject({ table: 'claims', rowsRead: 9, rowsLoaded: 2, rowsQuarantined: 7 });
    const q = await quarantine('claims');
    expect(Object.fromEntries([...q].map(([line, r]) => [line, r.reason]))).toEqual({
      3: 'discharge_before_admission',
      4: 'unknown_icd10',
      5: 'unknown_icd9cm',
      6: 'unknown_inacbg',
      7: 'card_malformed',
      8: 'billed_cost_mismatch',
      9: 'wrong_type',
    });
    expect(q.get(4)!.message).toBe('diagnosa has code(s) not in the icd10 reference list: "Z99.9"');
    expect(q.get(3)!.message).toBe('tgl_pulang 2024-01-01 is before tgl_masuk 2024-01-05');
    // A row failing only a set rule keeps its values (pseudonymised) in the record.
    expect(JSON.parse(q.get(6)!.record!)).toMatchObject({ kode_inacbg: 'X-9-99-I', card_key: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(q.get(7)!.record).not.toContain('12345');
    expect(await count('SELECT count(*) AS n FROM raw_claims')).toBe(2);
  });

  it('members NDJSON and Parquet: row numbers, typed values read as text', async () => {
    const rows = [
      member(0),
      member(1, { nik: '3171AB1505850001' }), // row 2
      member(2, { care_class: 'two' }), // row 3
      member(3, { province_code: '99' }), // row 4
      member(0, { sex: 'P' }), // row 5: same NIK as row 1
    ];
    const ndjson = ws.write('members.ndjson', toNdjson(rows));
    const first = await ingestFiles(wh, [ndjson], { pseudonymKey: TEST_KEY });
    expect(first.files[0]).toMatchObject({ format: 'ndjson', rowsRead: 5, rowsLoaded: 1, rowsQuarantined: 4, lineKind: 'row_number' });
    const q = await quarantine('members');
    expect(Object.fromEntries([...q].map(([line, r]) => [line, r.reason]))).toEqual({
      2: 'nik_malformed',
      3: 'wrong_type',
      4: 'unknown_province',
      5: 'duplicate_key',
    });
    expect(q.get(2)!.line_kind).toBe('row_number');

    // Parquet with typed columns: a NIK already in the warehouse is a duplicate of the loaded row.
    const parquet = await ws.writeParquet('members.parquet', [member(1), member(0), member(2, { jht_opening_balance: -1 })]);
    const second = await ingestFiles(wh, [{ table: 'members', path: parquet }], { pseudonymKey: TEST_KEY });
    expect(second.files[0]).toMatchObject({ format: 'parquet', rowsRead: 3, rowsLoaded: 1, rowsQuarantined: 2 });
    const rows2 = await wh.query<QuarantineRow>('SELECT line, reason, message FROM quarantine WHERE file_id = ? ORDER BY line', [
      second.files[0]!.fileId,
    ]);
    expect(rows2.map((r) => [Number(r.line), r.reason])).toEqual([
      [2, 'duplicate_key'],
      [3, 'negative_amount'],
    ]);
    expect(rows2[0]!.message).toContain(`already in the warehouse, loaded from file ${first.files[0]!.fileId} line 1`);
  });
});

describe('ingestFiles: files, idempotency and accounting', () => {
  it('a second ingestion of the same file adds zero rows; a new file appends', async () => {
    const dir = ws.dir;
    ws.write('contributions.csv', toCsv('contributions', [contribution(0), contribution(1), contribution(1)]));
    const first = await ingestFiles(wh, [dir], { pseudonymKey: TEST_KEY });
    expect(first.files[0]).toMatchObject({ status: 'loaded', rowsRead: 3, rowsLoaded: 2, rowsQuarantined: 1 });
    const again = await ingestFiles(wh, [dir], { pseudonymKey: TEST_KEY });
    expect(again.files[0]).toMatchObject({ status: 'skipped', fileId: first.files[0]!.fileId, rowsRead: 0, rowsLoaded: 0 });
    expect(await count('SELECT count(*) AS n FROM raw_contributions')).toBe(2);
    expect(await count('SELECT count(*) AS n FROM quarantine')).toBe(1);

    const next = ws.write('contributions-2024-02.csv', toCsv('contributions', [contribution(2), contribution(3), contribution(0)]));
    const appended = await ingestFiles(wh, [{ table: 'contributions', path: next }], { pseudonymKey: TEST_KEY });
    expect(appended.files[0]).toMatchObject({ rowsRead: 3, rowsLoaded: 2, rowsQuarantined: 1 });
    expect(await count('SELECT count(*) AS n FROM raw_contributions')).toBe(4);
    expect(
      await count("SELECT count(*) AS n FROM quarantine WHERE reason = 'duplicate_key' AND message LIKE '%already in the warehouse%'"),
    ).toBe(1);
    const totals = await wh.query<{ r: bigint; l: bigint; q: bigint }>(
      'SELECT sum(rows_read) AS r, sum(rows_loaded) AS l, sum(rows_quarantined) AS q FROM ingest_files',
    );
    expect(totals[0]).toEqual({ r: 6n, l: 4n, q: 2n });
  });

  it('a missing optional column is a warning; a missing required column rejects the file: every row quarantined, table and column named', async () => {
    const columns = [
      'contribution_id',
      'nik',
      'agency',
      'period',
      'due_date',
      'amount_due',
      'amount_paid',
      'jkn_due',
      'jht_due',
      'jkk_due',
      'jkm_due',
      'jp_due',
    ];
    const path = ws.write('contributions.csv', toCsv('contributions', [contribution(0), contribution(1)], columns));
    const report = await ingestFiles(wh, [path], { pseudonymKey: TEST_KEY });
    const file = report.files[0]!;
    // employer_id and paid_date are nullable: their absence loads NULLs, with a warning.
    expect(file.status).toBe('loaded');
    expect(file.warnings.join(' ')).toContain('employer_id, paid_date');

    const noDue = columns.filter((c) => c !== 'due_date');
    const rejectedPath = ws.write('contributions-2.csv', toCsv('contributions', [contribution(5), contribution(6)], noDue));
    const rejected = (await ingestFiles(wh, [rejectedPath], { pseudonymKey: TEST_KEY })).files[0]!;
    expect(rejected).toMatchObject({ status: 'rejected', rowsRead: 2, rowsLoaded: 0, rowsQuarantined: 2 });
    expect(rejected.error).toContain('table contributions: required column(s) missing from the file: due_date');
    const q = await wh.query<QuarantineRow>('SELECT reason, message FROM quarantine WHERE file_id = ?', [rejected.fileId]);
    expect(q.map((r) => r.reason)).toEqual(['missing_column', 'missing_column']);
    expect(q[0]!.message).toBe('table contributions: the file has no column "due_date", which is required');
  });

  it('unparseable CSV lines are quarantined by line and later lines keep their numbers', async () => {
    const csv = toCsv('contributions', [contribution(0), contribution(1), contribution(2)]).split('\n');
    // Header, C0, a line with too many fields, C1, blank, C2.
    const text = [csv[0], csv[1], `${csv[2]},extra`, csv[2]!.replace('C1', 'C10'), '', csv[3], ''].join('\n');
    const path = ws.write('contributions.csv', text);
    const file = (await ingestFiles(wh, [path], { pseudonymKey: TEST_KEY })).files[0]!;
    expect(file).toMatchObject({ status: 'loaded', rowsRead: 4, rowsLoaded: 3, rowsQuarantined: 1 });
    const q = await quarantine('contributions');
    expect(q.get(3)).toMatchObject({ reason: 'malformed_line', record: null });
    expect(q.get(3)!.message).toContain('line 3 could not be parsed');
    const lines = await wh.query<{ contribution_id: string; _line: bigint }>(
      'SELECT contribution_id, _line FROM raw_contributions ORDER BY _line',
    );
    expect(lines.map((r) => [r.contribution_id, Number(r._line)])).toEqual([
      ['C0', 2],
      ['C10', 4],
      ['C2', 6],
    ]);
  });

  it('a CSV that loses lines to an unterminated quote fails whole, with a clear error', async () => {
    const csv = toCsv('contributions', [contribution(0), contribution(1), contribution(2)]).split('\n');
    const text = [csv[0], csv[1]!.replace('C0', '"C0'), csv[2], csv[3], ''].join('\n');
    const file = (await ingestFiles(wh, [ws.write('contributions.csv', text)], { pseudonymKey: TEST_KEY })).files[0]!;
    expect(file.status).toBe('failed');
    expect(file.error).toMatch(/3 data lines but .* Nothing from this file was loaded/);
    expect(await count('SELECT count(*) AS n FROM raw_contributions')).toBe(0);
    expect(await count("SELECT count(*) AS n FROM ingest_files WHERE status = 'failed'")).toBe(1);
  });

  it('reads gzipped CSV and .jsonl by extension, files named <table>-<part> or inside <table>/', async () => {
    writeFileSync(
      join(ws.dir, 'contributions-part1.csv.gz'),
      gzipSync(toCsv('contributions', [contribution(0), contribution(1, { nik: '123' })])),
    );
    mkdirSync(join(ws.dir, 'members'));
    ws.write('members/part-0.jsonl', toNdjson([member(0)]));
    ws.write('notes.txt', 'not an extract');
    const warnings: string[] = [];
    const report = await ingestFiles(wh, [ws.dir], { pseudonymKey: TEST_KEY, onWarning: (m) => warnings.push(m) });
    expect(report.files.map((f) => [f.table, f.format, f.rowsLoaded, f.rowsQuarantined])).toEqual([
      ['members', 'ndjson', 1, 0],
      ['contributions', 'csv.gz', 1, 1],
    ]);
    expect((await quarantine('contributions')).get(3)?.reason).toBe('nik_malformed');
    expect(report.ignored.some((p) => p.endsWith('notes.txt'))).toBe(true);
    expect(warnings.some((w) => w.includes('notes.txt'))).toBe(true);
  });

  it('reports progress by phase', async () => {
    const path = ws.write('contributions.csv', toCsv('contributions', [contribution(0)]));
    const phases = new Set<string>();
    await ingestFiles(wh, [path], { pseudonymKey: TEST_KEY, onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(expect.arrayContaining(['resolve', 'file', 'hash', 'validate', 'load']));
  });
});
