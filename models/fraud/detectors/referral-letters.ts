// The referral letter behind a claim (SELF_REFERRAL, DOMAIN.md section 3: "sham referral"): the
// SEP's primary-care letter (asal_rujukan 1) traced to the P-Care visit that wrote it
// (fktp_visits.no_rujukan, SCHEMA.md), and the admitting doctor traced to the referring FKTP
// through the doctor registry's licences. Each is a branch of SELF_REFERRAL's SQL.
import type { FraudSources } from '../../../features/fraud/index.js';
import { FAMILY_COMPANION_THRESHOLDS, recurringFamilyCompanionsSql } from './phantom-family-companions.js';
import { certain, suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';

export const REFERRAL_LETTER_THRESHOLDS = Object.freeze({
  letterValidityDays: Object.freeze<DetectorThreshold>({
    value: 90,
    source: 'SCHEMA.md (claims.tgl_rujukan): a referral letter is valid 90 days.',
  }),
  letterCoverageDays: Object.freeze<DetectorThreshold>({
    value: 30,
    source:
      'Assumption: an FKTP with a P-Care visit on record within a month either side of the letter date was recording its visits in P-Care then, so a letter of its series that no visit wrote was never written there; without such a visit (an extract without fktp_visits, an FKTP not yet on P-Care) nothing is said.',
  }),
});

type LetterThresholds = Readonly<Record<keyof typeof REFERRAL_LETTER_THRESHOLDS, number>>;

export const REFERRAL_LETTER_SIGNALS = Object.freeze({
  referral_letter_without_visit: suspicious(
    'Referral letter that no primary-care (P-Care) visit wrote',
    'Surat rujukan yang tidak ditulis oleh kunjungan FKTP (P-Care) mana pun',
  ),
  // P-Care holds the letter under another card: this patient was not referred by it. Not a household's
  // (a letter of a family member mixed up at the counter is a clerical slip, not proof).
  referral_letter_of_another_patient: certain(
    'Referral letter written for another member',
    'Surat rujukan yang ditulis untuk peserta lain',
  ),
  referral_letter_to_another_hospital: suspicious('Referral letter written to another hospital', 'Surat rujukan yang ditujukan ke RS lain'),
  // A patient in a hospital bed is not at the FKTP: a letter written after the admission cannot
  // have sent the patient there, whatever date the SEP gives it (the visit's own date shows it).
  referral_written_after_admission: certain(
    'Referral letter written after the admission it is billed for (backdated)',
    'Surat rujukan ditulis setelah pasien masuk (tanggal dimundurkan)',
  ),
  // A referred SEP needs a letter in force: one past its validity (by the SEP's date or by the
  // visit that wrote it) was re-dated or reused. Suspicious: the SEP system's own check is not in DOMAIN.md.
  referral_letter_expired: suspicious(
    'Referral letter older than its 90-day validity at the admission',
    'Surat rujukan sudah melewati masa berlaku 90 hari saat pasien masuk',
  ),
  admitted_by_referring_fktp_doctor: suspicious(
    'Treated at the hospital by a doctor licensed at the FKTP that wrote the referral, for care no higher than primary care sends',
    'Dirawat di RS oleh dokter yang berizin praktik di FKTP perujuk, untuk perawatan yang tidak lebih tinggi',
  ),
});

/**
 * SQL: the care of claim `x` needs none of a specialist hospital's means: no operation or
 * intervention (INA-CBG case types 1 inpatient procedure, 2 and 3 major and significant outpatient
 * procedure), no ICU, no ventilator, not severe (severity III).
 */
export function careNoHigherSql(x: string): string {
  return `(split_part(${x}.kode_inacbg, '-', 2) NOT IN ('1', '2', '3') AND ${x}.icu_indikator = 0 AND ${x}.ventilator_hour = 0 AND ${x}.severity_rank < 3)`;
}

/** SQL: is facility `facility` one of the doctor registry row `d`'s licensed facilities (NULL without a registry row)? */
export const licensedAtSql = (d: string, facility: string): string =>
  `list_contains(string_split(${d}.licensed_facilities, '#'), ${facility})`;

/**
 * SELECT of SELF_REFERRAL hits (HIT_COLUMNS) over fraud_claim_base and the P-Care visits, members
 * and doctor registry of `s`. It reads the visits only by letter number and those of the referring
 * FKTP near the letter date, so arrival needs only those visits in its copy.
 */
export function referralLetterSql(t: LetterThresholds, s: Pick<FraudSources, 'fktpVisits' | 'members' | 'doctors'>): string {
  return `
WITH letter AS MATERIALIZED (
  -- per claim on a primary-care letter, what P-Care holds of its number
  SELECT b.nomor_sep, any_value(b.facility_id) AS facility_id, any_value(b.tgl_masuk) AS tgl_masuk, any_value(b.paid_amount) AS paid_amount,
    any_value(b.family_key) AS family_key, any_value(b.no_rujukan) AS no_rujukan, any_value(b.ppk_rujukan) AS ppk_rujukan,
    any_value(coalesce(b.tgl_rujukan, b.tgl_masuk)) AS letter_date, count(v.no_rujukan) AS visits, min(v.tgl_kunjungan) AS written,
    coalesce(bool_or(v.card_key = b.card_key), false) AS own_letter,
    coalesce(bool_or(v.card_key = b.card_key AND v.ppk_tujuan = b.facility_id), false) AS own_letter_here,
    any_value(v.ppk_tujuan) FILTER (WHERE v.card_key = b.card_key) AS addressed_to
  FROM fraud_claim_base b LEFT JOIN ${s.fktpVisits} v ON v.no_rujukan = b.no_rujukan
  WHERE b.asal_rujukan = 1 AND coalesce(b.no_rujukan, '') <> ''
  GROUP BY b.nomor_sep
), another AS (
  -- a letter P-Care holds under other cards only; a household's (a family member's letter) is left out.
  -- Joined in two steps: the members are looked up for these few letters only (measured: the
  -- household lookup folded into the first join cost 20 times the rest of the letters' CPU)
  SELECT * FROM letter WHERE visits > 0 AND NOT own_letter
), household AS (
  SELECT DISTINCT a.nomor_sep FROM another a JOIN ${s.fktpVisits} v ON v.no_rujukan = a.no_rujukan
    JOIN ${s.members} m ON m.card_key = v.card_key AND m.family_key = a.family_key
), unwritten AS (
  -- no visit wrote it, and the referring FKTP was on P-Care at the time (so the extract would hold the visit); not a
  -- family member billed again and again beside a relative's referred visit: that letter is a phantom patient's
  -- (PHANTOM_BILLING family_member_billed_beside_referred_visit, phantom-family-companions.ts), not a real patient's sham referral
  SELECT DISTINCT l.* FROM letter l JOIN ${s.fktpVisits} w ON w.facility_id = l.ppk_rujukan
    AND w.tgl_kunjungan BETWEEN l.letter_date - ${t.letterCoverageDays} AND l.letter_date + ${t.letterCoverageDays}
  WHERE l.visits = 0
    AND l.nomor_sep NOT IN (SELECT nomor_sep FROM (${recurringFamilyCompanionsSql(s, FAMILY_COMPANION_THRESHOLDS.minCompanionDays.value)}))
)
SELECT nomor_sep, 'referral_letter_without_visit' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Referral letter {} of {} dated {}: no P-Care visit wrote it, though {} recorded visits within {} days of that date', no_rujukan, ppk_rujukan, letter_date, ppk_rujukan, ${t.letterCoverageDays}) AS evidence_en,
  format('Surat rujukan {} dari {} tanggal {}: tidak ditulis oleh kunjungan P-Care mana pun, padahal {} mencatat kunjungan dalam {} hari dari tanggal itu', no_rujukan, ppk_rujukan, letter_date, ppk_rujukan, ${t.letterCoverageDays}) AS evidence_id
FROM unwritten
UNION ALL
SELECT nomor_sep, 'referral_letter_of_another_patient', paid_amount, []::VARCHAR[],
  format('Referral letter {} was written by {} on {} for another member, not for this patient', no_rujukan, ppk_rujukan, written),
  format('Surat rujukan {} ditulis oleh {} pada {} untuk peserta lain, bukan untuk pasien ini', no_rujukan, ppk_rujukan, written)
FROM another ANTI JOIN household USING (nomor_sep)
UNION ALL
SELECT nomor_sep, 'referral_letter_to_another_hospital', paid_amount, []::VARCHAR[],
  format('Referral letter {} was written by {} on {} to {}, not to {}', no_rujukan, ppk_rujukan, written, addressed_to, facility_id),
  format('Surat rujukan {} ditulis oleh {} pada {} ke {}, bukan ke {}', no_rujukan, ppk_rujukan, written, addressed_to, facility_id)
FROM letter WHERE own_letter AND NOT own_letter_here
UNION ALL
SELECT nomor_sep, 'referral_written_after_admission', paid_amount, []::VARCHAR[],
  format('Admitted {}; referral letter {} of {} dated {} on the SEP{}', tgl_masuk, no_rujukan, ppk_rujukan, letter_date,
    CASE WHEN written > tgl_masuk THEN format(', written at a P-Care visit on {} ({} day(s) after the admission)', written, written - tgl_masuk) ELSE ', after the admission' END),
  format('Masuk {}; surat rujukan {} dari {} bertanggal {} di SEP{}', tgl_masuk, no_rujukan, ppk_rujukan, letter_date,
    CASE WHEN written > tgl_masuk THEN format(', ditulis pada kunjungan P-Care {} ({} hari setelah masuk)', written, written - tgl_masuk) ELSE ', setelah pasien masuk' END)
FROM letter WHERE letter_date > tgl_masuk OR written > tgl_masuk
UNION ALL
SELECT nomor_sep, 'referral_letter_expired', paid_amount, []::VARCHAR[],
  format('Admitted {} on referral letter {} of {} written {}, {} days earlier (valid {} days)', tgl_masuk, no_rujukan, ppk_rujukan, issued, tgl_masuk - issued, ${t.letterValidityDays}),
  format('Masuk {} dengan surat rujukan {} dari {} yang ditulis {}, {} hari sebelumnya (berlaku {} hari)', tgl_masuk, no_rujukan, ppk_rujukan, issued, tgl_masuk - issued, ${t.letterValidityDays})
FROM (SELECT *, least(letter_date, coalesce(written, letter_date)) AS issued FROM letter) WHERE tgl_masuk - issued > ${t.letterValidityDays}
UNION ALL
SELECT b.nomor_sep, 'admitted_by_referring_fktp_doctor', b.paid_amount, []::VARCHAR[],
  format('Doctor {} treated the patient at {} on referral letter {} of {}, where the same doctor holds a practice licence, for care no higher than primary care sends (no operation, ICU or ventilator, severity {})',
    b.kode_dpjp, b.facility_id, b.no_rujukan, b.ppk_rujukan, b.severity_rank),
  format('Dokter {} merawat pasien di {} dengan surat rujukan {} dari {}, tempat dokter yang sama berizin praktik, untuk perawatan yang tidak lebih tinggi (tanpa operasi, ICU atau ventilator, keparahan {})',
    b.kode_dpjp, b.facility_id, b.no_rujukan, b.ppk_rujukan, b.severity_rank)
FROM fraud_claim_base b JOIN ${s.doctors} d ON d.doctor_id = b.kode_dpjp
WHERE b.asal_rujukan = 1 AND b.ppk_rujukan IS NOT NULL AND ${licensedAtSql('d', 'b.ppk_rujukan')} AND ${careNoHigherSql('b')}`;
}
