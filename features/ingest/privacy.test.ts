// No clear NIK or card number anywhere in the database file: ingest every table holding
// them (valid and malformed values, loaded and quarantined), checkpoint, close, and grep
// the raw bytes of the .duckdb file. The key and its HMAC pads must not be there either.
// Nor in a temp table during ingestion: DuckDB spills temp tables, unencrypted, to its
// temp directory when memory runs short.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ident, literal } from '../warehouse/sql.js';
import { openWarehouse } from '../warehouse/warehouse.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { ingestFiles, MissingPseudonymKeyError } from './index.js';
import { claim, contribution, member, NIKS, CARDS, TEST_KEY, testReferences, toCsv, toNdjson, workspace } from './testing/fixtures.js';
import type { Workspace } from './testing/fixtures.js';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => ws.remove());

describe('personal identifiers', () => {
  it('never reach the database file in clear', async () => {
    const badNiks = ['31710115058500', '3171013213850001', '317101150585000X'];
    const badCards = ['12345678901', '000123456789X'];
    ws.write(
      'members.csv',
      toCsv('members', [
        member(0),
        member(1),
        member(2),
        member(3),
        member(4, { nik: badNiks[0]!, nomor_kartu: badCards[0]! }),
        member(5, { nik: badNiks[1]!, care_class: 'x' }),
      ]),
    );
    ws.write('contributions.ndjson', toNdjson([contribution(0), contribution(1, { nik: badNiks[2]! }), contribution(0)]));
    ws.write('claims.csv', toCsv('claims', [claim(0), claim(1, { nomor_kartu: badCards[1]! }), claim(2, { kode_inacbg: 'BAD' })]));
    // A file DuckDB cannot parse fails whole; its error message must not carry the NIK either.
    ws.write('kkpak_cases.ndjson', `{"case_id": "K1", "nik": "${NIKS[2]}"} trailing-garbage-3171099999990001\n`);
    await ws.writeParquet('deaths.parquet', [{ nik: NIKS[3], death_date: '2024-05-01', source: 'DUKCAPIL' }]);

    const wh = await openWarehouse(ws.dbPath, { references: testReferences });
    const report = await ingestFiles(wh, [ws.dir], { pseudonymKey: TEST_KEY });
    expect(report.files.map((f) => [f.table, f.status])).toEqual([
      ['members', 'loaded'],
      ['contributions', 'loaded'],
      ['claims', 'loaded'],
      ['kkpak_cases', 'failed'],
      ['deaths', 'loaded'],
    ]);
    expect(report.files[3]!.error).not.toMatch(/\d{12,}/);
    expect(report.totals.rowsQuarantined).toBeGreaterThanOrEqual(5);
    // Control: a 16-digit string that IS stored must be found by the same grep.
    await wh.run("INSERT INTO warehouse_meta VALUES ('test_canary', '3199999999990000')");
    await wh.close();

    expect(existsSync(`${ws.dbPath}.wal`)).toBe(false);
    const bytes = readFileSync(ws.dbPath);
    const text = bytes.toString('latin1');
    expect(text.includes('3199999999990000')).toBe(true);
    for (const secret of [...NIKS, ...CARDS, ...badNiks, ...badCards, '3171099999990001', TEST_KEY]) {
      expect(text.includes(secret), `found "${secret}" in the database file`).toBe(false);
    }
    // The HMAC key pads appear in our SQL text only, never in a stored view or macro.
    expect(bytes.includes(Buffer.from(TEST_KEY))).toBe(false);
  });

  it('never sit in a temp table in clear, since temp tables spill to disk unencrypted', async () => {
    const badNiks = ['31710115058500', '3171013213850001'];
    const badCards = ['12345678901'];
    // Members have the NIK as primary key (compared by pseudonym), contributions and claims
    // carry a NIK or card number per ledger row; valid, malformed and duplicate values.
    ws.write(
      'members.ndjson',
      toNdjson([
        member(0),
        member(1),
        member(2),
        member(0, { jkn_segment: 'PBI' }),
        member(3, { nik: badNiks[0]!, nomor_kartu: badCards[0]! }),
        member(4, { nik: badNiks[1]!, care_class: 'x' }),
      ]),
    );
    ws.write(
      'contributions.csv',
      toCsv('contributions', [contribution(0), contribution(1, { nik: badNiks[1]! }), contribution(2), contribution(2)]),
    );
    await ws.writeParquet('claims.parquet', [claim(0), claim(1, { nomor_kartu: badCards[0]! }), claim(2, { kode_inacbg: 'BAD' })]);
    const secrets = [...NIKS, ...CARDS, ...badNiks, ...badCards];

    const wh = await openWarehouse(ws.dbPath, { references: testReferences });
    const seen = new Set<string>();
    const leaks = new Set<string>();
    // After every statement that makes a temp table, look for a clear identifier in any
    // column of any temp table (the connection's temp catalog, which DuckDB may spill).
    const inspect = async (sql: string): Promise<void> => {
      if (!/\bTEMP\s+TABLE\b/i.test(sql)) return;
      const columns = await wh.query<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'temp'",
      );
      for (const { table_name: table, column_name: column } of columns) {
        seen.add(table);
        const hits = await wh.query<{ n: bigint }>(
          `SELECT count(*) AS n FROM temp.main.${ident(table)} WHERE regexp_matches(CAST(${ident(column)} AS VARCHAR), ${literal(secrets.join('|'))})`,
        );
        if (Number(hits[0]?.n ?? 0) > 0) leaks.add(`${table}.${column}`);
      }
    };
    const watched: Warehouse = {
      ...wh,
      run: async (sql, params) => {
        await wh.run(sql, params);
        await inspect(sql);
      },
    };
    try {
      const report = await ingestFiles(watched, [ws.dir], { pseudonymKey: TEST_KEY });
      expect(report.files.map((f) => [f.table, f.status])).toEqual([
        ['members', 'loaded'],
        ['contributions', 'loaded'],
        ['claims', 'loaded'],
      ]);
      expect(report.totals.rowsQuarantined).toBeGreaterThanOrEqual(6);
      // Control: the inspection saw the per-file keys table, and finds a clear value that is there.
      expect(seen).toContain('telisik_keys');
      await wh.run(`CREATE TEMP TABLE telisik_canary AS SELECT ${literal(NIKS[0])} AS v`);
      await inspect('CREATE TEMP TABLE');
      expect([...leaks]).toEqual(['telisik_canary.v']);
    } finally {
      await wh.close();
    }
  });

  it('ingestion without a key fails clearly unless demo mode is asked for', async () => {
    const wh = await openWarehouse(ws.dbPath, { references: testReferences });
    try {
      const path = ws.write('contributions.csv', toCsv('contributions', [contribution(0)]));
      await expect(ingestFiles(wh, [path], { env: {} })).rejects.toThrow(MissingPseudonymKeyError);
      const warnings: string[] = [];
      const report = await ingestFiles(wh, [path], { env: {}, demoKey: true, onWarning: (m) => warnings.push(m) });
      expect(report.demoKey).toBe(true);
      expect(report.files[0]!.rowsLoaded).toBe(1);
      expect(warnings.join(' ')).toContain('demo key');
      // The warehouse now belongs to the demo key: another key would make keys that never join.
      await expect(ingestFiles(wh, [path], { pseudonymKey: TEST_KEY })).rejects.toThrow(/different pseudonym key/);
    } finally {
      await wh.close();
    }
  });
});
