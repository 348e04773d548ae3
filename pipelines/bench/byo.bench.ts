// Bring-your-own-table models against the gradient-boosting baseline (issue 13): test AUC of
// the scorecard, the classifier (after the IV screen `telisik train` applies) and the
// baseline, each fitted on the same learning rows with seed 1, on the committed credit
// sample (out-of-time rows) and on freMTPL2 as a 0/1 "any claim" table (every 10th policy,
// the papers' learn/test split). The aim: scorecard within 0.01 of GB, classifier at or above.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { loadTable } from '../../models/data/load.js';
import { numericValues } from '../../models/data/table.js';
import type { DataTable } from '../../models/data/table.js';
import { predictClassifier, trainClassifier } from '../../models/families/classifier/train.js';
import { fremtpl2Path } from '../../models/families/poisson/fremtpl2.js';
import { selectScorecard } from '../../models/families/scorecard/selection.js';
import { scoreTable } from '../../models/families/scorecard/train.js';
import { auc } from '../../models/metrics/index.js';
import { boostingBaseline } from '../../models/report/development/baseline.js';
import { informationValueScreen } from '../../models/report/development/families.js';
import { loadSpec } from '../../models/spec/load.js';
import type { FeatureSpec } from '../../models/spec/types.js';
import { initBackend } from '../../models/tf/backend.js';
import { learnTestSplit } from '../../models/tf/split.js';
import type { BenchFigures } from './summary.js';

const SEED = 1;
/** models/credit/sample from pipelines/bench (tsx) or dist/pipelines/bench (the built bench). */
const SAMPLE = join(import.meta.dirname.replace(/\/dist\//, '/'), '../../models/credit/sample');

/** freMTPL2 as a credit-style 0/1 table: a claim in the period is a "bad". */
const FREMTPL2_ANY_CLAIM: FeatureSpec = {
  name: 'freMTPL2 any claim',
  target: 'any_claim',
  id: 'IDpol',
  split: { column: 'set', learn: 'learn', test: 'test' },
  features: [
    { kind: 'numeric', column: 'Exposure' },
    { kind: 'categorical', column: 'Area' },
    { kind: 'numeric', column: 'VehPower' },
    { kind: 'numeric', column: 'VehAge' },
    { kind: 'numeric', column: 'DrivAge' },
    { kind: 'numeric', column: 'BonusMalus' },
    { kind: 'categorical', column: 'VehBrand' },
    { kind: 'categorical', column: 'VehGas' },
    { kind: 'numeric', column: 'Density' },
    { kind: 'categorical', column: 'Region' },
  ],
};

interface Row {
  readonly table: string;
  readonly rows: number;
  readonly scorecard: number;
  readonly classifier: number;
  readonly gb: number;
  readonly gbSeconds: number;
}

async function measure(name: string, spec: FeatureSpec, classifierSpec: FeatureSpec, table: DataTable): Promise<Row> {
  const split = learnTestSplit(spec, table, SEED);
  const y = numericValues(table, spec.target as string);
  const labels = Float64Array.from(split.test, (r) => y[r] as number);
  const card = selectScorecard(spec, table, split.learn).fit.card;
  const scorecard = auc(
    labels,
    Float64Array.from(scoreTable(card, table, split.test), (r) => r.probabilityOfDefault ?? Number.NaN),
  );
  const screen = informationValueScreen(classifierSpec, table, split.learn);
  const fit = await trainClassifier(screen.spec, table, split.learn, { seed: SEED });
  const classifier = auc(labels, predictClassifier(fit.classifier, table, split.test).probability);
  fit.classifier.model.dispose();
  const started = performance.now();
  const gb = boostingBaseline(
    table,
    spec.features.map((f) => f.column),
    spec.target as string,
    split.learn,
    split.test,
    labels,
    SEED,
  );
  return { table: name, rows: split.test.length, scorecard, classifier, gb: gb.auc, gbSeconds: (performance.now() - started) / 1000 };
}

export async function run(): Promise<BenchFigures> {
  await initBackend();
  const rows: Row[] = [];
  const creditSpec = await loadSpec(join(SAMPLE, 'credit-bank-sample.spec.json'));
  const classifierSpec = await loadSpec(join(SAMPLE, 'credit-bank-sample.classifier.spec.json'));
  rows.push(
    await measure(
      'credit sample (OOT)',
      creditSpec,
      classifierSpec,
      await loadTable(join(SAMPLE, 'credit-bank-sample.csv'), classifierSpec),
    ),
  );
  const dir = mkdtempSync(join(tmpdir(), 'bench-byo-'));
  try {
    const file = join(dir, 'fremtpl2-any-claim.parquet');
    const db = await createOfflineDuckDB(':memory:');
    const c = await db.connect();
    await c.run(
      'COPY (SELECT *, CASE WHEN ClaimNb > 0 THEN 1 ELSE 0 END AS any_claim FROM read_parquet($1) WHERE IDpol % 10 = 0) TO $2 (FORMAT parquet)',
      [fremtpl2Path(), file],
    );
    c.closeSync();
    db.closeSync();
    rows.push(
      await measure('freMTPL2 any claim (1/10)', FREMTPL2_ANY_CLAIM, FREMTPL2_ANY_CLAIM, await loadTable(file, FREMTPL2_ANY_CLAIM)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('table                        test rows  scorecard  classifier  GB      card-GB  clf-GB   GB s');
  for (const r of rows) {
    console.log(
      `${r.table.padEnd(28)} ${String(r.rows).padStart(9)}  ${r.scorecard.toFixed(4)}     ${r.classifier.toFixed(4)}      ${r.gb.toFixed(4)}  ${(r.scorecard - r.gb).toFixed(4).padStart(7)}  ${(r.classifier - r.gb).toFixed(4).padStart(7)}  ${r.gbSeconds.toFixed(1)}`,
    );
  }
  const [credit, fre] = rows as [Row, Row];
  return {
    credit_scorecard_auc: credit.scorecard,
    credit_classifier_auc: credit.classifier,
    credit_gb_auc: credit.gb,
    fremtpl2_scorecard_auc: fre.scorecard,
    fremtpl2_classifier_auc: fre.classifier,
    fremtpl2_gb_auc: fre.gb,
  };
}
