// Reference code lists (ICD-10, ICD-9-CM, INA-CBG, provinces, sectors, fraud types) loaded
// into `ref_*` tables, so that membership checks at ingestion are set-based joins.
import type { ReferenceListName } from '../../data-samples/schema/index.js';
import type { DuckDBConnection } from '@duckdb/node-api';
import { listValue } from '@duckdb/node-api';
import { REFERENCE_LISTS, referenceTableName } from './schema.js';
import { ident } from '../../data-samples/sql/index.js';

/** Where reference codes come from: by default the frozen lists in data-samples/reference. */
export type ReferenceCodes = (list: ReferenceListName) => readonly string[];

/** Replaces every ref_* table's content with the given lists (inside the caller's transaction). */
export async function loadReferenceTables(connection: DuckDBConnection, codes: ReferenceCodes): Promise<void> {
  for (const list of REFERENCE_LISTS) {
    const table = ident(referenceTableName(list));
    const values = [...new Set(codes(list))];
    await connection.run(`DELETE FROM ${table}`);
    if (values.length > 0) {
      await connection.run(`INSERT INTO ${table} SELECT unnest($1::VARCHAR[])`, [listValue(values)]);
    }
  }
}
