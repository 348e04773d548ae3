// Report sections: from a model's held-out predictions to headline metrics, detail tables
// and charts, per kind of model (binary classification, claim frequency, anomaly score,
// explanations). The train command stitches the sections a family needs into a report.
import type { Explanation } from '../explain/types.js';
import {
  POISSON_DEVIANCE_REPORT_SCALE,
  actualExpectedBySegment,
  auc,
  averagePoissonDeviance,
  balanceRatio,
  brierScore,
  calibrationTable,
  gini,
  ksStatistic,
  logLoss,
  lorenzGini,
  orderedLorenzCurve,
  precisionAtK,
  recallAtK,
} from '../metrics/index.js';
import type { ReportChart } from './charts.js';
import { calibrationChart, contributionsChart, gainsChart, lorenzChart, rocChart, scoreHistogram, segmentChart } from './charts.js';
import { gainsCurve, rocCurve } from './curves.js';
import type { HeadlineValue } from './write-report.js';

export interface ReportSection {
  readonly metrics: Readonly<Record<string, HeadlineValue>>;
  readonly details: Readonly<Record<string, unknown>>;
  readonly charts: readonly ReportChart[];
}

/** Investigators' worklists are read from the top: precision and recall are reported at the top 5%. */
export const WORKLIST_SHARE = 0.05;

function worklistSize(rows: number): number {
  return Math.max(1, Math.round(rows * WORKLIST_SHARE));
}

/** Held-out labels and calibrated probabilities (and, for scorecards, a score where higher is better). */
export function binarySection(labels: Float64Array, probabilities: Float64Array): ReportSection {
  const k = worklistSize(labels.length);
  const hasBoth = labels.some((y) => y === 1) && labels.some((y) => y === 0);
  const a = hasBoth ? auc(labels, probabilities) : Number.NaN;
  const calibration = calibrationTable(labels, probabilities);
  const metrics: Record<string, HeadlineValue> = {
    'test rows': labels.length,
    'test positives': labels.reduce((s, y) => s + y, 0),
    AUC: hasBoth ? a : null,
    Gini: hasBoth ? gini(labels, probabilities) : null,
    KS: hasBoth ? ksStatistic(labels, probabilities) : null,
    Brier: brierScore(labels, probabilities),
    'log loss': logLoss(labels, probabilities),
    [`precision@${k} (top ${WORKLIST_SHARE * 100}%)`]: precisionAtK(labels, probabilities, k),
    [`recall@${k} (top ${WORKLIST_SHARE * 100}%)`]: hasBoth ? recallAtK(labels, probabilities, k) : null,
  };
  const charts = hasBoth
    ? [rocChart(rocCurve(labels, probabilities), a), calibrationChart(calibration), gainsChart(gainsCurve(labels, probabilities))]
    : [calibrationChart(calibration)];
  return { metrics, details: { calibration }, charts };
}

/** Claim counts against predicted counts (frequency x exposure), with segments for A/E and deviance. */
export function frequencySection(
  counts: Float64Array,
  predicted: Float64Array,
  exposure: Float64Array,
  segments?: { readonly name: string; readonly values: ArrayLike<string | number> },
): ReportSection {
  const deviance = averagePoissonDeviance(counts, predicted);
  const relativity = predicted.map((p, i) => p / (exposure[i] as number));
  const curve = orderedLorenzCurve(counts, exposure, relativity);
  const g = lorenzGini(curve);
  const metrics: Record<string, HeadlineValue> = {
    'test rows': counts.length,
    [`average Poisson deviance (x${POISSON_DEVIANCE_REPORT_SCALE})`]: deviance * POISSON_DEVIANCE_REPORT_SCALE,
    'predicted / observed claims': balanceRatio(counts, predicted),
    'Lorenz Gini': g,
  };
  const charts: ReportChart[] = [lorenzChart(curve, g)];
  const details: Record<string, unknown> = {};
  if (segments) {
    const ae = actualExpectedBySegment(segments.values, counts, predicted, exposure);
    details['actualExpectedBySegment'] = ae;
    const bySegment = new Map<string, { c: number[]; p: number[] }>();
    for (let i = 0; i < counts.length; i++) {
      const key = String(segments.values[i]);
      let s = bySegment.get(key);
      if (!s) bySegment.set(key, (s = { c: [], p: [] }));
      s.c.push(counts[i] as number);
      s.p.push(predicted[i] as number);
    }
    const devianceBySegment = ae.map((a) => {
      const s = bySegment.get(a.segment) as { c: number[]; p: number[] };
      return {
        segment: a.segment,
        value: averagePoissonDeviance(Float64Array.from(s.c), Float64Array.from(s.p)) * POISSON_DEVIANCE_REPORT_SCALE,
      };
    });
    details['devianceBySegment'] = devianceBySegment;
    charts.push(
      segmentChart(
        'deviance-by-segment',
        `Average Poisson deviance (x${POISSON_DEVIANCE_REPORT_SCALE}) by ${segments.name}`,
        devianceBySegment,
        'deviance',
      ),
    );
    charts.push(
      segmentChart(
        'actual-expected',
        `Actual / expected claims by ${segments.name}`,
        ae.map((a) => ({ segment: a.segment, value: a.ratio })),
        'actual / expected',
      ),
    );
  }
  return { metrics, details, charts };
}

/** Anomaly scores on held-out rows, with labels when some are known. */
export function anomalySection(scores: Float64Array, labels?: Float64Array): ReportSection {
  const sorted = Float64Array.from(scores).sort();
  const quantile = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  const metrics: Record<string, HeadlineValue> = {
    'test rows': scores.length,
    'median anomaly score': quantile(0.5),
    'p95 anomaly score': quantile(0.95),
    'p99 anomaly score': quantile(0.99),
  };
  const charts: ReportChart[] = [scoreHistogram(scores, 'Anomaly score (mean squared reconstruction error)')];
  if (labels && labels.some((y) => y === 1) && labels.some((y) => y === 0)) {
    const k = worklistSize(labels.length);
    const a = auc(labels, scores);
    metrics['AUC against known labels'] = a;
    metrics[`precision@${k} (top ${WORKLIST_SHARE * 100}%)`] = precisionAtK(labels, scores, k);
    metrics[`recall@${k} (top ${WORKLIST_SHARE * 100}%)`] = recallAtK(labels, scores, k);
    charts.push(rocChart(rocCurve(labels, scores), a), gainsChart(gainsCurve(labels, scores)));
  }
  return { metrics, details: {}, charts };
}

/** Global importance from per-row explanations: mean |contribution| per feature, and the completeness record. */
export function explanationSection(explanations: readonly Explanation[]): ReportSection {
  const first = explanations[0];
  if (!first) return { metrics: {}, details: {}, charts: [] };
  const sums = new Map<string, number>();
  let worstGap = 0;
  let failures = 0;
  for (const e of explanations) {
    for (const c of e.contributions) sums.set(c.feature, (sums.get(c.feature) ?? 0) + Math.abs(c.contribution));
    worstGap = Math.max(worstGap, e.completeness.gap);
    if (!e.completeness.ok) failures++;
  }
  const rows = [...sums.entries()].map(([feature, s]) => ({ feature, meanAbsContribution: s / explanations.length }));
  return {
    metrics: {
      'explained rows': explanations.length,
      'explanation method': first.method,
      'largest completeness gap': worstGap,
      'rows outside completeness tolerance': failures,
    },
    details: { importance: rows, baseline: first.baseline, space: first.space },
    charts: [contributionsChart(rows, first.space)],
  };
}

/** Merge sections (later keys win) into one set of metrics, details and charts. */
export function mergeSections(...sections: readonly ReportSection[]): ReportSection {
  return {
    metrics: Object.assign({}, ...sections.map((s) => s.metrics)) as Record<string, HeadlineValue>,
    details: Object.assign({}, ...sections.map((s) => s.details)) as Record<string, unknown>,
    charts: sections.flatMap((s) => s.charts),
  };
}
