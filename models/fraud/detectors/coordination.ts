// The KK/PAK coordination-of-benefit detector: since e-PLKK, a work accident is paid by JKK;
// the same case billed to JKN as well, or a wage earner's trauma billed to JKN with no
// e-PLKK report, is the fraud the integration exists to stop (DOMAIN.md section 3).
import { defineDetector } from './types.js';

export const COB_KKPAK_DETECTOR = defineDetector({
  code: 'COB_KKPAK',
  nameId: 'Penagihan ganda atau salah penjamin kecelakaan kerja',
  nameEn: 'Work accident billed to the wrong or to both payers',
  thresholds: {
    kkpakWindowDays: { value: 30, source: 'Assumption: an e-PLKK report within 30 days of the admission covers the episode (employers report within 2 x 24 h, PP 44/2015; late reports take weeks).' },
  },
  sql: (t, s) => `
SELECT b.nomor_sep, 'kkpak_case_billed_to_jkn' AS signal, b.paid_amount AS amount_at_risk, [k.case_id]::VARCHAR[] AS related_sep,
  format('SEP is the e-PLKK SEP of {} case {}, already paid by JKK (Rp{:,})', k.case_type, k.case_id, k.jkk_benefit_paid) AS evidence_en,
  format('SEP adalah SEP e-PLKK kasus {} {}, sudah dibayar JKK (Rp{:,})', k.case_type, k.case_id, k.jkk_benefit_paid) AS evidence_id
FROM fraud_claim_base b JOIN ${s.kkpak} k ON k.nomor_sep = b.nomor_sep
UNION ALL
SELECT b.nomor_sep, 'wage_earner_trauma_without_eplkk', b.paid_amount, []::VARCHAR[],
  format('Trauma diagnosis {} of a wage earner (PPU) with no e-PLKK report', b.dx_primary),
  format('Diagnosis trauma {} pada peserta PPU tanpa laporan e-PLKK', b.dx_primary)
FROM fraud_claim_base b
WHERE b.jkn_segment = 'PPU' AND left(b.dx_primary, 1) IN ('S', 'T')
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k WHERE k.nomor_sep = b.nomor_sep)
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k WHERE k.member_key = b.member_key
                  AND abs(k.accident_date - b.tgl_masuk) <= ${t.kkpakWindowDays})`,
});
