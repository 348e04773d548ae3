// Households: the family card (Kartu Keluarga, KK) each member is on and the relationship to
// its head, built over the persons the population stage drew (whose attributes stay as they
// are). Married adults are paired within their province by birth-date rank (head the man,
// spouse the woman); a child (under 18, or an unmarried adult under 30 most of the time)
// joins the household of a mother 18-40 years older in the province (twins the same one);
// a single older person often lives with a younger household as another relative; everyone
// else heads a household of their own. The number is built like a NIK: the head's province,
// regency and district, the issue date DDMMYY, a serial.
import type { RunPlan } from './options.js';

const DAYS_PER_YEAR = 365.25;
/** Share of adults married, by age at the ledger end (assumption, after BPS marital status tables). */
const MARRIED_SHARE_SQL = `(CASE WHEN age_end < 20 THEN 0.05 WHEN age_end < 25 THEN 0.35 WHEN age_end < 30 THEN 0.7 WHEN age_end < 65 THEN 0.88 ELSE 0.6 END)`;
/** Unmarried adults under this age still live on their parents' family card, this often (assumption). */
const ADULT_CHILD_MAX_AGE = 35;
const ADULT_CHILD_SHARE = 0.85;
/** A single person aged this or more lives with a younger household this often (assumption). */
const ELDER_AGE = 55;
const ELDER_WITH_FAMILY_SHARE = 0.9;
/** A younger single adult lives with a sibling's or relative's household this often (assumption). */
const RELATIVE_SHARE = 0.8;
/** Mother's age at a child's birth: 18 plus up to this many years (assumption). */
const MOTHER_AGE_SPREAD = 22;
/** Unmarried women who head a household with their children (single mothers), among those 20-55 (assumption). */
const SINGLE_MOTHER_SHARE = 0.15;
/**
 * Mean household size the construction aims at (assumption: BPS reports about 3.8 persons per
 * household from SUSENAS; not in DOMAIN.md). The extract's age mix, not a target, decides it.
 */
export const HOUSEHOLD_SIZE_ASSUMED = 3.8;

/**
 * Table `hh` (id, household_id, hubungan_keluarga, nomor_kk) over every person of `m`, and
 * `hh_size` (household_id, n).
 */
export function householdsSql(plan: RunPlan): string[] {
  const years = (n: string): string => `floor((${n}) * ${DAYS_PER_YEAR})::INTEGER`;
  /**
   * Pick uniformly one of the candidates (table `cand`: province_code, birth_date, household_id,
   * r = rank by birth date within the province) born in [lo, hi], for each row of `who`.
   */
  const pickIn = (who: string, cand: string, salt: string): string => `
    SELECT p.id, c.household_id FROM (
      SELECT w.id, w.province_code, coalesce(a.r, 0) + 1 AS lo_r, coalesce(b.r, 0) AS hi_r
      FROM (${who}) w
      ASOF LEFT JOIN ${cand} a ON a.province_code = w.province_code AND w.lo > a.birth_date
      ASOF LEFT JOIN ${cand} b ON b.province_code = w.province_code AND w.hi >= b.birth_date
    ) p JOIN ${cand} c ON c.province_code = p.province_code AND c.r = p.lo_r + ui(p.id, ${`'${salt}'`}, p.hi_r - p.lo_r + 1)
    WHERE p.hi_r >= p.lo_r`;
  return [
    `
CREATE OR REPLACE TABLE hh_adult AS
WITH a AS (
  SELECT id, sex, birth_date, province_code, age_end >= 18 AND u(id, 'married') < ${MARRIED_SHARE_SQL} AS married FROM m
), r AS (
  SELECT id, sex, province_code, row_number() OVER (PARTITION BY province_code, sex ORDER BY birth_date, id) AS r
  FROM a WHERE married
)
SELECT w.id AS wife, h.id AS husband FROM r w JOIN r h ON h.province_code = w.province_code AND h.r = w.r AND h.sex = 'L'
WHERE w.sex = 'P'
ORDER BY husband`,
    `
CREATE OR REPLACE TABLE hh_mother AS
-- households a child can join: a couple's (through the wife) or a single mother's
SELECT mother, province_code, birth_date, household_id, row_number() OVER (PARTITION BY province_code ORDER BY birth_date, mother) AS r
FROM (
  SELECT m.id AS mother, m.province_code, m.birth_date, coalesce(c.husband, m.id) AS household_id
  FROM m LEFT JOIN hh_adult c ON c.wife = m.id
  WHERE m.sex = 'P' AND (c.husband IS NOT NULL
    OR (m.age_end BETWEEN 20 AND 55 AND u(m.id, 'singlemother') < ${SINGLE_MOTHER_SHARE}))
)
ORDER BY mother`,
    `
CREATE OR REPLACE TABLE hh_child AS
${pickIn(
  `SELECT family_id AS id, any_value(province_code) AS province_code,
      any_value(birth_date) - ${years(`18 + ${MOTHER_AGE_SPREAD}`)} AS lo, any_value(birth_date) - ${years('18')} AS hi
    FROM m
    WHERE id NOT IN (SELECT wife FROM hh_adult) AND id NOT IN (SELECT husband FROM hh_adult) AND id NOT IN (SELECT mother FROM hh_mother)
      AND (age_end < 18 OR (age_end < ${ADULT_CHILD_MAX_AGE} AND u(id, 'adultchild') < ${ADULT_CHILD_SHARE}))
    GROUP BY family_id`,
  'hh_mother',
  'mother',
)}`,
    // twins were picked once, by the first twin's id: both join that household
    `CREATE OR REPLACE TABLE hh_child AS
SELECT m.id, c.household_id FROM hh_child c JOIN m ON m.family_id = c.id
WHERE m.id NOT IN (SELECT wife FROM hh_adult) AND m.id NOT IN (SELECT husband FROM hh_adult) AND m.id NOT IN (SELECT mother FROM hh_mother)
ORDER BY m.id`,
    `
CREATE OR REPLACE TABLE hh_head AS
SELECT DISTINCT h.household_id, m.province_code, m.birth_date, 0 AS r FROM hh_mother h JOIN m ON m.id = h.household_id`,
    `CREATE OR REPLACE TABLE hh_head AS SELECT household_id, province_code, birth_date, row_number() OVER (PARTITION BY province_code ORDER BY birth_date, household_id) AS r FROM hh_head`,
    `
CREATE OR REPLACE TABLE hh_relative AS
-- an older single person lives with a household whose head is 15-45 years younger; another single adult with one of a similar age
${pickIn(
  `SELECT id, province_code,
      CASE WHEN age_end >= ${ELDER_AGE} THEN birth_date + ${years('15')} ELSE birth_date - ${years('10')} END AS lo,
      CASE WHEN age_end >= ${ELDER_AGE} THEN birth_date + ${years('45')} ELSE birth_date + ${years('10')} END AS hi
    FROM m
    WHERE age_end >= 18 AND u(id, 'relative') < (CASE WHEN age_end >= ${ELDER_AGE} THEN ${ELDER_WITH_FAMILY_SHARE} ELSE ${RELATIVE_SHARE} END)
      AND id NOT IN (SELECT wife FROM hh_adult) AND id NOT IN (SELECT husband FROM hh_adult) AND id NOT IN (SELECT mother FROM hh_mother)
      AND id NOT IN (SELECT id FROM hh_child)`,
  'hh_head',
  'relative',
)}`,
    `
CREATE OR REPLACE TABLE hh AS
WITH roles AS (
  SELECT husband AS id, husband AS household_id, 'KEPALA' AS hubungan_keluarga FROM hh_adult
  UNION ALL SELECT wife, husband, 'PASANGAN' FROM hh_adult
  UNION ALL SELECT mother, household_id, 'KEPALA' FROM hh_mother WHERE household_id = mother
  UNION ALL SELECT id, household_id, 'ANAK' FROM hh_child
  UNION ALL SELECT id, household_id, 'FAMILI_LAIN' FROM hh_relative
), everyone AS (
  SELECT m.id, coalesce(r.household_id, m.id) AS household_id, coalesce(r.hubungan_keluarga, 'KEPALA') AS hubungan_keluarga
  FROM m LEFT JOIN roles r USING (id)
), issued AS (
  -- the card as last re-issued: at the head's JKN registration, or at the latest birth in the household
  SELECT e.household_id, max(greatest(x.birth_date, h.jkn_registered_date)) AS issue_date
  FROM everyone e JOIN m x ON x.id = e.id JOIN m h ON h.id = e.household_id GROUP BY e.household_id
), numbered AS (
  SELECT i.household_id,
    h.province_code || substr(h.regency_code, 3, 2) || h.district_code || strftime(least(i.issue_date, DATE '${plan.ledgerEnd}'), '%d%m%y') AS prefix
  FROM issued i JOIN m h ON h.id = i.household_id
)
SELECT e.id, e.household_id, e.hubungan_keluarga,
  n.prefix || lpad((dense_rank() OVER (PARTITION BY n.prefix ORDER BY e.household_id))::VARCHAR, 4, '0') AS nomor_kk
FROM everyone e JOIN numbered n USING (household_id)
ORDER BY e.id`,
    `CREATE OR REPLACE TABLE hh_size AS SELECT household_id, count(*) AS n FROM hh GROUP BY household_id`,
  ];
}
