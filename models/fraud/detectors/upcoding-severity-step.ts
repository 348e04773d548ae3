// UPCODING as a provider's severity mix that steps up and stays: a new coder, a grouper setting or
// an instruction to add one secondary code raises the share of a hospital's stays above severity I
// from one month on, while its patients and its peers stay the same. Each stay is weighed against
// its CBG group's rate at the other hospitals of its class in the same month (indirect
// standardisation, as hospital profiling counts it; the hospital is never its own peer), so a shift
// of case mix towards sicker groups, or a change every hospital makes together, moves the expected
// count with the observed one. Stays with intensive care or ventilation, and deaths, are left out:
// a new ICU raises severity with the care that supports it. A hospital whose new level is no more
// than its peers' (correcting its under-coding after training) is no finding. DOMAIN.md section 3,
// UPCODING: severity share vs peers of the same hospital class and CBG, here over time.
import { severityStepShare } from './provider-excess-hits.js';
import type { DetectorThreshold } from './types.js';

/** UPCODING thresholds of severity_step_at_provider (claim-content.ts spreads them into the detector). */
export const SEVERITY_STEP_THRESHOLDS = Object.freeze({
  stepMinMonthStays: {
    value: 10,
    source:
      "Assumption: a month with fewer stays (without ICU) of the hospital is left out; at the common rate above severity I (a third) ten stays put a month's share within about 0.15 (binomial sd), and the test below pools months.",
  },
  stepMinMonths: {
    value: 6,
    source:
      'Assumption: at least six such months before the change and six after it: a level held for half a year is a practice (a new coder, a grouper setting), not a bad month; six months of ten stays give 60 stays a side.',
  },
  stepLikelihoodRatio: {
    value: 16,
    source:
      'Poisson likelihood-ratio test of one standardised ratio (observed / expected) before and after against two: the family-wise false-alarm rate per hospital is held at 0.001 over up to 36 candidate months (Bonferroni, one-sided p = 2.8e-5, z = 4.03, LR = z^2 = 16.2). A binomial count (a third of stays above severity I) varies less than a Poisson one, so the test is conservative.',
  },
  stepMinRatio: {
    value: 1.3,
    source:
      "Assumption: a third more stays above severity I than the hospital's own earlier ratio to its peers: one added severity-raising code on a tenth of severity-I stays moves a third above I to about 0.4 (1.2x); a practice change is larger, and smaller steps are left to the peer-level tests (upcoding-mix.ts).",
  },
  stepAbovePeersRatio: {
    value: 1.15,
    source:
      "As acrossGroupsExcessRatio (upcoding-mix.ts): after the step the hospital codes at least a sixth more stays above severity I than its peers would; a hospital that only rises to its peers' level (correcting under-coding after training) is exempt.",
  },
  stepConfirmDays: {
    value: 90,
    source:
      "Assumption: a stay after the change is named once the extract shows three more months of the hospital's stays after it (the level persisted past it); stays of the last three months, and a claim scored on arrival, are not judged by this signal.",
  },
} satisfies Record<string, DetectorThreshold>);

export interface SeverityStepThresholds {
  readonly minMonthStays: number;
  readonly minMonths: number;
  readonly likelihoodRatio: number;
  readonly minRatio: number;
  readonly abovePeersRatio: number;
  readonly confirmDays: number;
}

/**
 * Shrinkage (in stays) of a group's monthly rate at the other hospitals of the class towards its
 * rate over all months: a group with few stays elsewhere in a month is weighed at nearly its usual
 * rate (as CODER_PEER_SMOOTHING in provider-excess.ts).
 */
const MONTH_RATE_SMOOTHING = 5;

/** SQL: x ln(x / y), 0 when x = 0 (a Poisson log-likelihood term). */
const xlogx = (x: string, y: string): string => `CASE WHEN ${x} > 0 THEN ${x} * ln(${x} / (${y})) ELSE 0 END`;

/**
 * SQL relation: per hospital, its best change month `k` (the largest likelihood ratio among months
 * that pass every bound), the observed and expected stays above severity I before (o_b, e_b) and
 * from k on (o_a, e_a), and the ratio. Reads fraud_claim_base only.
 */
function stepsSql(t: SeverityStepThresholds): string {
  const k = MONTH_RATE_SMOOTHING;
  return `(
  WITH stays AS (
    SELECT facility_id, hospital_class, cbg_base, date_trunc('month', tgl_masuk)::DATE AS month, (severity_rank >= 2)::INTEGER AS above
    FROM fraud_claim_base
    WHERE jenis_rawat = 1 AND severity_rank > 0 AND discharge_status <> 4 AND icu_indikator = 0 AND ventilator_hour = 0
  ), own AS (
    SELECT facility_id, hospital_class, cbg_base, month, count(*) AS n, sum(above) AS a FROM stays GROUP BY ALL
  ), cls AS (
    SELECT hospital_class, cbg_base, month, sum(n) AS n, sum(a) AS a FROM own GROUP BY ALL
  ), grp AS (
    SELECT hospital_class, cbg_base, sum(n) AS n, sum(a) AS a FROM own GROUP BY ALL
  ), fac_grp AS (
    SELECT facility_id, cbg_base, sum(n) AS n, sum(a) AS a FROM own GROUP BY ALL
  ), month_oe AS (
    -- per hospital and month with enough stays: observed above severity I, and expected at the other hospitals' monthly rate of each group
    SELECT o.facility_id, o.month, sum(o.n) AS n, sum(o.a) AS observed,
      sum(o.n * ((c.a - o.a) + ${k} * (g.a - fg.a) / (g.n - fg.n)) / ((c.n - o.n) + ${k})) AS expected
    FROM own o JOIN cls c USING (hospital_class, cbg_base, month) JOIN grp g USING (hospital_class, cbg_base)
    JOIN fac_grp fg ON fg.facility_id = o.facility_id AND fg.cbg_base = o.cbg_base
    WHERE g.n > fg.n
    GROUP BY ALL HAVING sum(o.n) >= ${t.minMonthStays}
  ), cum AS (
    SELECT facility_id, month AS k,
      coalesce(sum(observed) OVER b, 0) AS o_b, coalesce(sum(expected) OVER b, 0) AS e_b, coalesce(count(*) OVER b, 0) AS m_b,
      sum(observed) OVER a AS o_a, sum(expected) OVER a AS e_a, count(*) OVER a AS m_a
    FROM month_oe
    WINDOW b AS (PARTITION BY facility_id ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
      a AS (PARTITION BY facility_id ORDER BY month ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)
  ), tested AS (
    SELECT *, (o_a / e_a) / greatest(o_b / e_b, 1e-9) AS ratio,
      2 * (${xlogx('o_b', '((o_b + o_a) / (e_b + e_a)) * e_b')} + ${xlogx('o_a', '((o_b + o_a) / (e_b + e_a)) * e_a')}) AS lr
    FROM cum WHERE m_b >= ${t.minMonths} AND m_a >= ${t.minMonths} AND e_b > 0 AND e_a > 0
  )
  SELECT * FROM tested
  WHERE lr >= ${t.likelihoodRatio} AND ratio >= ${t.minRatio} AND o_a >= ${t.abovePeersRatio} * e_a
  QUALIFY row_number() OVER (PARTITION BY facility_id ORDER BY lr DESC, k) = 1)`;
}

/**
 * UPCODING `severity_step_at_provider`: at a hospital whose stays above severity I, standardised by
 * each group's monthly rate at the other hospitals of its class, step up from month k on (likelihood
 * ratio, the step at least minRatio of its own earlier ratio, the new level at least abovePeersRatio
 * its peers'), its stays from k on coded above severity I without intensive care or ventilation,
 * admitted at least confirmDays before the extract's last admission. The share of one level's
 * tariff step the change explains (1 - before ratio / after ratio) is at risk.
 */
export function severityStepHitsSql(t: SeverityStepThresholds): string {
  const args = `b.facility_id, strftime(s.k, '%Y-%m'), s.o_b::BIGINT, s.e_b, s.o_b / s.e_b, s.o_a::BIGINT, s.e_a, s.o_a / s.e_a, s.lr, b.kode_inacbg`;
  return `
SELECT b.nomor_sep, 'severity_step_at_provider' AS signal,
  round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')} * (1 - (s.o_b / s.e_b) / (s.o_a / s.e_a)), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Provider {} coded stays above severity I at a higher ratio to its class peers from {} on: {} where the peers'' monthly rates of the same CBG groups give {:.1f} before ({:.2f}x), {} where they give {:.1f} after ({:.2f}x); likelihood ratio {:.1f}; this stay: {}, without intensive care',
    ${args}) AS evidence_en,
  format('RS {} mengode rawat inap di atas severitas I dengan rasio lebih tinggi terhadap RS sekelas sejak {}: {} dengan harapan {:.1f} dari laju bulanan kelompok CBG yang sama sebelumnya ({:.2f}x), {} dengan harapan {:.1f} sesudahnya ({:.2f}x); rasio kemungkinan {:.1f}; rawat ini: {}, tanpa perawatan intensif',
    ${args}) AS evidence_id
FROM fraud_claim_base b JOIN ${stepsSql(t)} s ON s.facility_id = b.facility_id
WHERE b.jenis_rawat = 1 AND b.severity_rank >= 2 AND b.discharge_status <> 4 AND b.icu_indikator = 0 AND b.ventilator_hour = 0
  AND b.tgl_masuk >= s.k AND b.tgl_masuk <= (SELECT max(tgl_masuk) FROM fraud_claim_base) - ${t.confirmDays}`;
}
