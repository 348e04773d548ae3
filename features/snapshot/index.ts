// Arrow IPC hand-over between stages: DuckDB results out, typed arrays in.
export { arrowTableFromReader, arrowVector, snapshotKindOf } from './arrow-columns.js';
export type { SnapshotColumnKind } from './arrow-columns.js';
export { replaceFileAtomic, temporaryPathFor, writeFileAtomic } from './atomic-file.js';
export { publishSnapshot, writeArrowSnapshot } from './snapshot-writer.js';
export type { SnapshotInfo } from './snapshot-writer.js';
export { featureSnapshot, readSnapshot } from './snapshot-reader.js';
export type { CategoryColumn, FeatureSnapshot } from './snapshot-reader.js';
