// Rules across columns of one row. Only things that cannot be true of a valid record
// belong here; implausible-but-possible patterns (an SEP issued after discharge, a stay
// far above the CBG norm) are fraud signals for the detectors, not validation failures.
import { TARIFF_COMPONENTS } from '../../data-samples/schema/index.js';
import type { TableName } from '../../data-samples/schema/index.js';
import type { ReasonCodeName } from './reason-codes.js';

export interface CrossColumnRule {
  readonly table: TableName;
  readonly reason: ReasonCodeName;
  /** The column the quarantine row names. */
  readonly column: string;
  /** True when the row breaks the rule; `v(name)` is the typed value (NULL if invalid). */
  readonly breaks: (v: (column: string) => string) => string;
  /** Human message as a SQL string expression. */
  readonly message: (v: (column: string) => string) => string;
}

const asText = (sql: string): string => `CAST(${sql} AS VARCHAR)`;
const sum = (v: (c: string) => string, columns: readonly string[]): string => `(${columns.map(v).join(' + ')})`;

const PROGRAMME_DUES = ['jkn_due', 'jht_due', 'jkk_due', 'jkm_due', 'jp_due'] as const;
const TARIFF_COLUMNS = TARIFF_COMPONENTS.map(([name]) => name);

export const CROSS_COLUMN_RULES: readonly CrossColumnRule[] = Object.freeze([
  {
    table: 'claims',
    reason: 'discharge_before_admission',
    column: 'tgl_pulang',
    breaks: (v) => `${v('tgl_pulang')} < ${v('tgl_masuk')}`,
    message: (v) => `'tgl_pulang ' || ${asText(v('tgl_pulang'))} || ' is before tgl_masuk ' || ${asText(v('tgl_masuk'))}`,
  },
  {
    table: 'employment_spells',
    reason: 'end_before_start',
    column: 'end_date',
    breaks: (v) => `${v('end_date')} < ${v('start_date')}`,
    message: (v) => `'end_date ' || ${asText(v('end_date'))} || ' is before start_date ' || ${asText(v('start_date'))}`,
  },
  {
    table: 'contributions',
    reason: 'amount_due_mismatch',
    column: 'amount_due',
    breaks: (v) => `${v('amount_due')} <> ${sum(v, PROGRAMME_DUES)}`,
    message: (v) => `'amount_due ' || ${asText(v('amount_due'))} || ' differs from the sum of programme dues ' || ${asText(sum(v, PROGRAMME_DUES))}`,
  },
  {
    table: 'claims',
    reason: 'billed_cost_mismatch',
    column: 'billed_cost',
    breaks: (v) => `${v('billed_cost')} <> ${sum(v, TARIFF_COLUMNS)}`,
    message: (v) => `'billed_cost ' || ${asText(v('billed_cost'))} || ' differs from the sum of the 18 tariff components ' || ${asText(sum(v, TARIFF_COLUMNS))}`,
  },
] satisfies CrossColumnRule[]);
