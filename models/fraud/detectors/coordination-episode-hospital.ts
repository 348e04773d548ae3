// COB_KKPAK for a work accident's own stay billed to JKN under a diagnosis that names no injury
// (DOMAIN.md section 3, "a KK/PAK case billed to both JKN and JKK"). The episode signals of
// coordination.ts match the JKN stay to the accident by a work-injury code (S and T chapters),
// so a hospital that codes the same stay by its presentation (a poisoned sprayer's vomiting and
// diarrhoea as gastroenteritis, a fall as back pain) escapes them. The stay still shows whose it
// is: the same hospital treated the accident under e-PLKK (the case's SEP carries its facility
// code, SCHEMA.md claims.nomor_sep), and in the accident's first days it admits the same worker
// again, under a JKN SEP. The honest look-alike is an illness of its own soon after a minor injury
// (red team RT-NM-KKSICK-31: pneumonia nine days into the sick leave, at the same hospital; RT-NM-
// KKLATER-01: dengue five weeks on): outside the episode window, and rare inside it.
import { literal } from '../../../data-samples/sql/index.js';
import { rupiahSql } from './evidence-rupiah.js';

interface EpisodeHospitalThresholds {
  readonly episodeDays: number;
}

/** SQL: the facility code (kode PPK) of an SEP number: its first 8 characters (SCHEMA.md claims.nomor_sep). */
const sepFacilitySql = (sep: string): string => `left(${sep}, 8)`;

/**
 * SELECT of hits: a JKN inpatient stay of the member of a KK or PAK case treated under e-PLKK, at
 * the hospital that issued the case's SEP, admitted from the accident (or the disease's diagnosis)
 * to `episodeDays` after it (the episode window of coordination.ts), whose primary diagnosis is no
 * work injury (an injury-coded stay is kkpak_episode_billed_to_jkn's, certain). Suspicious, not
 * certain: the e-PLKK case names no diagnosis, and a worker may fall ill of something else in those
 * days; one hospital doing it worker after worker is the scheme (the case rule weighs its excess).
 */
export function episodeAtAccidentHospitalSql(kkpak: string, t: EpisodeHospitalThresholds, workInjury: string): string {
  return `
SELECT b.nomor_sep, 'kkpak_stay_at_accident_hospital_billed_to_jkn' AS signal, any_value(b.paid_amount) AS amount_at_risk,
  list(DISTINCT k.case_id ORDER BY k.case_id) AS related_sep,
  format('Stay {} to {} ({}) admitted {} day(s) after {} case {} (accident {}), which this hospital treated under e-PLKK SEP {} paid by JKK ({}): the accident''s stay billed to JKN under a diagnosis that names no injury',
    any_value(b.tgl_masuk), any_value(b.tgl_pulang), array_to_string(any_value(b.dx_list), ', '), min(b.tgl_masuk - k.accident_date), any_value(k.case_type),
    any_value(k.case_id), any_value(k.accident_date), any_value(k.nomor_sep), ${rupiahSql('any_value(k.jkk_benefit_paid)')}) AS evidence_en,
  format('Rawat inap {} s.d. {} ({}) masuk {} hari setelah kasus {} {} (kecelakaan {}), yang dirawat RS ini dengan SEP e-PLKK {} dibayar JKK ({}): rawat inap kecelakaan itu ditagih ke JKN dengan diagnosis yang tidak menyebut cedera',
    any_value(b.tgl_masuk), any_value(b.tgl_pulang), array_to_string(any_value(b.dx_list), ', '), min(b.tgl_masuk - k.accident_date), any_value(k.case_type),
    any_value(k.case_id), any_value(k.accident_date), any_value(k.nomor_sep), ${rupiahSql('any_value(k.jkk_benefit_paid)')}) AS evidence_id
FROM fraud_claim_base b JOIN ${kkpak} k ON k.member_key = b.member_key AND ${sepFacilitySql('k.nomor_sep')} = b.facility_id
WHERE b.jenis_rawat = 1 AND k.nomor_sep IS NOT NULL AND k.nomor_sep <> b.nomor_sep
  AND b.tgl_masuk BETWEEN k.accident_date AND k.accident_date + ${t.episodeDays}
  AND NOT regexp_matches(b.dx_primary, ${literal(workInjury)})
  AND NOT EXISTS (SELECT 1 FROM ${kkpak} k2 WHERE k2.nomor_sep = b.nomor_sep)
GROUP BY b.nomor_sep`;
}
