// Claim skeletons: who is treated where and when, and whether the provider defrauds on that
// claim. Regular episodes come from members; phantom claims (a card at a distant provider the
// same day, service after death) and KK/PAK cases double-billed to JKN are added here.
import type { RunPlan } from './options.js';
import { groupIndex } from './reference-tables.js';
import { PROVINCES } from '../reference/index.js';
import { lit, listLit, num, pick } from './sql.js';
import { HONEST_PROVIDER_RELATIVE_RATE, MAX_PROVIDER_FRAUD_RATE } from './facilities.js';

/** Slots per member over the ledger; a member's claim count is Binomial(slots, p) (assumption). */
export const CLAIM_SLOTS = 16;
/** Share of claims that are inpatient episodes (assumption: FKRTL inpatient ~20-25%). */
const INPATIENT_SHARE = 0.22;
/** Share of episodes at a provider in the member's own province (assumption). */
const HOME_PROVINCE_CARE = 0.92;
/** Relative claim frequency by age band (assumption), normalised by its population mean 0.9. */
const AGE_CLAIM_FACTOR = '(CASE WHEN age_end < 18 THEN 0.5 WHEN age_end < 50 THEN 0.8 WHEN age_end < 65 THEN 1.6 ELSE 2.5 END::DOUBLE / 0.9)';
/** Dispersion of individual claim propensity (sigma of log frailty; assumption). */
const FRAILTY_SIGMA = 0.8;
/** Share of non-work deaths that occur in hospital, ending in a JKN claim with discharge status 4 (assumption). */
export const IN_HOSPITAL_DEATH_SHARE = 0.35;
/** Share of deceased members whose card is billed after death by a fraudulent provider. */
const POSTHUMOUS_BILLING_SHARE = 0.2;
/** Fraud an otherwise honest provider commits now and then (assumption). */
const OPPORTUNISTIC_TYPES = ['INFLATED_BILL', 'UPCODING', 'ROOM_CLASS', 'PROLONGED_LOS', 'REPEAT_BILLING'];
/** Minimum distance (km) between two providers billing one card on the same day. */
export const DISTANT_KM = 500;
/** Kilometres per degree of latitude. */
const KM_PER_DEGREE = 111.2;

const TRAUMA_INPATIENT = ['S-4-10', 'S-4-11', 'S-1-10', 'M-1-60'].map(groupIndex);

/** Distance in km between two lat/lon points (equirectangular approximation, good enough at 500 km). */
export function distanceKmSql(lat1: string, lon1: string, lat2: string, lon2: string): string {
  return `(${KM_PER_DEGREE} * sqrt(power(${lat1} - ${lat2}, 2) + power((${lon1} - ${lon2}) * cos(radians((${lat1} + ${lat2}) / 2)), 2)))`;
}

export function skeletonSql(plan: RunPlan): string[] {
  const honest = plan.fraudRate * HONEST_PROVIDER_RELATIVE_RATE;
  const years = `(c_days / 365.25)`;
  const provinceCodes = PROVINCES.map((p) => lit(p.code));
  const resolvedType = `CASE
      WHEN NOT is_fraud THEN NULL
      WHEN ftype = 'COB_KKPAK' AND jkn_segment <> 'PPU' THEN 'INFLATED_BILL'
      WHEN ftype = 'PHANTOM_BILLING' AND u(ck, 'phantomvariant') >= 0.5 THEN 'PHANTOM_DISTANT'
      ELSE ftype END`;
  const spawnTypes = `('CLONING', 'REPEAT_BILLING', 'UNBUNDLING', 'READMISSION', 'PHANTOM_DISTANT')`;
  const inpatientTypes = `('UPCODING', 'PROLONGED_LOS', 'ROOM_CLASS', 'UNBUNDLING', 'READMISSION', 'PHANTOM_BILLING')`;
  return [`
CREATE OR REPLACE TABLE skel_pre AS
WITH a AS (
  SELECT id, province_code, age_end, jkn_segment,
    greatest(DATE '${plan.ledgerStart}', jkn_registered_date) AS c_start,
    least(DATE '${plan.ledgerEnd}', coalesce(death_date - 1, DATE '${plan.ledgerEnd}')) AS c_end
  FROM m
), b AS (
  SELECT *, c_end - c_start + 1 AS c_days FROM a WHERE c_end >= c_start
), c AS (
  SELECT *, least(0.95, ${plan.claimsPerMemberYear} * ${AGE_CLAIM_FACTOR} * lognorm(id, 'frailty', ${FRAILTY_SIGMA}) * ${years} / ${CLAIM_SLOTS}) AS p_slot,
    unnest(range(${CLAIM_SLOTS})) AS slot
  FROM b
), d AS (
  SELECT *, (id * 20 + slot) * 10 AS ck FROM c
), e AS (
  SELECT id, ck, jkn_segment, c_start + ui(ck, 'date', c_days)::INTEGER AS tgl_masuk,
    u(ck, 'inpatient') < ${INPATIENT_SHARE} AS inpatient_draw,
    CASE WHEN u(ck, 'homecare') < ${HOME_PROVINCE_CARE} THEN province_code
         ELSE ${pick(`u(ck, 'careprov')`, provinceCodes, PROVINCES.map((p) => p.populationWeight))} END AS care_province
  FROM d WHERE u(ck, 'claim') < p_slot
)
SELECT e.id, e.ck, e.jkn_segment, e.tgl_masuk, e.inpatient_draw, x.idx AS facility_idx
FROM e JOIN fac_count c ON c.province_code = e.care_province
JOIN fac x ON x.province_code = e.care_province AND x.prov_rank = ui(e.ck, 'facility', c.n)
ORDER BY e.ck`,
  // per-claim fraud probability by provider, scaled on the realised claim volumes so the overall rate is the requested one
  `
CREATE OR REPLACE TABLE fac_p AS
WITH v AS (SELECT facility_idx AS idx, count(*) AS n FROM skel_pre GROUP BY facility_idx),
w AS (SELECT f.idx, f.fraudulent, f.fraud_intensity, coalesce(v.n, 0) AS n FROM fac f LEFT JOIN v USING (idx)),
k AS (SELECT sum(n) AS total, sum(CASE WHEN NOT fraudulent THEN n ELSE 0 END) AS honest_n,
        sum(CASE WHEN fraudulent THEN n * fraud_intensity ELSE 0 END) AS weighted_fraudulent FROM w)
SELECT w.idx, CASE WHEN w.fraudulent
    THEN least(${MAX_PROVIDER_FRAUD_RATE}, w.fraud_intensity * greatest(0, ${num(plan.fraudRate)} * k.total - ${num(honest)} * k.honest_n) / greatest(k.weighted_fraudulent, 1))
    ELSE ${num(honest)} END AS p_fraud
FROM w CROSS JOIN k`,
  `
CREATE OR REPLACE TABLE skel_regular AS
WITH f AS (
  SELECT s.*, u(ck, 'fraud') < p.p_fraud AS is_fraud,
    coalesce(x.fraud_types[1 + ui(ck, 'fraudtype', 3)], (${listLit(OPPORTUNISTIC_TYPES)})[1 + ui(ck, 'fraudtype', ${OPPORTUNISTIC_TYPES.length})]) AS ftype
  FROM skel_pre s JOIN fac_p p ON p.idx = s.facility_idx JOIN fac x ON x.idx = s.facility_idx
), g AS (
  SELECT f.*, ${resolvedType} AS rtype FROM f
)
SELECT ck AS claim_key, id, facility_idx, tgl_masuk,
  inpatient_draw OR rtype IN ${inpatientTypes} AS inpatient,
  NULL::INTEGER AS forced_group, NULL::VARCHAR AS forced_sev, false AS death_claim,
  CASE WHEN rtype NOT IN ${spawnTypes} THEN rtype END AS inplace_type,
  CASE WHEN rtype IN ${spawnTypes} THEN rtype END AS spawn_type,
  NULL::VARCHAR AS forced_sep
FROM g ORDER BY ck`,
  // an in-hospital death: the last episode ends on the day of death with discharge status 4
  `
CREATE OR REPLACE TABLE skel_extra AS
SELECT (id * 20 + 19) * 10 AS claim_key, id, f.idx AS facility_idx,
  greatest(DATE '${plan.ledgerStart}', death_date - 1 - ui(id, 'deathstay', 6)::INTEGER) AS tgl_masuk,
  true AS inpatient, NULL::INTEGER AS forced_group, 'III' AS forced_sev, true AS death_claim,
  NULL::VARCHAR AS inplace_type, NULL::VARCHAR AS spawn_type, NULL::VARCHAR AS forced_sep
FROM m JOIN fac_count c USING (province_code)
JOIN fac f ON f.province_code = m.province_code AND f.prov_rank = ui(m.id, 'deathfac', c.n)
WHERE death_date IS NOT NULL AND NOT work_death AND u(id, 'inhospital') < ${IN_HOSPITAL_DEATH_SHARE}
  AND death_date - 8 >= DATE '${plan.ledgerStart}' AND death_date >= jkn_registered_date + 8
ORDER BY claim_key`,
  // PHANTOM_BILLING: the same card billed the same day by a fraudulent provider far away
  `
INSERT INTO skel_extra
SELECT claim_key, id, facility_idx, tgl_masuk, false, NULL, NULL, false, 'PHANTOM_BILLING', NULL, NULL FROM (
  SELECT s.claim_key + 1 AS claim_key, s.id, f2.idx AS facility_idx, s.tgl_masuk
  FROM skel_regular s JOIN fac f1 ON f1.idx = s.facility_idx
  JOIN fac_phantom f2 ON ${distanceKmSql('f1.latitude', 'f1.longitude', 'f2.latitude', 'f2.longitude')} > ${DISTANT_KM}
  WHERE s.spawn_type = 'PHANTOM_DISTANT'
  QUALIFY row_number() OVER (PARTITION BY s.claim_key ORDER BY hash(s.claim_key, f2.idx, ${plan.seed})) = 1
) ORDER BY claim_key`,
  // PHANTOM_BILLING: service after the member's death
  `
INSERT INTO skel_extra
SELECT (id * 20 + 18) * 10 + 2, id, f.idx, death_date + 7 + ui(id, 'ghostday', least(60, DATE '${plan.ledgerEnd}' - death_date - 20))::INTEGER,
  false, ${groupIndex('Q-5-44')}, NULL, false, 'PHANTOM_BILLING', NULL, NULL
FROM m CROSS JOIN fac_phantom_count c
JOIN fac_phantom f ON f.phantom_rank = ui(m.id, 'ghostfac', greatest(c.n, 1))
WHERE death_date IS NOT NULL AND death_date < DATE '${plan.ledgerEnd}' - 30 AND c.n > 0
  AND u(id, 'posthumous') < ${POSTHUMOUS_BILLING_SHARE}
ORDER BY id`,
  // COB_KKPAK: a KK/PAK case paid by JKK is billed to JKN as well, under the e-PLKK SEP
  `
INSERT INTO skel_extra
SELECT sk * 10 + 3, id, facility_idx, accident_date, true,
  [${TRAUMA_INPATIENT.join(', ')}][1 + ui(sk, 'cobgroup', ${TRAUMA_INPATIENT.length})], NULL, false, 'COB_KKPAK', NULL, nomor_sep
FROM kk WHERE double_billed
ORDER BY sk`];
}
