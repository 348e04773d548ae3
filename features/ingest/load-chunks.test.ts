// Loading in row-range chunks (one transaction each) must give the same warehouse as one
// chunk, row for row, with rows read = loaded + quarantined across chunk boundaries; rows
// left by a load that died mid-file are removed before the next ingestion.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWarehouse } from '../warehouse/warehouse.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { applyIngestMemoryLimit, ingestFiles } from './ingest.js';
import type { IngestReport } from './ingest.js';
import { loadChunks } from './load-pass.js';
import { contribution, TEST_KEY, testReferences, toCsv, workspace } from './testing/fixtures.js';
import type { Row, Workspace } from './testing/fixtures.js';

let ws: Workspace;
const open: Warehouse[] = [];

beforeEach(() => {
  ws = workspace();
});
afterEach(async () => {
  for (const wh of open.splice(0)) await wh.close();
  ws.remove();
});

/** Twelve contributions with bad rows on both sides of a 4-row chunk boundary. */
const ROWS: readonly Row[] = [
  contribution(0), // row 1
  contribution(1),
  contribution(2, { amount_paid: -5 }), // row 3: row rule, chunk 1
  contribution(3),
  contribution(4), // row 5: chunk 2 starts
  contribution(5, { agency: 'XX' }), // row 6: row rule in the second chunk
  contribution(1), // row 7: duplicate of row 2 (first chunk): a set rule across chunks
  contribution(6, { amount_due: 370001 }), // row 8
  contribution(7), // row 9: chunk 3
  contribution(8, { nik: '31710115058500' }), // row 10: malformed NIK, a set rule
  contribution(9),
  contribution(7), // row 12: duplicate of row 9, same chunk
];

async function ingestWith(
  name: string,
  path: string,
  chunkRows?: number,
): Promise<{ wh: Warehouse; report: IngestReport; loadSteps: number[] }> {
  const wh = await openWarehouse(`${ws.dir}/${name}.duckdb`, { references: testReferences });
  open.push(wh);
  const loadSteps: number[] = [];
  const report = await ingestFiles(wh, [{ table: 'contributions', path }], {
    pseudonymKey: TEST_KEY,
    ...(chunkRows ? { chunkRows } : {}),
    onProgress: (p) => {
      if (p.phase === 'load') loadSteps.push(p.done);
    },
  });
  return { wh, report, loadSteps };
}

/** Every loaded and quarantined row, in a fixed order, as text. */
async function tables(wh: Warehouse): Promise<{ raw: string[]; quarantine: string[] }> {
  const rows = async (sql: string) => (await wh.query<{ r: string }>(sql)).map((x) => x.r);
  return {
    raw: await rows('SELECT CAST(t AS VARCHAR) AS r FROM raw_contributions AS t ORDER BY _line'),
    quarantine: await rows('SELECT CAST(q AS VARCHAR) AS r FROM quarantine AS q ORDER BY line'),
  };
}

describe('ingest in load chunks', () => {
  it('splits records into ranges, one chunk for an empty file', () => {
    expect(loadChunks(10, 4)).toEqual([
      { first: 1, last: 4, final: false },
      { first: 5, last: 8, final: false },
      { first: 9, last: 10, final: true },
    ]);
    expect(loadChunks(0, 4)).toEqual([{ first: 1, last: 1, final: true }]);
    expect(() => loadChunks(10, 0)).toThrow(/positive integer/);
  });

  for (const format of ['csv', 'parquet'] as const) {
    it(`${format}: chunks of 4 rows load exactly what one chunk loads`, async () => {
      const path =
        format === 'csv'
          ? ws.write('contributions.csv', toCsv('contributions', ROWS))
          : await ws.writeParquet('contributions.parquet', ROWS);
      const whole = await ingestWith('whole', path, 1_000);
      const chunked = await ingestWith('chunked', path, 4);
      // Progress after each committed chunk: the load really ran in three transactions.
      expect(chunked.loadSteps).toEqual([0, 4, 8, 12]);
      expect(whole.loadSteps).toEqual([0, 12]);
      const file = chunked.report.files[0]!;
      expect(file).toMatchObject({ status: 'loaded', rowsRead: 12, rowsLoaded: 6, rowsQuarantined: 6 });
      expect(file.rowsRead).toBe(file.rowsLoaded + file.rowsQuarantined);
      expect(chunked.report.files[0]).toEqual(whole.report.files[0]);

      const a = await tables(whole.wh);
      const b = await tables(chunked.wh);
      expect(b).toEqual(a);
      expect(b.raw).toHaveLength(6);
      const reasons = await chunked.wh.query<{ line: bigint; reason: string }>('SELECT line, reason FROM quarantine ORDER BY line');
      const offset = format === 'csv' ? 1 : 0; // CSV counts the header line
      expect(reasons.map((r) => [Number(r.line) - offset, r.reason])).toEqual([
        [3, 'negative_amount'],
        [6, 'invalid_value'],
        [7, 'duplicate_key'],
        [8, 'amount_due_mismatch'],
        [10, 'nik_malformed'],
        [12, 'duplicate_key'],
      ]);
    });
  }

  it('removes the rows of a load that died mid-file, then loads the file again', async () => {
    const path = ws.write('contributions.csv', toCsv('contributions', ROWS));
    const first = await ingestWith('crashed', path, 4);
    const wh = first.wh;
    const fileId = first.report.files[0]!.fileId;
    // What a crash after the first committed chunk leaves: rows, but no file record.
    await wh.run('DELETE FROM ingest_files WHERE file_id = ?', [fileId]);
    await wh.run('DELETE FROM raw_contributions WHERE _line > 5');
    await wh.run('DELETE FROM quarantine WHERE line > 5');
    expect(Number((await wh.query<{ n: bigint }>('SELECT count(*) AS n FROM raw_contributions'))[0]?.n)).toBeGreaterThan(0);

    const again = await ingestFiles(wh, [{ table: 'contributions', path }], { pseudonymKey: TEST_KEY, chunkRows: 4 });
    const file = again.files[0]!;
    expect(file).toMatchObject({ status: 'loaded', rowsRead: 12, rowsLoaded: 6, rowsQuarantined: 6 });
    const left = await wh.query<{ f: number; n: bigint }>('SELECT _file_id AS f, count(*) AS n FROM raw_contributions GROUP BY ALL');
    expect(left.map((r) => [r.f, Number(r.n)])).toEqual([[file.fileId, 6]]);
    const quarantined = await wh.query<{ n: bigint }>('SELECT count(*) AS n FROM quarantine WHERE file_id <> ?', [file.fileId]);
    expect(Number(quarantined[0]?.n)).toBe(0);
  });

  it('ingests with a 1GB memory limit unless the operator set one', async () => {
    const wh = await openWarehouse(`${ws.dir}/limit.duckdb`, { references: testReferences, memoryLimit: '3GB' });
    open.push(wh);
    const limit = async () => (await wh.query<{ v: string }>("SELECT current_setting('memory_limit') AS v"))[0]?.v;
    const chosen = await limit();
    await applyIngestMemoryLimit(wh, '3GB', {});
    await applyIngestMemoryLimit(wh, undefined, { TELISIK_WAREHOUSE_MEMORY_LIMIT: '3GB' });
    expect(await limit()).toBe(chosen);
    await applyIngestMemoryLimit(wh, undefined, {});
    expect(await limit()).toBe('953.6 MiB'); // 1GB = 10^9 bytes
  });
});
