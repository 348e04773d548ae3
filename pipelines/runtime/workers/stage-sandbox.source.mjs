// Sandbox entry used when telisik runs from its TypeScript sources (vitest, tsx). A worker
// thread does not inherit the host's loader, and Node 20 ignores `--import` in a worker's
// execArgv, so this plain-JS file registers tsx in the thread, then loads the real entry.
// Built code (dist/) uses the compiled stage-sandbox.js directly and never loads this.
import { register } from 'tsx/esm/api';

register();
const { default: sandboxedTask } = await import('./stage-sandbox.ts');

export default sandboxedTask;
