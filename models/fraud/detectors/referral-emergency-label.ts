// SELF_REFERRAL (DOMAIN.md section 3: "sham referral"): planned clinic care registered as emergency
// visits. An IGD arrival needs no FKTP referral (SCHEMA.md claims jenis_pelayanan; Perpres 82/2018
// art. 47 and PMK 47/2018 on emergencies), so a hospital that books its chronic clinic patients
// through the emergency department skips the tiered referral. A verifier reads the diagnosis and the
// rhythm: controls of a stable chronic condition, no emergency by definition (PMK 47/2018 criteria:
// a threat to life, limb or function), returning at intervals, through the IGD each time, with no
// referral; and more than one such patient at the hospital, a registration habit, not one patient's
// choice.
import { literal } from '../../../data-samples/sql/index.js';
import { suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';

/**
 * ICD-10 codes of stable chronic conditions with no acute element in the code: osteoarthritis
 * M15-M19, essential hypertension I10 (a crisis is coded by its organ damage: I11-I13, I16, I67.4),
 * diabetes without complications E10.9, E11.9, E14.9 (a hypo- or hyperglycaemic emergency is E1x.0,
 * E1x.1, E16.0-E16.2), lipid disorders E78, chronic low back pain M54.5, and follow-up examinations
 * Z09 and repeat prescriptions Z76.0. Each is FKTP or clinic care (KMK HK.01.07/MENKES/1186/2022).
 */
export const STABLE_CHRONIC_ICD10 = '^(M1[5-9]|I10|E1[014]\\.9|E78|M54\\.5|Z09|Z76\\.0)';

export const EMERGENCY_LABEL_THRESHOLDS = Object.freeze({
  minEmergencyControls: Object.freeze<DetectorThreshold>({
    value: 3,
    source:
      'Assumption: three emergency visits for the same stable chronic condition are a schedule of controls (monthly, as PRB and clinic controls run), not an exacerbation met twice.',
  }),
  controlWindowDays: Object.freeze<DetectorThreshold>({
    value: 120,
    source: 'Assumption: three monthly controls fit in four months with a week either way.',
  }),
  minEmergencyControlPatients: Object.freeze<DetectorThreshold>({
    value: 2,
    source: "Assumption: two patients whose controls run through one hospital's IGD are its registration practice.",
  }),
});

type Thresholds = Readonly<Record<keyof typeof EMERGENCY_LABEL_THRESHOLDS, number>>;

export const EMERGENCY_LABEL_SIGNALS = Object.freeze({
  clinic_care_registered_as_emergency: suspicious(
    'Repeated controls of a stable chronic condition registered as emergency visits, without a referral',
    'Kontrol berulang penyakit kronis stabil dicatat sebagai kunjungan IGD, tanpa rujukan',
  ),
});

/** SELECT of SELF_REFERRAL hits (HIT_COLUMNS): the IGD visits of such control schedules. */
export function emergencyLabelSql(t: Thresholds): string {
  return `
WITH v AS (
  SELECT b.nomor_sep, b.card_key, b.facility_id, b.dx_category, b.tgl_masuk, b.paid_amount, b.kode_dpjp, b.dx_primary, b.waktu_masuk FROM fraud_claim_base b
  WHERE b.jenis_rawat = 2 AND b.jenis_pelayanan = 'IGD' AND coalesce(b.no_rujukan, '') = ''
    AND regexp_matches(coalesce(b.dx_primary, ''), ${literal(STABLE_CHRONIC_ICD10)})
), series AS (
  -- each visit with the same patient's emergency controls for the same condition at the hospital within the window around it
  SELECT a.nomor_sep, any_value(a.facility_id) AS facility_id, any_value(a.card_key) AS card_key, any_value(a.paid_amount) AS paid_amount,
    any_value(a.dx_primary) AS dx_primary, any_value(a.waktu_masuk) AS waktu_masuk, count(*) AS controls, list(o.nomor_sep ORDER BY o.nomor_sep) FILTER (WHERE o.nomor_sep <> a.nomor_sep) AS others
  FROM v a JOIN v o ON o.card_key = a.card_key AND o.facility_id = a.facility_id AND o.dx_category = a.dx_category
    AND abs(o.tgl_masuk - a.tgl_masuk) <= ${t.controlWindowDays}
  GROUP BY a.nomor_sep HAVING count(*) >= ${t.minEmergencyControls}
), hospital AS (
  SELECT facility_id, count(DISTINCT card_key) AS patients FROM series GROUP BY facility_id HAVING count(DISTINCT card_key) >= ${t.minEmergencyControlPatients}
)
SELECT s.nomor_sep, 'clinic_care_registered_as_emergency' AS signal, s.paid_amount AS amount_at_risk, coalesce(s.others, []) AS related_sep,
  format('Emergency visit{} for {}, a stable chronic condition, with no referral; the patient came through the emergency department {} times for it within {} days, and {} registered {} patients'' controls so',
    coalesce(' at ' || strftime(s.waktu_masuk, '%H:%M'), ''), s.dx_primary, s.controls, ${t.controlWindowDays}, s.facility_id, h.patients) AS evidence_en,
  format('Kunjungan IGD{} untuk {}, penyakit kronis stabil, tanpa rujukan; pasien datang melalui IGD {} kali untuk itu dalam {} hari, dan {} mencatat kontrol {} pasien seperti ini',
    coalesce(' pukul ' || strftime(s.waktu_masuk, '%H:%M'), ''), s.dx_primary, s.controls, ${t.controlWindowDays}, s.facility_id, h.patients) AS evidence_id
FROM series s JOIN hospital h USING (facility_id)`;
}
