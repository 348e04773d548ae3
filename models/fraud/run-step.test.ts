// runFraudStep on a step that holds its own transaction (as the detector step does): a statement
// that fails mid-way leaves nothing of the step and a connection that still runs.
import { describe, expect, it } from 'vitest';
import { openWarehouse } from '../../features/warehouse/index.js';
import { runFraudStep } from './tables.js';

describe('runFraudStep', () => {
  it('rolls back a step whose own transaction fails half-way and leaves the connection usable', async () => {
    const warehouse = await openWarehouse(':memory:');
    try {
      const step = {
        layer: 'detectors' as const,
        reads: [],
        writes: 'fraud_detector_hits',
        sql: "BEGIN TRANSACTION; CREATE TABLE fraud_detector_hits AS SELECT 1 AS a; SELECT error('a detector failed'); COMMIT",
      };
      await expect(runFraudStep(warehouse.connection, step)).rejects.toThrow('a detector failed');
      const tables = await warehouse.query<{ n: bigint }>(
        "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'fraud_detector_hits'",
      );
      expect(Number(tables[0]?.n)).toBe(0);
      await warehouse.run('CREATE TABLE after_failure AS SELECT 2 AS b');
      expect(await warehouse.query<{ b: number }>('SELECT b FROM after_failure')).toEqual([{ b: 2 }]);
    } finally {
      await warehouse.close();
    }
  });
});
