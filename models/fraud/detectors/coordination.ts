// The KK/PAK coordination-of-benefit detector: since e-PLKK, a work accident is paid by JKK;
// the same case billed to JKN as well (under its e-PLKK SEP, as the same episode under another
// SEP, or its follow-up care afterwards), or a worker's injury billed to JKN with no e-PLKK
// report, is the fraud the integration exists to stop (DOMAIN.md section 3). An occupational
// disease (PAK) is matched by its diagnosis, not by injury codes. On a rest day most wage earners
// do not work, so a worker's injury then is no sign of an unreported work accident on its own.
import { HOLIDAYS } from '../../../data-samples/reference/index.js';
import { literal, varcharList } from '../../../data-samples/sql/index.js';
import { MEMBER_LOOKBACK_DAYS } from '../../../features/fraud/index.js';
import { episodeAtAccidentHospitalSql } from './coordination-episode-hospital.js';
import { implantRemovalAfterWorkAccidentSql } from './coordination-implants.js';
import { sickLeaveCareAtAccidentHospitalSql } from './coordination-sick-leave.js';
import { woundInfectionAfterWorkAccidentSql } from './coordination-wound.js';
import { certain, defineDetector, suspicious } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

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

/**
 * ICD-10 codes of occupational diseases (as a regular expression), after the list of Perpres
 * 7/2019 on Penyakit Akibat Kerja, which follows the ILO List of Occupational Diseases (2010):
 * infections of exposed workers (tuberculosis A15-A16, leptospirosis A27, hepatitis B and C B16-B18),
 * lung cancer and mesothelioma (C34, C45), carpal tunnel syndrome (G56.0), noise-induced hearing
 * loss (H83.3, H90-H91), occupational asthma and COPD (J44-J46), pneumoconioses and other lung
 * disease from dusts, fumes and external agents (J60-J70), contact dermatitis (L23-L25),
 * musculoskeletal disorders of repetitive or forceful work (M23 meniscus, M65 tenosynovitis,
 * M70 bursitis, M77 epicondylitis), post-traumatic stress disorder (F43.1) and toxic effects and
 * physical agents (T51-T75). Read only for a member with a PAK case: many are common off work too.
 */
const OCCUPATIONAL_DISEASE_ICD10 =
  '^(A1[56]|A27|B1[6-8]|C34|C45|G56\\.0|H83\\.3|H9[01]|J4[4-6]|J6|J70|L2[3-5]|M23|M65|M70|M77|F43\\.1|T5[1-9]|T6|T7[0-5])';

/** SQL: the distinct ICD-10 categories of the occupational-disease codes in the diagnosis list `dx`. */
const diseaseCategoriesSql = (dx: string): string =>
  `list_distinct(list_transform(list_filter(${dx}, x -> regexp_matches(x, ${literal(OCCUPATIONAL_DISEASE_ICD10)})), x -> left(x, 3)))`;

/** SQL: the distinct body regions of the work-type injury codes in the diagnosis list `dx`. */
const injuryRegionsSql = (dx: string): string =>
  `list_distinct(list_transform(list_filter(${dx}, x -> regexp_matches(x, ${literal(WORK_INJURY_ICD10)})), x -> CASE WHEN x LIKE 'S%' THEN left(x, 2) ELSE left(x, 3) END))`;

/** SQL: the region names of `regions` (from injuryRegionsSql) in English or Indonesian, for evidence. */
const regionNamesSql = (regions: string, lang: 'en' | 'id'): string =>
  `array_to_string(list_transform(${regions}, r -> CASE r ${INJURY_REGIONS.map(([k, en, id]) => `WHEN ${literal(k)} THEN ${literal(lang === 'en' ? en : id)}`).join(' ')} ELSE r END), ', ')`;

/** SQL: is the claim `b` a worker's: a PPU card holder registered with BPJamsostek by the admission, of working age (dependants on the card are not). */
const workerSql = (b: string, minWorkingAge: number): string =>
  `(${b}.jkn_segment = 'PPU' AND ${b}.bpjstk_registered_date <= ${b}.tgl_masuk AND ${b}.age >= ${minWorkingAge})`;

/**
 * SQL: is `day` a wage earner's rest day: a Sunday (UU 13/2003 art. 79: a weekly rest day) or a
 * national holiday (art. 85: no duty to work on official holidays; SKB 3 Menteri, data-samples/reference).
 * Not a collective-leave day: it is taken from annual leave, and private employers may stay open.
 */
const restDaySql = (day: string): string =>
  `(isodow(${day}) = 7 OR list_contains(${varcharList(HOLIDAYS.filter((h) => h.kind === 'LIBUR_NASIONAL').map((h) => h.date))}, strftime(${day}, '%Y-%m-%d')))`;

/**
 * SQL: did JKK take the e-PLKK case `k` on: treated under its own SEP at a partner hospital, or, without one, some
 * benefit paid or some days of temporary inability to work (STMB) recorded. A report without SEP, with no benefit and
 * no day off work though the worker was in hospital, is one BPJS Ketenagakerjaan did not accept as a work accident
 * (an injury off duty reported by a cautious employer, RT-NM-REFUSED-139): JKN is its payer, and neither its
 * episode nor its follow-up is JKK's (SCHEMA.md kkpak_cases days_off, nomor_sep, jkk_benefit_paid).
 */
const jkkTookOnCaseSql = (k: string): string => `(${k}.nomor_sep IS NOT NULL OR ${k}.jkk_benefit_paid > 0 OR ${k}.days_off > 0)`;

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
    implantRemovalWindowDays: {
      value: 730,
      source:
        'Plates and screws that fixed a fracture, when removed, come out about 12-18 months after the operation (AO Foundation guidance on implant removal; upper-limb plates not before union, 6-12 months at the earliest); assumption: two years after the accident covers them, and the removal is the last of the care JKK owes (PP 82/2019).',
    },
    minFixationDaysOff: {
      value: 28,
      source:
        'Assumption: a fracture that needed internal fixation keeps a worker off work four weeks or more (bone union takes 6-12 weeks); a shorter e-PLKK absence (days_off) was no fixed fracture.',
    },
    woundInfectionDays: {
      value: 30,
      source:
        "CDC NHSN surveillance of surgical-site infections: an infection of the wound within 30 days of the operation is attributed to it (2024 Patient Safety Component Manual, ch. 9); a traumatic wound is read the same way, an infection of it within 30 days of the accident is the accident's care.",
    },
    restDayShiftWorkers: {
      value: 3,
      source:
        "Assumption: work goes on on a rest day only where its nature requires it (Kepmenakertrans 233/2003: continuous production, transport, utilities, health care, retail...), and the detector's sources carry no employer or shift; 3 or more wage earners injured at one facility on a rest day is a shift's accident, a lone one is the worker's own time (sport, travel).",
    },
    restDayWorkerShare: {
      value: 0.5,
      source:
        'Assumption: on a rest day the injured workers must be more than half of the injured at the facility that day; a crash of families or travellers (children, non-wage earners among them) is no workplace.',
    },
  },
  signals: {
    kkpak_case_billed_to_jkn: certain('e-PLKK case billed to JKN under its SEP', 'Kasus e-PLKK ditagih ke JKN dengan SEP-nya'),
    kkpak_episode_billed_to_jkn: certain(
      'Work-accident episode paid by JKK billed to JKN again',
      'Episode kecelakaan kerja yang dibayar JKK ditagih lagi ke JKN',
    ),
    // certain: a work accident reported to e-PLKK is JKK's to pay whoever treated it (PP 44/2015; Perpres 82/2018 art. 52 excludes it from JKN),
    // once JKK took it on (jkkTookOnCaseSql: a benefit paid or days off work recorded; a refused report is JKN's)
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
    // certain: JKK pays the care of an occupational disease it accepted (PP 44/2015, PP 82/2019); the same disease's
    // visits in the weeks after its diagnosis are that care
    pak_care_billed_to_jkn: certain(
      'Care of a JKK-paid occupational disease billed to JKN',
      'Perawatan penyakit akibat kerja yang dijamin JKK ditagih ke JKN',
    ),
    // certain: the removal of a bone implant after a work accident that kept the worker off for weeks, with no other
    // fracture or fixation billed to JKN since (coordination-implants.ts), ends the accident's care JKK covers
    kkpak_implant_removal_billed_to_jkn: certain(
      'Removal of the fixation of a JKK-paid work injury billed to JKN',
      'Pengangkatan implan fiksasi cedera kecelakaan kerja yang dijamin JKK ditagih ke JKN',
    ),
    // suspicious: the e-PLKK case names no diagnosis; musculoskeletal care at the accident's hospital during the
    // sick leave with no injury code may be another complaint once, worker after worker it is the accident's care
    kkpak_sick_leave_care_billed_to_jkn: suspicious(
      "Musculoskeletal care during a work accident's sick leave billed to JKN by the hospital that treated it under e-PLKK",
      'Perawatan muskuloskeletal selama cuti sakit kecelakaan kerja ditagih ke JKN oleh RS yang merawatnya lewat e-PLKK',
    ),
    // certain: an infection of the wound is the wound's care, JKK's until healed (PP 82/2019); the claim itself
    // codes the injury beside the infection, in the weeks after the worker's reported accident (coordination-wound.ts)
    kkpak_wound_infection_billed_to_jkn: certain(
      'Infection of a JKK-paid work wound billed to JKN with the infection first',
      'Infeksi luka kecelakaan kerja yang dijamin JKK ditagih ke JKN dengan infeksi sebagai diagnosis utama',
    ),
    // suspicious: the e-PLKK case names no diagnosis; a stay at the hospital that treated the accident under e-PLKK, in
    // its first days, coded with no injury may be another illness once, worker after worker it is the accident's stay
    kkpak_stay_at_accident_hospital_billed_to_jkn: suspicious(
      "A work accident's stay billed to JKN by the hospital that treated it under e-PLKK, with no injury coded",
      'Rawat inap kecelakaan kerja ditagih ke JKN oleh RS yang merawatnya lewat e-PLKK, tanpa kode cedera',
    ),
    wage_earner_trauma_without_eplkk: suspicious("Worker's injury with no e-PLKK report", 'Cedera pekerja tanpa laporan e-PLKK'),
  },
  sql: (t, s) => `
SELECT b.nomor_sep, 'kkpak_case_billed_to_jkn' AS signal, b.paid_amount AS amount_at_risk, [k.case_id]::VARCHAR[] AS related_sep,
  format('SEP is the e-PLKK SEP of {} case {}, already paid by JKK ({})', k.case_type, k.case_id, ${rupiahSql('k.jkk_benefit_paid')}) AS evidence_en,
  format('SEP adalah SEP e-PLKK kasus {} {}, sudah dibayar JKK ({})', k.case_type, k.case_id, ${rupiahSql('k.jkk_benefit_paid')}) AS evidence_id
FROM fraud_claim_base b JOIN ${s.kkpak} k ON k.nomor_sep = b.nomor_sep
UNION ALL
SELECT b.nomor_sep, 'kkpak_episode_billed_to_jkn', any_value(b.paid_amount), list(k.case_id || ' / ' || k.nomor_sep),
  format('Injury {} admitted {} is the episode of {} case {} (accident {}), paid by JKK under SEP {}', any_value(b.dx_primary), any_value(b.tgl_masuk), any_value(k.case_type), any_value(k.case_id), any_value(k.accident_date), any_value(k.nomor_sep)),
  format('Cedera {} masuk {} adalah episode kasus {} {} (kecelakaan {}), dibayar JKK dengan SEP {}', any_value(b.dx_primary), any_value(b.tgl_masuk), any_value(k.case_type), any_value(k.case_id), any_value(k.accident_date), any_value(k.nomor_sep))
FROM fraud_claim_base b JOIN ${s.kkpak} k ON k.member_key = b.member_key
WHERE k.nomor_sep IS NOT NULL AND k.nomor_sep <> b.nomor_sep AND regexp_matches(b.dx_primary, ${literal(WORK_INJURY_ICD10)})
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
WHERE k.nomor_sep IS NULL AND k.case_type = 'KK' AND ${jkkTookOnCaseSql('k')} AND regexp_matches(b.dx_primary, ${literal(WORK_INJURY_ICD10)})
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
  format('{} on {} ({}), {} days after work accident {} ({} days off work, JKK paid {}): follow-up care of the injury JKK covers; the first claim for it after the accident is {} ({})',
    array_to_string(any_value(b.dx_list), ', '), any_value(b.tgl_masuk), ${regionNamesSql(injuryRegionsSql('any_value(b.dx_list)'), 'en')},
    min(b.tgl_masuk - a.accident_date), any_value(a.case_id), any_value(a.days_off), ${rupiahSql('any_value(a.jkk_benefit_paid)')}, any_value(a.first_sep), array_to_string(any_value(a.first_dx), ', ')),
  format('{} pada {} ({}), {} hari setelah kecelakaan kerja {} ({} hari tidak bekerja, dibayar JKK {}): perawatan lanjutan cedera yang dijamin JKK; klaim pertama untuknya setelah kecelakaan adalah {} ({})',
    array_to_string(any_value(b.dx_list), ', '), any_value(b.tgl_masuk), ${regionNamesSql(injuryRegionsSql('any_value(b.dx_list)'), 'id')},
    min(b.tgl_masuk - a.accident_date), any_value(a.case_id), any_value(a.days_off), ${rupiahSql('any_value(a.jkk_benefit_paid)')}, any_value(a.first_sep), array_to_string(any_value(a.first_dx), ', '))
FROM fraud_claim_base b JOIN (
  SELECT i.card_key, k.case_id, k.accident_date, k.days_off, k.jkk_benefit_paid,
    min_by(i.nomor_sep, strftime(i.tgl_masuk, '%Y-%m-%d') || i.nomor_sep) AS first_sep,
    min_by(i.dx_list, strftime(i.tgl_masuk, '%Y-%m-%d') || i.nomor_sep) AS first_dx,
    min_by(${injuryRegionsSql('i.dx_list')}, strftime(i.tgl_masuk, '%Y-%m-%d') || i.nomor_sep) AS first_regions
  FROM ${s.kkpak} k JOIN fraud_claim_base i ON i.member_key = k.member_key
   AND i.tgl_masuk BETWEEN k.accident_date AND k.accident_date + ${t.followUpDays}
  WHERE k.case_type = 'KK' AND ${jkkTookOnCaseSql('k')} AND len(${injuryRegionsSql('i.dx_list')}) > 0
  GROUP BY ALL
) a ON a.card_key = b.card_key AND b.tgl_masuk BETWEEN a.accident_date AND a.accident_date + ${t.followUpDays}
WHERE (b.jenis_rawat = 2 OR regexp_matches(b.dx_primary, ${literal(AFTERCARE_ICD10)}))
  AND list_has_any(${injuryRegionsSql('b.dx_list')}, a.first_regions)
  AND NOT (regexp_matches(b.dx_primary, ${literal(WORK_INJURY_ICD10)}) AND b.tgl_masuk <= a.accident_date + ${t.episodeDays})
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k2 WHERE k2.nomor_sep = b.nomor_sep)
GROUP BY b.nomor_sep
UNION ALL
-- an occupational disease (PAK) JKK covers, its care billed to JKN: the member's claims from the diagnosis to
-- followUpDays after it with an occupational-disease code of the category of the first such claim after the
-- diagnosis (the e-PLKK report names no diagnosis; that first claim says which disease it was), on the same card;
-- an injury-coded stay within episodeDays of a case with its own SEP is the episode signal's
SELECT b.nomor_sep, 'pak_care_billed_to_jkn', any_value(b.paid_amount),
  list_sort(list_distinct(flatten(list([a.case_id] || CASE WHEN a.first_sep <> b.nomor_sep THEN [a.first_sep] ELSE [] END)))),
  format('{} on {}, {} days after occupational disease {} was diagnosed (reported {}, {} days off work, JKK paid {}): care of the disease JKK covers; the first claim for it after the diagnosis is {} ({})',
    array_to_string(any_value(b.dx_list), ', '), any_value(b.tgl_masuk), min(b.tgl_masuk - a.accident_date), any_value(a.case_id), any_value(a.reported_date),
    any_value(a.days_off), ${rupiahSql('any_value(a.jkk_benefit_paid)')}, any_value(a.first_sep), array_to_string(any_value(a.first_dx), ', ')),
  format('{} pada {}, {} hari setelah penyakit akibat kerja {} didiagnosis (dilaporkan {}, {} hari tidak bekerja, dibayar JKK {}): perawatan penyakit yang dijamin JKK; klaim pertama untuknya setelah diagnosis adalah {} ({})',
    array_to_string(any_value(b.dx_list), ', '), any_value(b.tgl_masuk), min(b.tgl_masuk - a.accident_date), any_value(a.case_id), any_value(a.reported_date),
    any_value(a.days_off), ${rupiahSql('any_value(a.jkk_benefit_paid)')}, any_value(a.first_sep), array_to_string(any_value(a.first_dx), ', '))
FROM fraud_claim_base b JOIN (
  SELECT i.card_key, k.case_id, k.accident_date, k.reported_date, k.days_off, k.jkk_benefit_paid, k.nomor_sep AS case_sep,
    min_by(i.nomor_sep, strftime(i.tgl_masuk, '%Y-%m-%d') || i.nomor_sep) AS first_sep,
    min_by(i.dx_list, strftime(i.tgl_masuk, '%Y-%m-%d') || i.nomor_sep) AS first_dx,
    min_by(${diseaseCategoriesSql('i.dx_list')}, strftime(i.tgl_masuk, '%Y-%m-%d') || i.nomor_sep) AS first_categories
  FROM ${s.kkpak} k JOIN fraud_claim_base i ON i.member_key = k.member_key
   AND i.tgl_masuk BETWEEN k.accident_date AND k.accident_date + ${t.followUpDays}
  WHERE k.case_type = 'PAK' AND len(${diseaseCategoriesSql('i.dx_list')}) > 0
  GROUP BY ALL
) a ON a.card_key = b.card_key AND b.tgl_masuk BETWEEN a.accident_date AND a.accident_date + ${t.followUpDays}
WHERE list_has_any(${diseaseCategoriesSql('b.dx_list')}, a.first_categories)
  AND NOT (a.case_sep IS NOT NULL AND regexp_matches(b.dx_primary, ${literal(WORK_INJURY_ICD10)}) AND b.tgl_masuk <= a.accident_date + ${t.episodeDays})
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k2 WHERE k2.nomor_sep = b.nomor_sep)
GROUP BY b.nomor_sep
UNION ALL
SELECT * FROM (${implantRemovalAfterWorkAccidentSql(s.kkpak, t)})
UNION ALL
SELECT * FROM (${sickLeaveCareAtAccidentHospitalSql(s.kkpak, t, WORK_INJURY_ICD10)})
UNION ALL
SELECT * FROM (${woundInfectionAfterWorkAccidentSql(s.kkpak, t, WORK_INJURY_ICD10)})
UNION ALL
SELECT * FROM (${episodeAtAccidentHospitalSql(s.kkpak, t, WORK_INJURY_ICD10)})
UNION ALL
-- no e-PLKK report: none of the member's cases has its accident from kkpakWindowDays after the admission back to
-- followUpDays before it (a reported accident's episode and follow-up are the signals above). Not on a rest day
-- unless a shift was hurt: at least restDayShiftWorkers workers injured at the facility that day, more than
-- restDayWorkerShare of its injured (a bus of families on a holiday is no workplace)
SELECT b.nomor_sep, 'wage_earner_trauma_without_eplkk', b.paid_amount, []::VARCHAR[],
  format('Work-type injury {} of a registered wage earner (PPU) with no e-PLKK report of an accident from {} days before to {} days after the admission{}', b.dx_primary, ${t.followUpDays}, ${t.kkpakWindowDays},
    CASE WHEN ${restDaySql('b.tgl_masuk')} THEN format(', one of {} or more workers injured at the facility on that rest day', ${t.restDayShiftWorkers}) ELSE '' END),
  format('Cedera jenis kecelakaan kerja {} pada pekerja penerima upah (PPU) terdaftar tanpa laporan e-PLKK atas kecelakaan dari {} hari sebelum sampai {} hari setelah masuk{}', b.dx_primary, ${t.followUpDays}, ${t.kkpakWindowDays},
    CASE WHEN ${restDaySql('b.tgl_masuk')} THEN format(', satu dari {} pekerja atau lebih yang cedera di faskes pada hari libur itu', ${t.restDayShiftWorkers}) ELSE '' END)
FROM fraud_claim_base b
WHERE ${workerSql('b', t.minWorkingAge)} AND regexp_matches(b.dx_primary, ${literal(WORK_INJURY_ICD10)})
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k WHERE k.nomor_sep = b.nomor_sep)
  AND NOT EXISTS (SELECT 1 FROM ${s.kkpak} k WHERE k.member_key = b.member_key
                  AND b.tgl_masuk - k.accident_date BETWEEN -${t.kkpakWindowDays} AND ${t.followUpDays})
  AND (NOT ${restDaySql('b.tgl_masuk')} OR EXISTS (
    SELECT 1 FROM (
      SELECT e.facility_id, e.tgl_masuk FROM fraud_claim_base e
      WHERE regexp_matches(e.dx_primary, ${literal(WORK_INJURY_ICD10)}) AND ${restDaySql('e.tgl_masuk')}
      GROUP BY ALL
      HAVING count(DISTINCT e.member_key) FILTER (WHERE coalesce(${workerSql('e', t.minWorkingAge)}, false)) >= ${t.restDayShiftWorkers}
        AND count(DISTINCT e.member_key) FILTER (WHERE coalesce(${workerSql('e', t.minWorkingAge)}, false)) > ${t.restDayWorkerShare} * count(DISTINCT e.member_key)
    ) shift WHERE shift.facility_id = b.facility_id AND shift.tgl_masuk = b.tgl_masuk))`,
});
