// The K3 portfolio validation report: out-of-time deviance and Gini of the statutory
// tariff, the a-priori GLM and the credibility-rated model, their ordered Lorenz curves,
// A/E by sector, size and region, and the double-lift chart against the statutory tariff.
import type { TopLevelSpec } from 'vega-lite';
import { CHART_HEIGHT, CHART_WIDTH, lorenzChart, segmentChart, writeReport } from '../report/index.js';
import type { ReportChart, WrittenReport } from '../report/index.js';
import type { K3Validation } from './validate.js';

function doubleLiftChart(v: K3Validation): ReportChart {
  const values = v.doubleLift.flatMap((b) => [
    { bucket: b.bucket, series: 'actual', value: b.actual },
    { bucket: b.bucket, series: 'statutory', value: b.statutory },
    { bucket: b.bucket, series: 'credibility', value: b.credibility },
  ]);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Double lift: credibility-rated vs statutory (deciles of their ratio)',
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'bucket', type: 'ordinal', title: 'decile of credibility / statutory' },
      y: { field: 'value', type: 'quantitative', title: 'KK/PAK cases' },
      color: { field: 'series', type: 'nominal' },
    },
  };
  return { id: 'double-lift', title: 'Double lift against the statutory tariff', spec };
}

/** Writes report.html, charts and metrics.json; returns stage outputs describing them. */
export async function writeK3Report(dir: string, v: K3Validation, notes: readonly string[] = []): Promise<WrittenReport> {
  const metrics: Record<string, number> = { 'held-out employer-years': v.testRows, 'held-out KK/PAK cases': v.testClaims, 'credibility k (expected cases)': v.model.credibility.k };
  for (const s of v.scores) {
    metrics[`${s.model}: Poisson deviance (x100)`] = s.deviance * 100;
    metrics[`${s.model}: Gini`] = s.gini;
    metrics[`${s.model}: Gini vs statutory`] = s.giniVsStatutory;
  }
  const ae = (name: string, rows: K3Validation['actualExpected']['sector']): ReportChart =>
    segmentChart(`ae-${name}`, `Actual / expected by ${name} (credibility-rated)`, rows.map((r) => ({ segment: r.segment, value: r.ratio })), 'actual / expected');
  const charts: ReportChart[] = [
    ...v.scores.map((s) => ({ ...lorenzChart(s.lorenz, s.gini), id: `lorenz-${s.model}`, title: `Ordered Lorenz curve, ${s.model} (Gini ${s.gini.toFixed(3)})` })),
    ae('sector', v.actualExpected.sector),
    ae('size', v.actualExpected.size),
    ae('region', v.actualExpected.region),
    doubleLiftChart(v),
  ];
  return writeReport(dir, {
    title: 'K3 employer risk: out-of-time portfolio validation',
    family: 'poisson GLM + Bühlmann-Straub credibility',
    specName: 'k3-apriori-frequency',
    metrics,
    details: { actualExpected: v.actualExpected, doubleLift: v.doubleLift, credibility: v.model.credibility, tariff: v.model.tariff },
    charts,
    notes: [
      'Fitted on the earlier policy years, scored on the latest one (out of time). Statutory = frequency proportional to the PP 44/2015 group rate, balanced on the fitting years.',
      ...notes,
    ],
  });
}
