// Row-level validation compiled to one DuckDB SELECT: each contract column is typed with
// TRY_CAST, checked against its declarative rules (nullability, type, enum, bounds,
// pattern) and the cross-column rules. Identifier well-formedness is computed per row
// next to the pseudonym in the validation pass (validation-pass.ts) and reported with the
// set-based rules; reference membership and duplicates need joins: set-rules.ts.
import type { ColumnDef, TableDef } from '../../data-samples/schema/index.js';
import { warehouseColumnName } from '../warehouse/raw-tables.js';
import { ident, literal, literalList } from '../../data-samples/sql/index.js';
import { CROSS_COLUMN_RULES } from './cross-rules.js';
import { pseudonymSql } from './pseudonym.js';
import type { ReasonCodeName } from './reason-codes.js';

interface Check {
  readonly reason: ReasonCodeName;
  readonly column: string;
  /** SQL boolean; NULL counts as "no violation". */
  readonly when: string;
  /** SQL string expression, evaluated only for rows that break the check. */
  readonly message: string;
}

export interface RowRulesInput {
  readonly def: TableDef;
  /** Contract columns present in the file. */
  readonly present: ReadonlySet<string>;
}

const MAX_VALUE_IN_MESSAGE = 60;

const text = (c: ColumnDef): string => ident(`t:${c.name}`);
const typed = (c: ColumnDef): string => ident(`v:${c.name}`);
const shown = (c: ColumnDef): string => `'"' || left(${text(c)}, ${MAX_VALUE_IN_MESSAGE}) || '"'`;

function typedExpr(c: ColumnDef, t: string): string {
  switch (c.type) {
    case 'VARCHAR':
      return t;
    case 'INTEGER':
    case 'BIGINT':
      // TRY_CAST alone would round '12.5' to 13: a whole number has no decimal point, or
      // only zeros after it (Parquet written from float columns: '5000000.0'). The regex
      // runs only for the rare values with a point.
      return `CASE WHEN NOT contains(${t}, '.') THEN TRY_CAST(${t} AS ${c.type})
        WHEN regexp_full_match(${t}, '[+-]?[0-9]+\\.0*') THEN TRY_CAST(${t} AS ${c.type}) END`;
    case 'DOUBLE':
      return `CASE WHEN isfinite(TRY_CAST(${t} AS DOUBLE)) THEN TRY_CAST(${t} AS DOUBLE) END`;
    case 'DATE':
      return `TRY_CAST(${t} AS DATE)`;
    case 'TIMESTAMP':
      // A date and a time, ISO, no zone (the facility's wall clock); a bare date is not enough.
      return `CASE WHEN regexp_full_match(${t}, '[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]*)?)?') THEN TRY_CAST(${t} AS TIMESTAMP) END`;
  }
}

function columnChecks(def: TableDef, c: ColumnDef, present: boolean): Check[] {
  if (!present) {
    return c.nullable
      ? []
      : [
          {
            reason: 'missing_column',
            column: c.name,
            when: 'true',
            message: literal(`table ${def.name}: the file has no column "${c.name}", which is required`),
          },
        ];
  }
  const t = text(c);
  const v = typed(c);
  const checks: Check[] = [];
  if (!c.nullable) {
    checks.push({ reason: 'null_value', column: c.name, when: `${t} IS NULL`, message: literal(`${c.name} is empty but required`) });
  }
  if (c.type !== 'VARCHAR') {
    checks.push({
      reason: 'wrong_type',
      column: c.name,
      when: `${t} IS NOT NULL AND ${v} IS NULL`,
      message: `${literal(`${c.name} `)} || ${shown(c)} || ${literal(` is not a valid ${c.type}${c.type === 'TIMESTAMP' ? ' (YYYY-MM-DD HH:MM:SS)' : ''}`)}`,
    });
  }
  if (c.values) {
    checks.push({
      reason: 'invalid_value',
      column: c.name,
      when: `${t} NOT IN ${literalList(c.values)}`,
      message: `${literal(`${c.name} `)} || ${shown(c)} || ${literal(` is not one of ${c.values.join(', ')}`)}`,
    });
  }
  if (c.min !== undefined) {
    const negativeMoney = c.type === 'BIGINT' && c.min === 0;
    checks.push({
      reason: negativeMoney ? 'negative_amount' : 'out_of_range',
      column: c.name,
      when: `${v} < ${c.min}`,
      message: `${literal(`${c.name} `)} || ${shown(c)} || ${literal(` is ${negativeMoney ? 'a negative amount' : `below the minimum ${c.min}`}`)}`,
    });
  }
  if (c.max !== undefined) {
    checks.push({
      reason: 'out_of_range',
      column: c.name,
      when: `${v} > ${c.max}`,
      message: `${literal(`${c.name} `)} || ${shown(c)} || ${literal(` is above the maximum ${c.max}`)}`,
    });
  }
  // Personal identifiers are checked in the validation pass, beside their pseudonym (validation-pass.ts).
  if (c.pattern && !c.personal) {
    checks.push({
      reason: 'pattern_mismatch',
      column: c.name,
      when: `NOT regexp_full_match(${t}, ${literal(c.pattern)})`,
      message: `${literal(`${c.name} `)} || ${shown(c)} || ${literal(` does not match ${c.pattern}`)}`,
    });
  }
  return checks;
}

export interface RowRulesSql {
  /** `_row` plus, per contract column, its text ("t:name") and typed value ("v:name"). */
  readonly typedSql: string;
  /** typedSql plus `_violations`: the list of broken rules, NULL for a clean row. */
  readonly checkedSql: string;
  /** Required contract columns the file lacks (every row is then quarantined). */
  readonly missingRequired: readonly string[];
  /** Nullable contract columns the file lacks (loaded as NULL, reported as a warning). */
  readonly missingOptional: readonly string[];
}

/** Column of typedSql holding the text of contract column `c`. */
export const textColumn = (c: ColumnDef): string => text(c);
/** Column of typedSql holding the typed value of contract column `c`. */
export const typedColumn = (c: ColumnDef): string => typed(c);
/** Column of the keys table holding the pseudonym of personal column `c` (never its clear value). */
export const pseudonymColumn = (c: ColumnDef): string => ident(`p:${c.name}`);
/** Column of the keys table saying why personal column `c` is malformed, or NULL. */
export const problemColumn = (c: ColumnDef): string => ident(`x:${c.name}`);

/**
 * The offending record as JSON, over checkedSql's columns: text values as read, with
 * every personal identifier replaced by its pseudonym (computed here: only bad rows pay).
 */
export function recordJsonSql(def: TableDef, key: Buffer): string {
  return `to_json(struct_pack(${def.columns
    .map((c) => {
      const name = warehouseColumnName(c);
      return `${ident(name)} := ${c.personal ? pseudonymSql(text(c), key) : text(c)}`;
    })
    .join(', ')}))`;
}

export function rowRulesSql(input: RowRulesInput, sourceSql: string): RowRulesSql {
  const { def, present } = input;
  // Missing columns first, so that a rejected file's rows name that as their main reason.
  const checks: Check[] = def.columns.filter((c) => !present.has(c.name)).flatMap((c) => columnChecks(def, c, false));
  for (const c of def.columns) if (present.has(c.name)) checks.push(...columnChecks(def, c, true));
  const byName = new Map(def.columns.map((c) => [c.name, c]));
  const v = (name: string): string => {
    const col = byName.get(name);
    if (!col) throw new Error(`table ${def.name}: rule names unknown column "${name}"`);
    return typed(col);
  };
  for (const rule of CROSS_COLUMN_RULES.filter((r) => r.table === def.name)) {
    checks.push({ reason: rule.reason, column: rule.column, when: rule.breaks(v), message: rule.message(v) });
  }

  // Text and typed value of every column (absent columns are NULL).
  const typedCols = [
    '_row',
    ...def.columns.flatMap((c) => {
      const source = present.has(c.name) ? ident(c.name) : 'CAST(NULL AS VARCHAR)';
      return [`${source} AS ${text(c)}`, `${typedExpr(c, source)} AS ${typed(c)}`];
    }),
  ];
  // The violation list, built only for rows that break something (CASE evaluates lazily).
  const anyBroken = checks.map((k) => `coalesce(${k.when}, false)`).join('\n      OR ');
  const items = checks.map(
    (k) =>
      `CASE WHEN coalesce(${k.when}, false) THEN {'reason': ${literal(k.reason)}, 'column_name': ${literal(k.column)}, 'message': ${k.message}} END`,
  );
  const violations =
    checks.length > 0
      ? `CASE WHEN ${anyBroken} THEN list_filter([${items.join(',\n      ')}], x -> x IS NOT NULL) END`
      : 'CAST(NULL AS STRUCT(reason VARCHAR, column_name VARCHAR, message VARCHAR)[])';
  const typedSql = `SELECT ${typedCols.join(', ')} FROM (${sourceSql})`;
  return {
    typedSql,
    checkedSql: `SELECT *, ${violations} AS _violations FROM (${typedSql})`,
    missingRequired: def.columns.filter((c) => !c.nullable && !present.has(c.name)).map((c) => c.name),
    missingOptional: def.columns.filter((c) => c.nullable && !present.has(c.name)).map((c) => c.name),
  };
}
