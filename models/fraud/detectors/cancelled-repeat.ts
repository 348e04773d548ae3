// CANCELLED_SERVICE from what the card does next (DOMAIN.md section 3: "procedure billed but not
// done"). Some operations settle their condition for years: a resected prostate, a repaired
// hernia. When the condition is still treated after one (visits or stays for it at other places)
// and the same operation is then done at another hospital within months, the first was not done:
// the patient went home as ill as he came. The hit lands on the earlier claim; the later operation
// and the care between are its evidence. A complication of a real operation (clot retention,
// bleeding) is taken back by the hospital that operated, and a second side is another operation,
// so neither is named. Arrival copies a card's claims and visits on both sides of a published
// claim, as for cancelled-history.ts.
import type { FraudSources } from '../../../features/fraud/claim-sql.js';
import { literal } from '../../../data-samples/sql/index.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';

/** An operation whose effect lasts: not repeated within months when it was done. ICD-9-CM codes as claims carry them (dotted). */
interface DurableOperation {
  readonly operation: string;
  readonly nameEn: string;
  readonly nameId: string;
  readonly codes: RegExp;
  /** On a paired organ or a side of the body: compared only when both claims record the side (lateralitas). */
  readonly sided: boolean;
  readonly source: string;
}

export const DURABLE_OPERATIONS: readonly DurableOperation[] = [
  {
    operation: 'prostate',
    nameEn: 'prostate resection',
    nameId: 'reseksi prostat',
    codes: /^60\.[2-6]/,
    sided: false,
    source:
      'ICD-9-CM 60.2x transurethral, 60.3-60.6 open prostatectomy. Reoperation after TURP: 2.9% at one year, 7.4% at five (Madersbacher et al., Eur Urol 2005;47:499, 23,123 cases); an early one for residual tissue or bleeding is done by the unit that operated.',
  },
  {
    operation: 'hernia',
    nameEn: 'inguinal or femoral hernia repair',
    nameId: 'herniorafi inguinal atau femoral',
    codes: /^53\.[0-3]/,
    sided: true,
    source:
      'ICD-9-CM 53.0-53.3 inguinal and femoral repair. Recurrence after mesh repair is a few percent over years (HerniaSurge Group, International guidelines for groin hernia management, Hernia 2018); the other groin is another operation, so sides are compared.',
  },
  {
    operation: 'haemorrhoids',
    nameEn: 'haemorrhoidectomy',
    nameId: 'hemoroidektomi',
    codes: /^49\.46$/,
    sided: false,
    source:
      'ICD-9-CM 49.46 excision of haemorrhoids: recurrence needing another excision comes after years (ASCRS clinical practice guideline, 2018).',
  },
  {
    operation: 'circumcision',
    nameEn: 'circumcision',
    nameId: 'sirkumsisi',
    codes: /^64\.0$/,
    sided: false,
    source: 'ICD-9-CM 64.0 circumcision removes the foreskin once; a revision is done by the surgeon who operated.',
  },
];

export const REPEAT_OPERATION_THRESHOLDS = {
  repeatOperationMaxDays: {
    value: 180,
    source:
      "Assumption from the reoperation rates in DURABLE_OPERATIONS: within six months of a durable operation the same operation is not expected at all (a few per thousand); a later one may be the condition's honest recurrence.",
  },
} satisfies Record<string, DetectorThreshold>;

export const REPEAT_OPERATION_SIGNALS = {
  operation_done_again_elsewhere: suspicious(
    'Operation billed, the condition still treated afterwards and the same operation done at another hospital within months',
    'Operasi ditagih, kondisinya masih dirawat sesudahnya dan operasi yang sama dilakukan di RS lain dalam beberapa bulan',
  ),
};

/** SQL: the claims with a durable operation, its sides (empty when not recorded) and the operation's key. */
function durableOperationsSql(): string {
  return DURABLE_OPERATIONS.map((o) => {
    const match = `regexp_matches(z[1], ${literal(o.codes.source)})`;
    return `SELECT nomor_sep, card_key, facility_id, tgl_masuk, tgl_pulang, paid_amount, dx_category, ${literal(o.operation)} AS operation,
      ${literal(o.nameEn)} AS name_en, ${literal(o.nameId)} AS name_id, ${o.sided} AS sided,
      list_filter(px_list, x -> regexp_matches(x, ${literal(o.codes.source)})) AS codes,
      list_distinct(list_transform(list_filter(list_zip(px_list, side_list), z -> ${match} AND z[2] IN ('R', 'L', 'B')), z -> z[2])) AS sides
    FROM fraud_claim_base WHERE split_part(kode_inacbg, '-', 2) IN ('1', '2')
      AND list_bool_or(list_transform(px_list, x -> regexp_matches(x, ${literal(o.codes.source)})))`;
  }).join('\n    UNION ALL\n    ');
}

/** SQL of the hits (HIT_COLUMNS) on the earlier operation. */
export function repeatOperationSql(t: { readonly repeatOperationMaxDays: number }, src: Pick<FraudSources, 'fktpVisits'>): string {
  return `
SELECT * FROM (
WITH op AS (
  ${durableOperationsSql()}
), again AS (
  SELECT a.nomor_sep, a.card_key, a.facility_id, a.tgl_pulang, a.paid_amount, a.dx_category, a.name_en, a.name_id, a.codes,
    l.nomor_sep AS later_sep, l.facility_id AS later_facility, l.tgl_masuk AS later_masuk
  FROM op a JOIN op l ON l.card_key = a.card_key AND l.operation = a.operation AND l.facility_id <> a.facility_id
    AND l.tgl_masuk > a.tgl_pulang AND l.tgl_masuk - a.tgl_pulang <= ${t.repeatOperationMaxDays}
    -- a paired organ or a side of the body: the same side only, both recorded (B is both sides)
    AND (NOT a.sided OR (len(a.sides) > 0 AND len(l.sides) > 0
      AND (list_contains(a.sides, 'B') OR list_contains(l.sides, 'B') OR list_has_any(a.sides, l.sides))))
), between_care AS (
  -- the operation's condition (its primary diagnosis category) treated between the two, at a place other than the
  -- hospital that operated first (its own controls follow a real operation): P-Care visits and hospital claims
  SELECT g.nomor_sep, g.later_sep, count(DISTINCT e.id) AS episodes
  FROM again g JOIN (
    SELECT v.card_key, v.visit_id AS id, v.facility_id, v.tgl_kunjungan AS day, unnest(string_split(v.diagnosa, '#')) AS dx
    FROM ${src.fktpVisits} v WHERE v.diagnosa IS NOT NULL
    UNION ALL
    SELECT c.card_key, c.nomor_sep, c.facility_id, c.tgl_masuk, unnest(c.dx_list) FROM fraud_claim_base c
  ) e ON e.card_key = g.card_key AND e.day > g.tgl_pulang AND e.day < g.later_masuk AND e.facility_id <> g.facility_id
    AND left(e.dx, 3) = g.dx_category
  GROUP BY g.nomor_sep, g.later_sep
)
SELECT g.nomor_sep, 'operation_done_again_elsewhere' AS signal, any_value(g.paid_amount) AS amount_at_risk,
  list(g.later_sep ORDER BY g.later_masuk) AS related_sep,
  format('{} billed ({}), the condition ({}) treated {} time(s) elsewhere afterwards, and the same operation done at {} from {}: the first left the condition as it was',
    any_value(g.name_en), array_to_string(any_value(g.codes), ', '), any_value(g.dx_category), max(c.episodes),
    array_to_string(list(DISTINCT g.later_facility), ', '), strftime(min(g.later_masuk), '%Y-%m-%d')) AS evidence_en,
  format('{} ditagih ({}), kondisinya ({}) dirawat {} kali di tempat lain sesudahnya, dan operasi yang sama dilakukan di {} sejak {}: operasi pertama tidak mengubah kondisinya',
    any_value(g.name_id), array_to_string(any_value(g.codes), ', '), any_value(g.dx_category), max(c.episodes),
    array_to_string(list(DISTINCT g.later_facility), ', '), strftime(min(g.later_masuk), '%Y-%m-%d')) AS evidence_id
FROM again g JOIN between_care c USING (nomor_sep, later_sep)
GROUP BY g.nomor_sep
)`;
}
