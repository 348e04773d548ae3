// Validated ingestion of source extracts into the warehouse, with pseudonymisation.
export { applyIngestMemoryLimit, DEFAULT_INGEST_MEMORY_LIMIT, ingestFiles } from './ingest.js';
export type { IngestOptions, IngestReport } from './ingest.js';
export type { FileIngestResult, IngestProgress, ProgressPhase } from './ingest-file.js';
export { resolveInputs, sourceFormat, tableForName } from './sources.js';
export type { IngestInput, SourceFile, SourceFormat } from './sources.js';
export {
  PSEUDONYM_KEY_ENV,
  DEMO_PSEUDONYM_KEY,
  MissingPseudonymKeyError,
  resolvePseudonymKey,
  pseudonymise,
  pseudonymSql,
  keyFingerprint,
} from './pseudonym.js';
export type { PseudonymKey, ResolvePseudonymKeyOptions } from './pseudonym.js';
export { REASON_CODES } from './reason-codes.js';
export type { ReasonCode, ReasonCodeName } from './reason-codes.js';
export {
  IngestInputError,
  MissingSourceError,
  UnknownSourceError,
  CorruptSourceError,
  UnreadableSourceError,
  UnaccountedLinesError,
  PseudonymKeyError,
} from './ingest-errors.js';
