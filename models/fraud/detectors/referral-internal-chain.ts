// SELF_REFERRAL (DOMAIN.md section 3: "sham referral") inside one hospital: clinic hopping on
// internal referrals. A hospital may refer an outpatient from one of its clinics to another (an
// internal consult, asal_rujukan 2 from its own kode PPK); seen the same day it is one episode
// under one SEP. A clinic that refers the patient on to another clinic on a later day, which
// refers him on again, opens a new SEP, and a new INA-CBG outpatient tariff, at each step: the
// patient is passed along without being treated. One internal consult is ordinary care; a chain
// of two, patient after patient at one hospital, far more often than other hospitals refer
// internally like that, is the hospital multiplying its visits.
import { excessSql } from './patterns.js';
import { suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';

export const INTERNAL_CHAIN_THRESHOLDS = Object.freeze({
  internalHopDays: Object.freeze<DetectorThreshold>({
    value: 7,
    source:
      'Assumption: an internal consult booked for a later clinic day is seen within the week (clinics of a class C hospital sit on most working days); a visit on a referral written more than a week before is a planned follow-up, not the next step of a consult.',
  }),
  minChainPatients: Object.freeze<DetectorThreshold>({
    value: 3,
    source: 'Assumption, as minPairPatients: fewer than three patients passed along a chain of clinics is no practice to judge.',
  }),
  chainExcessRatio: Object.freeze<DetectorThreshold>({
    value: 2,
    source:
      'Assumption, as pairExcessRatio: twice the rate of other hospitals (chains per internal-referral visit) is a habit, not case mix.',
  }),
  chainExcessZ: Object.freeze<DetectorThreshold>({
    value: 3,
    source: "Poisson test of the hospital's chained patients against what the rate of other hospitals gives: z >= 3.",
  }),
});

type Thresholds = Readonly<Record<keyof typeof INTERNAL_CHAIN_THRESHOLDS, number>>;

export const INTERNAL_CHAIN_SIGNALS = Object.freeze({
  // suspicious: a consult that finds something may rightly send on to a third clinic; one hospital doing it for
  // patient after patient, far above other hospitals, is visits multiplied
  internal_referral_chain: suspicious(
    'Outpatient passed from clinic to clinic of one hospital on internal referrals, each on a later day under a new SEP',
    'Pasien rawat jalan dioper dari poli ke poli satu RS dengan rujukan internal, masing-masing pada hari berikutnya dengan SEP baru',
  ),
});

/**
 * SELECT of SELF_REFERRAL hits (HIT_COLUMNS): the two internally referred visits of each chain
 * visit -> internal referral -> internal referral at one hospital (each referral written on the
 * card's visit to another doctor there, and used 1 to `internalHopDays` days later), at a hospital
 * with at least `minChainPatients` such patients, above the rate of other hospitals.
 */
export function internalReferralChainSql(t: Thresholds): string {
  return `
WITH internal AS (
  SELECT n.nomor_sep, n.facility_id, n.card_key, n.tgl_masuk, n.tgl_rujukan, n.kode_dpjp, n.paid_amount
  FROM fraud_claim_base n
  WHERE n.jenis_rawat = 2 AND n.asal_rujukan = 2 AND n.ppk_rujukan = n.facility_id
), hop AS (
  SELECT n.*, v.nomor_sep AS from_sep, v.kode_dpjp AS from_dpjp
  FROM internal n JOIN fraud_claim_base v ON v.card_key = n.card_key AND v.facility_id = n.facility_id AND v.nomor_sep <> n.nomor_sep
    AND v.jenis_rawat = 2 AND v.tgl_masuk = n.tgl_rujukan AND v.kode_dpjp <> n.kode_dpjp
  WHERE n.tgl_masuk - n.tgl_rujukan BETWEEN 1 AND ${t.internalHopDays}
), chain AS (
  SELECT h2.facility_id, h2.card_key, h1.from_sep AS start_sep, h1.nomor_sep AS first_sep, h2.nomor_sep AS second_sep
  FROM hop h2 JOIN hop h1 ON h1.nomor_sep = h2.from_sep AND h1.kode_dpjp <> h2.kode_dpjp
), rate AS (
  SELECT i.facility_id, count(*) AS internal_visits, count(DISTINCT c.card_key) AS chained
  FROM internal i LEFT JOIN chain c ON c.second_sep = i.nomor_sep GROUP BY i.facility_id
), judged AS (
  SELECT r.facility_id, r.chained,
    r.internal_visits * (sum(r.chained) OVER () - r.chained) / greatest(sum(r.internal_visits) OVER () - r.internal_visits, 1) AS expected
  FROM rate r
), hit AS (
  SELECT c.first_sep AS nomor_sep, c.start_sep AS related, c.facility_id FROM chain c
  UNION
  SELECT c.second_sep, c.first_sep, c.facility_id FROM chain c
)
SELECT h.nomor_sep, 'internal_referral_chain' AS signal, any_value(i.paid_amount) AS amount_at_risk, list(DISTINCT h.related ORDER BY h.related) AS related_sep,
  format('Outpatient visit on {} on an internal referral written on {} at the visit {} to another doctor of the same hospital, itself one step of a chain of clinics; {} passed {} patients along such chains where the rate of other hospitals gives {:.1f}',
    any_value(i.tgl_masuk), any_value(i.tgl_rujukan), array_to_string(list(DISTINCT h.related ORDER BY h.related), ', '), any_value(h.facility_id), any_value(j.chained), any_value(j.expected)) AS evidence_en,
  format('Kunjungan rawat jalan {} atas rujukan internal bertanggal {} dari kunjungan {} ke dokter lain di RS yang sama, satu langkah dari rantai poli; {} mengoper {} pasien seperti ini, sedangkan laju RS lain memberi {:.1f}',
    any_value(i.tgl_masuk), any_value(i.tgl_rujukan), array_to_string(list(DISTINCT h.related ORDER BY h.related), ', '), any_value(h.facility_id), any_value(j.chained), any_value(j.expected)) AS evidence_id
FROM hit h JOIN internal i USING (nomor_sep) JOIN judged j ON j.facility_id = h.facility_id
WHERE ${excessSql('j.chained', 'j.expected', { minClaims: t.minChainPatients, ratio: t.chainExcessRatio, z: t.chainExcessZ })}
GROUP BY h.nomor_sep`;
}
