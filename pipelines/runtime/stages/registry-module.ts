// Loading a stage registry by module. Sandboxed processors run in worker threads that
// share no memory with the worker host, so both sides build the registry from the same
// module: the default one, or a test's.
import { pathToFileURL } from 'node:url';
import type { StageRegistry } from './stage-registry.js';

/** What a registry module exports. */
export interface StageRegistryModule {
  createStageRegistry(): StageRegistry | Promise<StageRegistry>;
}

/** The module of the product's registry, next to this file (.ts under tsx/vitest, .js in dist). */
export function defaultRegistryModule(): string {
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./default-registry${extension}`, import.meta.url).href;
}

const cache = new Map<string, Promise<StageRegistry>>();

/** Imports `moduleUrl` (a file URL or path) and builds its registry once per thread. */
export function loadStageRegistry(moduleUrl: string): Promise<StageRegistry> {
  const href = moduleUrl.startsWith('file:') ? moduleUrl : pathToFileURL(moduleUrl).href;
  let registry = cache.get(href);
  if (!registry) {
    registry = (import(href) as Promise<Partial<StageRegistryModule>>).then((mod) => {
      if (typeof mod.createStageRegistry !== 'function') throw new Error(`${href} does not export createStageRegistry()`);
      return mod.createStageRegistry();
    });
    cache.set(href, registry);
  }
  return registry;
}
