// Chronic drugs refilled faster than they are taken, at one facility as well as across several
// (PARTICIPANT_ABUSE, DOMAIN.md section 3: "chronic drug refills too early"; SCHEMA.md: an honest
// member holds one 30-day supply at a time, Permenkes 28/2014). A member who comes back every
// three weeks for a month's drugs is never far ahead at any one fill (nine days at the first),
// so the fill-by-fill tolerance misses it; the series is what a pharmacist reads: the supply
// dispensed over the weeks against the days it had to last.
import { literal } from '../../../data-samples/sql/index.js';
import { prbGroupSql } from './prb-supply.js';

/**
 * Primary diagnoses whose visits are sessions of a protocol, not a month's supply refilled: an
 * encounter for dialysis (Z49) or for chemotherapy or radiotherapy (Z51), and the neoplasms
 * (C00-D48), whose drugs follow the regimen's cycle (every 14-28 days; Permenkes 28/2014 puts
 * the 30-day chronic supply on the chronic programme's conditions, cancer drugs are paid by
 * their own special CMG). A chemotherapy course every three weeks is not drugs taken ahead of use.
 */
const PROTOCOL_SESSION_DX = '^(Z49|Z51|C|D[0-4])';

interface RefillSeriesThresholds {
  readonly chronicSupplyDays: number;
  readonly earlyRefillDays: number;
  readonly refillSeriesDays: number;
  readonly minSeriesFills: number;
  readonly maxRefillPace: number;
}

/**
 * SQL: the condition of a chronic-drug fill: the chronic programme's condition group of its primary
 * diagnosis (prb-supply.ts: an antihypertensive and an antidiabetic are two supplies), else the
 * ICD-10 category. Two conditions' monthly controls are two supplies, not one taken twice as fast.
 */
const conditionSql = (dx: string): string => `coalesce(${prbGroupSql(dx)}, left(${dx}, 3))`;

/**
 * SELECT of hits: a claim billing chronic drugs (tarif_obat_kronis) whose card's fills of the same
 * condition within `refillSeriesDays` before and after it (at any facility, the claim's own among
 * them), at least `minSeriesFills` of them, left more than `earlyRefillDays` of supply in hand at
 * the last: `chronicSupplyDays` per fill before the last, less the days from the first to the
 * last (the medication possession of the series, counted as a pharmacy counts supply), and paced
 * faster than `maxRefillPace` supply-days a day (one control brought forward is not a pace). Every
 * fill of such a series is named, the first early one too: each came before the supply ran out.
 */
export function refillsAheadOfUseSql(t: RefillSeriesThresholds): string {
  return `
WITH fills AS (
  SELECT nomor_sep, card_key, facility_id, tgl_masuk, tarif_obat_kronis, dx_primary, ${conditionSql('dx_primary')} AS condition
  FROM fraud_claim_base WHERE tarif_obat_kronis > 0 AND NOT regexp_matches(dx_primary, ${literal(PROTOCOL_SESSION_DX)})
), paced AS (
  -- the series' pace first, from counts and dates alone: its facilities and the names of its fills are gathered for
  -- the few series ahead of use (gathered for every fill, PARTICIPANT_ABUSE took 0.58 CPU s at 170,896 claims, 0.33 so)
  SELECT b.nomor_sep, count(*) AS n, min(o.tgl_masuk) AS first_fill, max(o.tgl_masuk) AS last_fill,
    (count(*) - 1) * ${t.chronicSupplyDays} - (max(o.tgl_masuk) - min(o.tgl_masuk)) AS in_hand
  FROM fills b JOIN fills o ON o.card_key = b.card_key AND o.condition = b.condition
    AND o.tgl_masuk BETWEEN b.tgl_masuk - ${t.refillSeriesDays} AND b.tgl_masuk + ${t.refillSeriesDays}
  GROUP BY b.nomor_sep
  HAVING n >= ${t.minSeriesFills} AND in_hand > ${t.earlyRefillDays} AND (n - 1) * ${t.chronicSupplyDays} > ${t.maxRefillPace} * (last_fill - first_fill)
), series AS (
  SELECT b.nomor_sep, any_value(b.tarif_obat_kronis) AS tarif_obat_kronis, any_value(b.tgl_masuk) AS tgl_masuk, any_value(b.condition) AS condition,
    any_value(p.n) AS n, any_value(p.first_fill) AS first_fill, any_value(p.last_fill) AS last_fill, count(DISTINCT o.facility_id) AS facilities,
    any_value(p.in_hand) AS in_hand,
    list(o.nomor_sep ORDER BY o.tgl_masuk, o.nomor_sep) FILTER (WHERE o.nomor_sep <> b.nomor_sep) AS others
  FROM paced p JOIN fills b USING (nomor_sep) JOIN fills o ON o.card_key = b.card_key AND o.condition = b.condition
    AND o.tgl_masuk BETWEEN b.tgl_masuk - ${t.refillSeriesDays} AND b.tgl_masuk + ${t.refillSeriesDays}
  GROUP BY b.nomor_sep
)
SELECT nomor_sep, 'chronic_refills_ahead_of_use' AS signal,
  round(tarif_obat_kronis * least(in_hand, ${t.chronicSupplyDays}) / ${t.chronicSupplyDays})::BIGINT AS amount_at_risk, others[1:10] AS related_sep,
  format('Chronic drugs for {} billed on {}, one of {} fills of the condition from {} to {} at {} facility(ies): {} days of supply dispensed for {} days, {} days still in hand at the last fill ({} days each; tolerance {} days)',
    condition, tgl_masuk, n, first_fill, last_fill, facilities, (n - 1) * ${t.chronicSupplyDays}, last_fill - first_fill, in_hand, ${t.chronicSupplyDays}, ${t.earlyRefillDays}) AS evidence_en,
  format('Obat kronis untuk {} ditagih pada {}, satu dari {} pengambilan untuk kondisi itu dari {} s.d. {} di {} faskes: persediaan {} hari diberikan untuk {} hari, sisa {} hari pada pengambilan terakhir ({} hari masing-masing; toleransi {} hari)',
    condition, tgl_masuk, n, first_fill, last_fill, facilities, (n - 1) * ${t.chronicSupplyDays}, last_fill - first_fill, in_hand, ${t.chronicSupplyDays}, ${t.earlyRefillDays}) AS evidence_id
FROM series WHERE n >= ${t.minSeriesFills} AND in_hand > ${t.earlyRefillDays}
  AND (n - 1) * ${t.chronicSupplyDays} > ${t.maxRefillPace} * (last_fill - first_fill)`;
}
