// Public face of the primary-care features: FKTP x month from the optional primary-care tables.
import type { Warehouse } from '../warehouse/warehouse.js';
import { FKTP_MONTH_TABLE, fktpMonthSql } from './fktp-month-sql.js';

export { FKTP_MONTH_TABLE, fktpMonthSql } from './fktp-month-sql.js';

/** Builds feature_fktp_month; returns its row count. */
export async function buildFktpMonthTable(w: Warehouse): Promise<number> {
  await w.run(`CREATE OR REPLACE TABLE ${FKTP_MONTH_TABLE} AS ${fktpMonthSql()} ORDER BY facility_id, month`);
  const n = await w.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${FKTP_MONTH_TABLE}`);
  return Number(n[0]?.n ?? 0);
}
