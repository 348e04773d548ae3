// Test support: INFLATED_BILL's line outliers without their repeats (inflated-line-repeat.ts).
import type { DetectorOverrides } from '../detectors/index.js';

/**
 * Overrides for a file that tests the peers a drug or support line is judged against: every outlier of the line is a
 * hit on its own (the lone ratio at the lines' screens, 2 and 2.5); whether an outlier repeats at its hospital is
 * inflated-line-repeat.test.ts's.
 */
export const LINE_OUTLIER_ALONE: DetectorOverrides = Object.freeze({
  INFLATED_BILL: Object.freeze({ loneSupportExcessRatio: 2, loneDrugExcessRatio: 2 }),
});
