// Newborns read beside their family card (members sharing the pseudonymised nomor_kk,
// family_key) and the family's delivery claims. A newborn's own claim is ordinary when the baby
// is sick (SCHEMA.md: own card, registered within days, SEP on registration); two things it
// cannot be: a baby nobody on its card could have borne and no one of its family delivered
// (PHANTOM_BILLING), and a healthy baby billed beside the delivery whose tariff already pays for
// it (UNBUNDLING, Permenkes 76/2016). Cards without a family card (older extracts) are not judged.
import { NEWBORN_REGISTRATION_DAYS } from '../../../data-samples/schema/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { MEMBER_LOOKBACK_DAYS, OBSTETRIC_AGE, PERINATAL_ICD10 } from '../../../features/fraud/index.js';
import type { FraudSources } from '../../../features/fraud/index.js';

/**
 * A delivery: a labour or delivery diagnosis (ICD-10 O60-O75 complications of labour and
 * delivery, O80-O84 delivery, Z37 outcome of delivery) or an obstetric operation that delivers
 * (ICD-9-CM 72 forceps and vacuum, 73 induced and assisted delivery, 74 caesarean section).
 */
const DELIVERY_ICD10 = '^(O6[0-9]|O7[0-5]|O8[0-4]|Z37)';
const DELIVERY_ICD9CM = '^7[234][.]';
/** ICD-10 Z38: liveborn infant, coded for a baby with nothing wrong (no P00-P96 condition). */
const LIVEBORN_ICD10 = '^Z38';
/** Registry specialty of obstetricians (doctors table). */
const OBSTETRICIAN = 'SP_OG';

const anyCode = (list: string, pattern: string): string =>
  `list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)})))`;

/**
 * SQL: claim `b` is a newborn's: admitted within the neonatal period of the holder's birth
 * (NEWBORN_REGISTRATION_DAYS, the first 28 days) and coded neonatal (CMG P, or a P00-P96 or Z38 code).
 */
const newbornClaimSql = (b: string): string =>
  `(${b}.tgl_masuk BETWEEN ${b}.birth_date AND ${b}.birth_date + ${NEWBORN_REGISTRATION_DAYS}
    AND (${b}.cmg = 'P' OR ${anyCode(`${b}.dx_list`, PERINATAL_ICD10)}))`;

/**
 * SQL: claim `o` bills a delivery (DELIVERY_ICD10, DELIVERY_ICD9CM) admitted within the look-back
 * of newborn claim `b`: the family's claims arrival scoring loads, so both paths see the same.
 */
const deliverySql = (o: string, b: string): string =>
  `(${o}.tgl_masuk >= ${b}.tgl_masuk - ${MEMBER_LOOKBACK_DAYS} AND (${anyCode(`${o}.dx_list`, DELIVERY_ICD10)} OR ${anyCode(`${o}.px_list`, DELIVERY_ICD9CM)}))`;

/**
 * PHANTOM_BILLING: a newborn's claim whose family card holds no woman of an age to have borne
 * it (OBSTETRIC_AGE at the birth, any relationship: a grandchild's mother may be the head's
 * daughter) and no member of which was billed for a delivery within `deliveryToleranceDays`
 * of the birth, at any facility. Suspicious, not certain: a family card re-issued after the
 * birth may reach BPJS late, a foundling is registered by social services, a mother may be
 * uninsured (features/ingest/household-flags.ts); a hospital billing many such babies is the pattern.
 */
export function newbornWithoutMotherSql(src: FraudSources, deliveryToleranceDays: number): string {
  const { min, max } = OBSTETRIC_AGE;
  return `
WITH nb AS (
  SELECT b.* FROM fraud_claim_base b
  WHERE ${newbornClaimSql('b')} AND b.family_key IS NOT NULL AND b.hubungan_keluarga IS NOT NULL
), household AS (
  SELECT nb.nomor_sep, count(m.member_key) AS others,
    coalesce(bool_or(m.sex = 'P' AND (nb.birth_date - m.birth_date) / 365.25 BETWEEN ${min} AND ${max}), false) AS possible_mother
  FROM nb LEFT JOIN ${src.members} m ON m.family_key = nb.family_key AND m.member_key IS DISTINCT FROM nb.member_key
  GROUP BY nb.nomor_sep
)
SELECT nb.nomor_sep, 'newborn_without_mother_or_delivery' AS signal, nb.paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Newborn claim {} ({}) for a baby born {}, admitted {}: its family card holds {} other member(s), none a woman of an age to have borne it ({}-{} years), and no member of the family was billed for a delivery within {} days of the birth',
    nb.kode_inacbg, array_to_string(nb.dx_list, ', '), nb.birth_date, nb.tgl_masuk, h.others, ${min}, ${max}, ${deliveryToleranceDays}) AS evidence_en,
  format('Klaim neonatus {} ({}) untuk bayi lahir {}, masuk {}: Kartu Keluarganya memuat {} anggota lain, tidak satu pun perempuan yang cukup umur untuk melahirkannya ({}-{} tahun), dan tidak ada anggota keluarga yang ditagihkan persalinan dalam {} hari dari kelahiran',
    nb.kode_inacbg, array_to_string(nb.dx_list, ', '), nb.birth_date, nb.tgl_masuk, h.others, ${min}, ${max}, ${deliveryToleranceDays}) AS evidence_id
FROM nb JOIN household h USING (nomor_sep)
WHERE NOT h.possible_mother
  AND NOT EXISTS (SELECT 1 FROM fraud_claim_base o WHERE o.family_key = nb.family_key AND o.card_key <> nb.card_key AND ${deliverySql('o', 'nb')}
    AND o.tgl_masuk <= nb.birth_date + ${deliveryToleranceDays} AND o.tgl_pulang >= nb.birth_date - ${deliveryToleranceDays})`;
}

/**
 * UNBUNDLING: a newborn's claim (a stay or a visit) inside its mother's delivery stay at the
 * same facility (born during it, discharged by its end) with no care of its own: no procedure,
 * no intensive care or ventilation, CBG severity I at most, and either coded liveborn only (Z38)
 * or attended by the delivery's doctor or an obstetrician (a baby ill enough for care of its own
 * is under a paediatrician or a general practitioner). Permenkes 76/2016: a healthy newborn is
 * part of the mother's delivery claim. The delivery is the related claim.
 */
export function healthyNewbornApartSql(src: FraudSources): string {
  return `
SELECT b.nomor_sep, 'healthy_newborn_billed_apart' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(o.nomor_sep ORDER BY o.nomor_sep) AS related_sep,
  format('Newborn claim {} to {} ({} {}) with no care of its own (no procedure, no intensive care, CBG severity {}), attended by {}{}, inside the delivery stay {} of a woman of its family card at the same facility ({} to {}): the delivery tariff pays for a healthy newborn',
    any_value(b.tgl_masuk), any_value(b.tgl_pulang), any_value(b.kode_inacbg), array_to_string(any_value(b.dx_list), ', '), split_part(any_value(b.kode_inacbg), '-', 4),
    any_value(b.kode_dpjp), CASE WHEN bool_or(o.kode_dpjp = b.kode_dpjp) THEN ', the doctor of the delivery' ELSE '' END,
    array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '), min(o.tgl_masuk), max(o.tgl_pulang)) AS evidence_en,
  format('Klaim neonatus {} s.d. {} ({} {}) tanpa pelayanan tersendiri (tanpa tindakan, tanpa rawat intensif, keparahan CBG {}), DPJP {}{}, di dalam rawat persalinan {} seorang perempuan dari Kartu Keluarga yang sama di faskes yang sama ({} s.d. {}): tarif persalinan sudah mencakup bayi baru lahir sehat',
    any_value(b.tgl_masuk), any_value(b.tgl_pulang), any_value(b.kode_inacbg), array_to_string(any_value(b.dx_list), ', '), split_part(any_value(b.kode_inacbg), '-', 4),
    any_value(b.kode_dpjp), CASE WHEN bool_or(o.kode_dpjp = b.kode_dpjp) THEN ', dokter yang menolong persalinan' ELSE '' END,
    array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '), min(o.tgl_masuk), max(o.tgl_pulang)) AS evidence_id
FROM fraud_claim_base b
JOIN fraud_claim_base o ON o.family_key = b.family_key AND o.facility_id = b.facility_id AND o.card_key <> b.card_key
  AND o.jenis_rawat = 1 AND o.sex = 'P' AND ${deliverySql('o', 'b')}
  AND b.birth_date BETWEEN o.tgl_masuk AND o.tgl_pulang AND b.tgl_masuk >= o.tgl_masuk AND b.tgl_pulang <= o.tgl_pulang
LEFT JOIN ${src.doctors} d ON d.doctor_id = b.kode_dpjp
WHERE ${newbornClaimSql('b')}
  AND len(b.px_list) = 0 AND b.icu_los = 0 AND b.icu_indikator = 0 AND b.ventilator_hour = 0 AND b.severity_rank <= 1
  AND (list_bool_and(list_transform(b.dx_list, x -> regexp_matches(x, ${literal(LIVEBORN_ICD10)})))
       OR o.kode_dpjp = b.kode_dpjp OR d.specialty = ${literal(OBSTETRICIAN)})
GROUP BY b.nomor_sep`;
}
