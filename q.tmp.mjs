import { DuckDBInstance } from '@duckdb/node-api';
const inst = await DuckDBInstance.create(process.argv[2] ?? '/tmp/credit-dev/wh.duckdb', { access_mode: 'READ_ONLY' });
const c = await inst.connect();
const r = await c.runAndReadAll(process.argv[3]);
console.table(r.getRowObjectsJS().slice(0, 40));
