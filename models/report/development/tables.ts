// Tables of the credit development report: the binning table, score bands with their odds
// and calibration (mean PD against the observed bad rate), stability learning vs test (PSI
// per characteristic and of the score), reason-code frequencies, and the comparison with
// the gradient-boosting baseline.
import { PSI_ACT, PSI_WATCH, psiLevel } from '../../credit/fairness.js';
import { bandOfScore } from '../../families/scorecard/bands.js';
import type { ScoreBand } from '../../families/scorecard/bands.js';
import { PSI_MIN_SHARE } from '../../metrics/stability.js';
import type { ReportTable } from '../write-report.js';
import type { CharacteristicProfile } from './profiles.js';

/** PSI of two count vectors over the same bins (shares floored, as in models/metrics/stability.ts). */
export function psiOfCounts(expected: readonly number[], actual: readonly number[]): number {
  const e = expected.reduce((s, v) => s + v, 0) || 1;
  const a = actual.reduce((s, v) => s + v, 0) || 1;
  return expected.reduce((s, ev, k) => {
    const pe = Math.max(ev / e, PSI_MIN_SHARE);
    const pa = Math.max((actual[k] ?? 0) / a, PSI_MIN_SHARE);
    return s + (pa - pe) * Math.log(pa / pe);
  }, 0);
}

export function binningTable(profiles: readonly CharacteristicProfile[], title = 'Binning table (learning rows)'): ReportTable {
  return {
    title,
    columns: ['characteristic', 'bin', 'count', 'goods', 'bads', 'bad rate', 'WoE', 'IV', 'points'],
    rows: profiles.flatMap((p) =>
      p.bins.map((b) => [
        p.characteristic,
        b.neutral ? `${b.label} (neutral: too few rows)` : b.label,
        b.goods + b.bads,
        b.goods,
        b.bads,
        b.goods + b.bads > 0 ? b.bads / (b.goods + b.bads) : null,
        b.woe,
        b.iv,
        b.points,
      ]),
    ),
  };
}

export interface BandRow {
  readonly band: string;
  readonly lowestScore: number | null;
  readonly rows: number;
  readonly bads: number;
  readonly badRate: number | null;
  readonly meanPd: number | null;
  readonly odds: number | null;
}

/** Per band on the test rows: rows, bads, observed bad rate, mean PD and the odds good:bad. */
export function bandRows(bands: readonly ScoreBand[], scores: Float64Array, pd: Float64Array, labels: Float64Array): BandRow[] {
  const by = new Map(bands.map((b) => [b.band, { n: 0, bads: 0, pd: 0 }]));
  scores.forEach((s, i) => {
    const e = by.get(bandOfScore(bands, s) ?? '');
    if (!e) return;
    e.n++;
    e.bads += labels[i] === 1 ? 1 : 0;
    e.pd += pd[i] as number;
  });
  return bands.map((b) => {
    const e = by.get(b.band) as { n: number; bads: number; pd: number };
    return {
      band: b.band,
      lowestScore: Number.isFinite(b.minScore) ? b.minScore : null,
      rows: e.n,
      bads: e.bads,
      badRate: e.n > 0 ? e.bads / e.n : null,
      meanPd: e.n > 0 ? e.pd / e.n : null,
      odds: e.bads > 0 ? (e.n - e.bads) / e.bads : null,
    };
  });
}

export function bandTable(rows: readonly BandRow[], cutNote: string): ReportTable {
  return {
    title: `Score bands (${cutNote}) on the test rows: odds and calibration`,
    columns: ['band', 'lowest score', 'rows', 'bads', 'bad rate', 'mean PD', 'observed / predicted', 'odds good:bad'],
    rows: rows.map((r) => [
      r.band,
      r.lowestScore,
      r.rows,
      r.bads,
      r.badRate,
      r.meanPd,
      r.badRate !== null && r.meanPd ? r.badRate / r.meanPd : null,
      r.odds,
    ]),
  };
}

/** PSI of the score (by band) and of each characteristic (by bin), learning rows against test rows. */
export function stabilityTable(
  profiles: readonly CharacteristicProfile[],
  bands: readonly ScoreBand[],
  learnScores: Float64Array,
  testScores: Float64Array,
): { table: ReportTable; scorePsi: number } {
  const dist = (scores: Float64Array): number[] => {
    const counts = bands.map(() => 0);
    for (const s of scores) {
      const k = bands.findIndex((b) => b.band === bandOfScore(bands, s));
      if (k >= 0) counts[k]! += 1;
    }
    return counts;
  };
  const scorePsi = psiOfCounts(dist(learnScores), dist(testScores));
  return {
    scorePsi,
    table: {
      title: `Stability, learning vs test rows (PSI: < ${PSI_WATCH} stable, ${PSI_WATCH}-${PSI_ACT} watch, >= ${PSI_ACT} act)`,
      columns: ['characteristic', 'PSI', 'verdict'],
      rows: [
        ['score (by band)', scorePsi, psiLevel(scorePsi)],
        ...profiles.map((p) => {
          const v = psiOfCounts(p.learnCounts, p.testCounts);
          return [p.characteristic, v, psiLevel(v)];
        }),
      ],
    },
  };
}

/** How often each characteristic is the first reason, and among the reasons, over `rows` scored rows. */
export function reasonTable(reasons: readonly (readonly string[])[], rows: number, basis: string): ReportTable {
  const counts = new Map<string, { first: number; any: number }>();
  for (const list of reasons) {
    list.forEach((c, k) => {
      const e = counts.get(c) ?? { first: 0, any: 0 };
      e.any++;
      if (k === 0) e.first++;
      counts.set(c, e);
    });
  }
  const n = Math.max(1, rows);
  return {
    title: `Reason codes on the test rows (${basis})`,
    columns: ['characteristic', 'first reason (share of rows)', 'among the four reasons (share)'],
    rows: [...counts.entries()]
      .sort((a, b) => b[1].first - a[1].first || b[1].any - a[1].any || a[0].localeCompare(b[0]))
      .map(([c, e]) => [c, e.first / n, e.any / n]),
  };
}

export interface BaselineComparison {
  readonly model: string;
  readonly auc: number;
  readonly ks: number;
  readonly baselineAuc: number;
  readonly baselineKs: number;
  readonly trees: number;
  readonly depth: number;
  readonly rows: number;
  readonly learnRows: number;
}

export function baselineTable(c: BaselineComparison): ReportTable {
  return {
    title: `Gradient-boosting baseline on the same ${c.rows} test rows (fitted on ${c.learnRows} learning rows; ${c.trees} trees of depth ${c.depth}, chosen on a hold-out of them)`,
    columns: ['model', 'AUC', 'Gini', 'KS', 'AUC minus the baseline'],
    rows: [
      [c.model, c.auc, 2 * c.auc - 1, c.ks, c.auc - c.baselineAuc],
      ['gradient boosting (baseline)', c.baselineAuc, 2 * c.baselineAuc - 1, c.baselineKs, 0],
    ],
  };
}
