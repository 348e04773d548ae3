// How a severity count weighs a stay: by the event it belongs to. Its own module because the
// group counts (peers.ts) and the coder counts (provider-excess.ts, which reads peers.ts) both
// weigh stays so, and must weigh them alike.
import { literal } from '../../../data-samples/sql/index.js';

/** INA-CBG case type of inpatient newborn care (digit 2 of the code, reference CASE_TYPES). */
const NEONATAL_CASE_TYPE = '8';

/**
 * SQL window over fraud_claim_base rows `b`: the weight of a stay in a severity count, one over the
 * stays of its family card admitted to its facility the same day. A binomial test counts
 * independent trials; stays of one family admitted together are one event (a birth: the mother
 * and her twins, who share prematurity, jaundice and a bill; a household poisoned or injured
 * together) whose severity is one outcome, not several (red team RT-NM-TWINS-81: three births of
 * twins, nine stays, were read as nine trials). Other stays weigh 1. The window runs over the rows
 * the count reads (inpatient stays not ending in death, with a severity level), so every count
 * that weighs by it must filter the same way before the window.
 * A multiple birth (two or more newborn stays, INA-CBG case type 8, of one family card admitted the
 * same day) weighs nothing: twins are born early, small and jaundiced far more often than single
 * babies (WHO and ACOG on multifetal gestation: about half of twins are preterm), so their
 * severity, and their mother's, is the risk of the pregnancy, not a coding against peers whose
 * births are mostly single (red team RT-NM-TWINS-81: three twin births read as 3 of 3 at severity II).
 */
export const stayEventWeightSql = (b: string): string => {
  const event = `PARTITION BY ${b}.facility_id, coalesce(${b}.family_key, ${b}.nomor_sep), ${b}.tgl_masuk`;
  return `CASE WHEN sum(CASE WHEN split_part(${b}.kode_inacbg, '-', 2) = ${literal(NEONATAL_CASE_TYPE)} THEN 1 ELSE 0 END) OVER (${event}) >= 2 THEN 0.0
    ELSE 1.0 / count(*) OVER (${event}) END`;
};
