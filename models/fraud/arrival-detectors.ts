// The detector step of arrival scoring, one planned SELECT per detector, so that a claim runs
// only the detectors that can hit it. A claim's cost on arrival is per plan operator, not per row
// (README, "Arrival cost is per operator"): each execution builds every pipeline's operator and
// expression states before it reads a row, and that setup, not the rows, is most of the detector
// step (measured with perf: PipelineExecutor construction ~60% of a detector's CPU on a dozen rows).
// One statement per detector costs the same as the batch's UNION ALL (measured side by side), so
// what a skipped detector saves is all gain.
//
// The parts are cut out of the batch's own statement (detectorHitsSql): splitArrivalDetectorHits
// rebuilds that statement from the parts and refuses to go on if it does not give the same text,
// so the hits of a claim are the batch's hits, row for row (UNION ALL distributes over the
// projection and the LEFT JOIN to the signal table).
import type { FraudSources } from '../../features/fraud/index.js';
import type { FraudTypeCode } from '../../data-samples/reference/index.js';
import { literal } from '../../data-samples/sql/index.js';
import { FRAUD_DETECTORS, HIT_COLUMNS, detectorHitsSql, signalValuesSql, thresholdValues } from './detectors/index.js';

/** The arrival claim as the gates read it (validated against its column types first). */
export type GatedClaim = Readonly<Record<string, string | number | null>>;

/** e-Klaim's jenis_rawat for an inpatient stay (rawat inap; 2 = rawat jalan). */
export const INPATIENT = 1;

/** A claim a detector can hit, and the condition every UNION ALL branch of its SQL puts on the hit row to say so. */
export interface ArrivalDetectorGate {
  readonly applies: (claim: GatedClaim) => boolean;
  /** What each top-level branch of the detector's SQL must contain (arrival-detectors.test.ts checks the current SQL). */
  readonly branchCondition: RegExp;
  readonly why: string;
}

const inpatient = (claim: GatedClaim): boolean => claim['jenis_rawat'] === INPATIENT;
/** The INA-CBG severity level, the code's 4th part (I, II, III; 0 for outpatient groups), as claim-sql.ts reads it. */
const severityLevel = (claim: GatedClaim): string | undefined => String(claim['kode_inacbg'] ?? '').split('-')[3];

const STAYS_ONLY: ArrivalDetectorGate = Object.freeze({
  applies: inpatient,
  branchCondition: /\bjenis_rawat = 1\b/,
  why: 'every signal is about an inpatient stay (jenis_rawat = 1 on the hit row)',
});

/**
 * Detectors a claim skips on arrival when it cannot be hit by them, whatever the context holds.
 * Each gate's condition is in every branch of the detector's SQL; arrival-detectors.test.ts checks
 * that on the current SQL and that their hits fall on such claims only, so a detector that gains a
 * branch without the condition fails that test and must leave this table (or widen its gate).
 * - PROLONGED_LOS: length of stay against the INA-CBG norm and peers; READMISSION: a stay split into
 *   readmissions within 30 days (DOMAIN.md section 3): stays only.
 * - UPCODING: severity and group against peers for stays, and a severity-III group (a level only
 *   inpatient INA-CBG groups have) without intensive care or against the provider's mix.
 */
export const ARRIVAL_DETECTOR_GATES: Readonly<Partial<Record<FraudTypeCode, ArrivalDetectorGate>>> = Object.freeze({
  PROLONGED_LOS: STAYS_ONLY,
  READMISSION: STAYS_ONLY,
  UPCODING: Object.freeze({
    applies: (claim: GatedClaim) => inpatient(claim) || severityLevel(claim) === 'III',
    branchCondition: /\bjenis_rawat = 1\b|\bseverity_rank = 3\b/,
    why: 'a stay, or a severity-III group (severity_rank = 3 on the hit row)',
  }),
});

/** One detector's SELECT of fraud_detector_hits rows, and whether a claim can be hit by it. */
export interface ArrivalDetectorPart {
  readonly code: FraudTypeCode;
  /** SELECT giving the detector's rows of fraud_detector_hits, columns in table order. */
  readonly sql: string;
  /** False when the claim cannot be hit by the detector (the step is skipped for it). */
  readonly applies: (claim: GatedClaim) => boolean;
}

const always = (): boolean => true;

/** The projection detectorHitsSql puts around the UNION ALL of its detectors, before and after it. */
const HEAD = `CREATE OR REPLACE TABLE fraud_detector_hits AS
SELECT h.fraud_type, h.nomor_sep, h.signal, coalesce(sig.strength, 'suspicious') AS strength,
  greatest(coalesce(h.amount_at_risk, 0), 0)::BIGINT AS amount_at_risk, h.related_sep, h.evidence_en, h.evidence_id
FROM (`;
const tail = (): string => `) h LEFT JOIN ${signalValuesSql()} USING (fraud_type, signal)`;

/**
 * The batch's detector statement cut into one SELECT per detector. Throws when the parts do not
 * rebuild detectorHitsSql(sources) exactly: the batch statement changed shape, and arrival must
 * follow it before it may split it.
 */
export function splitArrivalDetectorHits(sources: FraudSources): readonly ArrivalDetectorPart[] {
  const cols = HIT_COLUMNS.join(', ');
  const inner = FRAUD_DETECTORS.map(
    (d) => `SELECT ${literal(d.code)} AS fraud_type, ${cols} FROM (${d.sql(thresholdValues(d, {}), sources)})`,
  );
  const end = tail();
  if (`${HEAD}${inner.join('\nUNION ALL\n')}${end}` !== detectorHitsSql(sources)) {
    throw new Error('detectorHitsSql changed shape: arrival-detectors.ts must cut it as the batch builds it');
  }
  const select = HEAD.replace(/^CREATE OR REPLACE TABLE fraud_detector_hits AS\n/, '');
  return FRAUD_DETECTORS.map((d, i) => ({
    code: d.code,
    sql: `${select}${inner[i] as string}${end}`,
    applies: ARRIVAL_DETECTOR_GATES[d.code]?.applies ?? always,
  }));
}
