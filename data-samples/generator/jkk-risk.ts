// An employer's JKK risk beyond its statutory group and safety latent: size band, island
// group and contribution compliance, multiplied into one factor per employer (`emp_jkk`).
// The size band is the one the employers table publishes, so the feature a model sees is
// the true driver; region and compliance reach the model only through the province code
// and the payment record.
import { JKK_COMPLIANCE_LOG_SLOPE, JKK_REGION_FACTOR, JKK_SIZE_FACTOR, SIZE_BAND_MIN_WORKERS } from './calibration.js';
import { double, literal } from '../sql/index.js';

/** SQL: the size band of `n` distinct workers. */
function sizeBandSql(n: string): string {
  const arms = [...SIZE_BAND_MIN_WORKERS].reverse().map(([band, min]) => `WHEN ${n} >= ${min} THEN ${literal(band)}`);
  return `(CASE ${arms.join(' ')} END)`;
}

function sizeFactorSql(band: string): string {
  return `(CASE ${band} ${Object.entries(JKK_SIZE_FACTOR)
    .map(([b, f]) => `WHEN ${literal(b)} THEN ${double(f)}`)
    .join(' ')} END)`;
}

function regionFactorSql(provinceCode: string): string {
  const arms = JKK_REGION_FACTOR.flatMap(([, digits, f]) => digits.map((d) => `WHEN ${literal(d)} THEN ${double(f)}`));
  return `(CASE left(${provinceCode}, 1) ${arms.join(' ')} ELSE 1.0 END)`;
}

/**
 * `emp_jkk`: per employer its headcount, size band, the three factors and their product
 * `jkk_employer_factor`, scaled so its mean over the wage earners' ledger worker-days is 1.
 * The scaling is done in the extract because its size mix depends on its scale (the largest
 * employers grow with the extract); so the published 4.5 per 1,000 keeps holding.
 * Reads `emp` and `spells_assign` (headcount over all of an employer's spells, as the
 * employers table reports it).
 */
export function employerJkkSql(): string {
  const b = JKK_COMPLIANCE_LOG_SLOPE;
  return `
CREATE OR REPLACE TABLE emp_jkk AS
WITH w AS (
  SELECT employer_idx, count(DISTINCT id) AS n_workers, sum(greatest(0, exp_end - exp_start + 1)) AS exposure_days
  FROM spells_assign WHERE employer_idx IS NOT NULL GROUP BY employer_idx
), f AS (
  SELECT e.idx, coalesce(w.n_workers, 0) AS n_workers, coalesce(w.exposure_days, 0) AS exposure_days,
    ${sizeBandSql('coalesce(w.n_workers, 0)')} AS size_band,
    ${regionFactorSql('e.province_code')} AS region_factor,
    exp(${double(-b)} * e.compliance_latent - ${double((b * b) / 2)}) AS compliance_factor
  FROM emp e LEFT JOIN w ON w.employer_idx = e.idx
), g AS (
  SELECT f.*, ${sizeFactorSql('size_band')} AS size_factor FROM f
), r AS (
  SELECT g.*, size_factor * region_factor * compliance_factor AS raw_factor FROM g
)
SELECT r.* EXCLUDE (raw_factor),
  -- an exact DECIMAL sum: a parallel DOUBLE sum may differ in its last bit between runs
  raw_factor / coalesce((SELECT sum((raw_factor * exposure_days)::DECIMAL(38, 6))::DOUBLE / nullif(sum(exposure_days), 0) FROM r), 1.0) AS jkk_employer_factor
FROM r ORDER BY idx`;
}
