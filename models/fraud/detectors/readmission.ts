// READMISSION (DOMAIN.md section 3): a stay split into readmissions within 30 days by clinical
// group (ICD-10 category or CBG case-mix group), whatever the severity level or a swapped 4th digit.
import { defineDetector, suspicious } from './types.js';

export const READMISSION_DETECTOR = defineDetector({
  code: 'READMISSION',
  nameId: 'Readmisi berulang',
  nameEn: 'Repeated readmission',
  thresholds: {
    windowDays: { value: 30, source: 'DOMAIN.md: readmitted within 30 days with the same diagnosis cluster.' },
    minGapDays: { value: 2, source: 'Gaps of 0-1 days are one split episode (UNBUNDLING), not a readmission.' },
  },
  // A planned admission is no readmission: a stay whose primary diagnosis is a session of care by protocol
  // (Z49 dialysis, Z50 rehabilitation, Z51 chemotherapy or radiotherapy; CMS Planned Readmission Algorithm v4:
  // maintenance chemotherapy and rehabilitation are always planned) is left out as the readmission.
  signals: {
    same_clinical_group_readmission: suspicious('Readmission for the same clinical group', 'Rawat ulang untuk kelompok klinis yang sama'),
  },
  // The same clinical group is the same ICD-10 category (a swapped 4th digit is the same
  // condition) or the same CBG case-mix group at any severity (a regrouped severity is too).
  sql: (t) => `
SELECT b.nomor_sep, 'same_clinical_group_readmission' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(p.other_sep) AS related_sep,
  format('Readmitted {} days after {} in the same clinical group (diagnosis {} / CBG group {})', min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', '), any_value(b.dx_category), any_value(b.cbg_base)) AS evidence_en,
  format('Dirawat lagi {} hari setelah {} pada kelompok klinis yang sama (diagnosis {} / kelompok CBG {})', min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', '), any_value(b.dx_category), any_value(b.cbg_base)) AS evidence_id
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id AND NOT regexp_matches(b.dx_primary, '^Z(49|50|51)')
  AND (p.other_cbg_base = b.cbg_base OR p.other_dx_category = b.dx_category) AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN ${t.minGapDays} AND ${t.windowDays}
  AND p.other_discharge_status <> 4
GROUP BY b.nomor_sep`,
});
