// The committed synthetic sample (data-samples/sample) against its ground truth: every
// injected defect is quarantined at its line with the matching reason, and nothing else is.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../warehouse/warehouse.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { literal } from '../warehouse/sql.js';
import { ingestFiles } from './ingest.js';
import type { IngestReport } from './ingest.js';
import { TEST_KEY, workspace } from './testing/fixtures.js';
import type { Workspace } from './testing/fixtures.js';

const SAMPLE = 'data-samples/sample';
const TRUTH = `${SAMPLE}/truth/defects.csv`;

/** Generator defect class -> quarantine reason. */
const EXPECTED_REASON: Record<string, string> = {
  malformed_nik: 'nik_malformed',
  duplicate_row: 'duplicate_key',
  discharge_before_admission: 'discharge_before_admission',
  unknown_icd10: 'unknown_icd10',
  unknown_icd9cm: 'unknown_icd9cm',
  unknown_inacbg: 'unknown_inacbg',
  negative_amount: 'negative_amount',
  wrong_type: 'wrong_type',
};

let ws: Workspace;
let wh: Warehouse;
let report: IngestReport;

beforeAll(async () => {
  ws = workspace();
  wh = await openWarehouse(ws.dbPath);
  report = await ingestFiles(wh, [SAMPLE], { pseudonymKey: TEST_KEY });
});
afterAll(async () => {
  await wh.close();
  ws.remove();
});

describe.runIf(existsSync(TRUTH))('the committed sample', () => {
  it('loads every file and balances read = loaded + quarantined', () => {
    expect(report.files.length).toBeGreaterThanOrEqual(9);
    for (const f of report.files) {
      expect(f.status, f.path).toBe('loaded');
      expect(f.rowsRead).toBe(f.rowsLoaded + f.rowsQuarantined);
    }
  });

  it('quarantines exactly the injected defects, each with its reason and line', async () => {
    const rows = await wh.query<{ table: string; defect_class: string; reason: string | null }>(`
      WITH truth AS (SELECT * FROM read_csv(${literal(TRUTH)}, all_varchar = true, header = true)),
      q AS (SELECT table_name, reason, CASE line_kind WHEN 'csv_line' THEN line - 1 ELSE line END AS row_number FROM quarantine)
      SELECT t."table" AS "table", t.defect_class, q.reason
      FROM truth AS t LEFT JOIN q ON q.table_name = t."table" AND q.row_number = CAST(t.row_number AS BIGINT)`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(EXPECTED_REASON[r.defect_class], `unmapped defect class ${r.defect_class}`).toBeDefined();
      expect(r.reason, `${r.table} ${r.defect_class}`).toBe(EXPECTED_REASON[r.defect_class]);
    }
    const [{ n } = { n: -1n }] = await wh.query<{ n: bigint }>('SELECT count(*) AS n FROM quarantine');
    expect(Number(n)).toBe(rows.length);
  });
});
