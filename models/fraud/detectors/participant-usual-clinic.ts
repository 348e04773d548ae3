// PARTICIPANT_ABUSE by a card lent for a relative's stay while its holder keeps his own clinic
// appointments far away (DOMAIN.md section 3, "card used by someone else ... one card in distant
// places the same day"; RT-ABUSE-141: fathers whose cards lapsed operated in their home town on the
// cards of sons who work in Jakarta, the son's card at his monthly internist's clinic there on the
// second day of the father's stay). A visit strictly inside a stay elsewhere is PHANTOM_BILLING's
// outpatient_visit_during_stay_elsewhere when nothing says which half the holder attended: the
// visit is then the suspect. The record says it when the visit is the holder's routine: his own
// doctor's clinic, where the card has other claims with that doctor around it, while the stay is at
// a hospital the card has no other claim at, too far for the ward to have sent the patient there
// for a session. Then the holder was at his clinic and someone else lay in the ward.
// Suspicious, not certain: the routine visit may be the one billed without the patient (a relative
// collecting the prescription), which is the phantom reading; the case rule weighs the hospital's
// count of such stays (claim-scores.ts SIGNAL_EXCESS).
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';

export const USUAL_CLINIC_THRESHOLDS = {
  minUsualClinicClaims: {
    value: 2,
    source:
      "Assumption: two other claims of the card with the visit's doctor at the visit's facility within familiarFacilityDays of it make a routine (a monthly control and the next), so the visit is the holder's own; one may be a single earlier consultation.",
  },
  minUsualClinicKm: {
    value: 100,
    source:
      'Assumption: a ward sends a patient out for a session (imaging, dialysis, a specialist opinion) to a facility nearby, within its regency or the next; 100 km and more is a day of travel each way on most Indonesian roads, which a patient in the middle of a stay does not make.',
  },
} satisfies Record<string, DetectorThreshold>;

export const USUAL_CLINIC_SIGNALS = {
  stay_while_holder_at_usual_clinic_far_away: suspicious(
    "Inpatient stay at a hospital new to the card while the card holder attended his own doctor's clinic far away",
    'Rawat inap di RS yang baru bagi kartu itu sementara pemilik kartu berobat ke poli dokternya sendiri di tempat yang jauh',
  ),
};

type UsualClinicThresholds = { readonly [K in keyof typeof USUAL_CLINIC_THRESHOLDS]: number } & { readonly familiarFacilityDays: number };

/**
 * SQL of the hits (HIT_COLUMNS): an inpatient stay with an outpatient visit of the same card on a day
 * strictly inside it (after the admission day, before the discharge day) at a facility at least
 * `minUsualClinicKm` away, where the card has `minUsualClinicClaims` other claims with the visit's
 * doctor within `familiarFacilityDays` of the visit, and no other claim at the stay's facility in that
 * window. Reads fraud_claim_base and fraud_card_pairs.
 */
export function stayWhileHolderAtUsualClinicSql(t: UsualClinicThresholds): string {
  return `SELECT * FROM (
WITH pair AS (
  SELECT b.nomor_sep, b.card_key, b.facility_id, b.paid_amount, b.tgl_masuk, b.tgl_pulang, v.nomor_sep AS visit_sep, v.facility_id AS visit_facility,
    v.kode_dpjp AS visit_doctor, v.tgl_masuk AS visit_day, p.distance_km
  FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base v ON v.nomor_sep = p.other_sep
  WHERE b.jenis_rawat = 1 AND v.jenis_rawat = 2 AND v.facility_id <> b.facility_id AND v.kode_dpjp IS NOT NULL
    AND v.tgl_masuk > b.tgl_masuk AND v.tgl_masuk < b.tgl_pulang AND p.distance_km >= ${t.minUsualClinicKm}
), counted AS (
  -- the card's other claims around the visit: with the visit's doctor at its facility, and at the stay's facility
  SELECT pair.nomor_sep, pair.facility_id, pair.paid_amount, pair.tgl_masuk, pair.tgl_pulang, pair.visit_sep, pair.visit_facility, pair.visit_doctor,
    pair.visit_day, pair.distance_km,
    count(DISTINCT c.nomor_sep) FILTER (WHERE c.facility_id = pair.visit_facility AND c.kode_dpjp = pair.visit_doctor) AS usual_claims,
    count(DISTINCT c.nomor_sep) FILTER (WHERE c.facility_id = pair.facility_id) AS stay_facility_claims
  FROM pair LEFT JOIN fraud_claim_base c ON c.card_key = pair.card_key AND c.nomor_sep <> pair.visit_sep AND c.nomor_sep <> pair.nomor_sep
    AND c.tgl_masuk BETWEEN pair.visit_day - ${t.familiarFacilityDays} AND pair.visit_day + ${t.familiarFacilityDays}
  GROUP BY ALL
)
SELECT nomor_sep, 'stay_while_holder_at_usual_clinic_far_away' AS signal, any_value(paid_amount) AS amount_at_risk, list(visit_sep ORDER BY visit_sep) AS related_sep,
  format('Inpatient at {} from {} to {}, the card''s only claim there within {} days, while the card was seen on {} at {}, {:.0f} km away, by doctor {}, who has {} other claim(s) of this card there within those days: the holder at his own clinic, someone else in the ward',
    any_value(facility_id), any_value(tgl_masuk), any_value(tgl_pulang), ${t.familiarFacilityDays}, min(visit_day), any_value(visit_facility), max(distance_km), any_value(visit_doctor), max(usual_claims)) AS evidence_en,
  format('Rawat inap di {} dari {} s.d. {}, satu-satunya klaim kartu ini di sana dalam {} hari, sementara kartu tercatat pada {} di {}, {:.0f} km jauhnya, oleh dokter {}, yang punya {} klaim lain kartu ini di sana dalam kurun itu: pemilik kartu di poli dokternya sendiri, orang lain di bangsal',
    any_value(facility_id), any_value(tgl_masuk), any_value(tgl_pulang), ${t.familiarFacilityDays}, min(visit_day), any_value(visit_facility), max(distance_km), any_value(visit_doctor), max(usual_claims)) AS evidence_id
FROM counted WHERE usual_claims >= ${t.minUsualClinicClaims} AND stay_facility_claims = 0
GROUP BY nomor_sep)`;
}
