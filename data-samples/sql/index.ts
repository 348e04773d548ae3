export { ident, literal, literalList, varcharList, double, doubleList } from './quote.js';
export { OFFLINE_DUCKDB_SETTINGS, createOfflineDuckDB, offlineDuckDBConfig } from './duckdb.js';
export type { OfflineDuckDBOptions } from './duckdb.js';
