// The access log of POST /models/{name}/score: one append-only row per scored (or refused)
// row, written before the response leaves, as for a credit score. A bank's own table has no
// member and no consent, and nothing of its rows is kept: the row is recorded under a
// random request reference and its position, never its id or values, with the score or
// prediction the bank received (or null when the row was not scored).
import { randomUUID } from 'node:crypto';
import type { OpsStore } from '../../store/ops-store.js';

/** Stands where a consent id goes: the bank scored rows of its own table, under its own lawful basis. */
export const BANK_TABLE_CONSENT = 'bank-own-table';
/** Purpose of every bank-table access, followed by the model name. */
export const BANK_TABLE_PURPOSE = 'bank_table_scoring';
/** Prefix of the row reference in the member-key column: it can never equal a pseudonymous member key (hex). */
export const BANK_TABLE_ROW_PREFIX = 'bank-row:';

export interface BankTableAccess {
  readonly bankClientId: string;
  readonly model: string;
  readonly modelVersion: string;
  /** What the bank received per row, in request order (null: not scored). */
  readonly outputs: readonly (number | null)[];
}

/** Append one access-log row per request row; resolves when every row is written. Returns the request reference. */
export async function logBankTableAccess(store: OpsStore, access: BankTableAccess): Promise<string> {
  const reference = randomUUID();
  await Promise.all(
    access.outputs.map((output, i) =>
      store.appendScoreAccess({
        bankClientId: access.bankClientId,
        memberKey: `${BANK_TABLE_ROW_PREFIX}${reference}#${i + 1}`,
        consentId: BANK_TABLE_CONSENT,
        purpose: `${BANK_TABLE_PURPOSE}:${access.model}`,
        score: output !== null && Number.isFinite(output) ? output : null,
        modelVersion: access.modelVersion,
      }),
    ),
  );
  return reference;
}

/** Is this access-log row a bank-table row (not a member's consented credit score)? */
export function isBankTableAccess(row: { readonly consentId: string }): boolean {
  return row.consentId === BANK_TABLE_CONSENT;
}
