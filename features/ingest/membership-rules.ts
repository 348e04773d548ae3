// Rules across tables: a claim checked against the card status that the membership events
// already in the warehouse give on its admission date. Run over the keys table of a claims
// file (the card only as its pseudonym). A card with no events is not checked (an extract
// without membership_events, or a member it does not cover): nothing is known against it.
import { ident, literal } from '../../data-samples/sql/index.js';
import type { TableDef, TableName } from '../../data-samples/schema/index.js';
import { rawTableName } from '../warehouse/raw-tables.js';
import type { ReasonCodeName } from './reason-codes.js';
import { pseudonymColumn, textColumn } from './row-rules.js';

export interface LookupRule {
  readonly table: TableName;
  readonly reason: ReasonCodeName;
  readonly column: string;
  /** Contract columns the rule reads from the keys table (personal ones as their pseudonym). */
  readonly needs: readonly string[];
  /** SELECT (_row, reason, column_name, message) of the rows that break the rule. */
  readonly sql: (keys: string, def: TableDef) => string;
}

const col = (def: TableDef, name: string) => {
  const c = def.columns.find((x) => x.name === name);
  if (!c) throw new Error(`table ${def.name}: no column "${name}"`);
  return c;
};

export const LOOKUP_RULES: readonly LookupRule[] = Object.freeze([
  {
    table: 'claims',
    reason: 'card_inactive',
    column: 'nomor_kartu',
    needs: ['nomor_kartu', 'tgl_masuk'],
    sql: (keys, def) => {
      const card = pseudonymColumn(col(def, 'nomor_kartu'));
      const day = `TRY_CAST(k.${textColumn(col(def, 'tgl_masuk'))} AS DATE)`;
      const events = ident(rawTableName('membership_events'));
      return `SELECT _row, ${literal('card_inactive')} AS reason, ${literal('nomor_kartu')} AS column_name,
          CASE WHEN status IS NULL THEN 'the card (card_key in the record) has no JKN registration on or before tgl_masuk ' || CAST(day AS VARCHAR)
               ELSE 'the card (card_key in the record) was NONAKTIF on tgl_masuk ' || CAST(day AS VARCHAR) || ' (' || event_type || ' of ' || CAST(since AS VARCHAR) || ')' END AS message
        FROM (
          SELECT k._row, ${day} AS day,
            arg_max(e.card_status, (e.event_date, e.event_id)) FILTER (WHERE e.event_date <= ${day}) AS status,
            arg_max(e.event_type, (e.event_date, e.event_id)) FILTER (WHERE e.event_date <= ${day}) AS event_type,
            max(e.event_date) FILTER (WHERE e.event_date <= ${day}) AS since
          FROM ${keys} AS k JOIN ${events} AS e ON e.card_key = k.${card}
          WHERE k._bad IS NULL AND ${day} IS NOT NULL
          GROUP BY k._row, day
        )
        WHERE status IS NULL OR status = 'NONAKTIF'`;
    },
  },
] satisfies LookupRule[]);

/** Columns lookup rules need from the keys table of `table`. */
export function lookupColumns(table: TableName): readonly string[] {
  return LOOKUP_RULES.filter((r) => r.table === table).flatMap((r) => r.needs);
}

/** Statement adding the lookup rules' violations of `def` to the value violations table. */
export function lookupViolationsSql(def: TableDef, keys: string, valueTable: string): string | undefined {
  const rules = LOOKUP_RULES.filter((r) => r.table === def.name);
  if (rules.length === 0) return undefined;
  return `INSERT INTO ${valueTable} ${rules.map((r) => r.sql(keys, def)).join('\nUNION ALL\n')}`;
}
