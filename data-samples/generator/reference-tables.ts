// Loads the frozen reference data the SQL stages join against (provinces, sectors, INA-CBG
// groups) into the generation database as small tables.
import { INACBG, PROVINCES, SECTORS, ICD10 } from '../reference/index.js';
import { literal, varcharList } from '../sql/index.js';

/** INA-CBG regional tariff group of each province (after the PMK 52/2016 regionalisation, simplified). */
export const TARIFF_REGION_BY_PROVINCE: Readonly<Record<string, number>> = Object.freeze({
  31: 1,
  32: 1,
  33: 1,
  34: 1,
  35: 1,
  36: 1,
  13: 2,
  14: 2,
  16: 2,
  18: 2,
  51: 2,
  52: 2,
  11: 3,
  12: 3,
  15: 3,
  17: 3,
  19: 3,
  21: 3,
  61: 3,
  71: 3,
  72: 3,
  73: 3,
  74: 3,
  75: 3,
  76: 3,
  62: 4,
  63: 4,
  64: 4,
  65: 4,
  53: 5,
  81: 5,
  82: 5,
  91: 5,
  92: 5,
  94: 5,
  95: 5,
  96: 5,
  97: 5,
});

/** Tariff component profiles (shares of the bill, in TARIFF_COMPONENTS order); each sums to 1. Assumption. */
export const TARIFF_PROFILES = Object.freeze({
  medicalInpatient: [0.06, 0, 0.04, 0.1, 0.1, 0.03, 0.04, 0.1, 0.01, 0.01, 0.2, 0, 0.2, 0, 0, 0.02, 0.07, 0.02],
  surgicalInpatient: [0.03, 0.3, 0.02, 0.1, 0.07, 0.03, 0.03, 0.06, 0.01, 0.01, 0.12, 0, 0.1, 0, 0, 0.04, 0.06, 0.02],
  medicalOutpatient: [0.05, 0, 0.3, 0.05, 0, 0.05, 0.05, 0.12, 0, 0, 0, 0, 0.3, 0.05, 0, 0, 0.03, 0],
  procedureOutpatient: [0.15, 0.35, 0.1, 0.1, 0, 0.05, 0, 0.05, 0, 0, 0, 0, 0.1, 0, 0, 0.05, 0.05, 0],
  chemotherapy: [0.03, 0, 0.04, 0.1, 0.08, 0.03, 0.04, 0.1, 0.02, 0, 0.12, 0, 0.05, 0, 0.3, 0.02, 0.07, 0],
  chronicOutpatient: [0.05, 0, 0.3, 0.05, 0, 0.05, 0.05, 0.12, 0, 0, 0, 0, 0.1, 0.25, 0, 0, 0.03, 0],
} as const);
export type TariffProfile = keyof typeof TARIFF_PROFILES;

/** Relative frequency of each INA-CBG group among claims (assumption; default 1). */
const GROUP_WEIGHT: Readonly<Record<string, number>> = {
  'K-4-17': 3,
  'A-4-13': 3,
  'J-4-16': 2.5,
  'I-4-17': 2,
  'O-6-13': 4,
  'O-6-10': 3,
  'O-6-14': 1.5,
  'E-4-10': 2,
  'A-4-11': 2,
  'I-4-12': 1.5,
  'G-4-14': 1.5,
  'S-4-10': 1.5,
  'S-4-11': 1.5,
  'P-8-11': 0.3,
  'P-8-17': 0.3,
  'I-1-40': 0.4,
  'G-1-10': 0.3,
  'M-1-31': 0.4,
  'Q-5-44': 8,
  'Q-5-42': 6,
  'N-3-15': 2,
  'Z-3-12': 3,
  'M-5-15': 3,
  'O-7-10': 2,
  'H-2-36': 0.8,
  'C-3-12': 0.5,
};

export interface CbgGroupRow {
  readonly gidx: number;
  readonly key: string;
  readonly cmg: string;
  readonly inpatient: boolean;
  readonly caseType: number;
  readonly profile: TariffProfile;
  readonly weight: number;
  readonly dxMale: readonly string[];
  readonly dxFemale: readonly string[];
  readonly dxAll: readonly string[];
  readonly procedures: readonly string[];
}

const sexOf = new Map(ICD10.map((c) => [c.code, c.sex]));

/** One row per INA-CBG group (severities folded), indexed from 1. */
export const CBG_GROUPS: readonly CbgGroupRow[] = (() => {
  const seen = new Map<string, CbgGroupRow>();
  for (const g of INACBG) {
    const key = `${g.cmg}-${g.caseType}-${g.group}`;
    if (seen.has(key)) continue;
    const procedureGroup = g.caseType === 1 || g.caseType === 2 || g.caseType === 3;
    const profile: TariffProfile =
      g.cmg === 'C'
        ? 'chemotherapy'
        : key === 'Q-5-44'
          ? 'chronicOutpatient'
          : g.inpatient
            ? procedureGroup || key === 'O-6-10'
              ? 'surgicalInpatient'
              : 'medicalInpatient'
            : procedureGroup
              ? 'procedureOutpatient'
              : 'medicalOutpatient';
    seen.set(key, {
      gidx: seen.size + 1,
      key,
      cmg: g.cmg,
      inpatient: g.inpatient,
      caseType: g.caseType,
      profile,
      weight: GROUP_WEIGHT[key] ?? 1,
      dxMale: g.typicalDiagnoses.filter((d) => sexOf.get(d) !== 'P'),
      dxFemale: g.typicalDiagnoses.filter((d) => sexOf.get(d) !== 'L'),
      dxAll: g.typicalDiagnoses,
      procedures: g.typicalProcedures,
    });
  }
  return Object.freeze([...seen.values()]);
})();

export function groupIndex(key: string): number {
  const g = CBG_GROUPS.find((r) => r.key === key);
  if (!g) throw new Error(`no INA-CBG group ${key}`);
  return g.gidx;
}

const agesOf = new Map(ICD10.flatMap((c) => (c.ages ? [[c.code, c.ages] as const] : [])));
const ageCondition = (code: string, age: string): string => {
  const a = agesOf.get(code);
  return a ? `(${age} >= ${a.min} AND ${age} < ${a.max})` : 'true';
};

/** SQL: whether diagnosis `x` is plausible at `age` years (reference icd10-age.ts). */
export function dxFitsAgeSql(x: string, age: string): string {
  const arms = [...agesOf.keys()].map((code) => `WHEN ${literal(code)} THEN ${ageCondition(code, age)}`);
  return `(CASE ${x} ${arms.join(' ')} ELSE true END)`;
}

/**
 * SQL: whether INA-CBG group `g` (gidx) has a diagnosis for `sex` plausible at `age` years. A
 * group none of whose diagnoses fits (prostatectomy for a boy, a neonatal group for a toddler,
 * a delivery for a girl of 12) is not the holder's care at that age.
 */
export function groupFitsAgeSql(g: string, sex: string, age: string): string {
  const arms = (dxOf: (r: CbgGroupRow) => readonly string[]): string =>
    CBG_GROUPS.filter((r) => dxOf(r).length > 0 && dxOf(r).every((d) => agesOf.has(d)))
      .map(
        (r) =>
          `WHEN ${r.gidx} THEN (${dxOf(r)
            .map((d) => ageCondition(d, age))
            .join(' OR ')})`,
      )
      .join(' ');
  const bySex = (dxOf: (r: CbgGroupRow) => readonly string[]): string => {
    const a = arms(dxOf);
    return a ? `(CASE ${g} ${a} ELSE true END)` : 'true';
  };
  return `(CASE WHEN ${sex} = 'L' THEN ${bySex((r) => r.dxMale)} ELSE ${bySex((r) => r.dxFemale)} END)`;
}

/** One sibling per ICD-10 code that has one: the next code of the same three-character category (a swapped 4th digit). */
export const ICD10_SIBLING: ReadonlyMap<string, string> = (() => {
  const byCategory = new Map<string, string[]>();
  for (const c of ICD10) byCategory.set(c.code.slice(0, 3), [...(byCategory.get(c.code.slice(0, 3)) ?? []), c.code]);
  const out = new Map<string, string>();
  for (const codes of byCategory.values()) {
    if (codes.length > 1) codes.forEach((code, i) => out.set(code, codes[(i + 1) % codes.length] ?? code));
  }
  return out;
})();

/** `(code, sibling)` rows of ICD10_SIBLING for a VALUES list. */
export function siblingValuesSql(): string {
  return [...ICD10_SIBLING].map(([code, sibling]) => `(${literal(code)}, ${literal(sibling)})`).join(', ');
}

/** SQL statements creating ref_province, ref_sector, ref_group and ref_cbg. */
export function referenceTableSql(): string[] {
  const provinces = PROVINCES.map(
    (p, i) => `(${i + 1}, ${literal(p.code)}, ${p.lat}, ${p.lon}, ${p.populationWeight}, ${TARIFF_REGION_BY_PROVINCE[p.code] ?? 3})`,
  );
  const sectors = SECTORS.map((s) => `(${literal(s.code)}, ${s.jkkRiskGroup})`);
  const groups = CBG_GROUPS.map(
    (g) =>
      `(${g.gidx}, ${literal(g.key)}, ${literal(g.cmg)}, ${g.inpatient}, ${g.caseType}, ${literal(g.profile)}, ${varcharList(g.dxMale)}, ${varcharList(g.dxFemale)}, ${varcharList(g.dxAll)}, ${varcharList(g.procedures)})`,
  );
  const cbgs = INACBG.map(
    (c) => `(${literal(c.code)}, ${literal(`${c.cmg}-${c.caseType}-${c.group}`)}, ${literal(c.severity)}, ${c.baseTariff}, ${c.losNorm})`,
  );
  const profiles = Object.entries(TARIFF_PROFILES).map(([name, shares]) => `(${literal(name)}, [${shares.join(', ')}]::DOUBLE[])`);
  return [
    `CREATE OR REPLACE TABLE ref_province AS SELECT * FROM (VALUES ${provinces.join(', ')}) t(pidx, province_code, lat, lon, weight, tariff_region)`,
    `CREATE OR REPLACE TABLE ref_sector AS SELECT * FROM (VALUES ${sectors.join(', ')}) t(sector_code, jkk_risk_group)`,
    `CREATE OR REPLACE TABLE ref_group AS SELECT * FROM (VALUES ${groups.join(', ')}) t(gidx, gkey, cmg, inpatient, case_type, profile, dx_male, dx_female, dx_all, procedures)`,
    `CREATE OR REPLACE TABLE ref_cbg AS SELECT * FROM (VALUES ${cbgs.join(', ')}) t(code, gkey, severity, base_tariff, los_norm)`,
    `CREATE OR REPLACE TABLE ref_profile AS SELECT * FROM (VALUES ${profiles.join(', ')}) t(profile, shares)`,
  ];
}
