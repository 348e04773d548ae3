// PROLONGED_LOS: which stays a group's length-of-stay norm can judge. An INA-CBG group pools
// conditions, and its norms (the INA-CBG LOS, the peers' median and 90th percentile) are set by
// the conditions it mostly holds. Two kinds of stay are outside them:
// - a condition the group's stays elsewhere hardly hold (severe aplastic anaemia in the anaemia
//   group, whose norm is iron deficiency and thrombocytopenia): the peers' percentile is another
//   condition's, and a referral hospital that treats it is no outlier among those who treat it;
// - a severe course the chart shows in care the billing office cannot write alone: intensive
//   care and repeated operations (a major burn: ICU at the start, serial debridement and grafting;
//   American Burn Association: about a day per per cent of body surface burned). Room, nursing,
//   drugs and consumables can be billed for any day a patient is kept; an ICU admission
//   (icu_indikator, icu_los) and theatre sessions are recorded apart and are audited as such
//   (INFLATED_BILL reads the ICU fee against the ICU days).
// - a course the bill carries: care (drugs, tests, procedures) grown with the stay's days, the
//   care of a sicker patient, not days added to a finished course (los-care-carried.ts).
// Which conditions are foreign to a group is counted once per batch into the provider
// distribution (care-norms.ts), so arrival reads what the batch judged by.
import { literal } from '../../../data-samples/sql/index.js';
import { notCarriedSql } from './los-care-carried.js';
import { MIN_PEER_GROUP, PROCEDURE_PEER_TABLE, operationsSql } from './peers.js';

/**
 * Share of a group's stays elsewhere below which a primary-diagnosis category is not among the
 * conditions that set the group's norms. Assumption, measured on the committed generated sample:
 * every category of a group with 20 stays or more holds at least 3.6% of them (in the red team's base
 * extract no stay's category is under 2% of its group elsewhere); a condition under 2% moves the group's median and 90th percentile by at most a few per cent.
 */
export const CONDITION_MIN_SHARE = 0.02;

/**
 * Surgical fee of a stay, as a multiple of the peers' median fee for its first operation, that says
 * the theatre was used more than once (assumption: a second session of the same operation adds at
 * least half of the first's fee again). Measured on the committed generated sample (24 stays beyond
 * 2.15x their code's median stay) and the red team's base extract (48 such stays): two have
 * intensive care, none an operation billed again, so the exemption takes none of them.
 */
export const REPEATED_OPERATION_FEE_RATIO = 1.5;

/**
 * Provider distribution CTE `foreign_condition` (facility_id, foreign_conditions): per facility, the
 * `cbg_base|dx_category` keys of its inpatient stays whose primary-diagnosis category holds under
 * CONDITION_MIN_SHARE of the group's stays at the other facilities, where those number at least
 * MIN_PEER_GROUP (fewer, and the group has no mix to judge against). Deaths are left out, as for
 * every LOS norm.
 */
export function foreignConditionCtesSql(): string {
  const stay = `b.jenis_rawat = 1 AND b.severity_rank > 0 AND b.discharge_status <> 4 AND b.dx_category IS NOT NULL`;
  return `cond_f AS (
  SELECT facility_id, cbg_base, dx_category, count(*) AS n FROM fraud_claim_base b WHERE ${stay} GROUP BY ALL
), cond_g AS (SELECT cbg_base, dx_category, sum(n) AS n FROM cond_f GROUP BY ALL),
cond_t AS (SELECT cbg_base, sum(n) AS n FROM cond_f GROUP BY ALL),
cond_ft AS (SELECT facility_id, cbg_base, sum(n) AS n FROM cond_f GROUP BY ALL),
foreign_condition AS (
  SELECT f.facility_id, list(f.cbg_base || '|' || f.dx_category ORDER BY f.cbg_base, f.dx_category) AS foreign_conditions
  FROM cond_f f JOIN cond_g g USING (cbg_base, dx_category) JOIN cond_t t USING (cbg_base) JOIN cond_ft ft USING (facility_id, cbg_base)
  WHERE t.n - ft.n >= ${MIN_PEER_GROUP} AND (g.n - f.n) < ${CONDITION_MIN_SHARE} * (t.n - ft.n)
  GROUP BY f.facility_id
)`;
}

export const FOREIGN_CONDITION_COLUMNS = 'foreign_condition.foreign_conditions';
export const FOREIGN_CONDITION_JOINS = 'LEFT JOIN foreign_condition USING (facility_id)';

/**
 * SQL predicate on fraud_claim_base `b`: a stay the group's LOS norms judge: its condition is one
 * the group's stays elsewhere hold (not in the provider distribution's foreign_conditions of its
 * facility), its course shows no intensive care followed by repeated operations, no rehabilitation
 * grown with its days, and no care grown with its days (los-care-carried.ts: a stay of fraud_carried_stays,
 * computed once per build).
 */
export function groupNormJudgesSql(b: string, distribution: string): string {
  const fee = (cls: string): string =>
    `(SELECT op.surgical_fee FROM ${PROCEDURE_PEER_TABLE} op WHERE op.scope = 'operation' AND op.group_key = (${operationsSql(b)})[1] AND op.hospital_class = ${cls} AND op.n >= ${MIN_PEER_GROUP})`;
  return `(NOT coalesce(list_contains((SELECT fd.foreign_conditions FROM ${distribution} fd WHERE fd.facility_id = ${b}.facility_id), ${b}.cbg_base || '|' || ${b}.dx_category), false)
  AND NOT (coalesce(${b}.icu_los, 0) >= 1 AND coalesce(${b}.tarif_prosedur_bedah >= ${REPEATED_OPERATION_FEE_RATIO} * coalesce(${fee(`${b}.hospital_class`)}, ${fee("'*'")}), false))
  AND NOT ${therapyStaySql(b, distribution)} AND ${notCarriedSql(b)})`;
}

/**
 * ICD-9-CM therapy a rehabilitation stay codes: physical therapy exercises, manipulation and other
 * physical therapy (93.1-93.3) and occupational and other rehabilitation therapy (93.8); 93.0x are
 * assessments, done once.
 */
const REHABILITATION_THERAPY_ICD9 = '^93[.][1-38]';

/**
 * SQL predicate on fraud_claim_base `b`: an inpatient rehabilitation stay, whose days past the
 * norm held therapy: physiotherapy or occupational therapy coded, and the rehabilitation line grown
 * with the stay (at least its length against the INA-CBG norm times the mean line of the code's
 * stays at other facilities, the provider distribution's hotel_care_norms, as
 * los-idle-days.ts rehabilitationGrewSql). Therapy is billed per session, a session or two a day
 * (PMK 3/2023 rehabilitasi medik): days of coded therapy are care, not a stretched stay (a
 * referral hospital's three to four weeks of rehabilitation after a stroke or a spinal fracture,
 * red team RT-NM-REHAB-81). A stay kept idle bills the course's sessions only. Measured on
 * 150,000 generated members: no inpatient stay codes 93.1-93.3 or 93.8, so none of the 2,649
 * PROLONGED_LOS hits there is left out.
 */
export function therapyStaySql(b: string, distribution: string): string {
  const rehabMean = `(SELECT k.rehab_mean FROM (SELECT unnest(fd.hotel_care_norms, recursive := true) FROM ${distribution} fd WHERE fd.facility_id = ${b}.facility_id) k
    WHERE k.kode_inacbg = ${b}.kode_inacbg)`;
  return `coalesce(${b}.tarif_rehabilitasi > 0 AND list_bool_or(list_transform(${b}.px_list, x -> regexp_matches(x, ${literal(REHABILITATION_THERAPY_ICD9)})))
    AND ${b}.tarif_rehabilitasi >= ${b}.los / greatest(${b}.los_norm, 1) * coalesce(${rehabMean}, 0), false)`;
}

/**
 * SQL predicate on a fraud_claim_base row `b`, inside the provider distribution after the CTE
 * foreign_condition (above): a stay whose condition its group's norms judge, so that a referral
 * hospital's aplastic anaemias do not raise the count of long stays that names its other stays.
 * The provider's counts ask less than the hits do, towards counting: the severe course (intensive
 * care and a repeated operation) is not asked, its surgical fee norm being the procedure peers',
 * and a specialty hospital's stays of its speciality are counted (telling one needs facility_type
 * RSK, which the claim base does not carry); the distribution is built without either table.
 */
export const judgedInDistributionSql = (b: string): string =>
  `NOT coalesce(list_contains((SELECT fc.foreign_conditions FROM foreign_condition fc WHERE fc.facility_id = ${b}.facility_id), ${b}.cbg_base || '|' || ${b}.dx_category), false)`;
