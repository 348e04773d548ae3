// The champion: a scorecard on the credit characteristics of features/credit, monotone where
// the registry knows the direction of risk, scaled by CREDIT_SCALING. Scoring a member gives
// score, band, PD and up to four reason codes that are exactly the characteristics losing
// the most points; a thin file gets no score and says why.
import { CREDIT_FEATURES, THIN_FILE_MIN_MONTHS, THIN_FILE_REASON, creditFeature } from '../../features/credit/registry.js';
import type { Sentence } from '../../features/credit/registry.js';
import type { DataTable } from '../data/table.js';
import { scoreApplicant } from '../families/scorecard/scorecard.js';
import type { ApplicantRow, Scorecard } from '../families/scorecard/scorecard.js';
import { DEFAULT_MIN_INFORMATION_VALUE, selectScorecard } from '../families/scorecard/selection.js';
import type { ScorecardFit } from '../families/scorecard/train.js';
import type { FeatureSpec } from '../spec/types.js';
import { CREDIT_SCALING, bandOf, clampScore } from './config.js';

/** Target column of the development sample: 1 = defaulted within 12 months. */
export const CREDIT_TARGET = 'default_12m';

/** The scorecard's spec: every registry characteristic, directions from the registry. */
export const CREDIT_SCORECARD_SPEC: FeatureSpec = Object.freeze({
  name: 'credit-contribution-history',
  target: CREDIT_TARGET,
  id: 'member_key',
  features: CREDIT_FEATURES.map((f) =>
    f.type === 'categorical'
      ? { kind: 'categorical' as const, column: f.name }
      : { kind: 'numeric' as const, column: f.name, ...(f.monotone ? { monotone: f.monotone } : {}) },
  ),
});

export interface CreditReason {
  readonly rank: number;
  readonly code: string;
  readonly characteristic: string;
  readonly sentence: Sentence;
  /** Points lost against the characteristic's best attribute (champion) or its share of the risk (challenger). */
  readonly pointsLost: number;
}

export type CreditScore =
  | {
      readonly thinFile: false;
      readonly score: number;
      readonly band: string;
      readonly probabilityOfDefault: number;
      readonly reasons: readonly CreditReason[];
      readonly points: number;
    }
  | {
      readonly thinFile: true;
      readonly score: null;
      readonly band: null;
      readonly probabilityOfDefault: null;
      readonly reasons: readonly CreditReason[];
      readonly points: null;
    };

/** Siddiqi (2006) ch. 6: information value below 0.02 is unpredictive; such characteristics are left out. */
export const MIN_INFORMATION_VALUE = DEFAULT_MIN_INFORMATION_VALUE;

export interface CreditScorecardFit extends ScorecardFit {
  /** Characteristics left out, with why (low information value or a reversed sign). */
  readonly dropped: readonly { readonly characteristic: string; readonly why: string }[];
}

/**
 * Fit, then drop characteristics that carry no information or whose coefficient has the
 * wrong sign (collinearity makes a good attribute cost points), one at a time, and refit:
 * a reason code must never blame an applicant for the better attribute.
 */
export function trainCreditScorecard(table: DataTable, learnRows: ArrayLike<number>): CreditScorecardFit {
  const { fit, dropped } = selectScorecard(
    CREDIT_SCORECARD_SPEC,
    table,
    learnRows,
    { scaling: CREDIT_SCALING },
    { minInformationValue: MIN_INFORMATION_VALUE },
  );
  return { ...fit, dropped };
}

/** Months of contribution history the thin-file rule reads. */
export function historyMonths(row: ApplicantRow): number {
  const v = row['ledger_months'];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export function thinFileScore(months: number): CreditScore {
  return {
    thinFile: true,
    score: null,
    band: null,
    probabilityOfDefault: null,
    points: null,
    reasons: [
      {
        rank: 1,
        code: THIN_FILE_REASON.reasonCode,
        characteristic: 'ledger_months',
        sentence: THIN_FILE_REASON.reason(months),
        pointsLost: 0,
      },
    ],
  };
}

/** Score one member's feature row with the champion scorecard. */
export function scoreWithScorecard(card: Scorecard, row: ApplicantRow): CreditScore {
  const months = historyMonths(row);
  // DOMAIN.md 5: a thin file gets no score, with that reason, rather than a guess.
  if (months < THIN_FILE_MIN_MONTHS) return thinFileScore(months);
  const r = scoreApplicant(card, row);
  if (r.score === null || r.probabilityOfDefault === null) return thinFileScore(months);
  const score = clampScore(r.score);
  return {
    thinFile: false,
    score,
    band: bandOf(score),
    probabilityOfDefault: r.probabilityOfDefault,
    points: r.score,
    reasons: r.reasons.map((reason) => {
      const f = creditFeature(reason.characteristic);
      return {
        rank: reason.rank,
        code: f.reasonCode,
        characteristic: f.name,
        sentence: f.reason(reason.value),
        pointsLost: reason.pointsLost,
      };
    }),
  };
}
