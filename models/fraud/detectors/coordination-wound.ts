// COB_KKPAK for a work wound's infection billed as the first diagnosis (DOMAIN.md section 1:
// e-PLKK, JKK pays a work accident's care; section 6: medical care as needed, PP 82/2019). The
// episode signals of coordination.ts read the primary diagnosis, so a hospital that opens the JKN
// claim with the infection (cellulitis, abscess, post-traumatic wound infection) and puts the
// wound second escapes them. The infection of a wound is the wound's care: a JKN claim of the
// injured worker in the weeks after a reported work accident, opened by a wound infection with an
// injury of the same body region on the same claim, is the accident's episode billed to the wrong payer.
import { literal } from '../../../data-samples/sql/index.js';
import { rupiahSql } from './evidence-rupiah.js';

/**
 * Direct complications of a wound, as primary diagnosis, with the injury regions each can follow
 * (ICD-10 WHO categories; region keys as coordination.ts reads injuries: the S-chapter block by
 * its first two characters, T codes by their category; burns T20-T25 by site). `null`: any region.
 */
interface WoundComplication {
  readonly pattern: string;
  readonly regions: readonly string[] | null;
  readonly note: string;
}

const LIMBS = ['S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'T22', 'T23', 'T24', 'T25'];

export const WOUND_COMPLICATIONS: readonly WoundComplication[] = [
  { pattern: '^L03[.]0', regions: ['S6', 'S9', 'T23', 'T25'], note: 'cellulitis of finger and toe' },
  { pattern: '^L03[.]1', regions: LIMBS, note: 'cellulitis of other parts of limb' },
  { pattern: '^L03[.]2', regions: ['S0', 'T20'], note: 'cellulitis of face' },
  { pattern: '^L03[.]3', regions: ['S2', 'S3', 'T21'], note: 'cellulitis of trunk' },
  { pattern: '^L03[.]8', regions: ['S0', 'S1', 'T20'], note: 'cellulitis of other sites (head, scalp, neck)' },
  { pattern: '^L03[.]9|^L03$', regions: null, note: 'cellulitis, unspecified' },
  { pattern: '^L02[.]0', regions: ['S0', 'T20'], note: 'abscess of face' },
  { pattern: '^L02[.]1', regions: ['S1', 'T20'], note: 'abscess of neck' },
  { pattern: '^L02[.][23]', regions: ['S2', 'S3', 'T21'], note: 'abscess of trunk and buttock' },
  { pattern: '^L02[.]4', regions: LIMBS, note: 'abscess of limb' },
  { pattern: '^L02[.]8', regions: ['S0', 'S1', 'T20'], note: 'abscess of other sites (head, scalp)' },
  { pattern: '^L02[.]9|^L02$', regions: null, note: 'abscess, unspecified' },
  { pattern: '^L08', regions: null, note: 'other local infections of skin (pyoderma)' },
  { pattern: '^T79[.]3', regions: null, note: 'post-traumatic wound infection' },
  { pattern: '^T89', regions: null, note: 'complications of open wound (ICD-10-AM)' },
];

/** Injuries of multiple or unspecified body regions (T00-T14): they can be the wound of any complication. */
const UNSPECIFIED_REGION_INJURY = '^T(0|1[0-4])';

interface WoundThresholds {
  readonly woundInfectionDays: number;
}

/** SQL: the primary diagnosis of `b` is a wound complication (WOUND_COMPLICATIONS). */
const complicationSql = (dx: string): string => `regexp_matches(${dx}, ${literal(WOUND_COMPLICATIONS.map((c) => c.pattern).join('|'))})`;

/** SQL: the injury regions a wound complication `dx` can follow, NULL for any region. */
const complicationRegionsSql = (dx: string): string =>
  `CASE ${WOUND_COMPLICATIONS.map(
    (c) =>
      `WHEN regexp_matches(${dx}, ${literal(c.pattern)}) THEN ${c.regions === null ? 'NULL' : `[${c.regions.map((r) => literal(r)).join(', ')}]`}::VARCHAR[]`,
  ).join(' ')} END`;

/** SQL: the body-region keys of the work-type injuries in `dx` (as coordination.ts injuryRegionsSql). */
const injuryRegionsSql = (dx: string, workInjury: string): string =>
  `list_distinct(list_transform(list_filter(${dx}, x -> regexp_matches(x, ${literal(workInjury)})), x -> CASE WHEN x LIKE 'S%' THEN left(x, 2) ELSE left(x, 3) END))`;

/**
 * SELECT of hits: a JKN claim of the worker of a work-accident (KK) case, admitted from the
 * accident to `woundInfectionDays` after it, whose primary diagnosis is a wound complication and
 * whose diagnoses hold a work-type injury of a body region the complication can follow (or of an
 * unspecified region, or any injury for a complication of unspecified site). The e-PLKK case's
 * own SEP is the kkpak_case signal's. Another illness in those weeks carries no injury code, and
 * a dependant's wound is another member's.
 */
export function woundInfectionAfterWorkAccidentSql(kkpak: string, t: WoundThresholds, workInjury: string): string {
  const regions = injuryRegionsSql('b.dx_list', workInjury);
  return `
SELECT b.nomor_sep, 'kkpak_wound_infection_billed_to_jkn' AS signal, any_value(b.paid_amount) AS amount_at_risk,
  list(DISTINCT coalesce(k.case_id || ' / ' || k.nomor_sep, k.case_id)) AS related_sep,
  format('{} admitted {}, {} days after work accident {} ({} days off work, JKK paid {}): the infection of the wound {} is the accident''s care JKK covers',
    array_to_string(any_value(b.dx_list), ', '), any_value(b.tgl_masuk), min(b.tgl_masuk - k.accident_date), any_value(k.case_id), any_value(k.days_off),
    ${rupiahSql('any_value(k.jkk_benefit_paid)')}, array_to_string(list_filter(any_value(b.dx_list), x -> regexp_matches(x, ${literal(workInjury)})), ', ')) AS evidence_en,
  format('{} masuk {}, {} hari setelah kecelakaan kerja {} ({} hari tidak bekerja, dibayar JKK {}): infeksi luka {} adalah perawatan kecelakaan yang dijamin JKK',
    array_to_string(any_value(b.dx_list), ', '), any_value(b.tgl_masuk), min(b.tgl_masuk - k.accident_date), any_value(k.case_id), any_value(k.days_off),
    ${rupiahSql('any_value(k.jkk_benefit_paid)')}, array_to_string(list_filter(any_value(b.dx_list), x -> regexp_matches(x, ${literal(workInjury)})), ', ')) AS evidence_id
FROM fraud_claim_base b JOIN ${kkpak} k ON k.member_key = b.member_key
WHERE k.case_type = 'KK' AND b.tgl_masuk BETWEEN k.accident_date AND k.accident_date + ${t.woundInfectionDays}
  AND ${complicationSql('b.dx_primary')} AND len(${regions}) > 0
  AND (${complicationRegionsSql('b.dx_primary')} IS NULL OR list_has_any(${regions}, ${complicationRegionsSql('b.dx_primary')})
       OR list_bool_or(list_transform(${regions}, r -> regexp_matches(r, ${literal(UNSPECIFIED_REGION_INJURY)}))))
  AND NOT EXISTS (SELECT 1 FROM ${kkpak} k2 WHERE k2.nomor_sep = b.nomor_sep)
GROUP BY b.nomor_sep`;
}
