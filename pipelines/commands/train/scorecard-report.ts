// The scorecard development tables of `telisik train --family scorecard`: characteristics
// (IV, coefficient, sign, kept or dropped and why), the binning table (counts, bad rate,
// WoE, IV and points per bin), score bands with their odds on the test rows, stability
// learning vs test (PSI per characteristic and of the score), and reason-code frequencies.
import type { DataTable } from '../../../models/data/table.js';
import { bandOfScore } from '../../../models/families/scorecard/bands.js';
import type { ScoreBand } from '../../../models/families/scorecard/bands.js';
import { findBin } from '../../../models/families/scorecard/binning-types.js';
import type { Scorecard, ScorecardResult } from '../../../models/families/scorecard/scorecard.js';
import type { ScorecardSelection } from '../../../models/families/scorecard/selection.js';
import { applicantReader } from '../../../models/families/scorecard/train.js';
import type { ReportTable } from '../../../models/report/write-report.js';

/** DOMAIN.md 5: PSI below 0.1 stable, 0.1-0.25 watch, 0.25 and above act. */
export const PSI_WATCH = 0.1;
export const PSI_ACT = 0.25;
/** Share floor in a PSI term, so an empty bin on one side gives a large but finite term. */
const PSI_FLOOR = 1e-4;

function psi(expected: readonly number[], actual: readonly number[]): number {
  const e = expected.reduce((s, v) => s + v, 0) || 1;
  const a = actual.reduce((s, v) => s + v, 0) || 1;
  return expected.reduce((s, ev, k) => {
    const pe = Math.max(ev / e, PSI_FLOOR);
    const pa = Math.max((actual[k] ?? 0) / a, PSI_FLOOR);
    return s + (pa - pe) * Math.log(pa / pe);
  }, 0);
}

function verdict(v: number): string {
  return v >= PSI_ACT ? 'act' : v >= PSI_WATCH ? 'watch' : 'stable';
}

export interface ScorecardReportInputs {
  readonly selection: ScorecardSelection;
  readonly table: DataTable;
  readonly learn: ArrayLike<number>;
  readonly test: ArrayLike<number>;
  readonly testLabels: Float64Array;
  readonly testResults: readonly ScorecardResult[];
  readonly learnScores: readonly number[];
  readonly bands: readonly ScoreBand[];
}

function binCounts(card: Scorecard, table: DataTable, rows: ArrayLike<number>): number[][] {
  const read = applicantReader(table, card.characteristics.map((c) => c.binning.characteristic));
  const counts = card.characteristics.map((c) => new Array<number>(c.binning.bins.length + 1).fill(0));
  for (let i = 0; i < rows.length; i++) {
    const row = read(rows[i] as number);
    card.characteristics.forEach((c, j) => {
      const k = findBin(c.binning, row[c.binning.characteristic] ?? null);
      (counts[j] as number[])[k < 0 ? c.binning.bins.length : k]! += 1;
    });
  }
  return counts;
}

export function scorecardTables(o: ScorecardReportInputs): ReportTable[] {
  const card = o.selection.fit.card;
  const characteristics: ReportTable = {
    title: 'Characteristics: information value, coefficient and sign',
    columns: ['characteristic', 'IV', 'coefficient on WoE', 'sign', 'status'],
    rows: [
      ...card.characteristics.map((c) => [
        c.binning.characteristic, c.binning.informationValue, c.coefficient, c.coefficient < 0 ? 'as expected' : 'REVERSED',
        o.selection.flagged.some((f) => f.characteristic === c.binning.characteristic) ? 'kept, flagged' : 'kept',
      ]),
      ...o.selection.dropped.map((d) => [d.characteristic, null, null, null, `dropped: ${d.why}`]),
    ],
  };
  const binning: ReportTable = {
    title: 'Binning table (learning rows)',
    columns: ['characteristic', 'bin', 'count', 'goods', 'bads', 'bad rate', 'WoE', 'IV', 'points'],
    rows: card.characteristics.flatMap((c) => {
      const goods = c.binning.bins.reduce((s, b) => s + b.goods, 0);
      const bads = c.binning.bins.reduce((s, b) => s + b.bads, 0);
      return c.binning.bins.map((b, k) => [
        c.binning.characteristic, b.neutral ? `${b.label} (neutral: too few rows)` : b.label, b.goods + b.bads, b.goods, b.bads,
        b.goods + b.bads > 0 ? b.bads / (b.goods + b.bads) : null, b.woe, b.neutral ? 0 : (b.goods / goods - b.bads / bads) * b.woe, c.points[k] as number,
      ]);
    }),
  };
  const byBand = new Map<string, { n: number; bads: number }>();
  o.testResults.forEach((r, i) => {
    if (r.score === null) return;
    const band = bandOfScore(o.bands, r.score) ?? '-';
    const e = byBand.get(band) ?? { n: 0, bads: 0 };
    e.n++;
    e.bads += o.testLabels[i] as number;
    byBand.set(band, e);
  });
  const bands: ReportTable = {
    title: 'Score bands (cut at learning-row quintiles) on the test rows',
    columns: ['band', 'lowest score', 'rows', 'bads', 'bad rate', 'odds good:bad'],
    rows: o.bands.map((b) => {
      const e = byBand.get(b.band) ?? { n: 0, bads: 0 };
      return [b.band, Number.isFinite(b.minScore) ? b.minScore : null, e.n, e.bads, e.n > 0 ? e.bads / e.n : null, e.bads > 0 ? (e.n - e.bads) / e.bads : null];
    }),
  };
  const learnCounts = binCounts(card, o.table, o.learn);
  const testCounts = binCounts(card, o.table, o.test);
  const scoreCuts = o.bands.map((b) => b.band);
  const scoreDist = (scores: readonly number[]): number[] => scoreCuts.map((band) => scores.filter((s) => bandOfScore(o.bands, s) === band).length);
  const testScores = o.testResults.flatMap((r) => (r.score === null ? [] : [r.score]));
  const scorePsi = psi(scoreDist(o.learnScores), scoreDist(testScores));
  const stability: ReportTable = {
    title: `Stability, learning vs test rows (PSI: < ${PSI_WATCH} stable, ${PSI_WATCH}-${PSI_ACT} watch, >= ${PSI_ACT} act)`,
    columns: ['characteristic', 'PSI', 'verdict'],
    rows: [
      ['score (by band)', scorePsi, verdict(scorePsi)],
      ...card.characteristics.map((c, j) => {
        const v = psi(learnCounts[j] as number[], testCounts[j] as number[]);
        return [c.binning.characteristic, v, verdict(v)];
      }),
    ],
  };
  const reasonCounts = new Map<string, { first: number; any: number }>();
  for (const r of o.testResults) {
    r.reasons.forEach((x, k) => {
      const e = reasonCounts.get(x.characteristic) ?? { first: 0, any: 0 };
      e.any++;
      if (k === 0) e.first++;
      reasonCounts.set(x.characteristic, e);
    });
  }
  const scored = o.testResults.filter((r) => r.score !== null).length || 1;
  const reasons: ReportTable = {
    title: 'Reason codes on the test rows',
    columns: ['characteristic', 'first reason (share of scored)', 'among the four reasons (share)'],
    rows: [...reasonCounts.entries()].sort((a, b) => b[1].first - a[1].first).map(([c, e]) => [c, e.first / scored, e.any / scored]),
  };
  return [characteristics, binning, bands, stability, reasons];
}
