// PARTICIPANT_ABUSE by a mother's card lent to her daughter (DOMAIN.md section 3: card used by
// someone else). The age table lets pregnancy codes run to 60 (a birth after 50 does happen, with
// donor eggs), so one obstetric claim of a woman of 51 is not impossible. Together with what the
// rest of her record says it is: the same card keeps attending care of an older woman's chronic
// disease (hypertension, diabetes, the menopause), in the weeks around a pregnancy that no such
// claim mentions, and one hospital bills it for card after card. Births to women aged 50 and over
// are about 0.03% of births where assisted reproduction is common (US NCHS, Births: final data
// for 2019, NVSR 70(2): 1,116 of 3.75 million), fewer where it is not.
// A delivery itself on such a card (RT-ABUSE-121: caesareans of young wives on the card of their
// husband's mother, 51-53, with no chronic care around them) is named alone, suspicious: one late
// birth after donor eggs is honest care, several at one hospital are the hospital's habit, which
// the case rule weighs by the provider's excess of the signal (claim-scores.ts SIGNAL_EXCESS).
import { literal } from '../../../data-samples/sql/index.js';
import { DELIVERY_ICD10, deliverySql } from './participant-deliveries.js';

/** ICD-10 pregnancy, childbirth and the puerperium (O00-O99) and supervision of pregnancy, delivery outcome and postpartum care (Z32-Z37, Z39). */
const OBSTETRIC_ICD10 = '^(O|Z3[2-7]|Z39)';

/**
 * ICD-10 chronic conditions of an older woman's own care: hypertensive diseases (I10-I15; in a
 * pregnancy pre-existing hypertension is coded O10), type 2 diabetes (E11; in pregnancy O24),
 * ischaemic heart disease (I20-I25), menopausal and perimenopausal disorders (N95) and primary
 * osteoarthritis (M15-M19, from 40 in the age table).
 */
const OLDER_WOMAN_CHRONIC_ICD10 = '^(I1[0-5]|E11|I2[0-5]|N95|M1[5-9])';

interface OlderMotherThresholds {
  readonly pastChildbearingAge: number;
  readonly chronicCareWindowDays: number;
  readonly minOlderMotherCards: number;
}

const anyCode = (list: string, pattern: string): string =>
  `coalesce(list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)}))), false)`;

/**
 * SELECT of hits: an obstetric claim (antenatal visit, delivery, any O or Z32-Z37/Z39 code) on the
 * card of a woman aged `pastChildbearingAge` or more, whose card has within
 * `chronicCareWindowDays` before or after it a claim for an older woman's chronic condition with
 * no obstetric code, at a facility that billed such claims for at least `minOlderMotherCards`
 * cards. Suspicious: a late mother with hypertension exists; a hospital's run of them does not.
 */
export function olderMotherCardsSql(t: OlderMotherThresholds): string {
  return `
WITH late AS (
  SELECT o.nomor_sep, o.card_key, o.facility_id, o.tgl_masuk, o.paid_amount, o.age, o.dx_list,
    list(c.nomor_sep ORDER BY c.tgl_masuk, c.nomor_sep) AS chronic_seps,
    list_distinct(flatten(list(list_filter(c.dx_list, x -> regexp_matches(x, ${literal(OLDER_WOMAN_CHRONIC_ICD10)}))))) AS chronic_dx
  FROM fraud_claim_base o JOIN fraud_claim_base c ON c.card_key = o.card_key AND c.nomor_sep <> o.nomor_sep
    AND abs(c.tgl_masuk - o.tgl_masuk) <= ${t.chronicCareWindowDays}
    AND ${anyCode('c.dx_list', OLDER_WOMAN_CHRONIC_ICD10)} AND NOT ${anyCode('c.dx_list', OBSTETRIC_ICD10)}
  WHERE o.sex = 'P' AND o.age >= ${t.pastChildbearingAge} AND ${anyCode('o.dx_list', OBSTETRIC_ICD10)}
  GROUP BY o.nomor_sep, o.card_key, o.facility_id, o.tgl_masuk, o.paid_amount, o.age, o.dx_list
), at_facility AS (
  SELECT facility_id, count(DISTINCT card_key) AS cards FROM late GROUP BY facility_id
)
SELECT l.nomor_sep, 'obstetric_care_on_older_chronic_card' AS signal, l.paid_amount AS amount_at_risk, l.chronic_seps[1:10] AS related_sep,
  format('{} on the card of a woman of {:.0f}, whose card within {} days is billed for her own {} ({}); {} cards of women aged {} or more billed like this at {}',
    array_to_string(l.dx_list, ', '), floor(l.age), ${t.chronicCareWindowDays}, array_to_string(l.chronic_dx, ', '), array_to_string(l.chronic_seps[1:10], ', '),
    f.cards, ${t.pastChildbearingAge}, l.facility_id) AS evidence_en,
  format('{} pada kartu perempuan berusia {:.0f} tahun, yang dalam {} hari juga ditagihkan untuk {} miliknya sendiri ({}); {} kartu perempuan berusia {} tahun ke atas ditagihkan seperti ini di {}',
    array_to_string(l.dx_list, ', '), floor(l.age), ${t.chronicCareWindowDays}, array_to_string(l.chronic_dx, ', '), array_to_string(l.chronic_seps[1:10], ', '),
    f.cards, ${t.pastChildbearingAge}, l.facility_id) AS evidence_id
FROM late l JOIN at_facility f ON f.facility_id = l.facility_id
WHERE f.cards >= ${t.minOlderMotherCards}`;
}

/** The holder's place on her family card (SCHEMA.md hubungan_keluarga), in words, for the evidence. */
const familyRoleSql = (b: string, lang: 'en' | 'id'): string =>
  lang === 'en'
    ? `CASE ${b}.hubungan_keluarga WHEN 'FAMILI_LAIN' THEN ', on her family card a parent or in-law of its head' WHEN 'KEPALA' THEN ', head of her family card'
        WHEN 'PASANGAN' THEN ', spouse of the head of her family card' WHEN 'ANAK' THEN ', a child of the head of her family card' ELSE '' END`
    : `CASE ${b}.hubungan_keluarga WHEN 'FAMILI_LAIN' THEN ', di Kartu Keluarganya orang tua atau mertua kepala keluarga' WHEN 'KEPALA' THEN ', kepala keluarga di Kartu Keluarganya'
        WHEN 'PASANGAN' THEN ', istri kepala keluarga di Kartu Keluarganya' WHEN 'ANAK' THEN ', anak kepala keluarga di Kartu Keluarganya' ELSE '' END`;

/**
 * SELECT of hits: a delivery (participant-deliveries.ts: a birth by code or by operation) on the card
 * of a woman aged `pastChildbearingAge` or more. Suspicious, one claim at a time: a birth after 50
 * happens (donor eggs), 3 in 10,000 births where assisted reproduction is common; one such claim at a
 * clean hospital stays under the case line (evidence 0.44), two or more patients at one hospital are
 * its excess and open the case. A code impossible for her sex or age has its certain signal already.
 */
export function deliveryPastChildbearingAgeSql(t: Pick<OlderMotherThresholds, 'pastChildbearingAge'>): string {
  const what = `array_to_string(list_concat(list_filter(b.dx_list, x -> regexp_matches(x, ${literal(DELIVERY_ICD10)})), b.px_list), ', ')`;
  return `
SELECT b.nomor_sep, 'delivery_past_childbearing_age' AS signal, b.paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Delivery ({}) on the card of a woman of {:.0f}{}; births to women aged {} or more are about 3 in 10,000 births even where assisted reproduction is common',
    ${what}, floor(b.age), ${familyRoleSql('b', 'en')}, ${t.pastChildbearingAge}) AS evidence_en,
  format('Persalinan ({}) pada kartu perempuan berusia {:.0f} tahun{}; kelahiran dari perempuan berusia {} tahun ke atas sekitar 3 per 10.000 kelahiran, bahkan di negara yang banyak memakai reproduksi berbantu',
    ${what}, floor(b.age), ${familyRoleSql('b', 'id')}, ${t.pastChildbearingAge}) AS evidence_id
FROM fraud_claim_base b
WHERE b.sex = 'P' AND b.age >= ${t.pastChildbearingAge} AND ${deliverySql('b')}
  AND len(b.age_inconsistent_codes) = 0 AND len(b.sex_inconsistent_codes) = 0`;
}
