// The development report of the families `telisik train` fits for credit: the scorecard
// (its own bins, points, coefficients and reasons) and the classifier (the same
// characteristics binned as a scorecard would, its score on the scorecard's points scale,
// directions and reasons from its explanations). Both get the gradient-boosting baseline
// fitted on the same learning rows and columns.
import type { DataTable } from '../../data/table.js';
import { numericValues } from '../../data/table.js';
import type { Explanation } from '../../explain/types.js';
import { quantileBands } from '../../families/scorecard/bands.js';
import type { ScoreBand } from '../../families/scorecard/bands.js';
import type { ScorecardResult } from '../../families/scorecard/scorecard.js';
import { DEFAULT_MIN_INFORMATION_VALUE } from '../../families/scorecard/selection.js';
import type { CharacteristicVerdict, ScorecardSelection } from '../../families/scorecard/selection.js';
import { reasonsFromExplanation } from '../../scoring/reasons.js';
import type { FeatureSpec } from '../../spec/types.js';
import { boostingBaseline } from './baseline.js';
import { developmentReport, scoreOfPd } from './development.js';
import type { DevelopmentReport } from './development.js';
import { scorecardProfiles, specProfiles } from './profiles.js';
import { coefficientTable, directionTable } from './signs.js';

export interface DevelopmentRows {
  readonly spec: FeatureSpec;
  readonly table: DataTable;
  readonly learn: ArrayLike<number>;
  readonly test: ArrayLike<number>;
  readonly seed: number;
  /** Fit the gradient-boosting baseline (off in quick tests of other things). */
  readonly baseline?: boolean;
}

const QUINTILE_NOTE = 'cut at learning-row score quintiles';

function labelsOf(spec: FeatureSpec, table: DataTable): Float64Array {
  if (!spec.target) throw new Error(`spec ${spec.name} names no target`);
  return numericValues(table, spec.target);
}

/** `testResults[i]` belongs to `o.test[i]`; thin files are counted out of every figure. */
export function scorecardDevelopment(
  o: DevelopmentRows,
  selection: ScorecardSelection,
  testResults: readonly ScorecardResult[],
  learnScores: readonly number[],
  bands: readonly ScoreBand[],
): DevelopmentReport {
  const y = labelsOf(o.spec, o.table);
  const scored = testResults.flatMap((r, i) => (r.score === null ? [] : [{ r, row: o.test[i] as number }]));
  const labels = Float64Array.from(scored, (s) => y[s.row] as number);
  const card = selection.fit.card;
  return developmentReport({
    model: 'scorecard',
    labels,
    pd: Float64Array.from(scored, (s) => s.r.probabilityOfDefault as number),
    scores: Float64Array.from(scored, (s) => s.r.score as number),
    learnScores: Float64Array.from(learnScores),
    scoreTitle: 'score (points)',
    bands,
    bandNote: QUINTILE_NOTE,
    profiles: scorecardProfiles(card, o.table, o.learn, o.test),
    signs: coefficientTable(selection),
    reasons: {
      lists: scored.map((s) => s.r.reasons.map((x) => x.characteristic)),
      rows: scored.length,
      basis: 'points lost against the best attribute, every scored row',
    },
    ...(o.baseline === false
      ? {}
      : {
          baseline: boostingBaseline(
            o.table,
            o.spec.features.map((f) => f.column),
            o.spec.target as string,
            o.learn,
            scored.map((s) => s.row),
            labels,
            o.seed,
          ),
        }),
  });
}

export interface InformationValueScreen {
  /** The spec without the characteristics under the threshold. */
  readonly spec: FeatureSpec;
  readonly dropped: readonly CharacteristicVerdict[];
  readonly minInformationValue: number;
}

/**
 * The scorecard's IV rule for a model without bins (Siddiqi's 0.02: "unpredictive"), on the
 * learning rows only. Never drops every characteristic.
 */
export function informationValueScreen(
  spec: FeatureSpec,
  table: DataTable,
  learn: ArrayLike<number>,
  minInformationValue = DEFAULT_MIN_INFORMATION_VALUE,
): InformationValueScreen {
  const weak = specProfiles(spec, table, learn, []).filter((p) => p.informationValue < minInformationValue);
  if (weak.length === 0 || weak.length === spec.features.length) return { spec, dropped: [], minInformationValue };
  const out = new Set(weak.map((p) => p.characteristic));
  return {
    spec: { ...spec, features: spec.features.filter((f) => !out.has(f.column)) },
    dropped: weak.map((p) => ({
      characteristic: p.characteristic,
      why: `information value ${p.informationValue.toFixed(4)} < ${minInformationValue}`,
    })),
    minInformationValue,
  };
}

/**
 * `o.spec` is the analyst's spec (the baseline reads all of it), `screen.spec` the one the
 * network was fitted on; `testPd[i]` belongs to `o.test[i]`; `explanations` are of the first
 * explained test rows.
 */
export function classifierDevelopment(
  o: DevelopmentRows,
  screen: InformationValueScreen,
  learnPd: Float64Array,
  testPd: Float64Array,
  explanations: readonly Explanation[],
): DevelopmentReport {
  const y = labelsOf(o.spec, o.table);
  const labels = Float64Array.from(o.test, (r) => y[r] as number);
  const learnScores = learnPd.map((p) => scoreOfPd(p));
  const bands = quantileBands(Array.from(learnScores));
  const profiles = specProfiles(screen.spec, o.table, o.learn, o.test);
  return developmentReport({
    model: 'classifier',
    labels,
    pd: testPd,
    scores: testPd.map((p) => scoreOfPd(p)),
    learnScores,
    scoreTitle: 'score (PD on the scorecard scale: 600 at 50:1, 20 points to double the odds)',
    bands,
    bandNote: QUINTILE_NOTE,
    profiles,
    signs: directionTable(profiles, explanations, screen.dropped),
    reasons: {
      lists: explanations.map((e) => reasonsFromExplanation(screen.spec, e, 'CL').map((r) => r.feature)),
      rows: explanations.length,
      basis: `largest contributions raising the PD, the ${explanations.length} explained rows`,
    },
    ...(o.baseline === false
      ? {}
      : {
          baseline: boostingBaseline(
            o.table,
            o.spec.features.map((f) => f.column),
            o.spec.target as string,
            o.learn,
            o.test,
            labels,
            o.seed,
          ),
        }),
  });
}
