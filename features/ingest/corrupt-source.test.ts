// A damaged file among good ones (a truncated or garbled .csv.gz, a file gone missing) is a
// failure of that file: named, recorded in ingest_files, typed as bad input, and the rest
// of the batch is still ingested with its counts balanced.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWarehouse } from '../warehouse/warehouse.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { ingestFiles } from './ingest.js';
import { CorruptSourceError, IngestInputError } from './ingest-errors.js';
import { scanFile } from './file-scan.js';
import { contribution, member, TEST_KEY, testReferences, toCsv, workspace } from './testing/fixtures.js';
import type { Workspace } from './testing/fixtures.js';

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

interface FileRow {
  path: string;
  status: string;
  error: string | null;
  rows_read: bigint;
  rows_loaded: bigint;
  rows_quarantined: bigint;
}

async function recorded(): Promise<FileRow[]> {
  return wh.query<FileRow>('SELECT path, status, error, rows_read, rows_loaded, rows_quarantined FROM ingest_files ORDER BY path');
}

/** A gzip stream cut short: the deflate data and trailer end mid-way. */
function truncatedGzip(text: string): Buffer {
  const whole = gzipSync(text);
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

describe('a damaged file among good ones', () => {
  it('fails a truncated .csv.gz by name, records it, and still loads the other files', async () => {
    const good = ws.write('members.csv', toCsv('members', [member(0), member(1), member(2, { sex: 'X' })]));
    const truncated = join(ws.dir, 'contributions-part2.csv.gz');
    writeFileSync(
      truncated,
      truncatedGzip(
        toCsv(
          'contributions',
          Array.from({ length: 400 }, (_, i) => contribution(i)),
        ),
      ),
    );
    const alsoGood = join(ws.dir, 'contributions-part1.csv.gz');
    writeFileSync(alsoGood, gzipSync(toCsv('contributions', [contribution(0), contribution(1, { amount_paid: -1 })])));

    const report = await ingestFiles(wh, [good, alsoGood, truncated], { pseudonymKey: TEST_KEY });

    const byPath = new Map(report.files.map((f) => [f.path, f]));
    const bad = byPath.get(truncated);
    expect(bad?.status).toBe('failed');
    expect(bad?.error).toContain(truncated);
    expect(bad?.error).toMatch(/truncated|corrupt/i);
    expect(bad?.failure).toBe('bad-input');
    expect(bad?.sha256).toMatch(/^[0-9a-f]{64}$/);

    for (const path of [good, alsoGood]) {
      const f = byPath.get(path);
      expect(f?.status).toBe('loaded');
      expect((f?.rowsLoaded ?? 0) + (f?.rowsQuarantined ?? 0)).toBe(f?.rowsRead);
    }
    expect(byPath.get(good)).toMatchObject({ rowsRead: 3, rowsLoaded: 2, rowsQuarantined: 1 });
    expect(byPath.get(alsoGood)).toMatchObject({ rowsRead: 2, rowsLoaded: 1, rowsQuarantined: 1 });

    const rows = await recorded();
    expect(rows.map((r) => [r.path, r.status])).toEqual([
      [alsoGood, 'loaded'],
      [truncated, 'failed'],
      [good, 'loaded'],
    ]);
    const failedRow = rows.find((r) => r.path === truncated);
    expect(failedRow?.error).toContain(truncated);
    expect(Number(failedRow?.rows_read)).toBe(0);
    const raw = await wh.query<{ n: bigint }>('SELECT count(*) AS n FROM raw_contributions');
    expect(Number(raw[0]?.n)).toBe(1);
  });

  it('fails a Parquet or NDJSON file of garbage bytes as bad input (no retry), naming it, without quoting SQL', async () => {
    const parquet = join(ws.dir, 'deaths.parquet');
    writeFileSync(parquet, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)));
    const ndjson = join(ws.dir, 'contributions.ndjson');
    writeFileSync(ndjson, '{"a": [1, 2\n\u0000\u0001 not json at all {{{\n');
    const good = ws.write('members.csv', toCsv('members', [member(0)]));
    const report = await ingestFiles(wh, [parquet, ndjson, good], { pseudonymKey: TEST_KEY });
    for (const path of [parquet, ndjson]) {
      const f = report.files.find((x) => x.path === path);
      expect(f).toMatchObject({ status: 'failed', failure: 'bad-input' });
      expect(f?.error).toContain(path);
      expect(f?.error).not.toMatch(/LINE \d|SELECT|DESCRIBE|read_parquet|read_json/);
    }
    expect(report.files.find((f) => f.path === good)).toMatchObject({ status: 'loaded', rowsRead: 1 });
  });

  it('fails a garbled .csv.gz (not gzip at all) by name without hanging the scan', async () => {
    const garbled = join(ws.dir, 'contributions.csv.gz');
    writeFileSync(garbled, Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(3 << 20, 0x5a)]));
    const good = ws.write('members.csv', toCsv('members', [member(0)]));
    const report = await ingestFiles(wh, [garbled, good], { pseudonymKey: TEST_KEY });
    expect(report.files.find((f) => f.path === garbled)).toMatchObject({ status: 'failed', failure: 'bad-input' });
    expect(report.files.find((f) => f.path === good)).toMatchObject({ status: 'loaded', rowsLoaded: 1 });
  });

  it('types the scan failure: a CorruptSourceError (bad input) carrying the file and its hash', async () => {
    const truncated = join(ws.dir, 'claims.csv.gz');
    writeFileSync(truncated, truncatedGzip('a,b\n'.repeat(5_000)));
    const err = await scanFile(truncated, 'csv.gz').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CorruptSourceError);
    expect(err).toBeInstanceOf(IngestInputError);
    expect((err as CorruptSourceError).path).toBe(truncated);
    expect((err as CorruptSourceError).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('types input errors: an unnamed file and a missing one are IngestInputError, not matched by message', async () => {
    const unnamed = ws.write('whatever.csv', 'a,b\n1,2\n');
    await expect(ingestFiles(wh, [unnamed], { pseudonymKey: TEST_KEY })).rejects.toBeInstanceOf(IngestInputError);
    await expect(ingestFiles(wh, [join(ws.dir, 'members-missing.csv')], { pseudonymKey: TEST_KEY })).rejects.toBeInstanceOf(
      IngestInputError,
    );
    await expect(ingestFiles(wh, [unnamed], { pseudonymKey: 'short' })).rejects.toBeInstanceOf(IngestInputError);
  });
});
