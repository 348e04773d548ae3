// Participant abuse far below a disease's age (RT-ABUSE-31): an operation for a disease of later
// life on the claim of a card holder younger than any age the disease is found at (benign
// prostatic hyperplasia resected at 19; data-samples/reference ICD10_AGE_FLOORS, each floor with
// its source), and the card's later claims for the same disease. The range signal
// (`diagnosis_outside_its_age_range`, participant.ts) still names the diagnosis alone, as suspicious.
//
// Certain, not a suspicious signal weighted up. The record itself shows the claim should not be
// paid as billed, whichever way it is read: either someone other than the card holder was
// operated on (PARTICIPANT_ABUSE), or the holder was, for another condition than the one billed
// (then the code and its group are wrong). What keeps the range signal suspicious (a coder picking
// the age-related code for a younger patient's like condition) does not reach an operation that
// resects tissue no body of that age has: a young man obstructed at the bladder neck has it
// incised, not his prostate resected. The one honest reading left, a birth date mis-registered on
// the card, is settled on the desk by one look at the member record, and the floor sits well below
// the range's lower bound (30 against 40 for BPH), so the near ages stay with the range signal.
// A weight would not do it: the case rule knows two strengths, and one patient's suspicious hit at
// a clean hospital proves 0.25 + 0.75 x 0.25 = 0.44 (SIGNAL_EXCESS), under MIN_CASE_POSTERIOR; to
// open a case alone it would need a precision prior of at least 1/3 that no audit backs yet.
// Certain evidence still learns its precision from audits (SIGNAL_PRECISION_PRIOR).
import { ICD10_AGE_FLOORS } from '../../../data-samples/reference/icd10-age.js';
import { literal } from '../../../data-samples/sql/index.js';
import { certain } from './types.js';

/** The age-floor signals, as participant.ts declares them. */
export const PARTICIPANT_AGE_SIGNALS = Object.freeze({
  disease_treated_below_its_age: certain(
    "An operation for a disease not found at the card holder's age",
    'Operasi untuk penyakit yang tidak ditemukan pada usia pemilik kartu',
  ),
  // certain as well: the follow-up is of the person operated on, so it is the same person's care
  // whichever way the operation is read; card pairs look back only, as arrival's card history does
  follow_up_of_disease_treated_below_its_age: certain(
    "A follow-up of an operation on the card for a disease not found at the card holder's age",
    'Kontrol operasi pada kartu untuk penyakit yang tidak ditemukan pada usia pemilik kartu',
  ),
});

/** The floors as SQL VALUES: disease pattern, operation pattern, age the disease is absent before. */
function floorValuesSql(): string {
  const rows = ICD10_AGE_FLOORS.map((f) => `(${literal(f.pattern.source)}, ${literal(f.treatedBy.source)}, ${f.absentBefore}::DOUBLE)`);
  return `(VALUES ${rows.join(', ')}) AS f(dx_pattern, px_pattern, absent_before)`;
}

/**
 * Hits (HIT_COLUMNS) of the two age-floor signals. A claim whose codes are impossible for the card
 * holder's sex already carries that certain signal and is left to it. Reads fraud_claim_base and
 * fraud_card_pairs.
 */
export function diseaseTreatedBelowItsAgeSql(): string {
  return `
WITH below AS (
  SELECT b.nomor_sep, b.card_key, b.paid_amount, b.age, b.tgl_masuk, f.absent_before,
    list_filter(b.dx_list, x -> regexp_matches(x, f.dx_pattern)) AS dx,
    list_filter(b.px_list, x -> regexp_matches(x, f.px_pattern)) AS px
  FROM fraud_claim_base b JOIN ${floorValuesSql()} ON b.age < f.absent_before
  WHERE len(b.sex_inconsistent_codes) = 0
), treated AS (
  SELECT nomor_sep, any_value(paid_amount) AS paid_amount, floor(any_value(age)) AS age, any_value(tgl_masuk) AS tgl_masuk,
    flatten(list(dx)) AS dx, flatten(list(px)) AS px, min(absent_before) AS absent_before
  FROM below WHERE len(dx) > 0 AND len(px) > 0 GROUP BY nomor_sep
), follow_up AS (
  SELECT b.nomor_sep, any_value(b.paid_amount) AS paid_amount, floor(any_value(b.age)) AS age,
    list_distinct(flatten(list(b.dx))) AS dx, list(t.nomor_sep ORDER BY t.tgl_masuk, t.nomor_sep) AS related,
    min(t.tgl_masuk) AS treated_on, min(b.absent_before) AS absent_before
  FROM below b JOIN fraud_card_pairs p ON p.nomor_sep = b.nomor_sep JOIN treated t ON t.nomor_sep = p.other_sep
  WHERE len(b.dx) > 0 AND len(b.px) = 0 AND list_has_any(b.dx, t.dx)
  GROUP BY b.nomor_sep
)
SELECT nomor_sep, 'disease_treated_below_its_age' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Card holder is {:.0f} years old but the claim operates ({}) for {}, a disease not found before {:.0f}',
    age, array_to_string(px, ', '), array_to_string(list_distinct(dx), ', '), absent_before) AS evidence_en,
  format('Pemilik kartu berusia {:.0f} tahun tetapi klaim memuat operasi ({}) untuk {}, penyakit yang tidak ditemukan sebelum usia {:.0f}',
    age, array_to_string(px, ', '), array_to_string(list_distinct(dx), ', '), absent_before) AS evidence_id
FROM treated
UNION ALL
SELECT nomor_sep, 'follow_up_of_disease_treated_below_its_age', paid_amount, related,
  format('Card holder is {:.0f} years old; the claim follows up {}, operated on this card on {}, a disease not found before {:.0f}',
    age, array_to_string(dx, ', '), treated_on, absent_before),
  format('Pemilik kartu berusia {:.0f} tahun; klaim ini kontrol {}, dioperasi pada kartu ini tanggal {}, penyakit yang tidak ditemukan sebelum usia {:.0f}',
    age, array_to_string(dx, ', '), treated_on, absent_before)
FROM follow_up`;
}
