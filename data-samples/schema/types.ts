// The contract of a source extract: which tables exist, their columns, and the
// declarative per-column rules. The generator writes files of this shape; ingestion
// (features/ingest) validates files against it. Cross-column rules live in ingestion.

/**
 * Storage type of a column once loaded into the warehouse. Money is whole rupiah (BIGINT);
 * TIMESTAMP is local wall-clock time `YYYY-MM-DD HH:MM:SS` as the facility records it.
 */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'DATE' | 'TIMESTAMP';

/**
 * Personal identifiers never stored in clear: ingestion replaces them with a keyed hash
 * (HMAC-SHA256) into the column named by `pseudonymAs`.
 */
/** nik: national ID; card: JKN card number; family_card: family card (Kartu Keluarga, KK) number. */
export type PersonalIdentifier = 'nik' | 'card' | 'family_card';

export interface ColumnDef {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  /** One sentence: what the column holds, with its unit. */
  readonly description: string;
  /** Allowed values (compared as text before casting). */
  readonly values?: readonly string[];
  /** Inclusive numeric bounds, checked after casting. */
  readonly min?: number;
  readonly max?: number;
  /** Regular expression the text must match in full (DuckDB `regexp_full_match`). */
  readonly pattern?: string;
  /** Name of a reference code list the value must belong to (see data-samples/reference). */
  readonly reference?: ReferenceListName;
  /** Codes separated by '#', as e-Klaim sends diagnosis and procedure lists. */
  readonly list?: boolean;
  /** Personal identifier: pseudonymised at ingestion into `pseudonymAs`. */
  readonly personal?: PersonalIdentifier;
  readonly pseudonymAs?: string;
  /**
   * The column may be absent from a file (older extracts lack it): it then loads as empty,
   * with a warning. The text says what is lost without it. Every optional column is nullable.
   */
  readonly optional?: string;
}

export type ReferenceListName = 'icd10' | 'icd9cm' | 'inacbg' | 'province' | 'sector' | 'fraud_type' | 'holiday';

export type TableName =
  | 'members'
  | 'membership_events'
  | 'employers'
  | 'facilities'
  | 'doctors'
  | 'employment_spells'
  | 'contributions'
  | 'claims'
  | 'fktp_facilities'
  | 'fktp_visits'
  | 'capitation'
  | 'prb_claims'
  | 'kkpak_cases'
  | 'deaths'
  | 'audit_outcomes';

export interface TableDef {
  readonly name: TableName;
  readonly description: string;
  /** Columns that identify a row; a repeat of a key already seen is quarantined. */
  readonly primaryKey: readonly string[];
  readonly columns: readonly ColumnDef[];
  /**
   * The table may be absent from an extract (older extracts lack it): the text says what is
   * lost without it. Ingestion loads files table by table, so nothing else changes.
   */
  readonly optional?: string;
}
