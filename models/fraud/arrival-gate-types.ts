// The shapes the arrival gates share (arrival-gates.ts on the claim's own fields, arrival-screens.ts on
// what the request loaded beside it), apart so that both read them without importing each other.

/** The arrival claim as the gates read it (validated against its column types first). */
export type GatedClaim = Readonly<Record<string, string | number | null>>;

/** A claim's codes as claim-sql.ts splits them (string_split on '#', none when NULL; the first diagnosis is dx_primary). */
export const codes = (v: string | number | null | undefined): string[] => (v === null || v === undefined ? [] : String(v).split('#'));

/**
 * What a request loaded before its detector step: the rows each request table received for this
 * claim (arr_kkpak, arr_deaths, fraud_card_pairs, ...). Undefined where no request ran (the batch's
 * hits checked against the gates): a gate that reads them must then let the claim through.
 */
export interface ArrivalFacts {
  /** Rows the request appended to `table` (0 when it appended none or has not filled it yet). */
  readonly rows: (table: string) => number;
  /** Claims of the claim's card among the claims the request loaded (arr_claims), the claim itself left out. */
  readonly otherCardClaims: () => number;
  /**
   * Whether the claim's drug or support line can pass its screen over the peers (arrival-line-screen.ts), from the
   * claim's fraud_claim_base row; absent where the request did not read it (the gate then lets the claim through).
   */
  readonly lineMayStep?: (line: 'drug' | 'support') => boolean;
}

/** A claim a detector (or some of its branches) can hit, and the condition each branch it covers puts on the hit row to say so. */
export interface ArrivalDetectorGate {
  readonly applies: (claim: GatedClaim, facts?: ArrivalFacts) => boolean;
  /**
   * What each top-level branch covered must contain (arrival-detectors.test.ts checks the current SQL): the branch's text,
   * or for a gate marked `inCtes`, the branch with the detector's leading common table expressions it reads.
   */
  readonly branchCondition: RegExp;
  readonly why: string;
  /** The condition may sit in the detector's leading WITH (a CTE every covered branch reads), not in the branch itself. */
  readonly inCtes?: boolean;
  /** The branches are the batch's alone: arrival never plans them (applies is then always false). */
  readonly batchOnly?: boolean;
}
