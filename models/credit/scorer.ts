// The serving side of the credit models: a member's published feature row in, a CreditScore
// out, from whichever family is champion. Features are held in memory by member key (the
// score API answers in microseconds for the scorecard; the network's integrated gradients
// cost tens of milliseconds per request).
import { encodeCategorical, makeTable } from '../data/table.js';
import type { Column, DataTable } from '../data/table.js';
import type { Classifier } from '../families/classifier/train.js';
import type { Scorecard } from '../families/scorecard/scorecard.js';
import { applicantReader } from '../families/scorecard/train.js';
import { scoreWithScorecard } from './champion.js';
import type { CreditScore } from './champion.js';
import { challengerTable, scoreWithChallenger } from './challenger.js';
import type { DriftReference } from './drift.js';

export type CreditModel =
  | { readonly family: 'scorecard'; readonly version: string; readonly card: Scorecard }
  | { readonly family: 'classifier'; readonly version: string; readonly classifier: Classifier };

export interface CreditScorer {
  readonly modelVersion: string;
  readonly family: CreditModel['family'];
  /** Members with a published feature row. */
  readonly members: number;
  /** The member's score, or undefined when the member has no published record. */
  score(memberKey: string): CreditScore | undefined;
  /** Development-sample references for drift monitoring (empty when the bundle has none). */
  readonly driftReferences: readonly DriftReference[];
  /** The member's numeric characteristic values (NaN missing), for drift of recent requests only. */
  characteristics(memberKey: string, names: readonly string[]): number[] | undefined;
}

/** A DataTable from row objects (numbers and bigints numeric, the rest text), as the warehouse returns them. */
export function tableFromRows(rows: readonly Record<string, unknown>[]): DataTable {
  const names = rows.length > 0 ? Object.keys(rows[0]!) : [];
  const columns = new Map<string, Column>();
  for (const name of names) {
    const sample = rows.find((r) => r[name] !== null && r[name] !== undefined)?.[name];
    if (typeof sample === 'number' || typeof sample === 'bigint' || sample === undefined) {
      columns.set(name, {
        kind: 'numeric',
        values: Float64Array.from(rows, (r) => (r[name] === null || r[name] === undefined ? Number.NaN : Number(r[name]))),
      });
    } else {
      columns.set(
        name,
        encodeCategorical(
          rows.map((r) =>
            r[name] === null || r[name] === undefined
              ? null
              : r[name] instanceof Date
                ? (r[name] as Date).toISOString().slice(0, 10)
                : String(r[name]),
          ),
        ),
      );
    }
  }
  return makeTable(columns);
}

/**
 * Scores kept per scorer before the oldest is dropped: a few hundred bytes each, so tens
 * of MB at most (assumption, as for the consent cache: one day's applicants fit).
 */
const SCORE_CACHE_MAX_ENTRIES = 100_000;

/** A scorer over a feature table holding a `member_key` column. */
export function creditScorer(model: CreditModel, features: DataTable, driftReferences: readonly DriftReference[] = []): CreditScorer {
  const keyCol = features.columns.get('member_key');
  if (!keyCol || keyCol.kind !== 'categorical') throw new Error('credit features need a member_key text column');
  const index = new Map<string, number>();
  for (let r = 0; r < features.nRows; r++) {
    const code = keyCol.codes[r] as number;
    if (code >= 0) index.set(keyCol.levels[code] as string, r);
  }
  let scoreRow: (row: number) => CreditScore;
  if (model.family === 'scorecard') {
    const read = applicantReader(features, [...model.card.characteristics.map((c) => c.binning.characteristic), 'ledger_months']);
    scoreRow = (row) => scoreWithScorecard(model.card, read(row));
  } else {
    const ready = challengerTable(features);
    scoreRow = (row) => scoreWithChallenger(model.classifier, ready, row);
  }
  // A member's score is a pure function of the model and its row, so it is computed once:
  // the scorecard with its reason sentences took 30-90 us a call, on the request path.
  const scored = new Map<number, CreditScore>();
  return {
    modelVersion: model.version,
    family: model.family,
    members: index.size,
    score(memberKey) {
      const row = index.get(memberKey);
      if (row === undefined) return undefined;
      let result = scored.get(row);
      if (result === undefined) {
        result = scoreRow(row);
        if (scored.size >= SCORE_CACHE_MAX_ENTRIES) scored.delete(scored.keys().next().value as number);
        scored.set(row, result);
      }
      return result;
    },
    driftReferences,
    characteristics(memberKey, names) {
      const row = index.get(memberKey);
      if (row === undefined) return undefined;
      return names.map((n) => {
        const col = features.columns.get(n);
        return col?.kind === 'numeric' ? (col.values[row] as number) : Number.NaN;
      });
    },
  };
}
