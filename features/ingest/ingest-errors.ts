// What can go wrong with an ingestion's input, as types: a caller (the pipeline's ingest
// stage, the CLI) decides what to do by the class, never by reading the message. Every one
// of these is final: the same input fails the same way however often it is retried.

/** Input or configuration no retry can fix. */
export class IngestInputError extends Error {
  override readonly name: string = 'IngestInputError';
}

/** An input path that does not exist or cannot be read as a file or folder. */
export class MissingSourceError extends IngestInputError {
  override readonly name: string = 'MissingSourceError';
  constructor(
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(`${path}: no such file or folder`, options);
  }
}

/** A file whose name tells no table, or whose extension is no format we read. */
export class UnknownSourceError extends IngestInputError {
  override readonly name: string = 'UnknownSourceError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/**
 * A file whose bytes cannot be read to the end as its format says: a truncated or garbled
 * gzip stream. The content hash is still known (it is taken over the bytes as stored), so
 * the failure can be recorded against the file.
 */
export class CorruptSourceError extends IngestInputError {
  override readonly name: string = 'CorruptSourceError';
  constructor(
    readonly path: string,
    readonly sha256: string,
    readonly bytes: number,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`${path}: the file is truncated or corrupt (${detail}); nothing from it was loaded`, options);
  }
}

/**
 * A Parquet or NDJSON file that DuckDB cannot open as its format says (garbage bytes, no
 * Parquet footer). The scan read every byte, so this is the file, not a passing fault.
 * Only the first line of DuckDB's message is kept: the rest quotes our SQL.
 */
export class UnreadableSourceError extends IngestInputError {
  override readonly name: string = 'UnreadableSourceError';
  constructor(
    readonly path: string,
    format: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`${path}: cannot be read as ${format} (${firstLine(detail)}); nothing from it was loaded`, options);
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').trim();
}

/** A file DuckDB parsed into fewer lines than it has: some lines would vanish unaccounted. */
export class UnaccountedLinesError extends IngestInputError {
  override readonly name: string = 'UnaccountedLinesError';
}

/** The pseudonym key is missing, too short, or not the one the warehouse was built with. */
export class PseudonymKeyError extends IngestInputError {
  override readonly name: string = 'PseudonymKeyError';
}
