// A process that takes the warehouse lock and keeps it until killed (warehouse-lock.test.ts):
// `node --import tsx hold-lock.ts <database> <read|write>` prints "holding" once it holds.
import { lockWarehouseFile } from '../warehouse-lock.js';

const [path, mode] = process.argv.slice(2);
if (!path || (mode !== 'read' && mode !== 'write')) throw new Error('usage: hold-lock.ts <database> <read|write>');
await lockWarehouseFile(path, mode);
process.stdout.write('holding\n');
setInterval(() => undefined, 60_000);
