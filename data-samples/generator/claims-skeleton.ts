// Claim skeletons: who is treated where and when, whether the provider defrauds on that
// claim and by which variant (variants.ts). Regular episodes come from members; phantom
// claims (a card billed far away, service after death), KK/PAK cases billed to JKN, twins
// admitted together and readmissions for another condition are added here.
import type { RunPlan } from './options.js';
import { CBG_GROUPS, ICD10_SIBLING, groupFitsAgeSql, groupIndex } from './reference-tables.js';
import { PROVINCES } from '../reference/index.js';
import { double, literal, varcharList } from '../sql/index.js';
import { pick } from './sql.js';
import { HONEST_PROVIDER_RELATIVE_RATE, MAX_PROVIDER_FRAUD_RATE, TYPES_PER_PROVIDER, distanceKmSql } from './facilities.js';
import { FRAUD_VARIANTS } from './variants.js';
import { newbornSql } from './membership.js';
import { NEWBORN_ADMISSION_SHARE } from './population.js';
import { EMERGENCY_OUTPATIENT_SHARE, clinicCalendarSql } from './clinic-days.js';

/** Slots per member over the ledger; a member's claim count is Binomial(slots, p) (assumption). */
export const CLAIM_SLOTS = 16;
/** Share of claims that are inpatient episodes (assumption: FKRTL inpatient ~20-25%). */
const INPATIENT_SHARE = 0.22;
/** Share of episodes at a provider in the member's own province (assumption). */
const HOME_PROVINCE_CARE = 0.92;
/** Relative claim frequency by age band (assumption), normalised by its population mean 0.9. */
const AGE_CLAIM_FACTOR =
  '(CASE WHEN age_end < 18 THEN 0.5 WHEN age_end < 50 THEN 0.8 WHEN age_end < 65 THEN 1.6 ELSE 2.5 END::DOUBLE / 0.9)';
/** Dispersion of individual claim propensity (sigma of log frailty; assumption). */
const FRAILTY_SIGMA = 0.8;
/** Share of non-work deaths that occur in hospital, ending in a JKN claim with discharge status 4 (assumption). */
export const IN_HOSPITAL_DEATH_SHARE = 0.35;
/** Share of deceased members whose card is billed after death by a fraudulent provider. */
const POSTHUMOUS_BILLING_SHARE = 0.2;
/** Share of deceased members who are a candidate for a clean provider's one posthumous billing. */
const POSTHUMOUS_CLEAN_CANDIDATE = 0.25;
/** Share of a clean provider's claims that are a candidate for its one repeat billing. */
const CLEAN_REPEAT_CANDIDATE = 0.01;
/** Fraud an otherwise honest provider commits now and then (assumption). */
const OPPORTUNISTIC_TYPES = ['INFLATED_BILL', 'UPCODING', 'ROOM_CLASS', 'PROLONGED_LOS', 'REPEAT_BILLING'];
/** Minimum distance (km) between two providers billing one card on the same day. */
export const DISTANT_KM = 500;
/** Honest severe (severity III) stays referred to the nearest hospital of a higher class the day they end (assumption). */
const TRANSFER_SHARE = 0.015;
/** Honest inpatient stays followed by an admission for another condition 12-25 days later (assumption). */
const READMISSION_OTHER_SHARE = 0.03;
/** Twin pairs admitted together, once in the ledger (assumption). */
const TWINS_ADMITTED_SHARE = 0.6;

/** Relative frequency of a type's variants on regular claims (assumption); types absent pick by their own rule. */
const VARIANT_WEIGHTS: Readonly<Record<string, number>> = Object.freeze({
  upcoding_two_mcc: 0.4,
  upcoding_single_mcc: 0.3,
  upcoding_one_step: 0.3,
  clone_same_doctor_day: 0.4,
  clone_other_day: 0.3,
  clone_other_doctor: 0.3,
  phantom_distant_same_day: 0.3,
  phantom_distant_during_stay: 0.25,
  phantom_sep_after_discharge: 0.45,
  inflated_drugs_x3_5: 0.3,
  inflated_topup_without_procedure: 0.25,
  inflated_moderate: 0.25,
  inflated_support_services: 0.2,
  split_adjacent_day: 0.4,
  split_outpatient_during_stay: 0.3,
  split_gap_days: 0.3,
  resubmit_identical: 0.4,
  resubmit_shifted_dates: 0.3,
  resubmit_recoded: 0.3,
  los_far_above: 0.35,
  los_just_above_p90: 0.35,
  los_extra_days: 0.3,
  readmit_same_cbg: 0.4,
  readmit_regrouped_severity: 0.3,
  readmit_swapped_4th_digit: 0.3,
  vent_96_to_99h: 0.4,
  vent_100_to_110h: 0.3,
  vent_whole_days: 0.3,
  surgery_fee_zero: 0.4,
  surgery_fee_token: 0.3,
  procedure_not_done_code: 0.3,
  one_day_admission_minor: 0.4,
  two_day_admission_minor: 0.3,
  ct_for_minor_complaint: 0.3,
  short_stay_then_referred: 0.4,
  referral_shared_doctor: 0.3,
  referral_after_three_day_stay: 0.3,
});

/** Groups each variant is billed in, where it needs one (INA-CBG group keys). */
const VENTILATED_GROUPS = ['J-4-20', 'A-4-10', 'J-4-16', 'G-4-13'];
const CANCELLED_SERVICE_GROUPS = ['K-1-12', 'K-1-13', 'B-1-10', 'U-1-13', 'H-2-36'];
const OUTPATIENT_CONDITION_GROUPS = ['K-4-17', 'I-4-17', 'J-4-19', 'N-4-11'];
const TRAUMA_INPATIENT = ['S-4-10', 'S-4-11', 'S-1-10', 'M-1-60'].map(groupIndex);
/** Inpatient groups with a diagnosis that has a sibling code for either sex, outside obstetrics and neonatology. */
const SIBLING_CODED_GROUPS = CBG_GROUPS.filter(
  (g) =>
    g.inpatient &&
    !['O', 'P'].includes(g.cmg) &&
    g.dxMale.some((c) => ICD10_SIBLING.has(c)) &&
    g.dxFemale.some((c) => ICD10_SIBLING.has(c)),
).map((g) => g.key);
/** Groups twins are admitted in together (common childhood admissions). */
const TWIN_GROUPS = ['A-4-13', 'J-4-16', 'K-4-17'];

const groupList = (keys: readonly string[]): string => `[${keys.map(groupIndex).join(', ')}]`;
/** One of the groups `keys` for a claim, among those with a diagnosis plausible at the member's age (`sex`, `age_at`). */
const anyOf = (keys: readonly string[], salt: string): string => {
  const fit = `list_filter(${groupList(keys)}, g -> ${groupFitsAgeSql('g', 'sex', 'age_at')})`;
  return `(CASE WHEN len(${fit}) > 0 THEN ${fit}[1 + ui(ck, ${literal(salt)}, len(${fit}))] ELSE ${groupList(keys)}[1 + ui(ck, ${literal(salt)}, ${keys.length})] END)`;
};

/** SQL picking one of `codes` for a claim by VARIANT_WEIGHTS. */
function variantPick(codes: readonly string[], salt = 'variant'): string {
  return pick(
    `u(ck, ${literal(salt)})`,
    codes.map(literal),
    codes.map((c) => VARIANT_WEIGHTS[c] ?? 1),
  );
}

const codesOf = (type: string): string[] =>
  FRAUD_VARIANTS.filter((x) => x.fraudType === type && VARIANT_WEIGHTS[x.code] !== undefined).map((x) => x.code);

/** The variant of a regular claim's fraud type `rtype`, given the member (sex, care_class, age_at) and the stay. */
function regularVariantSql(): string {
  const generic = [
    'UPCODING',
    'CLONING',
    'PHANTOM_BILLING',
    'INFLATED_BILL',
    'UNBUNDLING',
    'PROLONGED_LOS',
    'READMISSION',
    'VENTILATOR',
    'CANCELLED_SERVICE',
    'UNNECESSARY_TREATMENT',
    'SELF_REFERRAL',
  ];
  return `CASE rtype
      ${generic.map((t) => `WHEN ${literal(t)} THEN ${variantPick(codesOf(t))}`).join('\n      ')}
      WHEN 'REPEAT_BILLING' THEN (CASE WHEN inpatient_draw THEN ${variantPick(codesOf('REPEAT_BILLING'))}
                                       ELSE ${variantPick(['resubmit_identical', 'resubmit_shifted_dates'])} END)
      WHEN 'ROOM_CLASS' THEN (CASE care_class WHEN 1 THEN 'upgrade_without_payor'
          WHEN 2 THEN (CASE WHEN u(ck, 'variant') < 0.5 THEN 'class_above_entitlement' ELSE 'upgrade_paid_by_member_billed_to_jkn' END)
          ELSE ${pick(`u(ck, 'variant')`, ["'class_above_entitlement'", "'class_two_steps'", "'upgrade_paid_by_member_billed_to_jkn'"], [0.35, 0.3, 0.35])} END)
      WHEN 'COB_KKPAK' THEN 'kkpak_unreported_wrong_payer'
      WHEN 'PARTICIPANT_ABUSE' THEN (CASE
          WHEN sex = 'P' AND age_at >= 1 AND (age_at < 12 OR age_at >= 55)
            THEN ${pick(`u(ck, 'variant')`, ["'sex_mismatch_code'", "'obstetric_code_child_or_elderly'", "'neonatal_code_on_older_member'"], [0.25, 0.5, 0.25])}
          WHEN age_at >= 1 THEN (CASE WHEN u(ck, 'variant') < 0.55 THEN 'sex_mismatch_code' ELSE 'neonatal_code_on_older_member' END)
          ELSE 'sex_mismatch_code' END)
    END`;
}

export function skeletonSql(plan: RunPlan): string[] {
  const honest = plan.fraudRate * HONEST_PROVIDER_RELATIVE_RATE;
  const years = `(c_days / 365.25)`;
  const provinceCodes = PROVINCES.map((p) => literal(p.code));
  const spawnTypes = `('CLONING', 'REPEAT_BILLING', 'UNBUNDLING', 'READMISSION')`;
  const inpatientTypes = `('UPCODING', 'PROLONGED_LOS', 'ROOM_CLASS', 'UNBUNDLING', 'READMISSION', 'VENTILATOR', 'SELF_REFERRAL')`;
  const inpatientVariants = `('phantom_sep_after_discharge', 'phantom_distant_during_stay', 'one_day_admission_minor', 'two_day_admission_minor')`;
  const extraColumns = `NULL::BIGINT AS draw_key, NULL::INTEGER AS forced_los, NULL::INTEGER AS min_los, NULL::BIGINT AS anchor_key,
    false AS clean_candidate, NULL::VARCHAR AS lookalike, NULL::BIGINT AS relocate_to`;
  return [
    clinicCalendarSql(plan),
    `
CREATE OR REPLACE TABLE skel_pre AS
WITH a AS (
  SELECT id, province_code, age_end, jkn_segment, sex, birth_date, care_class,
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
), e0 AS (
  SELECT id, ck, jkn_segment, sex, birth_date, care_class, c_start, c_end, c_start + ui(ck, 'date', c_days)::INTEGER AS day_drawn,
    u(ck, 'inpatient') < ${INPATIENT_SHARE} AS inpatient_draw,
    CASE WHEN u(ck, 'homecare') < ${HOME_PROVINCE_CARE} THEN province_code
         ELSE ${pick(
           `u(ck, 'careprov')`,
           provinceCodes,
           PROVINCES.map((p) => p.populationWeight),
         )} END AS care_province
  FROM d WHERE u(ck, 'claim') < p_slot
), e AS (
  -- a clinic visit (an outpatient not seen by the emergency department: the route claims_out
  -- draws from the same key) drawn on a closed day comes on the next clinic day, or the last
  -- one before where coverage ends first; admissions and emergencies keep any day
  SELECT e0.* EXCLUDE (day_drawn, c_start, c_end),
    CASE WHEN inpatient_draw OR u(ck, 'emergency') < ${EMERGENCY_OUTPATIENT_SHARE} OR NOT k.closed THEN day_drawn
         WHEN k.next_open <= c_end THEN k.next_open WHEN k.prev_open >= c_start THEN k.prev_open END AS tgl_masuk
  FROM e0 JOIN clinic_day k ON k.d = e0.day_drawn
)
SELECT e.id, e.ck, e.jkn_segment, e.sex, e.birth_date, e.care_class, e.tgl_masuk, e.inpatient_draw, x.idx AS facility_idx
FROM e JOIN fac_count c ON c.province_code = e.care_province
JOIN fac x ON x.province_code = e.care_province AND x.prov_rank = ui(e.ck, 'facility', c.n)
WHERE e.tgl_masuk IS NOT NULL
ORDER BY e.ck`,
    // per-claim fraud probability by provider, scaled on the realised claim volumes so the overall rate is the requested one
    `
CREATE OR REPLACE TABLE fac_p AS
WITH v AS (SELECT facility_idx AS idx, count(*) AS n FROM skel_pre GROUP BY facility_idx),
w AS (SELECT f.idx, f.fraudulent, f.clean_history, f.fraud_intensity, coalesce(v.n, 0) AS n FROM fac f LEFT JOIN v USING (idx)),
k AS (SELECT sum(n) AS total, sum(CASE WHEN NOT fraudulent AND NOT clean_history THEN n ELSE 0 END) AS honest_n,
        sum(CASE WHEN fraudulent THEN n * fraud_intensity ELSE 0 END) AS weighted_fraudulent FROM w)
SELECT w.idx, CASE WHEN w.fraudulent
    THEN least(${MAX_PROVIDER_FRAUD_RATE}, w.fraud_intensity * greatest(0, ${double(plan.fraudRate)} * k.total - ${double(honest)} * k.honest_n) / greatest(k.weighted_fraudulent, 1))
    WHEN w.clean_history THEN 0.0
    ELSE ${double(honest)} END AS p_fraud
FROM w CROSS JOIN k`,
    `
CREATE OR REPLACE TABLE skel_regular AS
WITH f AS (
  SELECT s.*, x.clean_history, fp.partner_idx, up.partner_idx AS referral_up_idx, u(ck, 'fraud') < p.p_fraud AS is_fraud,
    (s.tgl_masuk - s.birth_date) / 365.25 AS age_at,
    coalesce(x.fraud_types[1 + ui(ck, 'fraudtype', ${TYPES_PER_PROVIDER})], (${varcharList(OPPORTUNISTIC_TYPES)})[1 + ui(ck, 'fraudtype', ${OPPORTUNISTIC_TYPES.length})]) AS ftype
  FROM skel_pre s JOIN fac_p p ON p.idx = s.facility_idx JOIN fac x ON x.idx = s.facility_idx
  LEFT JOIN fac_partner fp ON fp.idx = s.facility_idx
  LEFT JOIN fac_referral_up up ON up.idx = s.facility_idx
), g AS (
  SELECT f.*, CASE WHEN NOT is_fraud THEN NULL
      WHEN ftype = 'COB_KKPAK' AND jkn_segment <> 'PPU' THEN 'INFLATED_BILL'
      WHEN ftype = 'SELF_REFERRAL' AND partner_idx IS NULL THEN 'PROLONGED_LOS'
      ELSE ftype END AS rtype
  FROM f
), h AS (
  SELECT g.*,
    coalesce(${regularVariantSql()},
      CASE WHEN clean_history AND u(ck, 'cleanrepeat') < ${CLEAN_REPEAT_CANDIDATE} THEN 'resubmit_clean_provider' END) AS variant
  FROM g
), i AS (
  SELECT h.*,
    CASE WHEN variant IS NULL AND inpatient_draw AND referral_up_idx IS NOT NULL AND u(ck, 'latransfer') < ${TRANSFER_SHARE} THEN 'genuine_transfer' END AS lookalike
  FROM h
)
SELECT ck AS claim_key, id, facility_idx, tgl_masuk,
  inpatient_draw OR rtype IN ${inpatientTypes} OR variant IN ${inpatientVariants} AS inpatient,
  CASE variant
    WHEN 'sex_mismatch_code' THEN (CASE WHEN sex = 'L' THEN ${groupIndex('O-6-13')} ELSE ${groupIndex('N-1-20')} END)
    WHEN 'obstetric_code_child_or_elderly' THEN ${groupIndex('O-6-13')}
    WHEN 'neonatal_code_on_older_member' THEN ${groupIndex('P-8-11')}
    WHEN 'ct_for_minor_complaint' THEN ${groupIndex('Q-5-42')}
    WHEN 'readmit_swapped_4th_digit' THEN ${anyOf(SIBLING_CODED_GROUPS, 'siblinggroup')}
    ELSE (CASE rtype
      WHEN 'VENTILATOR' THEN ${anyOf(VENTILATED_GROUPS, 'ventgroup')}
      WHEN 'CANCELLED_SERVICE' THEN ${anyOf(CANCELLED_SERVICE_GROUPS, 'cancelgroup')}
      WHEN 'UNNECESSARY_TREATMENT' THEN ${anyOf(OUTPATIENT_CONDITION_GROUPS, 'minorgroup')} END) END::INTEGER AS forced_group,
  CASE WHEN rtype = 'VENTILATOR' THEN 'II' WHEN variant IN ('one_day_admission_minor', 'two_day_admission_minor') THEN 'I'
       WHEN lookalike = 'genuine_transfer' THEN 'III' END AS forced_sev,
  false AS death_claim,
  CASE WHEN rtype NOT IN ${spawnTypes} AND variant NOT IN ('phantom_distant_same_day', 'phantom_distant_during_stay') THEN rtype END AS inplace_type,
  CASE WHEN rtype IN ${spawnTypes} OR variant = 'resubmit_clean_provider' THEN coalesce(rtype, 'REPEAT_BILLING')
       WHEN variant IN ('phantom_distant_same_day', 'phantom_distant_during_stay') THEN 'PHANTOM_DISTANT' END AS spawn_type,
  NULL::VARCHAR AS forced_sep,
  variant, ck AS draw_key,
  CASE variant WHEN 'one_day_admission_minor' THEN 1 WHEN 'two_day_admission_minor' THEN 2
    WHEN 'short_stay_then_referred' THEN 1 + ui(ck, 'shortstay', 2)::INTEGER WHEN 'referral_shared_doctor' THEN 1 + ui(ck, 'shortstay', 2)::INTEGER
    WHEN 'referral_after_three_day_stay' THEN 3
    ELSE (CASE WHEN lookalike = 'genuine_transfer' THEN 1 + ui(ck, 'shortstay', 2)::INTEGER END) END AS forced_los,
  CASE WHEN variant = 'phantom_distant_during_stay' THEN 3 END AS min_los,
  NULL::BIGINT AS anchor_key,
  variant = 'resubmit_clean_provider' AS clean_candidate,
  lookalike,
  CASE WHEN rtype = 'SELF_REFERRAL' THEN partner_idx WHEN lookalike = 'genuine_transfer' THEN referral_up_idx END AS relocate_to
FROM i ORDER BY ck`,
    // an in-hospital death: the last episode ends on the day of death with discharge status 4
    `
CREATE OR REPLACE TABLE skel_extra AS
SELECT (id * 20 + 19) * 10 AS claim_key, id, f.idx AS facility_idx,
  greatest(DATE '${plan.ledgerStart}', death_date - 1 - ui(id, 'deathstay', 6)::INTEGER) AS tgl_masuk,
  true AS inpatient, NULL::INTEGER AS forced_group, 'III' AS forced_sev, true AS death_claim,
  NULL::VARCHAR AS inplace_type, NULL::VARCHAR AS spawn_type, NULL::VARCHAR AS forced_sep, NULL::VARCHAR AS variant, ${extraColumns}
FROM m JOIN fac_count c USING (province_code)
JOIN fac f ON f.province_code = m.province_code AND f.prov_rank = ui(m.id, 'deathfac', c.n)
WHERE death_date IS NOT NULL AND NOT work_death AND u(id, 'inhospital') < ${IN_HOSPITAL_DEATH_SHARE}
  AND death_date - 8 >= DATE '${plan.ledgerStart}' AND death_date >= jkn_registered_date + 8
ORDER BY claim_key`,
    // PHANTOM_BILLING: the same card billed by a fraudulent provider far away, the same day or during the stay
    `
INSERT INTO skel_extra BY NAME
SELECT claim_key, id, facility_idx, tgl_masuk, false AS inpatient, false AS death_claim, 'PHANTOM_BILLING' AS inplace_type,
  variant, claim_key AS draw_key, anchor_key, false AS clean_candidate FROM (
  SELECT s.claim_key + 1 AS claim_key, s.id, f2.idx AS facility_idx, s.variant, s.claim_key AS anchor_key,
    s.tgl_masuk + (CASE WHEN s.variant = 'phantom_distant_during_stay' THEN 1 + ui(s.claim_key, 'duringstay', 2) ELSE 0 END)::INTEGER AS tgl_masuk
  FROM skel_regular s JOIN fac f1 ON f1.idx = s.facility_idx
  JOIN fac_phantom f2 ON ${distanceKmSql('f1.latitude', 'f1.longitude', 'f2.latitude', 'f2.longitude')} > ${DISTANT_KM}
  WHERE s.spawn_type = 'PHANTOM_DISTANT'
  QUALIFY row_number() OVER (PARTITION BY s.claim_key ORDER BY hash(s.claim_key, f2.idx, ${plan.seed})) = 1
) ORDER BY claim_key`,
    // PHANTOM_BILLING: service after the member's death, by a fraudulent provider
    `
INSERT INTO skel_extra BY NAME
SELECT (id * 20 + 18) * 10 + 2 AS claim_key, id, f.idx AS facility_idx,
  death_date + 7 + ui(id, 'ghostday', least(60, DATE '${plan.ledgerEnd}' - death_date - 20))::INTEGER AS tgl_masuk,
  false AS inpatient, ${groupIndex('Q-5-44')} AS forced_group, false AS death_claim, 'PHANTOM_BILLING' AS inplace_type,
  'phantom_after_death' AS variant, (id * 20 + 18) * 10 + 2 AS draw_key, false AS clean_candidate
FROM m CROSS JOIN fac_phantom_count c
JOIN fac_phantom f ON f.phantom_rank = ui(m.id, 'ghostfac', greatest(c.n, 1))
WHERE death_date IS NOT NULL AND death_date < DATE '${plan.ledgerEnd}' - 30 AND death_date > jkn_registered_date AND c.n > 0
  AND u(id, 'posthumous') < ${POSTHUMOUS_BILLING_SHARE}
ORDER BY id`,
    // PHANTOM_BILLING candidates at clean providers: a visit days after the death (claims-final keeps one per provider)
    `
INSERT INTO skel_extra BY NAME
SELECT (id * 20 + 16) * 10 + 2 AS claim_key, id, f.idx AS facility_idx,
  death_date + 1 + ui(id, 'ghostcleanday', 6)::INTEGER AS tgl_masuk,
  false AS inpatient, ${groupIndex('Q-5-44')} AS forced_group, false AS death_claim, 'PHANTOM_BILLING' AS inplace_type,
  'phantom_after_death_clean' AS variant, (id * 20 + 16) * 10 + 2 AS draw_key, true AS clean_candidate
FROM m JOIN fac_clean_count c USING (province_code)
JOIN fac_clean f ON f.province_code = m.province_code AND f.clean_prov_rank = ui(m.id, 'ghostcleanfac', c.n)
WHERE death_date IS NOT NULL AND death_date < DATE '${plan.ledgerEnd}' - 50 AND death_date > jkn_registered_date
  AND u(id, 'posthumousclean') < ${POSTHUMOUS_CLEAN_CANDIDATE}
ORDER BY id`,
    // COB_KKPAK: a KK/PAK case paid by JKK billed to JKN as well, under the e-PLKK SEP or another one
    `
INSERT INTO skel_extra BY NAME
SELECT sk * 10 + 3 AS claim_key, id, facility_idx,
  accident_date + (CASE WHEN variant = 'kkpak_double_billed_same_sep' OR outcome = 'MENINGGAL' THEN 0 ELSE ui(sk, 'cobshift', 3) END)::INTEGER AS tgl_masuk,
  true AS inpatient, [${TRAUMA_INPATIENT.join(', ')}][1 + ui(sk, 'cobgroup', ${TRAUMA_INPATIENT.length})] AS forced_group,
  false AS death_claim, 'COB_KKPAK' AS inplace_type,
  CASE WHEN variant = 'kkpak_double_billed_same_sep' THEN nomor_sep END AS forced_sep,
  variant, sk * 10 + 3 AS draw_key, clean_history AS clean_candidate
FROM (SELECT *, CASE WHEN clean_history THEN 'kkpak_double_billed_clean'
                     -- the SEP alternates (in a random order), so both kinds occur even where such cases are few
                     WHEN row_number() OVER (PARTITION BY clean_history ORDER BY u(sk, 'cobsep'), sk) % 2 = 0 THEN 'kkpak_double_billed_other_sep'
                     ELSE 'kkpak_double_billed_same_sep' END AS variant
      FROM kk WHERE double_billed)
ORDER BY sk`,
    // look-alike: an honest stay followed by an admission for another condition (claims-final labels it if the CMG differs)
    `
INSERT INTO skel_extra BY NAME
SELECT s.claim_key + 9 AS claim_key, s.id, s.facility_idx, s.tgl_masuk + 12 + ui(s.claim_key, 'lagap', 14)::INTEGER AS tgl_masuk,
  true AS inpatient, false AS death_claim, s.claim_key + 9 AS draw_key, s.claim_key AS anchor_key, false AS clean_candidate,
  'readmission_other_condition' AS lookalike
FROM skel_regular s JOIN m USING (id)
WHERE s.variant IS NULL AND s.lookalike IS NULL AND s.inpatient AND u(s.claim_key, 'lareadmit') < ${READMISSION_OTHER_SHARE}
  AND s.tgl_masuk + 26 <= least(DATE '${plan.ledgerEnd}', coalesce(m.death_date - 1, DATE '${plan.ledgerEnd}'))
ORDER BY s.claim_key`,
    // look-alike: twins admitted together (same facility, day and draws, so the same codes and doctor); a
    // neonatal group only in the neonatal period (reference icd10-age.ts)
    `
INSERT INTO skel_extra BY NAME
SELECT (t.id * 20 + 17) * 10 AS claim_key, t.id, f.idx AS facility_idx, p.day AS tgl_masuk, true AS inpatient,
  CASE WHEN p.day - t.birth_date < 28 THEN ${groupIndex('P-8-11')} ELSE ${groupList(TWIN_GROUPS)}[1 + ui(p.family_id, 'twingroup', ${TWIN_GROUPS.length})] END AS forced_group,
  'I' AS forced_sev, false AS death_claim, (p.family_id * 20 + 17) * 10 AS draw_key, false AS clean_candidate, 'twins_admitted_together' AS lookalike
FROM (
  SELECT family_id, any_value(province_code) AS province_code,
    max(greatest(DATE '${plan.ledgerStart}', jkn_registered_date)) + ui(family_id, 'twinday', 300)::INTEGER AS day,
    min(least(DATE '${plan.ledgerEnd}' - 60, coalesce(death_date - 20, DATE '${plan.ledgerEnd}'))) AS last_day
  FROM m GROUP BY family_id HAVING count(*) = 2
) p JOIN m t ON t.family_id = p.family_id
JOIN fac_count c ON c.province_code = p.province_code
JOIN fac f ON f.province_code = p.province_code AND f.prov_rank = ui(p.family_id, 'twinfac', c.n)
WHERE p.day <= p.last_day AND u(p.family_id, 'twinsadmitted') < ${TWINS_ADMITTED_SHARE}
ORDER BY claim_key`,
    // a sick newborn's stay at birth, its own claim on its own card (covered from birth: registered within 28 days);
    // twins are admitted together (same facility, day and draws)
    `
INSERT INTO skel_extra BY NAME
SELECT (m.id * 20 + 16) * 10 + 5 AS claim_key, m.id, f.idx AS facility_idx,
  m.birth_date + (CASE WHEN u(m.family_id, 'nicuday') < 0.8 THEN 0 ELSE 1 END) AS tgl_masuk, true AS inpatient,
  CASE WHEN u(m.family_id, 'nicugroup') < 0.6 THEN ${groupIndex('P-8-11')} ELSE ${groupIndex('P-8-17')} END AS forced_group,
  false AS death_claim, (m.family_id * 20 + 16) * 10 + 5 AS draw_key, false AS clean_candidate,
  CASE WHEN count(*) OVER (PARTITION BY m.family_id) = 2 THEN 'twins_admitted_together' END AS lookalike
FROM m JOIN fac_count c USING (province_code)
JOIN fac f ON f.province_code = m.province_code AND f.prov_rank = ui(m.family_id, 'nicufac', c.n)
WHERE m.birth_date BETWEEN DATE '${plan.ledgerStart}' AND DATE '${plan.ledgerEnd}' - 30
  AND u(m.family_id, 'nicu') < ${NEWBORN_ADMISSION_SHARE} AND ${newbornSql('m.')}
ORDER BY claim_key`,
  ];
}

/** Claim key of a newborn's stay at birth (skeletonSql): `claim_key % 200 = NEWBORN_KEY_REMAINDER`. */
export const NEWBORN_KEY_REMAINDER = 165;
