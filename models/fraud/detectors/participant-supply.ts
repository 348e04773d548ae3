// Chronic drugs collected ahead of need across facilities (PARTICIPANT_ABUSE, DOMAIN.md section 3:
// "chronic drug refills too early"), fill by fill: the supply in hand at a fill is the fills before
// it in the window, 30 days each, less the days since the first of them. More than the tolerance,
// while the fills go to two or more facilities, is collected ahead of need (suspicious). A whole
// supply in hand proves one supply of the fills was paid twice (certain), not which: the suspect is
// the fill an auditor would question (pair-suspect.ts): the one beyond reach of the card's home while
// another is within it (a month's supply is collected near home), else the one at the facility the
// card uses least around them, else the later, else the one billed after the others were paid; the others are named
// as its related claims, and where nothing tells the fills apart every one of them is named. The suspect
// clears the others only as a regular series: a fill still collected with more than the tolerance in hand
// once the suspect's supply is taken out (two facilities alternated, every fill early) is named with it.
import type { FraudSources } from '../../../features/fraud/index.js';
import { CARD_HOME_TABLE, billedAfterPaidSql, decidingKeySql, familiarClaimsSql, homeKmSql } from './pair-suspect.js';
import type { PairSuspectThresholds } from './pair-suspect.js';

/** decided_by of a fill named with the suspect: ahead of need even without the suspect's supply. */
const UNEXPLAINED = -1;

interface SupplyThresholds extends PairSuspectThresholds {
  readonly chronicSupplyDays: number;
  readonly refillWindowDays: number;
  readonly earlyRefillDays: number;
  readonly minRefillFacilities: number;
}

/**
 * SELECT of hits: `chronic_drugs_collected_too_often` on a fill with more than `earlyRefillDays`
 * but less than a whole supply in hand; `chronic_supply_paid_twice` on the suspect fill of each
 * group a fill with a whole supply in hand closes (that fill and the fills before it in the window).
 * The suspect key, larger more suspect: the facility beyond reach of the card's home, fewer of the
 * card's claims at the fill's facility around the group, the later day, billed after the group's
 * first claim was paid. A fill of the group with more than `earlyRefillDays` in hand from the group's
 * fills before it, the suspects' taken out, is named with the suspect.
 */
export function chronicSupplySql(t: SupplyThresholds, src: FraudSources): string {
  const day = (d: string): string => `(${d} - DATE '2000-01-01')`;
  return `
WITH fills AS (
  SELECT nomor_sep, card_key, facility_id, tgl_masuk, tgl_pengajuan, tarif_obat_kronis FROM fraud_claim_base WHERE tarif_obat_kronis > 0
), held AS (
  SELECT b.nomor_sep, b.card_key, b.facility_id, b.tarif_obat_kronis, b.tgl_masuk, list(o.nomor_sep ORDER BY o.tgl_masuk, o.nomor_sep) AS earlier,
    count(*) * ${t.chronicSupplyDays} - (b.tgl_masuk - min(o.tgl_masuk)) AS in_hand, min(o.tgl_masuk) AS first_fill,
    count(DISTINCT o.facility_id) + (NOT list_contains(list(o.facility_id), b.facility_id))::INTEGER AS facilities
  FROM fills b JOIN fills o
    ON o.card_key = b.card_key AND o.nomor_sep <> b.nomor_sep
    AND o.tgl_masuk BETWEEN b.tgl_masuk - ${t.refillWindowDays} + 1 AND b.tgl_masuk
    AND (o.tgl_masuk < b.tgl_masuk OR o.nomor_sep < b.nomor_sep)
  GROUP BY b.nomor_sep, b.card_key, b.facility_id, b.tarif_obat_kronis, b.tgl_masuk
), ahead AS (
  SELECT * FROM held WHERE in_hand > ${t.earlyRefillDays} AND facilities >= ${t.minRefillFacilities}
), grouped AS (
  -- a whole supply paid twice: the fill collected with it in hand (the anchor) and the fills before it in the window
  SELECT a.nomor_sep AS anchor, a.card_key, a.tgl_masuk AS anchor_day, a.first_fill, a.in_hand, len(a.earlier) + 1 AS n_fills,
    unnest(a.earlier || [a.nomor_sep]) AS nomor_sep
  FROM ahead a WHERE a.in_hand >= ${t.chronicSupplyDays}
), keyed AS (
  SELECT g.*, f.facility_id, f.tgl_masuk, f.tgl_pengajuan, f.tarif_obat_kronis, ${homeKmSql('fac', 'home')} AS home_km,
    ${familiarClaimsSql('g.card_key', 'f.facility_id', 'g.anchor_day', t.familiarFacilityDays, ['f.nomor_sep'])} AS familiar,
    min(f.tgl_pengajuan) OVER (PARTITION BY g.anchor) AS first_billed,
    list(f.nomor_sep) OVER (PARTITION BY g.anchor) AS group_seps
  FROM grouped g JOIN fills f USING (nomor_sep)
  LEFT JOIN ${CARD_HOME_TABLE} home ON home.card_key = g.card_key
  LEFT JOIN ${src.facilities} fac ON fac.facility_id = f.facility_id
), ranked AS (
  SELECT *, max(suspect_key) OVER (PARTITION BY anchor) AS top_key
  FROM (SELECT *, [coalesce(home_km > ${t.homeReachKm}, false)::INTEGER, -familiar, ${day('tgl_masuk')}, ${billedAfterPaidSql('k.tgl_pengajuan', 'k.first_billed', t.claimPaidDays)}::INTEGER] AS suspect_key
        FROM keyed k)
), judged AS (
  SELECT *, count(*) FILTER (WHERE suspect_key = top_key) OVER (PARTITION BY anchor) AS n_suspects,
    max(CASE WHEN suspect_key < top_key THEN suspect_key END) OVER (PARTITION BY anchor) AS runner_up
  FROM ranked
), suspect_seps AS (
  SELECT anchor, list(nomor_sep ORDER BY nomor_sep) AS seps FROM judged WHERE suspect_key = top_key GROUP BY anchor
), unexplained AS (
  -- the suspect explains the group's other fills only as a regular series: a fill collected with more
  -- than the tolerance in hand from the group's fills before it, the suspects' taken out, is itself
  -- ahead of need, no refill the suspect leaves honest, and is named with it (alternating fills)
  SELECT j.*, (SELECT count(*) * ${t.chronicSupplyDays} - (j.tgl_masuk - min(e.tgl_masuk)) FROM judged e
      WHERE e.anchor = j.anchor AND e.suspect_key < e.top_key
        AND (e.tgl_masuk < j.tgl_masuk OR (e.tgl_masuk = j.tgl_masuk AND e.nomor_sep < j.nomor_sep))) AS in_hand_without
  FROM judged j WHERE j.suspect_key < j.top_key
), suspects AS (
  SELECT j.*, CASE WHEN n_suspects > 1 THEN 0 ELSE ${decidingKeySql('suspect_key', 'runner_up')} END AS decided_by, NULL::INTEGER AS in_hand_without, s.seps AS suspect_of
  FROM judged j JOIN suspect_seps s USING (anchor) WHERE suspect_key = top_key
  UNION ALL BY NAME
  SELECT u.*, ${UNEXPLAINED} AS decided_by, s.seps AS suspect_of
  FROM unexplained u JOIN suspect_seps s USING (anchor) WHERE in_hand_without > ${t.earlyRefillDays}
)
SELECT nomor_sep, 'chronic_drugs_collected_too_often' AS signal, tarif_obat_kronis AS amount_at_risk, earlier[1:10] AS related_sep,
  format('Chronic drugs collected on {} with {} days of supply still in hand from {} earlier fill(s), at {} facilities ({} days each; tolerance {} days)',
    tgl_masuk, in_hand, len(earlier), facilities, ${t.chronicSupplyDays}, ${t.earlyRefillDays}) AS evidence_en,
  format('Obat kronis diambil pada {} dengan sisa persediaan {} hari dari {} pengambilan sebelumnya, di {} faskes (masing-masing {} hari; toleransi {} hari)',
    tgl_masuk, in_hand, len(earlier), facilities, ${t.chronicSupplyDays}, ${t.earlyRefillDays}) AS evidence_id
FROM ahead WHERE in_hand < ${t.chronicSupplyDays}
UNION ALL
SELECT nomor_sep, 'chronic_supply_paid_twice', any_value(tarif_obat_kronis),
  list_sort(list_distinct(flatten(list(list_filter(group_seps, x -> x <> nomor_sep)))))[1:10],
  arg_min(format('Chronic drugs collected on {} at {}: with {} the card collected {} fills of {} days from {} to {}, {} days of supply still in hand on {}, a whole supply paid twice; {}',
    tgl_masuk, facility_id, array_to_string(list_sort(list_filter(group_seps, x -> x <> nomor_sep)), ', '), n_fills, ${t.chronicSupplyDays}, first_fill, anchor_day, in_hand, anchor_day,
    CASE decided_by
      WHEN 1 THEN format('this fill is the suspect: {} is {:.0f} km from the card''s home, beyond reach ({} km), while another fill''s facility is within it', facility_id, home_km, ${t.homeReachKm})
      WHEN 2 THEN format('this fill is the suspect: the card had {} other claim(s) at {} within {} days of {}, at least {} at the facility of each other fill', familiar, facility_id, ${t.familiarFacilityDays}, anchor_day, -runner_up[2])
      WHEN 3 THEN 'this fill is the suspect: the later fill, at a facility the card uses as often'
      WHEN 4 THEN format('this fill is the suspect: billed on {}, after the first fill''s claim (billed {}) was paid', tgl_pengajuan, first_billed)
      WHEN ${UNEXPLAINED} THEN format('named with the suspect {}: collected with {} days of supply in hand from the fills before it without the suspect''s (tolerance {} days), no regular refill', array_to_string(suspect_of, ', '), in_hand_without, ${t.earlyRefillDays})
      ELSE 'which fill is the extra one the record does not tell (facilities the card uses alike, the same day, billed together): each is named' END), (decided_by = ${UNEXPLAINED})::INTEGER || anchor),
  arg_min(format('Obat kronis diambil pada {} di {}: bersama {} kartu mengambil {} kali persediaan {} hari dari {} s.d. {}, sisa persediaan {} hari pada {}, satu persediaan penuh dibayar dua kali; {}',
    tgl_masuk, facility_id, array_to_string(list_sort(list_filter(group_seps, x -> x <> nomor_sep)), ', '), n_fills, ${t.chronicSupplyDays}, first_fill, anchor_day, in_hand, anchor_day,
    CASE decided_by
      WHEN 1 THEN format('pengambilan ini yang dicurigai: {} berjarak {:.0f} km dari domisili kartu, di luar jangkauan ({} km), sedangkan faskes pengambilan lain di dalamnya', facility_id, home_km, ${t.homeReachKm})
      WHEN 2 THEN format('pengambilan ini yang dicurigai: kartu punya {} klaim lain di {} dalam {} hari dari {}, sedikitnya {} di faskes setiap pengambilan lain', familiar, facility_id, ${t.familiarFacilityDays}, anchor_day, -runner_up[2])
      WHEN 3 THEN 'pengambilan ini yang dicurigai: pengambilan yang lebih akhir, di faskes yang sama seringnya dipakai kartu'
      WHEN 4 THEN format('pengambilan ini yang dicurigai: ditagihkan {}, setelah klaim pengambilan pertama (ditagihkan {}) dibayar', tgl_pengajuan, first_billed)
      WHEN ${UNEXPLAINED} THEN format('disebut bersama yang dicurigai {}: diambil dengan sisa persediaan {} hari dari pengambilan sebelumnya tanpa persediaan yang dicurigai (toleransi {} hari), bukan pengambilan rutin', array_to_string(suspect_of, ', '), in_hand_without, ${t.earlyRefillDays})
      ELSE 'pengambilan mana yang berlebih tidak terbaca dari rekam klaim (faskes sama seringnya dipakai, hari yang sama, ditagihkan bersamaan): semuanya disebut' END), (decided_by = ${UNEXPLAINED})::INTEGER || anchor)
FROM suspects
GROUP BY nomor_sep`;
}
