// PHANTOM_BILLING from primary-care records that put the member, in person, somewhere else
// (DOMAIN.md section 3). A single P-Care visit mid-stay is weak: a relative may be seen or collect
// drugs in the member's name, and honest cards are recorded at home while treated far away
// (RT-PHANTOM-61), so phantom-primary-care.ts names such stays only where they are a hospital's
// practice. Two records of the same day are harder to explain away:
// - a stay with, on one day strictly inside it, a P-Care sick visit of the card for its PRB
//   (chronic-programme) condition, no referral written, and a month of its PRB medication dispensed:
//   the patient's monthly control at the puskesmas, the examination and the month's supply, on a
//   day the hospital says the patient lay in its ward on its own drugs (RT-PHANTOM-151, diabetics'
//   cards billed as three-day stays). A relative collecting the tablets alone leaves a fill without
//   a visit, a slip a visit alone; a visit for another illness that refers the card on is no control
//   (measured at 150k: the one honest hit of the unnarrowed rule was such a visit).
// - an emergency visit at a hospital on the day the card had a healthy visit (screening,
//   immunisation, weighing, antenatal care: no illness, the member there) at an FKTP of another
//   regency (RT-PHANTOM-152, island schoolchildren's cards billed as evening emergencies on the
//   day they were immunised at home). A sick visit the same morning is the honest story of an
//   illness that got worse on the way (RT-NM-PHANTOM-151, ferry passengers); a healthy child is
//   rarely both immunised at home and brought to a hospital in another regency the same evening.
// Each is one card's coincidence on its own: both are suspicious, and the case rule weighs how many
// of a hospital's patients carry them (claim-scores.ts SIGNAL_EXCESS). Both read only the card's
// own records, so arrival (which loads the card's P-Care visits and PRB fills) sees what the batch sees.
import type { FraudSources } from '../../../features/fraud/claim-sql.js';
import { suspicious } from './types.js';

export const PRIMARY_CARE_PRESENCE_SIGNALS = {
  stay_while_at_primary_care_prb_control: suspicious(
    'Inpatient stay while, in the middle of it, the card was examined at its FKTP and collected a month of its chronic-programme (PRB) medication',
    'Rawat inap padahal di tengah masa rawat kartu diperiksa di FKTP-nya dan mengambil obat PRB sebulan',
  ),
  emergency_visit_on_healthy_visit_day_elsewhere: suspicious(
    'Emergency visit on the day the card had a healthy P-Care visit at an FKTP in another regency',
    'Kunjungan IGD pada hari kartu tercatat kunjungan sehat di FKTP kabupaten/kota lain',
  ),
};

/** SQL: the regency of a facility code (kode PPK: regency code, R/P/K, serial; SCHEMA.md facilities, fktp_facilities). */
const regencyOf = (facilityId: string): string => `left(${facilityId}, 4)`;

/** SQL: the hit rows of stay_while_at_primary_care_prb_control and emergency_visit_on_healthy_visit_day_elsewhere. */
export function primaryCarePresenceSql(src: Pick<FraudSources, 'fktpVisits' | 'prbClaims'>): string {
  return `SELECT * FROM (
WITH control AS (
  -- inpatient stays with a P-Care visit and a PRB fill of the card on one day after the day of admission and before the day of discharge
  SELECT b.nomor_sep, any_value(b.paid_amount) AS paid_amount, any_value(b.tgl_masuk) AS tgl_masuk, any_value(b.tgl_pulang) AS tgl_pulang,
    list(DISTINCT v.facility_id || ' ' || strftime(v.tgl_kunjungan, '%Y-%m-%d') || ' ' || v.jenis_kunjungan || coalesce(' ' || v.diagnosa, '')
      || ', PRB ' || p.diagnosa || ' ' || p.hari_obat || ' days at ' || p.apotek_id) AS controls
  FROM fraud_claim_base b
  JOIN ${src.fktpVisits} v ON v.card_key = b.card_key AND v.tgl_kunjungan > b.tgl_masuk AND v.tgl_kunjungan < b.tgl_pulang
  JOIN ${src.prbClaims} p ON p.card_key = b.card_key AND p.tgl_resep = v.tgl_kunjungan
  -- the control of the programme's condition: examined for it (its ICD-10 category among the visit's diagnoses), not sent on
  -- (a visit that writes a referral is an illness the FKTP could not handle, another story than the routine control)
  WHERE b.jenis_rawat = 1 AND v.jenis_kunjungan = 'SAKIT' AND coalesce(v.no_rujukan, '') = ''
    AND list_contains(list_transform(string_split(v.diagnosa, '#'), d -> left(d, 3)), left(p.diagnosa, 3))
  GROUP BY b.nomor_sep
), healthy AS (
  -- emergency visits (no referral needed: the SEP's service type, or without it an outpatient SEP without a referral)
  -- on the day of a healthy P-Care visit at an FKTP outside the hospital's regency
  SELECT b.nomor_sep, any_value(b.paid_amount) AS paid_amount, any_value(b.tgl_masuk) AS tgl_masuk, any_value(b.facility_id) AS facility_id,
    list(DISTINCT v.facility_id ORDER BY v.facility_id) AS fktps
  FROM fraud_claim_base b
  JOIN ${src.fktpVisits} v ON v.card_key = b.card_key AND v.tgl_kunjungan = b.tgl_masuk
  WHERE b.jenis_rawat = 2 AND coalesce(b.jenis_pelayanan = 'IGD', coalesce(b.no_rujukan, '') = '')
    AND v.jenis_kunjungan = 'SEHAT' AND coalesce(v.no_rujukan, '') = ''
    AND ${regencyOf('v.facility_id')} <> ${regencyOf('b.facility_id')}
  GROUP BY b.nomor_sep
)
SELECT nomor_sep, 'stay_while_at_primary_care_prb_control' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Inpatient {} to {} while, in the middle of the stay, P-Care records the card at its FKTP and its PRB medication dispensed the same day ({})',
    tgl_masuk, tgl_pulang, array_to_string(controls, '; ')) AS evidence_en,
  format('Rawat inap {} s.d. {} padahal di tengah masa rawat P-Care mencatat kartu di FKTP-nya dan obat PRB-nya diserahkan hari itu juga ({})',
    tgl_masuk, tgl_pulang, array_to_string(controls, '; ')) AS evidence_id
FROM control
UNION ALL
SELECT nomor_sep, 'emergency_visit_on_healthy_visit_day_elsewhere', paid_amount, []::VARCHAR[],
  format('Emergency visit on {} at {} while P-Care records a healthy visit of the card that day at {}, in another regency',
    tgl_masuk, facility_id, array_to_string(fktps, ', ')),
  format('Kunjungan IGD {} di {} padahal P-Care mencatat kunjungan sehat kartu hari itu di {}, kabupaten/kota lain',
    tgl_masuk, facility_id, array_to_string(fktps, ', '))
FROM healthy)`;
}
