// CANCELLED_SERVICE from the card's later history (DOMAIN.md section 3): the billing office can
// write everything an operation leaves on its own claim (fee, time, devices, consumables), but not
// what the patient does afterwards. An organ is removed once: the same card having it removed
// again later, or coming back with an acute illness only that organ can have, shows the organ was
// still there, so the earlier operation was not done. The hit lands on the earlier claim; the
// later claims and visits are its evidence. Arrival copies a card's claims and visits on both
// sides of a published claim, so batch and arrival agree; a claim new on arrival has no later
// history yet and is judged when it has.
import type { FraudSources } from '../../../features/fraud/claim-sql.js';
import { literal } from '../../../data-samples/sql/index.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';

/** An organ an operation removes whole, once in a life. ICD-9-CM volume 3 codes as claims carry them (dotted). */
interface OnceOnlyOrgan {
  readonly organ: string;
  readonly nameEn: string;
  readonly nameId: string;
  /** Operations that leave none of the organ (total, not partial: a partial one leaves a remnant a later operation may honestly take). */
  readonly removedBy: RegExp;
  /** Operations that need the organ (or a remnant of it) still in place. */
  readonly needsOrgan: RegExp;
  /** ICD-10 diagnoses of a new acute episode of the organ itself (never a control of the operation): impossible once it is out. */
  readonly acuteIllness: RegExp | null;
  readonly source: string;
}

/**
 * Organs removed once. Paired organs are listed only where one operation takes both or the last
 * one (ICD-9-CM carries no side: a second unilateral nephrectomy is the other kidney).
 */
export const ONCE_ONLY_ORGANS: readonly OnceOnlyOrgan[] = [
  {
    organ: 'gallbladder',
    nameEn: 'gallbladder',
    nameId: 'kandung empedu',
    removedBy: /^51\.2[23]$/,
    needsOrgan: /^51\.2[1-4]$/,
    acuteIllness: /^K8(0\.0|1\.0)/,
    source:
      'ICD-9-CM 51.22 cholecystectomy, 51.23 laparoscopic cholecystectomy remove the gallbladder; 51.21/51.24 (partial) leave a remnant a completion cholecystectomy may take later. ICD-10 K80.0 gallbladder stone with acute cholecystitis, K81.0 acute cholecystitis need a gallbladder (stones after cholecystectomy are in the bile duct, K80.3-K80.5, left out).',
  },
  {
    organ: 'appendix',
    nameEn: 'appendix',
    nameId: 'usus buntu',
    removedBy: /^47\.(0[19]|1[19])$/,
    needsOrgan: /^47\.(0[19]|1[19])$/,
    acuteIllness: /^K35/,
    source:
      'ICD-9-CM 47.0x appendectomy, 47.1x incidental appendectomy; ICD-10 K35 acute appendicitis needs an appendix (stump appendicitis is a rarity of case reports).',
  },
  {
    organ: 'tonsils',
    nameEn: 'tonsils',
    nameId: 'tonsil (amandel)',
    removedBy: /^28\.[23]$/,
    needsOrgan: /^28\.[23]$/,
    acuteIllness: /^(J03|J36)/,
    source:
      'ICD-9-CM 28.2 tonsillectomy, 28.3 tonsillectomy with adenoidectomy take both palatine tonsils (28.4, excision of a tonsil tag, is the honest later operation on a remnant). ICD-10 J03 acute tonsillitis and J36 peritonsillar abscess need tonsils; a sore throat after tonsillectomy is pharyngitis (J02).',
  },
  {
    organ: 'uterus',
    nameEn: 'uterus',
    nameId: 'rahim',
    removedBy: /^68\.[4-79]/,
    needsOrgan: /^68\.[3-79]/,
    acuteIllness: /^(Z3[45]|O8[0-4])/,
    source:
      'ICD-9-CM 68.4 total abdominal, 68.5 vaginal, 68.6/68.7 radical, 68.9 other hysterectomy remove the uterus; 68.3 (subtotal) leaves the cervix, whose later removal is 67.4, not a hysterectomy. ICD-10 Z34/Z35 supervision of pregnancy and O80-O84 delivery need a uterus.',
  },
  {
    organ: 'spleen',
    nameEn: 'spleen',
    nameId: 'limpa',
    removedBy: /^41\.5$/,
    needsOrgan: /^41\.(43|5)$/,
    acuteIllness: null,
    source: 'ICD-9-CM 41.5 total splenectomy; 41.43 partial splenectomy needs a spleen too (accessory spleens are rarely operated).',
  },
  {
    organ: 'thyroid',
    nameEn: 'thyroid',
    nameId: 'kelenjar tiroid',
    removedBy: /^06\.(4|52)$/,
    needsOrgan: /^06\.(2|3[19]?|4|5[0-2])$/,
    acuteIllness: null,
    source:
      'ICD-9-CM 06.4 complete thyroidectomy, 06.52 complete substernal thyroidectomy take the whole gland; 06.2 unilateral lobectomy and 06.3x partial leave a lobe, whose later removal (completion) is honest.',
  },
  {
    organ: 'kidneys',
    nameEn: 'last kidney',
    nameId: 'ginjal terakhir',
    removedBy: /^55\.5[24]$/,
    needsOrgan: /^55\.5[124]$/,
    acuteIllness: null,
    source:
      'ICD-9-CM 55.52 nephrectomy of the remaining kidney, 55.54 bilateral nephrectomy leave no native kidney; 55.53 (removal of a transplanted kidney) is left out: a transplant may follow.',
  },
];

export const ORGAN_HISTORY_THRESHOLDS = {
  minDaysToAcuteIllness: {
    value: 21,
    source:
      'Post-operative course: secondary haemorrhage after tonsillectomy occurs up to day 14 and the tonsillar fossae heal in about three weeks; wound controls fall in the first two weeks. An acute illness of the organ from three weeks after discharge is a new episode, not the operation healing or a control coded with the old diagnosis.',
  },
} satisfies Record<string, DetectorThreshold>;

export const ORGAN_HISTORY_SIGNALS = {
  organ_removed_again_later: suspicious(
    'Organ removal billed, and the same card has the same organ removed again later',
    'Pengangkatan organ ditagih, dan kartu yang sama kemudian menjalani pengangkatan organ yang sama lagi',
  ),
  removed_organ_ill_later: suspicious(
    'Organ removal billed, and the same card later comes back with an acute illness of that organ',
    'Pengangkatan organ ditagih, dan kartu yang sama kemudian datang dengan penyakit akut organ itu',
  ),
};

/** SQL literal of a regular expression's source. */
const re = (r: RegExp): string => literal(r.source);

/** SQL: the once-only organ reference as rows (names; the patterns stay constants in the SQL below). */
function organRowsSql(): string {
  return ONCE_ONLY_ORGANS.map(
    (o) => `(${literal(o.organ)}, ${literal(o.nameEn)}, ${literal(o.nameId)}, ${o.acuteIllness ? 'true' : 'false'})`,
  ).join(',\n    ');
}

/**
 * SQL: does `x` match the pattern `pick` gives the organ named by column `organ`? A CASE over the
 * organs with each pattern a constant, so DuckDB compiles it once: a pattern read from a column is
 * compiled again for every row (the join of every claim with every organ), and CANCELLED_SERVICE
 * took 2.9 CPU seconds at 170,896 generated claims that way, 0.3 this way.
 */
function organMatchSql(organ: string, x: string, pick: (o: OnceOnlyOrgan) => RegExp | null): string {
  const arms = ONCE_ONLY_ORGANS.flatMap((o) => {
    const r = pick(o);
    return r ? [`WHEN ${literal(o.organ)} THEN regexp_matches(${x}, ${re(r)})`] : [];
  });
  return `(CASE ${organ} ${arms.join(' ')} ELSE false END)`;
}

/** SQL: the claims removing each organ, with the codes that remove it (one pass per organ, its pattern a constant). */
function removalsSql(): string {
  return ONCE_ONLY_ORGANS.map(
    (o) => `SELECT nomor_sep, card_key, tgl_pulang, paid_amount, ${literal(o.organ)} AS organ,
      list_filter(px_list, x -> regexp_matches(x, ${re(o.removedBy)})) AS codes
    FROM fraud_claim_base WHERE list_bool_or(list_transform(px_list, x -> regexp_matches(x, ${re(o.removedBy)})))`,
  ).join('\n    UNION ALL\n    ');
}

/** SQL: the hits of the card's later history on earlier organ removals (HIT_COLUMNS). */
export function organHistorySql(t: { readonly minDaysToAcuteIllness: number }, src: Pick<FraudSources, 'fktpVisits'>): string {
  return `
SELECT * FROM (
WITH organ AS (
  SELECT * FROM (VALUES
    ${organRowsSql()}) v(organ, name_en, name_id, has_acute_illness)
), removal AS (
  SELECT b.nomor_sep, b.card_key, b.tgl_pulang, b.paid_amount, o.*, b.codes
  FROM (
    ${removalsSql()}
  ) b JOIN organ o USING (organ)
), again AS (
  -- a later stay (admitted after this one ended) operating on the same organ
  SELECT r.nomor_sep, r.paid_amount, r.name_en, r.name_id, r.codes,
    list(l.nomor_sep ORDER BY l.tgl_masuk, l.nomor_sep) AS later, min(l.tgl_masuk) AS first_day
  FROM removal r JOIN fraud_claim_base l ON l.card_key = r.card_key AND l.tgl_masuk > r.tgl_pulang
    AND list_bool_or(list_transform(l.px_list, x -> ${organMatchSql('r.organ', 'x', (o) => o.needsOrgan)}))
  GROUP BY r.nomor_sep, r.paid_amount, r.name_en, r.name_id, r.codes
  -- one hit per claim and signal, should a claim remove two organs (a cholecystectomy with an incidental appendectomy)
  QUALIFY row_number() OVER (PARTITION BY r.nomor_sep ORDER BY r.name_en) = 1
), ill AS (
  -- later diagnoses of an acute illness of the organ: P-Care visits and hospital claims of the card
  SELECT r.nomor_sep, r.paid_amount, r.name_en, r.name_id, r.codes, list(DISTINCT e.dx ORDER BY e.dx) AS dxs,
    count(DISTINCT e.id) AS episodes, min(e.day) AS first_day, list(DISTINCT e.sep ORDER BY e.sep) FILTER (WHERE e.sep IS NOT NULL) AS later
  FROM removal r JOIN (
    SELECT v.card_key, v.visit_id AS id, NULL::VARCHAR AS sep, v.tgl_kunjungan AS day, unnest(string_split(v.diagnosa, '#')) AS dx
    FROM ${src.fktpVisits} v WHERE v.diagnosa IS NOT NULL
    UNION ALL
    SELECT l.card_key, l.nomor_sep, l.nomor_sep, l.tgl_masuk, unnest(l.dx_list) FROM fraud_claim_base l
  ) e ON e.card_key = r.card_key AND e.day >= r.tgl_pulang + ${t.minDaysToAcuteIllness}::INTEGER
    AND r.has_acute_illness AND ${organMatchSql('r.organ', 'e.dx', (o) => o.acuteIllness)}
  GROUP BY r.nomor_sep, r.paid_amount, r.name_en, r.name_id, r.codes
  -- one hit per claim and signal, should a claim remove two organs (a cholecystectomy with an incidental appendectomy)
  QUALIFY row_number() OVER (PARTITION BY r.nomor_sep ORDER BY r.name_en) = 1
)
SELECT nomor_sep, 'organ_removed_again_later' AS signal, paid_amount AS amount_at_risk, later AS related_sep,
  format('Removal of the {} billed ({}), yet the same card has it operated again from {} ({} later stay(s)): an organ is removed once',
    name_en, array_to_string(codes, ', '), strftime(first_day, '%Y-%m-%d'), len(later)) AS evidence_en,
  format('Pengangkatan {} ditagih ({}), namun kartu yang sama dioperasi lagi pada organ itu sejak {} ({} rawat berikutnya): organ hanya diangkat sekali',
    name_id, array_to_string(codes, ', '), strftime(first_day, '%Y-%m-%d'), len(later)) AS evidence_id
FROM again
UNION ALL
SELECT nomor_sep, 'removed_organ_ill_later', paid_amount, coalesce(later, []::VARCHAR[]),
  format('Removal of the {} billed ({}), yet the same card comes back with {} from {} ({} visit(s) or stay(s)): an illness only the organ can have',
    name_en, array_to_string(codes, ', '), array_to_string(dxs, ', '), strftime(first_day, '%Y-%m-%d'), episodes),
  format('Pengangkatan {} ditagih ({}), namun kartu yang sama datang lagi dengan {} sejak {} ({} kunjungan atau rawat): penyakit yang hanya mungkin bila organ itu masih ada',
    name_id, array_to_string(codes, ', '), array_to_string(dxs, ', '), strftime(first_day, '%Y-%m-%d'), episodes)
FROM ill
)`;
}
