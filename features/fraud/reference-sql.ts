// Reference tables the fraud SQL joins: INA-CBG norms, ICD-10 sex restrictions and the
// procedures each special CMG top-up needs. Built from data-samples/reference, which is the
// published code set (PMK 26/2021 shape), so they are known before any claim arrives.
import { ICD10, INACBG, SPECIAL_CMG } from '../../data-samples/reference/index.js';
import { literal, varcharList } from '../../data-samples/sql/index.js';

/**
 * Secondary diagnoses that move a CBG to severity III (major complications in the grouper's
 * logic: respiratory failure, cardiogenic shock, sepsis, hyponatraemia, acute kidney failure).
 */
export const SEVERITY_RAISING_DX: readonly string[] = Object.freeze(['J96.0', 'R57.0', 'A41.9', 'E87.1', 'N17.9']);

export function referenceTablesSql(): string[] {
  const cbg = INACBG.map((g) => `(${literal(g.code)}, ${g.losNorm}, ${g.baseTariff})`).join(', ');
  const sex = ICD10.filter((c) => c.sex)
    .map((c) => `(${literal(c.code)}, ${literal(c.sex ?? '')})`)
    .join(', ');
  const topups = SPECIAL_CMG.map((s) => `(${literal(s.code)}, ${s.tariff}, ${varcharList(s.requiredProcedures)})`).join(', ');
  return [
    `CREATE OR REPLACE TABLE fraud_ref_cbg AS SELECT * FROM (VALUES ${cbg}) t(code, los_norm, base_tariff)`,
    sex
      ? `CREATE OR REPLACE TABLE fraud_ref_icd10_sex AS SELECT * FROM (VALUES ${sex}) t(code, sex)`
      : `CREATE OR REPLACE TABLE fraud_ref_icd10_sex (code VARCHAR, sex VARCHAR)`,
    `CREATE OR REPLACE TABLE fraud_ref_topup AS SELECT * FROM (VALUES ${topups}) t(code, tariff, required_procedures)`,
    `CREATE OR REPLACE TABLE fraud_ref_severity_raising AS SELECT unnest(${varcharList(SEVERITY_RAISING_DX)}) AS code`,
  ];
}
