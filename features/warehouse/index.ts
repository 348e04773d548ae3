// The DuckDB warehouse: opening it, its schema derived from the source contract, and its summary.
export { openWarehouse, DEFAULT_WAREHOUSE_PATH, DEFAULT_WAREHOUSE_MEMORY_LIMIT } from './warehouse.js';
export type { Warehouse, OpenWarehouseOptions } from './warehouse.js';
export { rawTableName, warehouseColumns, warehouseColumnName, warehouseKey, LINEAGE_COLUMNS } from './raw-tables.js';
export type { WarehouseColumn } from './raw-tables.js';
export { REFERENCE_LISTS, referenceTableName, WAREHOUSE_SCHEMA_VERSION } from './schema.js';
export type { LineKind, IngestFileStatus } from './schema.js';
export type { ReferenceCodes } from './references.js';
export { warehouseSummary, formatWarehouseSummary } from './summary.js';
export type { WarehouseSummary } from './summary.js';
export { lockWarehouseFile, lockDirOf, isDuckDBLockConflict, WarehouseLockedError, DEFAULT_LOCK_STALE_MS } from './warehouse-lock.js';
export type { WarehouseLock, WarehouseLockMode, WarehouseLockOptions, WarehouseLockOwner } from './warehouse-lock.js';
