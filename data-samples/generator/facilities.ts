// Contracted hospitals (with the provider fraud latent that concentrates fraud in a minority
// of them) and e-PLKK work-accident cases from the spells' JKK accidents.
import { PROVINCES, REGENCIES_PER_PROVINCE } from '../reference/index.js';
import { JKK_DEATH_WAGES, JKK_PARTIAL_DISABILITY_WAGES, JKK_TOTAL_DISABILITY_WAGES, KK_HOSPITAL_SHARE, PAK_SHARE } from './calibration.js';
import type { RunPlan } from './options.js';
import { literal } from '../sql/index.js';
import { pick } from './sql.js';

/** Fraud types the generator plants, in the order fraudulent providers take them up. */
export const PLANTED_FRAUD_TYPES = Object.freeze([
  'UPCODING',
  'CLONING',
  'PHANTOM_BILLING',
  'INFLATED_BILL',
  'UNBUNDLING',
  'REPEAT_BILLING',
  'PROLONGED_LOS',
  'ROOM_CLASS',
  'READMISSION',
  'COB_KKPAK',
  'PARTICIPANT_ABUSE',
  'VENTILATOR',
  'CANCELLED_SERVICE',
  'UNNECESSARY_TREATMENT',
  'SELF_REFERRAL',
] as const);
/** Share of providers that defraud systematically (assumption: a minority, as audits find). */
export const FRAUDULENT_PROVIDER_SHARE = 0.15;
/** Honest providers still produce this fraction of the overall fraud rate per claim (opportunistic fraud). */
export const HONEST_PROVIDER_RELATIVE_RATE = 0.1;
/** No provider defrauds on more than this share of its claims (assumption). */
export const MAX_PROVIDER_FRAUD_RATE = 0.6;
/** Fraud intensity varies between fraudulent providers: log-normal with this sigma, mean 1 (assumption). */
const INTENSITY_SIGMA = 0.4;
/** Types each fraudulent provider practises. */
export const TYPES_PER_PROVIDER = 5;
/** Chance a treated KK/PAK case is also billed to JKN, at a fraudulent / honest provider (assumption). */
const DOUBLE_BILL_FRAUDULENT = 0.8;
const DOUBLE_BILL_HONEST = 0.02;
/**
 * Honest providers with a clean history: no opportunistic fraud at all, at most one planted
 * one-off (a variant with cleanHistory), so a detector cannot lean on the provider's record.
 */
export const CLEAN_PROVIDER_SHARE = 0.3;
/** Chance a KK/PAK case treated at a clean provider is a candidate for its one double billing (claims-final keeps one per provider). */
export const DOUBLE_BILL_CLEAN_CANDIDATE = 1;
/** Providers that bill haemodialysis, rehabilitation and outpatient chemotherapy as flat packages (assumption). */
const FLAT_PACKAGE_PROVIDER_SHARE = 0.35;

const provinceCodes = PROVINCES.map((p) => literal(p.code));
/** Kilometres per degree of latitude. */
const KM_PER_DEGREE = 111.2;

/** Distance in km between two lat/lon points (equirectangular approximation, good enough at 500 km). */
export function distanceKmSql(lat1: string, lon1: string, lat2: string, lon2: string): string {
  return `(${KM_PER_DEGREE} * sqrt(power(${lat1} - ${lat2}, 2) + power((${lon1} - ${lon2}) * cos(radians((${lat1} + ${lat2}) / 2)), 2)))`;
}

export function facilitiesSql(plan: RunPlan): string[] {
  const types = `[${PLANTED_FRAUD_TYPES.map(literal).join(', ')}]`;
  const n = PLANTED_FRAUD_TYPES.length;
  return [
    `
CREATE OR REPLACE TABLE fac AS
WITH b AS (
  SELECT idx,
    CASE WHEN idx <= ${PROVINCES.length} THEN [${provinceCodes.join(', ')}][idx]
         ELSE ${pick(
           `u(idx, 'fprov')`,
           provinceCodes,
           PROVINCES.map((p) => p.populationWeight),
         )} END AS province_code,
    ${pick(`u(idx, 'hclass')`, ["'A'", "'B'", "'C'", "'D'"], [0.03, 0.2, 0.5, 0.27])} AS hospital_class,
    CASE WHEN u(idx, 'ftype') < 0.15 THEN 'RSK' ELSE 'RSU' END AS facility_type,
    ${pick(`u(idx, 'owner')`, ["'PEMERINTAH'", "'TNI_POLRI'", "'BUMN'", "'SWASTA'"], [0.35, 0.05, 0.05, 0.55])} AS ownership,
    lognorm(idx, 'costfactor', 0.15) AS cost_factor,
    u(idx, 'flatpkg') < ${FLAT_PACKAGE_PROVIDER_SHARE} AS flat_packages
  FROM range(1, ${plan.facilities + 1}) t(idx)
), b2 AS (
  -- a fixed number of fraudulent providers (the share, and enough for every type to be practised at two)
  SELECT b.*, ${
    plan.fraudRate > 0
      ? `row_number() OVER (ORDER BY u(idx, 'fraudulent'), idx) <= greatest(${Math.ceil((2 * PLANTED_FRAUD_TYPES.length) / TYPES_PER_PROVIDER)}, round(${FRAUDULENT_PROVIDER_SHARE} * ${plan.facilities}))`
      : 'false'
  } AS fraudulent
  FROM b
), c AS (
  SELECT b2.*, p.tariff_region,
    ${plan.fraudRate > 0 ? `NOT fraudulent AND u(idx, 'clean') < ${CLEAN_PROVIDER_SHARE}` : 'false'} AS clean_history,
    b2.province_code || lpad((1 + ui(idx, 'freg', ${REGENCIES_PER_PROVINCE}))::VARCHAR, 2, '0') AS regency_code,
    least(6.4, greatest(-11.4, p.lat + (u(idx, 'lat') - 0.5) * 1.0)) AS latitude,
    least(141.4, greatest(94.6, p.lon + (u(idx, 'lon') - 0.5) * 1.0)) AS longitude,
    CASE hospital_class WHEN 'A' THEN 60 WHEN 'B' THEN 30 WHEN 'C' THEN 15 ELSE 8 END AS n_doctors,
    CASE hospital_class WHEN 'A' THEN 8 WHEN 'B' THEN 5 WHEN 'C' THEN 3 ELSE 2 END AS n_coders
  FROM b2 JOIN ref_province p USING (province_code)
), d AS (
  SELECT c.*,
    row_number() OVER (PARTITION BY province_code ORDER BY idx) - 1 AS prov_rank,
    CASE WHEN fraudulent THEN row_number() OVER (PARTITION BY fraudulent ORDER BY idx) - 1 END AS fraud_rank,
    CASE WHEN clean_history THEN row_number() OVER (PARTITION BY clean_history ORDER BY idx) - 1 END AS clean_rank,
    regency_code || 'R' || lpad((row_number() OVER (PARTITION BY regency_code ORDER BY idx))::VARCHAR, 3, '0') AS facility_id
  FROM c
)
SELECT d.*,
  CASE WHEN fraudulent THEN [${Array.from({ length: TYPES_PER_PROVIDER }, (_, k) => `${types}[((fraud_rank * ${TYPES_PER_PROVIDER} + ${k}) % ${n}) + 1]`).join(', ')}] END AS fraud_types,
  CASE WHEN fraudulent THEN lognorm(idx, 'intensity', ${INTENSITY_SIGMA}) ELSE 1.0 END AS fraud_intensity
FROM d ORDER BY idx`,
    `CREATE OR REPLACE TABLE fac_count AS SELECT province_code, count(*) AS n FROM fac GROUP BY province_code`,
    // the facility a referral or transfer goes to: the nearest other one
    `CREATE OR REPLACE TABLE fac_partner AS
   SELECT f.idx, p.idx AS partner_idx FROM fac f JOIN fac p ON p.idx <> f.idx
   QUALIFY row_number() OVER (PARTITION BY f.idx ORDER BY ${distanceKmSql('f.latitude', 'f.longitude', 'p.latitude', 'p.longitude')}, p.idx) = 1`,
    // where a hospital refers a patient it cannot treat: the nearest one of a higher class (A highest)
    `CREATE OR REPLACE TABLE fac_referral_up AS
   SELECT f.idx, p.idx AS partner_idx FROM fac f JOIN fac p ON p.hospital_class < f.hospital_class
   QUALIFY row_number() OVER (PARTITION BY f.idx ORDER BY ${distanceKmSql('f.latitude', 'f.longitude', 'p.latitude', 'p.longitude')}, p.idx) = 1`,
    `CREATE OR REPLACE TABLE fac_clean AS
   SELECT idx, province_code, row_number() OVER (PARTITION BY province_code ORDER BY idx) - 1 AS clean_prov_rank FROM fac WHERE clean_history`,
    `CREATE OR REPLACE TABLE fac_clean_count AS SELECT province_code, count(*) AS n FROM fac_clean GROUP BY province_code`,
    `CREATE OR REPLACE TABLE fac_phantom AS
   SELECT idx, latitude, longitude, row_number() OVER (ORDER BY idx) - 1 AS phantom_rank FROM fac WHERE list_contains(fraud_types, 'PHANTOM_BILLING')`,
    `CREATE OR REPLACE TABLE fac_phantom_count AS SELECT count(*) AS n FROM fac_phantom`,
  ];
}

/** e-PLKK cases: one per spell with an accident (spells capped by death already). */
export function kkpakSql(plan: RunPlan): string {
  const location = pick(`u(sk, 'location')`, ["'TEMPAT_KERJA'", "'PERJALANAN'", "'LUAR_TEMPAT_KERJA'"], [0.7, 0.25, 0.05]);
  return `
CREATE OR REPLACE TABLE kk AS
WITH a AS (
  SELECT s.sk, s.id, s.nik, s.employer_id, s.accident_date, s.outcome, s.reported_wage, m.province_code,
    CASE WHEN u(sk, 'pak') < ${PAK_SHARE} THEN 'PAK' ELSE 'KK' END AS case_type,
    ${location} AS location,
    u(sk, 'hospital') < ${KK_HOSPITAL_SHARE} AS treated,
    CASE s.outcome WHEN 'SEMBUH' THEN round(14 * lognorm(sk, 'daysoff', 0.8))::INTEGER
                   WHEN 'CACAT_SEBAGIAN' THEN 60 + ui(sk, 'daysoff', 120)::INTEGER
                   WHEN 'CACAT_TOTAL' THEN 365 ELSE ui(sk, 'daysoff', 10)::INTEGER END AS days_off
  FROM spells_x s JOIN m USING (id)
  WHERE s.has_case AND s.accident_date <= DATE '${plan.ledgerEnd}' - 3
), b AS (
  SELECT a.*, f.facility_id, f.idx AS facility_idx, f.fraudulent, f.clean_history
  FROM a LEFT JOIN fac_count c USING (province_code)
  LEFT JOIN fac f ON a.treated AND f.province_code = a.province_code AND f.prov_rank = ui(a.sk, 'kkfac', c.n)
)
SELECT b.*,
  'PLKK' || lpad(sk::VARCHAR, 11, '0') AS case_id,
  least(DATE '${plan.ledgerEnd}', accident_date + (CASE WHEN u(sk, 'reportlate') < 0.9 THEN ui(sk, 'reportdays', 3) ELSE 3 + ui(sk, 'reportdays', 28) END)::INTEGER) AS reported_date,
  CASE WHEN treated THEN facility_id || strftime(accident_date, '%m%y') || 'V'
    || lpad((900000 + row_number() OVER (PARTITION BY facility_id, strftime(accident_date, '%m%y') ORDER BY sk))::VARCHAR, 6, '0') END AS nomor_sep,
  (CASE WHEN treated THEN round(6000000 * lognorm(sk, 'care', 0.7), -3) ELSE round(400000 * lognorm(sk, 'care', 0.5), -3) END
   + round(least(days_off, 365) * reported_wage / 30.0, -3)
   + CASE outcome WHEN 'MENINGGAL' THEN ${JKK_DEATH_WAGES} * reported_wage
                  WHEN 'CACAT_TOTAL' THEN ${JKK_TOTAL_DISABILITY_WAGES} * reported_wage
                  WHEN 'CACAT_SEBAGIAN' THEN round((0.05 + 0.45 * u(sk, 'partialpct')) * ${JKK_PARTIAL_DISABILITY_WAGES} * reported_wage, -3)
                  ELSE 0 END)::BIGINT AS jkk_benefit_paid,
  treated AND ${
    plan.fraudRate > 0
      ? `u(sk, 'doublebill') < (CASE WHEN fraudulent THEN ${DOUBLE_BILL_FRAUDULENT}
    WHEN clean_history THEN ${DOUBLE_BILL_CLEAN_CANDIDATE} ELSE ${DOUBLE_BILL_HONEST} END)`
      : 'false'
  } AS double_billed
FROM b ORDER BY sk`;
}
