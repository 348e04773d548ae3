// Rules across columns of one row. Only things that cannot be true of a valid record
// belong here; implausible-but-possible patterns (an SEP issued after discharge, a stay
// far above the CBG norm) are fraud signals for the detectors, not validation failures.
import { LATERAL_PROCEDURES } from '../../data-samples/reference/clinical.js';
import { CAPITATION_RATE_BOUNDS, MAX_DOCTOR_LICENCES, TARIFF_COMPONENTS } from '../../data-samples/schema/index.js';
import { varcharList } from '../../data-samples/sql/index.js';
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

type V = (column: string) => string;
/** Hours the stay can hold: from the times when both are given, else its calendar days (24 h each, both ends counted). */
const stayHours = (v: V): string => `(CASE WHEN ${v('waktu_masuk')} IS NOT NULL AND ${v('waktu_pulang')} IS NOT NULL
    THEN date_diff('minute', ${v('waktu_masuk')}, ${v('waktu_pulang')}) / 60.0
    ELSE 24 * (${v('tgl_pulang')} - ${v('tgl_masuk')} + 1) END)`;
/** Pairs (procedure, side) of a claim, NULL without lateralitas. */
const sides = (v: V): string => `list_zip(string_split(coalesce(${v('procedure')}, ''), '#'), string_split(${v('lateralitas')}, '#'))`;
const lateral = varcharList(LATERAL_PROCEDURES);

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
    message: (v) =>
      `'amount_due ' || ${asText(v('amount_due'))} || ' differs from the sum of programme dues ' || ${asText(sum(v, PROGRAMME_DUES))}`,
  },
  {
    table: 'claims',
    reason: 'billed_cost_mismatch',
    column: 'billed_cost',
    breaks: (v) => `${v('billed_cost')} <> ${sum(v, TARIFF_COLUMNS)}`,
    message: (v) =>
      `'billed_cost ' || ${asText(v('billed_cost'))} || ' differs from the sum of the 18 tariff components ' || ${asText(sum(v, TARIFF_COLUMNS))}`,
  },
  {
    table: 'claims',
    reason: 'time_outside_stay',
    column: 'waktu_masuk',
    breaks: (v) => `CAST(${v('waktu_masuk')} AS DATE) <> ${v('tgl_masuk')}`,
    message: (v) => `'waktu_masuk ' || ${asText(v('waktu_masuk'))} || ' is not on tgl_masuk ' || ${asText(v('tgl_masuk'))}`,
  },
  {
    table: 'claims',
    reason: 'time_outside_stay',
    column: 'waktu_pulang',
    breaks: (v) => `CAST(${v('waktu_pulang')} AS DATE) <> ${v('tgl_pulang')} OR ${v('waktu_pulang')} < ${v('waktu_masuk')}`,
    message: (v) =>
      `'waktu_pulang ' || ${asText(v('waktu_pulang'))} || ' is not on tgl_pulang ' || ${asText(v('tgl_pulang'))} || ' or is before waktu_masuk ' || coalesce(${asText(v('waktu_masuk'))}, '-')`,
  },
  {
    table: 'claims',
    reason: 'operation_outside_stay',
    column: 'waktu_operasi',
    breaks: (v) => `CASE WHEN ${v('waktu_masuk')} IS NOT NULL AND ${v('waktu_pulang')} IS NOT NULL
      THEN ${v('waktu_operasi')} NOT BETWEEN ${v('waktu_masuk')} AND ${v('waktu_pulang')}
      ELSE CAST(${v('waktu_operasi')} AS DATE) NOT BETWEEN ${v('tgl_masuk')} AND ${v('tgl_pulang')} END`,
    message: (v) =>
      `'waktu_operasi ' || ${asText(v('waktu_operasi'))} || ' is outside the stay ' || coalesce(${asText(v('waktu_masuk'))}, ${asText(v('tgl_masuk'))}) || ' to ' || coalesce(${asText(v('waktu_pulang'))}, ${asText(v('tgl_pulang'))})`,
  },
  {
    table: 'claims',
    reason: 'hours_exceed_stay',
    column: 'ventilator_hour',
    breaks: (v) => `${v('ventilator_hour')} > greatest(${stayHours(v)}, 0)`,
    message: (v) =>
      `'ventilator_hour ' || ${asText(v('ventilator_hour'))} || ' exceeds the ' || ${asText(`round(${stayHours(v)}, 1)`)} || ' hours of the stay'`,
  },
  {
    table: 'claims',
    reason: 'hours_exceed_stay',
    column: 'icu_los',
    breaks: (v) => `${v('icu_los')} > ${v('tgl_pulang')} - ${v('tgl_masuk')} + 1`,
    message: (v) =>
      `'icu_los ' || ${asText(v('icu_los'))} || ' days exceeds the ' || ${asText(`${v('tgl_pulang')} - ${v('tgl_masuk')} + 1`)} || ' calendar days of the stay'`,
  },
  {
    table: 'claims',
    reason: 'referral_after_admission',
    column: 'tgl_rujukan',
    breaks: (v) => `${v('tgl_rujukan')} > ${v('tgl_masuk')}`,
    message: (v) => `'tgl_rujukan ' || ${asText(v('tgl_rujukan'))} || ' is after tgl_masuk ' || ${asText(v('tgl_masuk'))}`,
  },
  {
    table: 'claims',
    reason: 'laterality_mismatch',
    column: 'lateralitas',
    breaks: (v) => `${v('lateralitas')} IS NOT NULL AND (${v('procedure')} IS NULL
      OR len(string_split(${v('procedure')}, '#')) <> len(string_split(${v('lateralitas')}, '#'))
      OR list_bool_or(list_transform(${sides(v)}, x -> (x[2] = 'N') = list_contains(${lateral}, x[1]))))`,
    message: (v) =>
      `'lateralitas "' || left(${v('lateralitas')}, 60) || '" does not fit procedure "' || left(coalesce(${v('procedure')}, ''), 60) || '"'`,
  },
  {
    table: 'doctors',
    reason: 'too_many_licences',
    column: 'licensed_facilities',
    breaks: (v) => `len(string_split(${v('licensed_facilities')}, '#')) > ${MAX_DOCTOR_LICENCES}`,
    message: (v) =>
      `'doctor licensed at ' || ${asText(`len(string_split(${v('licensed_facilities')}, '#'))`)} || ' facilities, more than ${MAX_DOCTOR_LICENCES}'`,
  },
  {
    table: 'capitation',
    reason: 'capitation_amount_mismatch',
    column: 'capitation_amount',
    breaks: (v) => `${v('capitation_amount')} <> ${v('registered_members')} * ${v('capitation_rate')}`,
    message: (v) =>
      `'capitation_amount ' || ${asText(v('capitation_amount'))} || ' differs from registered_members x capitation_rate ' || ${asText(`${v('registered_members')} * ${v('capitation_rate')}`)}`,
  },
  {
    table: 'capitation',
    reason: 'capitation_rate_out_of_range',
    column: 'capitation_rate',
    // the kind is the letter after the regency code: P puskesmas, K klinik pratama
    breaks: (v) => `CASE substr(${v('facility_id')}, 5, 1)
      WHEN 'P' THEN ${v('capitation_rate')} NOT BETWEEN ${CAPITATION_RATE_BOUNDS.P[0]} AND ${CAPITATION_RATE_BOUNDS.P[1]}
      WHEN 'K' THEN ${v('capitation_rate')} NOT BETWEEN ${CAPITATION_RATE_BOUNDS.K[0]} AND ${CAPITATION_RATE_BOUNDS.K[1]} END`,
    message: (v) =>
      `'capitation_rate ' || ${asText(v('capitation_rate'))} || ' is outside the band of a ' || (CASE substr(${v('facility_id')}, 5, 1) WHEN 'P' THEN 'puskesmas (${CAPITATION_RATE_BOUNDS.P.join('-')})' ELSE 'klinik pratama (${CAPITATION_RATE_BOUNDS.K.join('-')})' END)`,
  },
  {
    table: 'fktp_visits',
    reason: 'referral_without_hospital',
    column: 'ppk_tujuan',
    breaks: (v) => `(${v('no_rujukan')} IS NULL) <> (${v('ppk_tujuan')} IS NULL)`,
    message: (v) =>
      `'no_rujukan ' || coalesce(${v('no_rujukan')}, '(empty)') || ' and ppk_tujuan ' || coalesce(${v('ppk_tujuan')}, '(empty)') || ': a referral names the hospital, and only a referral does'`,
  },
] satisfies CrossColumnRule[]);
