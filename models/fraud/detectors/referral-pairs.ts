// Patient flows between pairs of hospitals (DOMAIN.md section 3, SELF_REFERRAL: "referral loops
// between facilities sharing doctors; transfer within 3 days"). A stay followed within the
// transfer window by an admission at another hospital is a move of the patient; a move to care
// the first hospital could not give (an operation, ICU, a ventilator, a severe patient or one on
// life support to a higher class) is a transfer. Per pair of hospitals: the patients moved, those
// moved for care no higher, what the share of such moves between every other pair gives, and the
// doctors who bill at both. Built in the batch and published, so arrival reads the pair the batch read.

export const REFERRAL_PAIR_TABLE = 'fraud_referral_pairs';

/** SQL: did stay `x` bill intensive care (ICU days) or mechanical ventilation? */
const lifeSupportSql = (x: string): string => `(${x}.icu_indikator = 1 OR ${x}.ventilator_hour > 0)`;

/** SQL: is the admission `n` following the stay `b` a step up in care (a transfer, not a sham)? */
export function stepUpSql(b: string, n: string): string {
  return `((split_part(${n}.kode_inacbg, '-', 2) = '1' AND split_part(${b}.kode_inacbg, '-', 2) <> '1')
      OR (${n}.icu_indikator = 1 AND ${b}.icu_indikator = 0) OR (${n}.ventilator_hour > 0 AND ${b}.ventilator_hour = 0)
      -- a severe patient (severity III) sent to a hospital of a higher class (A above D) is escalated care
      OR (${b}.severity_rank = 3 AND ${n}.hospital_class < ${b}.hospital_class)
      -- a patient on life support (ICU or a ventilator) referred on to a hospital of a higher class that carries
      -- the intensive care on is a transfer for the bed or the skill the first hospital lacks, whatever the coded severity
      OR (${lifeSupportSql(b)} AND ${b}.discharge_status = 2 AND ${lifeSupportSql(n)} AND ${n}.hospital_class < ${b}.hospital_class))`;
}

/** SQL join condition: `n` is an inpatient admission at another hospital within `days` of the stay `b` ending. */
export function moveSql(b: string, n: string, days: number): string {
  return `(${n}.card_key = ${b}.card_key AND ${n}.facility_id <> ${b}.facility_id AND ${n}.jenis_rawat = 1
    AND ${n}.tgl_masuk BETWEEN ${b}.tgl_pulang AND ${b}.tgl_pulang + ${days})`;
}

/**
 * fraud_referral_pairs: per unordered pair of hospitals (facility_a < facility_b) with a move
 * between them, the patients moved (either way), those moved for care no higher, the count at the
 * share of every other pair (half a patient of prior), and the doctors who bill at both.
 */
export function referralPairsSql(transferWithinDays: number): string {
  return `
CREATE OR REPLACE TABLE ${REFERRAL_PAIR_TABLE} AS
WITH moves AS (
  SELECT b.card_key, least(b.facility_id, n.facility_id) AS facility_a, greatest(b.facility_id, n.facility_id) AS facility_b, ${stepUpSql('b', 'n')} AS step_up
  FROM fraud_claim_base b JOIN fraud_claim_base n ON ${moveSql('b', 'n', transferWithinDays)}
  WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4
), pairs AS (
  SELECT facility_a, facility_b, count(DISTINCT card_key) AS patients, count(DISTINCT card_key) FILTER (WHERE NOT step_up) AS lateral_patients
  FROM moves GROUP BY ALL
), doctors AS (SELECT DISTINCT facility_id, kode_dpjp FROM fraud_claim_base),
shared AS (
  SELECT p.facility_a, p.facility_b, count(*) AS shared_doctors
  FROM pairs p JOIN doctors x ON x.facility_id = p.facility_a JOIN doctors y ON y.facility_id = p.facility_b AND y.kode_dpjp = x.kode_dpjp
  GROUP BY ALL
)
SELECT p.facility_a, p.facility_b, p.patients, p.lateral_patients,
  p.patients * (sum(p.lateral_patients) OVER () - p.lateral_patients + 0.5) / (sum(p.patients) OVER () - p.patients + 1) AS lateral_expected,
  coalesce(s.shared_doctors, 0) AS shared_doctors
FROM pairs p LEFT JOIN shared s USING (facility_a, facility_b)`;
}
