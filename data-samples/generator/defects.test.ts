// Injected defects: every class is present and recorded in truth/defects with the 1-based
// row number (in file order) and the column it hit, and the file shows it at that place.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceCodes } from '../reference/index.js';
import { TABLES } from '../schema/index.js';
import type { TableName } from '../schema/types.js';
import { DEFECT_CLASSES, UNKNOWN_ICD10, UNKNOWN_INACBG, WRONG_TYPE_TEXT } from './index.js';
import { generateExtract } from './test-support/extract.js';
import type { GeneratedExtract } from './test-support/extract.js';

let x: GeneratedExtract;
beforeAll(async () => {
  x = await generateExtract({ members: 2500, months: 24, seed: 5, format: 'csv', defectRate: 0.02 });
});
afterAll(async () => {
  await x?.close();
});

/** Parse CSV text as DuckDB writes it (double-quoted fields, doubled quotes inside). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const fields: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let value = '';
        i++;
        while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
          value += line[i] === '"' ? '"' : line[i];
          i += line[i] === '"' ? 2 : 1;
        }
        fields.push(value);
        i += 2;
      } else {
        const end = line.indexOf(',', i);
        fields.push(line.slice(i, end === -1 ? line.length : end));
        i = end === -1 ? line.length + 1 : end + 1;
      }
    }
    rows.push(fields);
  }
  return rows;
}

interface Defect {
  table: TableName;
  row_number: number;
  column: string | null;
  defect_class: string;
}

describe('injected defects', () => {
  it('every defect class is injected and recorded', async () => {
    const classes = (await x.query<{ defect_class: string }>(`SELECT DISTINCT defect_class FROM defects`)).map((r) => r.defect_class);
    expect(new Set(classes)).toEqual(new Set(DEFECT_CLASSES));
  });

  it('each recorded defect is at its row and column in the file', async () => {
    const defects = await x.query<Defect>(`SELECT "table", row_number::INTEGER AS row_number, "column", defect_class FROM defects`);
    expect(defects.length).toBeGreaterThan(100);
    const byTable = new Map<TableName, Defect[]>();
    for (const d of defects) byTable.set(d.table, [...(byTable.get(d.table) ?? []), d]);
    for (const def of TABLES) {
      const list = byTable.get(def.name) ?? [];
      if (!list.length) continue;
      const [header, ...rows] = parseCsv(await readFile(x.result.tables[def.name].path, 'utf8'));
      const col = (name: string): number => header?.indexOf(name) ?? -1;
      for (const d of list) {
        const row = rows[d.row_number - 1] ?? [];
        const value = d.column ? (row[col(d.column)] ?? '') : '';
        const where = `${d.table} row ${d.row_number} ${d.column ?? ''}`;
        switch (d.defect_class) {
          case 'duplicate_row':
            expect(row, where).toEqual(rows[d.row_number - 2]);
            break;
          case 'wrong_type':
            expect(value, where).toBe(WRONG_TYPE_TEXT);
            break;
          case 'negative_amount':
            expect(Number(value), where).toBeLessThan(0);
            break;
          case 'malformed_nik':
            expect(value, where).toMatch(/^[0-9]{15}$/);
            break;
          case 'unknown_icd10':
            expect(value.startsWith(UNKNOWN_ICD10), where).toBe(true);
            break;
          case 'unknown_inacbg':
            expect(value, where).toBe(UNKNOWN_INACBG);
            break;
          case 'discharge_before_admission':
            expect(value < (row[col('tgl_masuk')] ?? ''), where).toBe(true);
            break;
          default:
            throw new Error(`unexpected defect class ${d.defect_class}`);
        }
      }
    }
  });

  it('rows without a recorded defect carry none of the defect markers', async () => {
    const stray = await x.scalar(`
      SELECT count(*) FROM claims WHERE (diagnosa LIKE '${UNKNOWN_ICD10}%' OR kode_inacbg = '${UNKNOWN_INACBG}' OR billed_cost LIKE '-%')`);
    const recorded = await x.scalar(`
      SELECT count(*) FROM defects WHERE "table" = 'claims' AND (defect_class IN ('unknown_icd10', 'unknown_inacbg') OR (defect_class = 'negative_amount' AND "column" = 'billed_cost'))`);
    expect(stray).toBe(recorded);
    const badNik = await x.scalar(`SELECT count(*) FROM members WHERE NOT regexp_full_match(nik, '[0-9]{16}')`);
    expect(badNik).toBe(await x.scalar(`SELECT count(*) FROM defects WHERE "table" = 'members' AND defect_class = 'malformed_nik'`));
  });

  it('every code outside the recorded defects is in its reference list', async () => {
    const list = (name: 'icd10' | 'icd9cm' | 'inacbg'): string =>
      `[${referenceCodes(name)
        .map((c) => `'${c}'`)
        .join(', ')}]`;
    const unknownDx = await x.scalar(`
      SELECT count(*) FROM (SELECT unnest(string_split(diagnosa, '#')) AS code FROM claims) WHERE NOT list_contains(${list('icd10')}, code)`);
    expect(unknownDx).toBe(await x.scalar(`SELECT count(*) FROM defects WHERE "table" = 'claims' AND defect_class = 'unknown_icd10'`));
    expect(
      await x.scalar(`
      SELECT count(*) FROM (SELECT unnest(string_split(procedure, '#')) AS code FROM claims WHERE procedure IS NOT NULL) WHERE NOT list_contains(${list('icd9cm')}, code)`),
    ).toBe(0);
    expect(await x.scalar(`SELECT count(*) FROM claims WHERE NOT list_contains(${list('inacbg')}, kode_inacbg)`)).toBe(
      await x.scalar(`SELECT count(*) FROM defects WHERE "table" = 'claims' AND defect_class = 'unknown_inacbg'`),
    );
    expect(
      await x.scalar(
        `SELECT count(*) FROM members WHERE NOT list_contains(${`[${referenceCodes('province')
          .map((c) => `'${c}'`)
          .join(', ')}]`}, province_code)`,
      ),
    ).toBe(0);
  });
});
