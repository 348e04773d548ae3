// Entry of a test worker thread that opens the warehouse (warehouse-threads.test.ts). Like
// the stage sandbox's source entry, it registers tsx in the thread before loading TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./writer-thread-task.ts');
