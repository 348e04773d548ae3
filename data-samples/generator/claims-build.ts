// Builds full e-Klaim claims from skeletons: INA-CBG group and severity, ICD-10/ICD-9-CM
// codes, dates, care class, the 18 tariff components and the grouper tariff. In-place fraud
// (upcoding, inflated bills, prolonged stays, room class, card abuse, wrong payer, SEP after
// discharge, ventilator hours, cancelled operations, unneeded admissions, sham referrals) is
// applied here by variant (variants.ts), each leaving its own trace; so are the look-alikes
// that live inside one claim (flat-fee packages, member-paid upgrades, T78 allergy codes).
//
// Draws: clinical content is drawn from `dk` (the skeleton's draw_key, or one key per
// facility and group for a flat-fee package), so twins and packages get identical codes and
// components; administrative details (coder, submission, discharge) from the claim's own key.
import { TARIFF_COMPONENTS } from '../schema/index.js';
import {
  CARE_CLASS_TARIFF_FACTOR as CLS,
  HOSPITAL_CLASS_TARIFF_FACTOR as HC,
  PRIVATE_TARIFF_FACTOR,
  REGION_TARIFF_FACTOR as REG,
  SPECIAL_CMG,
} from '../reference/index.js';
import { double, literal, varcharList } from '../sql/index.js';
import type { RunPlan } from './options.js';
import { CBG_GROUPS, ICD10_SIBLING, dxFitsAgeSql, groupFitsAgeSql, groupIndex } from './reference-tables.js';
import type { CbgGroupRow } from './reference-tables.js';
import { pick } from './sql.js';
import { EMERGENCY_OUTPATIENT_GROUPS, EMERGENCY_OUTPATIENT_SHARE } from './clinic-days.js';

/** Comorbidities: common (A, B) and severity-raising (C) secondary diagnoses (assumption). */
const COMORBID_A = ['E11.9', 'I10', 'E78.5', 'E87.6', 'E86'];
const COMORBID_B = ['D64.9', 'N18.9', 'E44.0', 'I48', 'K21.9'];
export const SEVERITY_RAISING = ['J96.0', 'R57.0', 'A41.9', 'E87.1', 'N17.9'];
/** ICU day cost and ventilator hour cost billed by the hospital (assumption, rupiah). */
const ICU_DAY_COST = 2_500_000;
export const VENTILATOR_HOUR_COST = 50_000;
/** Inflated bills multiply drugs, devices and consumables by this factor (assumption). */
export const INFLATION_FACTOR = 3.5;
/** The prosthesis top-up an inflated bill adds without the matching procedure. */
export const UNJUSTIFIED_TOPUP = 'RR-03';
/** The investigation top-up billed on a minor complaint. */
const UNNEEDED_INVESTIGATION = 'SI-01';
/** Genuine room-class upgrades among eligible inpatients (assumption). */
const UPGRADE_SHARE = 0.04;
/** Groups a flat-fee package provider bills at one price. */
export const FLAT_PACKAGE_GROUPS = ['N-3-15', 'Z-3-12', 'C-3-12'];
/** Share of skin outpatient visits coded as an allergy, T78.4 (assumption). */
const ALLERGY_SHARE = 0.25;
/** ICD-10 code of a procedure not carried out. */
const PROCEDURE_NOT_DONE = 'Z53.8';

const idx = (name: string): number => TARIFF_COMPONENTS.findIndex(([n]) => n === name) + 1;

const groupsOf = (inpatient: boolean, sex: 'L' | 'P'): CbgGroupRow[] =>
  CBG_GROUPS.filter((g) => g.inpatient === inpatient && (sex === 'L' ? g.dxMale : g.dxFemale).length > 0);

function groupPick(rows: readonly CbgGroupRow[], salt: string, weight = (g: CbgGroupRow): number => g.weight): string {
  return pick(
    `u(draw_key, ${literal(salt)})`,
    rows.map((g) => String(g.gidx)),
    rows.map(weight),
  );
}

/**
 * An outpatient group for `sex`: an emergency department visit (share e) draws among the acute
 * groups, a clinic visit among all with the acute ones scaled by 1 - e W / A (W all weight, A
 * the acute groups'), so that every group keeps its share w / W of outpatient care.
 */
function outpatientPick(sex: 'L' | 'P', salt: string, emergency: boolean): string {
  const rows = groupsOf(false, sex);
  const acute = rows.filter((g) => EMERGENCY_OUTPATIENT_GROUPS.includes(g.key));
  if (emergency) return groupPick(acute, salt);
  const sum = (r: readonly CbgGroupRow[]): number => r.reduce((a, g) => a + g.weight, 0);
  const k = 1 - (EMERGENCY_OUTPATIENT_SHARE * sum(rows)) / sum(acute);
  return groupPick(rows, salt, (g) => (EMERGENCY_OUTPATIENT_GROUPS.includes(g.key) ? k * g.weight : g.weight));
}

/** SQL: the tariff multiplier of care class `cls` at the facility whose columns carry `prefix`. */
export function tariffFactorSql(cls: string, prefix = ''): string {
  return `([${double(CLS[1])}, ${double(CLS[2])}, ${double(CLS[3])}][${cls}] * (CASE ${prefix}hospital_class WHEN 'A' THEN ${double(HC.A)} WHEN 'B' THEN ${double(HC.B)} WHEN 'C' THEN ${double(HC.C)} ELSE ${double(HC.D)} END)
     * [${[REG[1], REG[2], REG[3], REG[4], REG[5]].map(double).join(', ')}][${prefix}tariff_region] * (CASE WHEN ${prefix}ownership = 'SWASTA' THEN ${double(PRIVATE_TARIFF_FACTOR)} ELSE 1.0 END))`;
}

export function buildClaimsSql(plan: RunPlan): string {
  // an outpatient the emergency department sees (the route claims_out draws from the same key) has acute care
  const naturalGroup = (
    salt: string,
  ): string => `CASE WHEN inpatient THEN (CASE WHEN sex = 'L' THEN ${groupPick(groupsOf(true, 'L'), salt)} ELSE ${groupPick(groupsOf(true, 'P'), salt)} END)
      WHEN u(claim_key, 'emergency') < ${EMERGENCY_OUTPATIENT_SHARE}
        THEN (CASE WHEN sex = 'L' THEN ${outpatientPick('L', salt, true)} ELSE ${outpatientPick('P', salt, true)} END)
      ELSE (CASE WHEN sex = 'L' THEN ${outpatientPick('L', salt, false)} ELSE ${outpatientPick('P', salt, false)} END) END`;
  // a group with no diagnosis plausible at the member's age (reference icd10-age.ts) is drawn
  // once more, then falls back to common care any age has
  const ageFallback = `CASE WHEN ${groupFitsAgeSql('g0', 'sex', 'age')} THEN g0 WHEN ${groupFitsAgeSql('g1', 'sex', 'age')} THEN g1
      WHEN inpatient THEN ${groupIndex('K-4-17')} ELSE ${groupIndex('Q-5-42')} END`;
  const agedPool = `list_filter(CASE WHEN sex = 'L' THEN g.dx_male ELSE g.dx_female END, x -> ${dxFitsAgeSql('x', 'age')})`;
  const trauma = ['S-4-10', 'S-4-11', 'S-1-10', 'M-1-60'].map(groupIndex);
  const factor = (cls: string): string => tariffFactorSql(cls);
  const specials = SPECIAL_CMG.map((s) => {
    const natural = s.requiredProcedures.length
      ? `(list_has_any(px, ${varcharList(s.requiredProcedures)}) AND u(dk, ${literal(`sp${s.code}`)}) < 0.8)`
      : 'false';
    const forced =
      s.code === UNJUSTIFIED_TOPUP
        ? ' OR inflated_topup'
        : s.code === UNNEEDED_INVESTIGATION
          ? ` OR variant = 'ct_for_minor_complaint'`
          : '';
    return { code: s.code, tariff: s.tariff, cond: `(${natural}${forced})` };
  });
  const drugs = [idx('tarif_obat'), idx('tarif_alkes'), idx('tarif_bmhp')];
  const support = [idx('tarif_laboratorium'), idx('tarif_radiologi'), idx('tarif_sewa_alat')];
  const comp = (i: number): string => {
    const name = TARIFF_COMPONENTS[i - 1]?.[0] ?? '';
    let e = `round(base_bill * shares[${i}] * lognorm(dk, 'comp${i}', 0.15), -2)`;
    if (i === idx('tarif_kamar') || i === idx('tarif_keperawatan'))
      e = `round(${e} * greatest(1.0, los::DOUBLE / greatest(los_plain, 1)), -2)`;
    if (i === idx('tarif_rawat_intensif')) e = `${e} + round(icu_los * ${ICU_DAY_COST} * cost_factor, -2)`;
    if (i === idx('tarif_sewa_alat')) e = `${e} + round(ventilator_hour * ${VENTILATOR_HOUR_COST} * cost_factor, -2)`;
    if (drugs.includes(i))
      e = `round(${e} * (CASE WHEN variant IN ('inflated_drugs_x3_5', 'inflated_moderate') THEN infl_factor ELSE 1.0 END), -2)`;
    if (support.includes(i)) e = `round(${e} * (CASE WHEN variant = 'inflated_support_services' THEN infl_factor ELSE 1.0 END), -2)`;
    if (i === idx('tarif_prosedur_bedah')) e = `round(${e} * surgical_scale, -2)`;
    return `(${e})::BIGINT AS ${name}`;
  };
  const compNames = TARIFF_COMPONENTS.map(([n]) => n);
  const withSibling = `list_filter(dx_pool, x -> list_contains(${varcharList([...ICD10_SIBLING.keys()])}, x))`;
  const sumOf = (is: readonly number[]): string => is.map((i) => TARIFF_COMPONENTS[i - 1]?.[0]).join(' + ');
  const ventBilled = `CASE variant WHEN 'vent_96_to_99h' THEN 96 + ui(claim_key, 'venthours', 4)
      WHEN 'vent_100_to_110h' THEN 100 + ui(claim_key, 'venthours', 11)
      WHEN 'vent_whole_days' THEN [120, 144][1 + ui(claim_key, 'venthours', 2)] END`;
  return `
CREATE OR REPLACE TABLE cb AS
WITH s AS (
  SELECT * FROM skel_regular UNION ALL BY NAME SELECT * FROM skel_extra
), a AS (
  SELECT s.*, m.sex, m.care_class, m.jkn_segment, m.nomor_kartu, m.death_date,
    (s.tgl_masuk - m.birth_date) / 365.25 AS age,
    f.facility_id, f.hospital_class, f.tariff_region, f.ownership, f.cost_factor, f.n_doctors, f.n_coders, f.flat_packages,
    f.province_code AS facility_province, f.fraudulent AS provider_fraudulent
  FROM s JOIN m USING (id) JOIN fac f ON f.idx = s.facility_idx
), b AS (
  SELECT a.*,
    CASE WHEN forced_group IS NOT NULL THEN forced_group
         WHEN inplace_type = 'COB_KKPAK' THEN [${trauma.join(', ')}][1 + ui(claim_key, 'cobgroup', ${trauma.length})]
         ELSE ${naturalGroup('group')} END AS g0,
    ${naturalGroup('group2')} AS g1
  FROM a
), c AS (
  SELECT b.*, CASE WHEN forced_group IS NULL AND inplace_type IS DISTINCT FROM 'COB_KKPAK' THEN ${ageFallback} ELSE g0 END AS gidx
  FROM b
), d0 AS (
  SELECT c.* EXCLUDE (inpatient), g.inpatient, g.gkey, g.cmg, g.case_type, p.shares,
    -- the diagnoses of the group plausible at the member's age; all of the sex's where none is (a forced group)
    CASE WHEN inplace_type = 'PARTICIPANT_ABUSE' THEN g.dx_all WHEN len(${agedPool}) > 0 THEN ${agedPool}
         WHEN sex = 'L' THEN g.dx_male ELSE g.dx_female END AS dx_pool,
    g.procedures AS px_pool,
    g.case_type IN (1, 2, 3) OR g.gkey = 'O-6-10' AS procedure_group,
    flat_packages AND g.gkey IN ${`(${FLAT_PACKAGE_GROUPS.map(literal).join(', ')})`} AND inplace_type IS NULL AND variant IS NULL
      AND lookalike IS NULL AND NOT death_claim AS flat_package
  FROM c JOIN ref_group g USING (gidx) JOIN ref_profile p USING (profile)
), d AS (
  SELECT d0.*, CASE WHEN flat_package THEN -(facility_idx * 1000 + gidx) ELSE draw_key END AS dk FROM d0
), e AS (
  SELECT d.*,
    CASE WHEN NOT inpatient THEN '0'
         WHEN forced_sev IS NOT NULL THEN forced_sev
         WHEN variant = 'upcoding_two_mcc' THEN (CASE WHEN u(claim_key, 'truesev') < 0.6 THEN 'I' ELSE 'II' END)
         WHEN variant = 'upcoding_single_mcc' THEN 'II'
         WHEN variant = 'upcoding_one_step' THEN 'I'
         WHEN u(dk, 'sev') < 0.12 + (CASE WHEN age >= 60 THEN 0.08 ELSE 0 END) THEN 'III'
         WHEN u(dk, 'sev') < 0.40 + (CASE WHEN age >= 60 THEN 0.1 ELSE 0 END) THEN 'II' ELSE 'I' END AS sev_true
  FROM d
), f AS (
  SELECT e.*,
    CASE WHEN NOT inpatient THEN sev_true
         WHEN variant IN ('upcoding_two_mcc', 'upcoding_single_mcc') OR inplace_type = 'VENTILATOR' THEN 'III'
         WHEN variant = 'upcoding_one_step' THEN 'II' ELSE sev_true END AS sev_coded,
    CASE WHEN variant IN ('class_above_entitlement', 'upgrade_paid_by_member_billed_to_jkn') AND care_class > 1 THEN care_class - 1
         WHEN variant = 'class_two_steps' THEN 1 ELSE care_class END AS kelas_rawat
  FROM e
), g AS (
  SELECT f.*, t.base_tariff AS base_true, t.los_norm, c.base_tariff AS base_coded, f.gkey || '-' || f.sev_coded AS kode_inacbg
  FROM f JOIN ref_cbg t ON t.code = f.gkey || '-' || f.sev_true JOIN ref_cbg c ON c.code = f.gkey || '-' || f.sev_coded
), h AS (
  SELECT g.*,
    CASE WHEN NOT inpatient THEN 0
         WHEN death_claim THEN greatest(1, death_date - tgl_masuk)
         WHEN forced_los IS NOT NULL THEN forced_los
         ELSE greatest(coalesce(min_los, 1), round(los_norm * lognorm(dk, 'los', 0.35))) END::INTEGER AS los_plain,
    (${ventBilled})::INTEGER AS vent_billed,
    (48 + ui(claim_key, 'venttrue', 43))::INTEGER AS vent_true
  FROM g
), i AS (
  SELECT h.*,
    CASE variant
      WHEN 'los_far_above' THEN ceil(los_norm * (2.2 + u(claim_key, 'prolong')))
      WHEN 'los_just_above_p90' THEN greatest(los_plain + 1, ceil(los_norm * (1.6 + 0.2 * u(claim_key, 'prolong'))))
      WHEN 'los_extra_days' THEN los_plain + 3 + ui(claim_key, 'prolong', 3)
      ELSE (CASE WHEN inplace_type = 'VENTILATOR' THEN greatest(los_plain, ceil(vent_billed / 24.0) + 1 + ui(claim_key, 'ventlos', 2)) ELSE los_plain END)
    END::INTEGER AS los,
    inplace_type = 'VENTILATOR' OR (inpatient AND inplace_type IS DISTINCT FROM 'UPCODING'
      AND u(dk, 'icu') < (CASE sev_true WHEN 'III' THEN 0.3 WHEN 'II' THEN 0.08 ELSE 0 END)) AS icu
  FROM h
), j0 AS (
  SELECT i.*,
    CASE WHEN inplace_type = 'VENTILATOR' THEN vent_billed
         WHEN icu AND u(dk, 'vent') < 0.4 THEN least(12 + ui(dk, 'venthours', 180), greatest(12, 24 * los - 12))
         ELSE 0 END::INTEGER AS ventilator_hour
  FROM i
), j AS (
  SELECT j0.*,
    CASE WHEN inplace_type = 'VENTILATOR' THEN ceil(ventilator_hour / 24.0)
         WHEN icu THEN least(los, greatest(1 + ui(dk, 'iculos', 4), ceil(ventilator_hour / 24.0)))
         ELSE 0 END::INTEGER AS icu_los,
    round(base_true * ${factor('care_class')}, -2) AS tarif_true,
    round(base_coded * ${factor('kelas_rawat')}, -2)::BIGINT AS tarif_inacbg,
    ${factor('kelas_rawat')} AS tariff_mult,
    CASE WHEN gkey = 'L-5-12' AND inplace_type IS NULL AND u(dk, 'allergy') < ${ALLERGY_SHARE} THEN 'T78.4'
         WHEN flat_package THEN dx_pool[1]
         -- a readmission to be coded with a sibling diagnosis starts from a code that has one
         WHEN variant = 'readmit_swapped_4th_digit' AND len(${withSibling}) > 0 THEN ${withSibling}[1 + ui(dk, 'dx1', len(${withSibling}))]
         ELSE dx_pool[1 + ui(dk, 'dx1', len(dx_pool))] END AS dx_primary,
    CASE WHEN flat_package THEN 0
         WHEN NOT inpatient THEN (u(dk, 'n2') < 0.2)::INTEGER
         WHEN sev_true = 'I' THEN (u(dk, 'n2') < 0.3)::INTEGER
         WHEN sev_true = 'II' THEN 1 + (u(dk, 'n2') < 0.5)::INTEGER
         ELSE 2 + (u(dk, 'n2') < 0.5)::INTEGER END AS n_secondary,
    variant = 'inflated_topup_without_procedure' AS inflated_topup,
    CASE variant WHEN 'inflated_drugs_x3_5' THEN ${double(INFLATION_FACTOR)}
      WHEN 'inflated_moderate' THEN 1.6 + 0.6 * u(claim_key, 'inflation')
      WHEN 'inflated_support_services' THEN 2.5 + u(claim_key, 'inflation') ELSE 1.0 END AS infl_factor,
    CASE variant WHEN 'surgery_fee_zero' THEN 0.0
      WHEN 'surgery_fee_token' THEN 0.03 + 0.07 * u(claim_key, 'surgicalfee')
      WHEN 'procedure_not_done_code' THEN 0.15 * u(claim_key, 'surgicalfee') ELSE 1.0 END AS surgical_scale
  FROM j0
), k AS (
  SELECT j.*,
    list_filter(px_pool, (x, n) -> (n = 1 AND procedure_group) OR flat_package OR u(dk, 'px' || x) < (CASE WHEN procedure_group THEN 0.5 ELSE 0.4 END))
      || (CASE WHEN ventilator_hour >= 96 THEN ['96.72'] WHEN ventilator_hour > 0 THEN ['96.71'] ELSE [] END)::VARCHAR[]
      || (CASE WHEN variant = 'ct_for_minor_complaint' THEN ['87.03'] ELSE [] END)::VARCHAR[] AS px,
    list_slice(CASE WHEN sev_true = 'III'
        THEN [(${varcharList(SEVERITY_RAISING)})[1 + ui(dk, 'c', 5)], (${varcharList(COMORBID_A)})[1 + ui(dk, 'a', 5)], (${varcharList(COMORBID_B)})[1 + ui(dk, 'b', 5)]]
        ELSE [(${varcharList(COMORBID_A)})[1 + ui(dk, 'a', 5)], (${varcharList(COMORBID_B)})[1 + ui(dk, 'b', 5)]] END, 1, n_secondary)
      || (CASE variant
            WHEN 'upcoding_two_mcc' THEN [(${varcharList(SEVERITY_RAISING)})[1 + ui(claim_key, 'up1', 5)],
              (${varcharList(SEVERITY_RAISING)})[1 + ((ui(claim_key, 'up1', 5) + 1 + ui(claim_key, 'up2', 4)) % 5)]]
            WHEN 'upcoding_single_mcc' THEN [(${varcharList(SEVERITY_RAISING)})[1 + ui(claim_key, 'up1', 5)]]
            WHEN 'upcoding_one_step' THEN [(${varcharList(COMORBID_B)})[1 + ui(claim_key, 'up1', 5)]]
            WHEN 'procedure_not_done_code' THEN [${literal(PROCEDURE_NOT_DONE)}]
            ELSE [] END)::VARCHAR[] AS dx_secondary,
    tarif_true * cost_factor * lognorm(dk, 'bill', 0.2) AS base_bill
  FROM j
), l AS (
  SELECT k.*,
    ${specials.map((s) => `${s.cond} AS sp_${s.code.replace('-', '_')}`).join(',\n    ')}
  FROM k
), n AS (
  SELECT l.*,
    list_filter([${specials.map((s) => `CASE WHEN sp_${s.code.replace('-', '_')} THEN '${s.code}' END`).join(', ')}]::VARCHAR[], x -> x IS NOT NULL) AS special_list,
    (${specials.map((s) => `(CASE WHEN sp_${s.code.replace('-', '_')} THEN ${s.tariff} ELSE 0 END)`).join(' + ')})::BIGINT AS tarif_special_cmg,
    ${TARIFF_COMPONENTS.map((_, i) => comp(i + 1)).join(',\n    ')}
  FROM l
), o AS (
  SELECT n.*,
    (${compNames.join(' + ')})::BIGINT AS billed_cost,
    tgl_masuk + los AS tgl_pulang,
    CASE WHEN variant = 'phantom_sep_after_discharge' THEN tgl_masuk + los + 3 + ui(claim_key, 'lateSep', 20)::INTEGER ELSE tgl_masuk END AS tgl_sep
  FROM n
), p AS (
  SELECT o.*,
    greatest(tgl_pulang, tgl_sep) + 3 + ui(claim_key, 'submit', 40)::INTEGER AS tgl_pengajuan,
    CASE WHEN variant IN ('upgrade_without_payor', 'upgrade_paid_by_member_billed_to_jkn') THEN 1
         WHEN inpatient AND jkn_segment <> 'PBI' AND inplace_type IS DISTINCT FROM 'ROOM_CLASS' AND u(claim_key, 'upgrade') < ${UPGRADE_SHARE} THEN 1 ELSE 0 END AS upgrade_class_ind
  FROM o
)
SELECT claim_key, id, facility_idx, facility_id, facility_province, provider_fraudulent, nomor_kartu,
  tgl_sep, tgl_masuk, tgl_pulang, tgl_pengajuan,
  CASE WHEN inpatient THEN 1 ELSE 2 END AS jenis_rawat, kelas_rawat,
  CASE WHEN death_claim THEN 4
       WHEN variant IN ('short_stay_then_referred', 'referral_shared_doctor') OR lookalike = 'genuine_transfer' THEN 2
       WHEN variant = 'referral_after_three_day_stay' THEN 1
       ELSE ${pick(`u(claim_key, 'discharge')`, ['1', '2', '3', '5'], [0.93, 0.025, 0.025, 0.02])} END AS discharge_status,
  CASE WHEN icu THEN 1 ELSE 0 END AS icu_indikator, icu_los, ventilator_hour,
  upgrade_class_ind,
  CASE WHEN upgrade_class_ind = 0 THEN NULL WHEN variant = 'upgrade_without_payor' THEN 'vvip'
       ELSE ['vip', 'kelas_1', 'kelas_2'][care_class] END AS upgrade_class_class,
  CASE WHEN upgrade_class_ind = 1 THEN los ELSE 0 END AS upgrade_class_los,
  CASE WHEN upgrade_class_ind = 0 OR variant = 'upgrade_without_payor' THEN NULL
       WHEN variant = 'upgrade_paid_by_member_billed_to_jkn' OR u(claim_key, 'payor') < 0.8 THEN 'peserta' ELSE 'asuransi_tambahan' END AS upgrade_class_payor,
  array_to_string([dx_primary] || dx_secondary, '#') AS diagnosa,
  CASE WHEN len(px) = 0 THEN NULL ELSE array_to_string(px, '#') END AS procedure,
  'K' || facility_id || lpad((1 + ui(claim_key, 'coder', n_coders))::VARCHAR, 2, '0') AS coder_id,
  'D' || facility_id || lpad((1 + ui(draw_key, 'dpjp', n_doctors))::VARCHAR, 3, '0') AS kode_dpjp,
  ${compNames.join(', ')},
  kode_inacbg, tarif_inacbg,
  CASE WHEN len(special_list) = 0 THEN NULL ELSE array_to_string(special_list, '#') END AS special_cmg,
  tarif_special_cmg, billed_cost,
  CASE WHEN tgl_pengajuan > DATE '${plan.ledgerEnd}' - 15 THEN NULL ELSE tarif_inacbg + tarif_special_cmg END AS verified_cost,
  inplace_type, spawn_type, forced_sep, variant, anchor_key, draw_key, clean_candidate, relocate_to, death_claim,
  CASE WHEN inplace_type IS NULL AND spawn_type IS NULL THEN (CASE
      WHEN lookalike IS NOT NULL THEN lookalike
      WHEN flat_package THEN 'flat_fee_package'
      WHEN upgrade_class_ind = 1 THEN 'member_paid_upgrade'
      WHEN dx_primary = 'T78.4' THEN 'allergy_t78'
      WHEN dx_primary LIKE 'S%' AND age < 15 THEN 'child_injury' END) END AS lookalike,
  cmg, gkey, sev_coded, los, los_norm, base_coded, tariff_mult, cost_factor, n_doctors, kelas_rawat AS billed_class,
  (CASE
    WHEN variant IN ('upcoding_two_mcc', 'upcoding_single_mcc', 'upcoding_one_step') THEN tarif_inacbg - round(base_true * ${factor('kelas_rawat')}, -2)
    WHEN inplace_type = 'VENTILATOR' THEN tarif_inacbg - round(base_true * ${factor('kelas_rawat')}, -2)
      + round((ventilator_hour - vent_true) * ${VENTILATOR_HOUR_COST} * cost_factor, -2)
    WHEN variant = 'inflated_topup_without_procedure' THEN ${SPECIAL_CMG.find((s) => s.code === UNJUSTIFIED_TOPUP)?.tariff ?? 0}
    WHEN variant IN ('inflated_drugs_x3_5', 'inflated_moderate') THEN round((${sumOf(drugs)}) * (infl_factor - 1) / infl_factor, -2)
    WHEN variant = 'inflated_support_services' THEN round((${sumOf(support)}) * (infl_factor - 1) / infl_factor, -2)
    WHEN inplace_type = 'PROLONGED_LOS' THEN round((tarif_kamar + tarif_keperawatan) * (1 - los_plain::DOUBLE / los), -2)
    WHEN inplace_type = 'ROOM_CLASS' THEN (CASE WHEN care_class > 1 THEN tarif_inacbg - tarif_true ELSE round(0.25 * tarif_inacbg, -2) END)
    WHEN variant = 'ct_for_minor_complaint' THEN tarif_special_cmg
    ELSE tarif_inacbg + tarif_special_cmg END)::BIGINT AS amount_at_risk
FROM p
WHERE tgl_pengajuan <= DATE '${plan.ledgerEnd}'`;
}
