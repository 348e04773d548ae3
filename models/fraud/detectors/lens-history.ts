// A lens is removed from an eye once (DOMAIN.md section 3). A second lens extraction on a side the
// card's earlier claim already operated is typed by how it came about: the same hospital billing
// it again within the time a claim can be resubmitted is its first operation billed twice
// (REPEAT_BILLING, episodes.ts); another hospital, or the same one long after, billing an
// operation on an eye that no longer has its lens bills a service that cannot have been given
// (PHANTOM_BILLING, phantom-billing.ts). Both read the claims' laterality (lateralitas R, L, B).
import { literal } from '../../../data-samples/sql/index.js';
import { certain } from './types.js';

/** Lens extraction, ICD-9-CM 13.1-13.5 (13.6x after-cataract and 13.7x lens insertion may follow on the same eye). */
const LENS_EXTRACTION = '^13[.][1-5]';

export const LENS_HISTORY_THRESHOLDS = {
  lensResubmissionMaxDays: {
    value: 180,
    source:
      'Perpres 82/2018 (art. 77): a JKN claim expires six months after the service ends, so a hospital resubmits its own operation within that time; the same eye billed by the same hospital within 180 days of the first extraction is the first one billed again; from another hospital, or later, it is an operation on an eye already without its lens.',
  },
} as const;

export const LENS_PHANTOM_SIGNALS = {
  // certain: an eye's lens is removed once; an extraction on an eye another hospital already operated (or the same one
  // past the resubmission window) is an operation that cannot have been done
  lens_extraction_on_eye_without_lens: certain(
    'Cataract extraction billed on an eye whose lens was already removed',
    'Ekstraksi katarak ditagih pada mata yang lensanya sudah diangkat',
  ),
};

/** Lens extractions of the claim base with the sides they were done on (claims without lateralitas have none). */
function lensSidesSql(): string {
  const lens = `regexp_matches(z[1], ${literal(LENS_EXTRACTION)}) AND z[2] IN ('R', 'L', 'B')`;
  return `SELECT nomor_sep, card_key, facility_id, tgl_masuk, paid_amount,
    list_distinct(list_transform(list_filter(list_zip(px_list, side_list), z -> ${lens}), z -> z[2])) AS sides
  FROM fraud_claim_base WHERE len(side_list) > 0 AND list_bool_or(list_transform(px_list, x -> regexp_matches(x, ${literal(LENS_EXTRACTION)})))`;
}

/**
 * SQL: pairs (b, o) of lens extractions of one card on a common side (B is both), o the earlier,
 * with `resubmitted`: o at b's facility within `maxDays` before it.
 */
export function lensPairsSql(maxDays: number): string {
  return `SELECT b.nomor_sep, b.facility_id, b.sides, b.paid_amount, o.nomor_sep AS other_sep, o.facility_id AS other_facility, o.tgl_masuk AS other_masuk,
    o.facility_id = b.facility_id AND b.tgl_masuk - o.tgl_masuk <= ${maxDays} AS resubmitted
  FROM (${lensSidesSql()}) b JOIN (${lensSidesSql()}) o ON o.card_key = b.card_key AND o.nomor_sep <> b.nomor_sep
    AND (o.tgl_masuk < b.tgl_masuk OR (o.tgl_masuk = b.tgl_masuk AND o.nomor_sep < b.nomor_sep))
    AND len(b.sides) > 0 AND len(o.sides) > 0 AND (list_contains(b.sides, 'B') OR list_contains(o.sides, 'B') OR list_has_any(b.sides, o.sides))`;
}

/** SQL: the PHANTOM_BILLING hit rows of lens_extraction_on_eye_without_lens. */
export function lensAlreadyRemovedSql(maxDays: number): string {
  return `SELECT nomor_sep, 'lens_extraction_on_eye_without_lens' AS signal, any_value(paid_amount) AS amount_at_risk, list(other_sep ORDER BY other_masuk) AS related_sep,
  format('Lens extraction on side {} billed on an eye whose lens was already removed: {} ({}) of the same card', array_to_string(any_value(sides), '+'),
    array_to_string(list(other_sep ORDER BY other_masuk), ', '), array_to_string(list(DISTINCT other_facility), ', ')) AS evidence_en,
  format('Ekstraksi lensa sisi {} ditagih pada mata yang lensanya sudah diangkat: {} ({}) dari kartu yang sama', array_to_string(any_value(sides), '+'),
    array_to_string(list(other_sep ORDER BY other_masuk), ', '), array_to_string(list(DISTINCT other_facility), ', ')) AS evidence_id
FROM (${lensPairsSql(maxDays)}) p
GROUP BY nomor_sep
-- the same hospital's recent extraction of that eye makes this one its resubmission (REPEAT_BILLING)
HAVING NOT bool_or(resubmitted)`;
}
