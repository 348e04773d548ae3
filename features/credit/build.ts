// Builds the credit feature table at an observation date inside the warehouse: the table
// the score API serves from and the stages snapshot.
import type { Warehouse } from '../warehouse/warehouse.js';
import { creditFeaturesSql } from './features-sql.js';
import type { CreditFeatureSqlOptions } from './features-sql.js';

/** Warehouse table the features stage publishes for serving (latest observation date). */
export const CREDIT_FEATURES_TABLE = 'feat_credit_member';

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

/** (Re)creates `table` with every member's features at `observationDate`; returns the row count. */
export async function buildCreditFeatures(
  w: Warehouse,
  observationDate: string,
  table: string = CREDIT_FEATURES_TABLE,
  options: CreditFeatureSqlOptions = {},
): Promise<number> {
  if (!TABLE_NAME.test(table)) throw new Error(`bad table name ${table}`);
  // Built under a temporary name and swapped in, so a retried stage never leaves half a table.
  await w.run(`CREATE OR REPLACE TABLE ${table}__building AS ${creditFeaturesSql(observationDate, options)}`);
  await w.transaction(async () => {
    await w.run(`DROP TABLE IF EXISTS ${table}`);
    await w.run(`ALTER TABLE ${table}__building RENAME TO ${table}`);
  });
  const [row] = await w.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row?.n ?? 0);
}
