// The champions a server scores with: every product in a model registry whose champion is
// a family this code can score, loaded once and verified, behind a name -> scorer lookup.
import { readdir } from 'node:fs/promises';
import { ModelRegistry } from '../bundle/registry.js';
import { initBackend } from '../tf/backend.js';
import { SCORABLE_FAMILIES, bundleScorer } from './family-scorers.js';
import type { BundleScorer } from './types.js';

export interface ServedModels {
  /** Product names served, sorted. */
  readonly names: readonly string[];
  get(name: string): BundleScorer | undefined;
  /** Products whose champion could not be served, with why (reported at start-up, not hidden). */
  readonly skipped: readonly { readonly name: string; readonly why: string }[];
  close(): void;
}

export const NO_SERVED_MODELS: ServedModels = Object.freeze({ names: [], get: () => undefined, skipped: [], close: () => undefined });

/** Load every product's champion under `registryRoot` (a product without a champion is skipped). */
export async function loadServedModels(registryRoot: string): Promise<ServedModels> {
  // tfjs picks its backend asynchronously: load no model before it is ready.
  await initBackend();
  const registry = new ModelRegistry(registryRoot);
  const entries = await readdir(registryRoot, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new Error(`model registry ${registryRoot} does not exist`);
    throw err;
  });
  const scorers = new Map<string, BundleScorer>();
  const skipped: { name: string; why: string }[] = [];
  for (const e of entries.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const state = await registry.state(e.name).catch(() => null);
    if (!state?.champion) continue;
    const loaded = await registry.load(e.name, 'champion');
    if (!(SCORABLE_FAMILIES as readonly string[]).includes(loaded.manifest.family)) {
      skipped.push({
        name: e.name,
        why: `champion ${state.champion} is a ${loaded.manifest.family} model (scorable: ${SCORABLE_FAMILIES.join(', ')})`,
      });
      loaded.model.dispose();
      continue;
    }
    scorers.set(e.name, bundleScorer(loaded));
  }
  return {
    names: [...scorers.keys()],
    get: (name) => scorers.get(name),
    skipped,
    close: () => {
      for (const s of scorers.values()) s.dispose();
    },
  };
}
