// `telisik train`: fit one model family on a spec plus a table, write the model bundle
// (OUT/bundle) and the report (OUT/report), and print the headline metrics.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { BundleManifest } from '../../models/bundle/manifest.js';
import { fingerprintTable, prefetchCodeVersion } from '../../models/bundle/digest.js';
import { loadTable } from '../../models/data/load.js';
import type { HeadlineValue, WrittenReport, writeReport } from '../../models/report/write-report.js';
import type { saveBundle } from '../../models/bundle/bundle-io.js';
import type { learnTestSplit } from '../../models/tf/split.js';
import { textValue } from '../../models/data/table.js';
import type { DataTable } from '../../models/data/table.js';
import { refuseInapplicableFields } from '../../models/spec/applicability.js';
import { fileColumns, requireSpecColumns } from '../../models/spec/columns.js';
import { loadSpec } from '../../models/spec/load.js';
import type { FeatureSpec } from '../../models/spec/types.js';
import { fairnessTable } from '../../models/report/development/fairness.js';
import { addScorecardOptions, parseSpecialValues, scorecardSettings, withSpecialValues } from './train/options.js';
import type { ScorecardCliOptions, ScorecardSettings } from './train/options.js';
import { TRAIN_FAMILIES } from './train/types.js';
import type { FamilyTrainer, TrainFamily, TrainInputs } from './train/types.js';

const DEFAULT_SEED = 1;
/** Rows explained for the report's contribution chart: enough for a stable mean, quick for IG. */
const DEFAULT_EXPLAIN_ROWS = 200;
/** DuckDB threads reading the training table (see runTrain). */
const TABLE_READ_THREADS = 1;
export const BUNDLE_DIR = 'bundle';
export const REPORT_DIR = 'report';
/** The trained model's outputs on the test rows: what `telisik score` must reproduce exactly. */
export const TEST_PREDICTIONS_FILE = 'test-predictions.csv';

// The trainers, tfjs (bundle, backend) and vega (report charts) are imported while DuckDB
// reads the table in its own threads, not before: their start-up (~0.9 s of CPU) was a
// fifth of a whole poisson run, and the main thread is otherwise idle during the read.
const TRAINERS: Readonly<Record<TrainFamily, () => Promise<FamilyTrainer>>> = {
  poisson: async () => (await import('./train/frequency-families.js')).trainPoissonFamily,
  cann: async () => (await import('./train/frequency-families.js')).trainCannFamily,
  scorecard: async () => (await import('./train/network-families.js')).trainScorecardFamily,
  classifier: async () => (await import('./train/network-families.js')).trainClassifierFamily,
  autoencoder: async () => (await import('./train/network-families.js')).trainAutoencoderFamily,
};

interface TrainingModules {
  readonly train: FamilyTrainer;
  readonly saveBundle: typeof saveBundle;
  readonly writeReport: typeof writeReport;
  /** Imported here too: the split's seeded generator sits beside tfjs initialisers (models/tf/seed.ts). */
  readonly learnTestSplit: typeof learnTestSplit;
}

async function trainingModules(family: TrainFamily): Promise<TrainingModules> {
  const [backend, bundle, report, split, train] = await Promise.all([
    import('../../models/tf/backend.js'),
    import('../../models/bundle/bundle-io.js'),
    import('../../models/report/write-report.js'),
    import('../../models/tf/split.js'),
    TRAINERS[family](),
  ]);
  // Every family's bundle holds a tfjs model, so the backend is set up whatever the family.
  await backend.initBackend();
  return { train, saveBundle: bundle.saveBundle, writeReport: report.writeReport, learnTestSplit: split.learnTestSplit };
}

export interface TrainOptions {
  readonly family: TrainFamily;
  readonly specPath: string;
  readonly dataPath: string;
  readonly outDir: string;
  readonly seed?: number;
  readonly explainRows?: number;
  readonly segment?: string;
  /** Scorecard: special values per column (merged into the spec's features). */
  readonly specialValues?: Readonly<Record<string, readonly number[]>>;
  /** Scorecard: binning, scaling, L2, thin-file rule, characteristic selection. */
  readonly scorecard?: ScorecardSettings;
  /** After evaluating on the test rows, refit on every row and ship that model (its test metrics are the evaluation fit's). */
  readonly refitAll?: boolean;
  /** Scorecard, classifier: columns to report fairness by (approval and true-positive rates per group). */
  readonly fairness?: readonly string[];
  /** CANN: spec of the GLM skip connection. */
  readonly glmSpecPath?: string;
  /** CANN: networks averaged into the nagging predictor. */
  readonly members?: number;
}

export interface TrainOutcome {
  readonly manifest: BundleManifest;
  readonly metrics: Readonly<Record<string, HeadlineValue>>;
  readonly report: WrittenReport;
  readonly bundleDir: string;
}

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** row_number (1-based, of the input file), id, then each output; JS number text reads back to the same double. */
async function writeTestPredictions(
  path: string,
  spec: FeatureSpec,
  table: DataTable,
  rows: Int32Array,
  outputs: Readonly<Record<string, Float64Array>>,
): Promise<void> {
  const names = Object.keys(outputs);
  const values = names.map((n) => outputs[n] as Float64Array);
  const idCol = spec.id ? table.columns.get(spec.id) : undefined;
  // One string appended to, not an array of fields and one of lines joined (the same text).
  let text = `${['row_number', 'id', ...names].join(',')}\n`;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const id = idCol ? (textValue(idCol, r) ?? '') : '';
    let line = `${r + 1},${csvField(id)}`;
    for (const output of values) {
      const v = output[i] as number;
      line += Number.isNaN(v) ? ',' : `,${v}`;
    }
    text += `${line}\n`;
  }
  await writeFile(path, text);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function isFamily(name: string): name is TrainFamily {
  return (TRAIN_FAMILIES as readonly string[]).includes(name);
}

/** Train, bundle and report; the programmatic face of the command (the train job calls this). */
export async function runTrain(options: TrainOptions): Promise<TrainOutcome> {
  prefetchCodeVersion();
  const loaded = await loadSpec(options.specPath);
  const spec = options.specialValues ? withSpecialValues(loaded, options.specialValues) : loaded;
  const glmSpec = options.glmSpecPath ? await loadSpec(options.glmSpecPath) : undefined;
  // What a family would silently ignore is refused, naming the field (models/spec/applicability.ts).
  refuseInapplicableFields(spec, options.family);
  if (glmSpec) refuseInapplicableFields(glmSpec, 'poisson');
  if (options.scorecard && options.family !== 'scorecard')
    throw new Error(`scorecard options were given, but the family is ${options.family}`);
  // Load the union of the columns both specs read (the CANN's GLM may use other codings).
  const modelSpec: FeatureSpec = glmSpec
    ? { ...spec, features: [...spec.features, ...glmSpec.features.filter((f) => !spec.features.some((g) => g.column === f.column))] }
    : spec;
  const fairness = options.fairness ?? [];
  if (fairness.length > 0 && options.family !== 'scorecard' && options.family !== 'classifier')
    throw new Error(`--fairness is reported for the scorecard and the classifier, not ${options.family}`);
  const roles = new Set([spec.target, spec.id, spec.split?.column, ...modelSpec.features.map((f) => f.column)]);
  const loadSpecFor: FeatureSpec = {
    ...modelSpec,
    features: [...modelSpec.features, ...fairness.filter((c) => !roles.has(c)).map((column) => ({ kind: 'categorical' as const, column }))],
  };
  // A misspelt column is named with its spec field, before DuckDB's binder error is seen.
  // The file's schema is read beside the table, not before it: its own DuckDB instance took
  // 45 ms of CPU but 0.2-0.6 s of wall on the loaded machine ahead of the read.
  const checked = (async () => {
    await requireSpecColumns(options.dataPath, modelSpec);
    const available = fairness.length > 0 ? new Set(await fileColumns(options.dataPath)) : new Set<string>();
    for (const c of fairness) if (!available.has(c)) throw new Error(`--fairness: column ${c} is not in the file ${options.dataPath}`);
  })();
  // The read is started first: the imports' module evaluation then fills the main thread
  // while DuckDB scans the file, instead of delaying the scan. One DuckDB thread: with the
  // main thread busy importing, a second one only competes for the cores (0.4 s more CPU
  // on freMTPL2 for no shorter run).
  const loading = loadTable(options.dataPath, loadSpecFor, { threads: TABLE_READ_THREADS });
  const modules = trainingModules(options.family);
  // Should the check fail, the read fails too (the same column): only the check's error is reported.
  loading.catch(() => undefined);
  modules.catch(() => undefined);
  await checked;
  const [table, { train, saveBundle, writeReport, learnTestSplit }] = await Promise.all([loading, modules]);
  const seed = options.seed ?? DEFAULT_SEED;
  const split = learnTestSplit(spec, table, seed);
  if (split.learn.length === 0 || split.test.length === 0)
    throw new Error(`train: need learning and test rows, got ${split.learn.length} and ${split.test.length}`);
  const inputs: TrainInputs = {
    spec,
    table,
    split,
    seed,
    explainRows: options.explainRows ?? DEFAULT_EXPLAIN_ROWS,
    ...(options.segment ? { segment: options.segment } : {}),
    ...(options.scorecard ? { scorecard: options.scorecard } : {}),
    ...(glmSpec ? { glmSpec } : {}),
    ...(options.members !== undefined ? { members: options.members } : {}),
  };
  const trained = await train(inputs);
  // --refit-all: the evaluated model was fitted on the learning rows; the shipped one on every
  // row (gathered and sorted only then: 0.1 s for freMTPL2).
  const allRows = options.refitAll ? Int32Array.from([...split.learn, ...split.test]).sort() : undefined;
  const shipped = allRows ? await train({ ...inputs, split: { learn: allRows, test: split.test }, explainRows: 0 }) : trained;
  if (shipped !== trained) trained.model.dispose();
  const bundleDir = join(options.outDir, BUNDLE_DIR);
  const manifest = await saveBundle(bundleDir, {
    family: shipped.family,
    model: shipped.model,
    featureSpec: shipped.fittedSpec ?? spec,
    preprocessing: shipped.preprocessing,
    metrics: { headline: trained.section.metrics, details: trained.section.details, seed, refitAll: options.refitAll === true },
    trainingData: fingerprintTable(table, allRows ?? split.learn),
  });
  // The refitted model has seen the test rows: there are no held-out predictions of it to check against.
  if (trained.testOutputs && !options.refitAll)
    await writeTestPredictions(join(options.outDir, TEST_PREDICTIONS_FILE), spec, table, split.test, trained.testOutputs);
  const pd = trained.testOutputs?.['probability_of_default'];
  const tables = [
    ...(trained.tables ?? []),
    ...(fairness.length > 0 && pd && spec.target ? [fairnessTable(table, spec.target, split.test, pd, fairness)] : []),
  ];
  const report = await writeReport(join(options.outDir, REPORT_DIR), {
    title: `${spec.name}: ${trained.family} model`,
    family: trained.family,
    specName: spec.name,
    modelVersion: manifest.version,
    metrics: trained.section.metrics,
    details: { ...trained.section.details, seed, learnRows: split.learn.length, testRows: split.test.length },
    charts: trained.section.charts,
    tables,
    notes: [
      ...trained.notes,
      ...(allRows
        ? [
            `Refitted on all ${allRows.length} rows after evaluation (--refit-all): the bundle's model is the refit; the test metrics above are those of the fit on the ${split.learn.length} learning rows.`,
          ]
        : []),
    ],
  });
  shipped.model.dispose();
  return { manifest, metrics: trained.section.metrics, report, bundleDir };
}

export function register(program: Command): void {
  const command = program
    .command('train')
    .description('Train a model family on a feature spec and a table; write the model bundle and its report')
    .requiredOption('--family <family>', `model family: ${TRAIN_FAMILIES.join(' | ')}`)
    .requiredOption('--spec <file>', 'feature spec (JSON)')
    .requiredOption('--data <file>', 'table: .parquet, .csv or .arrow')
    .requiredOption('--out <dir>', 'output folder (bundle/ and report/ are written inside)')
    .option('--seed <n>', 'seed for splits, initialisation and minibatches', String(DEFAULT_SEED))
    .option('--segment <column>', 'column to break frequency results down by (default: first categorical feature)')
    .option(
      '--special <column=values>',
      'scorecard: special values of a column, each binned on its own (repeatable)',
      collect,
      [] as string[],
    )
    .option('--glm-spec <file>', 'cann: spec of the GLM skip connection (default: --spec)')
    .option('--explain-rows <n>', 'test rows explained for the report', String(DEFAULT_EXPLAIN_ROWS))
    .option('--members <n>', 'cann: networks averaged into one (nagging predictor)', '1')
    .option('--refit-all', 'after evaluating on the test rows, refit on every row and ship that model')
    .option(
      '--fairness <column>',
      'scorecard, classifier: report approval and true-positive rates by this column (repeatable)',
      collect,
      [] as string[],
    );
  addScorecardOptions(command).action(
    async (
      o: ScorecardCliOptions & {
        family: string;
        spec: string;
        data: string;
        out: string;
        seed: string;
        segment?: string;
        special: string[];
        glmSpec?: string;
        explainRows: string;
        members: string;
        refitAll?: boolean;
        fairness: string[];
      },
    ) => {
      if (!isFamily(o.family)) throw new Error(`unknown family ${o.family} (expected ${TRAIN_FAMILIES.join(', ')})`);
      const seed = Number(o.seed);
      const explainRows = Number(o.explainRows);
      if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${o.seed}`);
      if (!Number.isInteger(explainRows) || explainRows < 0)
        throw new Error(`--explain-rows must be a non-negative integer, got ${o.explainRows}`);
      const members = Number(o.members);
      if (!Number.isInteger(members) || members < 1) throw new Error(`--members must be a positive integer, got ${o.members}`);
      const outcome = await runTrain({
        family: o.family,
        specPath: resolve(o.spec),
        dataPath: resolve(o.data),
        outDir: resolve(o.out),
        seed,
        explainRows,
        ...(o.segment ? { segment: o.segment } : {}),
        ...(o.special.length > 0 ? { specialValues: parseSpecialValues(o.special) } : {}),
        ...(o.glmSpec ? { glmSpecPath: resolve(o.glmSpec) } : {}),
        members,
        ...(o.refitAll ? { refitAll: true } : {}),
        ...(o.fairness.length > 0 ? { fairness: o.fairness } : {}),
        ...(scorecardSettings(o) ? { scorecard: scorecardSettings(o) as ScorecardSettings } : {}),
      });
      console.log(`model ${outcome.manifest.version}`);
      for (const [k, v] of Object.entries(outcome.metrics)) {
        console.log(`  ${k}: ${typeof v === 'number' && !Number.isInteger(v) ? v.toPrecision(5) : String(v)}`);
      }
      console.log(`bundle ${outcome.bundleDir}`);
      console.log(`report ${outcome.report.htmlPath}`);
    },
  );
}
