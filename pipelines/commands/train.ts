// `telisik train`: fit one model family on a spec plus a table, write the model bundle
// (OUT/bundle) and the report (OUT/report), and print the headline metrics.
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { saveBundle } from '../../models/bundle/bundle-io.js';
import type { BundleManifest } from '../../models/bundle/manifest.js';
import { fingerprintTable } from '../../models/bundle/digest.js';
import { loadTable } from '../../models/data/load.js';
import { writeReport } from '../../models/report/write-report.js';
import type { HeadlineValue, WrittenReport } from '../../models/report/write-report.js';
import { loadSpec } from '../../models/spec/load.js';
import type { FeatureSpec } from '../../models/spec/types.js';
import { initBackend } from '../../models/tf/backend.js';
import { learnTestSplit } from '../../models/tf/split.js';
import { trainCannFamily, trainPoissonFamily } from './train/frequency-families.js';
import { trainAutoencoderFamily, trainClassifierFamily, trainScorecardFamily } from './train/network-families.js';
import { TRAIN_FAMILIES } from './train/types.js';
import type { FamilyTrainer, TrainFamily } from './train/types.js';

const DEFAULT_SEED = 1;
/** Rows explained for the report's contribution chart: enough for a stable mean, quick for IG. */
const DEFAULT_EXPLAIN_ROWS = 200;
export const BUNDLE_DIR = 'bundle';
export const REPORT_DIR = 'report';

const TRAINERS: Readonly<Record<TrainFamily, FamilyTrainer>> = {
  poisson: trainPoissonFamily,
  cann: trainCannFamily,
  scorecard: trainScorecardFamily,
  classifier: trainClassifierFamily,
  autoencoder: trainAutoencoderFamily,
};

export interface TrainOptions {
  readonly family: TrainFamily;
  readonly specPath: string;
  readonly dataPath: string;
  readonly outDir: string;
  readonly seed?: number;
  readonly explainRows?: number;
  readonly segment?: string;
  /** Scorecard: special values per column. */
  readonly specialValues?: Readonly<Record<string, readonly number[]>>;
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

/** `column=v1,v2` (repeatable) -> { column: [v1, v2] }. */
export function parseSpecialValues(entries: readonly string[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const entry of entries) {
    const match = /^([^=]+)=(.+)$/.exec(entry);
    const values = match?.[2]?.split(',').map(Number) ?? [];
    if (!match?.[1] || values.length === 0 || values.some((v) => !Number.isFinite(v))) throw new Error(`--special expects column=value[,value...], got ${entry}`);
    out[match[1]] = [...(out[match[1]] ?? []), ...values];
  }
  return out;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function isFamily(name: string): name is TrainFamily {
  return (TRAIN_FAMILIES as readonly string[]).includes(name);
}

/** Train, bundle and report; the programmatic face of the command (the train job calls this). */
export async function runTrain(options: TrainOptions): Promise<TrainOutcome> {
  // Every family's bundle holds a tfjs model, so the backend is set up whatever the family.
  await initBackend();
  const spec = await loadSpec(options.specPath);
  const glmSpec = options.glmSpecPath ? await loadSpec(options.glmSpecPath) : undefined;
  // Load the union of the columns both specs read (the CANN's GLM may use other codings).
  const loadSpecFor: FeatureSpec = glmSpec ? { ...spec, features: [...spec.features, ...glmSpec.features.filter((f) => !spec.features.some((g) => g.column === f.column))] } : spec;
  const table = await loadTable(options.dataPath, loadSpecFor);
  const seed = options.seed ?? DEFAULT_SEED;
  const split = learnTestSplit(spec, table, seed);
  if (split.learn.length === 0 || split.test.length === 0) throw new Error(`train: need learning and test rows, got ${split.learn.length} and ${split.test.length}`);
  const trained = await TRAINERS[options.family]({
    spec,
    table,
    split,
    seed,
    explainRows: options.explainRows ?? DEFAULT_EXPLAIN_ROWS,
    ...(options.segment ? { segment: options.segment } : {}),
    ...(options.specialValues ? { specialValues: options.specialValues } : {}),
    ...(glmSpec ? { glmSpec } : {}),
    ...(options.members !== undefined ? { members: options.members } : {}),
  });
  const bundleDir = join(options.outDir, BUNDLE_DIR);
  const manifest = await saveBundle(bundleDir, {
    family: trained.family,
    model: trained.model,
    featureSpec: spec,
    preprocessing: trained.preprocessing,
    metrics: { headline: trained.section.metrics, details: trained.section.details, seed },
    trainingData: fingerprintTable(table, split.learn),
  });
  const report = await writeReport(join(options.outDir, REPORT_DIR), {
    title: `${spec.name}: ${trained.family} model`,
    family: trained.family,
    specName: spec.name,
    modelVersion: manifest.version,
    metrics: trained.section.metrics,
    details: { ...trained.section.details, seed, learnRows: split.learn.length, testRows: split.test.length },
    charts: trained.section.charts,
    notes: trained.notes,
  });
  trained.model.dispose();
  return { manifest, metrics: trained.section.metrics, report, bundleDir };
}

export function register(program: Command): void {
  program
    .command('train')
    .description('Train a model family on a feature spec and a table; write the model bundle and its report')
    .requiredOption('--family <family>', `model family: ${TRAIN_FAMILIES.join(' | ')}`)
    .requiredOption('--spec <file>', 'feature spec (JSON)')
    .requiredOption('--data <file>', 'table: .parquet, .csv or .arrow')
    .requiredOption('--out <dir>', 'output folder (bundle/ and report/ are written inside)')
    .option('--seed <n>', 'seed for splits, initialisation and minibatches', String(DEFAULT_SEED))
    .option('--segment <column>', 'column to break frequency results down by (default: first categorical feature)')
    .option('--special <column=values>', 'scorecard: special values of a column, each binned on its own (repeatable)', collect, [] as string[])
    .option('--glm-spec <file>', 'cann: spec of the GLM skip connection (default: --spec)')
    .option('--explain-rows <n>', 'test rows explained for the report', String(DEFAULT_EXPLAIN_ROWS))
    .option('--members <n>', 'cann: networks averaged into one (nagging predictor)', '1')
    .action(async (o: { family: string; spec: string; data: string; out: string; seed: string; segment?: string; special: string[]; glmSpec?: string; explainRows: string; members: string }) => {
      if (!isFamily(o.family)) throw new Error(`unknown family ${o.family} (expected ${TRAIN_FAMILIES.join(', ')})`);
      const seed = Number(o.seed);
      const explainRows = Number(o.explainRows);
      if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${o.seed}`);
      if (!Number.isInteger(explainRows) || explainRows < 0) throw new Error(`--explain-rows must be a non-negative integer, got ${o.explainRows}`);
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
      });
      console.log(`model ${outcome.manifest.version}`);
      for (const [k, v] of Object.entries(outcome.metrics)) {
        console.log(`  ${k}: ${typeof v === 'number' && !Number.isInteger(v) ? v.toPrecision(5) : String(v)}`);
      }
      console.log(`bundle ${outcome.bundleDir}`);
      console.log(`report ${outcome.report.htmlPath}`);
    });
}
