// Well-formedness of personal identifiers, checked per row in the validation pass beside
// the pseudonym (validation-pass.ts), so that only the problem, never the clear value,
// goes into the keys table: temp tables may spill to disk when memory runs short.
import type { PersonalIdentifier } from '../../data-samples/schema/index.js';
import { literalList } from '../warehouse/sql.js';
import type { ReasonCodeName } from './reason-codes.js';

export const IDENTIFIER_REASON: Readonly<Record<PersonalIdentifier, ReasonCodeName>> = Object.freeze({
  nik: 'nik_malformed',
  card: 'card_malformed',
  family_card: 'family_card_malformed',
});

/** Why a NIK is malformed, or NULL: 16 digits, known province, valid DDMMYY (DD+40 for women). */
export function nikProblemSql(t: string, provinceCodes: readonly string[]): string {
  const dd = `TRY_CAST(substr(${t}, 7, 2) AS INTEGER)`;
  const day = `(CASE WHEN ${dd} > 40 THEN ${dd} - 40 ELSE ${dd} END)`;
  // Any year 19YY that is leap makes 20YY leap too, so checking 20YY accepts every real date.
  const birth = `TRY_CAST('20' || substr(${t}, 11, 2) || '-' || substr(${t}, 9, 2) || '-' || lpad(CAST(${day} AS VARCHAR), 2, '0') AS DATE)`;
  const province = provinceCodes.length > 0 ? `substr(${t}, 1, 2) NOT IN ${literalList(provinceCodes)}` : 'false';
  return `CASE WHEN NOT regexp_full_match(${t}, '[0-9]{16}') THEN 'is not 16 digits'
    WHEN ${province} THEN 'has an unknown province code'
    WHEN ${birth} IS NULL THEN 'has an invalid birth date (DDMMYY, DD plus 40 for women)' END`;
}

/** Why a JKN card number is malformed, or NULL. */
export function cardProblemSql(t: string): string {
  return `CASE WHEN NOT regexp_full_match(${t}, '[0-9]{13}') THEN 'is not 13 digits' END`;
}

/** Why a family card (KK) number is malformed, or NULL: 16 digits starting with a known province code. */
function familyCardProblemSql(t: string, provinceCodes: readonly string[]): string {
  const province = provinceCodes.length > 0 ? `substr(${t}, 1, 2) NOT IN ${literalList(provinceCodes)}` : 'false';
  return `CASE WHEN NOT regexp_full_match(${t}, '[0-9]{16}') THEN 'is not 16 digits'
    WHEN ${province} THEN 'has an unknown province code' END`;
}

export function identifierProblemSql(kind: PersonalIdentifier, t: string, provinceCodes: readonly string[]): string {
  switch (kind) {
    case 'nik':
      return nikProblemSql(t, provinceCodes);
    case 'card':
      return cardProblemSql(t);
    case 'family_card':
      return familyCardProblemSql(t, provinceCodes);
  }
}
