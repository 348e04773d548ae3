// Charts of the credit development report: WoE and bad rate per characteristic, the score
// distributions of goods and bads, and the KS curve. Vega-Lite with data inlined, like the
// other report charts (../charts.ts), so each renders alone to SVG and PNG.
import type { ReportChart } from '../charts.js';
import { CHART_FONT, CHART_HEIGHT, CHART_WIDTH } from '../charts.js';
import { CURVE_POINTS, thin } from '../curves.js';
import type { CharacteristicProfile } from './profiles.js';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const config = { font: CHART_FONT, view: { stroke: null }, background: 'white' } as const;
const GOOD = '#27ae60';
const BAD = '#c0392b';
/** Bars of the goods/bads histogram: coarser than the score histogram, since bads are few. */
export const CLASS_HISTOGRAM_BINS = 20;

/** A chart id from a column name: file-safe, and distinct from the fixed chart ids. */
export function characteristicChartId(characteristic: string): string {
  return `woe-${characteristic.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Bars of WoE per bin (learning rows) with the bin's bad rate as a line on its own axis. */
export function woeChart(p: CharacteristicProfile): ReportChart {
  const values = p.bins.map((b, k) => ({
    order: k,
    bin: b.label,
    woe: b.woe,
    badRate: b.goods + b.bads > 0 ? b.bads / (b.goods + b.bads) : null,
    rows: b.goods + b.bads,
  }));
  const x = {
    field: 'bin',
    type: 'ordinal' as const,
    sort: values.map((v) => v.bin),
    title: null,
    axis: { labelAngle: -35, labelLimit: 120 },
  };
  return {
    id: characteristicChartId(p.characteristic),
    title: `${p.characteristic}: WoE and bad rate by bin (IV ${p.informationValue.toFixed(3)})`,
    spec: {
      $schema: SCHEMA,
      title: `${p.characteristic}: WoE (bars) and bad rate (line), IV ${p.informationValue.toFixed(3)}`,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      config,
      data: { values },
      layer: [
        {
          mark: { type: 'bar', color: '#1f5fa8', opacity: 0.8 },
          encoding: { x, y: { field: 'woe', type: 'quantitative', title: 'WoE ln(good share / bad share)' } },
        },
        {
          mark: { type: 'line', point: true, color: BAD, strokeWidth: 2 },
          encoding: { x, y: { field: 'badRate', type: 'quantitative', title: 'bad rate', axis: { format: '.0%' } } },
        },
      ],
      resolve: { scale: { y: 'independent' } },
    },
  };
}

/** Goods' and bads' score histograms on shared bins, each as a share of its own class. */
export function scoreDistributionChart(scores: Float64Array, labels: Float64Array, scoreTitle: string): ReportChart {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) {
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const width = max > min ? (max - min) / CLASS_HISTOGRAM_BINS : 1;
  const counts = { good: new Array<number>(CLASS_HISTOGRAM_BINS).fill(0), bad: new Array<number>(CLASS_HISTOGRAM_BINS).fill(0) };
  let goods = 0;
  let bads = 0;
  scores.forEach((s, i) => {
    const k = Math.min(CLASS_HISTOGRAM_BINS - 1, Math.floor((s - min) / width));
    if (labels[i] === 1) {
      counts.bad[k]! += 1;
      bads++;
    } else {
      counts.good[k]! += 1;
      goods++;
    }
  });
  const values = (['good', 'bad'] as const).flatMap((outcome) =>
    counts[outcome].map((c, k) => ({
      outcome,
      lower: min + k * width,
      upper: min + (k + 1) * width,
      share: c / Math.max(1, outcome === 'good' ? goods : bads),
    })),
  );
  return {
    id: 'score-goods-bads',
    title: 'Score distribution of goods and bads',
    spec: {
      $schema: SCHEMA,
      title: `Score distribution of goods (${goods}) and bads (${bads}), test rows`,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      config,
      data: { values },
      mark: { type: 'bar', opacity: 0.55 },
      encoding: {
        x: { field: 'lower', type: 'quantitative', bin: { binned: true }, title: scoreTitle },
        x2: { field: 'upper' },
        y: { field: 'share', type: 'quantitative', stack: null, title: 'share of the class', axis: { format: '.0%' } },
        color: { field: 'outcome', type: 'nominal', scale: { domain: ['good', 'bad'], range: [GOOD, BAD] }, title: null },
      },
    },
  };
}

export interface KsPoint {
  readonly score: number;
  readonly goods: number;
  readonly bads: number;
}

/** Cumulative shares of bads and goods at or below each score (lowest scores first); KS is the widest gap. */
export function ksCurve(
  scores: Float64Array,
  labels: Float64Array,
): { readonly points: KsPoint[]; readonly ks: number; readonly at: number } {
  const order = Array.from(scores.keys()).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let totalBads = 0;
  for (const y of labels) totalBads += y === 1 ? 1 : 0;
  const totalGoods = labels.length - totalBads;
  const points: KsPoint[] = [];
  let g = 0;
  let b = 0;
  let ks = 0;
  let at = Number.NaN;
  order.forEach((r, i) => {
    if (labels[r] === 1) b++;
    else g++;
    const next = order[i + 1];
    if (next !== undefined && scores[next] === scores[r]) return;
    const point = { score: scores[r] as number, goods: totalGoods > 0 ? g / totalGoods : 0, bads: totalBads > 0 ? b / totalBads : 0 };
    points.push(point);
    if (point.bads - point.goods > ks) {
      ks = point.bads - point.goods;
      at = point.score;
    }
  });
  return { points, ks, at };
}

/** The KS curve: cumulative bads and goods by score, the KS gap marked. */
export function ksChart(scores: Float64Array, labels: Float64Array, scoreTitle: string): ReportChart {
  const curve = ksCurve(scores, labels);
  const values = thin(curve.points, CURVE_POINTS).flatMap((p) => [
    { score: p.score, share: p.bads, outcome: 'bads' },
    { score: p.score, share: p.goods, outcome: 'goods' },
  ]);
  const marked = curve.points.find((p) => p.score === curve.at);
  return {
    id: 'ks',
    title: `KS curve (KS ${curve.ks.toFixed(3)})`,
    spec: {
      $schema: SCHEMA,
      title: `KS ${curve.ks.toFixed(3)} at score ${Number.isFinite(curve.at) ? curve.at.toFixed(1) : '-'}`,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      config,
      layer: [
        {
          data: { values },
          mark: { type: 'line', strokeWidth: 2 },
          encoding: {
            x: { field: 'score', type: 'quantitative', title: scoreTitle, scale: { zero: false } },
            y: { field: 'share', type: 'quantitative', title: 'cumulative share at or below the score', axis: { format: '.0%' } },
            color: { field: 'outcome', type: 'nominal', scale: { domain: ['bads', 'goods'], range: [BAD, GOOD] }, title: null },
          },
        },
        ...(marked
          ? [
              {
                data: { values: [{ score: marked.score, low: marked.goods, high: marked.bads }] },
                mark: { type: 'rule' as const, color: '#333', strokeDash: [4, 3] },
                encoding: {
                  x: { field: 'score', type: 'quantitative' as const },
                  y: { field: 'low', type: 'quantitative' as const },
                  y2: { field: 'high' },
                },
              },
            ]
          : []),
      ],
    },
  };
}
