// Rules across tables: a claim, a primary-care visit or a chronic-programme refill checked
// against what the warehouse already holds about its card: the status the membership events
// give on its day, and the birth date of the card's holder (members). Run over the keys table
// of a file (the card only as its pseudonym). A card with no events, or no member, is not
// checked (an extract without membership_events, or a member it does not cover).
import { ident, literal } from '../../data-samples/sql/index.js';
import { NEWBORN_REGISTRATION_DAYS } from '../../data-samples/schema/index.js';
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

/**
 * Card status on the service day. A newborn registered within NEWBORN_REGISTRATION_DAYS of
 * birth is covered from birth (Perpres 82/2018 as amended), so a stay that begins before its
 * registration is not an inactive card: the member's birth date comes from raw_members.
 */
function cardInactiveRule(table: TableName, dayColumn: string): LookupRule {
  return {
    table,
    reason: 'card_inactive',
    column: 'nomor_kartu',
    needs: ['nomor_kartu', dayColumn],
    sql: (keys, def) => {
      const card = pseudonymColumn(col(def, 'nomor_kartu'));
      const day = `TRY_CAST(k.${textColumn(col(def, dayColumn))} AS DATE)`;
      const events = ident(rawTableName('membership_events'));
      const members = ident(rawTableName('members'));
      return `SELECT _row, ${literal('card_inactive')} AS reason, ${literal('nomor_kartu')} AS column_name,
          CASE WHEN status IS NULL THEN 'the card (card_key in the record) has no JKN registration on or before ${dayColumn} ' || CAST(day AS VARCHAR)
               ELSE 'the card (card_key in the record) was NONAKTIF on ${dayColumn} ' || CAST(day AS VARCHAR) || ' (' || event_type || ' of ' || CAST(since AS VARCHAR) || ')' END AS message
        FROM (
          SELECT k._row, ${day} AS day,
            arg_max(e.card_status, (e.event_date, e.event_id)) FILTER (WHERE e.event_date <= ${day}) AS status,
            arg_max(e.event_type, (e.event_date, e.event_id)) FILTER (WHERE e.event_date <= ${day}) AS event_type,
            max(e.event_date) FILTER (WHERE e.event_date <= ${day}) AS since,
            min(e.event_date) FILTER (WHERE e.event_type = 'DAFTAR') AS registered,
            any_value(b.birth_date) AS birth_date
          FROM ${keys} AS k JOIN ${events} AS e ON e.card_key = k.${card}
          LEFT JOIN (SELECT card_key, min(birth_date) AS birth_date FROM ${members} GROUP BY card_key) AS b ON b.card_key = k.${card}
          WHERE k._bad IS NULL AND ${day} IS NOT NULL
          GROUP BY k._row, day
        )
        WHERE status = 'NONAKTIF'
          OR (status IS NULL AND NOT coalesce(day >= birth_date AND registered <= birth_date + ${NEWBORN_REGISTRATION_DAYS}, false))`;
    },
  };
}

/** No service before the card's holder was born (a day no record can hold). */
function beforeBirthRule(table: TableName, dayColumn: string): LookupRule {
  return {
    table,
    reason: 'admitted_before_birth',
    column: dayColumn,
    needs: ['nomor_kartu', dayColumn],
    sql: (keys, def) => {
      const card = pseudonymColumn(col(def, 'nomor_kartu'));
      const day = `TRY_CAST(k.${textColumn(col(def, dayColumn))} AS DATE)`;
      const members = ident(rawTableName('members'));
      return `SELECT k._row, ${literal('admitted_before_birth')} AS reason, ${literal(dayColumn)} AS column_name,
          '${dayColumn} ' || CAST(${day} AS VARCHAR) || ' is before the birth date ' || CAST(min(b.birth_date) AS VARCHAR) || ' of the card''s holder (card_key in the record)' AS message
        FROM ${keys} AS k JOIN ${members} AS b ON b.card_key = k.${card}
        WHERE k._bad IS NULL AND ${day} < b.birth_date
        GROUP BY k._row, ${day}`;
    },
  };
}

const SERVICE_DAYS: ReadonlyArray<readonly [TableName, string]> = [
  ['claims', 'tgl_masuk'],
  ['fktp_visits', 'tgl_kunjungan'],
  ['prb_claims', 'tgl_resep'],
];

export const LOOKUP_RULES: readonly LookupRule[] = Object.freeze(
  SERVICE_DAYS.flatMap(([table, day]) => [cardInactiveRule(table, day), beforeBirthRule(table, day)]),
);

/** Columns lookup rules need from the keys table of `table`. */
export function lookupColumns(table: TableName): readonly string[] {
  return [...new Set(LOOKUP_RULES.filter((r) => r.table === table).flatMap((r) => r.needs))];
}

/** Statement adding the lookup rules' violations of `def` to the value violations table. */
export function lookupViolationsSql(def: TableDef, keys: string, valueTable: string): string | undefined {
  const rules = LOOKUP_RULES.filter((r) => r.table === def.name);
  if (rules.length === 0) return undefined;
  return `INSERT INTO ${valueTable} ${rules.map((r) => r.sql(keys, def)).join('\nUNION ALL\n')}`;
}
