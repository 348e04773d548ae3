// Develops the credit models end to end on a warehouse with ground truth: samples at both
// observation dates, champion scorecard and challenger network fitted on the earlier one,
// both evaluated out of time on the later one, fairness and drift, one comparison report
// (the scorecard development report of both: development-report.ts),
// both bundles in the registry and the challenger promoted only if it wins clearly.
import { join } from 'node:path';
import { FAIRNESS_ATTRIBUTES, THIN_FILE_MIN_MONTHS } from '../../features/credit/registry.js';
import type { Warehouse } from '../../features/warehouse/warehouse.js';
import { CREDIT_SCORECARD_SPEC, CREDIT_TARGET, MIN_INFORMATION_VALUE, scoreWithScorecard, trainCreditScorecard } from './champion.js';
import type { CreditScore } from './champion.js';
import { CREDIT_CHALLENGER_SPEC, challengerTable, pointsFromPd, predictChallenger, trainCreditChallenger } from './challenger.js';
import {
  CREDIT_BANDS,
  CREDIT_PRODUCT,
  CREDIT_SCALING,
  FAIRNESS_APPROVAL_MIN_SCORE,
  PROMOTION_MIN_AUC_GAIN,
  bandOf,
  clampScore,
} from './config.js';
import { creditDevelopmentReport } from './development-report.js';
import { driftReference } from './drift.js';
import { evaluateCredit } from './evaluation.js';
import type { CreditEvaluation } from './evaluation.js';
import { attributeFairness, variableDrift } from './fairness.js';
import type { AttributeFairness, DriftRow, FairnessRow } from './fairness.js';
import { saveBundle } from '../bundle/bundle-io.js';
import { fingerprintTable } from '../bundle/digest.js';
import { ModelRegistry } from '../bundle/registry.js';
import type { BundleKeyOptions } from '../bundle/signing.js';
import type { ProductRegistry } from '../bundle/registry.js';
import { getColumn, numericValues, textValue } from '../data/table.js';
import type { DataTable } from '../data/table.js';
import { classifierBundleContents } from '../families/classifier/bundle.js';
import { scorecardLayersModel, scorecardPreprocessing } from '../families/scorecard/tfjs-model.js';
import { applicantReader } from '../families/scorecard/train.js';
import { binarySection } from '../report/sections.js';
import { writeReport } from '../report/write-report.js';
import type { HeadlineValue } from '../report/write-report.js';
import { initBackend } from '../tf/backend.js';
import { creditSamples } from './samples.js';

export interface DevelopCreditOptions {
  readonly warehouse: Warehouse;
  /** truth/credit_outcome.(parquet|csv) of a generated extract. */
  readonly truthPath: string;
  readonly pseudonymKey: Buffer;
  readonly outDir: string;
  readonly registryRoot: string;
  readonly seed: number;
  /** Bundle signing key (default: TELISIK_BUNDLE_KEY; synthetic runs pass { demo: true }). */
  readonly signing?: BundleKeyOptions;
}

export interface CreditDevelopment {
  readonly champion: CreditEvaluation;
  readonly challenger: CreditEvaluation;
  readonly fairness: { readonly champion: readonly AttributeFairness[]; readonly challenger: readonly AttributeFairness[] };
  readonly drift: readonly DriftRow[];
  readonly droppedCharacteristics: readonly { readonly characteristic: string; readonly why: string }[];
  readonly versions: { readonly champion: string; readonly challenger: string };
  readonly promoted: boolean;
  readonly registry: ProductRegistry;
  readonly reportPath: string;
  readonly rows: { readonly development: number; readonly outOfTime: number };
}

export function fairnessRows(table: DataTable, rows: ArrayLike<number>, scores: readonly CreditScore[]): FairnessRow[] {
  const y = numericValues(table, CREDIT_TARGET);
  const cols = FAIRNESS_ATTRIBUTES.map((a) => [a, getColumn(table, a)] as const);
  const out: FairnessRow[] = [];
  scores.forEach((s, i) => {
    if (s.thinFile) return;
    const r = rows[i] as number;
    const attributes = Object.fromEntries(cols.map(([a, c]) => [a, textValue(c, r) ?? '(missing)'])) as FairnessRow['attributes'];
    out.push({ approved: s.score >= FAIRNESS_APPROVAL_MIN_SCORE, defaulted: y[r] as number, attributes });
  });
  return out;
}

export function challengerScores(pd: Float64Array, months: Float64Array, rows: ArrayLike<number>): CreditScore[] {
  return Array.from(rows, (r, i) => {
    if ((months[r] as number) < THIN_FILE_MIN_MONTHS)
      return { thinFile: true, score: null, band: null, probabilityOfDefault: null, points: null, reasons: [] };
    const p = pd[i] as number;
    const score = clampScore(pointsFromPd(p));
    return { thinFile: false, score, band: bandOf(score), probabilityOfDefault: p, points: pointsFromPd(p), reasons: [] };
  });
}

function headline(e: CreditEvaluation, prefix: string): Record<string, HeadlineValue> {
  return {
    [`${prefix} AUC (OOT)`]: e.auc,
    [`${prefix} KS (OOT)`]: e.ks,
    [`${prefix} Gini (OOT)`]: e.gini,
    [`${prefix} Brier (OOT)`]: e.brier,
  };
}

export async function developCreditModels(o: DevelopCreditOptions): Promise<CreditDevelopment> {
  await initBackend();
  const s = await creditSamples(o.warehouse, o.truthPath, o.pseudonymKey);
  const months = numericValues(s.table, 'ledger_months');
  // Thin files get no score, so they are neither learnt from nor evaluated.
  const dev = s.devRows.filter((r) => (months[r] as number) >= THIN_FILE_MIN_MONTHS);
  const labels = numericValues(s.table, CREDIT_TARGET);
  const ootLabels = Float64Array.from(s.ootRows, (r) => labels[r] as number);

  const fit = trainCreditScorecard(s.table, dev);
  const readChampion = applicantReader(s.table, [...fit.card.characteristics.map((c) => c.binning.characteristic), 'ledger_months']);
  const championOot = Array.from(s.ootRows, (r) => scoreWithScorecard(fit.card, readChampion(r)));
  const champion = evaluateCredit('champion scorecard', championOot, ootLabels);

  const net = await trainCreditChallenger(s.table, dev, o.seed);
  const challengerOot = challengerScores(predictChallenger(net.classifier, s.table, s.ootRows), months, s.ootRows);
  const challenger = evaluateCredit('challenger network', challengerOot, ootLabels);

  const challengerDev = challengerScores(predictChallenger(net.classifier, s.table, dev), months, dev);
  const fairness = {
    champion: FAIRNESS_ATTRIBUTES.map((a) => attributeFairness(a, fairnessRows(s.table, s.ootRows, championOot))),
    challenger: FAIRNESS_ATTRIBUTES.map((a) => attributeFairness(a, fairnessRows(s.table, s.ootRows, challengerOot))),
  };
  // Drift: development sample against the later (most recent) population.
  const championDev = Array.from(dev, (r) => scoreWithScorecard(fit.card, readChampion(r)));
  const scoreOf = (xs: readonly CreditScore[]) =>
    Float64Array.from(
      xs.filter((x) => !x.thinFile),
      (x) => x.score as number,
    );
  const ootScored = s.ootRows.filter((r) => (months[r] as number) >= THIN_FILE_MIN_MONTHS);
  const drift: DriftRow[] = [
    variableDrift('score (champion)', scoreOf(championDev), scoreOf(championOot)),
    ...CREDIT_SCORECARD_SPEC.features
      .filter((f) => f.kind === 'numeric')
      .map((f) => {
        const v = numericValues(s.table, f.column);
        return variableDrift(
          f.column,
          Float64Array.from(dev, (r) => v[r] as number),
          Float64Array.from(ootScored, (r) => v[r] as number),
        );
      }),
  ];

  const championDir = join(o.outDir, 'bundles', 'champion');
  const challengerDir = join(o.outDir, 'bundles', 'challenger');
  const championSpec = {
    ...CREDIT_SCORECARD_SPEC,
    features: CREDIT_SCORECARD_SPEC.features.filter((f) => fit.card.characteristics.some((c) => c.binning.characteristic === f.column)),
  };
  const trainingData = fingerprintTable(s.table, dev, [
    ...CREDIT_CHALLENGER_SPEC.features.map((f) => f.column).filter((c) => s.table.columns.has(c)),
    CREDIT_TARGET,
  ]);
  const championManifest = await saveBundle(championDir, {
    family: 'scorecard',
    model: scorecardLayersModel(fit.card),
    featureSpec: championSpec,
    preprocessing: scorecardPreprocessing(fit.card),
    metrics: {
      outOfTime: champion,
      dropped: fit.dropped,
      // The server compares recent requests with these (api/routes/credit monitoring route).
      driftReference: [
        driftReference('score', scoreOf(championDev)),
        ...championSpec.features
          .filter((f) => f.kind === 'numeric')
          .map((f) => {
            const v = numericValues(s.table, f.column);
            return driftReference(
              f.column,
              Float64Array.from(dev, (r) => v[r] as number),
            );
          }),
      ],
    },
    trainingData,
    ...(o.signing ? { signing: o.signing } : {}),
  });
  const challengerContents = classifierBundleContents(
    net.classifier,
    { outOfTime: challenger },
    fingerprintTable(challengerTable(s.table), dev),
  );
  const challengerManifest = await saveBundle(challengerDir, { ...challengerContents, ...(o.signing ? { signing: o.signing } : {}) });
  const registry = new ModelRegistry(o.registryRoot, undefined, o.signing);
  await registry.register(CREDIT_PRODUCT, championDir);
  let state = await registry.register(CREDIT_PRODUCT, challengerDir);
  const promoted = state.champion === championManifest.version && challenger.auc - champion.auc >= PROMOTION_MIN_AUC_GAIN;
  if (promoted) state = await registry.promote(CREDIT_PRODUCT);

  const section = binarySection(
    Float64Array.from(championOot.flatMap((x, i) => (x.thinFile ? [] : [ootLabels[i] as number]))),
    Float64Array.from(championOot.flatMap((x) => (x.thinFile ? [] : [x.probabilityOfDefault]))),
  );
  // The scorecard development report for both models (models/report/development).
  const development = creditDevelopmentReport({
    table: s.table,
    dev,
    oot: s.ootRows,
    seed: o.seed,
    champion: {
      selection: { fit, dropped: fit.dropped, flagged: [], minInformationValue: MIN_INFORMATION_VALUE },
      dev: championDev,
      oot: championOot,
      fairness: fairness.champion,
    },
    challenger: { dev: challengerDev, oot: challengerOot, fairness: fairness.challenger },
  });
  const report = await writeReport(join(o.outDir, 'report'), {
    title: 'Credit score: champion scorecard vs challenger sequence network',
    family: 'scorecard (champion) / classifier (challenger)',
    specName: CREDIT_SCORECARD_SPEC.name,
    modelVersion: state.champion ?? championManifest.version,
    metrics: {
      'development date': s.devDate,
      'out-of-time date': s.ootDate,
      'development rows (scored)': dev.length,
      'out-of-time rows': s.ootRows.length,
      ...headline(champion, 'champion'),
      ...headline(challenger, 'challenger'),
      'challenger promoted': promoted,
      'fairness flags (champion)': fairness.champion.flatMap((f) => f.flags.map((x) => `${f.attribute}: ${x}`)).join('; ') || 'none',
      'drift flags':
        drift
          .filter((d) => d.level !== 'stable')
          .map((d) => `${d.variable} ${d.level} (${d.psi.toFixed(3)})`)
          .join('; ') || 'none',
      ...development.metrics,
    },
    details: {
      champion,
      challenger,
      fairness,
      drift,
      dropped: fit.dropped,
      registry: state,
      versions: { champion: championManifest.version, challenger: challengerManifest.version },
      development: development.details,
    },
    charts: [...section.charts, ...development.charts],
    tables: development.tables,
    notes: [
      `Points: ${CREDIT_SCALING.baseScore} at odds ${CREDIT_SCALING.baseOdds}:1, ${CREDIT_SCALING.pdo} points to double the odds; bands ${CREDIT_BANDS.map((b) => `${b.band} >= ${b.minScore}`).join(', ')}.`,
      `Thin file: under ${THIN_FILE_MIN_MONTHS} months of contribution history gets no score.`,
      `Left out of the scorecard: ${fit.dropped.map((d) => `${d.characteristic} (${d.why})`).join(', ') || 'nothing'}.`,
      `Promotion rule: challenger out-of-time AUC at least ${PROMOTION_MIN_AUC_GAIN} above the champion's.`,
      `Fairness: approval = score >= ${FAIRNESS_APPROVAL_MIN_SCORE}; disparate impact and equal opportunity by ${FAIRNESS_ATTRIBUTES.join(', ')}.`,
    ],
  });
  return {
    champion,
    challenger,
    fairness,
    drift,
    droppedCharacteristics: fit.dropped,
    versions: { champion: championManifest.version, challenger: challengerManifest.version },
    promoted,
    registry: state,
    reportPath: report.htmlPath,
    rows: { development: dev.length, outOfTime: s.ootRows.length },
  };
}
