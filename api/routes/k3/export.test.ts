// K3 exports over real HTTP: the book (one rating row per employer, the same figures the
// rating route serves) and the rate tables as CSV and Parquet, for underwriters only, with a
// clear refusal of an unknown table or format and 503 before a book is loaded.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDuckDB } from '../../../data-samples/sql/index.js';
import { BOOK_COLUMNS } from '../../../models/k3/export.js';
import { bookFrom, buildK3RatingModel, rateBook, rateEmployer, ratingInputOf, ratingRow, syntheticBook } from '../../../models/k3/index.js';
import type { K3Book } from '../../../models/k3/index.js';
import { startApi } from '../../test-support/harness.js';
import type { Harness } from '../../test-support/harness.js';
import { k3Routes } from './index.js';

let h: Harness;
let empty: Harness;
let book: K3Book;
let dir: string;

beforeAll(async () => {
  const { years, claims } = syntheticBook({ employers: 400, years: 3, seed: 11 });
  const model = buildK3RatingModel(years, '2026-06-30', claims);
  book = bookFrom(model, years, rateBook(model, years, undefined, claims).summary, claims);
  h = await startApi({ routes: [k3Routes({ book: () => book })] });
  empty = await startApi({ routes: [k3Routes({ book: () => undefined })] });
  dir = await mkdtemp(join(tmpdir(), 'telisik-k3-export-'));
});

afterAll(async () => {
  await h?.close();
  await empty?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Rows of a downloaded file, read back by DuckDB (which also checks it is a valid file). */
async function readBack(
  bytes: ArrayBuffer,
  format: 'csv' | 'parquet',
): Promise<{ rows: Record<string, unknown>[]; types: Record<string, string> }> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.${format}`);
  await writeFile(path, Buffer.from(bytes));
  const db = await createOfflineDuckDB(':memory:');
  const c = await db.connect();
  try {
    const from = format === 'csv' ? 'read_csv($1, header = true)' : 'read_parquet($1)';
    const rows = (await c.runAndReadAll(`SELECT * FROM ${from}`, [path])).getRowObjectsJson() as Record<string, unknown>[];
    const described = (await c.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`, [path])).getRowObjectsJson() as {
      column_name: string;
      column_type: string;
    }[];
    return { rows, types: Object.fromEntries(described.map((d) => [d.column_name, d.column_type])) };
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

describe('K3 exports', () => {
  it('serve the book as Parquet: one typed row per employer, the figures the rating gives', async () => {
    const res = await h.fetch('/k3/export/book?format=parquet', { key: h.keys.underwriter });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="k3-book-2026-06-30.parquet"');
    const { rows, types } = await readBack(await res.arrayBuffer(), 'parquet');
    expect(rows).toHaveLength(book.employerIds().length);
    expect(Object.keys(types)).toEqual(BOOK_COLUMNS.map((c) => c.name));
    expect(types).toMatchObject({
      employer_id: 'VARCHAR',
      statutory_group: 'INTEGER',
      expected_per_1000: 'DOUBLE',
      experience_eligible: 'BOOLEAN',
    });
    const id = book.employerIds()[7]!;
    const history = book.history(id)!;
    const expected = ratingRow(rateEmployer(book.model, ratingInputOf(history, book.claims(id))), history[0]!);
    // every field of the batch's rating row is a column, nothing more
    expect(Object.keys(expected).sort()).toEqual(BOOK_COLUMNS.map((c) => c.name).sort());
    const row = rows.find((r) => r.employer_id === id)!;
    expect(row.expected_per_1000).toBeCloseTo(expected.expected_per_1000, 9);
    expect(row.pp49_recommended_group).toBe(expected.pp49_recommended_group);
    expect(row.experience_eligible).toBe(expected.experience_eligible);
  });

  it('serve the book as CSV with a header that a spreadsheet reads', async () => {
    const res = await h.fetch('/k3/export/book?format=csv', { key: h.keys.underwriter });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = await res.arrayBuffer();
    const text = Buffer.from(bytes).toString('utf8');
    expect(text.split('\n')[0]).toBe(BOOK_COLUMNS.map((c) => c.name).join(','));
    const { rows } = await readBack(bytes, 'csv');
    expect(rows).toHaveLength(book.employerIds().length);
  });

  it('serve both statutory rate tables with the risk-rate band of each group, and the relativities', async () => {
    const rates = (
      await readBack(await (await h.fetch('/k3/export/rates?format=parquet', { key: h.keys.underwriter })).arrayBuffer(), 'parquet')
    ).rows;
    expect(rates).toHaveLength(10);
    const pp44 = rates.filter((r) => r.rate_table === 'pp44_2015');
    expect(pp44.map((r) => r.risk_group)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(pp44.map((r) => r.statutory_rate)).toEqual([0.0024, 0.0054, 0.0089, 0.0127, 0.0174]);
    // bands tile the risk-rate line: each group starts where the previous one ends, the last is open
    for (let g = 1; g < 5; g++) expect(pp44[g]!.risk_rate_from).toBe(pp44[g - 1]!.risk_rate_to);
    expect(pp44[4]!.risk_rate_to).toBeNull();
    expect(pp44[0]!.loading).toBeCloseTo(book.model.loading.pp44_2015, 12);
    const factors = (
      await readBack(await (await h.fetch('/k3/export/factors?format=csv', { key: h.keys.underwriter })).arrayBuffer(), 'csv')
    ).rows;
    expect(new Set(factors.map((f) => f.term))).toEqual(new Set(['sector', 'size', 'region', 'compliance']));
    const size = factors.filter((f) => f.term === 'size');
    expect(Object.fromEntries(size.map((f) => [f.level, f.relativity]))).toEqual(book.model.tariff.size);
    // every sector code of the tariff is listed at exactly one sector level
    const listed = factors.filter((f) => f.term === 'sector').flatMap((f) => String(f.sector_codes).split(' '));
    expect(listed.sort()).toEqual(Object.keys(book.model.tariff.sectorLevelOf).sort());
  });

  it('are for underwriters, name a wrong table or format, and answer 503 before a book is loaded', async () => {
    expect((await h.fetch('/k3/export/book?format=csv', { key: h.keys.auditor })).status).toBe(403);
    expect((await h.fetch('/k3/export/book?format=csv')).status).toBe(401);
    const table = await h.fetch('/k3/export/claims?format=csv', { key: h.keys.underwriter });
    expect(table.status).toBe(400);
    expect(JSON.stringify(await table.json())).toContain('table');
    const format = await h.fetch('/k3/export/book?format=xlsx', { key: h.keys.underwriter });
    expect(format.status).toBe(400);
    expect(JSON.stringify(await format.json())).toContain('format');
    const none = await empty.fetch('/k3/export/book?format=csv', { key: empty.keys.underwriter });
    expect(none.status).toBe(503);
    expect(await none.json()).toMatchObject({ code: 'K3_BOOK_UNAVAILABLE' });
  });
});
