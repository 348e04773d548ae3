// The KK/PAK coordination-of-benefit detector: since e-PLKK, a work accident is paid by JKK;
// the same case billed to JKN as well (under its e-PLKK SEP, as the same episode under another
// SEP, or its follow-up care afterwards), or a worker's injury billed to JKN with no e-PLKK
// report, is the fraud the integration exists to stop (DOMAIN.md section 3). A crash on a rest
// day that fills a hospital with casualties, workers among them, is no work accident.
import { HOLIDAYS } from '../../../data-samples/reference/index.js';
import { literal, varcharList } from '../../../data-samples/sql/index.js';
import { MEMBER_LOOKBACK_DAYS } from '../../../features/fraud/index.js';
import { certain, defineDetector, suspicious } from './types.js';

/**
 * ICD-10 codes a work accident can cause (as a regular expression): injuries (S00-T14),
 * foreign bodies, burns and frostbite (T15-T35), toxic effects of non-medicinal substances
 * (T51-T65) and effects of external causes such as heat, pressure, drowning or electric
 * current (T66-T75). Not: drug poisoning (T36-T50), allergy and other adverse effects (T78),
 * complications of care (T80-T88) or sequelae (T90-T98).
 */
export const WORK_INJURY_ICD10 = '^(S|T0|T1|T2|T3[0-5]|T5[1-9]|T6|T7[0-5])';

/**
 * ICD-10 codes of follow-up care (primary diagnosis): follow-up examination after treatment
 * (Z09), orthopaedic and other surgical follow-up care (Z47, Z48), rehabilitation (Z50) and
 * convalescence (Z54). The injury they follow is coded beside them.
 */
const AFTERCARE_ICD10 = '^(Z09|Z4[78]|Z50|Z54)';

/**
 * Body regions of injuries: the blocks of ICD-10 chapter XIX (S00-S09 head ... S90-S99 ankle and
 * foot), keyed by their first two characters. T codes (multiple or unspecified regions, burns,
 * poisoning) are compared by their 3-character category instead.
 */
const INJURY_REGIONS: readonly (readonly [block: string, en: string, id: string])[] = [
  ['S0', 'head', 'kepala'],
  ['S1', 'neck', 'leher'],
  ['S2', 'thorax', 'dada'],
  ['S3', 'abdomen, lower back and pelvis', 'perut, punggung bawah dan panggul'],
  ['S4', 'shoulder and upper arm', 'bahu dan lengan atas'],
  ['S5', 'elbow and forearm', 'siku dan lengan bawah'],
  ['S6', 'wrist and hand', 'pergelangan tangan dan tangan'],
  ['S7', 'hip and thigh', 'pinggul dan paha'],
  ['S8', 'knee and lower leg', 'lutut dan tungkai bawah'],
  ['S9', 'ankle and foot', 'pergelangan kaki dan kaki'],
];

/** SQL: the distinct body regions of the work-type injury codes in the diagnosis list `dx`. */
const injuryRegionsSql = (dx: string): string =>
  `list_distinct(list_transform(list_filter(${dx}, x -> regexp_matches(x, '${WORK_INJURY_ICD10}')), x -> CASE WHEN x LIKE 'S%' THEN left(x, 2) ELSE left(x, 3) END))`;

/** SQL: the region names of `regions` (from injuryRegionsSql) in English or Indonesian, for evidence. */
const regionNamesSql = (regions: string, lang: 'en' | 'id'): string =>
  `array_to_string(list_transform(${regions}, r -> CASE r ${INJURY_REGIONS.map(([k, en, id]) => `WHEN ${literal(k)} THEN ${literal(lang === 'en' ? en : id)}`).join(' ')} ELSE r END), ', ')`;

/** SQL: is the claim `b` a worker's: a PPU card holder registered with BPJamsostek by the admission, of working age (dependants on the card are not). */
const workerSql = (b: string, minWorkingAge: number): string =>
  `(${b}.jkn_segment = 'PPU' AND ${b}.bpjstk_registered_date <= ${b}.tgl_masuk AND ${b}.age >= ${minWorkingAge})`;

/** SQL: is `day` a rest day: a Sunday, a national holiday or a collective-leave day (SKB 3 Menteri, data-samples/reference). */
const restDaySql = (day: string): string =>
  `(isodow(${day}) = 7 OR list_contains(${varcharList(HOLIDAYS.map((h) => h.date))}, strftime(${day}, '%Y-%m-%d')))`;

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
    followUpDays: {
      value: MEMBER_LOOKBACK_DAYS,
      source:
        "JKK pays a work injury's care as medically needed (PP 82/2019, DOMAIN.md section 6), so its check-ups, physiotherapy and aftercare are JKK's, not JKN's. Assumption: 90 days after the accident, the time a fracture takes to unite and most of its rehabilitation; also the card look-back (MEMBER_LOOKBACK_DAYS) that batch and arrival both see, so the first injury claim after the accident is always in view. Not above it.",
    },
    minEventPatients: {
      value: 5,
      source:
        'Assumption: 5 or more patients admitted for injuries at one facility on one day is a mass-casualty event (a crash, a fire), when they are also most of its admissions that day (eventShare).',
    },
    eventShare: {
      value: 0.5,
      source:
        "Assumption: injuries are a minority of a general hospital's admissions on an ordinary day; when they are at least half of the day's admissions, one event brought them (a large hospital's event hidden in its ordinary admissions is not recognised, and its workers keep the signal).",
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
    // certain: JKK pays the care of the injury it accepted as a work accident until it is no longer needed (PP 82/2019);
    // the same body region treated in the weeks after the reported accident is that injury's care
    kkpak_followup_billed_to_jkn: certain(
      'Follow-up care of a JKK-paid work injury billed to JKN',
      'Perawatan lanjutan cedera kecelakaan kerja yang dijamin JKK ditagih ke JKN',
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
-- follow-up care (an outpatient visit, or aftercare coded first) of a work accident JKK covers, billed to JKN: the
-- member's claims from the accident to followUpDays after it for an injury of the body region of the first JKN claim
-- for an injury after the accident (the e-PLKK report names no diagnosis, so that first claim says which injury it was),
-- on the same card (what arrival loads of the member); the accident's own episode (an injury coded first within
-- episodeDays) is the episode signals'
SELECT b.nomor_sep, 'kkpak_followup_billed_to_jkn', any_value(b.paid_amount),
  list_distinct(flatten(list([a.case_id] || CASE WHEN a.first_sep <> b.nomor_sep THEN [a.first_sep] ELSE [] END))),
  format('{} on {} ({}), {} days after work accident {} ({} days off work, JKK paid Rp{:,}): follow-up care of the injury JKK covers; the first claim for it after the accident is {} ({})',
    array_to_string(any_value(b.dx_list), ', '), any_value(b.tgl_masuk), ${regionNamesSql(injuryRegionsSql('any_value(b.dx_list)'), 'en')},
    min(b.tgl_masuk - a.accident_date), any_value(a.case_id), any_value(a.days_off), any_value(a.jkk_benefit_paid), any_value(a.first_sep), array_to_string(any_value(a.first_dx), ', ')),
  format('{} pada {} ({}), {} hari setelah kecelakaan kerja {} ({} hari tidak bekerja, dibayar JKK Rp{:,}): perawatan lanjutan cedera yang dijamin JKK; klaim pertama untuknya setelah kecelakaan adalah {} ({})',
    array_to_string(any_value(b.dx_list), ', '), any_value(b.tgl_masuk), ${regionNamesSql(injuryRegionsSql('any_value(b.dx_list)'), 'id')},
    min(b.tgl_masuk - a.accident_date), any_value(a.case_id), any_value(a.days_off), any_value(a.jkk_benefit_paid), any_value(a.first_sep), array_to_string(any_value(a.first_dx), ', '))
FROM fraud_claim_base b JOIN (
  SELECT i.card_key, k.case_id, k.accident_date, k.days_off, k.jkk_benefit_paid,
    min_by(i.nomor_sep, strftime(i.tgl_masuk, '%Y-%m-%d') || i.nomor_sep) AS first_sep,
    min_by(i.dx_list, strftime(i.tgl_masuk, '%Y-%m-%d') || i.nomor_sep) AS first_dx,
    min_by(${injuryRegionsSql('i.dx_list')}, strftime(i.tgl_masuk, '%Y-%m-%d') || i.nomor_sep) AS first_regions
  FROM ${s.kkpak} k JOIN fraud_claim_base i ON i.member_key = k.member_key
   AND i.tgl_masuk BETWEEN k.accident_date AND k.accident_date + ${t.followUpDays}
  WHERE k.case_type = 'KK' AND len(${injuryRegionsSql('i.dx_list')}) > 0
  GROUP BY ALL
) a ON a.card_key = b.card_key AND b.tgl_masuk BETWEEN a.accident_date AND a.accident_date + ${t.followUpDays}
WHERE (b.jenis_rawat = 2 OR regexp_matches(b.dx_primary, '${AFTERCARE_ICD10}'))
  AND list_has_any(${injuryRegionsSql('b.dx_list')}, a.first_regions)
  AND NOT (regexp_matches(b.dx_primary, '${WORK_INJURY_ICD10}') AND b.tgl_masuk <= a.accident_date + ${t.episodeDays})
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k2 WHERE k2.nomor_sep = b.nomor_sep)
GROUP BY b.nomor_sep
UNION ALL
-- no e-PLKK report: none of the member's cases has its accident from kkpakWindowDays after the admission back to
-- followUpDays before it (a reported accident's episode and follow-up are the signals above). Not on the day of a
-- public mass-casualty event: at least minEventPatients injured admitted at the facility, at least eventShare of its
-- admissions, someone among them no worker (a child, a non-wage earner: not a workplace), on a rest day (no commute)
SELECT b.nomor_sep, 'wage_earner_trauma_without_eplkk', b.paid_amount, []::VARCHAR[],
  format('Work-type injury {} of a registered wage earner (PPU) with no e-PLKK report of an accident from {} days before to {} days after the admission', b.dx_primary, ${t.followUpDays}, ${t.kkpakWindowDays}),
  format('Cedera jenis kecelakaan kerja {} pada pekerja penerima upah (PPU) terdaftar tanpa laporan e-PLKK atas kecelakaan dari {} hari sebelum sampai {} hari setelah masuk', b.dx_primary, ${t.followUpDays}, ${t.kkpakWindowDays})
FROM fraud_claim_base b
WHERE ${workerSql('b', t.minWorkingAge)} AND regexp_matches(b.dx_primary, '${WORK_INJURY_ICD10}')
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k WHERE k.nomor_sep = b.nomor_sep)
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k WHERE k.member_key = b.member_key
                  AND b.tgl_masuk - k.accident_date BETWEEN -${t.kkpakWindowDays} AND ${t.followUpDays})
  AND NOT EXISTS (
    SELECT 1 FROM (
      SELECT e.facility_id, e.tgl_masuk FROM fraud_claim_base e WHERE e.jenis_rawat = 1 AND ${restDaySql('e.tgl_masuk')}
      GROUP BY ALL
      HAVING count(DISTINCT e.member_key) FILTER (WHERE regexp_matches(e.dx_primary, '${WORK_INJURY_ICD10}')) >= ${t.minEventPatients}
        AND count(DISTINCT e.member_key) FILTER (WHERE regexp_matches(e.dx_primary, '${WORK_INJURY_ICD10}')) >= ${t.eventShare} * count(DISTINCT e.member_key)
        AND count(DISTINCT e.member_key) FILTER (WHERE regexp_matches(e.dx_primary, '${WORK_INJURY_ICD10}') AND NOT coalesce(${workerSql('e', t.minWorkingAge)}, false)) > 0
    ) ev WHERE ev.facility_id = b.facility_id AND ev.tgl_masuk = b.tgl_masuk)`,
});
