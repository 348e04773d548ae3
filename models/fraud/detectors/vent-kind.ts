// VENTILATOR: ventilations hugging the 96-hour line of ICD-9-CM 96.72, judged among all of a unit's
// ventilations against what honest units of the same kind (newborns, children, adults) record.
// The share and spike tests (ventilator.ts) read only the day and a half around the line: a small
// NICU that ventilates as long as needed has few stays there (RT-VENT-121: 98, 99, 100 and 101 h
// beside 72 and 85 h), and four of six is a chance run at any honest share. Its whole spread says
// more: four of thirteen ventilations ending within six hours just past the line, where honest
// lengths put about one in thirty, with no such crowd in the day before it. The counts are built
// over every ventilation of the batch in fraud_provider_distribution; the hits read them there.
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';

export const VENT_KIND_THRESHOLDS = {
  tightWindowHours: {
    value: 6,
    source:
      'Assumption: a quarter day past the line is where written hours crowd (97-103 h in every ventilator scheme seen); tested beside the half-day window (windowHours), the p-value doubled for the two windows (Bonferroni).',
  },
  neonatalAgeDays: {
    value: 28,
    source:
      'WHO: the neonatal period is the first 28 days of life; a stay admitted then (or grouped in the neonatal CMG P) is a NICU stay.',
  },
  childAgeYears: {
    value: 18,
    source: 'UU 35/2014 (Perlindungan Anak): a child is under 18 years; older patients are ventilated in adult ICUs.',
  },
  kindPriorVentilations: {
    value: 20,
    source:
      "Assumption: a kind's reference (other units' newborn, child or adult ventilations) is shrunk towards every kind's share with the weight of 20 ventilations, so that a kind few other units ventilate is judged by the pooled share (empirical Bayes).",
  },
  minReferenceVentilations: {
    value: 100,
    source:
      'Assumption: fewer than 100 ventilations at other units is no distribution of honest lengths to judge a unit by (counted over the batch, and published for arrival).',
  },
  flatSpanHours: {
    value: 192,
    source:
      "Assumption: the reference screen's share is never above what a flat density of ventilation lengths over eight days (twice the boundary) puts in the window, so that many hugging units cannot raise it past their own (as referenceScreenZ).",
  },
  hugJumpRatio: {
    value: 2,
    source:
      "Assumption: hours read off a ventilator end about as often just past the line as in the day before it; the unit's own ventilations per hour in the window at twice those of the day before is a jump at the line, not a case mix of long ventilations.",
  },
} satisfies Record<string, DetectorThreshold>;

export const VENT_KIND_SIGNALS = {
  ventilation_past_boundary_above_kind: suspicious(
    'Ventilations ending just past the tariff boundary far more often than honest units of the same kind record',
    'Ventilasi berakhir tepat di atas batas tarif jauh lebih sering daripada unit sejenis yang wajar',
  ),
};

/** The thresholds the per facility, kind and window counts are built with (fraud_provider_distribution). */
export type VentKindCountValues = Readonly<
  Record<
    keyof typeof VENT_KIND_THRESHOLDS | 'boundaryHours' | 'windowHours' | 'referenceWindowHours' | 'referenceScreenZ' | 'minBunchedClaims',
    number
  >
>;

/** The thresholds the hits read: the counts' and the binomial test's. */
type VentKindValues = VentKindCountValues & Readonly<Record<'bunchingP', number>>;

/** The kind of unit a ventilated stay is in, by the patient's age at admission (and the neonatal CMG). */
const icuKindSql = (t: VentKindCountValues, v: string): string =>
  `CASE WHEN ${v}.cmg = 'P' OR ${v}.age < ${t.neonatalAgeDays} / 365.25 THEN 'neonatal' WHEN ${v}.age < ${t.childAgeYears} THEN 'child' ELSE 'adult' END`;

/**
 * Per facility, kind and window: ventilations (n), survivors ending in the window past the line (x),
 * survivors ending in the day before it (before), and the other units' share of the kind (left out:
 * itself, and every unit the lenient screen calls hugging). A ventilation ended by death (discharge
 * status 4) is not counted past the line: its end is the death the registry records, not an
 * extubation someone could write later (RT-NM-VENTDEATH-41: three deaths at 97-99 h).
 * Common table expressions of fraud_provider_distribution (distributions.ts): the counts read every
 * ventilation of the batch, and arrival, holding a few days of a facility's claims, reads the
 * published verdicts (vent_kind), so that a claim gets the batch's verdict on both paths.
 */
export function ventKindCtesSql(t: VentKindCountValues): string {
  const past = (w: string): string => `v.ventilator_hour >= ${t.boundaryHours} AND v.ventilator_hour < ${t.boundaryHours} + ${w}`;
  return `vent_kind_stays AS (
  SELECT s.facility_id, s.ventilator_hour, coalesce(s.discharge_status, 0) <> 4 AS survived, ${icuKindSql(t, 's')} AS icu_kind
  FROM fraud_claim_base s WHERE s.ventilator_hour > 0
), vent_kind_counts AS (
  SELECT v.facility_id, v.icu_kind, w.hug_hours, count(*) AS n,
    count(*) FILTER (WHERE ${past('w.hug_hours')} AND v.survived) AS x,
    count(*) FILTER (WHERE v.ventilator_hour >= ${t.boundaryHours} - ${t.referenceWindowHours} AND v.ventilator_hour < ${t.boundaryHours} AND v.survived) AS before
  FROM vent_kind_stays v CROSS JOIN (SELECT unnest([${t.tightWindowHours}, ${t.windowHours}]) AS hug_hours) w GROUP BY ALL
), vent_kind_screen AS (
  -- a unit hugging in either window is set aside from both references (as the share test's screen)
  SELECT c.facility_id, c.icu_kind, bool_or(c.x >= ${t.minBunchedClaims}
    AND (c.x - c.n * p.s0) / sqrt(c.n * p.s0 * (1 - p.s0)) >= ${t.referenceScreenZ}) AS hugging
  FROM vent_kind_counts c JOIN (SELECT hug_hours, least((sum(x) + 0.5) / (sum(n) + 1.0), hug_hours / ${t.flatSpanHours}::DOUBLE) AS s0
    FROM vent_kind_counts GROUP BY hug_hours) p USING (hug_hours) GROUP BY ALL
), vent_kind_units AS (
  SELECT c.*, s.hugging,
    sum(c.x) FILTER (WHERE NOT s.hugging) OVER (PARTITION BY c.hug_hours) - CASE WHEN s.hugging THEN 0 ELSE c.x END AS x_ref,
    sum(c.n) FILTER (WHERE NOT s.hugging) OVER (PARTITION BY c.hug_hours) - CASE WHEN s.hugging THEN 0 ELSE c.n END AS n_ref,
    sum(c.x) FILTER (WHERE NOT s.hugging) OVER (PARTITION BY c.hug_hours, c.icu_kind) - CASE WHEN s.hugging THEN 0 ELSE c.x END AS x_kind,
    sum(c.n) FILTER (WHERE NOT s.hugging) OVER (PARTITION BY c.hug_hours, c.icu_kind) - CASE WHEN s.hugging THEN 0 ELSE c.n END AS n_kind
  FROM vent_kind_counts c JOIN vent_kind_screen s USING (facility_id, icu_kind)
), vent_kind_tests AS (
  SELECT *, (coalesce(x_kind, 0) + ${t.kindPriorVentilations} * share_all) / (coalesce(n_kind, 0) + ${t.kindPriorVentilations}) AS kind_share
  FROM (SELECT *, (coalesce(x_ref, 0) + 0.5) / (coalesce(n_ref, 0) + 1.0) AS share_all FROM vent_kind_units)
  WHERE x >= ${t.minBunchedClaims} AND coalesce(n_ref, 0) >= ${t.minReferenceVentilations}
    AND x * ${t.referenceWindowHours} >= ${t.hugJumpRatio} * hug_hours * before
), vent_kind AS (
  SELECT facility_id, list({'icu_kind': icu_kind, 'hug_hours': hug_hours, 'n': n, 'x': x, 'before': before, 'kind_share': kind_share}
    ORDER BY icu_kind, hug_hours) AS vent_kind
  FROM vent_kind_tests GROUP BY facility_id
)`;
}

/** The column ventKindCtesSql adds to fraud_provider_distribution: per facility, its kinds and windows that pass the counts' tests. */
export const VENT_KIND_COLUMNS = 'vent_kind.vent_kind';
export const VENT_KIND_JOINS = 'LEFT JOIN vent_kind USING (facility_id)';

const KIND_EN = `CASE k.icu_kind WHEN 'neonatal' THEN 'newborns' WHEN 'child' THEN 'children' ELSE 'adults' END`;
const KIND_ID = `CASE k.icu_kind WHEN 'neonatal' THEN 'neonatus' WHEN 'child' THEN 'anak' ELSE 'dewasa' END`;

/**
 * The branch: each survivor's stay in a window whose exact binomial tail (doubled for the two windows) is at most
 * bunchingP, read from the published `distribution` (PROVIDER_DISTRIBUTION_TABLE, passed in: distributions.ts imports this file).
 */
export function ventilationAboveKindSql(t: VentKindValues, distribution: string): string {
  return `
SELECT nomor_sep, 'ventilation_past_boundary_above_kind', amount_at_risk, []::VARCHAR[], evidence_en, evidence_id FROM (
SELECT b.nomor_sep,
  round(b.tarif_sewa_alat * (b.ventilator_hour - ${t.boundaryHours} + 1)::DOUBLE / b.ventilator_hour, -2)::BIGINT AS amount_at_risk,
  format('Ventilated {} hours; at {} {} of its {} ventilations of {} end {} h to {} h, where other units'' {} give {:.1f}% ({:.1f} expected), and {} in its day before the line',
    b.ventilator_hour, b.facility_id, k.x, k.n, ${KIND_EN}, ${t.boundaryHours}, ${t.boundaryHours} + k.hug_hours - 1, ${KIND_EN}, 100 * k.kind_share, k.n * k.kind_share, k.before) AS evidence_en,
  format('Ventilator {} jam; di {} {} dari {} ventilasi {}nya berakhir {} s.d. {} jam, sedangkan unit lain ({}) memberi {:.1f}% ({:.1f} diharapkan), dan {} pada sehari sebelum batas',
    b.ventilator_hour, b.facility_id, k.x, k.n, ${KIND_ID}, ${t.boundaryHours}, ${t.boundaryHours} + k.hug_hours - 1, ${KIND_ID}, 100 * k.kind_share, k.n * k.kind_share, k.before) AS evidence_id,
  -- P(at least x of the unit's n ventilations end in the window | the kind's share elsewhere), two windows tried
  2 * list_sum(list_transform(range(k.x, k.n + 1), j ->
    exp(lgamma(k.n + 1) - lgamma(j + 1) - lgamma(k.n - j + 1) + j * ln(k.kind_share) + (k.n - j) * ln(1 - k.kind_share)))) AS p
FROM fraud_claim_base b JOIN (SELECT facility_id, unnest(vent_kind, recursive := true) FROM ${distribution}) k
  ON k.facility_id = b.facility_id AND k.icu_kind = ${icuKindSql(t, 'b')}
WHERE b.ventilator_hour >= ${t.boundaryHours} AND b.ventilator_hour < ${t.boundaryHours} + k.hug_hours AND coalesce(b.discharge_status, 0) <> 4
QUALIFY p <= ${t.bunchingP} AND row_number() OVER (PARTITION BY b.nomor_sep ORDER BY p, k.hug_hours) = 1)`;
}
