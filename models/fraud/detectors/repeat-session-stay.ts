// REPEAT_BILLING of a chemotherapy session billed once as a visit and again as a stay (DOMAIN.md
// section 3, "same claim billed twice", across settings): a day unit's infusion (an outpatient
// CBG) sent again as an overnight admission admitted that day (an inpatient CBG: another group, so
// same_episode_resubmitted, which matches groups and settings, does not see it). One dose of a
// cycle is given once; the same procedure with the same chemotherapy drug line on both claims is
// that dose billed twice. The honest look-alike is the patient admitted after the day unit (a
// reaction, neutropenic fever, vomiting): that stay treats the reaction and bills no second dose,
// and UNBUNDLING leaves a session the day of an admission alone (unbundling.ts). Dialysis and
// radiotherapy have no line of their own on the bill to prove a second session, so they stay out.
import type { DetectorThreshold } from './types.js';
import { certain } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/** ICD-9-CM 99.25: injection or infusion of a cancer chemotherapeutic substance. */
const CHEMOTHERAPY_ICD9 = '^99[.]25';

export const SESSION_STAY_THRESHOLDS = {
  maxDoseDifference: {
    value: 0.05,
    source:
      "Assumption, as REPEAT_BILLING's maxBillDifference: a dose billed again keeps its price within 5%; a regimen's next drug (another day's infusion of a multi-day regimen) is another drug at another price.",
  },
} satisfies Record<string, DetectorThreshold>;

export const SESSION_STAY_SIGNALS = {
  // certain: a cycle's dose is infused once; the stay bills the visit's procedure and its drug line again (within
  // maxDoseDifference), on the day the visit gave it, at the same hospital, for the same card
  session_billed_again_as_stay: certain(
    'A chemotherapy session billed again as an inpatient stay',
    'Sesi kemoterapi ditagih lagi sebagai rawat inap',
  ),
};

/**
 * SQL of the hits (HIT_COLUMNS): of an outpatient chemotherapy session (ICD-9-CM 99.25, a
 * chemotherapy drug line) and an inpatient stay of the same card at the same facility admitted
 * that day which bills the procedure and a drug line within `maxDoseDifference` of the session's,
 * the later submission (the higher SEP number on a tie). Reads fraud_claim_base and fraud_card_pairs.
 */
export function sessionBilledAsStaySql(t: { readonly maxDoseDifference: number }): string {
  const chemo = (c: string): string => `list_bool_or(list_transform(${c}.px_list, x -> regexp_matches(x, '${CHEMOTHERAPY_ICD9}')))`;
  const pair = `
  SELECT v.nomor_sep AS visit_sep, s.nomor_sep AS stay_sep, v.tgl_masuk AS day, v.kode_dpjp = s.kode_dpjp AS same_doctor,
    v.tarif_obat_kemoterapi AS visit_dose, s.tarif_obat_kemoterapi AS stay_dose, s.kode_inacbg AS stay_cbg, v.kode_inacbg AS visit_cbg,
    CASE WHEN s.tgl_pengajuan > v.tgl_pengajuan OR (s.tgl_pengajuan = v.tgl_pengajuan AND s.nomor_sep > v.nomor_sep) THEN s.nomor_sep ELSE v.nomor_sep END AS repeat_sep
  FROM fraud_claim_base v JOIN fraud_card_pairs p ON p.nomor_sep = v.nomor_sep JOIN fraud_claim_base s ON s.nomor_sep = p.other_sep
  WHERE v.jenis_rawat = 2 AND s.jenis_rawat = 1 AND s.facility_id = v.facility_id AND s.tgl_masuk = v.tgl_masuk
    AND ${chemo('v')} AND ${chemo('s')} AND v.tarif_obat_kemoterapi > 0
    AND abs(s.tarif_obat_kemoterapi - v.tarif_obat_kemoterapi) <= ${t.maxDoseDifference} * v.tarif_obat_kemoterapi`;
  return `
WITH pair AS (${pair})
SELECT b.nomor_sep, 'session_billed_again_as_stay' AS signal, any_value(b.paid_amount) AS amount_at_risk,
  list(DISTINCT CASE WHEN pair.repeat_sep = pair.stay_sep THEN pair.visit_sep ELSE pair.stay_sep END) AS related_sep,
  format('Chemotherapy session of {} billed twice at this hospital: outpatient {} ({}, drug line {}) and stay {} admitted that day ({}, drug line {}){}; one dose billed again',
    any_value(pair.day), any_value(pair.visit_sep), any_value(pair.visit_cbg), ${rupiahSql('any_value(pair.visit_dose)')}, any_value(pair.stay_sep), any_value(pair.stay_cbg), ${rupiahSql('any_value(pair.stay_dose)')},
    CASE WHEN bool_or(pair.same_doctor) THEN ', by the same doctor' ELSE '' END) AS evidence_en,
  format('Sesi kemoterapi {} ditagih dua kali di RS ini: rawat jalan {} ({}, obat {}) dan rawat inap {} yang masuk hari itu ({}, obat {}){}; satu dosis ditagih lagi',
    any_value(pair.day), any_value(pair.visit_sep), any_value(pair.visit_cbg), ${rupiahSql('any_value(pair.visit_dose)')}, any_value(pair.stay_sep), any_value(pair.stay_cbg), ${rupiahSql('any_value(pair.stay_dose)')},
    CASE WHEN bool_or(pair.same_doctor) THEN ', oleh dokter yang sama' ELSE '' END) AS evidence_id
FROM pair JOIN fraud_claim_base b ON b.nomor_sep = pair.repeat_sep
GROUP BY b.nomor_sep`;
}
