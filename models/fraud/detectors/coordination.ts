// The KK/PAK coordination-of-benefit detector: since e-PLKK, a work accident is paid by JKK;
// the same case billed to JKN as well (under its e-PLKK SEP or as the same episode under
// another SEP), or a worker's injury billed to JKN with no e-PLKK report, is the fraud the
// integration exists to stop (DOMAIN.md section 3).
import { certain, defineDetector, suspicious } from './types.js';

/**
 * ICD-10 codes a work accident can cause (as a regular expression): injuries (S00-T14),
 * foreign bodies, burns and frostbite (T15-T35), toxic effects of non-medicinal substances
 * (T51-T65) and effects of external causes such as heat, pressure, drowning or electric
 * current (T66-T75). Not: drug poisoning (T36-T50), allergy and other adverse effects (T78),
 * complications of care (T80-T88) or sequelae (T90-T98).
 */
export const WORK_INJURY_ICD10 = '^(S|T0|T1|T2|T3[0-5]|T5[1-9]|T6|T7[0-5])';

export const COB_KKPAK_DETECTOR = defineDetector({
  code: 'COB_KKPAK',
  nameId: 'Penagihan ganda atau salah penjamin kecelakaan kerja',
  nameEn: 'Work accident billed to the wrong or to both payers',
  thresholds: {
    kkpakWindowDays: {
      value: 30,
      source:
        'Assumption: an e-PLKK report within 30 days of the admission covers the episode (employers report within 2 x 24 h, PP 44/2015; late reports take weeks).',
    },
    episodeDays: {
      value: 3,
      source:
        'Assumption: the hospital stay of a work accident starts within 3 days of the accident; a JKN claim for an injury in those days is the episode JKK paid.',
    },
    minWorkingAge: {
      value: 15,
      source:
        "UU 13/2003 art. 68-69: children may not be employed (light work from 13 to 15); an injury of a younger card holder is a dependant's.",
    },
  },
  signals: {
    kkpak_case_billed_to_jkn: certain('e-PLKK case billed to JKN under its SEP', 'Kasus e-PLKK ditagih ke JKN dengan SEP-nya'),
    kkpak_episode_billed_to_jkn: certain(
      'Work-accident episode paid by JKK billed to JKN again',
      'Episode kecelakaan kerja yang dibayar JKK ditagih lagi ke JKN',
    ),
    // certain: a work accident reported to e-PLKK is JKK's to pay whoever treated it (PP 44/2015; Perpres 82/2018 art. 52 excludes it from JKN)
    kkpak_episode_without_sep_billed_to_jkn: certain(
      'Reported work-accident episode billed to JKN (e-PLKK case without SEP)',
      'Episode kecelakaan kerja yang dilaporkan ditagih ke JKN (kasus e-PLKK tanpa SEP)',
    ),
    wage_earner_trauma_without_eplkk: suspicious("Worker's injury with no e-PLKK report", 'Cedera pekerja tanpa laporan e-PLKK'),
  },
  sql: (t, s) => `
SELECT b.nomor_sep, 'kkpak_case_billed_to_jkn' AS signal, b.paid_amount AS amount_at_risk, [k.case_id]::VARCHAR[] AS related_sep,
  format('SEP is the e-PLKK SEP of {} case {}, already paid by JKK (Rp{:,})', k.case_type, k.case_id, k.jkk_benefit_paid) AS evidence_en,
  format('SEP adalah SEP e-PLKK kasus {} {}, sudah dibayar JKK (Rp{:,})', k.case_type, k.case_id, k.jkk_benefit_paid) AS evidence_id
FROM fraud_claim_base b JOIN ${s.kkpak} k ON k.nomor_sep = b.nomor_sep
UNION ALL
SELECT b.nomor_sep, 'kkpak_episode_billed_to_jkn', any_value(b.paid_amount), list(k.case_id || ' / ' || k.nomor_sep),
  format('Injury {} admitted {} is the episode of {} case {} (accident {}), paid by JKK under SEP {}', any_value(b.dx_primary), any_value(b.tgl_masuk), any_value(k.case_type), any_value(k.case_id), any_value(k.accident_date), any_value(k.nomor_sep)),
  format('Cedera {} masuk {} adalah episode kasus {} {} (kecelakaan {}), dibayar JKK dengan SEP {}', any_value(b.dx_primary), any_value(b.tgl_masuk), any_value(k.case_type), any_value(k.case_id), any_value(k.accident_date), any_value(k.nomor_sep))
FROM fraud_claim_base b JOIN ${s.kkpak} k ON k.member_key = b.member_key
WHERE k.nomor_sep IS NOT NULL AND k.nomor_sep <> b.nomor_sep AND regexp_matches(b.dx_primary, '${WORK_INJURY_ICD10}')
  AND b.tgl_masuk BETWEEN k.accident_date AND k.accident_date + ${t.episodeDays}
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k2 WHERE k2.nomor_sep = b.nomor_sep)
GROUP BY b.nomor_sep
UNION ALL
-- the e-PLKK case carries no SEP (treated outside a JKK partner hospital, paid by reimbursement): the JKN stay
-- of the same member for a work-type injury in the days after the accident is that episode
SELECT b.nomor_sep, 'kkpak_episode_without_sep_billed_to_jkn', any_value(b.paid_amount), list(k.case_id),
  format('Injury {} admitted {} is the episode of work accident {} (accident {}, reported {}) that JKK covers; the e-PLKK case has no SEP',
    any_value(b.dx_primary), any_value(b.tgl_masuk), any_value(k.case_id), any_value(k.accident_date), any_value(k.reported_date)),
  format('Cedera {} masuk {} adalah episode kecelakaan kerja {} (kecelakaan {}, dilaporkan {}) yang dijamin JKK; kasus e-PLKK tanpa SEP',
    any_value(b.dx_primary), any_value(b.tgl_masuk), any_value(k.case_id), any_value(k.accident_date), any_value(k.reported_date))
FROM fraud_claim_base b JOIN ${s.kkpak} k ON k.member_key = b.member_key
WHERE k.nomor_sep IS NULL AND k.case_type = 'KK' AND regexp_matches(b.dx_primary, '${WORK_INJURY_ICD10}')
  AND b.tgl_masuk BETWEEN k.accident_date AND k.accident_date + ${t.episodeDays}
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k2 WHERE k2.nomor_sep = b.nomor_sep)
GROUP BY b.nomor_sep
UNION ALL
-- a worker is a PPU card holder registered with BPJamsostek by the admission, of working age: dependants on the card are not
SELECT b.nomor_sep, 'wage_earner_trauma_without_eplkk', b.paid_amount, []::VARCHAR[],
  format('Work-type injury {} of a registered wage earner (PPU) with no e-PLKK report', b.dx_primary),
  format('Cedera jenis kecelakaan kerja {} pada pekerja penerima upah (PPU) terdaftar tanpa laporan e-PLKK', b.dx_primary)
FROM fraud_claim_base b
WHERE b.jkn_segment = 'PPU' AND regexp_matches(b.dx_primary, '${WORK_INJURY_ICD10}')
  AND b.bpjstk_registered_date <= b.tgl_masuk AND b.age >= ${t.minWorkingAge}
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k WHERE k.nomor_sep = b.nomor_sep)
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k WHERE k.member_key = b.member_key
                  AND abs(k.accident_date - b.tgl_masuk) <= ${t.kkpakWindowDays})`,
});
