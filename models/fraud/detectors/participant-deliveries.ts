// PARTICIPANT_ABUSE by the body's own calendar: two deliveries on one woman's card closer than
// a pregnancy allows (DOMAIN.md section 3: card used by someone else). After a birth, ovulation
// returns at the earliest about 25 days later in a woman who does not breastfeed (Jackson &
// Glasier, Obstet Gynecol 2011;117:657, systematic review: mean 45-94 days, earliest 25), and a
// birth needs at least 22 completed weeks of gestation (WHO ICD-10: below 22 weeks it is an
// abortion, O00-O08), i.e. 20 weeks after conception: 25 + 140 = 165 days at the very least.
import { literal } from '../../../data-samples/sql/index.js';

/**
 * ICD-10 codes of a delivery on a claim: a delivery itself (O80-O84) or its outcome (Z37, coded
 * on the mother's record of the birth). Not labour complications alone (O60-O75: preterm labour
 * without delivery, a transfer in labour), not post-partum readmissions (O85-O92).
 */
export const DELIVERY_ICD10 = '^(O8[0-4]|Z37)';
/**
 * ICD-9-CM procedures of a delivery: forceps and vacuum (72), assisted delivery, episiotomy and
 * fetal operations (73.2-73.9; not membranes ruptured or labour induced, 73.0-73.1 and 73.4, which
 * may end a pregnancy lost before viability) and caesarean section (74.0-74.2, 74.4, 74.99; not
 * 74.3 ectopic pregnancy or 74.91 hysterotomy to terminate a pregnancy).
 */
const DELIVERY_ICD9CM = '^(72[.]|73[.][235-9]|74[.][0124]|74[.]99)';
/** ICD-10 codes, as primary diagnosis, of a claim that is no birth: pregnancy with abortive outcome (O00-O08) or the puerperium (O85-O92). */
const NOT_A_BIRTH_ICD10 = '^(O0[0-8]|O8[5-9]|O9[0-2])';

interface DeliveryThresholds {
  readonly sameBirthDays: number;
  readonly minDeliveryIntervalDays: number;
}

/** SQL: the claim `b` bills a delivery (a birth: not an abortion or a puerperal readmission). */
export const deliverySql = (b: string): string =>
  `(NOT regexp_matches(coalesce(${b}.dx_primary, ''), ${literal(NOT_A_BIRTH_ICD10)})
    AND (list_bool_or(list_transform(${b}.dx_list, x -> regexp_matches(x, ${literal(DELIVERY_ICD10)})))
         OR list_bool_or(list_transform(${b}.px_list, x -> regexp_matches(x, ${literal(DELIVERY_ICD9CM)})))))`;

/**
 * SELECT of hits: a delivery admitted more than `sameBirthDays` and less than
 * `minDeliveryIntervalDays` after an earlier delivery of the same card, at any facility. Within
 * `sameBirthDays` two delivery claims are one birth (twins in one stay or a second twin's delayed
 * delivery, a transfer in labour, a resubmission: REPEAT_BILLING's). The later delivery is named:
 * the first was the card's to use; which woman held the card is the audit's question.
 */
export function deliveriesTooCloseSql(t: DeliveryThresholds): string {
  return `
WITH birth AS (SELECT nomor_sep, card_key, facility_id, tgl_masuk, paid_amount FROM fraud_claim_base b WHERE ${deliverySql('b')})
SELECT b.nomor_sep, 'deliveries_too_close_on_one_card', any_value(b.paid_amount), list(o.nomor_sep ORDER BY o.tgl_masuk),
  format('Delivery admitted {} at {}, {} days after the delivery of the same card admitted {} at {} ({}); one woman cannot give birth again in under {} days',
    any_value(b.tgl_masuk), any_value(b.facility_id), min(b.tgl_masuk - o.tgl_masuk), max(o.tgl_masuk), array_to_string(list(DISTINCT o.facility_id), ', '),
    array_to_string(list(o.nomor_sep ORDER BY o.tgl_masuk), ', '), ${t.minDeliveryIntervalDays}),
  format('Persalinan masuk {} di {}, {} hari setelah persalinan kartu yang sama masuk {} di {} ({}); satu perempuan tidak dapat melahirkan lagi dalam kurang dari {} hari',
    any_value(b.tgl_masuk), any_value(b.facility_id), min(b.tgl_masuk - o.tgl_masuk), max(o.tgl_masuk), array_to_string(list(DISTINCT o.facility_id), ', '),
    array_to_string(list(o.nomor_sep ORDER BY o.tgl_masuk), ', '), ${t.minDeliveryIntervalDays})
FROM birth b JOIN birth o ON o.card_key = b.card_key AND o.nomor_sep <> b.nomor_sep
  AND b.tgl_masuk - o.tgl_masuk > ${t.sameBirthDays} AND b.tgl_masuk - o.tgl_masuk < ${t.minDeliveryIntervalDays}
GROUP BY b.nomor_sep`;
}
