// Builds full e-Klaim claims from skeletons: INA-CBG group and severity, ICD-10/ICD-9-CM
// codes, dates, care class, the 18 tariff components and the grouper tariff. In-place fraud
// (upcoding, inflated bills, prolonged stays, room class, card abuse, wrong payer, SEP after
// discharge) is applied here so each leaves the signature DOMAIN.md section 3 describes.
import { TARIFF_COMPONENTS } from '../schema/index.js';
import {
  CARE_CLASS_TARIFF_FACTOR as CLS, HOSPITAL_CLASS_TARIFF_FACTOR as HC, PRIVATE_TARIFF_FACTOR,
  REGION_TARIFF_FACTOR as REG, SPECIAL_CMG,
} from '../reference/index.js';
import type { RunPlan } from './options.js';
import { CBG_GROUPS, groupIndex } from './reference-tables.js';
import { listLit, num, pick } from './sql.js';

/** Comorbidities: common (A, B) and severity-raising (C) secondary diagnoses (assumption). */
const COMORBID_A = ['E11.9', 'I10', 'E78.5', 'E87.6', 'E86'];
const COMORBID_B = ['D64.9', 'N18.9', 'E44.0', 'I48', 'K21.9'];
export const SEVERITY_RAISING = ['J96.0', 'R57.0', 'A41.9', 'E87.1', 'N17.9'];
/** ICU day cost and ventilator hour cost billed by the hospital (assumption, rupiah). */
const ICU_DAY_COST = 2_500_000;
const VENTILATOR_HOUR_COST = 50_000;
/** Inflated bills multiply drugs, devices and consumables by this factor (assumption). */
export const INFLATION_FACTOR = 3.5;
/** The prosthesis top-up an inflated bill adds without the matching procedure. */
export const UNJUSTIFIED_TOPUP = 'RR-03';
/** Genuine room-class upgrades among eligible inpatients (assumption). */
const UPGRADE_SHARE = 0.04;

const idx = (name: string): number => TARIFF_COMPONENTS.findIndex(([n]) => n === name) + 1;

function groupPick(inpatient: boolean, sex: 'L' | 'P'): string {
  const rows = CBG_GROUPS.filter((g) => g.inpatient === inpatient && (sex === 'L' ? g.dxMale : g.dxFemale).length > 0);
  return pick(`u(claim_key, 'group')`, rows.map((g) => String(g.gidx)), rows.map((g) => g.weight));
}

const gidxList = (cmg: string): string => CBG_GROUPS.filter((g) => g.cmg === cmg).map((g) => g.gidx).join(', ');

export function buildClaimsSql(plan: RunPlan): string {
  const naturalGroup = `CASE WHEN inpatient THEN (CASE WHEN sex = 'L' THEN ${groupPick(true, 'L')} ELSE ${groupPick(true, 'P')} END)
      ELSE (CASE WHEN sex = 'L' THEN ${groupPick(false, 'L')} ELSE ${groupPick(false, 'P')} END) END`;
  const ageFallback = `CASE WHEN (g0 IN (${gidxList('O')}) AND NOT (age BETWEEN 15 AND 49)) OR (g0 IN (${gidxList('P')}) AND age >= 1)
      THEN (CASE WHEN inpatient THEN ${groupIndex('K-4-17')} ELSE ${groupIndex('Q-5-42')} END) ELSE g0 END`;
  const trauma = ['S-4-10', 'S-4-11', 'S-1-10', 'M-1-60'].map(groupIndex);
  const factor = (cls: string): string =>
    `[${num(CLS[1])}, ${num(CLS[2])}, ${num(CLS[3])}][${cls}] * (CASE hospital_class WHEN 'A' THEN ${num(HC.A)} WHEN 'B' THEN ${num(HC.B)} WHEN 'C' THEN ${num(HC.C)} ELSE ${num(HC.D)} END)
     * [${[REG[1], REG[2], REG[3], REG[4], REG[5]].map(num).join(', ')}][tariff_region] * (CASE WHEN ownership = 'SWASTA' THEN ${num(PRIVATE_TARIFF_FACTOR)} ELSE 1.0 END)`;
  const specials = SPECIAL_CMG.map((s) => ({
    code: s.code, tariff: s.tariff,
    cond: s.code === UNJUSTIFIED_TOPUP
      ? `((list_has_any(px, ${listLit(s.requiredProcedures)}) AND u(claim_key, 'sp${s.code}') < 0.8) OR inflated_topup)`
      : s.requiredProcedures.length ? `(list_has_any(px, ${listLit(s.requiredProcedures)}) AND u(claim_key, 'sp${s.code}') < 0.8)` : 'false',
  }));
  const comp = (i: number): string => {
    const name = TARIFF_COMPONENTS[i - 1]?.[0] ?? '';
    let e = `round(base_bill * shares[${i}] * lognorm(claim_key, 'comp${i}', 0.15), -2)`;
    if (i === idx('tarif_kamar') || i === idx('tarif_keperawatan')) e = `round(${e} * greatest(1.0, los::DOUBLE / greatest(los_plain, 1)), -2)`;
    if (i === idx('tarif_rawat_intensif')) e = `${e} + round(icu_los * ${ICU_DAY_COST} * cost_factor, -2)`;
    if (i === idx('tarif_sewa_alat')) e = `${e} + round(ventilator_hour * ${VENTILATOR_HOUR_COST} * cost_factor, -2)`;
    if ([idx('tarif_obat'), idx('tarif_alkes'), idx('tarif_bmhp')].includes(i)) e = `round(${e} * (CASE WHEN inplace_type = 'INFLATED_BILL' THEN ${INFLATION_FACTOR} ELSE 1.0 END), -2)`;
    return `(${e})::BIGINT AS ${name}`;
  };
  const compNames = TARIFF_COMPONENTS.map(([n]) => n);
  return `
CREATE OR REPLACE TABLE cb AS
WITH s AS (
  SELECT * FROM skel_regular UNION ALL SELECT * FROM skel_extra
), a AS (
  SELECT s.*, m.sex, m.care_class, m.jkn_segment, m.nomor_kartu, m.death_date,
    (s.tgl_masuk - m.birth_date) / 365.25 AS age,
    f.facility_id, f.hospital_class, f.tariff_region, f.ownership, f.cost_factor, f.n_doctors, f.n_coders,
    f.province_code AS facility_province, f.fraudulent AS provider_fraudulent
  FROM s JOIN m USING (id) JOIN fac f ON f.idx = s.facility_idx
), b AS (
  SELECT a.*,
    CASE WHEN forced_group IS NOT NULL THEN forced_group
         WHEN inplace_type = 'PARTICIPANT_ABUSE' THEN (CASE WHEN sex = 'L' THEN ${groupIndex('O-6-13')} ELSE ${groupIndex('N-1-20')} END)
         WHEN inplace_type = 'COB_KKPAK' THEN [${trauma.join(', ')}][1 + ui(claim_key, 'cobgroup', ${trauma.length})]
         ELSE ${naturalGroup} END AS g0
  FROM a
), c AS (
  SELECT b.*, CASE WHEN forced_group IS NULL AND inplace_type IS DISTINCT FROM 'PARTICIPANT_ABUSE' AND inplace_type IS DISTINCT FROM 'COB_KKPAK' THEN ${ageFallback} ELSE g0 END AS gidx
  FROM b
), d AS (
  SELECT c.* EXCLUDE (inpatient), g.inpatient, g.gkey, g.cmg, g.case_type, p.shares,
    CASE WHEN inplace_type = 'PARTICIPANT_ABUSE' THEN g.dx_all WHEN sex = 'L' THEN g.dx_male ELSE g.dx_female END AS dx_pool,
    g.procedures AS px_pool,
    g.case_type IN (1, 2, 3) OR g.gkey = 'O-6-10' AS procedure_group
  FROM c JOIN ref_group g USING (gidx) JOIN ref_profile p USING (profile)
), e AS (
  SELECT d.*,
    CASE WHEN NOT inpatient THEN '0'
         WHEN forced_sev IS NOT NULL THEN forced_sev
         WHEN inplace_type = 'UPCODING' THEN (CASE WHEN u(claim_key, 'truesev') < 0.6 THEN 'I' ELSE 'II' END)
         WHEN u(claim_key, 'sev') < 0.12 + (CASE WHEN age >= 60 THEN 0.08 ELSE 0 END) THEN 'III'
         WHEN u(claim_key, 'sev') < 0.40 + (CASE WHEN age >= 60 THEN 0.1 ELSE 0 END) THEN 'II' ELSE 'I' END AS sev_true
  FROM d
), f AS (
  SELECT e.*, CASE WHEN inplace_type = 'UPCODING' THEN 'III' ELSE sev_true END AS sev_coded,
    CASE WHEN inplace_type = 'ROOM_CLASS' AND care_class > 1 THEN care_class - 1 ELSE care_class END AS kelas_rawat
  FROM e
), g AS (
  SELECT f.*, t.base_tariff AS base_true, t.los_norm, c.base_tariff AS base_coded, f.gkey || '-' || f.sev_coded AS kode_inacbg
  FROM f JOIN ref_cbg t ON t.code = f.gkey || '-' || f.sev_true JOIN ref_cbg c ON c.code = f.gkey || '-' || f.sev_coded
), h AS (
  SELECT g.*,
    CASE WHEN NOT inpatient THEN 0
         WHEN death_claim THEN greatest(1, death_date - tgl_masuk)
         ELSE greatest(1, round(los_norm * lognorm(claim_key, 'los', 0.35))) END::INTEGER AS los_plain
  FROM g
), i AS (
  SELECT h.*,
    CASE WHEN inplace_type = 'PROLONGED_LOS' THEN ceil(los_norm * (2.2 + u(claim_key, 'prolong'))) ELSE los_plain END::INTEGER AS los,
    inpatient AND inplace_type IS DISTINCT FROM 'UPCODING'
      AND u(claim_key, 'icu') < (CASE sev_true WHEN 'III' THEN 0.3 WHEN 'II' THEN 0.08 ELSE 0 END) AS icu
  FROM h
), j AS (
  SELECT i.*,
    CASE WHEN icu THEN least(los, 1 + ui(claim_key, 'iculos', 4)::INTEGER) ELSE 0 END AS icu_los,
    CASE WHEN icu AND u(claim_key, 'vent') < 0.4 THEN 12 + ui(claim_key, 'venthours', 180)::INTEGER ELSE 0 END AS ventilator_hour,
    round(base_true * ${factor('care_class')}, -2) AS tarif_true,
    round(base_coded * ${factor('kelas_rawat')}, -2)::BIGINT AS tarif_inacbg,
    dx_pool[1 + ui(claim_key, 'dx1', len(dx_pool))] AS dx_primary,
    CASE WHEN NOT inpatient THEN (u(claim_key, 'n2') < 0.2)::INTEGER
         WHEN sev_true = 'I' THEN (u(claim_key, 'n2') < 0.3)::INTEGER
         WHEN sev_true = 'II' THEN 1 + (u(claim_key, 'n2') < 0.5)::INTEGER
         ELSE 2 + (u(claim_key, 'n2') < 0.5)::INTEGER END AS n_secondary,
    inplace_type = 'INFLATED_BILL' AND u(claim_key, 'topup') < 0.5 AS inflated_topup
  FROM i
), k AS (
  SELECT j.*,
    list_filter(px_pool, (x, n) -> (n = 1 AND procedure_group) OR u(claim_key, 'px' || x) < (CASE WHEN procedure_group THEN 0.5 ELSE 0.4 END))
      || (CASE WHEN ventilator_hour >= 96 THEN ['96.72'] WHEN ventilator_hour > 0 THEN ['96.71'] ELSE [] END)::VARCHAR[] AS px,
    list_slice(CASE WHEN sev_true = 'III'
        THEN [(${listLit(SEVERITY_RAISING)})[1 + ui(claim_key, 'c', 5)], (${listLit(COMORBID_A)})[1 + ui(claim_key, 'a', 5)], (${listLit(COMORBID_B)})[1 + ui(claim_key, 'b', 5)]]
        ELSE [(${listLit(COMORBID_A)})[1 + ui(claim_key, 'a', 5)], (${listLit(COMORBID_B)})[1 + ui(claim_key, 'b', 5)]] END, 1, n_secondary)
      || (CASE WHEN inplace_type = 'UPCODING' THEN [(${listLit(SEVERITY_RAISING)})[1 + ui(claim_key, 'up1', 5)],
            (${listLit(SEVERITY_RAISING)})[1 + ((ui(claim_key, 'up1', 5) + 1 + ui(claim_key, 'up2', 4)) % 5)]] ELSE [] END)::VARCHAR[] AS dx_secondary,
    tarif_true * cost_factor * lognorm(claim_key, 'bill', 0.2) AS base_bill
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
    CASE WHEN inplace_type = 'PHANTOM_BILLING' AND inpatient THEN tgl_masuk + los + 3 + ui(claim_key, 'lateSep', 20)::INTEGER ELSE tgl_masuk END AS tgl_sep
  FROM n
), p AS (
  SELECT o.*,
    greatest(tgl_pulang, tgl_sep) + 3 + ui(claim_key, 'submit', 40)::INTEGER AS tgl_pengajuan,
    CASE WHEN inplace_type = 'ROOM_CLASS' AND care_class = 1 THEN 1
         WHEN inpatient AND jkn_segment <> 'PBI' AND inplace_type IS DISTINCT FROM 'ROOM_CLASS' AND u(claim_key, 'upgrade') < ${UPGRADE_SHARE} THEN 1 ELSE 0 END AS upgrade_class_ind
  FROM o
)
SELECT claim_key, id, facility_idx, facility_id, facility_province, provider_fraudulent, nomor_kartu,
  tgl_sep, tgl_masuk, tgl_pulang, tgl_pengajuan,
  CASE WHEN inpatient THEN 1 ELSE 2 END AS jenis_rawat, kelas_rawat,
  CASE WHEN death_claim THEN 4 ELSE ${pick(`u(claim_key, 'discharge')`, ['1', '2', '3', '5'], [0.93, 0.025, 0.025, 0.02])} END AS discharge_status,
  CASE WHEN icu THEN 1 ELSE 0 END AS icu_indikator, icu_los, ventilator_hour,
  upgrade_class_ind,
  CASE WHEN upgrade_class_ind = 0 THEN NULL WHEN inplace_type = 'ROOM_CLASS' THEN 'vvip'
       ELSE ['vip', 'kelas_1', 'kelas_2'][care_class] END AS upgrade_class_class,
  CASE WHEN upgrade_class_ind = 1 THEN los ELSE 0 END AS upgrade_class_los,
  CASE WHEN upgrade_class_ind = 0 OR inplace_type = 'ROOM_CLASS' THEN NULL
       WHEN u(claim_key, 'payor') < 0.8 THEN 'peserta' ELSE 'asuransi_tambahan' END AS upgrade_class_payor,
  array_to_string([dx_primary] || dx_secondary, '#') AS diagnosa,
  CASE WHEN len(px) = 0 THEN NULL ELSE array_to_string(px, '#') END AS procedure,
  'K' || facility_id || lpad((1 + ui(claim_key, 'coder', n_coders))::VARCHAR, 2, '0') AS coder_id,
  'D' || facility_id || lpad((1 + ui(claim_key, 'dpjp', n_doctors))::VARCHAR, 3, '0') AS kode_dpjp,
  ${compNames.join(', ')},
  kode_inacbg, tarif_inacbg,
  CASE WHEN len(special_list) = 0 THEN NULL ELSE array_to_string(special_list, '#') END AS special_cmg,
  tarif_special_cmg, billed_cost,
  CASE WHEN tgl_pengajuan > DATE '${plan.ledgerEnd}' - 15 THEN NULL ELSE tarif_inacbg + tarif_special_cmg END AS verified_cost,
  inplace_type, spawn_type, forced_sep,
  (CASE inplace_type
    WHEN 'UPCODING' THEN tarif_inacbg - round(base_true * ${factor('kelas_rawat')}, -2)
    WHEN 'INFLATED_BILL' THEN (CASE WHEN inflated_topup THEN ${SPECIAL_CMG.find((s) => s.code === UNJUSTIFIED_TOPUP)?.tariff ?? 0}
                                    ELSE round((tarif_obat + tarif_alkes + tarif_bmhp) * ${(INFLATION_FACTOR - 1) / INFLATION_FACTOR}, -2) END)
    WHEN 'PROLONGED_LOS' THEN round((tarif_kamar + tarif_keperawatan) * (1 - los_plain::DOUBLE / los), -2)
    WHEN 'ROOM_CLASS' THEN (CASE WHEN care_class > 1 THEN tarif_inacbg - tarif_true ELSE round(0.25 * tarif_inacbg, -2) END)
    ELSE tarif_inacbg + tarif_special_cmg END)::BIGINT AS amount_at_risk
FROM p
WHERE tgl_pengajuan <= DATE '${plan.ledgerEnd}'`;
}
