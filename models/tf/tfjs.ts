// tfjs for the modules on `telisik train`'s path, loaded with require(). tfjs is CommonJS:
// imported from an ES module, Node first scans its entry and every file that re-exports
// (tfjs-core, -layers, -converter, -data, -backend-cpu, -backend-webgl, ~8 MB) for export
// names, about 0.4 s of CPU at every start; require() loads the same module (the same
// instance an `import` elsewhere gets) without the scan. Types come from `import type`.
import { createRequire } from 'node:module';
import type * as Tfjs from '@tensorflow/tfjs';

const require = createRequire(import.meta.url);

export const tf = require('@tensorflow/tfjs') as typeof Tfjs;

/** Registers the 'wasm' backend and its kernels with tfjs (the package's side effect). */
export function registerWasmBackend(): void {
  require('@tensorflow/tfjs-backend-wasm');
}
