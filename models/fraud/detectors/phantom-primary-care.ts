// PHANTOM_BILLING from the card's primary-care record (DOMAIN.md section 3): an inpatient lies in
// the hospital's ward from admission to discharge. A P-Care visit (SCHEMA.md fktp_visits: a sick
// visit is the member diagnosed and treated, a healthy visit screening, immunisation or antenatal
// care, both with the member there) of the same card strictly inside the stay, neither the day of
// admission nor of discharge, says the patient was at home. PRB medicines a relative collects are
// pharmacy claims (prb_claims), not P-Care visits. One such visit can still be a relative seen in
// the member's name or a clerk's slip (red team RT-PHANTOM-61: honest cards are recorded at home
// while treated far away), so the hospital is judged on its stays: several patients, and a share
// of its stays long enough to hold a day in between far above what slips explain. Alone, that is;
// a stay whose SEP was also issued only after its discharge (RT-PHANTOM-141: paper stays whose SEPs
// were written days later, the card at its puskesmas on the second day) has no record of the card in
// the ward at all, while P-Care has it at home: two records that each have an honest reading (a
// weekend emergency's SEP on Monday, RT-NM-SEPLATE-01; a relative seen on the card) point the same way,
// so the claim is named whatever the hospital's share.
import type { FraudSources } from '../../../features/fraud/claim-sql.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';

export const PRIMARY_CARE_THRESHOLDS = {
  minPrimaryCarePatientsAtProvider: {
    value: 3,
    source:
      "Assumption: one or two of a hospital's patients recorded at their puskesmas during their stay are slips or a relative seen in the member's name; three or more are the hospital's practice.",
  },
  minPrimaryCareShareAtProvider: {
    value: 0.25,
    source:
      "Assumption: measured on 150,000 generated members (254,439 claims), 2.3% of a hospital's patients with stays of two nights or more had a P-Care visit strictly inside a stay (median over hospitals), at most 6.6%; a quarter of them is a practice, not chance.",
  },
} satisfies Record<string, DetectorThreshold>;

export const PRIMARY_CARE_SIGNALS = {
  stay_while_examined_at_primary_care: suspicious(
    'Inpatient stay while the card was examined at its FKTP in the middle of it, at a hospital where this is a practice',
    'Rawat inap padahal kartu diperiksa di FKTP di tengah masa rawat, di RS yang sering begitu',
  ),
  // suspicious: each half has its honest reading; together on one stay they leave no sign the card was in the
  // ward. The case rule weighs the hospital's count of such stays (claim-scores.ts SIGNAL_EXCESS)
  stay_with_late_sep_while_at_primary_care: suspicious(
    'Inpatient stay whose SEP was issued after discharge, while the card was examined at its FKTP in the middle of it',
    'Rawat inap dengan SEP terbit setelah pulang, padahal kartu diperiksa di FKTP di tengah masa rawat',
  ),
};

type PrimaryCareThresholds = { readonly [K in keyof typeof PRIMARY_CARE_THRESHOLDS]: number };

/** SQL: the hit rows of stay_while_examined_at_primary_care and stay_with_late_sep_while_at_primary_care (a branch of PHANTOM_BILLING). */
export function stayAtPrimaryCareSql(t: PrimaryCareThresholds, src: Pick<FraudSources, 'fktpVisits'>): string {
  return `SELECT * FROM (
WITH v AS (
  -- inpatient stays with a P-Care visit of the card after the day of admission and before the day of discharge
  SELECT b.nomor_sep, any_value(b.card_key) AS card_key, any_value(b.facility_id) AS facility_id, any_value(b.paid_amount) AS paid_amount,
    any_value(b.tgl_masuk) AS tgl_masuk, any_value(b.tgl_pulang) AS tgl_pulang,
    list(DISTINCT v.facility_id || ' ' || strftime(v.tgl_kunjungan, '%Y-%m-%d') || ' ' || v.jenis_kunjungan || coalesce(' ' || v.diagnosa, '')) AS visits
  FROM fraud_claim_base b JOIN ${src.fktpVisits} v ON v.card_key = b.card_key AND v.tgl_kunjungan > b.tgl_masuk AND v.tgl_kunjungan < b.tgl_pulang
  WHERE b.jenis_rawat = 1
  GROUP BY b.nomor_sep
), p AS (
  SELECT facility_id, count(DISTINCT card_key) AS visited_patients FROM v GROUP BY facility_id
), s AS (
  -- the hospital's patients with a stay that has a day between admission and discharge (two nights or more)
  SELECT facility_id, count(DISTINCT card_key) AS patients FROM fraud_claim_base
  WHERE jenis_rawat = 1 AND tgl_pulang - tgl_masuk >= 2 AND facility_id IN (SELECT facility_id FROM p) GROUP BY facility_id
)
SELECT nomor_sep, 'stay_while_examined_at_primary_care' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Inpatient {} to {} while P-Care records the card at its FKTP during the stay ({}); {} of {} patients of this hospital with stays of two nights or more were recorded so',
    tgl_masuk, tgl_pulang, array_to_string(visits, '; '), visited_patients, patients) AS evidence_en,
  format('Rawat inap {} s.d. {} padahal P-Care mencatat kartu di FKTP-nya selama masa rawat ({}); {} dari {} pasien RS ini dengan rawat dua malam atau lebih tercatat begitu',
    tgl_masuk, tgl_pulang, array_to_string(visits, '; '), visited_patients, patients) AS evidence_id
FROM v JOIN p USING (facility_id) JOIN s USING (facility_id)
WHERE visited_patients >= ${t.minPrimaryCarePatientsAtProvider} AND visited_patients >= ${t.minPrimaryCareShareAtProvider} * patients
UNION ALL
SELECT v.nomor_sep, 'stay_with_late_sep_while_at_primary_care', v.paid_amount, []::VARCHAR[],
  format('Inpatient {} to {}, its SEP issued only on {}, after the discharge, while P-Care records the card at its FKTP during the stay ({})',
    v.tgl_masuk, v.tgl_pulang, b.tgl_sep, array_to_string(v.visits, '; ')),
  format('Rawat inap {} s.d. {}, SEP-nya baru terbit {}, setelah pulang, padahal P-Care mencatat kartu di FKTP-nya selama masa rawat ({})',
    v.tgl_masuk, v.tgl_pulang, b.tgl_sep, array_to_string(v.visits, '; '))
FROM v JOIN fraud_claim_base b USING (nomor_sep)
WHERE b.tgl_sep > b.tgl_pulang)`;
}
