// TensorFlow.js backend selection. Production runs on wasm (see ARCHITECTURE.md: no
// tfjs-node); a family that needs a kernel wasm lacks (e.g. UnsortedSegmentSum for
// embeddings) asks for the cpu backend through `backendFor`. Tests pick one explicitly.
import { registerCpuBackend, registerWasmBackend, tf } from './tfjs.js';

registerWasmBackend();

export type TfBackendName = 'wasm' | 'cpu';

/** The production backend, and the one every family tries first. */
export const PREFERRED_BACKEND: TfBackendName = 'wasm';

/** True when `kernelName` (a tfjs kernel such as 'UnsortedSegmentSum') is registered for `backend`. */
export function backendHasKernel(backend: TfBackendName, kernelName: string): boolean {
  if (backend === 'cpu') registerCpuBackend();
  return tf.getKernel(kernelName, backend) !== undefined;
}

/**
 * The backend a model needing `kernels` should run on: wasm when it has all of them,
 * else cpu. tfjs does not fall back per kernel by itself (it throws at the first missing
 * kernel), so a family declares what it needs up front.
 */
export function backendFor(kernels: readonly string[] = []): TfBackendName {
  return kernels.every((k) => backendHasKernel(PREFERRED_BACKEND, k)) ? PREFERRED_BACKEND : 'cpu';
}

/**
 * Make `name` the active backend and wait until it is ready. Falls back to cpu when wasm
 * cannot initialise (e.g. a sandbox without WebAssembly); returns the backend in use.
 */
export async function useBackend(name: TfBackendName): Promise<TfBackendName> {
  if (tf.getBackend() === name) return name;
  // The cpu backend is registered when it is first wanted (tfjs.ts), here or as the fallback.
  if (name === 'cpu') registerCpuBackend();
  const ok = await tf.setBackend(name);
  if (!ok) {
    if (name === 'cpu') throw new Error('tfjs: the cpu backend failed to initialise');
    registerCpuBackend();
    await tf.setBackend('cpu');
  }
  await tf.ready();
  return tf.getBackend() as TfBackendName;
}

/** Select the backend for a model needing `kernels` (default: none beyond the common set). */
export async function initBackend(kernels: readonly string[] = []): Promise<TfBackendName> {
  return useBackend(backendFor(kernels));
}

/** Run `fn` on `name`, then restore the previous backend (for tests comparing backends). */
export async function withBackend<T>(name: TfBackendName, fn: () => Promise<T>): Promise<T> {
  const previous = tf.getBackend() as TfBackendName | undefined;
  await useBackend(name);
  try {
    return await fn();
  } finally {
    if (previous !== undefined && previous !== name) await useBackend(previous);
  }
}
