// Vega-Lite specs for the model report, one builder per chart. Data is inlined so each
// spec renders on its own (in the HTML and as a PNG) with no files or network.
import type { TopLevelSpec } from 'vega-lite';
import type { CalibrationBin, LorenzPoint } from '../metrics/index.js';
import { CURVE_POINTS, histogram, thin } from './curves.js';
import type { GainsPoint, RocPoint } from './curves.js';

/** The dashed y = x reference line of ROC, gains and calibration charts (a random or perfect model). */
const DIAGONAL = {
  data: {
    values: [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ],
  },
  mark: { type: 'line' as const, strokeDash: [4, 4], color: '#999' },
  encoding: { x: { field: 'x', type: 'quantitative' as const }, y: { field: 'y', type: 'quantitative' as const } },
};

export interface ReportChart {
  /** File-safe id: the PNG is `<id>.png`. */
  readonly id: string;
  readonly title: string;
  readonly spec: TopLevelSpec;
}

/** Plot area in CSS pixels; the PNG is rendered at PNG_SCALE times this plus axes. */
export const CHART_WIDTH = 360;
export const CHART_HEIGHT = 260;
/** One font everywhere: the one the PNG renderer loads from the system (see render.ts). */
export const CHART_FONT = 'DejaVu Sans';

const config = { font: CHART_FONT, view: { stroke: null }, background: 'white' } as const;

/** ROC curve with the chance diagonal. */
export function rocChart(points: readonly RocPoint[], auc: number): ReportChart {
  return {
    id: 'roc',
    title: `ROC (AUC ${auc.toFixed(3)})`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: `ROC curve, AUC ${auc.toFixed(3)}`,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      config,
      layer: [
        DIAGONAL,
        {
          data: { values: points.map((p) => ({ x: p.falsePositiveRate, y: p.truePositiveRate })) },
          mark: { type: 'line', color: '#1f5fa8', strokeWidth: 2 },
          encoding: {
            x: { field: 'x', type: 'quantitative', title: 'false positive rate' },
            y: { field: 'y', type: 'quantitative', title: 'true positive rate' },
          },
        },
      ],
    },
  };
}

/** Mean predicted against observed rate per bin, with the identity line. */
export function calibrationChart(bins: readonly CalibrationBin[]): ReportChart {
  const top = Math.max(0.01, ...bins.map((b) => Math.max(b.meanPredicted, b.observedRate)));
  return {
    id: 'calibration',
    title: 'Calibration',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: 'Calibration: observed vs predicted',
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      config,
      layer: [
        {
          data: {
            values: [
              { x: 0, y: 0 },
              { x: top, y: top },
            ],
          },
          mark: { type: 'line', strokeDash: [4, 4], color: '#999' },
          encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
        },
        {
          data: { values: bins.map((b) => ({ predicted: b.meanPredicted, observed: b.observedRate, rows: b.count })) },
          mark: { type: 'line', point: true, color: '#c0392b' },
          encoding: {
            x: { field: 'predicted', type: 'quantitative', title: 'mean predicted probability' },
            y: { field: 'observed', type: 'quantitative', title: 'observed rate' },
          },
        },
      ],
    },
  };
}

/** Cumulative gains: share of positives found against share of rows reviewed. */
export function gainsChart(points: readonly GainsPoint[]): ReportChart {
  return {
    id: 'gains',
    title: 'Cumulative gains',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: 'Cumulative gains (review highest scores first)',
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      config,
      layer: [
        DIAGONAL,
        {
          data: { values: points.map((p) => ({ reviewed: p.reviewedShare, captured: p.capturedShare })) },
          mark: { type: 'line', color: '#27ae60', strokeWidth: 2 },
          encoding: {
            x: { field: 'reviewed', type: 'quantitative', title: 'share of rows reviewed' },
            y: { field: 'captured', type: 'quantitative', title: 'share of positives found' },
          },
        },
      ],
    },
  };
}

/** Ordered Lorenz curve (pricing): share of losses against share of premium. */
export function lorenzChart(points: readonly LorenzPoint[], gini: number): ReportChart {
  return {
    id: 'lorenz',
    title: `Ordered Lorenz curve (Gini ${gini.toFixed(3)})`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: `Ordered Lorenz curve, Gini ${gini.toFixed(3)}`,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      config,
      layer: [
        DIAGONAL,
        {
          data: { values: thin([...points], CURVE_POINTS).map((p) => ({ premium: p.premiumShare, loss: p.lossShare })) },
          mark: { type: 'line', color: '#8e44ad', strokeWidth: 2 },
          encoding: {
            x: { field: 'premium', type: 'quantitative', title: 'share of exposure (ordered by prediction)' },
            y: { field: 'loss', type: 'quantitative', title: 'share of claims' },
          },
        },
      ],
    },
  };
}

/** Mean absolute contribution per feature over the explained rows (global importance). */
export function contributionsChart(
  rows: readonly { readonly feature: string; readonly meanAbsContribution: number }[],
  unit: string,
): ReportChart {
  return {
    id: 'contributions',
    title: 'Feature contributions',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: `Mean |contribution| per feature (${unit})`,
      width: CHART_WIDTH,
      height: Math.max(CHART_HEIGHT / 2, rows.length * 22),
      config,
      data: { values: rows.map((r) => ({ feature: r.feature, value: r.meanAbsContribution })) },
      mark: { type: 'bar', color: '#1f5fa8' },
      encoding: {
        y: { field: 'feature', type: 'nominal', sort: '-x', title: null },
        x: { field: 'value', type: 'quantitative', title: `mean |contribution| (${unit})` },
      },
    },
  };
}

/** A value per segment (deviance, actual/expected), as bars. */
export function segmentChart(
  id: string,
  title: string,
  rows: readonly { readonly segment: string; readonly value: number }[],
  valueTitle: string,
): ReportChart {
  return {
    id,
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: CHART_WIDTH,
      height: Math.max(CHART_HEIGHT / 2, rows.length * 22),
      config,
      data: { values: rows.map((r) => ({ segment: r.segment, value: r.value })) },
      mark: { type: 'bar', color: '#d35400' },
      encoding: {
        y: { field: 'segment', type: 'nominal', sort: null, title: null },
        x: { field: 'value', type: 'quantitative', title: valueTitle },
      },
    },
  };
}

/** Bars in a score histogram: fine enough to show a tail, few enough to read. */
export const HISTOGRAM_BINS = 40;

/** Distribution of a score (e.g. anomaly scores), as a histogram binned here so the spec stays small. */
export function scoreHistogram(scores: Float64Array, title: string): ReportChart {
  return {
    id: 'score-distribution',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      config,
      data: { values: histogram(scores, HISTOGRAM_BINS).map((b) => ({ lower: b.lower, upper: b.upper, rows: b.count })) },
      mark: { type: 'bar', color: '#7f8c8d' },
      encoding: {
        x: { field: 'lower', type: 'quantitative', bin: { binned: true }, title: 'score' },
        x2: { field: 'upper' },
        y: { field: 'rows', type: 'quantitative', title: 'rows' },
      },
    },
  };
}
