// A flag, not a quarantine: a newborn's claim whose household (family card) holds no parent.
// A newborn is billed on its own card, covered from birth when registered within 28 days
// (NEWBORN_REGISTRATION_DAYS), and belongs to the family card of its parents. A household
// with no head or spouse beside the baby is possible (the family card is re-issued by the
// civil registry after a birth and reaches BPJS later; a foundling registered as PBI by social
// services has none), so the row is loaded; but it is also the trace of a card lent for
// someone else's baby, so the file's warnings name the lines and the household detector
// (models/fraud/detectors/household.ts) raises it for review.
import { NEWBORN_REGISTRATION_DAYS } from '../../data-samples/schema/index.js';
import type { TableDef } from '../../data-samples/schema/index.js';
import { ident } from '../../data-samples/sql/index.js';
import { rawTableName } from '../warehouse/raw-tables.js';
import { toNumber } from '../warehouse/sql.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { pseudonymColumn, textColumn } from './row-rules.js';

/** Relationships on a family card that make a member a parent of the household's children. */
const PARENT_RELATIONS = ['KEPALA', 'PASANGAN'] as const;
const MAX_LINES_NAMED = 10;

/**
 * SQL: the rows of keys table `keys` (a claims file) that are a newborn's claim without a
 * parent in its household, by the members already loaded. Cards without a member, or a
 * member without a family card (older extracts), are not checked.
 */
function newbornWithoutParentSql(def: TableDef, keys: string): string {
  const column = (name: string) => {
    const c = def.columns.find((x) => x.name === name);
    if (!c) throw new Error(`table ${def.name}: no column "${name}"`);
    return c;
  };
  const card = pseudonymColumn(column('nomor_kartu'));
  const day = `TRY_CAST(k.${textColumn(column('tgl_masuk'))} AS DATE)`;
  const members = ident(rawTableName('members'));
  return `SELECT k._row FROM ${keys} AS k JOIN ${members} AS baby ON baby.card_key = k.${card}
    WHERE k._bad IS NULL AND baby.family_key IS NOT NULL
      AND ${day} BETWEEN baby.birth_date AND baby.birth_date + ${NEWBORN_REGISTRATION_DAYS}
      AND NOT EXISTS (SELECT 1 FROM ${members} AS p WHERE p.family_key = baby.family_key AND p.member_key <> baby.member_key
        AND p.hubungan_keluarga IN ('${PARENT_RELATIONS.join("', '")}'))`;
}

/** The warning for a claims file, or undefined when no newborn claim lacks a parent. */
export async function newbornWithoutParentWarning(
  warehouse: Warehouse,
  def: TableDef,
  keys: string,
  lineSql: (row: string) => string,
): Promise<string | undefined> {
  if (def.name !== 'claims') return undefined;
  const rows = await warehouse.query<{ n: bigint; lines: bigint[] }>(`SELECT count(*) AS n,
      list(${lineSql('_row')} ORDER BY _row)[1:${MAX_LINES_NAMED}] AS lines
    FROM (${newbornWithoutParentSql(def, keys)})`);
  const n = toNumber(rows[0]?.n);
  if (n === 0) return undefined;
  const lines = (rows[0]?.lines ?? []).map((l) => String(l)).join(', ');
  return (
    `newborn_without_parent: ${n} newborn claim(s) (admitted within ${NEWBORN_REGISTRATION_DAYS} days of birth) on a card whose household ` +
    `(family card) has no head or spouse; loaded, for review: line(s) ${lines}${n > MAX_LINES_NAMED ? ', ...' : ''}`
  );
}
