// The K3 portfolio validation report: out-of-time deviance and Gini of the statutory
// tariff, the a-priori GLM and the credibility-rated model, their ordered Lorenz curves,
// A/E by sector, size and region (out of time, and over the book's history years against the
// a-priori expectation of the same years), the double-lift chart against the statutory
// tariff, the credibility estimator with its interval, the group changes with their reasons,
// and sample experience-rating worksheets.
import type { TopLevelSpec } from 'vega-lite';
import { CHART_HEIGHT, CHART_WIDTH, lorenzChart, segmentChart, writeReport } from '../report/index.js';
import type { ReportChart, WrittenReport } from '../report/index.js';
import type { K3Validation } from './validate.js';
import type { PortfolioSummary } from './book.js';
import type { ExperienceWorksheet } from './worksheet.js';

/** What the report shows beside the validation: the published book's summary and a few worksheets. */
export interface K3ReportBook {
  readonly summary: PortfolioSummary;
  readonly worksheets: readonly { readonly employerId: string; readonly worksheet: ExperienceWorksheet }[];
}

const rp = (x: number): string => `Rp${Math.round(x).toLocaleString('en')}`;

function worksheetNotes(employerId: string, ws: ExperienceWorksheet): string[] {
  return [
    `Worksheet ${employerId}: split point ${ws.splitPointWageMonths} wage months, per-claim limit ${ws.perClaimLimitWageMonths} wage months, eligibility ${ws.eligibilityMinExpectedCases} expected cases; ${ws.latestYearTreatment}`,
    ...ws.years.map(
      (y) =>
        `  ${y.pyStart}..${y.pyEnd} (${y.note}): wage bill ${rp(y.wageBill)}, ${y.workerYears.toFixed(1)} worker-years, cases ${y.actualCases} vs ${y.expectedCases.toFixed(2)} expected, ` +
        `losses ${rp(y.actualLosses)} (primary ${rp(y.actualPrimary)}, excess ${rp(y.actualExcess)}) vs expected ${rp(y.expectedLosses)} (primary ${rp(y.expectedPrimary)}, excess ${rp(y.expectedExcess)})`,
    ),
    ...ws.claims
      .filter((c) => ws.years.find((y) => y.policyYear === c.policyYear)?.included)
      .map(
        (c) =>
          `  claim ${c.caseRef} member ${c.memberRef || '-'} ${c.accidentDate} ${c.caseType} ${c.outcome}: ${rp(c.cost)} = ${c.wageMonths.toFixed(1)} wage months -> primary ${rp(c.primary)}, excess ${rp(c.excess)}`,
      ),
    `  (Ap ${rp(ws.totals.actualPrimary)} + w ${ws.excessWeight.toFixed(3)} x Ae ${rp(ws.totals.actualExcess)} + (1 - w) x Ee ${rp(ws.totals.expectedExcess)} + B ${rp(ws.ballast)}) / (E ${rp(ws.totals.expectedLosses)} + B) = ${ws.mod.toFixed(4)}`,
  ];
}

function bookNotes(b: K3ReportBook): string[] {
  const s = b.summary;
  const c = s.credibility;
  return [
    `Credibility: ${c.estimator}; between-employer variance ${c.betweenVariance.toFixed(4)} [${c.betweenVarianceInterval[0].toFixed(4)}, ${c.betweenVarianceInterval[1].toFixed(4)}], k = ${c.k.toFixed(3)} expected cases; ${c.experienceRated} of ${s.employers} employers experience rated. ` +
      `Mods use the point estimate; frequency intervals use the upper end of its interval (${c.betweenVarianceInterval[1].toFixed(4)}), as it is poorly identified.`,
    `History (${s.history.policyYears} policy years, comparable periods): ${s.history.observedCases} cases observed vs ${s.history.expectedCases.toFixed(1)} a-priori expected on the same years (A/E ${s.history.ratio.toFixed(3)}); the year ahead: ${s.expectedCases.toFixed(1)} expected.`,
    ...s.groupShifts.map(
      (g) =>
        `Groups under ${g.rateTable}: ${g.lower} lower, ${g.same} same, ${g.higher} higher; reasons ${Object.entries(g.reasons)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}; ` +
        `zero-claim employers indicated two or more groups up: ${g.zeroClaimTwoUpIndicated} (all held); premium ${rp(g.statutoryPremium)} statutory -> ${rp(g.recommendedPremium)} recommended.`,
    ),
    ...b.worksheets.flatMap((w) => worksheetNotes(w.employerId, w.worksheet)),
  ];
}

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
export async function writeK3Report(
  dir: string,
  v: K3Validation,
  notes: readonly string[] = [],
  book?: K3ReportBook,
): Promise<WrittenReport> {
  const metrics: Record<string, number | string> = {
    'held-out employer-years': v.testRows,
    'held-out KK/PAK cases': v.testClaims,
    'credibility k (expected cases)': v.model.credibility.k,
    'credibility estimator': v.model.credibility.estimator,
    'between-employer variance (95% interval)': `${v.model.credibility.betweenVariance.toFixed(4)} [${v.model.credibility.betweenVarianceInterval.map((x) => x.toFixed(4)).join(', ')}]`,
  };
  for (const s of v.scores) {
    metrics[`${s.model}: Poisson deviance (x100)`] = s.deviance * 100;
    metrics[`${s.model}: Gini`] = s.gini;
    metrics[`${s.model}: Gini vs statutory`] = s.giniVsStatutory;
  }
  const ae = (name: string, rows: K3Validation['actualExpected']['sector']): ReportChart =>
    segmentChart(
      `ae-${name}`,
      `Actual / expected by ${name} (credibility-rated)`,
      rows.map((r) => ({ segment: r.segment, value: r.ratio })),
      'actual / expected',
    );
  const charts: ReportChart[] = [
    ...v.scores.map((s) => ({
      ...lorenzChart(s.lorenz, s.gini),
      id: `lorenz-${s.model}`,
      title: `Ordered Lorenz curve, ${s.model} (Gini ${s.gini.toFixed(3)})`,
    })),
    ae('sector', v.actualExpected.sector),
    ae('size', v.actualExpected.size),
    ae('region', v.actualExpected.region),
    doubleLiftChart(v),
    ...(book
      ? (['sector', 'size', 'region'] as const).map((name) =>
          segmentChart(
            `history-ae-${name}`,
            `Actual / a-priori expected by ${name}, history years (comparable periods)`,
            book.summary.actualExpected[name].map((r) => ({ segment: r.segment, value: r.ratio })),
            'actual / expected',
          ),
        )
      : []),
  ];
  return writeReport(dir, {
    title: 'K3 employer risk: out-of-time portfolio validation',
    family: 'poisson GLM + Bühlmann-Straub credibility',
    specName: 'k3-apriori-frequency',
    metrics,
    details: {
      actualExpected: v.actualExpected,
      doubleLift: v.doubleLift,
      credibility: v.model.credibility,
      tariff: v.model.tariff,
      ...(book ? { portfolio: book.summary, worksheets: book.worksheets } : {}),
    },
    charts,
    notes: [
      'Fitted on the earlier policy years, scored on the latest one (out of time). Statutory = frequency proportional to the PP 44/2015 group rate, balanced on the fitting years.',
      ...notes,
      ...(book ? bookNotes(book) : []),
    ],
  });
}
