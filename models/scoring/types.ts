// What scoring a table with a model bundle gives back, whatever the family: one row per
// input row, either scored (output, reasons, explanation) or refused with a reason.
import type { Sentence } from '../../features/credit/registry.js';
import type { Explanation } from '../explain/types.js';
import type { DataTable } from '../data/table.js';
import type { FeatureSpec } from '../spec/types.js';

/** Why a row got no score. A frozen catalog: callers branch on the code, never on the text. */
export const NOT_SCORED = Object.freeze({
  MISSING_COLUMN: 'a column the model reads is not in the table',
  THIN_FILE: 'too little history to score (thin file)',
  MISSING_VALUE: 'a value the model needs is missing or unusable',
  NO_EXPOSURE: 'the exposure is missing or not above 0',
} as const);
export type NotScoredCode = keyof typeof NOT_SCORED;

export interface NotScored {
  readonly code: NotScoredCode;
  /** The reason in plain words, naming the column. */
  readonly reason: string;
}

/** One reason behind a score: the feature, its effect and a sentence in two languages. */
export interface ScoreReason {
  readonly rank: number;
  readonly code: string;
  readonly feature: string;
  readonly sentence: Sentence;
  /** The feature's effect in the explanation's space (points lost, or log-odds / log-rate added). */
  readonly effect: number;
}

export interface ScoredRow {
  /** 0-based position of the row in the input table. */
  readonly row: number;
  /** The spec's id column, when the table has it. */
  readonly id: string | null;
  readonly notScored: NotScored | null;
  /** Scorecard points (credit product: the reported, clamped score). */
  readonly score: number | null;
  readonly probabilityOfDefault: number | null;
  readonly band: string | null;
  /** The family's output: PD (scorecard, classifier), expected claims (poisson). */
  readonly prediction: number | null;
  readonly reasons: readonly ScoreReason[];
  readonly explanation: Explanation | null;
}

export interface ScoreOptions {
  /** Explain every scored row (default true; integrated gradients cost milliseconds a row). */
  readonly explain?: boolean;
  /** Called now and then with the rows done of those being scored, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A loaded bundle ready to score tables. */
export interface BundleScorer {
  readonly family: string;
  readonly version: string;
  readonly spec: FeatureSpec;
  /** The spec to load a table with: features, exposure and id, never target, weight or split. */
  readonly scoringSpec: FeatureSpec;
  /** Columns without which no row can be scored. */
  readonly requiredColumns: readonly string[];
  /** Score every row of `table`; `absent` names required columns the source did not have. */
  scoreTable(table: DataTable, absent: readonly string[], options?: ScoreOptions): ScoredRow[];
  dispose(): void;
}

/** At most four reasons, as for credit (DOMAIN.md 5, Regulation B). */
export const MAX_SCORE_REASONS = 4;
