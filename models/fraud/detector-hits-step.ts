// The batch's detector step: fraud_detector_hits built one detector at a time, in one transaction.
// The detectors' SELECTs are detectorHitsSelect's own (the partitions of the fraud stage run the
// same), so no detector's SQL exists twice; arrival keeps the one statement (arrival-detectors.ts
// cuts it by its shape).
import type { FraudSources } from '../../features/fraud/index.js';
import { FRAUD_DETECTORS, detectorHitsSelect } from './detectors/index.js';
import type { DetectorOverrides } from './detectors/index.js';

/**
 * SQL (several statements): fraud_detector_hits, the rows of detectorHitsSql, written detector by
 * detector. As one UNION ALL of the fifteen detectors the plan holds every detector's hash tables
 * and windows at once: at 150,000 members (254,000 claims) the statement took 88 s of CPU, the
 * detectors one after another 60 s (a third of it system time, the spilling of the 2 GB limit),
 * measured in one process on the same warehouse. The rows are the same; their order in the table
 * is the detectors' order, which nothing reads (the hits are grouped and joined).
 */
export function detectorHitsStepSql(sources: FraudSources, overrides: DetectorOverrides = {}): string {
  const [first, ...rest] = FRAUD_DETECTORS;
  if (!first) throw new Error('no fraud detectors');
  return [
    'BEGIN TRANSACTION',
    `CREATE OR REPLACE TABLE fraud_detector_hits AS\n${detectorHitsSelect(sources, overrides, [first])}`,
    ...rest.map((d) => `INSERT INTO fraud_detector_hits\n${detectorHitsSelect(sources, overrides, [d])}`),
    'COMMIT',
  ].join(';\n');
}
