// The credit product's development report: the same scorecard development report the
// train command writes (models/report/development), for the champion scorecard and the
// challenger network side by side, developed on the earlier observation date and validated
// out of time on the later one: WoE charts and binning, score distributions, KS, bands with
// odds and calibration, PSI development vs out of time, signs, reason codes, fairness by
// the registry's attributes and the gradient-boosting baseline.
import { FAIRNESS_ATTRIBUTES } from '../../features/credit/registry.js';
import type { DataTable } from '../data/table.js';
import type { ScorecardSelection } from '../families/scorecard/selection.js';
import { boostingBaseline } from '../report/development/baseline.js';
import { developmentReport, prefixReport } from '../report/development/development.js';
import type { DevelopmentReport } from '../report/development/development.js';
import { attributeFairnessTable } from '../report/development/fairness.js';
import { scorecardProfiles } from '../report/development/profiles.js';
import { coefficientTable } from '../report/development/signs.js';
import type { CreditScore } from './champion.js';
import { CREDIT_SCORECARD_SPEC, CREDIT_TARGET } from './champion.js';
import { CREDIT_BANDS, FAIRNESS_APPROVAL_MIN_SCORE } from './config.js';
import type { AttributeFairness } from './fairness.js';

export interface CreditReportInputs {
  readonly table: DataTable;
  /** Development rows (thin files left out) and out-of-time rows, with each model's scores on them. */
  readonly dev: ArrayLike<number>;
  readonly oot: ArrayLike<number>;
  readonly champion: {
    readonly selection: ScorecardSelection;
    readonly dev: readonly CreditScore[];
    readonly oot: readonly CreditScore[];
    readonly fairness: readonly AttributeFairness[];
  };
  readonly challenger: {
    readonly dev: readonly CreditScore[];
    readonly oot: readonly CreditScore[];
    readonly fairness: readonly AttributeFairness[];
  };
  readonly seed: number;
}

const BAND_NOTE = `the product's fixed bands: ${CREDIT_BANDS.map((b) => `${b.band} >= ${b.minScore}`).join(', ')}`;
const SCORE_TITLE = 'credit score (clamped to 300-850)';

function scoredOf(
  rows: ArrayLike<number>,
  scores: readonly CreditScore[],
  labels: Float64Array,
): { rows: number[]; labels: Float64Array; pd: Float64Array; scores: Float64Array; reasons: string[][] } {
  const kept = scores.flatMap((s, i) => (s.thinFile ? [] : [{ s, row: rows[i] as number }]));
  return {
    rows: kept.map((k) => k.row),
    labels: Float64Array.from(kept, (k) => labels[k.row] as number),
    pd: Float64Array.from(kept, (k) => k.s.probabilityOfDefault as number),
    scores: Float64Array.from(kept, (k) => k.s.score as number),
    reasons: kept.map((k) => k.s.reasons.map((r) => r.characteristic)),
  };
}

const devScores = (xs: readonly CreditScore[]): Float64Array =>
  Float64Array.from(
    xs.filter((x) => !x.thinFile),
    (x) => x.score as number,
  );

export function creditDevelopmentReport(o: CreditReportInputs): DevelopmentReport {
  const labels = o.table.columns.get(CREDIT_TARGET);
  if (!labels || labels.kind !== 'numeric') throw new Error(`credit report: ${CREDIT_TARGET} is not a numeric column`);
  const champ = scoredOf(o.oot, o.champion.oot, labels.values);
  const chall = scoredOf(o.oot, o.challenger.oot, labels.values);
  // One baseline for both: fitted on the development rows, every registry characteristic, measured on the rows the champion scored.
  const baseline = boostingBaseline(
    o.table,
    CREDIT_SCORECARD_SPEC.features.map((f) => f.column),
    CREDIT_TARGET,
    o.dev,
    champ.rows,
    champ.labels,
    o.seed,
  );
  const fairnessTitle = (model: string): string =>
    `Fairness out of time, ${model} (approval: score >= ${FAIRNESS_APPROVAL_MIN_SCORE}) by ${FAIRNESS_ATTRIBUTES.join(', ')}`;
  const champion = developmentReport({
    model: 'champion scorecard',
    labels: champ.labels,
    pd: champ.pd,
    scores: champ.scores,
    learnScores: devScores(o.champion.dev),
    scoreTitle: SCORE_TITLE,
    bands: CREDIT_BANDS,
    bandNote: BAND_NOTE,
    profiles: scorecardProfiles(o.champion.selection.fit.card, o.table, o.dev, champ.rows),
    signs: coefficientTable(o.champion.selection),
    reasons: {
      lists: champ.reasons,
      rows: champ.rows.length,
      basis: 'points lost against the best attribute, every scored out-of-time member',
    },
    baseline,
    fairness: attributeFairnessTable(fairnessTitle('champion'), o.champion.fairness),
  });
  // Same rows as the champion (the thin-file rule is shared), so the baseline compares like for like.
  const sameRows = chall.rows.length === champ.rows.length && chall.rows.every((r, i) => r === champ.rows[i]);
  const challenger = developmentReport({
    model: 'challenger network',
    labels: chall.labels,
    pd: chall.pd,
    scores: chall.scores,
    learnScores: devScores(o.challenger.dev),
    scoreTitle: SCORE_TITLE,
    bands: CREDIT_BANDS,
    bandNote: BAND_NOTE,
    profiles: [],
    ...(sameRows ? { baseline } : {}),
    fairness: attributeFairnessTable(fairnessTitle('challenger'), o.challenger.fairness),
  });
  const c = prefixReport(champion, 'champion', 'Champion');
  const n = prefixReport(challenger, 'challenger', 'Challenger');
  return {
    charts: [...c.charts, ...n.charts],
    tables: [...c.tables, ...n.tables],
    metrics: { ...c.metrics, ...n.metrics },
    details: { champion: c.details, challenger: n.details },
  };
}
