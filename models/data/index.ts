// Public face of table loading: columnar tables from Parquet, CSV, DuckDB queries, Arrow IPC.
export type * from './table.js';
export { MISSING_CODE, encodeCategorical, getColumn, makeTable, numericValues, takeRows, textValue, whereRows } from './table.js';
export type { SpecColumns, TableSource } from './load.js';
export { loadTable, specColumns } from './load.js';
export { loadArrowFile } from './load-arrow.js';
