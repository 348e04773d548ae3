// Where the sandboxed processor file is. BullMQ imports it in a fresh worker thread, so
// it must be runnable as is: the compiled stage-sandbox.js next to this module in dist/,
// or, when running from TypeScript sources (vitest, tsx), a plain-JS shim that registers
// tsx in the thread before importing stage-sandbox.ts.
import { fileURLToPath } from 'node:url';

/** Absolute path of the sandbox processor file for the way this code is running. */
export function sandboxProcessorFile(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return fileURLToPath(new URL(fromSource ? './stage-sandbox.source.mjs' : './stage-sandbox.js', import.meta.url));
}
