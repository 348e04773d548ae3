// The warehouse file: idempotent migrations, raw tables shaped by the contract (pseudonym
// columns, lineage), reference tables, read-only access and the summary.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../ingest/ingest.js';
import { contribution, TEST_KEY, testReferences, toCsv, workspace } from '../ingest/testing/fixtures.js';
import { formatWarehouseSummary, warehouseSummary } from './summary.js';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { openWarehouse } from './warehouse.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'telisik-warehouse-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openWarehouse', () => {
  it('spills where it is told, with no external file cache', async () => {
    const spill = join(dir, 'spill');
    const w = await openWarehouse(join(dir, 'w.duckdb'), { references: testReferences, tempDirectory: spill, memoryLimit: '256MB' });
    try {
      const settings = await w.query<{ name: string; value: string }>(
        "SELECT name, value FROM duckdb_settings() WHERE name IN ('temp_directory', 'enable_external_file_cache', 'memory_limit') ORDER BY name",
      );
      expect(settings.map((r) => r.name)).toEqual(['enable_external_file_cache', 'memory_limit', 'temp_directory']);
      expect(settings[0]!.value).toBe('false');
      expect(settings[2]!.value).toBe(spill);
    } finally {
      await w.close();
    }
  });
  it('creates the schema once and reopens idempotently', async () => {
    const path = join(dir, 'nested', 'w.duckdb');
    const first = await openWarehouse(path, { references: testReferences });
    await first.close();
    const again = await openWarehouse(path, { references: testReferences });
    const tables = (
      await again.query<{ table_name: string }>("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name")
    ).map((r) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'ingest_files',
        'quarantine',
        'warehouse_meta',
        'raw_members',
        'raw_claims',
        'raw_contributions',
        'raw_deaths',
        'ref_icd10',
        'ref_icd9cm',
        'ref_inacbg',
        'ref_province',
        'ref_sector',
        'ref_fraud_type',
      ]),
    );
    const cols = await again.query<{ column_name: string; data_type: string; is_nullable: boolean }>(
      "SELECT column_name, data_type, is_nullable FROM duckdb_columns() WHERE table_name = 'raw_members' ORDER BY column_index",
    );
    expect(cols.map((c) => c.column_name)).toEqual([
      'member_key',
      'card_key',
      'birth_date',
      'sex',
      'province_code',
      'regency_code',
      'jkn_segment',
      'care_class',
      'jkn_registered_date',
      'bpjstk_registered_date',
      'jht_opening_balance',
      'family_key',
      'hubungan_keluarga',
      '_file_id',
      '_line',
    ]);
    expect(cols.find((c) => c.column_name === 'birth_date')).toMatchObject({ data_type: 'DATE', is_nullable: false });
    expect(cols.find((c) => c.column_name === 'jht_opening_balance')).toMatchObject({ data_type: 'BIGINT', is_nullable: true });
    expect(await again.query('SELECT code FROM ref_icd9cm ORDER BY code')).toEqual([
      { code: '79.35' },
      { code: '81.51' },
      { code: '99.04' },
    ]);
    await again.close();
  });

  it('follows the contract when it grows or relaxes a column', async () => {
    const path = join(dir, 'w.duckdb');
    const old = await openWarehouse(path, { references: testReferences });
    // A file from an older contract: one column fewer, one column still NOT NULL.
    await old.run('ALTER TABLE raw_deaths DROP COLUMN source');
    await old.run('ALTER TABLE raw_kkpak_cases ALTER COLUMN employer_id SET NOT NULL');
    await old.close();
    const wh = await openWarehouse(path, { references: testReferences });
    const cols = await wh.query<{ table_name: string; column_name: string; is_nullable: boolean }>(
      "SELECT table_name, column_name, is_nullable FROM duckdb_columns() WHERE (table_name, column_name) IN (('raw_deaths', 'source'), ('raw_kkpak_cases', 'employer_id')) ORDER BY table_name",
    );
    expect(cols).toEqual([
      { table_name: 'raw_deaths', column_name: 'source', is_nullable: true },
      { table_name: 'raw_kkpak_cases', column_name: 'employer_id', is_nullable: true },
    ]);
    await wh.close();
  });

  it('loads the frozen reference lists by default', async () => {
    const wh = await openWarehouse(join(dir, 'w.duckdb'));
    const [row] = await wh.query<{ n: bigint }>('SELECT count(*) AS n FROM ref_province');
    expect(Number(row!.n)).toBeGreaterThanOrEqual(34);
    await wh.close();
  });

  it('opens read-only for readers, which cannot ingest', async () => {
    const path = join(dir, 'w.duckdb');
    await (await openWarehouse(path, { references: testReferences })).close();
    const reader = await openWarehouse(path, { readOnly: true });
    expect(reader.readOnly).toBe(true);
    await expect(ingestFiles(reader, [], { pseudonymKey: TEST_KEY })).rejects.toThrow(/read-only/);
    await expect(reader.run('CREATE TABLE x (a INTEGER)')).rejects.toThrow();
    await reader.close();
  });

  it('refuses to open a file that is not a warehouse read-only', async () => {
    const other = join(dir, 'other.duckdb');
    const instance = await createOfflineDuckDB(other);
    instance.closeSync();
    await expect(openWarehouse(other, { readOnly: true })).rejects.toThrow(/not a telisik warehouse/);
  });
});

describe('warehouseSummary', () => {
  it('counts raw rows, files and quarantine by table and reason', async () => {
    const ws = workspace();
    try {
      const wh = await openWarehouse(ws.dbPath, { references: testReferences });
      ws.write(
        'contributions.csv',
        toCsv('contributions', [contribution(0), contribution(1), contribution(2, { amount_paid: -1 }), contribution(1)]),
      );
      await ingestFiles(wh, [ws.dir], { pseudonymKey: TEST_KEY });
      const summary = await warehouseSummary(wh);
      expect(summary.tables.find((t) => t.table === 'contributions')).toEqual({
        table: 'contributions',
        rawTable: 'raw_contributions',
        rows: 2,
      });
      expect(summary.files).toEqual({ loaded: 1, rejected: 0, failed: 0 });
      expect(summary).toMatchObject({ rowsRead: 4, rowsLoaded: 2, rowsQuarantined: 2 });
      expect(summary.quarantine).toEqual([
        { table: 'contributions', reason: 'duplicate_key', rows: 1 },
        { table: 'contributions', reason: 'negative_amount', rows: 1 },
      ]);
      const text = formatWarehouseSummary(summary);
      expect(text).toContain('raw_contributions');
      expect(text).toContain('4 read = 2 loaded + 2 quarantined');
      expect(text).toMatch(/contributions\s+negative_amount\s+1/);
      await wh.close();
    } finally {
      ws.remove();
    }
  });
});
