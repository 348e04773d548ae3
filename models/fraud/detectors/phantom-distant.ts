// One card at two facilities too far apart during the same days (PHANTOM_BILLING, DOMAIN.md
// section 3): a transfer on the day one stay ends and the other starts is possible, so touching
// stays do not count, and when both SEPs carry times a pair whose times leave room for the flight is
// travel (sep-times.ts). The pair proves one claim a phantom, not which: the suspect half is the one
// an auditor would question (pair-suspect.ts): the facility beyond reach of the card's home while
// the other is within it, else the one outside the card's home province (or regency), else the
// facility the card uses less around the pair, else the claim billed after the other was paid. The
// other half is named as its related claim; where nothing tells them apart both are named, and the
// evidence says so.
import type { FraudSources } from '../../../features/fraud/index.js';
import { CARD_HOME_TABLE, billedAfterPaidSql, decidingKeySql, familiarClaimsSql, homeKmSql } from './pair-suspect.js';
import type { PairSuspectThresholds } from './pair-suspect.js';
import { travelPossibleSql } from './sep-times.js';

interface DistantThresholds extends PairSuspectThresholds {
  readonly distantFacilityKm: number;
  readonly travelOverheadHours: number;
  readonly travelKmPerHour: number;
}

/** SQL: how far claim `c` at facility row `f` is from the card's home (member row `m`): 0 its regency, 1 its province, 2 beyond. */
const homeDistanceSql = (c: string, f: string): string =>
  `CASE WHEN ${f}.regency_code = m.regency_code THEN 0 WHEN ${c}.facility_province = ${c}.member_province THEN 1 ELSE 2 END`;

/** SQL: the words for homeDistanceSql's value `d`, English and Indonesian. */
const homeWordsSql = (d: string, lang: 'en' | 'id'): string =>
  lang === 'en'
    ? `CASE ${d} WHEN 0 THEN 'in the card''s home regency' WHEN 1 THEN 'in the card''s home province, outside its regency' ELSE 'outside the card''s home province' END`
    : `CASE ${d} WHEN 0 THEN 'di kabupaten/kota domisili kartu' WHEN 1 THEN 'di provinsi domisili kartu, di luar kabupaten/kotanya' ELSE 'di luar provinsi domisili kartu' END`;

/** SELECT of hits: `distant_facility_overlap` on the suspect half of every distant overlapping pair (both when tied). */
export function distantFacilityOverlapSql(t: DistantThresholds, src: FraudSources): string {
  const reason = (lang: 'en' | 'id'): string =>
    lang === 'en'
      ? `CASE decided_by
      WHEN 1 THEN format('{} is {:.0f} km from the card''s home, {} is {:.0f} km from it (within reach: {} km)', facility_id, home_km_b, other_facility, home_km_o, ${t.homeReachKm})
      WHEN 2 THEN format('{} is {}, {} is {}', facility_id, ${homeWordsSql('key_b[2]', 'en')}, other_facility, ${homeWordsSql('key_o[2]', 'en')})
      WHEN 3 THEN format('the card had {} other claim(s) at {} within {} days of the pair, {} at {}', -key_b[3], facility_id, ${t.familiarFacilityDays}, -key_o[3], other_facility)
      WHEN 4 THEN format('billed on {}, after {} (billed {}) was paid', tgl_pengajuan, other_sep, other_pengajuan)
      ELSE format('which of this claim and {} the member attended the record does not tell (as far from the card''s home, facilities it uses alike, billed together): both are named', other_sep) END`
      : `CASE decided_by
      WHEN 1 THEN format('{} berjarak {:.0f} km dari domisili kartu, {} berjarak {:.0f} km (jangkauan: {} km)', facility_id, home_km_b, other_facility, home_km_o, ${t.homeReachKm})
      WHEN 2 THEN format('{} {}, {} {}', facility_id, ${homeWordsSql('key_b[2]', 'id')}, other_facility, ${homeWordsSql('key_o[2]', 'id')})
      WHEN 3 THEN format('kartu punya {} klaim lain di {} dalam {} hari dari pasangan ini, {} di {}', -key_b[3], facility_id, ${t.familiarFacilityDays}, -key_o[3], other_facility)
      WHEN 4 THEN format('ditagihkan {}, setelah {} (ditagihkan {}) dibayar', tgl_pengajuan, other_sep, other_pengajuan)
      ELSE format('mana di antara klaim ini dan {} yang didatangi peserta tidak terbaca dari rekam klaim (sama jauhnya dari domisili kartu, faskes yang sama seringnya dipakai, ditagihkan bersamaan): keduanya disebut', other_sep) END`;
  return `
WITH pairs AS (
  SELECT b.nomor_sep, o.nomor_sep AS other_sep, b.facility_id, o.facility_id AS other_facility, b.paid_amount, b.tgl_masuk, b.tgl_pulang,
    b.tgl_pengajuan, o.tgl_pengajuan AS other_pengajuan, p.distance_km, ${homeKmSql('fb', 'home')} AS home_km_b, ${homeKmSql('fo', 'home')} AS home_km_o,
    ${homeDistanceSql('b', 'fb')} AS home_b, ${homeDistanceSql('o', 'fo')} AS home_o,
    ${familiarClaimsSql('b.card_key', 'b.facility_id', 'greatest(b.tgl_masuk, o.tgl_masuk)', t.familiarFacilityDays, ['b.nomor_sep', 'o.nomor_sep'])} AS familiar_b,
    ${familiarClaimsSql('b.card_key', 'o.facility_id', 'greatest(b.tgl_masuk, o.tgl_masuk)', t.familiarFacilityDays, ['b.nomor_sep', 'o.nomor_sep'])} AS familiar_o,
    ${billedAfterPaidSql('b.tgl_pengajuan', 'o.tgl_pengajuan', t.claimPaidDays)}::INTEGER AS late_b,
    ${billedAfterPaidSql('o.tgl_pengajuan', 'b.tgl_pengajuan', t.claimPaidDays)}::INTEGER AS late_o
  FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
  LEFT JOIN ${src.members} m ON m.card_key = b.card_key LEFT JOIN ${CARD_HOME_TABLE} home ON home.card_key = b.card_key
  LEFT JOIN ${src.facilities} fb ON fb.facility_id = b.facility_id
  LEFT JOIN ${src.facilities} fo ON fo.facility_id = o.facility_id
  WHERE p.distance_km > ${t.distantFacilityKm}
    AND (p.other_masuk = b.tgl_masuk OR (p.other_masuk < b.tgl_pulang AND p.other_pulang > b.tgl_masuk))
    AND NOT coalesce(${travelPossibleSql('b', 'o', 'p.distance_km', t.travelOverheadHours, t.travelKmPerHour)}, false)
), keyed AS (
  -- beyond reach of home (unknown home: not told), outside home, unfamiliar, billed after the other was paid
  SELECT *, [coalesce(home_km_b > ${t.homeReachKm}, false)::INTEGER, home_b, -familiar_b, late_b] AS key_b,
    [coalesce(home_km_o > ${t.homeReachKm}, false)::INTEGER, home_o, -familiar_o, late_o] AS key_o
  FROM pairs
), named AS (
  SELECT *, ${decidingKeySql('key_b', 'key_o')} AS decided_by FROM keyed WHERE key_b >= key_o
)
SELECT nomor_sep, 'distant_facility_overlap' AS signal, any_value(paid_amount) AS amount_at_risk, list(other_sep ORDER BY other_sep) AS related_sep,
  format('Same card at {} during the same days ({} to {}), {:.0f} km away; {}', array_to_string(list(DISTINCT other_facility ORDER BY other_facility), ', '),
    any_value(tgl_masuk), any_value(tgl_pulang), max(distance_km), array_to_string(list(${reason('en')} ORDER BY other_sep), '; ')) AS evidence_en,
  format('Kartu yang sama di {} pada hari yang sama ({} s.d. {}), {:.0f} km jauhnya; {}', array_to_string(list(DISTINCT other_facility ORDER BY other_facility), ', '),
    any_value(tgl_masuk), any_value(tgl_pulang), max(distance_km), array_to_string(list(${reason('id')} ORDER BY other_sep), '; ')) AS evidence_id
FROM named
GROUP BY nomor_sep`;
}
