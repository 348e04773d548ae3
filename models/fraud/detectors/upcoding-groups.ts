// The INA-CBG medical groups by the ICD-10 categories of their diagnoses, and the cheaper group a
// stay's resources fit, for the UPCODING rules that set a stay against another group of its own
// diagnoses: a sibling group of its primary's category (upcoding-sibling.ts), the group of a
// secondary treated (upcoding-swap.ts), the group of the card's chronic record
// (upcoding-chronic-record.ts). The groups come from the INA-CBG code set, known before any claim.
import { INACBG } from '../../../data-samples/reference/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { CASEMIX_PEER_TABLE } from './peers.js';

/** Inpatient medical groups (case type 4: the diagnosis decides the group) by the ICD-10 categories of their diagnoses. */
export const MEDICAL_GROUP_CATEGORIES: readonly (readonly [string, string])[] = Object.freeze(
  [
    ...new Set(
      INACBG.filter((g) => g.caseType === 4 && g.severity === 'I').flatMap((g) =>
        g.typicalDiagnoses.map((d) => `${d.slice(0, 3)}|${g.cmg}-4-${g.group}`),
      ),
    ),
  ].map((s) => s.split('|') as [string, string]),
);

/** SQL VALUES of (category, cbg_base) of every medical group's diagnoses. */
export function medicalGroupValuesSql(alias: string): string {
  const rows = MEDICAL_GROUP_CATEGORIES.map(([cat, grp]) => `(${literal(cat)}, ${literal(grp)})`);
  return `(VALUES ${rows.join(', ')}) ${alias}(category, cbg_base)`;
}

/** SQL: the stay the cheaper group `sr` pays for: its median stay at the claim's hospital class, or its INA-CBG LOS norm when longer. */
export const CHEAPER_GROUP_STAY = 'greatest(coalesce(sp.los_median, sr.los_norm), sr.los_norm)';

/** SQL: the tariff share of claim `b` above the cheaper group `sr` (the amount at risk of the rules). */
export const CHEAPER_GROUP_SHARE_AT_RISK = 'round(b.tarif_inacbg * (1 - sr.base_tariff / own.base_tariff), -2)::BIGINT';

/**
 * SQL joins on claim `b`: `own` its INA-CBG code, `sr` the group `cbgBase` (an SQL expression of a
 * cbg_base) at the claim's severity, `sp` that code's stays at hospitals of the claim's class.
 */
export const cheaperGroupJoinsSql = (cbgBase: string): string => `JOIN fraud_ref_cbg own ON own.code = b.kode_inacbg
JOIN fraud_ref_cbg sr ON sr.code = ${cbgBase} || '-' || split_part(b.kode_inacbg, '-', 4)
LEFT JOIN ${CASEMIX_PEER_TABLE} sp ON sp.kode_inacbg = sr.code AND sp.hospital_class = b.hospital_class`;

/**
 * SQL predicate over cheaperGroupJoinsSql: group `sr` is at most 1 / `minTariffRatio` as dear as the
 * claim's code, and the stay is within its resources: billed (at the base tariff key) no more than
 * its median at hospitals of the class, or its tariff when higher (the tariff pays for such a stay
 * in full), and no longer than CHEAPER_GROUP_STAY.
 */
export const withinCheaperGroupSql = (minTariffRatio: number): string =>
  `sr.base_tariff * ${minTariffRatio} <= own.base_tariff
  AND b.base_log_cost <= greatest(coalesce(sp.base_log_cost, ln(sr.base_tariff)), ln(sr.base_tariff)) AND b.los <= ${CHEAPER_GROUP_STAY}`;

/** SQL: of the cheaper groups a stay fits, the dearest is named. */
export const DEAREST_CHEAPER_GROUP = 'QUALIFY row_number() OVER (PARTITION BY b.nomor_sep ORDER BY sr.base_tariff DESC, sr.code) = 1';
