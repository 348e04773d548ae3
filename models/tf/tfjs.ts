// tfjs for the modules on `telisik train`'s path, loaded with require(). tfjs is CommonJS:
// imported from an ES module, Node first scans its entry and every file that re-exports
// (tfjs-core, -layers, -converter, -data, -backend-cpu, -backend-webgl, ~8 MB) for export
// names, about 0.4 s of CPU at every start; require() loads the same module (the same
// instance an `import` elsewhere gets) without the scan. Types come from `import type`.
//
// Only the parts these modules use are loaded: tfjs-core (tensors, io, backends) and
// tfjs-layers (models, layers, initialisers); the cpu backend only when it is asked for
// (backend.ts: production runs on wasm). The union package @tensorflow/tfjs would also
// evaluate the converter, tfjs-data, the webgl and the cpu backends (~4 MB more, ~0.1 s of
// CPU at every `telisik train`), which nothing here calls. The parts are resolved from the
// union package's own folder, so they are the very modules it re-exports: a family that
// imports '@tensorflow/tfjs' later shares this engine and its backends.
import { createRequire } from 'node:module';
import type * as Tfjs from '@tensorflow/tfjs';

const require = createRequire(import.meta.url);
/** require() as the union package resolves its parts. */
const tfjsPartRequire = createRequire(require.resolve('@tensorflow/tfjs'));

interface CorePart {
  readonly version_core: string;
}

/** What the union exports beyond tfjs-core and tfjs-layers: absent here, so a use fails to compile. */
type NotLoaded =
  | 'data'
  | 'GraphModel'
  | 'loadGraphModel'
  | 'loadGraphModelSync'
  | 'registerOp'
  | 'deregisterOp'
  | 'version_converter'
  | 'MathBackendCPU'
  | 'shared'
  | 'version_cpu'
  | 'GPGPUContext'
  | 'MathBackendWebGL'
  | 'forceHalfFloat'
  | 'gpgpu_util'
  | 'setWebGLContext'
  | 'version_webgl'
  | 'webgl'
  | 'webgl_util'
  | 'version';

/** tfjs-core and tfjs-layers, typed by the union's declarations (which re-export theirs). */
type TfjsCoreLayers = Omit<typeof Tfjs, NotLoaded> & { readonly version: { readonly tfjs: string; readonly 'tfjs-core': string } };

function loadTf(): TfjsCoreLayers {
  const core = tfjsPartRequire('@tensorflow/tfjs-core') as CorePart & Record<string, unknown>;
  const layers = tfjsPartRequire('@tensorflow/tfjs-layers') as Record<string, unknown>;
  // The union's `version.tfjs` is its release, the same as tfjs-core's (the bundle manifest
  // records it as the runtime); the parts' own versions stay under their own names.
  return { ...core, ...layers, version: { 'tfjs-core': core.version_core, tfjs: core.version_core } } as unknown as TfjsCoreLayers;
}

export const tf = loadTf();

/** Registers the 'wasm' backend and its kernels with tfjs (the package's side effect). */
export function registerWasmBackend(): void {
  require('@tensorflow/tfjs-backend-wasm');
}

/** Registers the 'cpu' backend and its kernels with tfjs (the package's side effect; once). */
export function registerCpuBackend(): void {
  tfjsPartRequire('@tensorflow/tfjs-backend-cpu');
}
