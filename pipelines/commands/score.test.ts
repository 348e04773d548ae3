// `telisik score` against the training run itself: on the committed credit sample
// (scorecard, classifier) and on freMTPL2 (Poisson GLM1), scoring the held-out rows from a file
// without the target gives exactly the training run's test predictions, bit for bit.
// Rows the bundle cannot score get a reason instead of a score.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { loadTable } from '../../models/data/load.js';
import { numericValues, textValue } from '../../models/data/table.js';
import type { DataTable } from '../../models/data/table.js';
import { bankHoldoutCsv, bankSampleCsv } from '../../models/credit/test-support/write-bank-sample.js';
import { fremtpl2Path, fremtpl2SpecPath } from '../../models/families/poisson/fremtpl2.js';
import { runScore } from './score.js';
import { TEST_PREDICTIONS_FILE, runTrain } from './train.js';

export const CREDIT_SAMPLE = join(import.meta.dirname, '../../models/credit/sample/credit-bank-sample.csv');
export const CREDIT_SAMPLE_SPEC = join(import.meta.dirname, '../../models/credit/sample/credit-bank-sample.spec.json');
const CREDIT_SAMPLE_CLASSIFIER_SPEC = join(import.meta.dirname, '../../models/credit/sample/credit-bank-sample.classifier.spec.json');
const CREDIT_HOLDOUT = join(import.meta.dirname, '../../models/credit/sample/credit-bank-holdout.csv');

async function sql(statement: string, params: string[] = []): Promise<void> {
  const instance = await createOfflineDuckDB(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(statement, params);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function ids(t: DataTable, column: string): (string | null)[] {
  const col = t.columns.get(column)!;
  return Array.from({ length: t.nRows }, (_, r) => textValue(col, r));
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byo-score-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('telisik score reproduces the training run', () => {
  it('scorecard on the committed credit sample: same scores and PDs, bit for bit, from a file without the target', async () => {
    const trained = await runTrain({
      family: 'scorecard',
      specPath: CREDIT_SAMPLE_SPEC,
      dataPath: CREDIT_SAMPLE,
      outDir: join(dir, 'credit'),
      explainRows: 20,
    });
    // The committed held-out file: the out-of-time rows without the outcome, as a bank sends them.
    expect(await readFile(CREDIT_HOLDOUT, 'utf8')).toBe(bankHoldoutCsv(bankSampleCsv()));
    expect(await readFile(CREDIT_SAMPLE, 'utf8')).toBe(bankSampleCsv());
    const out = join(dir, 'credit-scores.parquet');
    const outcome = await runScore({ bundleDir: trained.bundleDir, dataPath: CREDIT_HOLDOUT, outPath: out });
    const expected = await loadTable(join(dir, 'credit', TEST_PREDICTIONS_FILE));
    const got = await loadTable(out);
    expect(outcome.rows).toBe(expected.nRows);
    expect(ids(got, 'id')).toEqual(ids(expected, 'id').map((v) => String(v)));
    expect(Array.from(numericValues(got, 'score'))).toEqual(Array.from(numericValues(expected, 'score')));
    expect(Array.from(numericValues(got, 'probability_of_default'))).toEqual(Array.from(numericValues(expected, 'probability_of_default')));
    // Every scored row has a band and at least one reason sentence in both languages, unless it lost no points.
    const status = ids(got, 'status');
    const bands = ids(got, 'band');
    status.forEach((s, r) => {
      if (s === 'scored') expect(bands[r]).toMatch(/^[A-E]$/);
    });
    expect(ids(got, 'reason_1_en').filter((v) => v !== null).length).toBeGreaterThan(got.nRows / 2);
    expect(ids(got, 'reason_1_id').filter((v) => v !== null).length).toBeGreaterThan(got.nRows / 2);
    // The same rows as an Arrow IPC file score the same.
    const table = await loadTable(CREDIT_HOLDOUT);
    const arrow = tableFromArrays(
      Object.fromEntries(
        [...table.columns].map(([name, col]) => [
          name,
          col.kind === 'numeric' ? col.values : Array.from({ length: table.nRows }, (_, r) => textValue(col, r)),
        ]),
      ),
    );
    const arrowPath = join(dir, 'credit-holdout.arrow');
    await writeFile(arrowPath, tableToIPC(arrow, 'file'));
    const fromArrow = join(dir, 'credit-scores-arrow.csv');
    await runScore({ bundleDir: trained.bundleDir, dataPath: arrowPath, outPath: fromArrow, explain: false });
    expect(Array.from(numericValues(await loadTable(fromArrow), 'score'))).toEqual(Array.from(numericValues(got, 'score')));
  });

  it('classifier on the committed credit sample: same PDs, bit for bit, from the held-out file', async () => {
    const trained = await runTrain({
      family: 'classifier',
      specPath: CREDIT_SAMPLE_CLASSIFIER_SPEC,
      dataPath: CREDIT_SAMPLE,
      outDir: join(dir, 'classifier'),
      explainRows: 10,
    });
    const out = join(dir, 'classifier-scores.csv');
    const outcome = await runScore({ bundleDir: trained.bundleDir, dataPath: CREDIT_HOLDOUT, outPath: out, explain: false });
    const expected = await loadTable(join(dir, 'classifier', TEST_PREDICTIONS_FILE));
    const got = await loadTable(out);
    expect(outcome.rows).toBe(expected.nRows);
    expect(ids(got, 'id')).toEqual(ids(expected, 'id').map((v) => String(v)));
    expect(Array.from(numericValues(got, 'probability_of_default'))).toEqual(Array.from(numericValues(expected, 'probability_of_default')));
  });

  it('poisson GLM1 on freMTPL2: same expected claim counts, bit for bit', async () => {
    const data = join(dir, 'fremtpl2-part.parquet');
    // Every 10th policy keeps the run short; the spec's own learn/test split stays.
    await sql(`COPY (SELECT * FROM read_parquet($1) WHERE IDpol % 10 = 0) TO '${data}' (FORMAT parquet)`, [fremtpl2Path()]);
    const trained = await runTrain({
      family: 'poisson',
      specPath: fremtpl2SpecPath('glm1'),
      dataPath: data,
      outDir: join(dir, 'freq'),
      explainRows: 10,
    });
    const holdout = join(dir, 'fremtpl2-test.parquet');
    await sql(`COPY (SELECT * EXCLUDE (ClaimNb) FROM read_parquet($1) WHERE set = 'test') TO '${holdout}' (FORMAT parquet)`, [data]);
    const out = join(dir, 'freq-scores.csv');
    await runScore({ bundleDir: trained.bundleDir, dataPath: holdout, outPath: out, explain: false });
    const expected = await loadTable(join(dir, 'freq', TEST_PREDICTIONS_FILE));
    const got = await loadTable(out);
    expect(got.nRows).toBeGreaterThan(5000);
    expect(ids(got, 'id').map(Number)).toEqual(ids(expected, 'id').map(Number));
    expect(Array.from(numericValues(got, 'prediction'))).toEqual(Array.from(numericValues(expected, 'prediction')));
  });
});

describe('rows the bundle cannot score', () => {
  it('names a missing column on every row, and a missing value or exposure on its row', async () => {
    const bundleDir = join(dir, 'freq', 'bundle');
    const noDensity = join(dir, 'no-density.csv');
    await sql(`COPY (SELECT * EXCLUDE (Density) FROM read_parquet($1) LIMIT 5) TO '${noDensity}' (HEADER true)`, [
      join(dir, 'fremtpl2-test.parquet'),
    ]);
    const out = join(dir, 'no-density-scores.csv');
    const outcome = await runScore({ bundleDir, dataPath: noDensity, outPath: out });
    expect(outcome).toMatchObject({ rows: 5, scored: 0, notScored: { MISSING_COLUMN: 5 } });
    const t = await loadTable(out);
    expect(ids(t, 'not_scored_reason').every((r) => /column Density is not in the table/.test(r ?? ''))).toBe(true);
    expect(ids(t, 'prediction').every((v) => v === null)).toBe(true);

    const holes = join(dir, 'holes.csv');
    await sql(
      `COPY (SELECT * REPLACE (CASE WHEN IDpol % 3 = 0 THEN NULL ELSE Density END AS Density, CASE WHEN IDpol % 3 = 1 THEN 0 ELSE Exposure END AS Exposure)
      FROM read_parquet($1) LIMIT 30) TO '${holes}' (HEADER true)`,
      [join(dir, 'fremtpl2-test.parquet')],
    );
    const out2 = join(dir, 'holes-scores.csv');
    const o2 = await runScore({ bundleDir, dataPath: holes, outPath: out2 });
    expect(o2.rows).toBe(30);
    expect(o2.scored + (o2.notScored['MISSING_VALUE'] ?? 0) + (o2.notScored['NO_EXPOSURE'] ?? 0)).toBe(30);
    expect(o2.notScored['MISSING_VALUE']).toBeGreaterThan(0);
    expect(o2.notScored['NO_EXPOSURE']).toBeGreaterThan(0);
    expect(o2.scored).toBeGreaterThan(0);
  });
});
